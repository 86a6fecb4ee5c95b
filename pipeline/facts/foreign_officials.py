"""Foreign officials named where no honorific or country vouches for the name, by the shape of the words alone.

Three shapes of world news, both missed before (issue 11):

    NAME, TITLE ...                Abraham Denmark, Phó trợ lý Bộ trưởng Quốc phòng Mỹ, cho biết ...
    TITLE ACRONYM NAME             Tổng giám đốc WTO Ngozi Okonjo-Iweala; Giám đốc điều hành IMF Kristalina Georgieva
    TITLE BODY NAME                Bộ trưởng An ninh Nội địa Kirstjen Nielsen; chánh văn phòng Nhà Trắng Mick Mulvaney

A name here is two to four capitalised Latin-script words (joined by `-` where written so), none written with
Vietnamese letters or tone marks, at least one spelt as no Vietnamese syllable is (`Denmark`, `Kristalina`), and
none a word of an organisation, a place or a country: a Vietnamese name is read by `names.vietnamese` instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts import names
from pipeline.facts.lexicon import alternation, entries
from pipeline.facts.official_context import CONNECTORS, DASHES, Context

# What may open a clause that starts with a name given bare: the sentence's start, punctuation, or a verb
# of quoting (`dẫn lời X, phó Thủ tướng ...`), or `và` before the next of a list of people (`A, tổng thống thứ 42 của
# Mỹ và Jimmy Carter, tổng thống thứ 39`); not `theo` (`Theo Wall Street Journal, Bộ trưởng ...`: a source).
_OPENS = re.compile(r"(?:^|[,.;:!?“”\"'(]|(?<!\w)(?:dẫn lời|trích lời|và))\s*$")
# Before a title in apposition to a name given before it: a comma, a dash or `(`, and perhaps a prefix (`, nguyên`).
_SOURCE_END = re.compile(r"(?:^|[,.;:!?“”\"'(])\s*(?i:theo)\s*$")
_NAME_END = re.compile(r"(?:^|\s)[A-ZĐ][\w'.-]*\s*$")  # a capitalised word right before the comma: a name the title may be of
_APPOSED = re.compile(r"[,(\-–—]\s*([^\W\d]+\s+)?$")
# Parts of speech of a foreign name's words (proper nouns, mostly; nouns and foreign words where the tagger falls back).
_NAME_TAGS = ("Np", "N", "FW", "Ny", "")


def _latin_name(c: Context, b: int, e: int) -> bool:
    """Units [b, e) have the shape of a foreign name: see the module's docstring."""
    words = [k for k in range(b, e) if c.units[k].alpha]
    if not 2 <= len(words) <= 4 or not names.loose(c.grid, b, e):
        return False
    texts = [c.units[k].text for k in words]
    if not all(any(ch.islower() for ch in t) or len(t) == 1 for t in texts):
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
    if b + 1 < end and c.units[b].text.lower() == "theo" and c.units[b + 1].text in given_names():
        b += 1  # `Theo Jay Batongbacal, giám đốc ...`: capitalised at the sentence's start, the source word is no name
    if end - b < 2 or names.run_end(c.grid, b, c.role_starts, joined=True) != end:
        return None
    opens = _OPENS.search(c.before(b)) or (_SOURCE_END.search(c.before(b)) and c.units[b].text in given_names())
    if not opens or not _latin_name(c, b, end):
        return None  # (`Theo Jay Batongbacal, giám đốc Viện ...`: a source whose first word is a listed given name is a person)
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


def _plain_body_word(c: Context, k: int) -> bool:
    """Unit k is a lower-case Vietnamese word of a body's name (`tịch` of `Quốc tịch`, `gia` of `Quốc gia`): not a
    connector (`của`, `và`), a particle of a foreign name (`bin`), an English word (`and`) or the qualifier of a post
    (`đương nhiệm`)."""
    u = c.units[k]
    return u.alpha and not u.cap and not names.foreign_spelling(u.text) and u.text.lower() not in CONNECTORS \
        and u.text.lower() not in entries("name_particles.txt") \
        and not any(c.match(c.pats.role_qualifier, m) == k + 1 for m in range(max(0, k - 2), k + 1))


