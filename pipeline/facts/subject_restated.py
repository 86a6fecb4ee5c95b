"""A bare measure that restates one its sentence named in full before: `Doanh thu bán lẻ của doanh nghiệp tại Hải Dương cũng
đang tăng trưởng khá, 5 tháng đầu năm, doanh thu ước đạt 34.265 tỷ đồng` (`Doanh thu bán lẻ của doanh nghiệp tại Hải
Dương`, not the bare `doanh thu`).

A bare measure of the lexicon (`doanh thu`, `kim ngạch`, `sản lượng`, a measure of `figure_subjects.tsv` or of
`figure_owned_measures.txt`, three words at most) written right before its figure takes the fuller phrase that opens with
the same words earlier in the sentence: its nouns, names, adjectives and verbs (`bán lẻ`; not its figure's) and the
prepositions `của`, `tại`, `ở` inside it, up to a time, a number, an adverb or punctuation, at most twelve words, when that phrase opens a clause and
names whose or where (`của`, `tại`, `ở`; fiftieth session, from set P80)."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import change_verbs, entries, figure_verbs, low
from pipeline.facts.subject_named_owner import owned
from pipeline.language.analysis import Sentence, Token

_INSIDE = frozenset({"của", "tại", "ở"})
_NOT_INSIDE = frozenset({"năm", "tháng", "quý", "tuần", "ngày", "kỳ", "là", "có", "chiếm", "ước", "cùng kỳ"})
_MOST = 12  # words of the fuller phrase at most


def restated(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """The fuller phrase a bare measure before the figure at `sentence.text[start]` restates (see the module), else
    `subject`."""
    if subject is None or " của " in subject or len(subject.split()) > 3:
        return subject
    key = low(subject)
    if key not in owned() and (entries().kinds.get(tuple(key.split())) or ("",))[0] != "measure":
        return subject
    text = sentence.text.lower()
    at = text.rfind(key, 0, start)
    earlier = text.rfind(key, 0, at) if at > 0 else -1
    if earlier < 0 or earlier > 0 and text[earlier - 1].isalnum():
        return subject
    tokens = [t for t in sentence.tokens if t.start - sentence.start >= earlier]
    words = len(key.split())
    run: list[Token] = []
    for t in tokens:
        if t.start - sentence.start >= at:
            break
        inside = len(" ".join(x.text for x in run).split()) < words  # (the measure's own words, whatever their tags)
        if not inside and (t.pos not in ("N", "Np", "Nc", "Ny", "A", "V") and low(t.text) not in _INSIDE or t.pos == "CH"
                           or low(t.text) in _NOT_INSIDE or t.pos == "V" and low(t.text) in figure_verbs() | change_verbs()):
            break  # (not a time, `Doanh thu năm 2023 đạt ...`: another period's; nor the verb of its figure)
        run.append(t)
    while run and low(run[-1].text) in _INSIDE:
        run.pop()
    phrase = sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start] if run else ""
    if len(phrase.split()) <= words or len(phrase.split()) > _MOST or low(phrase)[:len(key)] != key or any(ch.isdigit() for ch in phrase):
        return subject
    opens = earlier == 0 or re.search(r"[,;:]\s*$", sentence.text[:earlier]) is not None
    return phrase if opens and re.search(r"\s(?i:của|tại|ở)\s", phrase) else subject  # (a clause's subject that names whose)
