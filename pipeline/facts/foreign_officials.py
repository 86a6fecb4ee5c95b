"""Foreign officials named where no honorific or country vouches for the name, by the shape of the words alone.

Two shapes of world news, both missed before (issue 11):

    NAME, TITLE ...                Abraham Denmark, Phó trợ lý Bộ trưởng Quốc phòng Mỹ, cho biết ...
    TITLE ACRONYM NAME             Tổng giám đốc WTO Ngozi Okonjo-Iweala; Giám đốc điều hành IMF Kristalina Georgieva

A name here is two to four capitalised Latin-script words (joined by `-` where written so), none written with
Vietnamese letters or tone marks, at least one spelt as no Vietnamese syllable is (`Denmark`, `Kristalina`), and
none a word of an organisation, a place or a country: a Vietnamese name is read by `names.vietnamese` instead.
"""

from __future__ import annotations

import re

from pipeline.facts import names
from pipeline.facts.official_context import DASHES, Context

# What may open a clause that starts with a name given bare: the sentence's start, punctuation, or a verb
# of quoting (`dẫn lời X, phó Thủ tướng ...`), or `và` before the next of a list of people (`A, tổng thống thứ 42 của
# Mỹ và Jimmy Carter, tổng thống thứ 39`); not `theo` (`Theo Wall Street Journal, Bộ trưởng ...`: a source).
_OPENS = re.compile(r"(?:^|[,.;:!?“”\"'(]|(?<!\w)(?:dẫn lời|trích lời|và))\s*$")
# Parts of speech of a foreign name's words (proper nouns, mostly; nouns and foreign words where the tagger falls back).
_NAME_TAGS = ("Np", "N", "FW", "Ny", "")


def _latin_name(c: Context, b: int, e: int) -> bool:
    """Units [b, e) have the shape of a foreign name: see the module's docstring."""
    words = [k for k in range(b, e) if c.units[k].alpha]
    if not 2 <= len(words) <= 4 or not names.loose(c.grid, b, e):
        return False
    texts = [c.units[k].text for k in words]
    if not all(any(ch.islower() for ch in t) for t in texts):
        return False  # `TP Vinh`: an abbreviation (of a place, a body) is no part of a name
    if any(names.vietnamese_looking(t) for t in texts) or not any(names.foreign_spelling(t) for t in texts):
        return False
    if any(c.grid.pos_at(k) not in _NAME_TAGS for k in words if k in c.token_starts):
        return False  # `Theo Wall Street Journal`: a verb or preposition opening the run is no part of a name
    pats = c.pats
    return not any(c.match(p, k) for k in words
                   for p in (pats.org_head, pats.org_word, pats.country, pats.province, pats.honorific))


def name_before_title(c: Context, k: int) -> tuple[int, int] | None:
    """A foreign name given bare right before `,` or a dash and the title starting at unit k, opening its clause."""
    if k < 3 or c.units[k - 1].text not in {","} | DASHES:
        return None
    end = k - 1
    b = end
    while b > 0 and ((c.units[b - 1].alpha and c.units[b - 1].cap) or c.units[b - 1].text in ("-", "–")):
        if b - 1 in c.role_starts:
            break
        b -= 1
    while b < end and not (c.units[b].alpha and c.units[b].cap):
        b += 1  # a dash before the run is no part of the name
    if end - b < 2 or names.run_end(c.grid, b, c.role_starts, joined=True) != end:
        return None
    if not _OPENS.search(c.before(b)) or not _latin_name(c, b, end):
        return None
    return b, end


def titled_next(c: Context, k: int) -> bool:
    """A foreign name from unit k is followed by `,` or a dash and a title of its own: the next person of a list
    (`Bill Clinton, tổng thống thứ 42 của Mỹ và Jimmy Carter, tổng thống thứ 39`), no part of an organisation."""
    end = names.run_end(c.grid, k, c.role_starts, joined=True)
    return end + 1 < c.n and c.units[end].text in {","} | DASHES and end + 1 in c.role_starts \
        and _latin_name(c, k, end)


def name_after_acronym(c: Context, k: int) -> tuple[int, int] | None:
    """A foreign name right after the acronym at unit k that names the body of the title before it (`WTO`,
    `IMF`, `FED`): a whole run of capitalised words, followed by no capitalised word."""
    u = c.units[k]
    if not (len(u.text) > 1 and u.text.isalpha() and u.text.isupper()) or c.match(c.pats.org_head, k):
        return None  # `UBND`, `HĐQT`: a Vietnamese body's head, whose name or place follows
    start = k + 1
    if start >= c.n or not c.units[start].cap or not c.units[start].alpha or start in c.role_starts:
        return None
    end = names.run_end(c.grid, start, c.role_starts, joined=True)
    if end < c.n and c.units[end].cap and c.units[end].alpha:
        return None
    if end + 1 < c.n and c.units[end].text == "," and c.match(c.pats.honorific, end + 1):
        return None  # `chủ tịch CLB Shanghai Shenhua, ông Wu Xiaohui`: the body's name, its head named next
    return (start, end) if _latin_name(c, start, end) else None
