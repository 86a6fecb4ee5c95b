"""Organisation phrases after a title of office: a head noun (`Sở`, `Bộ`, `Ủy ban`, `Công ty`) and its
complement, up to a person's name, a clause boundary, a verb that starts a predicate or punctuation
that does not continue the name (`Sở Văn hóa, Thể thao và Du lịch`, `Vụ Kế hoạch - Tài chính, Bộ GD&ĐT`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts import names
from pipeline.facts.event_lexicon import keywords as event_keywords
from pipeline.facts.foreign_officials import (
    ELECTED,
    given_names,
    latin_after,
    name_after_acronym,
    name_after_body,
    name_after_field,
    titled_next,
)
from pipeline.facts.lexicon import alternation, entries
from pipeline.facts.official_committees import committee_remit
from pipeline.facts.official_context import (
    CONNECTORS,
    DASHES,
    LOCAL_PLACE_END,
    ORG_POS,
    PLACE_NAME,
    PLACE_WORD_END,
    REGION,
    Context,
)
from pipeline.language.textnorm import fold

# Posts abroad, whose title names the city or country they are posted to (`Tổng Lãnh sự Việt Nam tại Sydney`).
_ENVOY = re.compile(r"(?<!\w)(?i:đại sứ|lãnh sự|tổng lãnh sự|tham tán|thương vụ|xúc tiến thương mại(?=\s+Việt Nam))(?!\w)(?!\s+(?i:quán))")
# (a trade promotion office abroad names its city too: `Văn phòng Xúc tiến Thương mại Việt Nam tại New York`, s54 set P115)


def _name_after_country(c: Context, k: int) -> tuple[int, int] | None:
    """A foreign official's name right after the country in the post (`Thủ tướng Hungary Orban Viktor`), or after a dash
    there when a verb or a stop follows it (`Giám đốc Cơ quan Điện lực Puerto Rico - Ricardo Ramos cho biết`)."""
    if k + 1 < c.n and c.units[k].text in DASHES and c.units[k + 1].cap:
        if any(c.match(p, k + 1) for p in (c.pats.org_head, c.pats.province, c.pats.country, c.pats.honorific)):
            return None  # (`Nghị sĩ Hữu nghị Singapore - Việt Nam`: a pair of countries; `- Trung tướng X`: a rank)
        name = names.foreign(c.grid, k + 1, c.role_starts)
        after = c.units[name[1]] if name and name[1] < c.n else None
        latin = name is not None and not any(names.vietnamese_looking(c.units[m].text) for m in range(*name) if c.units[m].alpha) \
            and not all(names.plain_vietnamese(c.units[m].text) for m in range(*name) if c.units[m].alpha)  # (not `Công ty ... Thiên Ý -
        # Huy Anh`, a firm's second name: s64, set P183)
        return name if name and latin and (after is None or after.punct or not after.cap) else None
    if k >= c.n or not c.units[k].cap or not c.units[k].alpha or k in c.role_starts:
        return None
    if c.match(c.pats.org_head, k) or c.match(c.pats.province, k) or c.match(c.pats.country, k):
        return None
    if c.match(c.pats.honorific, k):
        return None
    end = names.run_end(c.grid, k, c.role_starts)
    if names.vietnamese(c.grid, k, end, c.protected):
        return k, _hyphenated_end(c, end)
    name = names.foreign(c.grid, k, c.role_starts)
    if name and (name[1] >= c.n or name[1] in c.token_starts or c.units[name[1]].punct
                 or not names.vietnamese_looking(c.units[name[1] - 1].text)):
        return name[0], _hyphenated_end(c, name[1])  # a whole word ends it: not `Đại` of `Đại diện` (a Latin name glued to a verb is)
    return None


def _hyphenated_end(c: Context, end: int) -> int:
    """The end of a name after a country run on over its hyphenated parts (`Lào Khăm Hùng Hương | Vông-xỉ`: a Lao or
    Khmer name transliterated syllable by syllable, forty-eighth session, set P64)."""
    after = _HYPHENATED.match(c.sentence.text, c.units[end - 1].end - c.sentence.start)
    last = c.grid.by_end.get(c.sentence.start + after.end()) if after else None
    return last + 1 if last is not None else end


_HYPHENATED = re.compile(r"(?:-[^\W\d_]+)+(?:\s+[A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)+)*|(?:\s+[A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)+)+")
_ORGANISED = re.compile(r"(?<!\w)(?i:ban)\s+(?:Tổ chức|tổ chức)\s*$")
_ORGANISED_THING = re.compile(r"(?i:hội chợ|hội nghị|hội thảo|hội thi|lễ hội|festival|liên hoan|triển lãm|diễn đàn|đại hội|cuộc thi|giải|thành lập)"
                              r"(?:\s+(?:[a-zà-ỹđ]+|[A-ZĐ][\w-]*)){0,6}?(?=\s*(?:[,;.:)]|$))")
_LOCAL_UNITS = frozenset({"xã", "phường", "huyện", "quận"})  # a bare local unit after a title, closing its clause


def continues(c: Context, k: int, lower_ok: bool) -> bool:
    """After `,`, `-` or `và` inside an organisation: a capitalised word that is no person, title or
    honorific (`Sở Văn hóa, Thể thao và Du lịch`), or (if `lower_ok`) a word of organisation names."""
    if k >= c.n or c.units[k].punct or k in c.role_starts:
        return False
    if c.match(c.pats.honorific, k):
        return False
    if c.units[k].text.lower() in ("nguyên", "cựu") and k + 1 in c.role_starts:
        return False  # `Sở Nội vụ tỉnh Vĩnh Long, | Nguyên Phó Giám đốc Sở ...`: a former post next (s58, set P148)
    if not c.units[k].cap:
        return lower_ok and c.match(c.pats.org_word, k) is not None
    if c.is_name_start(k) or titled_next(c, k):
        return False
    return True


def _lower_to_country(c: Context, j: int, k: int) -> int | None:
    """In a ministry's name from unit j, one to three lower-case words from unit k then a foreign country: the last part of
    a ministry abroad, whose country ends it (`Bộ Doanh nghiệp vừa và nhỏ và | mạo hiểm Hàn Quốc`, s58 set P142); the
    country's unit, else None."""
    if not (re.search(r"(?<!\w)(?i:bộ trưởng|thứ trưởng)\s*$", c.before(j)) or re.match(r"Bộ\s", c.grid.text(j, k))):
        return None
    m = re.match(r"(?:[a-zà-ỹđ]+\s+){1,3}", c.rest(k))
    country = c.pats.country.match(c.rest(k)[m.end():]) if m else None
    if m is None or country is None or country.group().startswith("Việt Nam"):
        return None
    return c.grid.index_at(c.units[k].start + m.end())


def _portfolio_to_country(c: Context, j: int, k: int) -> bool:
    """After a comma in a ministry's name from unit j, one to five words from unit k (no title of office, no verb of saying)
    that end in a foreign country: the rest of a ministry abroad that holds several portfolios, whose country ends it
    (`Bộ trưởng Bộ Ngoại giao, Thương mại New Zealand`, `Bộ trưởng Nông nghiệp, chăn nuôi và cung ứng Brazil`; s63 set P178)."""
    if not (re.search(r"(?<!\w)(?i:bộ trưởng|thứ trưởng)\s*$", c.before(j)) or re.match(r"Bộ\s", c.grid.text(j, k))):
        return False
    rest = c.rest(k)
    for n in range(1, 6):  # the fewest words that reach a country
        m = re.match(rf"(?:[^\W\d][\w-]*\s+){{{n}}}", rest)
        if m is None:
            return False
        country = c.pats.country.match(rest, m.end())
        if country is not None:
            end = c.grid.index_at(c.units[k].start + m.end())
            return not country.group().startswith("Việt Nam") and not any(
                u in c.role_starts or c.match(c.pats.honorific, u) for u in range(k, end))
    return False


