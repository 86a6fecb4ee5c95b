"""What is not article text: widget lines, block headings, link and footer lines, boilerplate classes.

The vocabulary lives in `pipeline/facts/lexicons/page_*.tsv|txt`; this module compiles it once. Lines
are matched on folded text (no diacritics, lower case), so `Xem thêm:` and `XEM THEM:` are the same.
Each test returns the reason a line or an element is boilerplate, or None, so `vnie page` can say why.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import alternation, rows
from pipeline.language.textnorm import fold

# A clock, a player's `0:00 / 0:00`, a lone punctuation mark: noise whatever the language.
_SHAPES = re.compile(r"^(?:\d{1,2}:\d{2}(?: ?/ ?\d{1,2}:\d{2})?|a- ?a ?a\+|[.\-|•·»›>*]+)$")
_LEADING_DATE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*[-|]\s*")


def _folded(rows: list[list[str]]) -> list[list[str]]:
    return [[" ".join(fold(row[0]).split()), *row[1:]] for row in rows]


@lru_cache(maxsize=1)
def _noise() -> tuple[re.Pattern[str], re.Pattern[str]]:
    found = _folded(rows("page_noise.tsv"))
    whole = [r[0] for r in found if len(r) < 2 or r[1] != "prefix"]
    prefix = [r[0] for r in found if len(r) > 1 and r[1] == "prefix"]
    return (re.compile(rf"^(?:{alternation(whole)})\.*$"), re.compile(rf"^(?:{alternation(prefix)})\b"))


@lru_cache(maxsize=1)
def _block_end() -> re.Pattern[str]:
    heads = [r[0] for r in _folded(rows("page_block_ends.txt"))]
    return re.compile(rf"^[-–•*>»\s]*(?:{alternation(heads)})\s*:?\s*$")


@lru_cache(maxsize=1)
def _leads() -> list[tuple[re.Pattern[str], str]]:
    found = []
    for lead, reason in ((r[0], r[1]) for r in _folded(rows("page_lead_lines.tsv"))):
        if lead[:1].isalnum():
            found.append((re.compile(rf"^[-–•*\s]*(?:{alternation([lead])})\s*[:：]\s*\S"), reason))
        else:
            found.append((re.compile(rf"^\s*{re.escape(lead)}\s*\S"), reason))
    return found


@lru_cache(maxsize=1)
def _bylines() -> re.Pattern[str]:
    leads = [r[0] for r in rows("page_bylines.txt")]
    return re.compile(rf"^\(?(?:{alternation(leads)})\s*:?\s*", re.I)


@lru_cache(maxsize=1)
def _classes() -> tuple[list[tuple[str, str]], dict[str, str]]:
    parts: list[tuple[str, str]] = []
    tokens: dict[str, str] = {}
    for row in rows("page_boilerplate_classes.tsv"):
        word, reason, match = row[0].lower(), row[1], row[2] if len(row) > 2 else "part"
        if match == "token":
            tokens[word] = reason
        else:
            parts.append((word, reason))
    return parts, tokens


def noise_reason(line: str) -> str | None:
    """`noise` for a widget, counter, prompt or menu line, else None."""
    folded = " ".join(fold(line.strip()).split())
    folded = _LEADING_DATE.sub("", folded)
    whole, prefix = _noise()
    if _SHAPES.match(folded) or whole.match(folded) or (prefix.match(folded) and len(folded.split()) <= 12):
        return "noise"
    pieces = [p for p in re.split(r"\s{2,}|\s*[|•·]\s*", fold(line.strip())) if p.strip()]
    if len(pieces) >= 2 and all(whole.match(" ".join(p.split())) for p in pieces):
        return "noise"  # a share bar written on one line: `Facebook   Zalo   Sao chép liên kết`
    return None


def is_block_end(line: str) -> bool:
    """A heading that opens a related-news, tags, read-more or comment block."""
    stripped = line.strip()
    return len(stripped) <= 60 and bool(_block_end().match(fold(stripped)))


def lead_reason(line: str) -> str | None:
    """The reason a line that opens with a boilerplate lead is not text (`read_more`, `tags`, `source_line`,
    `footer`, `counter`), else None. Long lines are text whatever they open with."""
    stripped = line.strip()
    if len(stripped.split()) > 40:
        return None
    folded = fold(stripped)
    for pattern, reason in _leads():
        if pattern.match(folded):
            return reason
    return None


_RELATED_LINK = re.compile(r"^[-–•*+]\s+\S.{8,240}\(\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*(?:\d{2,4})?)?[^()]{0,12}(?:\)|$)\s*$")


_DATED_LINK = re.compile(r"^[-–•*+]\s+\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}\s+[A-ZĐÀ-Ỹ\"“]\S*(?:\s+\S+){2,40}$")


def is_dated_link(line: str) -> bool:
    """A related article's link that opens with its date (`- 18.05.2024 Khai mạc triển lãm ...`)."""
    return _DATED_LINK.match(line.strip()) is not None and not line.rstrip().endswith((".", ":", ";"))


def is_related_link(line: str) -> bool:
    """A related article's link as a list item with its date (`- Bộ Công Thương hướng dẫn ... (03-01-2019)`)."""
    return _RELATED_LINK.match(line.strip()) is not None


def line_reason(line: str) -> str | None:
    """Why a line of extracted text is boilerplate, or None when it is text."""
    if is_block_end(line):
        return "related"
    if is_related_link(line):
        return "related_link"
    return noise_reason(line) or lead_reason(line)


@lru_cache(maxsize=1)
def _dateline_leads() -> re.Pattern[str]:
    leads = [r[0] for r in _folded(rows("page_datelines.tsv")) if len(r) > 1 and r[1] == "lead"]
    return re.compile(rf"(?:^|\W)(?:{alternation(leads)})(?:\W|$)")


def has_dateline_lead(line: str) -> bool:
    """A line that says it holds the publication date (`Ngày đăng:`, `Cập nhật`, `Đăng lúc`)."""
    return bool(_dateline_leads().search(" ".join(fold(line).split())))


def byline_lead() -> re.Pattern[str]:
    """The leads of a byline (`Theo`, `Thực hiện:`, `Bài và ảnh:`), case-insensitive."""
    return _bylines()


def class_reason(attributes: str) -> str | None:
    """Why an element whose class and id are `attributes` is boilerplate (`related`, `share`, ...), else None."""
    text = attributes.lower()
    if not text.strip():
        return None
    parts, tokens = _classes()
    for word, reason in parts:
        if word in text:
            return reason
    for token in re.split(r"[\s_\-]+", text):
        if token in tokens:
            return tokens[token]
    return None
