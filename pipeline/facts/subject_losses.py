"""A loss a clause's subject causes, as a sum's subject: `Cơn bão gây thiệt hại 9.000 tỷ đồng` (`thiệt hại do cơn
bão`), `... gây thất thoát 68 tỷ đồng` (`thất thoát`)."""

from __future__ import annotations

from pipeline.facts.noun_phrases import phrase_text
from pipeline.facts.subject_lexicon import low, words_of
from pipeline.language.analysis import Sentence, Token

LOSSES = frozenset({"thiệt hại", "thất thoát", "tổn thất", "thua lỗ", "lỗ", "mất mát", "thất thu"})
_CAUSING = frozenset({"gây", "gây ra", "làm", "khiến", "để"})


def caused_loss(sentence: Sentence, tokens: list[Token], i: int) -> str | None:
    """`Cơn bão gây thiệt hại 9.000 tỷ đồng`: `thiệt hại do cơn bão`; `... gây thất thoát 9.000 tỷ đồng`: a loss noun right
    before the amount after a verb of causing, with the noun phrase that opens its clause as the cause (at most ten words),
    or the loss alone; else None."""
    if i < 1 or low(tokens[i].text) not in LOSSES or low(tokens[i - 1].text) not in _CAUSING and " ".join(
            low(t.text) for t in tokens[max(0, i - 2):i]) not in _CAUSING:
        return None
    verb = i - 1 if low(tokens[i - 1].text) in _CAUSING else i - 2
    opener = max((n + 1 for n in range(verb) if tokens[n].pos == "CH"), default=0)
    cause = tokens[opener:verb]
    while cause and cause[-1].pos == "R":
        cause = cause[:-1]  # `Vụ án đã | gây`
    loss = low(tokens[i].text)
    if not cause or cause[0].pos not in ("N", "Nc", "Np") or len(words_of(cause)) > 10 or any(t.pos == "V" for t in cause) and len(words_of(cause)) > 3:
        return loss  # (a short event named with its verb is a cause: `Vụ cháy`)
    said = phrase_text(sentence, cause)
    return f"{loss} do {said[0].lower() + said[1:] if cause[0].pos != 'Np' else said}"
