"""Vietnamese numbers: digits with `.` grouping thousands and `,` as decimal mark, multipliers, words.

    parse_digits("1.765.000.000") == 1765000000     parse_digits("12,47") == 12.47
    MULTIPLIERS["nghìn tỷ"] == 10**12               parse_words("hai trăm năm mươi") == 250
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

_UNITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
          "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
NUMBER_WORDS = sorted(set(_UNITS) | {"mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "linh", "lẻ", "rưỡi"},
                      key=len, reverse=True)
WORDS = r"(?:(?:{})(?:\s+|(?=\W)|$))+".format("|".join(NUMBER_WORDS))


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


def parse_words(text: str) -> Decimal | None:
    """A number written in Vietnamese words (`hai tỷ`, `ba trăm năm mươi`, `mười lăm`), or None."""
    words = text.lower().split()
    if not words:
        return None
    total = Decimal(0)   # completed groups (tỷ, triệu, nghìn)
    group = Decimal(0)   # below a thousand
    current = None       # last digit word
    seen = False
    for w in words:
        if w in _UNITS:
            if current is not None:
                group += current  # e.g. "năm" after "mươi" handled below; stray digit
            current = Decimal(_UNITS[w])
            seen = True
        elif w == "mười":
            group += 10
            current = None
            seen = True
        elif w == "mươi":
            group += (current or 1) * 10
            current = None
        elif w == "trăm":
            group += (current or 1) * 100
            current = None
        elif w in ("linh", "lẻ"):
            continue
        elif w == "rưỡi":
            current = None
            group += Decimal("0.5")
        elif w in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ"):
            value = group + (current or 0)
            if value == 0:
                value = Decimal(1)
            total = (total + value) * MULTIPLIERS[w] if w in ("tỷ", "tỉ") and total else total + value * MULTIPLIERS[w]
            group, current = Decimal(0), None
        else:
            return None
    if not seen:
        return None
    return total + group + (current or 0)