def name_after_body(c: Context, k: int, j: int, named: bool) -> tuple[int, int] | None:
    """A foreign name closing a body's name written in Vietnamese words, after a title ending at unit j: from the
    capitalised run at unit k, the Latin words that end it (`Nhà Trắng | Mick Mulvaney`), or the whole run after a
    lower-case word of the body once a part of its name has passed (`An ninh Nội địa | Kirstjen Nielsen`). Two or
    three words, followed by no capitalised word, and never right after an organisation's head or a word naming a
    company, paper or team (`Tập đoàn | General Electric`, `tờ | New York Times`): those name the body."""
    if any(e == j and (m := _APPOSED.search(c.before(i))) and (m.group(1) or not c.units[i].cap)
           and _NAME_END.search(c.before(i)[:m.start()]) for i, e in c.role_spans):
        # `Kellyanne Conway, giám đốc chiến dịch ... Donald Trump`, `X, nguyên Chủ tịch Ngân hàng ... New York`: a
        # title in lower case or with a prefix after a comma is the name's before it (not `..., Cố vấn An ninh Quốc
        # gia John Bolton`, the next item of a list).
        return None
    end = names.run_end(c.grid, k, c.role_starts, joined=True)
    if end < c.n and c.units[end].cap and c.units[end].alpha:
        return None
    opened = _REGION_AT.match(c.rest(k)) if k == j else None
    if opened:
        k = c.grid.index_at(c.units[k].start + opened.end())  # `Thủ hiến Bang | Karnataka ...`: the region's word opens the run
    s = k
    while s < end and names.vietnamese_looking(c.units[s].text):
        s += 1
    in_brackets = k >= 3 and c.units[k - 1].text == ")" and c.units[k - 3].text == "("
    role_bracket = in_brackets and c.units[k - 2].text in ("CEO", "CFO", "COO", "CTO")  # the post's own abbreviation
    bracketed = in_brackets and not role_bracket  # `Cục Điều tra Liên bang (FBI) | James Comey`: a body's acronym
    split = _after_given_name(c, k, end) if s == k and not bracketed else None  # (after `(SOHR)` the run is the name)
    if split:
        return split  # `(CEO) Facebook | Mark Zuckerberg`: where a given name starts the person
    region = s == k and (opened is not None or _REGION_BEFORE.search(c.before(k)) is not None)
    if s == end or (s == k and not in_brackets and not region and not (k > j and named and _plain_body_word(c, k - 1))):
        return None  # (`Giám đốc điều hành (CEO) Dara Khosrowshahi`: the run after the post's abbreviation is the name)
    words = [m for m in range(s, end) if c.units[m].alpha]
    if region and (len(words) != 3 or c.units[words[0]].text in _PLACE_PREFIXES):
        return None  # (`Nghị sĩ vùng | Birmingham Yardley`: the region's name alone; `bang | New South Wales`: a place of words)
    if len(words) == 3 and len(c.units[words[0]].text) > 1 and (
            s > k and sum(c.units[m].alpha for m in range(k, s)) <= 1 or region):
        s = words[1]  # `Điện Kremlin Dmitry Peskov`, `bang California Scott Maclean`: the first Latin word is the body's
        # (not after a body of two Vietnamese words: `Nhà Trắng Sarah Huckabee Sanders`); after a lower-case word of a region
        # the region's one word is the body's too (`bang Karnataka | Basavaraj Bommai`, `tỉnh Ibaraki | Kazuhiko Oigawa`)
    if not 2 <= sum(c.units[m].alpha and len(c.units[m].text) > 1 for m in range(s, end)) <= 3:
        return None
    if any(c.match(c.pats.org_head, m) == s and m in c.token_starts for m in range(max(0, s - 3), s)):
        return None  # a head as a word of its own (`Tập đoàn`), not the end of one (`phòng` of `Quốc phòng`)
    classifiers = {w.lower() for w in entries("org_classifiers.txt")}
    if any(" ".join(c.grid.text(m, s).split()).lower() in classifiers for m in range(max(0, s - 2), s)):
        return None
    return (s, end) if _latin_name(c, s, end) else None