def _predicate_after(c: Context, k: int) -> bool:
    """Whether the words from unit k reach `là` before any punctuation (`Theo ông X, Chủ tịch HĐQT Công ty A, Nhà máy
    điện B là dự án ...`): the subject of the next clause, not a parent organisation (but `..., Sở Công Thương cũng đã
    hướng dẫn`: the person's own predicate, after the parent)."""
    said = re.match(r"\s*(?i:theo)\s", c.sentence.text) is not None  # `Theo ông X, Vụ trưởng Vụ Y, | Trung tâm Z ... đang lưu trữ`:
    while k < c.n and not c.units[k].punct:  # what a source says opens after its title, so a verb before a comma is its predicate
        if c.units[k].text == "là" or said and k in c.token_starts and c.grid.pos_at(k) == "V" and not c.units[k].cap:
            return True
        k += 1
    return False


def _another_body(c: Context, j: int, k: int) -> bool:
    """Whether the body after the comma at unit k is another attendee, not the parent of the one from unit j: any body
    after one placed in its province (`Bí thư Tỉnh ủy tỉnh Bình Phước, | Tổng lãnh sự quán Hàn Quốc tại TP HCM`: a
    province's body has no parent named after it; but `Trưởng Phòng Kinh tế, | Đại sứ quán Cộng hòa Séc`)."""
    return re.search(rf"(?:{c.pats.province.pattern})\s*$", c.grid.text(j, k)) is not None


def _enumeration(c: Context, k: int) -> bool:
    """After a comma inside an organisation: the words from unit k go on an enumeration of its parts,
    ending in `và` (`Sở Văn hóa, Thể thao và Du lịch`), rather than start another clause."""
    first = k
    while k < c.n and not c.units[k].punct:
        if c.units[k].text == "và":
            return True
        if k > first and not c.units[k].cap and k in c.token_starts and c.match(c.pats.org_head, k):
            return False  # a body of its own (`Lãnh đạo phòng Kinh tế`): the next item of a list
        inside_name = k not in c.token_starts and c.units[k - 1].cap  # `mại` of `Thương mại`, whatever its tag
        if not c.units[k].cap and not inside_name and not c.match(c.pats.org_word, k) \
                and c.grid.pos_at(k) not in ORG_POS:
            return False  # a verb: another clause (`nguyên Chủ tịch BSC, VKS đề nghị ...`)
        k += 1
    return k < c.n and c.units[k].text in (",", "-", "–", "&", ")")


def _line_before_and(c: Context, k: int) -> int | None:
    """Where `và` follows the one lower-case word from unit k and a capitalised noun that is no post follows it (`phốt phát |
    và Hóa chất Lâm Thao`): the unit of that `và`, from which the body goes on; else None."""
    starts = c.token_starts
    end = next((m for m in range(k + 1, min(c.n, k + 4)) if m in starts or c.units[m].punct), c.n)
    if end + 1 >= c.n or c.units[end].text.lower() != "và" or not c.units[end + 1].cap or end + 1 in c.role_starts \
            or c.grid.pos_at(end + 1) not in ("N", "Np"):
        return None
    return end


def _stop(c: Context, k: int) -> bool:
    """A word that ends an organisation starts at unit k, as a whole word (`dự` ends one, `dự án` not)."""
    end = c.match(c.pats.stop, k)
    return end is not None and (end >= c.n or end in c.token_starts or c.units[end].punct)


_HEAD_FIELDS = frozenset({"thông tin"})  # stop words that are a body's field right after its head (`Trung tâm thông tin`, `Viện thông tin`)


def _field_of_head(c: Context, k: int) -> bool:
    """A stop word that is the field of the body head right before it, the body's name going on in capitals after it
    (`Giám đốc Trung tâm | thông tin | Khoa học Công nghệ`, `Viện trưởng Viện | thông tin | Khoa học xã hội`; s60, set P158)."""
    end = c.match(c.pats.stop, k)
    if end is None or end >= c.n or c.grid.text(k, end).lower() not in _HEAD_FIELDS or not c.units[end].cap or end in c.role_starts:
        return False
    return any(c.match(c.pats.org_head, m) == k for m in range(max(0, k - 3), k))


def _glued_verb(c: Context, k: int) -> bool:
    """A verb of two syllables or more from lower-case unit k, inside a word the tagger glued to the end of
    the organisation (`Trung tâm Khuyến công trình bày báo cáo`: `Khuyến công trình bày` one word), that
    reaches the word's end: the predicate starts there."""
    if c.units[k].cap or c.units[k - 1].cap and c.units[k - 1].text.isupper():
        return False
    s = k
    while s > 0 and s not in c.token_starts:
        s -= 1
    if not c.units[s].cap:
        return False  # a lower-case word of the name that ends in a verb (`Cục công nghệ thông tin`)
    end = c.match(c.pats.stop, k)
    return end is not None and end - k >= 2 and (end >= c.n or end in c.token_starts or c.units[end].punct)


@lru_cache(maxsize=1)
def _occasion() -> re.Pattern[str]:
    """An occasion named after `tại` (`tại Hội nghị ...`, `tại buổi làm việc`): where someone spoke, no body."""
    return re.compile(rf"(?i:{alternation(list(entries('title_occasions.txt')))})(?!\w)")


@lru_cache(maxsize=1)
def _remit_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation(list(entries('title_remits.txt')))})(?!\w)")


def remit_title(c: Context, j: int) -> bool:
    """The title ending at unit j ends with a word its remit follows (`Phó Giám đốc phụ trách`)."""
    return any(c.match(_remit_pattern(), m) == j for m in range(max(0, j - 2), j))


def _capitalised_word(c: Context, k: int) -> bool:
    """Unit k is inside a word that begins with a capital (`lộ` of `Quốc lộ`)."""
    while k > 0 and k not in c.token_starts:
        k -= 1
    return c.units[k].cap


def _business_lines(c: Context, k: int) -> bool:
    """The comma at unit k stands between two lines of business in a company's name, each a word of organisation
    names (`Chế biến, Xuất khẩu`, `Sản xuất, Thương mại`), the second capitalised as a name's part is."""
    nxt = k + 1
    if nxt >= c.n or not c.units[nxt].cap or nxt in c.role_starts or not c.match(c.pats.org_word, nxt):
        return False
    return any(c.match(c.pats.org_word, m) == k for m in range(max(0, k - 3), k))


def _lower_parent(c: Context, k: int, first_head: str) -> bool:
    """After a comma inside an organisation: a parent body written with a lower-case head at unit k, a whole
    word, and a capitalised name right after it (`, sở Công Thương tỉnh Kon Tum`, `, bộ Xây dựng`, `, trường
    Đại học Thương mại`), not the same kind of body as the first (`Sở A, sở B`) nor a lower-case clause."""
    if k >= c.n or c.units[k].cap or k not in c.token_starts or k in c.role_starts:
        return False
    end = c.match(c.pats.org_head, k)
    if not end or end >= c.n or not c.units[end].cap or not c.units[end].alpha or end in c.role_starts:
        return False
    if c.match(c.pats.honorific, end) or c.is_name_start(end):
        return False
    return fold(c.grid.text(k, end)) != fold(first_head)


def _closes_before_parent(c: Context, k: int, first_head: str) -> bool:
    """Unit k begins one lower-case word (of no verb of speech) within two words of a capitalised word of the name,
    and a comma and another body's capitalised head follow it (`Vụ Dạy nghề chính quy, Tổng cục Giáo dục nghề nghiệp`)."""
    near = range(max(0, k - 2), k)
    if k not in c.token_starts or c.units[k].cap or _stop(c, k) or any(c.units[m].punct for m in near) \
            or not any(_capitalised_word(c, m) for m in near):
        return False
    end = next((m for m in range(k + 1, c.n) if m in c.token_starts or c.units[m].punct), c.n)
    if end + 1 >= c.n or c.units[end].text != "," or not c.units[end + 1].cap:
        return False
    head = c.match(c.pats.org_head, end + 1)
    return head is not None and fold(c.grid.text(end + 1, head)) != fold(first_head) and not _predicate_after(c, end + 1)


