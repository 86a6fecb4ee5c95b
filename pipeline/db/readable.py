"""Values written the Vietnamese way, for people: `560 tỷ đồng`, `1.200 MW`, `12,5%`, `hơn` for `more_than`.

`amount(value, unit)` writes a figure in its unit with `.` between thousands and `,` before decimals, money
in nghìn tỷ (10¹², from 10¹⁵ on), tỷ (10⁹) or triệu (10⁶) as Vietnamese papers do (`2.442 nghìn tỷ đồng`, `73.809 tỷ
dồng`, `12,5 triệu USD`); `qualifier(code)`
gives the Vietnamese word of a qualifier (from `lexicons/qualifiers.tsv`, its first row per code);
`article_label(title, text)` is the article's title, or its first line when it has none. `vnie show` and the
Datasette plugin write values with them.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.facts.lexicon import rows

CURRENCIES = {"VND": "đồng", "USD": "USD", "EUR": "EUR", "JPY": "yên", "CNY": "nhân dân tệ"}
SUFFIXES = {"MW": "MW", "kWh": "kWh", "ha": "ha", "m2": "m²", "km2": "km²", "tonne": "tấn", "percent": "%"}
# (from, divided by, word): papers write 73.809 tỷ, and nghìn tỷ (10¹²) only from a million tỷ on.
SCALES = ((1e15, 1e12, "nghìn tỷ"), (1e9, 1e9, "tỷ"), (1e6, 1e6, "triệu"))


def number(value: float, decimals: int = 2) -> str:
    """`1200` -> `1.200`, `12.5` -> `12,5`: at most `decimals` decimals, trailing zeros dropped."""
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:,.0f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def amount(value: float | None, unit: str | None, counted: str | None = None) -> str:
    """A figure as a person reads it: `560 tỷ đồng`, `2,5 triệu USD`, `1.200 MW`, `12,5%`, `45 doanh nghiệp`."""
    if value is None:
        return ""
    if unit in CURRENCIES:
        for start, size, word in SCALES:
            if abs(value) >= start:
                return f"{number(value / size, 3)} {word} {CURRENCIES[unit]}"
        return f"{number(value)} {CURRENCIES[unit]}"
    if unit == "percent":
        return f"{number(value)}%"
    if unit == "count" or unit is None:
        return f"{number(value)}{' ' + counted if counted else ''}"
    return f"{number(value)} {SUFFIXES.get(unit, unit)}"


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, str]:
    words: dict[str, str] = {}
    for row in rows("qualifiers.tsv"):
        words.setdefault(row[1], row[0])
    return words


def qualifiers() -> dict[str, str]:
    """Every qualifier code with its Vietnamese word (`{"more_than": "hơn", ...}`)."""
    return dict(_qualifiers())


def qualifier(code: str | None) -> str | None:
    """The Vietnamese word for a qualifier code (`more_than` -> `hơn`); the code itself when unknown."""
    if not code:
        return code
    return _qualifiers().get(code, code)


def article_label(title: str | None, text: str | None, limit: int = 90) -> str:
    """The title, else the first non-empty line of the text (cut at `limit` characters with …)."""
    if title and title.strip():
        return title.strip()
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
