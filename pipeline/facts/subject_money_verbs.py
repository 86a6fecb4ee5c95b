"""A sum right after a verb of receiving, losing, owing or being fined: the money that verb moves, with who moves it
(`một chủ ô tô ... đã bị phạt 4 triệu đồng`: `số tiền bị phạt của chủ ô tô biển Quảng Nam`; `cửa hàng ... sẽ được nhận
75.000 USD`: `số tiền được nhận của cửa hàng bán ra vé trúng giải`; `người mất 385 triệu đồng`: `số tiền mất`). Without it the
subject is the one who pays or receives, or none, and a reader cannot tell a fine from a prize or a loss."""

from __future__ import annotations

from pipeline.facts.noun_phrases import phrase_before, phrase_text
from pipeline.facts.subject_lexicon import NOUN, honorific, kind_of, low, words_of
from pipeline.language.analysis import Sentence, Token

# verbs whose object right after them is a sum the subject receives, loses, owes or pays as a penalty
MONEY_VERBS = frozenset({
    "phạt", "xử phạt", "nộp phạt", "nhận", "nhận được", "mất", "lừa", "lừa đảo", "chiếm đoạt", "chiếm", "thu lợi", "thu lời",
    "kiếm", "kiếm được", "trúng", "trúng thưởng", "nợ", "tham ô", "nhận hối lộ", "tống tiền", "bồi thường", "đền bù", "thưởng",
    "chuộc", "lấy", "ăn chặn", "rút", "xử phạt vi phạm hành chính", "phạt vi phạm hành chính", "xử phạt hành chính", "phạt hành chính",
    "quyên góp", "trả", "nộp", "đóng", "đóng thêm", "cướp", "cướp đi", "lấy đi", "trộm", "lấy trộm", "trộm cắp", "giật", "cướp giật",
    "mất trộm", "mất cắp",
})
_VOICE = frozenset({"bị", "được"})
_AMBIGUOUS = frozenset({"mất", "lấy", "kiếm", "chiếm", "rút", "nhận"})  # verbs that need who or `bị`/`được` to move money
_NEEDS_WHO = frozenset({"trả", "nộp", "đóng", "đóng thêm", "quyên góp"})  # and these always need who
_ASPECT = frozenset({"đã", "sẽ", "vừa", "đang", "mới", "cũng", "phải", "chỉ", "có thể", "còn", "lại", "từng", "đều"})
MONEY_UNITS = frozenset({"VND", "USD", "EUR", "JPY", "CNY"})  # the currencies `units.tsv` converts


# words that open a phrase before the verb that is no one who pays or receives (`ra quyết định xử phạt`, `nhiều lần nhận`)
_NO_AGENT = frozenset({"hiệu lực", "bên", "bên cạnh", "quyết định", "văn bản", "lần", "cáo buộc", "tình trạng", "giải", "hành vi", "việc", "thời gian"})


def money_moved(sentence: Sentence, i: int, spans: list[tuple[int, int]], unit: str | None, found: str | None = None) -> str | None:
    """For a sum of money whose figure follows token `i`, when token `i` ends a verb of `MONEY_VERBS` and the subject
    `found` so far, if any, is who moves it: `số tiền` + the verb with its voice (`bị phạt`, `được nhận`) + `của` who (the
    noun phrase before the verb, unless a generic word, a bare honorific, a name run into a verb or a word of `_NO_AGENT`);
    or, for a verb of fines with the one fined named before the sum, `số tiền` + the verb + that name; else None."""
    if unit not in MONEY_UNITS or i < 0:
        return None
    tokens = list(sentence.tokens)
    fined = _fined(tokens, i)
    if fined is not None:  # `phạt hành chính Lê Doãn Ngân 1 triệu đồng`: the one fined, named between the verb and the sum
        verb_at, person = fined
        return f"số tiền {' '.join(low(t.text) for t in tokens[verb_at:person])} {phrase_text(sentence, tokens[person:i + 1])}"
    k = next((n for n in (i - 2, i - 1, i) if n >= 0 and " ".join(low(t.text) for t in tokens[n:i + 1]) in MONEY_VERBS), None)
    if k is None or tokens[k].pos != "V" or k > 0 and low(tokens[k - 1].text) in ("vụ", "việc", "hành vi", "khoản", "tiền", "mất"):
        return None  # (not `vụ lừa đảo 12 tỷ đồng`: the case, a noun)
    verb = [tokens[n] for n in range(k, i + 1)]
    m = k - 1
    while m >= 0 and low(tokens[m].text) in _VOICE | _ASPECT:
        m -= 1
    voice = [t for t in tokens[m + 1:k] if low(t.text) in _VOICE]
    agent = phrase_before(tokens, m, spans) if m >= 0 and tokens[m].pos in NOUN else []
    usable = bool(agent) and agent[0].pos in ("N", "Nc", "Np") and len(words_of(agent)) <= 12 and not (
        len(agent) == 1 and honorific(agent[0])) and (kind_of(agent) or ("",))[0] not in ("generic", "time", "measure", "attribute") and (
        agent[0].pos != "Np" or all(t.pos != "V" for t in agent)) and low(agent[0].text) not in _NO_AGENT  # (not `văn bản đòi Sky Music`)
    if agent and (kind_of(agent[:1]) or ("",))[0] in ("measure", "attribute"):
        return None  # `Thị giá cổ phiếu TCB ... mất 500 đồng`: a measure that changes, not money moved
    raw = phrase_text(sentence, agent) if agent else ""
    if found is not None and found != raw:
        return None  # a thing the figure is of already (`Thị giá cổ phiếu TCB ... mất 500 đồng`): kept
    who = raw if usable or found == raw else ""  # (the subject found, who moves it, though its name has a verb: `cửa hàng bán ra vé`)
    said = " ".join(low(t.text) for t in voice + verb)
    if not who and (not voice and said in _AMBIGUOUS or " ".join(low(t.text) for t in verb) in _NEEDS_WHO):
        return None  # `... 14-11 mất 500 đồng`: with no one named and no `bị`, a price's fall as likely as a loss; `số tiền trả` says nothing
    who = who[0].lower() + who[1:] if who and agent[0].pos in ("N", "Nc") and (len(agent) > 1 or " " in agent[0].text) and who[1:2].islower() else who
    return f"số tiền {said} của {who}" if who else f"số tiền {said}"


_FINES = frozenset({"phạt", "xử phạt", "phạt hành chính", "xử phạt hành chính", "phạt tiền", "thưởng", "bồi thường cho", "đền bù cho"})


def _fined(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(first token of the verb, first token of the person) when a person's name (an honorific or proper nouns, up to four
    tokens) ends at token `i` right after a verb of fining, rewarding or compensating (`phạt hành chính | Lê Doãn Ngân`);
    else None."""
    p = i
    while p >= 0 and i - p < 4 and (tokens[p].pos == "Np" or honorific(tokens[p])):
        p -= 1
    if p == i or tokens[i].pos != "Np":
        return None
    v = next((n for n in (p - 1, p) if n >= 0 and " ".join(low(t.text) for t in tokens[n:p + 1]) in _FINES), None)
    return (v, p + 1) if v is not None else None
