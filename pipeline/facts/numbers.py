"""Vietnamese numbers: digits with `.` grouping thousands and `,` as decimal mark, multipliers, words.

    parse_digits("1.765.000.000") == 1765000000     parse_digits("12,47") == 12.47
    MULTIPLIERS["nghìn tỷ"] == 10**12               parse_words("hai trăm năm mươi") == 250
    parse_words("một nghìn tỷ") == 10**12           parse_words("hai triệu rưỡi") == 2500000

Numbers in words are read strictly: a number starts with a digit word that can open one (`một`..`chín`,
`mười`; not `không`, `tư`, `lăm`, `mốt`, which only occur inside a number), so `không` ("not") and the
`tư` of `đầu tư` are never numbers; `rưỡi` is half of the scale word before it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MULTIPLIERS = {
    "trăm": Decimal(100),
    "nghìn": Decimal(10) ** 3, "ngàn": Decimal(10) ** 3, "ngh": Decimal(10) ** 3,
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9, "tỉ": Decimal(10) ** 9,
    "nghìn tỷ": Decimal(10) ** 12, "ngàn tỷ": Decimal(10) ** 12, "nghìn tỉ": Decimal(10) ** 12, "ngàn tỉ": Decimal(10) ** 12,
    "triệu tỷ": Decimal(10) ** 15, "triệu tỉ": Decimal(10) ** 15,
}
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?"
MULTIPLIER = r"(?:nghìn|ngàn|triệu)\s+t[ỷỉ]|t[ỷỉ]|triệu|nghìn|ngàn"

_DIGIT_WORDS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
                "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_OPENERS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười")
_INNER = sorted(set(_DIGIT_WORDS) | {"mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "linh", "lẻ", "rưỡi"},
                key=len, reverse=True)
NUMBER_WORDS = _INNER
# A number in words: an opening digit word, then any number words (validated by `parse_words`).
WORDS = r"(?:{})(?:\s+(?:{}))*(?!\w)".format("|".join(_OPENERS), "|".join(_INNER))
_SCALES = (("tỷ", Decimal(10) ** 9), ("tỉ", Decimal(10) ** 9), ("triệu", Decimal(10) ** 6),
           ("nghìn", Decimal(10) ** 3), ("ngàn", Decimal(10) ** 3))


def parse_digits(text: str) -> Decimal:
    """A number written with Vietnamese (or, when unambiguous, English) separators."""
    t = text.strip()
    if "." in t and "," in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "." in t:
        groups = t.split(".")
        if len(groups) > 2 or (len(groups[-1]) == 3 and len(groups[0]) <= 3):
            t = t.replace(".", "")
    elif "," in t:
        groups = t.split(",")
        if len(groups) > 2:
            t = t.replace(",", "")
        else:
            t = t.replace(",", ".")
    try:
        return Decimal(t)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc


def multiplier(word: str) -> Decimal:
    return MULTIPLIERS[" ".join(word.lower().split())]


def _below_thousand(words: list[str]) -> Decimal | None:
    """`ba trăm linh năm` = 305, `hai mươi tư` = 24, `mười lăm` = 15, `một trăm rưỡi` = 150; None if not a number.

    Five after a ten is `lăm` (`hai mươi năm`, `mười năm` are "twenty years", "ten years").
    """
    value = Decimal(0)
    rest = words
    if len(rest) >= 2 and rest[1] == "trăm":
        if rest[0] not in _OPENERS or rest[0] == "mười":
            return None
        value += _DIGIT_WORDS[rest[0]] * 100
        rest = rest[2:]
        if rest == ["rưỡi"]:
            return value + 50
    if rest[:1] in (["linh"], ["lẻ"]):  # after hundreds, or after a scale word (`hai nghìn lẻ năm`)
        if len(rest) != 2 or rest[1] not in _DIGIT_WORDS or rest[1] in ("không", "lăm", "nhăm", "mốt"):
            return None
        return value + _DIGIT_WORDS[rest[1]]
    if not rest:
        return value if value else None
    tens: int | None = None
    if rest[0] == "mười":
        tens, rest = 10, rest[1:]
    elif len(rest) >= 2 and rest[1] == "mươi" and rest[0] in _OPENERS and rest[0] not in ("một", "mười"):
        tens, rest = _DIGIT_WORDS[rest[0]] * 10, rest[2:]
    if tens is not None:
        if not rest:
            return value + tens
        if len(rest) == 1 and rest[0] in _DIGIT_WORDS and rest[0] not in ("không", "năm") and not (tens == 10 and rest[0] == "mốt"):
            return value + tens + _DIGIT_WORDS[rest[0]]
        return None
    if len(rest) == 1 and rest[0] in _OPENERS and rest[0] != "mười":
        return value + _DIGIT_WORDS[rest[0]]
    return None


def parse_words(text: str) -> Decimal | None:
    """A number written in Vietnamese words (`hai tỷ`, `ba trăm năm mươi`, `mười lăm`, `một nghìn tỷ`,
    `hai triệu rưỡi`), or None when the words are not one well-formed number."""
    words = [("tỷ" if w == "tỉ" else "nghìn" if w == "ngàn" else w) for w in text.lower().split()]
    if not words or words[0] not in _OPENERS:
        return None
    return _parse(words)


def _parse(words: list[str]) -> Decimal | None:
    """The value of a list of number words, splitting at the last and largest scale word (`tỷ`, then `triệu`, then
    `nghìn`): the words before it are its multiple (`một nghìn` tỷ), the words after it the remainder."""
    for scale, factor in _SCALES:
        if scale not in words:
            continue
        at = len(words) - 1 - words[::-1].index(scale)
        left, right = words[:at], words[at + 1:]
        high = _parse(left) if left else Decimal(1)
        if high is None or high == 0:
            return None
        if right == ["rưỡi"]:
            return high * factor + factor / 2
        low = _parse(right) if right else Decimal(0)
        if low is None or low >= factor:
            return None
        return high * factor + low
    return _below_thousand(words)