# a lower-case word of a region abroad, whose name of one word follows (`Thủ hiến bang | Karnataka`)
_REGION_BEFORE = re.compile(r"(?<!\w)(?i:bang|tiểu bang|tỉnh|vùng|hạt|quận|thành phố)\s+$")
_REGION_AT = re.compile(r"(?:Tiểu bang|Bang|Tỉnh|Vùng|Hạt)\s+(?=[A-Z])")
_MINISTERS = re.compile(r"(?<!\w)(?i:bộ trưởng|thứ trưởng)\s*$")


@lru_cache(maxsize=1)
def _portfolio() -> re.Pattern[str]:
    """A portfolio of `lexicons/minister_portfolios.txt` in lower case, a word of scope, then a capitalised word."""
    return re.compile(rf"(?:{alternation(list(entries('minister_portfolios.txt')))})(?:\s+(?:nội địa|quốc gia|liên bang))?\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The foreign given names of `lexicons/foreign_given_names.txt`, where a person's name starts in a Latin run."""
    return frozenset(entries("foreign_given_names.txt"))


# a post's qualifier written after its country (`Tổng thống Mỹ đắc cử | Donald Trump`): the post's, not the country's
ELECTED = r"(?i:vừa\s+|mới\s+)?(?i:đắc cử|sắp nhậm chức|sắp mãn nhiệm|mãn nhiệm|đương nhiệm|tạm quyền)"


def name_after_field(c: Context, j: int) -> tuple[int, tuple[int, int]] | None:
    """After a minister's title ending at unit j, a portfolio in lower case (`năng lượng`) and a foreign name right after it
    (`Khalid Al Falih`): the end of the portfolio and the name; else None."""
    field = _portfolio().match(c.rest(j)) if _MINISTERS.search(c.before(j)) else None
    if field is None:
        return None
    k = c.grid.index_at(c.units[j].start + field.end())
    end = names.run_end(c.grid, k, c.role_starts, joined=True)
    if end < c.n and c.units[end].cap and c.units[end].alpha:
        return None
    return (k, (k, end)) if _latin_name(c, k, end) else None


def _after_given_name(c: Context, k: int, end: int) -> tuple[int, int] | None:
    """In a run of Latin words from unit k to `end` right after a post, the person's name that starts at a foreign given name
    (`lexicons/foreign_given_names.txt`) after at least one word of the body and runs to the run's end in two or three
    words (`Facebook | Mark Zuckerberg`, `Kodak Alaris | Rob Smith`); else None."""
    words = [m for m in range(k, end) if c.units[m].alpha]
    given = given_names()
    for n in range(len(words) - 2, 0, -1):  # the latest given name first: `San Antonio | Julian Castro`
        m = words[n]
        if c.units[m].text in given and c.units[words[n - 1]].text not in _PLACE_PREFIXES and 2 <= len(words) - n <= 3 \
                and _latin_name(c, m, end):
            return m, end
    return None


_PLACE_PREFIXES = frozenset({"San", "Santa", "Santo", "São", "Los", "Las", "New", "Saint", "St", "Port", "Fort", "Mount"})


def latin_after(c: Context, k: int) -> tuple[int, int] | None:
    """A foreign name of two or three Latin words from unit k, closed by a stop or a lower-case word (`Howard Schultz |
    đã`, `Rob Smith | ,`), after a post and its body and a comma or a dash; else None."""
    name = names.foreign(c.grid, k, c.role_starts)
    if name is None or not 2 <= sum(c.units[m].alpha for m in range(*name)) <= 3 or not _latin_name(c, *name):
        return None
    after = c.units[name[1]] if name[1] < c.n else None
    if after is not None and after.cap and not after.punct:
        return None
    given = c.units[name[0]].text in given_names()
    verb = name[1] + (1 if after is not None and after.text == "," else 0)  # the word that follows, past one comma
    clause = verb < c.n and c.units[verb].alpha and not c.units[verb].cap and c.grid.pos_at(verb) in ("V", "R")
    return name if given or clause else None  # (`Rob Smith,`; `Ousmane Dione, nhận định`; not `Samsung Display, LG` nor `Kwon
    # Hyuk Jun, một quản lý cũ`, an apposition of its own)
