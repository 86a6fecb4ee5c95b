"""Event mentions: where an event is named in a sentence, with its head, type and the extent of its name.

A mention has a head and a name:

- a head noun from `lexicons/event_types.tsv` (`Hội nghị`, `Hội chợ`, `Tọa đàm`, `Ngày hội`, ...), or `lễ` +
  a ceremony verb from `lexicons/event_ceremonies.tsv` (`lễ khánh thành`, `lễ cắt băng khánh thành`), or a
  ceremony verb heading a clause on its own (`Tập đoàn X khánh thành nhà máy Y`, `đã khởi công ...`; a
  signing needs a document as object, and a verb after `sau khi`, `tiến tới`, ... is no event);
- its name runs on over nouns, names, numbers, `lần thứ X`, years, quoted titles and acronyms in
  brackets, and ends at a word of class `stop` of `lexicons/event_words.tsv` (clause words, places,
  times, auxiliaries, predicates such as `quy tụ`), a clause opener (`Chính vì vậy`), a photo credit
  (` - Ảnh`), a person's title, another event's head (`Hội chợ CAEXPO và Hội nghị CABIS` is two events)
  or, when the head is the subject of its clause, a verb (`Triển lãm mở cửa`);
- it is no event when a quantifier or `là` comes before it (`các hội chợ`, `một hội chợ`, `là triển lãm`),
  when a venue word does (`Trung tâm Hội nghị Quốc gia`, `Cung Văn hóa`, `Công ty ... Hội chợ`), or when
  it follows such a generic mention in a list (`các triển lãm, hội chợ quốc tế`).

A mention without a name (`tại hội nghị`) or pointing back (`hội nghị lần này`) is bare; a bare mention,
or a ceremony verb after `việc`, `sau khi`, ..., is weak: it can join an event but not open one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts import (
    event_awards,
    event_dashed,
    event_dates,
    event_extent,
    event_name_runs,
    event_occurrence,
    event_paired_heads,
    event_resolutions,
    event_sittings,
)
from pipeline.facts.event_ceremonies import verbal, word_at
from pipeline.facts.event_descriptions import described_end, themed_end
from pipeline.facts.event_joints import venue_name
from pipeline.facts.event_kind_lists import LABELS, UNQUOTED, kind_listed, opens_list
from pipeline.facts.event_lexicon import (
    CLASSIFIERS,
    EDITION,
    PLACE_START,
    YEAR,
    Mention,
    capitalised,
    classes,
    complete_rites,
    heads_after,
    keywords,
    of_event,
    verb_of,
    verb_subtypes,
)
from pipeline.facts.event_list_items import whole_item
from pipeline.facts.event_names import name_end
from pipeline.facts.event_owners import owners_listed
from pipeline.facts.event_work_names import whole_name
from pipeline.facts.official_context import patterns
from pipeline.language.analysis import Analysis, Sentence
from pipeline.language.textnorm import fold
from pipeline.record import CeremonyType, EventType

__all__ = ["EDITION", "PLACE_START", "YEAR", "Mention", "classes", "keywords", "mentions"]


_THEMED = re.compile(r"(?<!\w)(?i:chủ đề|thông điệp|khẩu hiệu)(?:\s+(?i:xuyên suốt|chính|chung))?\s*(?:(?i:là)\s*)?:?\s*$")
_HELD_ONLY = re.compile(r"(?<!\w)(?i:tổ chức|khai giảng|khai mạc|mở)\s+$")
_FUNDED = re.compile(r"(?<!\w)(?i:hỗ trợ|kinh phí)\s+(?:(?i:tổ chức|cho|để tổ chức)\s+)?$")  # `hỗ trợ tổ chức phiên chợ ...`: a
# kind of activity a programme funds, not one held
_PROGRAMMES_LIKE = re.compile(r"(?<!\w)(?i:các chương trình)[^.;:“”\"«»]{0,80}(?<!\w)(?i:như)\s*[“\"«]\s*$")
_PROGRAMME = re.compile(r"(?<!\w)(?i:chương trình|đề án|kế hoạch|nhiệm vụ)\s*[“\"«]\s*$")


def _nominal(sentence: Sentence, tags: dict[int, tuple[str, int]], starts: set[int], ends: set[int]) -> list[Mention]:
    c = classes()
    pattern, types = keywords()
    text = sentence.text
    found: list[Mention] = []
    generic_until = -1
    # `Hội nghị, hội thảo X`: where the second head starts, and the first's start, type, subtype and head
    joined: tuple[int, int, EventType, CeremonyType | None, str] | None = None
    covered = -1  # the end of a quoted title or of the head just matched: heads before it belong to that name
    for m in pattern.finditer(text):
        if not word_at(starts, ends, m.start(), m.end(), text) or m.start() < covered or (
                m.group().isascii() and found and found[-1].start <= m.start() < found[-1].end) or re.match(
                r"\s*\)", text[m.end():]) and text[:m.start()].rstrip().endswith("("):  # inside a quoted title, the Latin head of the
            continue  # name before (`Gió mùa - Monsoon Music Festival`), or the name's short form (`tại Singapore (Hội thảo)`, s61)
        if found and found[-1].start < m.start() < found[-1].end and (event_occurrence.organisation_at(text[m.start():]) or re.search(
                r"(?<!\w)(?i:xúc tiến|chiêu thương|quảng bá)\s+$", text[found[-1].start:m.start()])):
            continue  # `Hội nghị thượng đỉnh Diễn đàn Hợp tác Á - Âu`: the owner inside the meeting's name; `Hội nghị Xúc tiến Chiêu
            # Thương Hội chợ X`: the fair the meeting promotes, held another day (s61)
        if found and found[-1].start + len(found[-1].head) >= m.start() - 1:
            continue  # `Tuần lễ triển lãm sách`, `Lễ động thổ khởi công`: a second head is part of the first
        before = text[:m.start()]
        head = re.sub(r"\s+", " ", m.group())
        type_, subtype = types[fold(re.sub(r"(?i)lễ\s+cắt\s+băng\s+", "lễ ", head))]
        if fold(head.lower()) == "ngay hoi" and c["trade_day"].match(text[m.end():].lstrip()):
            type_ = "fair"  # `Ngày hội việc làm`, `Ngày hội sản phẩm OCOP`: a day that sells, hires or connects
        in_list = generic_until >= 0 and re.fullmatch(r"\s*(?:,|và|hoặc|/)\s*", text[generic_until:m.start()]) is not None
        # `tổ chức hội chợ, triển lãm thương mại`: a bare head listed with another head names a kind of activity
        kinds = re.match(r"\s*[,/]\s*", text[m.end():])
        second_head = pattern.match(text, m.end() + kinds.end()) if kinds is not None else None
        paired = second_head is not None and not m.group()[:1].isupper()
        if joined is not None and joined[0] == m.start():
            _, type_, subtype, head = joined[1:]  # `Hội nghị, hội thảo chuyên đề ...`: one event of two heads
        if second_head is not None and m.group()[:1].isupper() and kinds is not None and kinds.group().strip() == "," and \
                {type_, types[fold(re.sub(r"\s+", " ", second_head.group()))][0]} <= _MEETINGS and not c["generic_before"].search(before):
            joined = (m.end() + kinds.end(), m.start(), type_, subtype, head)
            continue
        generic = c["generic_before"].search(before)
        if generic and generic.group().split()[0].lower() == "là" and m.group()[:1].isupper() and (
                re.match(r"\s+[A-ZĐ]", text[m.end():]) or re.match(r"(?:\s+[\w-]+){1,8}?\s+(?:19|20)\d{2}(?![\d/.,])", text[m.end():])
                or re.search(r"(?<!\w)(?i:đặc biệt|nhất|nổi bật|tiêu biểu)\s+là\s+$", before)):  # (`đặc biệt là Hội nghị X`: one singled out)
            generic = None  # `... là Hội nghị Xúc tiến đầu tư X`, `là Lễ hội trải nghiệm Family Ekiden 2019`: a named event as the predicate
        if generic and generic.group().split()[0].lower() == "là" and re.fullmatch(r"\W*(?i:đó|đây)\s+(?:(?i:chính|cũng)\s+)?(?i:là)\s+", before) \
                and re.match(r"(?:\s+[^\W\d][\w-]*){0,3}\s+[A-ZĐ]", text[m.end():]):
            generic = None  # `Đó là hội nghị xúc tiến Đầu tư, Thương mại ...`: the event a headline told, named by the body
        if generic and generic.group().split()[-1].lower() == "một" and event_occurrence.placed_and_dated(text, m.start(), m.end()):
            generic = None  # `phát biểu tại một diễn đàn do Viện X tổ chức hôm 12/7`: one forum, placed and dated
        if generic and re.match(r"(?i:công ty|tập đoàn)\s+tổ chức", generic.group()) and m.group()[:1].isupper():
            generic = None  # `Công ty tổ chức Lễ khánh thành X`: the company holds a named event (not `Công ty tổ chức hội chợ`)
        if _THEMED.search(before):
            continue  # `Chủ đề xuyên suốt lễ hội tôn vinh “...”, Lễ hội X`: the theme of an event, worded as one (s62, set P171)
        if generic or in_list or paired or m.group()[:1].islower() and _FUNDED.search(before) or (
                type_ in ("contest", "training") and _PROGRAMME.search(before) or _PROGRAMMES_LIKE.search(before)):  # `chương
            # trình “Bình chọn ...”`: a programme's title; `các chương trình ... như “Tuần hàng Việt Nam”`: one of a kind
            generic_until = name_end(text, m.end(), tags, False)
            continue
        if head.lower() == "tập huấn" and not _HELD_ONLY.search(before):
            continue  # a bare `tập huấn` is an event only as what is held (`tổ chức tập huấn X`), not `công tác tập huấn`
        if c["venue_before"].search(before) or venue_name(before, text[m.end():m.end() + 40]):
            continue
        if (c["verb_too"].fullmatch(head) and tags.get(m.start(), ("", 0))[0].startswith("V")
                and re.search(r"(?<!\w)(?i:được|đã|sẽ|đang|vừa|bị)\s+$", before)):
            continue  # `tác phẩm được triển lãm từ ngày 22-8`: the head word is a verb here
        if type_ == "ceremony" and fold(verb_of(head)) in of_event() and heads_after(text, m.end()):
            continue  # `lễ khai mạc Festival ...` is the festival
        if c["body"].match(text, m.start()) and not (YEAR.search(text, m.end(), m.end() + 60)
                                                     or c["regular"].search(text, m.end(), m.end() + 60)):
            continue  # `Đại hội đồng cổ đông`, `Đại hội đồng Liên Hợp Quốc`: a body
        subject = _opens_clause(before)
        end = name_end(text, m.end(), tags, subject, head[:1].islower() and type_ != "ceremony")
        if type_ == "ceremony" and end > m.end() and patterns().role.match(text, len(text) - len(text[m.end():].lstrip())) or (
                re.fullmatch(r"(?i:kỳ|phiên)\s+(?i:họp)", head) and re.match(r"\s+\d+\s+[a-zà-ỹđ]", text[m.end():])):
            end = m.end()  # `tại lễ khai mạc | Phó thủ tướng X ...`: who speaks; `trình kỳ họp | 12 tờ trình`: a count
        glossed = _ACRONYM_AHEAD.match(text, end) if re.search(r"(?<!\w)[A-ZĐ]", text[m.end():end]) and not text[:end].rstrip().endswith(")") else None
        # (not past an acronym that closed it already: `Hội chợ X (CAEXPO) | và Hội nghị Y (CABIS)` are two events)
        if glossed and not c["stop"].search(_GLOSS_JOINS.sub(" ", glossed.group(1).lower())):
            end = glossed.end()  # `Hội nghị thượng đỉnh Đối tác | vì tăng trưởng xanh ... đến năm 2030 (P4G)`: the acronym closes it
        year_run = _YEAR_RUN.match(text, m.end())
        if year_run and year_run.end() > end and not c["stop"].search(_DAYTIME.sub(" ", year_run.group(1).lower())):
            end = year_run.end()  # `Triển lãm sáng tác mới 2017 bỗng ...`: a few plain words up to a year name it
        quoted = _quoted_end(text, m.start()) if not re.match(r"(?:\s+[a-zà-ỹđ]+){0,2}\s+(?i:này|đó|nói trên|năm nay)(?!\w)", text[m.end():]) else 0
        if quoted > 0:  # (a quotation that opens with `Hội nghị (thượng đỉnh) này ...` points back: no title)
            end = covered = quoted  # `“Tuần lễ triển lãm sách Nhật Bản và khai trương gian hàng tiếng Nhật”`
        following = len(text) - len(text[end:].lstrip())
        if (c["held_before"].search(before) and not event_dates.committee_before(before) and len(text[m.end():end].split()) <= 1
                and (event_dates.day_in(text) or c["when"].search(text))
                and tags.get(following, ("", 0))[0] not in ("A", "R") and subtype not in ("opening", "closing")):
            end = max(end, described_end(text, end, head.split()[0].lower() in CLASSIFIERS))  # `tổ chức Hội nghị tháo gỡ những khó khăn ... tại`; not a
            # manner (`lễ kỷ niệm trang trọng`) nor what an opening opens (`Lễ khai mạc đồng loạt các hoạt động`)
        if (text[m.end():end].strip() and not capitalised(UNQUOTED.sub("", text[m.end():end])) and not text[m.end():end].strip()[:1].isupper()
                and not re.search(r"[“\"«]", text[m.end():end]) and re.match(r"\s*(?i:với)\s", text[end:]) and not YEAR.search(text, m.end(), end)):
            end = themed_end(text, end)  # `Liên hoan ẩm thực đường phố với chủ đề "Hương vị Sóc Trăng"`: the theme names it
            # (not a bare head: `Hội nghị có chủ đề "..."` says what the meeting named before has; nor a title in sentence case:
            # `Diễn đàn Chuyển đổi số trong ... với nội dung "..."`, s54 set P114)
        start = _latin_start(text, m.start(), head) if joined is None or joined[0] != m.start() else joined[1]
        rest = text[m.end():end].strip(" ,-–")
        if subject and rest and not rest[:1].isupper() and c["purpose"].fullmatch(rest) and c["stop"].match(text[end:].lstrip()):
            end, rest = m.end(), ""  # `triển lãm giới thiệu tới công chúng`: the verb is the predicate (not `Lễ hội
            # Văn hóa được tổ chức`: a capitalised word names it)
        after = len(text) - len(text[m.end():].lstrip())
        if rest and c["clause_before"].search(before) and tags.get(after, ("", 0))[0].startswith("V"):
            end, rest = m.end(), ""  # `những định hướng mà Hội nghị đưa ra`: the head is the clause's subject
        name = text[start:end].strip(" ,-–")
        anaphor = c["anaphor_end"].match(text, end) is not None and not (type_ == "ceremony" and len(rest.split()) >= 3)  # `hội
        # nghị (sơ kết) lần này` points back; `Lễ khởi công xây dựng Khu liên hợp ... này`: its object does, the ceremony is one
        named = bool(rest) and not anaphor
        # no capitalised word names it (a head that opens the sentence is capitalised for that alone)
        plain = (head[:1].islower() or start == 0) and not capitalised(UNQUOTED.sub("", rest))
        unquoted = UNQUOTED.sub("", rest)  # a kind of product named by a label (`triển lãm sản phẩm OCOP`), not a title, and not
        # a capitalised head with only a label after it (`Triển lãm giới thiệu các sản phẩm OCOP, sản phẩm ...` names one)
        kind_only = (not capitalised(LABELS.sub("", unquoted)) and not re.search(r"[“\"«]", rest)
                     and (head[:1].islower() or not capitalised(unquoted)))
        if ((plain or kind_only) and kind_listed(before)) or (kind_only and opens_list(before, text[end:])):
            continue  # `các hoạt động như: biểu diễn, múa, triển lãm mỹ thuật, ...`: one of a list of kinds
        if start < m.start() and (c["greeting"].match(text, start) or re.search(rf"{c['greeting'].pattern}\s+$", text[:start])):
            continue  # `Happy Mid-Autumn Festival`: a greeting
        if start < m.start():
            rest, named = (text[start:m.start()] + rest).strip(), True  # `Asia Song Festival 2017`
        if named and not re.search(r"[“\"«'(]", rest) and (plain or start > 0):
            # `hội chợ triển lãm quốc tế`, `cuộc thi năm 2017`, `tham dự Triển lãm quốc tế`: modifiers and a year
            # name no event (a sentence may open with one: `Triển lãm quốc tế ...` in a headline)
            named = bool(c["modifier"].sub("", _YEARS.sub(" ", rest)).strip(" ,-–"))
        named = named or type_ == "ceremony" and fold(head.lower()).endswith(tuple(complete_rites())) and (re.search(
            r"(?<!\w)(?i:tổ chức)\s+$", before) is not None or event_occurrence.placed_and_dated(text, m.start(), end))  # (a rite
        # complete without an object, held or placed and dated: `tổ chức Lễ dâng hương và báo công`, set P58)
        # a lowercase name of plain words (`hội thảo lấy ý kiến`) opens an event only when the sentence dates it,
        # says who holds it or gives it a number; `phiên chợ dịp tết`, `lễ hội âm nhạc` in general do not (a
        # ceremony's object names it: `lễ khánh thành cụm nhà máy điện mặt trời`)
        strong = named and (not plain or type_ == "ceremony" or bool(re.search(r"[\d“\"«']", rest)) or _identified(text, m.start(), end))
        if named and event_occurrence.organisation(name) and not event_occurrence.held(text, start, start + len(name)):
            continue  # `Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)`: an organisation, not a meeting
        strong = strong and event_occurrence.one_occurrence(text, name)  # `Hằng năm, ... tổ chức Lễ hội X`
        strong = strong and not (re.fullmatch(r"(?i:phiên chợ|chợ phiên)", head) and re.fullmatch(r"(?!(?:Tết|Xuân|Việt)(?!\w))[A-ZĐ][\w'-]*(?:\s+[A-ZĐ][\w'-]*){0,3}(?:\s+[a-zà-ỹđ]+)*", rest)
                                 and not event_dates.day_in(text) and not re.search(r"[“”\"«»]", text[max(0, start - 2):end + 3]))
        # (`phiên chợ Tu Mơ Rông`: a place's market day, no fair held, s54; not a quoted title: `“Phiên chợ Nhãn lồng ...”`)
        strong = strong and not (re.fullmatch(r"(?i:kỳ|phiên)\s+(?i:họp)", head) and not any(
            w[:1].isupper() and not re.fullmatch(r"[IVXLC]+", w) for w in rest.split()) and not _SITTING_BODY.search(before))
        # (`kỳ họp thứ 6`: whose sitting, unsaid; but `HĐND tỉnh X khai mạc kỳ họp thứ 9`)
        strong = strong and not (c["ahead_before"].search(before) and not _identified(text, m.start(), end))  # `tiến tới Đại hội X`
        strong = strong or (not named and event_occurrence.placed_and_dated(text, m.start(), end))  # a bare
        # head attended, placed and dated (`phát biểu tại hội nghị ở bảo tàng X, Washington hôm 2/8`) opens an event
        strong = strong and not (any(f.named and f.strong and not event_dates.committee_before(text[:f.start]) for f in found)
                                 and event_dates.committee_before(before))  # `tọa đàm X do Sở Y phối hợp cùng Ban Tổ
        # chức Hội chợ Z tổ chức`: the fair only names a body that co-runs the event told; it joins, opens none (s54, set P112)
        if type_ == "ceremony" and subtype in ("announcement", "launch"):
            inner = c["verb"].match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()))
            if inner:  # `lễ công bố khai trương đường bay mới` is the opening
                subtype = verb_subtypes()[fold(re.sub(r"(?i)^cắt\s+băng\s+", "", re.sub(r"\s+", " ", inner.group())))]
        if type_ == "ceremony" and subtype == "award" and _PAPERS_SIGNED.match(text, m.end()):
            subtype = "signing"  # `lễ trao biên bản ghi nhớ về hợp tác ...`: papers signed handed over, no prize
        found.append(Mention(name, type_, subtype, start, start + len(name), sentence, named, strong=strong, head=head))
    return found


_PAPERS_SIGNED = re.compile(r"\s*(?:(?i:các|những)\s+)?(?i:biên bản ghi nhớ|bản ghi nhớ|thỏa thuận|thoả thuận|hợp đồng|biên bản hợp tác|văn bản hợp tác)(?!\w)")


# a few lowercase words and a year after a head (`Triển lãm sáng tác mới 2017`), not a time (`năm 2017`) or a count (`2017 lượt`)
_YEAR_RUN = re.compile(r"((?:\s+(?!(?:năm|tháng|ngày|từ|đến|trong|vào|là|của|có|và|tại|ở)\s)[a-zà-ỹđ]+){1,4})\s+(?:19|20)\d{2}"
                       r"(?![\d/.,%-]|\s*(?:lượt|người|khách|gian|đơn vị|tỷ|tỉ|triệu|nghìn|sản phẩm|doanh nghiệp|ha|tấn|m2|km|MW)(?!\w))")
_MONTH_OF_YEAR = re.compile(r"\s+(?:(?i:vào|trong|hồi)\s+)?(?i:tháng)(?:\s+\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?!\d)|$)")
# a capitalised name cut at a word that an acronym in brackets shortly after shows to be inside it
_ACRONYM_AHEAD = re.compile(r"((?:\s+[\wÀ-ỹ-]+){1,14}?)\s*\(\s*[A-Z][A-Z0-9 ]{1,8}\s*\)")
_GLOSS_JOINS = re.compile(r"(?<!\w)(?:vì|và|cho|về|của|các|đến năm|toàn cầu)(?!\w)")
_DAYTIME = re.compile(r"(?<!\w)(?:sáng|chiều|tối|trưa|đêm)(?!\s+(?:nay|qua|mai|hôm)(?!\w))")  # (`sáng tác`: no time)


def _closed(mention: Mention | None) -> Mention | None:
    """A mention that ends before a month it is held in (`Hội nghị APEC | tháng 11 - 2016`) and before the first `)` its
    name does not open (`BRICS (Hội nghị thượng đỉnh các nền kinh tế mới nổi)`: the name stands inside a bracket)."""
    if mention is None:
        return None
    decimal = _DECIMAL_REST.match(mention.sentence.text, mention.end) if mention.name[-1:].isdigit() else None
    if decimal:  # `khánh thành hệ thống điện mặt trời lắp mái 8 | ,25kWp`: a number is never cut at its decimal comma (s66, set P194)
        mention = replace(mention, name=mention.name + decimal.group(), end=decimal.end())
    topic = _SITTING_TOPIC.match(mention.name)
    if topic:  # `Kỳ họp thứ 19 HĐND tỉnh | về “đẩy mạnh ...”`: a sitting its number and body name whole; what the delegates
        mention = replace(mention, name=topic.group(1), end=mention.start + len(topic.group(1)))  # discuss is no part of it (s66, set P194)
    run_on = re.search(r"(?<=\s[A-ZĐ])\.\s+[A-ZĐ]\w*(?:\s\w+)?$", mention.name)
    if run_on and re.match(r"\s+[a-zà-ỹđ]", mention.sentence.text[mention.end:]) and mention.sentence.text[mention.end + 1:mention.end + 2].islower():
        mention = replace(mention, name=mention.name[:run_on.start()], end=mention.start + run_on.start())  # `Cụm Công nghiệp
        # Xây Đá B. | Dự án được khánh thành ...`: a full stop after a letter the splitter took for an initial ends the name
    twice = len(mention.head) + 1
    if mention.head and mention.name[:twice].lower() == mention.head.lower() + " " and mention.name[twice:].lower().startswith(
            mention.head.lower()) and mention.name[twice:twice + 1].isupper():  # `tại diễn đàn | Diễn đàn Doanh nghiệp X`: the
        mention = replace(mention, name=mention.name[twice:], start=mention.start + twice, head=mention.name[twice:twice + len(mention.head)])
        # kind, then the name that holds it again
    quoted = _AFTER_TITLE.match(mention.name, len(mention.head))
    if quoted and not _TITLE_GOES_ON.match(mention.name, quoted.end()):  # `Hội nghị “Tổng kết ...” | tham dự Hội nghị gồm có`, `Hội
        name = mention.name[:quoted.end()]  # thảo với chủ đề “...” | để kỷ niệm ...`: a quoted title ends the name (s60, set P160)
        mention = replace(mention, name=name, end=mention.start + len(name))
    dated = _MONTH_OF_YEAR.search(mention.name)
    if dated and dated.start() > len(mention.head) and not re.search(r"(?i:thường kỳ)$", mention.name[:dated.start()]):  # `Hội nghị APEC
        # | tháng 11 - 2016`, `Hội chợ Xuân | tháng`: its date (not `phiên họp thường kỳ tháng 3-2019`: which sitting)
        mention = replace(mention, name=mention.name[:dated.start()], end=mention.start + dated.start())
    if ")" not in mention.name:
        return mention
    depth = 0
    for k, ch in enumerate(mention.name):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            name = mention.name[:k].rstrip(" ,-–")
            return replace(mention, name=name, end=mention.start + len(name))
    return mention


_SITTING_TOPIC = re.compile(r"((?i:kỳ họp|khóa họp|khoá họp|phiên họp)\s+(?i:thứ)\s+[\dIVXLC]+\s+(?:HĐND|Hội đồng nhân dân|Quốc hội|Ủy ban|Uỷ ban|Ban)"
                            r"[^,;:“”\"]*?)\s+(?i:về)\s")
_DECIMAL_REST = re.compile(r",\d+(?:\s*(?:kWp|MWp|kW|MW|GW|ha|m2|km|tấn|tỷ đồng|tỉ đồng|triệu đồng|USD|%)(?!\w))?")
_TERMS = re.compile(r"\W*(?i:theo)\s+(?:(?i:nội dung)\s+)?(?:(?i:các|những)\s+)?(?i:bản ghi nhớ|biên bản ghi nhớ|thỏa thuận|thoả thuận|"
                    r"hợp đồng|chương trình hợp tác|ghi nhớ|MOU)(?!\w)")
_AFTER_TITLE = re.compile(r"\s*(?:(?i:với chủ đề|với tên gọi|chủ đề)\s*:?\s*)?[“\"][^”\"]{3,200}[”\"](?=\s+[a-zà-ỹđ])")
_TITLE_GOES_ON = re.compile(r"\s+(?i:lần|năm|khu vực|mở rộng|quốc tế|toàn quốc|cấp)(?!\w)")
_MEETINGS = frozenset({"conference", "workshop", "forum"})  # heads of a meeting that one event may be called by together
_YEARS = re.compile(r"(?<!\w)(?:(?i:năm)\s+)?(?:19|20)\d{2}(?!\d)")


def _quoted_end(text: str, start: int) -> int:
    """The end of a title that opens with a quote right before the head at `start` (the quote included), or -1."""
    before = text[:start].rstrip()
    if not before or before[-1] not in "“\"‘":
        return -1
    if before[-1] == "\"" and before.count("\"") % 2 == 0:
        return -1  # a closing quote
    closing = "’" if before[-1] == "‘" else "”\""  # (`tổ chức ‘ Hội nghị, hội thảo chuyên đề về ...’`)
    close = min((k for k in (text.find(q, start) for q in closing) if k > 0), default=-1)
    if close > 0 and len(text[start:close].split()) > 15 and re.search(r"\s(?:là|sẽ|đã)\s", text[start:close]):
        return -1  # `“Lễ trao Giải lần thứ II này là sự kiện ...” - đại diện BTC chia sẻ`: a quoted speech, no title
    return close if 0 < close - start <= 250 else -1


def _latin_start(text: str, start: int, head: str) -> int:
    """Where the name of a head in Latin script starts: the capitalised Latin words before it are its name
    (`Asia Song Festival 2017`); other heads start their name."""
    if not head.isascii():
        return start
    words = re.search(r"(?:(?<!\w)[A-Z][A-Za-z0-9&]*(?:-[A-Z][A-Za-z0-9&]*)*\s+)+$", text[:start])
    if not words:
        return start
    at = words.start()
    for word in words.group().split():  # `Trưởng BTC Festival ...`: the committee's abbreviation is no part of it
        if not classes()["committee"].fullmatch(word):
            break
        at = text.index(word, at) + len(word) + 1
    return min(at, start)


def _identified(text: str, start: int, end: int) -> bool:
    """Whether the sentence dates a mention (a day, `sáng nay`, `tháng 9`) or says who holds it (`do X tổ chức`,
    `X tổ chức hội thảo ...`)."""
    c = classes()
    return event_dates.day_in(text) or bool(
        c["when"].search(text) or c["held_after"].match(text[end:]) or c["held_before"].search(text[:start]))


_ADVERBIAL = re.compile(r"(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm|tại|trong|năm|tháng|vào|theo|sau|trước|cùng|tin|nhân)(?!\w)")

def _opens_clause(before: str) -> bool:
    """Whether a mention after `before` opens its clause (the subject): at the start, after `;`, `:` or a
    clause word (`mà`, `khi`, class `clause`), or after fronted adverbials (`Ngày 11/10, tại TP. Bạc Liêu, ...`); not after a comma in a list of names."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ";:" or classes()["clause_before"].search(stripped):
        return True  # `..., mà Hội nghị đưa ra`: the head is the subject of a clause
    if stripped[-1] != ",":
        return False
    segments = [seg.strip() for seg in re.split(r"[,;:]", stripped[:-1])]
    return all(not seg or _ADVERBIAL.match(seg) or seg[:1].isdigit() for seg in segments[-3:]) and bool(
        segments and _ADVERBIAL.match(segments[0] or "x"))


