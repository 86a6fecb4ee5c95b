"""The tail of a long name: where an event's name that the extent rules ended at a joint really ends.

Meetings are often named by what they do, at length: `Hội nghị tổng kết công tác thi đua, khen thưởng và phong
trào Thi đua Quyết thắng năm 2017 của Cụm Thi đua số 1`, `hội thảo đánh giá chất lượng cắt giảm điều kiện kinh
doanh: kết quả, vấn đề và kiến nghị do CIEM tổ chức`. The extent rules (`event_names.py`) end a name at the
first comma, colon, `và` or linking word (`của`, `với`, `về`, ...) they cannot read past, and so cut such names
short. Here a name goes on past that joint to the word that closes an event's name in the sentence (class
`tail_end` of `lexicons/event_words.tsv`: `do`, `diễn ra`, `tại`, `vào`, a time of day, an auxiliary, ...; a comma
before a capitalised word or a clause opener; the sentence's end) when what lies between reads as part of a name:
at most 24 words, no person, no other event's head, no open quote, no clause word (a `stop` word that is not a
link of class `tail_link`).

A name that already names on its own (a capitalised word, a year, an edition: `Hội nghị APEC 2017`) goes on only
over a linking word (`Hội nghị APEC 2017 về quản lý rủi ro thiên tai`, `Cuộc thi Miss Universe của Tây Ban Nha`),
not over `và` or a comma, which there more often join a second thing (`dự Hội nghị APEC và gặp ...`). A name
after `lễ` goes on; the object of a ceremony verb (`khánh thành X`) does not (its extent has its own rules).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.facts.event_lexicon import (
    DAY_MONTH,
    EDITION,
    HOLIDAY,
    LATIN_EVENT,
    MEASURED,
    SITE,
    Mention,
    abroad,
    classes,
    keywords,
    person_at,
)
from pipeline.facts.event_work_names import branded_end
from pipeline.facts.lexicon import alternation, load, word_classes
from pipeline.language.analysis import Token

_MAX_WORDS = 30
_TARGET = re.compile(r"(?<!\w)(?i:đến|tới|tầm nhìn|giai đoạn|từ)(?:\s+(?i:năm))?\s*$")
_EDITION_YEAR = re.compile(r",\s*(?i:năm)\s+(?:19|20)\d{2}(?![\d/])")  # `lần thứ XIII, năm 2023`
_OWNER = re.compile(r"\s+(?:(?i:của)\s+(?:[A-ZĐ]|(?i:ngành)\s)|(?i:về)\s)")
_RIVER = re.compile(r"\s+(?i:sông|hồ|núi|đảo|vịnh|biển)(?:\s+[A-ZĐ]\w*)+")
_PREPOSITION = re.compile(r"\s+(?i:trong|vào|tại|ở|với|cho|ra|lên|đến|tới|từ|bởi)(?!\w)")
_KINDS = re.compile(r"(?<!\w)(?i:như|gồm|bao gồm)\s*:")
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFF)) if ch.isupper() and ch.isalpha())
_CLOSING = re.compile(r"\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}(?![\d/])(?!\s*[-–]\s*\d)|\s+" + EDITION.pattern, re.I)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = word_classes("event_words.tsv")
    ends, links, openers = (alternation(list(words[k])) for k in ("tail_end", "tail_link", "opener"))
    heads = keywords()[0].pattern
    return {
        # what closes the name: a closing word, a time (`sáng 20-11`, `ngày 14/11`), a comma before a capital or
        # a clause opener, a credit, or the end of the sentence
        "close": re.compile(
            rf"\s*(?:(?:,\s*)?(?:(?<!\w)(?<!nhỏ và )(?<!Nhỏ và )(?i:{ends})(?!\w)|(?<!\w)(?i:sáng|chiều|tối|trưa|đêm|hôm|ngày|từ)\s+(?:\d|(?i:nay|qua|mai))"
            r"|" + DAY_MONTH.pattern + ")"
            rf"|(?:,|\s(?i:và|cùng))\s*(?={heads})|,\s*(?i:với)(?!\w)|\s(?i:với)\s+(?:\d|(?i:hàng|hơn|gần|khoảng|nhiều|sự|quy mô|tổng)(?!\w))|,\s*(?:[{_UPPER}0-9]|(?i:{openers}|ông|bà|anh|chị|các|những|nhiều|đây|đó)(?!\w))|\s[-–]\s*(?i:ảnh|clip|video)|\s+(?i:ảnh|nguồn)\s*:"
            r"|\s*\((?i:ảnh)|[\"”']?[.;!?…]*[\"”']?\s*$"
            rf"|\s*;(?!\s*{classes()['onward'].pattern}))"),  # (a semicolon ends a name, but a review's next task goes on)
        "ends": re.compile(rf"(?<!\w)(?i:{ends})(?!\w)|[.;!?…](?=\s|$)"),
        "comma_clause": re.compile(rf",\s*(?i:{openers}|ông|bà|anh|chị|các|những|nhiều|đây|đó|năm|trong|tại|với)(?!\w)"
                                  rf"|,\s*{classes()['clause_after_comma'].pattern}"),
        "clause_after_comma": re.compile(rf",\s*{classes()['clause_after_comma'].pattern}"),  # (`Lễ ký kết X, đánh dấu ...`)
        "link": re.compile(rf"\s*(?i:{links})\s+"),
        "dangling": re.compile(rf"(?<!\w)(?i:{alternation(list(words['dangling']))})$"),
        # after a name that names on its own only what it is about or whose it is goes on
        "named_link": re.compile(r"\s+(?i:về|của)\s+"),
        "partnered": re.compile(rf"(?<!\w)(?i:{alternation(list(words['partnered']))})(?!\w)"),
        "partnered_link": re.compile(r"\s+(?i:về|của|với)\s+"),  # `Lễ ký kết hợp tác ... với ...`
        "owned": re.compile(r"\s*,?\s*(?i:do|diễn ra|được|đã|sẽ|đang|vừa|khai mạc|bế mạc|kết thúc|thu hút|kéo dài|chính thức)(?!\w)"),
        "predicate": re.compile(r"\s*,?\s*(?i:đã|sẽ|đang|vừa|cũng|đều|thì|mà|là)(?!\w)"),
        "word": re.compile(r"[^\W\d_][\w&'-]*(?:\.(?=\w))?|\d+(?:[.,/-]\d+)*|[&()]|[-–:,.]"),
    }


_EDITION_TAIL = re.compile(r"\s*[-–]\s*(?:(?i:năm)\s+)?(?:19|20)\d{2}(?![\d/])(?!\s*[-–]\s*\d)|,?\s+(?i:năm)\s+(?:19|20)\d{2}(?![\d/])(?!\s*[-–]\s*\d)")
_SESSION = re.compile(r"\s+(?i:khóa|khoá)\s+(?:[IVXLC]+|\d+)(?![\w/])")
_SCHOOL_YEAR = re.compile(r",?\s+(?i:năm học)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\d/])")
_YEARS = r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\d/])"
_TERM = re.compile(rf",?\s*(?:\([A-ZĐ][A-ZĐ\d&-]{{1,9}}\)\s*)?\(?(?i:nhiệm kỳ)\s+(?:{_YEARS}|(?-i:[IVXLC]+)(?!\w)(?:\s*\(\s*{_YEARS}\s*\))?)\)?")
# (`Đại hội Hiệp hội Thép Việt Nam` + ` (VSA) nhiệm kỳ VI (2025–2030)`: the term, in numerals and years, past the short name)


def tail_end(mention: Mention) -> int:
    """The end of the mention's name when it goes on past a joint to what closes it, else the mention's end; a
    congress's or meeting's name takes its session and the term it opens (`Đại hội ... khóa IV, nhiệm kỳ 2025 - 2030`),
    any name the school year it belongs to (`Hội khỏe Phù Đổng lần thứ XVII, năm học 2020-2021`)."""
    text = mention.sentence.text
    if _TIME_NEXT.match(text, mention.end):
        return mention.end  # `Lễ công bố khai trương cửa khẩu` + ` trong năm 2021`: when, not the name's year
    end = _tail_end(mention)
    end = branded_end(text, mention.start, _listed_on(text, mention.start, end))  # `... sản phẩm OCOP` + `, sản phẩm bản địa`
    theme = _THEMED.search(text, mention.start, end) if text[len(mention.head or "") + mention.start:].lstrip()[:1].isupper() else None
    end = theme.start() if theme else end  # `Diễn đàn Chuyển đổi số ...` + ` với nội dung "..."`: a titled name takes no theme (s54)
    if end > mention.end or len(mention.name) > len(mention.head or "") + 1:  # `Hội chợ ... Cửu Long` + ` tại tỉnh Bến Tre năm 2019`
        gap = len(text[end:]) - len(text[end:].lstrip())
        place = abroad(text, end + gap)
        end = end + gap + place if place else end
    paired = _PAIRED_EDITION.match(text, end) if not EDITION.search(text[mention.start:end]) else None
    end = paired.end() if paired else end  # `Ngày hội khởi nghiệp Quốc gia của học sinh` + `, sinh viên lần thứ VI`: a pair, then its edition
    if EDITION.search(text[mention.start:end][-16:]):
        year = _EDITION_TAIL.match(text, end)
        end = year.end() if year else end  # `lần thứ X-2024`, `lần 6 năm 2018`, `lần thứ 6 – năm 2023`: the edition's year is the name's
    if mention.type in ("congress", "meeting", "conference"):
        session = _SESSION.match(text, end)
        end = session.end() if session else end  # `Đại hội đại biểu Hiệp hội X` + ` khóa IV`
        term = _TERM.match(text, end)
        if term and term.group().count("(") == term.group().count(")"):
            end = term.end()
    school = _SCHOOL_YEAR.match(text, end)
    end = school.end() if school else end  # `Hội khỏe Phù Đổng lần thứ XVII` + `, năm học 2020-2021`
    span = _SPAN_END.match(text, end) if _SPAN_OPEN.search(text[mention.start:end]) else None
    end = span.end() if span else end  # `... niên vụ 2018` + ` - 2019`: a season or term runs to its last year
    group = _GROUP_NUMBER.match(text, end) if re.search(r"(?<!\w)G$", text[mention.start:end]) else None
    return group.end() if group else end  # `hội nghị thượng đỉnh G` + ` -20`: a group's number (G-20, G 7)


_THEMED = re.compile(r"\s+(?i:với)\s+(?i:nội dung|chủ đề|thông điệp)\s")
_PAIRED_EDITION = re.compile(r",\s*(?:(?!(?:là|đây|đó|này)\s)[a-zà-ỹđ]+\s+){1,3}?(?:" + EDITION.pattern + r")(?!\w)")  # (not `, đây là lần thứ 2`)
_GROUP_NUMBER = re.compile(r"\s?[-–]?\s?\d{1,2}(?![\d/.,]\d)")


_TIME_NEXT = re.compile(r"\s+(?i:trong|vào|từ|đến|tới|cuối|đầu|giữa)\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}(?!\d)")
_SPAN_OPEN = re.compile(r"(?<!\w)(?i:niên vụ|mùa vụ|vụ mùa|năm học|giai đoạn|nhiệm kỳ|khóa)\s+(?:19|20)\d{2}$")
_SPAN_END = re.compile(r"\s*[-–]\s*(?:19|20)\d{2}(?![\d/])")


_PAIR = re.compile(r",\s*(?:miền|thành phố|thành|phường|thị trấn)(?!\w)")
_ITEM = re.compile(r",\s*([a-zà-ỹđ]+\s+[a-zà-ỹđ]+)(?!\w)")
_ITEM_END = re.compile(r"\s*(?:[,.;:()“”\"]|$)|\s+(?i:tại|do|với|ở|vào|từ|trong|đã|sẽ|đang|được|nhằm|để|cho|của|và|năm|lần)(?!\w)")


def _listed_on(text: str, start: int, end: int) -> int:
    """The end of one more list item after a comma (at `text[end]`) that opens with a two-word noun the name already
    has (`tuần lễ miến dong và các sản phẩm OCOP` + `, sản phẩm bản địa`), or of the second word of a pair
    (`sản phẩm OCOP vùng` + `, miền`); else `end`."""
    pair = _PAIR.match(text, end)
    if pair and re.search(r"(?<!\w)(?i:vùng|tỉnh|xã|thị xã)$", text[start:end]):
        return pair.end()
    item = _ITEM.match(text, end)
    name = text[start:end].lower()
    if item is None or item.group(1) not in name or name.startswith(item.group(1)) or _CLOSING.search(name[-20:] + " "):
        return end  # (not `Hội chợ X năm 2025` + `, hội chợ có quy mô ...`: the head again opens a description)
    stop = _ITEM_END.search(text, item.end())
    last = stop.start() if stop else len(text)
    return last if len(text[item.end():last].split()) <= 6 else end


def _tail_end(mention: Mention) -> int:
    text, end = mention.sentence.text, mention.end
    head = mention.head.lower()
    rest = _complement(mention)
    p = _patterns()
    base = mention.sentence.start
    inside = next((t for t in mention.sentence.tokens if t.start - base < end < t.end - base and " " in t.text), None)
    if inside is not None and re.fullmatch(r"[\w ]+", inside.text) and not p["close"].match(text, end) \
            and not p["dangling"].search(inside.text) and not (inside.pos.startswith("V") and classes()["stop"].match(
                text, end + len(text[end:]) - len(text[end:].lstrip()))):  # (not a word glued to a name that never ends one,
        # `Đông Bắc gắn` + `với`, nor a predicate glued to an edition, `lần thứ VI đề` + `ra`)
        end = inside.end - base  # `vùng Đồng` + `bằng`: a name does not end inside a word (`Đồng bằng`)
        river = _RIVER.match(text, end)
        end = river.end() if river else end  # ... nor before the river that names it (`sông Cửu Long`)
        mention = replace(mention, name=text[mention.start:end], end=end)
        rest = _complement(mention)
    if mention.type == "ceremony" and not head.startswith("lễ"):
        return end  # (the object of a ceremony verb has its own extent rules, but not inside a word: `nông thôn mới`)
    if _KINDS.search(text[:mention.start]) and not (mention.name[:1].isupper() and ";" in text[mention.end:]):
        return end  # (an item of a list of kinds, `như: Hội thi rước đèn, ...`, is no name to lengthen; but an item of a
        # programme split by `;` with its own capitalised head is a name: `gồm: Hội nghị X; Hội thi sản phẩm OCOP tiêu biểu; ...`)
    if not rest.strip():
        return end
    sme = re.match(r"\s+(?i:vừa)(?!\w)", text[end:])
    if sme and re.search(r"(?i:nhỏ\s+và)$", text[:end]):
        end += sme.end()  # `doanh nghiệp nhỏ và` + `vừa`: small and medium, not the auxiliary `vừa`
        mention = replace(mention, name=text[mention.start:end], end=end)
    if _place_list(text, end):  # `... sang thị trường Mỹ` + `, Anh, Australia và Trung Quốc năm 2019`
        listed = _PLACE_RUN.match(text, end)
        assert listed is not None
        closing = _CLOSING.match(text, listed.end())
        return closing.end() if closing else listed.end()
    if p["close"].match(text, end):
        if text[end:end + 1] == "," and rest.strip()[:1].islower():
            year_end = _run_to_year(text, end, mention)  # `Festival nông sản` + `, OCOP, làng nghề ... 2023`
            return year_end if year_end and not _any_verb(text[end:year_end], end, mention) else end
        return end  # the rules ended it where a name ends
    # a name that ends in a proper name (in sentence case: `Tổ quốc`), a number, a year or an edition, or a quote
    last = re.findall(r"[^\W_][\w-]*", rest)[-2:] or [""]
    named = any(w[:1].isupper() or w[:1].isdigit() for w in last) or _year_ended(rest) or rest.rstrip().endswith(("”", "\"", ")"))
    words = re.findall(r"[^\W_][\w-]*", rest)
    if named and len(words) == 2 and words[0][:1].isupper() and words[1].islower() and re.match(r"\s+(?i:và)\s+[a-zà-ỹđ]", text[end:]):
        named = False  # `Hội thảo Thực trạng` + ` và giải pháp ...`: a title in sentence case goes on like a description
    closing = _CLOSING.match(text, end) or (_EDITION_YEAR.match(text, end) if EDITION.search(rest[-16:]) else None)
    if closing and (named or not p["link"].match(text, end)):
        end, named = closing.end(), True  # `cuộc thi Khởi nghiệp từ nông nghiệp` + ` năm 2017`
        mention = replace(mention, name=text[mention.start:end], end=end)
        rest = _complement(mention)
    link = p["partnered_link"] if p["partnered"].search(rest) else p["named_link"]
    if named and (not link.match(text, end) or _year_ended(rest) and not _OWNER.match(text, end)):
        # a name that ends in its year or edition goes on only to its owner or subject (`... năm 2019 của ngành
        # thuế`, `Hội nghị APEC 2017 về quản lý rủi ro thiên tai`), not over `của tỉnh`; a name that names goes
        # on over a comma, `và` or a dash only to a year that closes it (`Triển lãm các sản phẩm OCOP, thủ công mỹ
        # nghệ và làng nghề xã Hòa Lâm, Ứng Hòa 2023`, `Diễn đàn ... 4.0 - Industry 4.0 Summit 2021`)
        if _year_ended(rest):
            return end
        return _run_to_year(text, end, mention) or end
    close = _first_close(text, end, mention)
    if close is None:
        return end
    gap = text[end:close]
    listed = re.match(r"\s*:\s*([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,2})\s*(?:,|$)", gap)
    if _NEXT_ITEM.match(gap) or re.match(r"\s*(?i:để)\s", gap) or listed and load().province(listed.group(1)):  # (`... giáp
        # ranh | : Bình Dương, Long An, ...`: the places listed; not a subtitle, `...: Góc nhìn từ doanh nghiệp`)
        return end  # `hội nghị xúc tiến đầu tư` + `, chương trình xúc tiến đầu tư năm 2022`: the list's next item (`kỳ họp
        # thứ nhất` + ` để bầu các chức danh ...`: what it is held for)
    year = next((m for m in _CLOSING.finditer(gap) if not _TARGET.search(gap[:m.start()])), None)
    if year and gap[year.end():].strip(" ,:-–)\"”") and not _OWNER.match(gap, year.end()) and gap[:year.end()].count("(") <= gap[:year.end()].count(")"):
        gap = gap[:year.end()]  # `... năm 2023` + ` của tỉnh`: a name that reaches its year or edition is whole
    if "," in gap and p["predicate"].match(text, close):
        gap = gap[:gap.rfind(",")]  # `..., công ty đã quyết định`: the last comma opens the next clause's subject
    if p["clause_after_comma"].search(gap):
        return end  # `Lễ ký kết hợp tác chiến lược` + `, đánh dấu bước tiến mới ...`: a clause about it follows
    gap = re.sub(r"\s+(?:(?i:được)\s+)?(?i:họp|diễn ra|khai mạc|bế mạc|tổ chức)$", "", gap.rstrip(" ,:-–("))  # (`... Sông Cửu Long | họp
    # tại`, `... của Mía Đường Sơn La | tổ chức ngày 26/9`: their verb)
    while gap.count("(") > gap.count(")"):
        gap = gap[:gap.rfind("(")].rstrip(" ,:-–")  # (a bracket the closer falls inside is left out)
    if not _name_like(gap, mention, p["owned"].match(text, close) is not None) or p["dangling"].search(gap):
        return end  # (a name cannot end in `và`, `của`, ...)
    sized = re.match(r"\s+(?i:vừa và nhỏ|nhỏ và vừa)(?!\w)", text[end + len(gap):])
    return end + len(gap) + (sized.end() if sized else 0)  # `... cho doanh nghiệp` + ` vừa và nhỏ`: one size, not `vừa`


_NEXT_ITEM = re.compile(r"\s*,\s*(?i:chương trình|kế hoạch|đề án|dự án|danh mục|báo cáo|phương án)(?!\w)")


def _run_to_year(text: str, end: int, mention: Mention) -> int | None:
    """The end of the year (or edition) that closes the name when the words from `end` to it can belong to a name
    (few, no closing word, no clause, no verb), else None."""
    p = _patterns()
    year = next((m for m in _CLOSING.finditer(text, end, end + 160) if not _TARGET.search(text[end:m.start()])
                 and not text[:m.start()].rstrip().endswith(",")), None)  # (`Hội chợ X, năm 2023 có ...`: a clause)
    gap = text[end:year.end()] if year else ""
    if gap.count("(") > gap.count(")") and text[end + len(gap):].lstrip().startswith(")"):
        gap = text[end:text.index(")", end + len(gap)) + 1]  # `(Lạng Sơn 2024)`: the bracket closes with it
    if gap and len(gap.split()) <= 14 and not p["ends"].search(gap) and not p["comma_clause"].search(gap) \
            and gap.count("(") == gap.count(")") and not _verb_in(gap, end, mention) and _name_like(gap, mention, False) \
            and not re.search(rf"(?<!\w)(?:(?i:và)|,)\s+{HOLIDAY.pattern}", gap) and not _NEXT_ITEM.match(gap) \
            and not re.search(rf"(?<!\w)(?i:và)\s+{LATIN_EVENT.pattern}", gap):  # (`... và Halal Expo 2025`: another event; `... và Tết Trung
        # thu năm 2019`; `hội nghị X, | chương trình Y năm 2022`: the list's next item)
        return end + len(gap)
    return None


def _verbs(gap: str, at: int, mention: Mention) -> list[Token]:
    """The lower-case verbs of letters in the words after a name (from `at`, over `gap`) that name no purpose and
    are no part of a phrase kept in names (`gắn với du lịch`): the tagger calls years and `thủ công` verbs too."""
    c, text, s0 = classes(), mention.sentence.text, mention.sentence.start
    return [t for t in mention.sentence.tokens if s0 + at <= t.start < s0 + at + len(gap) and t.pos.startswith("V")
            and t.text[:1].islower() and t.text.replace(" ", "").isalpha() and not c["purpose"].fullmatch(t.text)
            and not c["not_stop"].match(text, t.start - s0)]


def _any_verb(gap: str, at: int, mention: Mention) -> bool:
    """Whether a verb that names no purpose lies in the words after a name."""
    return bool(_verbs(gap, at, mention))


def _year_ended(rest: str) -> bool:
    """Whether a name ends in its year, a span of years (`năm học 2025-2026`) or an edition."""
    return _CLOSING.search(rest[-12:] + " ") is not None or re.search(r"(?:19|20)\d{2}\s*\)?\s*$", rest) is not None


def _verb_in(gap: str, at: int, mention: Mention) -> bool:
    """Whether a verb before a preposition lies in the words after a name: a predicate (`... Thu Đông` + ` nằm
    trong chuỗi ...`)."""
    text, s0 = mention.sentence.text, mention.sentence.start
    return any(t.text.isalpha() and _PREPOSITION.match(text, t.end - s0) is not None for t in _verbs(gap, at, mention))


def _complement(mention: Mention) -> str:
    name = mention.name
    return name[len(mention.head):] if name.lower().startswith(mention.head.lower()) else name


def _first_close(text: str, end: int, mention: Mention) -> int | None:
    """Where the first word that closes a name starts after `end`, within the word limit: a closing word, a comma
    before a person, or `và` before a second predicate (`... và báo cáo Thường trực`) unless the name's own holder
    or predicate closes it further on (`Tọa đàm ... và hành động về giới do X tổ chức`)."""
    p = _patterns()
    i, words, soft = end, 0, None
    verbs = {t.start - mention.sentence.start for t in mention.sentence.tokens if t.pos.startswith("V")}
    onward, purpose = classes()["onward"], classes()["purpose"]  # (`và phát triển`, `và logistics`: still the name)
    while i < len(text) and words <= _MAX_WORDS:
        close = p["close"].match(text, i)
        if close is not None and i > end and not _place_list(text, i):
            return _soft_or(soft, i, text, p["owned"].match(text, i) is not None)
        comma = re.match(r",\s*(?:(?i:nguyên|cựu)\s+)?", text[i:])
        if comma and person_at(text[i + comma.end():]):
            return _soft_or(soft, i, text)
        joined = re.match(r"\s+(?i:và)\s+", text[i:])
        after = i + joined.end() if joined else i
        if joined and soft is None and i > end and after in verbs and not (
                onward.match(text, after) or purpose.match(text, after) or text[after:].split(" ", 1)[0].isascii()):
            soft = i
        quoted = re.match(r"\s*([“\"«])", text[i:])
        close_at = text.find({"“": "”", "«": "»"}.get(quoted.group(1), "\"") if quoted else "\"", i + quoted.end()) if quoted else -1
        if quoted and close_at > 0 and text[:i].count("\"") % 2 == 0:
            i, words = close_at + 1, words + 1  # a quoted title is one word of the name (`đề án "Tiếp tục ..."`)
            continue
        w = p["word"].search(text, i)
        if w is None:
            break
        i, words = w.end(), words + (w.group()[:1].isalnum())
    if i >= len(text.rstrip(" .;!?…\"”'")) and words <= _MAX_WORDS:
        return _soft_or(soft, len(text.rstrip(" .;!?…\"”'")), text)
    return None


_PLACES = re.compile(r"(?<!\w)(?:(?i:các|hai|ba|bốn|năm)\s+(?i:tỉnh|thành phố|tỉnh,\s*thành phố|tỉnh,\s*thành|nước|quốc gia|"
                     r"huyện|địa phương|thị trường)|(?i:thị trường))(?:,?\s*[" + _UPPER + r"]\w*(?:\s+[" + _UPPER + r"]\w*)*)+$")
_PLACE_ITEM = re.compile(rf",\s*[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*)*\s*(?=,|\s(?i:và)\s|[.;]?\s*$)")
_PLACE_RUN = re.compile(rf"(?:(?:,|\s(?i:và))\s*[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*)*)+")


def _place_list(text: str, i: int) -> bool:
    """Whether the comma at `i` goes on with a list of places the name names (`... các tỉnh Lâm Đồng, Đồng Nai,
    Bình Phước`)."""
    return _PLACES.search(text[:i]) is not None and _PLACE_ITEM.match(text, i) is not None


def _soft_or(soft: int | None, close: int, text: str, owned: bool = False) -> int:
    """The soft end (`và` before a second predicate) unless the name is owned by what closes it or runs on to its
    year or edition (`Hội thi ... về học tập và làm theo tư tưởng ... năm 2017`)."""
    if soft is None or owned or any(not _TARGET.search(text[:m.start()]) for m in _CLOSING.finditer(text, soft, close)):
        return close
    return soft


def _name_like(gap: str, mention: Mention, owned: bool) -> bool:
    """Whether the words between a name's end and what closes it read as more of the name; `owned` says what
    closes it is the name's own predicate or holder (`do X tổ chức`, `diễn ra`), so that no second predicate can
    come before it."""
    c = classes()
    if len(re.sub(r"[“\"«][^”\"»]*[”\"»]", "T", gap).split()) > _MAX_WORDS or not gap.strip(" ,:-–"):
        return False  # (a quoted title counts as one word)
    if any(SITE.search(inner) or re.fullmatch(r"[\d\s/.–-]+", inner) and re.search(r"\d\s*[/.]\s*\d", inner) for inner in re.findall(r"\(([^()]*)", gap)):
        return False  # `Hội chợ X` + ` (Baocongthuong.vn)`: a site's credit; ` (25/3/1984-25/3/2024)`: the days remembered
    if re.search(r"(?<!\w)(?i:cho|với|gồm)\s+(?:(?i:hơn|gần|khoảng|trên|dưới|tới)\s+)?\d", gap):
        return False  # `lớp đào tạo nghề đan lát` + ` cho hơn 30 bà con ...`, `hội nghị ...` + ` cho 80 đại biểu`: who
        # attends, counted
    if any(MEASURED.match(gap, w.start()) for w in re.finditer(r"(?<!\w)(?i:với)\s", gap)):
        return False  # `lễ trao đổi Biên bản ghi nhớ ... dự án đầu tư` + ` với số vốn`: a size or a sum of what is named
    if keywords()[0].search(gap) or re.search(r"[“\"«]", gap) and not re.search(r"[”\"»]", gap):
        return False  # another event, or a quote that opens here and closes past the gap
    before = mention.sentence.text[:mention.start]
    if re.search(r"[”»]", gap) or (gap.count('"') % 2 and before.count('"') % 2):
        return False  # (`"Cuộc thi X"` + ` năm 2018`: the quote that holds the name closes it)
    tokens = mention.sentence.tokens
    at = mention.sentence.start + mention.end + len(gap) - len(gap.lstrip())
    if re.search(r"(?i:lần(?:\s+thứ)?)\s+(?:\d{1,2}|[IVXL]{1,5})$", mention.name) and any(
            t.start == at and t.pos.startswith("V") and t.text[:1].islower() for t in tokens):
        return False  # `Festival Lúa gạo Việt Nam lần 5` + ` trao bảng tượng trưng ...`: after the edition, the clause's verb
    joined = re.match(r"\s+(?i:và)\s+", gap)
    if joined and not owned:  # `tổ chức hội chợ đặc sản` + ` và giới thiệu hàng ...`: a second predicate, unless a next task
        at = mention.sentence.start + mention.end + joined.end()
        verb = next((t for t in tokens if t.start == at and t.pos.startswith("V")), None)
        if verb is not None and not c["onward"].match(verb.text):
            return False
    plural = re.search(r"(?:,|\s(?i:và))\s+(?i:các|những)\s", gap)
    if plural:  # `Hội thảo khoa học` + ` và các chuyên gia thảo luận`: the subject of the next clause
        base = mention.sentence.start + mention.end + plural.end()
        purpose = classes()["purpose"]
        verbs = [t for t in tokens if base <= t.start < base + 40 and t.pos.startswith("V")]
        if any(not purpose.fullmatch(t.text) for t in verbs):
            return False
    comma = re.match(r",\s*", gap)
    if comma:  # `cuộc bình chọn sản phẩm ... cấp tỉnh` + `, công nhận được 13 sản phẩm`: a second predicate
        at = mention.sentence.start + mention.end + comma.end()
        k = next((n for n, t in enumerate(tokens) if t.start == at and t.pos.startswith("V") and t.text[:1].islower()), -1)
        after = tokens[k + 1] if 0 <= k < len(tokens) - 1 else None
        if after is not None and (after.pos in ("R", "M") or after.text.lower() in ("được", "thêm")) \
                and not c["purpose"].fullmatch(tokens[k].text):
            return False  # (a verb with an adverb or a number after it: `công nhận được 13`, `thu hút 200`)
    links = _patterns()["link"]
    gap = re.sub(r"[“\"«][^”\"»]*[”\"»]", lambda q: "_" * len(q.group()), gap)  # (words inside a quoted title end nothing)
    for m in re.finditer(r"(?<!\w)\w+(?:\s+\w+)?", gap):
        at = m.start()
        if person_at(gap[at:]):
            return False
        if c["stop"].match(gap, at) and not links.match(gap, at) and not c["not_stop"].match(gap, at):
            return False
    return True