def _last_part_named(c: Context, k: int) -> bool:
    """Lower-case nouns from unit k (one to five words) run to the name of the person who holds the post (`Cục trưởng
    Cục Quản lý nhà và | thị trường bất động sản | Nguyễn Trọng Ninh`, a name already in lower case before `và`), or (three
    at most) to a comma before a parent body: the last part of the body's name."""
    words = 0
    for m in range(k, min(c.n, k + 8)):
        u = c.units[m]
        if u.cap:
            return 0 < words and c.is_name_start(m)
        if u.text == "," and 0 < words <= 3 and m + 1 < c.n and c.units[m + 1].cap and c.match(c.pats.org_head, m + 1):
            return True  # `Trung tâm Thông tin và | cảnh báo, Cục Phòng vệ thương mại`: the part before its parent body
        if m in c.token_starts and c.grid.pos_at(m) in ("V", "A") and not _stop(c, m):
            e = next((x for x in range(m + 1, c.n) if x in c.token_starts or c.units[x].punct), c.n)
            if e < c.n and c.units[e].text == "," and 0 < words + 1 <= 3 and e + 1 < c.n and c.units[e + 1].cap \
                    and c.match(c.pats.org_head, e + 1):
                return True  # (a last word the tagger takes for a verb, right before the comma: `cảnh báo`)
        if u.punct or m in c.role_starts or _stop(c, m) or (m in c.token_starts and c.grid.pos_at(m) not in ORG_POS):
            return False
        words += m in c.token_starts
    return False


def _closing_dash(c: Context, k: int) -> bool:
    """The dash before unit k closes an appositive the sentence opened with a dash before a title (`Ông X - phó vụ
    trưởng Vụ Y, Tổng cục Z - tư vấn ...`): what follows is the predicate (not `Sở tài nguyên - môi trường)`)."""
    end = c.match(c.pats.org_word, k) or k
    opened = any(c.units[m].text in DASHES and (m + 1 in c.role_starts or c.match(c.pats.role_qualifier, m + 1))
                 for m in range(max(0, k - 40), k - 1))  # (a dash right before the title: `Ông X - phó vụ trưởng ...`)
    return opened and end < c.n and not c.units[end].punct


