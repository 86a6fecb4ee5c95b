"""Page → text for plain-text page dumps: boilerplate out, title, dateline and byline found.

A dump is a web page copied as text: menus and widgets before the article, the article, then a byline
and a related-news block that names other people and figures. The head (the lines before the first
body paragraph) gives the title and the dateline; everything from a related-news heading on is cut.
The same line filter cleans trafilatura's output for HTML pages (`clean_lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.language.textnorm import fold
from pipeline.page.boilerplate import byline_lead, line_reason, noise_reason
from pipeline.page.boilerplate import is_block_end as is_block_end

_BYLINE = re.compile(r"^[\w.\s/():,-]{2,60}$")

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*((?:19|20)\d{2})(?!\d)")
_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_WORDY = re.compile(r"(?:ngày\s+)?(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(?:năm\s+)?((?:19|20)\d{2})(?!\d)", re.I)
_TIME = re.compile(r"(?<!\d)(\d{1,2})\s*[:h]\s*(\d{2})(?!\d)")


@dataclass(frozen=True)
class DumpPage:
    text: str
    title: str | None
    published: str | None
    author: str | None


def is_noise(line: str) -> bool:
    """A line that is a widget, counter, prompt or menu item, not article text."""
    return noise_reason(line) is not None


def find_date(line: str) -> str | None:
    """An ISO date (with time when the line gives one) from a dateline, or None."""
    for pattern, order in ((_WORDY, "dmy"), (_DMY, "dmy"), (_YMD, "ymd")):
        match = pattern.search(line)
        if not match:
            continue
        a, b, c = (int(g) for g in match.groups())
        day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
        if order == "dmy" and month > 12 and day <= 12 and "/" in match.group():
            day, month = month, day  # `8/31/2018 10:06:12 AM`: an English-language CMS writes month first
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        rest = line[: match.start()] + " " + line[match.end():]
        time = _TIME.search(rest)
        if time and int(time.group(1)) < 24 and int(time.group(2)) < 60:
            hour = int(time.group(1)) + (12 if int(time.group(1)) < 12 and re.match(r"(?::\d{2})?\s*PM", rest[time.end():]) else 0)
            iso += f"T{hour:02d}:{int(time.group(2)):02d}:00"
            if "GMT+7" in line or "+07" in line:
                iso += "+07:00"
        return iso
    return None


def local_time(value: str | None) -> str | None:
    """A Vietnamese page's date with a time but no offset is local time: `+07:00` is added."""
    if value and "T" in value and not re.search(r"(?:[+-]\d{2}:\d{2}|Z)$", value):
        return value + "+07:00"
    return value


def _is_dateline(line: str) -> bool:
    """A short line whose content is a date, maybe with weekday, time or `Cập nhật`."""
    return find_date(line) is not None and len(line.split()) <= 12


def _is_menu(line: str) -> bool:
    """A navigation bar: items split by `|` or wide gaps, or mostly capital letters."""
    letters = [c for c in line if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return (
        len(re.findall(r"\s[|•·»>]\s", line)) >= 2
        or len(re.findall(r"\S\s{2,}\S", line)) >= 2
        or (len(letters) > 12 and upper / len(letters) > 0.6)
    )


def is_body(line: str) -> bool:
    """A line that reads as article text: 20 words or more with sentence punctuation."""
    return _is_body(line)


def _is_body(line: str) -> bool:
    words = line.split()
    return len(words) >= 20 and bool(re.search(r"[.!?:;…”\"]\s|[.!?…]$", line))


def clean_lines(lines: list[str], removed: list[tuple[str, str]] | None = None) -> list[str]:
    """Drop noise, link, tag, source and footer lines and repeated lines, and stop at a related-news heading.

    removed: if given, gets (reason, line) for every line dropped, so `vnie page` can show why.
    """
    kept: list[str] = []
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if is_block_end(line) and kept:
            if removed is not None:
                removed.extend(("after_related_heading", rest.strip()) for rest in lines[number:] if rest.strip())
            break
        reason = line_reason(line) or ("repeated" if kept and kept[-1] == line else None)
        if reason:
            if removed is not None:
                removed.append((reason, line))
            continue
        kept.append(line)
    return kept


def is_dateline(line: str) -> bool:
    """A short line that holds a date and little else: a page's dateline, not a sentence."""
    return _is_dateline(line) and len(line.split()) <= 14 and not _is_body(line)


def _split_byline(body: list[str]) -> tuple[list[str], str | None]:
    """Take a closing byline (`Thực hiện: Huy Toán`, `Hạnh Nhung`, `Theo TTXVN`) off the body."""
    if len(body) < 2:
        return body, None
    last = body[-1].strip()
    author = byline(last)
    if author is not None:
        return body[:-1], author or None
    return body, None


def byline(line: str) -> str | None:
    """The author of a byline line (`Thực hiện: Huy Toán`, `Hạnh Nhung`, `Theo TTXVN`), else None."""
    last = line.strip()
    words = last.split()
    lead = byline_lead()
    capitalised = all(w[:1].isupper() or w[:1] in "(" for w in lead.sub("", last).split())
    if (
        1 <= len(words) <= 7
        and _BYLINE.match(fold(last))
        and (capitalised or lead.match(last))
        and not last.endswith((".", "!", "?", ":"))
    ):
        return lead.sub("", last).strip(" ()")
    return None


def parse_dump(text: str) -> DumpPage:
    """Split a normalised page dump into title, dateline, clean body and byline."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    start = next((i for i, line in enumerate(lines) if _is_body(line)), None)
    if start is None:
        start = 1 if lines else 0
    head = lines[:start]
    published = local_time(next((find_date(line) for line in head if _is_dateline(line)), None))
    candidates = [
        line for line in head
        if not is_noise(line) and not _is_dateline(line) and not is_block_end(line) and len(line.split()) >= 3
        and not _is_menu(line)
    ]
    title = max(candidates, key=len) if candidates else (head[0] if head else None)
    body = clean_lines(lines[start:])
    if published is None:
        # A standalone dateline closing the article (before any related block) also counts.
        tail = [line for line in body[-2:] if _is_dateline(line) and len(line.split()) <= 6]
        if tail:
            published = local_time(find_date(tail[-1]))
            body = [line for line in body if line not in tail]
    body, author = _split_byline(body)
    return DumpPage(text="\n".join(body), title=title, published=published, author=author)
