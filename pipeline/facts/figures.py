"""Figures: money, power, area, shares and counts, in base units, with qualifier and subject.

A figure is [qualifier] number [multiplier] [number multiplier ...] unit, or a range of two such numbers
(`15-25%`, `từ 20 đến 30 tỷ đồng`: both ends are reported), or a number in words (`hai tỷ đồng`).
A count is a number before a counted noun from the lexicon (`18 đề án`). Numbers that are parts of
dates, decrees, ratios (`6/20 tỉnh`) or names are left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipeline.facts.lexicon import alternation, load
from pipeline.facts.numbers import DIGITS, MULTIPLIER, WORDS, multiplier, parse_digits, parse_words
from pipeline.language.analysis import Analysis, Sentence
from pipeline.record import Evidence, Figure

_AMOUNT = rf"(?:(?:{DIGITS})(?:\s*(?:{MULTIPLIER}))?(?:\s+(?:{DIGITS})\s*(?:{MULTIPLIER}))*)"
_SUBJECT_HEADS = (
    r"Nhà máy|Dự án|Khu công nghiệp|Cụm công nghiệp|KCN|CCN|Công ty|Tập đoàn|Tổng công ty|Khu kinh tế|"
    r"Cảng|Trang trại|Hợp tác xã|HTX|Làng nghề|Trung tâm|Chương trình|Đề án"
)
_SUBJECT_STOP = re.compile(
    r"\s(?:với|có|đạt|là|được|đã|đang|sẽ|tại|của|công suất|tổng|diện tích|vốn|quy mô|khoảng|hơn|trên|"
    r"tăng|giảm|ước|chiếm|lên|thu hút|tạo|gồm|và|nhưng)(?!\w)"
)
_CLAUSE_VERBS = re.compile(
    r"\s(?:ước đạt|ước tính|đạt|là|có|tăng|giảm|với|chiếm|lên tới|lên đến|thu hút|tạo|khoảng|hơn|trên|gần|"
    r"được|đã|bằng|còn|xuống|vượt|dự kiến)(?!\w)"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, float]], dict[str, str]]:
    lex = load()
    units = {u: (code, factor) for u, code, factor in lex.units}
    quals = dict(lex.qualifiers)
    qual = alternation(list(quals))
    unit_alt = alternation(list(units))
    nouns = alternation(list(lex.count_nouns))
    measure = re.compile(
        rf"(?<![\w/.,])(?:(?P<qual>(?i:{qual}))\s+)?(?:(?i:từ)\s+)?"
        rf"(?P<a>{_AMOUNT}|(?i:{WORDS}))"
        rf"(?:\s*(?:-|–|đến|tới|~)\s*(?P<b>{_AMOUNT}))?"
        rf"\s*(?P<unit>{unit_alt})(?![\w])",
    )
    count = re.compile(
        rf"(?<![\w/.,:])(?:(?P<qual>(?i:{qual}))\s+)?(?P<a>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?:\s*(?P<mult>nghìn|ngàn|triệu))?"
        rf"\s+(?P<noun>{nouns})(?!\w)"
    )
    return measure, count, units, {k.lower(): v for k, v in quals.items()}


def _amount(text: str) -> Decimal | None:
    """The value of `2 tỷ 500 triệu`, `1.765.000.000`, `11,76 tỷ`, `hai tỷ`."""
    parts = re.findall(rf"({DIGITS})\s*({MULTIPLIER})?", text)
    if not parts:
        return parse_words(text)
    total = Decimal(0)
    for digits, mult in parts:
        value = parse_digits(digits)
        total += value * multiplier(mult) if mult else value
    return total


def _subject(sentence: Sentence, offset: int) -> str | None:
    """What the figure at `offset` (relative to the sentence) measures, where the sentence names it."""
    before = sentence.text[:offset]
    clause_start = max(before.rfind(c) for c in ",;:(") + 1
    clause = before[clause_start:]
    heads = list(re.finditer(rf"(?<!\w)(?:{_SUBJECT_HEADS})(?!\w)", before))
    if heads:
        tail = before[heads[-1].start():]
        cut = _SUBJECT_STOP.search(tail)
        subject = tail[:cut.start()] if cut else tail
        words = subject.split()
        if 2 <= len(words) <= 10:
            return " ".join(words).rstrip(",;:")
    cut = _CLAUSE_VERBS.search(" " + clause)
    subject = (" " + clause)[:cut.start()] if cut else clause
    words = subject.split()
    if 2 <= len(words) <= 12:
        return " ".join(words)
    return None


def _figure(sentence: Sentence, start: int, end: int, value: Decimal, unit: str, qualifier, rng=None, counted=None) -> Figure:
    return Figure(
        value=float(value),
        unit=unit,
        counted=counted,
        text=sentence.text[start:end],
        qualifier=qualifier,
        range=rng,
        subject=_subject(sentence, start),
        evidence=Evidence(start=sentence.start + start, end=sentence.start + end, sentence=sentence.text),
    )


def in_sentence(sentence: Sentence) -> list[Figure]:
    """Every figure in one sentence, in order."""
    measure, count, units, quals = _patterns()
    found: list[tuple[int, Figure]] = []
    taken: list[tuple[int, int]] = []
    for m in measure.finditer(sentence.text):
        unit_text = m.group("unit")
        spec = units.get(unit_text) or units.get(unit_text.lower())
        if spec is None:
            continue
        code, factor = spec
        if unit_text == "đ" and re.match(r"\w", sentence.text[m.end():m.end() + 1] or " "):
            continue
        try:
            a = _amount(m.group("a"))
            b = _amount(m.group("b")) if m.group("b") else None
        except ValueError:
            continue
        if a is None:
            continue
        qualifier = quals.get(" ".join(m.group("qual").lower().split())) if m.group("qual") else None
        f = Decimal(str(factor))
        if b is not None:
            mult_b = re.search(MULTIPLIER + r"\s*$", m.group("b"))
            if mult_b and not re.search(MULTIPLIER, m.group("a")):
                a = a * multiplier(mult_b.group())
            found.append((m.start(), _figure(sentence, m.start(), m.end(), a * f, code, qualifier, "low")))
            found.append((m.start() + 1, _figure(sentence, m.start(), m.end(), b * f, code, qualifier, "high")))
        else:
            found.append((m.start(), _figure(sentence, m.start(), m.end(), a * f, code, qualifier)))
        taken.append((m.start(), m.end()))
    for m in count.finditer(sentence.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = sentence.text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(năm|tháng|ngày|lần thứ|thứ|top|số)\s*$", before):
            continue
        value = parse_digits(m.group("a"))
        if m.group("mult"):
            value *= multiplier(m.group("mult"))
        qualifier = quals.get(" ".join(m.group("qual").lower().split())) if m.group("qual") else None
        found.append((m.start(), _figure(sentence, m.start(), m.end(), value, "count", qualifier, counted=m.group("noun"))))
    return [f for _, f in sorted(found, key=lambda pair: pair[0])]


def extract(analysis: Analysis) -> list[Figure]:
    """Every figure in an article, in text order."""
    return [f for sentence in analysis.sentences for f in in_sentence(sentence)]