def _acronym(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


# pairs of words a comma joins inside one body's name (`|` stands for the comma)
_COUNCIL_WORDS = {"đánh giá", "phân hạng", "bình chọn"}  # org words of a council's name only
_CONTINENT_END = re.compile(r"(?<!\w)(?i:châu)\s+[^\W\d_]+$")  # a market's continent ends a department's name, no foreign body
_COMMA_PAIR = re.compile(r"(?<!\w)(?i:phòng\|chống|thi đua\|khen thưởng|đại học\|cao đẳng|tìm kiếm\|cứu (?:nạn|hộ)|"
                         r"xuất khẩu\|nhập khẩu|xuất\|nhập khẩu|sản xuất\|kinh doanh|đánh giá\|phân hạng|bình chọn\|đánh giá|thẩm định\|đánh giá|châu\s+[^\W\d_]+\|châu|"
                         r"(?:khu công nghiệp|KCN|khu chế xuất|KCX)\|(?:khu kinh tế|KKT|khu công nghệ cao|khu chế xuất|KCX|khu công nghiệp))(?!\w)")
# (`Vụ Thị trường châu Á, | châu Phi`: continents; `Ban Quản lý các KCN, | Khu kinh tế tỉnh Đồng Nai`: one board of both kinds of zone)


def _lower_enumeration(c: Context, k: int) -> bool:
    """After a comma inside an organisation: lower-case parts listed up to a closing `và` part
    (`Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng của Quốc hội`), each part one to
    three words of no verb of speech, honorific or title; anything else is another clause."""
    words = 0
    while k < c.n:
        u = c.units[k]
        if u.text == ",":
            if not words:
                return False
            words = 0
        elif u.text == "và":
            return 0 < words and k + 1 < c.n and not c.units[k + 1].punct
        elif u.punct or u.cap or k in c.role_starts or _stop(c, k) or c.match(c.pats.honorific, k):
            return False
        else:
            words += 1
            if words > 3:
                return False
        k += 1
    return False


def _reaches_proper_part(c: Context, k: int, verbs: bool, head_ok: bool = False, plain_only: bool = False) -> bool:
    """Lower-case words from unit k lead, within a few words, to a capitalised part of the same
    organisation's name (`Trung tâm chẩn đoán và phát triển tinh thần Khơi Nguồn`, `khối bán hàng và
    kênh phân phối Techcombank`, `dòng sản phẩm 5G của Huawei`) or to a place (`các khu công nghiệp
    tỉnh Bắc Ninh`): no verb of speech, honorific or title between, and (unless `verbs`) only nouns
    and connectors, so a predicate (`... yêu cầu Bộ Tài chính`) is not taken in. With `verbs`, a new
    organisation's head ends the look only after one word of the unit's function (`Phòng tham mưu Công
    an TP`, if `head_ok`); with `plain_only`, only a capitalised name that is no organisation, place or
    country counts (`Giám đốc sáng tạo Truyền hình FPT`, not `Thủ tướng thăm Nhật Bản`)."""
    tokens = 0
    for m in range(k, min(c.n, k + 12)):
        u = c.units[m]
        if u.text in DASHES and m > k and m + 1 < c.n and c.units[m + 1].cap:
            continue  # `Bộ thông tin - Truyền thông`
        if u.text == ")" and m > k + 1 and c.units[m - 2].text == "(":
            continue  # an abbreviation in parentheses: `đường sắt (PC67) Công an TP.HCM`
        if u.text == "(" and m > k and m + 2 < c.n and c.units[m + 2].text == ")":
            continue
        if u.punct or m in c.role_starts:
            return False
        if u.cap:
            # A new organisation is reached only by nouns (`Phó Chủ tịch chuyên trách Ủy ban ATGT`),
            # not by a verb, which would make it the object of a predicate.
            if m == k:
                return False
            if c.match(c.pats.org_head, m):
                return not plain_only and (not verbs or (head_ok and tokens <= 1)) and continues(c, m, lower_ok=False)
            if plain_only and (c.match(c.pats.province, m) or c.match(c.pats.country, m)):
                return False
            return continues(c, m, lower_ok=False)
        if PLACE_NAME.match(c.rest(m)) and m > k:
            return not plain_only
        if u.text.lower() in CONNECTORS:
            continue
        if m in c.token_starts:
            tokens += 1
        if _stop(c, m) or c.match(c.pats.honorific, m):
            return False
        pos = c.grid.pos_at(m)
        if not verbs and m in c.token_starts and pos not in ORG_POS + ("A",) \
                and not c.match(c.pats.org_word, m) and not any(ch.isdigit() for ch in u.text):
            return False
    return False


def _brand_within(c: Context, k: int) -> bool:
    """Whether lower-case words from unit k, three at most, reach a capitalised name that is no organisation, place,
    country or event, closing its clause (`đan xuất khẩu | Hiền Lương (xã ...)`, `... Minh Long cho biết`): a brand."""
    m = next((m for m in range(k, min(c.n, k + 4)) if c.units[m].cap or c.units[m].punct), None)
    if m is None or c.units[m].punct or m in c.role_starts or event_keywords()[0].match(c.rest(m)):
        return False
    if any(c.grid.pos_at(x) not in ORG_POS + ("A", "V") or _stop(c, x) for x in range(k, m) if x in c.token_starts):
        return False
    return _reaches_proper_part(c, k, verbs=True, plain_only=True)


def _runs_to_parent(c: Context, k: int) -> bool:
    """Whether lower-case words from unit k, twelve at most, no verb of speech or stop among them, run to `thuộc` and the
    capitalised head of the parent body (`hỗ trợ chuyển dịch cơ cấu kinh tế nông nghiệp | thuộc Sở Nông nghiệp ...`)."""
    for m in range(k, min(c.n, k + 13)):
        u = c.units[m]
        if u.text == "thuộc" and m > k:
            return m + 1 < c.n and c.units[m + 1].cap and c.match(c.pats.org_head, m + 1) is not None
        if u.punct or u.cap or m in c.role_starts or _stop(c, m) or c.match(c.pats.honorific, m):
            return False
    return False


def _nominal_to_clause_end(c: Context, k: int) -> bool:
    """A bare head's lower-case complement that runs to the end of the clause (`Ủy ban an toàn giao
    thông quốc gia -`): nouns, adjectives, words of organisation names and connectors only, at most
    eight words, no verb of speech, honorific or title, ending at punctuation; not adjectives alone before a colon (`Phó giám đốc Chi
    nhánh | hồ hởi:`, the manner of speaking: s64, set P184)."""
    words, nouns = 0, 0
    while k < c.n:
        u = c.units[k]
        if u.punct:
            return nouns > 0 or words > 0 and u.text != ":"
        if u.cap or k in c.role_starts or words >= 8:
            return False
        end = c.match(c.pats.org_word, k)
        if end:
            k, words, nouns = end, words + 1, nouns + 1
            continue
        if _stop(c, k) and u.text.lower() not in CONNECTORS or c.match(c.pats.honorific, k):
            return False
        if k in c.token_starts:
            if c.grid.pos_at(k) not in ORG_POS + ("A",) and u.text.lower() not in CONNECTORS:
                return False
            words += 1
            nouns += c.grid.pos_at(k) in ORG_POS
        k += 1
    return nouns > 0 or words > 0


def _names_organisation(c: Context, k: int) -> bool:
    """A personal name at unit k names the organisation whose head comes right before it, with only
    words of its kind between (`Trường THPT Đinh Tiên Hoàng`, `Bảo tàng Hồ Chí Minh`), so it is not
    the person holding the post."""
    i = k
    kinds = entries("org_kind_words.txt")
    heads = {h.lower() for h in entries("org_person_named_heads.txt")}
    while i > 0:
        last = [" ".join(c.grid.text(i - n, i).split()).lower() for n in (1, 2) if i - n >= 0]
        # The head a word of its own (`trường` of `Môi trường` is none).
        if any(w in heads and i - n in c.token_starts for n, w in enumerate(last, 1)):
            return True
        if len(last) > 1 and last[1] in kinds:
            i -= 2
        elif last[0] in kinds or _acronym(c.units[i - 1].text):
            i -= 1  # `THPT`, `dân lập`
        else:
            return False
    return False


def _leader_role(c: Context, j: int) -> bool:
    """The title ending at unit j is a foreign leader's post (`Tổng thống`, `Thủ tướng`)."""
    leaders = {fold(r) for r in entries("leader_roles.txt")}
    return any(e == j and fold(c.grid.text(i, e)) in leaders for i, e in c.role_spans)


def _leader_surname(c: Context, k: int) -> tuple[int, int] | None:
    """A foreign leader named after the post by Latin-script words alone (`Tổng thống Trump`,
    `Tổng thống Donald Trump`): not Vietnamese letters, no acronym, no organisation or country."""
    if any(c.match(p, k) for p in (c.pats.org_head, c.pats.country, c.pats.province, c.pats.honorific)):
        return None
    end = names.run_end(c.grid, k, c.barriers, joined=True)
    words = [c.units[m].text for m in range(k, end) if c.units[m].alpha]
    if not words or any(names.vietnamese_looking(w) for w in words) or not names.loose(c.grid, k, end):
        return None
    if end < c.n and not c.units[end].punct and c.units[end].cap:
        return None
    return k, end


def _parent_in_parentheses(c: Context, k: int) -> int:
    """After `(` at unit k-1: a parent organisation in parentheses, a capitalised head and its name with no
    title or person in it (`(Sở Công Thương)`, `(Bộ Công Thương)`), followed by a capitalised word; the unit
    after `)`, or 0."""
    if k >= c.n or not c.units[k].cap or not c.match(c.pats.org_head, k):
        return 0
    for m in range(k + 1, min(c.n, k + 10)):
        u = c.units[m]
        if u.text == ")":
            return m + 1 if m + 1 < c.n and c.units[m + 1].cap and c.units[m + 1].alpha else 0
        if m in c.role_starts or (u.punct and u.text not in ("-", "&")) or any(ch.isdigit() for ch in u.text):
            return 0
    return 0


def _country_in_run(c: Context, k: int, end: int) -> int:
    """The end of a capitalised run from unit k, cut before a country that a foreign name follows
    (`Bộ Công Thương | Lào | Malaithong Kommasith`), so the country is read as such."""
    for m in range(k + 1, end):
        after = c.match(c.pats.country, m)
        if not after or PLACE_WORD_END.search(c.before(m)) or not _name_after_country(c, after):
            continue
        if any(names.vietnamese(c.grid, s, e, ()) for s in range(max(k, m - 3), m) for e in range(m + 1, min(end, s + 4) + 1)):
            continue  # `Hồ Đức Minh`: a Vietnamese name, not Germany
        return m
    return end


def _place_follows(c: Context, e: int) -> bool:
    """Whether a province's name follows unit e with nothing between: the name before it is a company's (`tập đoàn Hoàng
    Anh Gia Lai`, `Quốc Cường Gia Lai`), since no person is written with a province glued to their name."""
    return e < c.n and c.units[e].cap and not c.units[e].punct and c.match(c.pats.place, e) is not None


def _holder_follows(c: Context, name: tuple[int, int]) -> bool:
    """Whether the post's holder is introduced right after a name-shaped end of its body, with an honorific after a dash
    (`Giám đốc Công ty CP Cơ khí Hà Bắc - bà Lê Thị Hoa`), or after a comma when that end has two syllables (`..., ông
    X`): the end is the body's (a place, a founder), not a person."""
    e = name[1]
    if e + 2 >= c.n or c.units[e].text not in (*DASHES, ",") or (c.units[e].text == "," and name[1] - name[0] > 2):
        return False
    after = c.match(c.pats.honorific, e + 1)
    return after is not None and after < c.n and c.units[after].cap and c.units[after].alpha


def _place_in_run(c: Context, k: int, end: int) -> int:
    """The end of a capitalised run from unit k, cut before a province written with its city prefix
    (`Sở Công Thương | TP. Hải Phòng`), so the place is read as such and a name after it is found."""
    for m in range(k + 1, end):
        place = c.match(c.pats.place, m) if c.units[m].text in ("TP", "Tp") else None
        if place and place > end and place < c.n and c.is_name_start(place):
            return m  # the run broke inside the place (at `TP.`) and a person follows it; not `Nông Lâm TP HCM`
    return end


_LAST_PART_BRACKETED = re.compile(r"(?!(?:các|những|một|nhiều|cả)\s)[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3}\s*\(")
_INSPECTION = re.compile(r"(?i:kiểm\s+tra)(?:\s+(?i:thành|tỉnh|huyện|quận|đảng)\s+(?i:ủy|uỷ)|\s+(?i:trung\s+ương))?(?!\w)")
_OCEAN = re.compile(r"Thái Bình Dương(?!\w)")  # a region's name (`khu vực châu Á-Thái Bình Dương của Facebook`)
# the region abroad an envoy is posted to, in lower case before its name (`tại | bang | Gujarat`, `tại | tỉnh | Quảng Tây`)
_ENVOY_REGION = re.compile(r"(?i:tiểu bang|bang|thành phố|tỉnh|vùng|khu tự trị)\s+(?=[A-ZĐ])")
_REGION_AT = re.compile(r"(?i:khu vực\s+)?(?i:miền\s+)?(?:Bắc|Trung|Nam|Tây Nguyên|Đông Nam Bộ|Tây Nam Bộ|Tây Bắc|Đông Bắc|đồng bằng)")
_OFFICE = re.compile(r"(?i:văn phòng|chi nhánh|đại diện)(?!\w)")
_BRANCH_AT = re.compile(r"(?i:chi nhánh|văn phòng đại diện)\s+[^,;()]{1,30}$")  # a branch named by its place
_AIDES = re.compile(r"(?<!\w)(?i:người phát ngôn|phát ngôn viên|cố vấn|trợ lý|thư ký|đặc phái viên|đặc sứ)\s+$")


def org_scan(c: Context, j: int) -> tuple[int, tuple[int, int] | None]:
    """End of the organisation after a title ending at unit j, and the name that ends it, if any
    (`Chủ tịch UBND tỉnh Hà Tĩnh Dương Tất Thắng`)."""
    units = c.units
    if j + 1 < c.n and units[j].text.lower() == "của" and _AIDES.search(c.before(j)) and units[j + 1].cap:
        end, name = _org_scan(c, j + 1)  # `người phát ngôn của Tổng thống Philippines`: an aide's post is of whom
        if name is None and not c.is_name_start(end):  # they serve; not when that one is named after it (`cố vấn của
            return end, None  # Tổng thống Donald Trump`: the name is the president's)
    return _org_scan(c, j)


# a verb of speech or showing after a country ends the post (not `Pháp | chế`, `Mỹ | thuật`: a compound's first half)
_ACTS = r"(?:giới thiệu|cho biết|phát biểu|nhấn mạnh|chia sẻ|khẳng định|trao đổi|tham quan|thăm|tặng|trao|kiểm tra|chúc mừng|động viên)"
_COUNTRY_CLOSES = re.compile(rf"{_ACTS}(?!\w)")
_COOPERATIVE_END = re.compile(r"(?i:hợp\s+tác)\s+xã\s+$")  # `Hợp tác xã Nông nghiệp X`: no commune
_ELECTED = re.compile(rf"{ELECTED}\s+(?=[A-ZĐ])")
_COUNTERPART = re.compile(r"(?i:người đồng cấp)\s*$")  # a counterpart is no post of the name after it
_FIELDS = r"(?:Đầu tư|Thương mại|Du lịch|Dịch vụ|Công nghiệp|Nông nghiệp|Xây dựng|Văn hóa|Văn hoá|Thể thao|Khoa học|Công nghệ|Môi trường)"
_FIELD = re.compile(rf"{_FIELDS}(?!\w)")  # a field a body's name lists in capitals, and one ending the name so far
_FIELD_END = re.compile(rf"(?<!\w){_FIELDS},?\s*$")
_GLOSSED_TAIL = re.compile(r"(?:[a-zà-ỹđ]+\s+){1,5}\(\s*[A-Z]{2,8}\s*\)")  # lower-case words, then an acronym in brackets
# the same acts after a bare title or a named company: a caption's (not `Trung tâm Giới thiệu sản phẩm X`, a name)
_ACT_AFTER_TITLE = re.compile(rf"{_ACTS}\s+(?!(?i:sản phẩm|việc làm|doanh nghiệp)\s+[A-ZĐ])")


@lru_cache(maxsize=1)
def _address_form() -> re.Pattern[str]:
    """A form of address written between a foreign leader's post and name (`lexicons/address_forms.txt`; `Ngài`)."""
    return re.compile(rf"(?:{alternation(['Ngài', *entries('address_forms.txt')])})(?!\w)")


_CAMPAIGN_END = re.compile(r"(?<!\w)(?i:cuộc vận động|phong trào|chương trình)\s*$")


def _org_scan(c: Context, j: int) -> tuple[int, tuple[int, int] | None]:
    pats, units = c.pats, c.units
    k = title_end = j
    foreign = False  # the post is abroad (a country other than Viet Nam named in it)
    first_head = ""  # the head of the organisation (`Sở`), if it is not in the title (`Trưởng phòng`)
    last_place = -1  # the last unit of the last province passed
    listing = False  # inside a lower-case enumeration of the organisation's parts
    after_country = -1  # the unit right after the last country passed
    # The last head passed, for a unit inside a larger body (`Phòng`), also when the title ends with it
    # (`Trưởng phòng`, `trưởng Ban`).
    role_head = j > 0 and c.match(pats.org_head, j - 1) == j
    last_head = units[j - 1].text if role_head else ""
    named = False  # a capitalised part of the organisation's name has been passed
    legal = False  # a company's legal form has been passed (`Công ty TNHH`): its business lines may follow
    # The title ends with the head of its body (`Chủ nhiệm Ủy ban`): `các` may go on to its complement.
    title_head = any(c.match(pats.org_head, m) == j for m in range(max(0, j - 3), j))
    while k < c.n and k - j < 30:
        u = units[k]
        if k > j and k in c.role_starts:
            break
        if k > j and u.text.lower() == "học" and units[k - 1].alpha and units[max((x for x in c.token_starts if x < k), default=k - 1)].cap \
                and (k + 1 >= c.n or k + 1 in c.token_starts or units[k + 1].punct):
            k += 1  # a discipline closing a capitalised field: `Viện Lãnh đạo học`, `Viện Ngôn ngữ học`
            continue
        if k == j and not role_head and (portfolio := name_after_field(c, j)):
            return portfolio  # `bộ trưởng quốc phòng | Gavin Williamson`: a minister's portfolio, then a foreign name
        if k == j and u.text in DASHES and not role_head and not title_head and k + 2 < c.n and c.match(pats.org_head, k + 1) \
                and c.units[k - 1].text not in DASHES and k + 1 not in c.role_starts:
            k += 1  # `Bà X - Phó Cục trưởng - Cục Công Thương địa phương`: a bare title, its body after a dash
            continue
        if k > j and units[k - 1].text.lower() in ("khóa", "khoá") and u.text.lower() in ("cũ", "mới", "trước", "này", "tới"):
            k += 1  # `Tổng Thư ký Hiệp hội X khóa cũ`: which term, part of the post
            continue
        if u.alpha and not u.cap and _ORGANISED.search(c.before(k)) and (thing := _ORGANISED_THING.match(c.rest(k))):
            k += len(thing.group().split())  # `Trưởng Ban Tổ chức hội chợ`, `Phó trưởng ban Tổ chức
            break  # thành lập Hiệp hội`: an organising board is named by what it organises
        if not u.punct:
            end = c.match(pats.place, k)
            if end:
                k, last_place, named = end, end - 1, True
                continue
            end = c.match(_OCEAN, k)
            if end:
                k, named = end, True
                continue
            end = c.match(pats.country, k)
            if end and PLACE_WORD_END.search(c.before(k)):
                end = None  # `huyện Đức Thọ` is a district, not Germany
            if end:
                foreign = foreign or c.grid.text(k, end) != "Việt Nam"
                k, named, after_country = end, True, end
                name = _name_after_country(c, k)
                if name:
                    return k, name
                continue
            end = c.match(pats.org_head, k)
            if end and not u.cap and _stop(c, k) and (c.match(pats.stop, k) or 0) > end:
                end = None  # `báo` of the verb `báo cáo`, no newspaper
            if end and not first_head:
                first_head = c.grid.text(k, end)
            if end:
                last_head = c.grid.text(k, end)
            if end and (u.cap or k == j or units[k - 1].text.lower() in CONNECTORS or units[k - 1].text in DASHES
                        or units[k - 1].text == ")"):
                if c.pats.country_end.search(c.grid.text(k, end)):
                    # A head naming a foreign body (`Ủy ban châu Âu`): its official's name may follow.
                    foreign, named, after_country = True, True, end
                    name = _name_after_country(c, end)
                    if name:
                        return end, name
                k = end
                continue
        if u.punct:
            nxt = k + 1
            if u.text == ",":
                if k > j and nxt < c.n and re.match(r"[A-ZĐ0-9][\w-]*(?:\s+[A-ZĐ0-9][\w-]*){0,3}\s+là\s", c.rest(nxt)):
                    break  # `Phó tổng giám đốc EVN, | TB01-TAMR là gói thầu ...`: the subject of the next clause
                if k > j and nxt < c.n and latin_after(c, nxt):
                    break  # `Giám đốc tiếp thị của Kodak Alaris, | Rob Smith, cho rằng`: the holder's name, not the body's
                if nxt < c.n and event_keywords()[0].match(c.rest(nxt)):
                    break  # `Phó Chủ tịch UBND tỉnh X, | Tuần lễ văn hóa ... tập trung`: an event opens the clause
                if k > j and nxt < c.n and units[k - 1].end == u.start and u.end == units[nxt].start \
                        and units[k - 1].text.isupper() and units[nxt].text.isupper():
                    k += 1  # `Sở VH,TT&DL`: one body's acronyms, a comma and no space
                    continue
                if k > j and continues(c, nxt, lower_ok=True) and _enumeration(c, nxt) \
                        and not (units[nxt].text in entries("org_list_heads.txt") and c.match(pats.org_head, nxt)):
                    k += 1
                    continue
                paired = c.match(pats.org_word, nxt) if k > j and nxt < c.n else None
                if paired and "," in c.grid.text(nxt, paired):
                    k += 1  # `Cảnh sát phòng cháy chữa cháy, | cứu hộ, cứu nạn Thanh Hoá`: a name's paired words of its own
                    continue
                across = c.match(pats.org_word, k - 1) if k > j else None
                if across and across > nxt:
                    k = across  # `Cục Quản lý Khám, chữa bệnh`: one pair of words across the comma
                    continue
                if k > j and nxt < c.n and _COMMA_PAIR.search(c.grid.text(j, k)[-20:] + "|" + c.rest(nxt)[:20]):  # (a comma may end the sentence)
                    k += 1  # `Tổng cục Phòng, chống thiên tai`, `Hội đồng thi đua, khen thưởng`: one name's pair of words
                    continue
                if k > j and nxt < c.n and units[nxt].cap and _FIELD.match(c.rest(nxt)) and _FIELD_END.search(c.grid.text(j, k)):
                    k += 1  # `Trung tâm Xúc tiến Đầu tư, Thương mại, | Du lịch thành phố Hà Nội`: the fields a body's name lists
                    continue
                if k > j and nxt < c.n and not units[nxt].cap and _lower_enumeration(c, nxt):
                    k, listing = k + 1, True
                    continue
                if k > j and nxt < c.n and _portfolio_to_country(c, j, nxt):
                    k += 1  # `Bộ Ngoại giao, | Thương mại New Zealand`, `Bộ trưởng Nông nghiệp, | chăn nuôi và cung ứng Brazil`
                    continue
                # (Not after a country: `Đảng Cộng sản Việt Nam, Công an TP. Hà Nội` starts a clause.)
                head = c.match(pats.org_head, nxt) if k > j and nxt < c.n and units[nxt].cap \
                    and (not c.pats.country_end.search(c.grid.text(j, k)) or _CONTINENT_END.search(c.grid.text(j, k))) else None
                if head and c.grid.text(nxt, head) != first_head and not _predicate_after(c, nxt) and not _another_body(c, j, k):
                    k += 1  # the parent organisation: `Phòng ..., Sở GD&ĐT Nghệ An`; not `Sở A, Sở B`
                    continue
                if legal and k > j and _business_lines(c, k):
                    k += 1  # `Công ty TNHH Chế biến, Xuất khẩu nông sản Tây Bắc`: the company's lines of business
                    continue
                if k > j and _lower_parent(c, nxt, first_head):
                    k += 1  # written in lower case: `Trưởng phòng ..., sở Công Thương tỉnh Kon Tum`
                    continue
                if k == j and c.match(pats.org_head, nxt) and nxt < c.n and units[nxt].cap:
                    k += 1  # `Tham tán, Bộ Ngoại giao ...`
                    continue
                place = PLACE_NAME.match(c.rest(nxt)) if nxt < c.n and k > j else None
                if place and place.group(1)[0].isupper():
                    k += 1  # `UBND xã Mường Lống, huyện Kỳ Sơn, tỉnh Nghệ An`
                    continue
            elif u.text in DASHES and k > j and nxt < c.n:
                if re.match(r"(?:doanh nghiệp|đơn vị|nơi|một)\s+[a-zà-ỹđ]", c.rest(nxt)):
                    break  # `Công ty TNHH X - doanh nghiệp gắn bó ...`: what the body is, said after a dash, no part of its name
                    # (also glued: `Công ty TNHH Toàn Châu-đơn vị tham gia ...`, s56)
                if named and units[k - 1].cap and units[k - 1].end == u.start and u.end == units[nxt].start and units[nxt].alpha \
                        and not units[nxt].cap and (nxt + 1 >= c.n or units[nxt + 1].punct or nxt + 1 not in c.token_starts or _stop(c, nxt + 1)):
                    k += 2  # a hyphen inside a brand's word: `Tập đoàn Sojitz Pla-net`
                    continue
                if units[nxt].text.lower() in ("nguyên", "cựu") and nxt + 1 in c.role_starts:
                    break  # `Ủy viên BCH TW Đảng - Nguyên Chủ nhiệm Ủy ban ...`: the next post of the chain
                if c.match(pats.org_head, nxt) or c.match(pats.country, nxt) or c.match(_OCEAN, nxt) or (
                        c.match(pats.org_word, nxt) and (units[nxt].cap or not _closing_dash(c, nxt))):
                    k += 1
                    continue
                if _acronym(units[k - 1].text) and _acronym(units[nxt].text):
                    k += 1  # `Sở GD-ĐT`, `Bộ NN - PTNT`
                    continue
                if units[nxt].cap and units[nxt].text not in entries("org_dash_stops.txt") \
                        and continues(c, nxt, lower_ok=False):
                    k += 1  # `Phòng CSGT Đường bộ - Đường sắt`: a second part, not a person or a credit
                    continue
                if not units[nxt].cap and _reaches_proper_part(c, nxt, verbs=False):
                    k += 1  # `Sở Quy hoạch - kiến trúc TP. HCM`
                    continue
            elif u.text == "." and named and k > j and len(units[k - 1].text) == 1 and units[k - 1].text.isupper() \
                    and nxt < c.n and units[nxt].cap and units[nxt].alpha and k - 1 not in c.role_starts:
                k += 1  # an initial inside a foreign company's name: `Công ty T. Rowe Price`
                continue
            elif u.text == "." and k > j and units[k - 1].text in ("TP", "Tp", "TX", "TT", "Q", "H", "P", "X") and nxt < c.n and (
                    units[nxt].cap and units[nxt].alpha or units[k - 1].text in ("Q", "P") and units[nxt].text.isdigit()):
                k += 1  # `UBND TP. Bảo Lộc`, `UBND TX. Tân Châu`, `UBND Q. 4`: a unit's abbreviation, not the end of the organisation
                continue
            elif u.text in ("“", '"') and k > j and _CAMPAIGN_END.search(c.before(k)):
                close = next((m for m in range(nxt, min(c.n, nxt + 25)) if units[m].text in ("”", '"')), None)
                if close is not None:
                    k = close + 1  # `Trưởng Ban chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh`
                    continue
            elif u.text == "&" and k > j and nxt < c.n and (units[nxt].cap or continues(c, nxt, lower_ok=True)):
                k += 1  # (`Trung tâm Khuyến công & | xúc tiến thương mại`: `&` is `và`, s52)
                continue
            elif u.text == "(" and k > j and (country := c.match(pats.country, k + 1)) and country < c.n and units[country].text == ")":
                k = country + 1  # `Tổng Lãnh sự Việt Nam tại Mumbai (Ấn Độ)`: the country of the city posted to
                continue
            elif u.text == "(" and k == j and (close := next((m for m in range(k + 1, min(c.n, k + 12)) if units[m].text == ")"), None)) \
                    and re.match(r"(?i:phụ trách)\s", c.rest(k + 1)) and close + 1 < c.n and units[close + 1].cap and units[close + 1].alpha:
                k = close + 1  # `Phó tổng giám đốc (phụ trách sản xuất) Đạm Ninh Bình`: the remit in brackets, then the body
                continue
            elif u.text == "(" and k + 2 < c.n and units[k + 2].text == ")" and units[k + 1].cap:
                after_country = k + 3 if after_country == k else after_country
                k += 3  # `(VCCI)`, `(Petrovietnam)`; `Mỹ (FED) Jerome Powell`
                continue
            elif u.text == "(" and k > j and _parent_in_parentheses(c, k + 1):
                k = _parent_in_parentheses(c, k + 1)  # `Trung tâm Khuyến công Bắc Ninh (Sở Công Thương) NAME`
                continue
            break
        if u.cap and len(u.text) > 1 and u.text.isupper() and k > j and k - 1 == last_place:
            break  # an acronym after a place name is the next clause (`huyện Quảng Ninh PV đã ...`)
        if not u.cap and not u.punct and not u.text.isdigit() and k > j and k - 1 == last_place \
                and not ((m := PLACE_NAME.match(c.rest(k))) and m.group(1)[0].isupper()) \
                and not (u.text.lower() == "của" and c.match(pats.org_head, k + 1) and _BRANCH_AT.search(c.before(k))) \
                and not (u.text.lower() == "và" and c.match(REGION, k + 1)):  # (`Trung Bộ, Tây Nguyên | và Nam Bộ`: regions listed)
            break  # a lower-case word after the place that ends it: `HĐND tỉnh Bắc Kạn dự Lễ ...`, `... nhiệm kỳ`
            # (but a branch's company after its place: `Giám đốc chi nhánh TPHCM | của tập đoàn H.I.S`)
        elected = _ELECTED.match(c.rest(k)) if not u.cap and k > j and k == after_country else None
        if elected:
            after = c.grid.index_at(c.units[k].start + elected.end())
            name = _name_after_country(c, after)
            if name:
                return after, name  # `Tổng thống Mỹ đắc cử | Donald Trump`: the post's qualifier after its country
        if not u.cap and not u.punct and k > j and k == after_country and _COUNTRY_CLOSES.match(c.rest(k)) \
                and not c.match(pats.org_head, k) and not c.match(pats.role_qualifier, k) and not PLACE_NAME.match(c.rest(k)):
            break  # a verb after the country that ends a post: `Trưởng Thương vụ Việt Nam tại Hong Kong | giới thiệu`
        place = PLACE_NAME.match(c.rest(k)) if u.cap and len(u.text) == 1 else None
        if place:
            k = c.grid.index_at(c.units[k].start + place.start(1))  # `UBND P. Trung Đô`: the ward's name next
            continue
        if u.cap and k == j and u.text in given_names() and not _COUNTERPART.search(c.before(k)) \
                and (given := latin_after(c, k)):
            return k, given  # `Nghị sĩ | Mark Field`, `Bộ trưởng | Mike Pompeo`: a foreign given name right after the post
        if u.cap and (h := c.match(_address_form(), k)) and (name := _name_after_country(c, h)):
            return k, name  # `Thủ tướng Campuchia | Samdech Techo | Hun Sen`: a form of address between the post and the name
        if u.cap and k == j and _leader_role(c, title_end):
            name = _leader_surname(c, k)
            if name:
                return k, name
        if u.cap:
            end = _place_in_run(c, k, _country_in_run(c, k, names.run_end(c.grid, k, c.barriers)))
            name = names.suffix(c.grid, k, end, c.protected)
            if name and not _names_organisation(c, name[0]) and not _place_follows(c, name[1]) and not _holder_follows(c, name) and not (
                    name[1] < c.n and units[name[1]].text.isdigit() and len(units[name[1]].text) <= 2
                    and (name[1] + 1 >= c.n or units[name[1] + 1].punct)):
                return name[0], name  # (not `Công ty cổ phần chế biến điều Hoàng Sơn 1`: a numbered body, no person)
            name = name_after_acronym(c, k) if k == j else None
            if name:
                return k + 1, name  # `Tổng giám đốc WTO Ngozi Okonjo-Iweala`
            name = name_after_body(c, k, j, named)
            if name:
                return name[0], name  # `Bộ trưởng An ninh Nội địa Kirstjen Nielsen`
            # A legal form (`Công ty TNHH`) names nothing yet: the business line may follow in lower case.
            named = named or not all(units[m].text in entries("org_legal_forms.txt") for m in range(k, max(end, k + 1)))
            legal = legal or any(units[m].text in entries("org_legal_forms.txt") for m in range(k, max(end, k + 1)))
            if foreign and k == after_country and (end >= c.n or units[end].punct or not units[end].cap):
                name = _name_after_country(c, k)
                if name and name[1] == end:
                    return k, name
            if k > j and LOCAL_PLACE_END.search(c.before(k)) and not _COOPERATIVE_END.search(c.before(k)):
                last_place = max(end, k + 1) - 1  # a district's or a commune's name ends the body (`UBND huyện X | tổ chức`)
            k = max(end, k + 1)
            continue
        closes = k + 1 >= c.n or units[k + 1].punct or _stop(c, k + 1)
        if u.text.isdigit() and len(u.text) <= 2 and k > j and not units[k - 1].punct and _capitalised_word(c, k - 1) and k + 2 < c.n \
                and units[k + 1].text in DASHES and units[k + 2].text.isdigit() and len(units[k + 2].text) <= 2 \
                and not (k + 3 < c.n and re.match(r"\s*(?i:tháng|năm|ngày|tuần|tuổi|giờ|phút|người|lần|%)(?!\w)", c.rest(k + 3))):  # (not `BSC 30-36 tháng tù`)
            k += 3  # `HTX Muối 1-5 Ninh Diêm`, `Công ty May 19-5`: two numbers in a name (a day it remembers), not a range
            continue
        if u.text.isdigit() and k > j and (not units[k - 1].punct or k > j + 1 and units[k - 1].text == "." and units[k - 2].text in ("Q", "P")) \
                and (len(u.text) <= 2 or (len(u.text) == 3 and closes and u.text[0] != "0")) \
                and (closes or (units[k + 1].cap and (continues(c, k + 1, lower_ok=False) and _capitalised_word(c, k - 1)
                                                      or c.is_name_start(k + 1)))
                     or len(u.text) <= 2 and _capitalised_word(c, k - 1) and units[k + 1].alpha and not units[k + 1].cap
                     and k + 1 in c.token_starts and c.grid.pos_at(k + 1) == "V") \
                and not (k + 2 < c.n and units[k + 1].text in DASHES and units[k + 2].text[0].isdigit()):
            k += 1  # the number closing a name (`Tổng công ty Phát điện 2`, `UBND quận 1`, `Bệnh viện quân y 105`; before the
            # clause's verb: `Tổng công ty May 10 | đưa ra`, s56)
            continue
        # A lower-case word.
        if k > j and named and units[k - 1].cap and (glossed := _GLOSSED_TAIL.match(c.rest(k))):
            k = c.grid.index_at(c.units[k].start + glossed.end())  # `Trung tâm Thủy sản | có trách nhiệm (TCRS)`: the acronym
            continue  # in brackets stands for the whole name, its lower-case words too
        if k > j and re.match(r"vận\s+động\s*[“\"]", c.rest(k)) and re.search(r"(?i:cuộc)\s*$", c.before(k)):
            k += 2  # `Ban Chỉ đạo Cuộc vận động “...”`: the campaign's title follows
            continue
        if u.alpha and not u.cap and _ACT_AFTER_TITLE.match(c.rest(k)) and (
                k == j and not role_head and not title_head or k > j and named and units[k - 1].cap):
            break  # `Nguyễn Anh Tuấn, Giám đốc điều hành | giới thiệu thành phẩm ...`, `Giám đốc Công ty Cổ phần Ngân Sơn |
            # giới thiệu sản phẩm`: a caption's act, no body of the post nor part of it
        if k == j and remit_title(c, j) and _nominal_to_clause_end(c, k):
            while k < c.n and not units[k].punct:
                k += 1  # `Phó Giám đốc phụ trách công tác khuyến công`: the post's remit
            break
        if (remit := committee_remit(c, k)) is not None:
            k = remit  # `Ban chỉ đạo hoạt động thương mại biên giới`, `Ban tổ chức các hoạt động ...`: what the committee does
            break
        if k == j:
            end = c.match(c.pats.role_qualifier, k)
            if end:
                k = j = end  # `Thống đốc đương nhiệm Lê Minh Hưng`: the post's qualifier, then as after the title
                continue
        word = u.text.lower()
        if word == "các" and k > j and units[k - 1].text.lower() == "nội":
            k += 1  # `Văn phòng nội các Nhật Bản`: the cabinet, one word
            continue
        if word in CONNECTORS and (k > j or word == "của" or (word == "các" and title_head) or (
                word == "tại" and _ENVOY.search(" ".join(x.text for x in units[max(0, k - 4):k])))):  # (`Tham tán thương mại | tại Pháp`)
            nxt = k + 1
            if word == "tại":
                ok = c.match(pats.country, nxt) or c.match(pats.province, nxt) or (
                    nxt < c.n and units[nxt].cap and c.match(pats.org_head, nxt) and not c.match(_occasion(), nxt)) or (
                    nxt < c.n and units[nxt].cap and _ENVOY.search(" ".join(x.text for x in units[max(0, k - 6):k]))) or (
                    re.match(r"(?i:doanh nghiệp)(?!\w)", c.rest(nxt)) and re.search(r"(?i:vốn nhà nước)\s*$", c.before(k))) or (
                    _REGION_AT.match(c.rest(nxt)) and _OFFICE.search(c.grid.text(j, k)))  # (`văn phòng Cục X tại | khu vực miền Trung`)
                # (`Tổng Lãnh sự Việt Nam tại Sydney`: an envoy's post names the city it is posted to; `Ủy ban Quản lý vốn
                # nhà nước tại doanh nghiệp`: one body's name)
            elif word == "các":
                # `BQL các KCN`; `Ủy ban các vấn đề xã hội của Quốc hội`: nouns on to the body's own name.
                ok = c.match(pats.org_head, nxt) or (not named and _reaches_proper_part(c, nxt, verbs=False))
            elif word == "và" and nxt < c.n and units[nxt].text == "các":
                ok = c.match(pats.org_head, nxt + 1)
                if not ok and (legal or re.match(r"(?i:công ty|tổng công ty)\s", c.grid.text(j, k))) and _reaches_proper_part(c, nxt + 1, verbs=False):
                    k += 2  # `Công ty Quản lý hội chợ triển lãm và các | chợ Đà Nẵng`: the company's business, to its place
                    continue
            elif word == "và" and listing:
                ok = nxt < c.n and not units[nxt].punct and not _stop(c, nxt)  # the list's last part
            else:
                ok = continues(c, nxt, lower_ok=True) or c.match(pats.country, nxt) or c.match(REGION, nxt) or (
                    word == "và" and named and (_LAST_PART_BRACKETED.match(c.rest(nxt)) is not None or not units[k - 1].cap and _last_part_named(c, nxt)))  # (`Hội đồng tư vấn Dân
                # chủ và | pháp luật (thuộc ...)`: a name's last part, lower case, before the bracket of whom the body is)
            ok = ok or (not named and (_reaches_proper_part(c, nxt, verbs=True) or _nominal_to_clause_end(c, nxt)))
            ok = ok or (word == "của" and c.match(pats.org_head, nxt) is not None and _BRANCH_AT.search(c.before(k)) is not None)
            country_at = _lower_to_country(c, j, nxt) if word == "và" and not ok else None
            if country_at is not None:
                k = country_at  # `Bộ Doanh nghiệp vừa và nhỏ và | khởi nghiệp | Hàn Quốc`: on to the country that ends it
                continue
            # (`Giám đốc chi nhánh TPHCM | của tập đoàn H.I.S`: the branch's company)
            market = word == "tại" and not ok and re.match(r"(?i:thị trường)\s+", c.rest(nxt)) \
                and _ENVOY.search(" ".join(x.text for x in units[max(0, k - 6):k]))
            region = _ENVOY_REGION.match(c.rest(nxt)) if word == "tại" and not ok and _ENVOY.search(
                " ".join(x.text for x in units[max(0, k - 6):k])) else None
            if region:
                k = c.grid.index_at(units[nxt].start + region.end())  # `Lãnh sự danh dự Việt Nam tại | bang | Gujarat`
                continue
            if market and nxt + 2 < c.n and c.match(pats.country, nxt + 2):
                k = nxt + 2  # `Thương vụ Việt Nam tại | thị trường | Canada`: the market an envoy is posted to (s56, set P125)
                continue
            if ok:
                k += 1
                continue
            break
        end = c.match(pats.org_word, k)
        if end and (c.grid.text(k, end).lower() not in _COUNCIL_WORDS or last_head.lower() == "hội đồng"):
            k = end  # (`đánh giá` only in a council's name: `Hội đồng đánh giá, phân hạng`, not `Sở X đánh giá cao ...`)
            continue
        end = c.match(pats.org_word, k - 1) if k > j and units[k - 1].cap else None
        if end and end > k:
            k = end  # the rest of a word of the name the tagger split apart (`Kế hoạch-Tài | chính`)
            continue
        place = PLACE_NAME.match(c.rest(k))
        if place and place.group(1)[0].isupper():
            k += 1  # `Chủ tịch xã Xuân Ninh`: the place word, then its name
            continue
        if k > j and k not in c.token_starts and not units[k - 1].punct and not u.text[0].isdigit() \
                and not (units[k - 1].text.isupper() and c.match(pats.stop, k)) and not _glued_verb(c, k):
            k += 1  # inside a word underthesea already began in the organisation (`Thiết bị`; not the
            continue  # `nhiệm kỳ` glued to the numeral of `khóa XIII nhiệm kỳ`)
        end = c.match(_INSPECTION, k) if re.search(r"(?i:ủy ban|uỷ ban)\s*$", c.before(k)) else None
        if end:
            k = end  # `Chủ nhiệm ủy ban kiểm tra thành ủy`: the party's inspection committee (`kiểm tra` else a verb)
            continue
        if _stop(c, k) and not _field_of_head(c, k):
            break
        honorific = c.match(pats.honorific, k)
        if honorific and (k == j or units[k - 1].cap is False or honorific >= c.n or c.is_name_start(honorific)
                          or not c.match(pats.org_head, k - 1) == k):
            break  # `Giám đốc Sở X TS Nguyễn Văn A`; not a profession naming a body's members (`Hội nhà báo VN`)
        if honorific:
            k = honorific
            continue
        pos = c.grid.pos_at(k)
        if k == j and not role_head and units[k].text in _LOCAL_UNITS and (k + 1 >= c.n or units[k + 1].text in (",", ";", ".", ")", "-", "–")):
            k += 1  # `Chủ tịch xã, ông X cho biết`: the commune's own committee, named by the bare local unit
            break
        if k == j and not role_head:
            # A lower-case word right after the title: a qualifier or a unit of the organisation only
            # when nouns lead on to the organisation's own name (`Chủ tịch dòng sản phẩm 5G của Huawei`).
            if (pos in ORG_POS + ("A",) and _reaches_proper_part(c, k, verbs=False)) \
                    or _reaches_proper_part(c, k, verbs=True, plain_only=True):
                k += 1
                continue
            break
        if pos == "V" and k > j and units[k - 1].text.lower() == "nghề" and not _stop(c, k) \
                and (k + 1 >= c.n or units[k + 1].punct or _stop(c, k + 1)):
            k += 1  # a craft named by its verb, closing the name: `Chủ tịch Hiệp hội nghề thêu | cho biết`
            continue
        if pos == "V" and k > j and PLACE_WORD_END.search(c.before(k)):
            break  # a verb after a bare place word starts the predicate (`UBND tỉnh biểu dương ...`)
        if k > j and named and _closes_before_parent(c, k, first_head):
            k += 1  # a lower-case word closing the name before its parent body: `Vụ Dạy nghề chính quy, Tổng cục ...`
            continue
        if pos == "A" and k > j and k + 1 < c.n and _capitalised_word(c, k - 1) and PLACE_NAME.match(c.rest(k + 1)):
            k += 1  # an adjective closing a name before its place: `Hội Doanh nhân trẻ tỉnh Nam Định`
            continue
        if pos in ORG_POS or (pos in ("A", "V") and continues(c, k + 1, lower_ok=False)):
            k += 1  # a noun, or a word between capitalised parts (`Hiệp hội Năng lượng sạch Việt Nam`)
            continue
        if legal and pos in ("A", "V") and k > j and named and not _stop(c, k) and (line := _line_before_and(c, k)):
            k = line  # a lower-case line the tagger read as a verb, then `và` and a capitalised one: `Công ty CP Supe | phốt phát
            continue  # và Hóa chất Lâm Thao`
        if legal and pos in ("A", "V") and k > j and not units[k - 1].cap and _brand_within(c, k):
            k += 1  # a company's lower-case lines of business, on to its brand (`Công ty TNHH Mây tre | đan xuất khẩu Hiền Lương`)
            continue
        if k > j and named and _runs_to_parent(c, k):
            k += 1  # a lower-case part that runs to the parent body it belongs to (`Trung tâm Tư vấn và hỗ trợ | chuyển dịch ...
            continue  # thuộc Sở Nông nghiệp ...`)
        unit_head = " ".join(last_head.split()).lower() in {h.lower() for h in entries("org_unit_heads.txt")}
        bare_head = k > j and c.match(pats.org_head, k - 1) == k  # (a head just read after a named part: `Trung ương Hội | hữu nghị ...`)
        if (not named or bare_head) and (_reaches_proper_part(c, k, verbs=True, head_ok=unit_head) or _nominal_to_clause_end(c, k)):
            k += 1  # a bare head's lower-case complement (`Trung tâm chẩn đoán và phát triển ... Khơi Nguồn`)
            continue
        break
    while k > j and ((units[k - 1].punct and units[k - 1].text != ")") or units[k - 1].text.lower() in CONNECTORS) and not (
            units[k - 1].text.lower() == "các" and k - 1 > j and units[k - 2].text.lower() == "nội"):  # (`Văn phòng Nội các`: the cabinet)
        k -= 1
    return k, None


def address_form_end(organization: str) -> int | None:
    """Where a form of address closing an organisation starts (`Chính phủ Hoàng gia Campuchia | Samdech Techo`: the leader's
    honorific the scan ran into, s60 set P159), or None."""
    m = re.search(rf"\s(?:{alternation(list(entries('address_forms.txt')))})$", organization)
    return m.start() if m else None