_SITTING_BODY = re.compile(r"(?<!\w)(?:HĐND|Hội đồng nhân dân|Quốc hội|Chính phủ|UBND|Ủy ban|Uỷ ban)(?!\w)[^,;:]{0,60}\s"
                           r"(?i:khai mạc|tổ chức|bế mạc|tiến hành|họp|triệu tập)\s+$")


_TALKS_NAMED = re.compile(r"\s*(?i:giữa|cấp cao|liên)(?!\w)")


def _talked(mention: Mention) -> bool:
    """Whether a mention of talks is the verb `hội đàm` (`Thủ tướng tiếp tục hội đàm với các nhà đầu tư`), not talks named:
    `Hội đàm`, `cuộc/buổi hội đàm`, `hội đàm giữa ...`; not `sau hội đàm thượng đỉnh X`, the summit told as talks (s59)."""
    if fold(mention.head.lower()) != "hoi dam":
        return False
    before = mention.sentence.text[:mention.start]
    return not (mention.head[:1].isupper() or re.search(r"(?<!\w)(?i:cuộc|buổi|các cuộc|vòng)\s+$", before)
                or _TALKS_NAMED.match(mention.sentence.text, mention.start + len(mention.head)))


def mentions(analysis: Analysis) -> list[Mention]:
    found = []
    pattern, verb = keywords()[0], classes()["verb"]
    for sentence in analysis.sentences:
        lower = sentence.text.lower()
        if not pattern.search(sentence.text) and not verb.search(sentence.text) and "họp phiên" not in lower and "tổ chức tổng kết" not in lower \
                and "tổ chức sơ kết" not in lower and "tổ chức kỷ niệm" not in lower and "tổ chức kỉ niệm" not in lower:
            continue  # no head and no ceremony verb: no mention, and the sentence need not be tagged
        starts = {t.start - sentence.start for t in sentence.tokens}
        ends = {t.end - sentence.start for t in sentence.tokens}
        tags = {t.start - sentence.start: (t.pos, t.end - sentence.start) for t in sentence.tokens}
        sat = event_sittings.sittings(sentence) + event_sittings.reviews(sentence)  # `Chính phủ họp phiên thường kỳ tháng
        # 11/2017`: the sitting, whole; `Sở X tổ chức tổng kết ... năm 2024`: the review meeting
        nominal = [n for n in _nominal(sentence, tags, starts, ends) if not any(s.start <= n.start < s.end for s in sat)]
        taken = [(n.start, n.end) for n in nominal + sat]
        by_verb = verbal(sentence, taken, starts, ends, tags)
        judged = [event_name_runs.run_on(event_resolutions.carried_out(event_awards.awarded(_closed(whole_name(owners_listed(whole_item(event_extent.judge(m)))))))) for m in nominal + by_verb if not _talked(m)]  # (a sitting's name is made, not cut from the text)
        judged = event_awards.without_awarded(judged)  # (the contest an award ceremony's name now holds)
        terms = _TERMS.match(sentence.text) is not None  # `Theo bản ghi nhớ hợp tác (MOU), các bên ... tổ chức khóa đào tạo
        # chuyên sâu ...`: what an agreement plans, no event held; a named one may still be told (`Hội chợ X`)
        found.extend(event_dashed.joined(sorted(event_paired_heads.paired([m for m in judged if m is not None and not (
            terms and not m.name[:1].isupper())]) + sat, key=lambda x: x.start)))  # (`Triển lãm và Hội thảo X`: one event)
    return found
