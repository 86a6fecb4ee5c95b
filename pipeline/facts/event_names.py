"""The extent of an event's name: where a name that starts after a head (or a ceremony verb) ends.

It runs on over nouns, names, numbers, `lần thứ X`, years, quoted titles and acronyms in brackets, and ends at
a word of class `stop` of `lexicons/event_words.tsv` (clause words, places, times, auxiliaries, predicates such
as `quy tụ`), a clause opener (`Chính vì vậy`), a photo credit (` - Ảnh`), a person's title, another event's
head (`Hội chợ CAEXPO và Hội nghị CABIS` is two events) or, when the head is the subject of its clause, a verb
(`Triển lãm mở cửa`). What a bracket, a comma or a dash inside the name does is read by `event_name_marks.py`.
"""

from __future__ import annotations

import re

from pipeline.facts import event_name_marks, event_occurrence, event_stops
from pipeline.facts.event_joints import (
    coordinated_part,
    fair_pair,
    joined_part,
    onward,
    pair_in_name,
    parallel_object,
    purpose_first,
    second_act,
    title_end,
    venue_name,
)
from pipeline.facts.event_lexicon import (
    DAY_MONTH,
    EDITION,
    MEASURED,
    QUOTES,
    capitalised,
    classes,
    keywords,
    owner_province,
    person_at,
)
from pipeline.facts.event_lexicon import abroad as _abroad_at
from pipeline.facts.event_name_years import year_after_and, year_closes
from pipeline.facts.event_tags import next_start, noun_after, sentence_case, token_start, unglued
from pipeline.facts.event_work_names import branded_end
from pipeline.facts.lexicon import alternation, load, word_classes

# a space or booth a purpose names, that a ceremony opens (`lễ khai mạc không gian trưng bày sản phẩm ...`): a noun, no predicate
_SPACE = re.compile(r"(?<!\w)(?i:không gian|gian hàng|khu|quầy)\s+$")


# `hội nghị Bộ trưởng Ngoại giao ASEAN`, `Hội nghị đặc biệt Bộ trưởng Kinh tế ASEAN - Trung Quốc`: the ministers of a group
# of countries (a field, then the group's acronym not followed by a person's name) name a meeting, not a speaker
_MINISTERIAL = re.compile(r"(?i:bộ trưởng|thứ trưởng|quan chức cao cấp)\s+(?!(?i:bộ)\s)(?:[A-ZĐa-zà-ỹđ][a-zà-ỹđ]+\s+){1,3}"
                          r"(?:ASEAN|APEC|ASEM|G7|G20|EU|WTO|OPEC|GMS|BRICS|SCO|EAS|MLC|CLMV|ADMM|AMM|AEM|AMEM)(?!\w)(?!\s+[A-ZĐ][a-zà-ỹđ]+\s+[A-ZĐ])")
# a name in capitals with a Vietnamese letter, closing its line (a caption's credit: `BẮC BÌNH`; not `VIETNAM EXPO 2024`)
_CAPS_CREDIT = re.compile(r"(?=[^\n]*[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])"
                          r"[A-ZĐÀ-Ỹ]{2,}(?:\s+[A-ZĐÀ-Ỹ]{2,}){1,3}\s*(?:\n|$)")
_HORIZON = re.compile(r"(?i:đến|tới)\s+(?i:năm)\s+(?:19|20)\d{2}(?!\d)")  # a plan's horizon (its vision after a comma: `vision`)
_SHOWS = re.compile(r"(?i:hội chợ|triển lãm|phiên chợ|tuần lễ|tuần hàng|ngày hội|hội chợ triển lãm)\s*$")  # an event that shows goods
_SITTING_MONTH = re.compile(r"\s+(?i:tháng)\s+\d{1,2}(?:\s*[/-]\s*(?:19|20)\d{2})?(?!\d)")


def name_end(text: str, pos: int, tags: dict[int, tuple[str, int]], subject: bool, head_lower: bool = False) -> int:
    """Where a name that continues at `pos` ends (exclusive) within the sentence text.

    `tags` maps a token's start to its POS tag and end; `subject` says the head opens its clause, so that a verb
    right after it is the clause's predicate (`Triển lãm mở cửa`), not part of the name.
    """
    c = classes()
    heads, _ = keywords()
    end = i = pos
    words = 0
    prev_upper = False  # the word before started with a capital (`... Toàn cục` + `đề xướng`)
    paired = False  # past the `và` of `giữa A và`: `... và đối tác tham gia dự án X` describes the second party
    while i < len(text) and words < 30:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "’'" and end == i and text[i - 1:i].isalpha() and (elided := re.match(r".\w{1,2}(?!\w)", text[i:]) or (
                re.match(r".\w+", text[i:]) if text[i - 1].isupper() and not text[i - 2:i - 1].isalpha() else None)):
            i = end = i + elided.end()  # `World’s Best Rice`: an apostrophe inside a word; `Cư M'gar`, `Ea H'leo`: in a place's
            continue
        if ch in QUOTES:
            closes = [k for k in (text.find(q, i + 1) for q in {QUOTES[ch], "”", "\""} if ch != "'" or q == "'") if k > 0]
            close = min(closes) if closes else -1
            close = len(text.rstrip()) - 2 if close < 0 and ch == "“" and re.fullmatch(r"[^“”\"″']{3,160}?[.!?…]\s*", text[i + 1:]) else close  # (`“... Tây Nguyên.|”`)
            if close < 0 or (ch == "'" and close - i > 120):
                break
            i = end = close + 1
            words += 1
            if text[close - 1] in ",;":
                break  # `Hội thi "Tài hoa gốm Việt," các hoạt động ...`: a comma written inside the quotes ends the list's item
            if re.match(r"\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+[a-zà-ỹđ]", text[i:]) and not re.match(r"\s+(?:Lần|Năm)\s", text[i:]):
                break  # `Hội thảo “...” Hướng đi đúng đắn ...`: a sentence-case phrase after a quoted title is another line
            continue
        if ch == "&" and end == i - 1 and text[i - 2:i - 1].isalpha() and capitalised(text[pos:i]) and re.match(r"&\s+[A-ZĐ]", text[i:]):
            i += 1  # `... ngành công nghiệp Nhựa & Cao su`: two fields of one name joined by an ampersand (s57)
            continue
        if ch == ":" and end == i and end > pos and re.match(r":\s*[“\"«]", text[i:]) and capitalised(text[pos:i]):
            i += 1  # `Hội thảo khoa học Quốc tế: “Mô hình phát triển ...”`: the quoted title after a colon names the event
            continue
        if ch == "(":
            if (marked := event_name_marks.bracket(text, pos, i, tags)) is None:
                break
            i = end = marked[0]
            if marked[1]:
                break
            continue
        if ch == ",":
            if (step := event_name_marks.comma(text, pos, i, end, tags, heads)) is None:
                break
            i, end, gained = step
            words += gained
            continue
        if ch == ";" and end > pos and (task := onward(text, pos, i)):
            i = end = i + task  # `Hội nghị tổng kết Đề án X; triển khai Đề án Y`: the review and its next task
            continue
        if ch in "-–":
            if (after := event_name_marks.dash(text, pos, i, end)) is None:
                break
            i = after
            continue
        if end == i and (ch == "!" and re.search(r"(?<![\w.])[A-Z]{1,4}$", text[:i]) and text[i + 1:].lstrip()[:1].isupper()
                         or ch == "+" and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            i = end = i + 1  # `GO! Tuyên Quang`: a brand's exclamation mark; `Đối thoại 2+2`: a format of two and two
            continue
        if not ch.isalnum():
            break
        word = re.match(r"[A-ZĐ0-9]+(?:&[A-ZĐ0-9]+)+(?!\w)|[\w/.]+", text[i:])  # `B&T`, `P&G`: one word
        assert word is not None
        token = word.group().rstrip(".")
        if re.fullmatch(r"[A-ZĐ][A-ZĐa-z]{0,2}\.", word.group()) and re.match(r"\s+\w", text[i + len(word.group()):]) \
                and text[i + len(word.group()):].lstrip()[:1].isupper() and not re.fullmatch(r"[IVX]+\.", word.group()):
            token = word.group()  # `TP. HCM`, `Q. 7`: an abbreviation, not the sentence's end (`quý I. Tại` is)
        rest = text[i:]
        if EDITION.match(rest) and not re.match(r"(?i:lần đầu tiên)\s+(?i:được|diễn ra|tổ chức|có|đã)(?!\w)", rest):
            edition = EDITION.match(rest)  # (not `X lần đầu tiên được tổ chức`: for the first time, an adverb)
            assert edition is not None
            i = end = i + edition.end()
            words += 1
            prev_upper = True  # `... (ASEM) lần thứ bảy họp`: a verb after the edition is the predicate
            continue
        if body := event_stops.congress_body(text, i):
            end = i + body  # `Đại hội lần thứ I Hội làng nghề mộc ... thôn X`: the association's name; its session and term are the tail's
            break  # (below: inside a word of several syllables, `chứng nhận`, unless the tagger glued a name on: `Phù Cát diễn` + `ra`)
        owner = max((k for k in tags if k < i), default=-1)
        stop_here = c["stop"].match(rest)
        stop_here = None if stop_here is not None and (event_stops.no_daytime(stop_here.group(), rest) or event_stops.modern_kit(
            stop_here.group(), text[pos:i]) or event_stops.awarded(stop_here.group(), rest, text[max(0, pos - 20):i]) or re.search(r"(?<!\w)(?i:các|những)\s+$", text[:i]) and stop_here.group().lower() == "tổ chức") else stop_here  # (`Liên hiệp Các tổ chức ...`)
        # (a stop that is the last syllable of a common noun, `Đồng bằng`, is part of that word)
        glued = (owner >= 0 and not text[owner:owner + 1].islower() and token.islower() and stop_here is not None
                 and (i + stop_here.end() > tags[owner][1] or (i + stop_here.end() == tags[owner][1]
                                                                and tags[owner][0] != "N")))
        inside = bool(tags) and i not in tags and not glued
        abroad = _abroad_at(text, i)
        if owned := (owner_province(text, i) if end > pos and not inside and not abroad else 0):
            i = end = i + owned  # `Hội nghị Xúc tiến đầu tư vào các khu công nghiệp của tỉnh Hưng Yên | tổ chức tại ...`
            continue
        if abroad and not inside:
            i = end = i + abroad  # `... tại Thái Lan năm 2024`, `... của tỉnh Kiên Giang năm 2019`: the name's
            break
        # a one-syllable stop must be the whole word (`chỉ` is not `chỉ số`); `quy tụ` in `quy tụ sự` still stops
        whole = stop_here is not None and (i not in tags or i + stop_here.end() >= tags[i][1] or " " in stop_here.group())
        if (re.match(r"(?i:của)\s", rest) and not capitalised(text[pos:i])
                and text[i + 3:].lstrip()[:1].isupper() and not person_at(text[i + 3:].lstrip())):
            i += 3  # `hội nghị thượng đỉnh của Tổ chức Hiệp ước Bắc Đại Tây Dương`: the owner names it
            continue
        if re.match(r"(?i:vào)\s+(?:(?:(?i:tỉnh|thành phố|TP\.?)\s+)?[A-ZĐ]|(?:(?i:các)\s+)?(?i:lĩnh vực|ngành|thị trường|khu|địa bàn)(?!\w)|"
                    r"(?:(?i:các|những)|\d{1,2})\s+(?i:tỉnh|thành phố|địa phương|vùng|nước)(?!\w)|(?i:vùng|khu vực)\s+(?i:kinh tế|[A-ZĐ]))",
                    rest) and re.search(r"(?i:đầu tư|phát triển|du lịch|xuất khẩu)\s*$", text[pos:i]) or re.match(
                        r"(?i:vào)\s+(?i:sông|cảng|cửa biển|cửa sông|vịnh)\s+[A-ZĐ]", rest):  # `luồng tàu ... vào sông Hậu`
            i += 3  # `hội nghị xúc tiến đầu tư vào Sóc Trăng`, `... cơ hội đầu tư phát triển vào lĩnh vực công nghiệp`,
            continue  # `Quảng bá du lịch vào Lai Châu`: where the investment or the visitors go names the conference
        if re.match(r"(?i:sang)\s+(?:(?i:thị trường)\s+)?[A-ZĐ]", rest) and re.search(r"(?i:xuất khẩu)(?!\w)", text[pos:i]):
            i += 4  # `Lễ công bố xuất khẩu lô xoài đầu của Đồng Tháp | sang thị trường Châu Âu`: where the goods go names it
            continue
        if re.match(r"(?i:đến|về|tới)\s+(?:(?i:các\s+)?(?i:xã|thôn|bản|làng|ấp|buôn|huyện|xóm|khu|vùng|đảo|tỉnh)\s+)?[A-ZĐ]", rest) and re.search(
                r"(?i:đưa|kéo|cấp|mang)\s+(?i:điện|nước sạch|lưới điện)(?:\s+[a-zà-ỹđ]+){0,4}\s*$", text[pos:i]):
            i += 3  # `Lễ đóng điện đưa điện lưới quốc gia | đến xã Sơn Lập`: where the power goes names the ceremony
            continue
        if re.match(rf"(?i:trong)\s+(?:{heads.pattern})", rest) and re.fullmatch(r"(?:\s*[a-zà-ỹđ]+){0,2}\s*(?:\([A-ZĐ&]{2,8}\))?\s*", text[pos:i]):
            i += 5  # `Hội chợ triển lãm (HCTL) | trong Festival Tây Sơn - Bình Định 2008`: a bare part named by the whole it is in
            continue
        horizon = _HORIZON.match(rest) if re.search(r"(?i:quy hoạch|chiến lược|đề án|kế hoạch|chương trình|giai đoạn)(?!\w)", text[pos:i]) \
            or re.match(_HORIZON.pattern + r"\s*,\s*(?i:tầm nhìn)\s", rest) else None  # (a vision after it: `Diễn đàn Phát triển thị
        # trường năng lượng cạnh tranh đến năm 2030, tầm nhìn đến năm 2045`, s61)
        if horizon:
            i = end = i + horizon.end()  # `Hội nghị công bố Quy hoạch ... tỉnh | đến năm 2020, tầm nhìn đến năm 2050`: the plan's horizon
            continue
        named_as = re.match(r"(?i:có tên(?: gọi)?|mang tên|với tên(?: gọi)?|tên là)\s+(?=[A-ZĐ“\"'])", rest)
        if named_as and words == 0:
            i += named_as.end()  # `Triển lãm có tên Kiêu hãnh Trường Sơn`: the name follows
            pos = i
            continue
        if re.match(r"(?i:tháng|ngày|quý)\s+\d|(?i:hơn|gần|khoảng|trị giá|tổng vốn|rộng|dài)\s+\d"
                    r"|\d[\d.,]*\s*(?i:tỷ|tỉ|triệu|nghìn tỷ|ngàn tỷ)(?!\w)", rest) and not re.search(r"(?<!\w)(?i:mở|thứ)\s+$", text[:i]) \
                or DAY_MONTH.match(rest):  # (not `Hội thi X mở | rộng 2018`: an open contest and its year; `tấn urea thứ | 5 triệu`: an ordinal)
            # `Hội nghị APEC tháng 11 - 2016`, `khánh thành Bệnh viện X hơn 4.500 tỉ`, `khởi công cụm X rộng 32,7ha`: a time or a figure
            break
        put_to_use = re.match(r"(?:(?:,\s*|(?i:và)\s+)(?:(?i:chính thức)\s+)?)?(?i:đưa)(?:\s+[A-ZĐ][^,.;:()]{2,120}?)?\s+(?i:vào)\s+(?i:sử dụng|hoạt động|vận hành|khai thác)(?!\w)", rest)
        if put_to_use and re.search(rf"{c['verb'].pattern}\s*$", text[:i]) and (
                put_to_use.group()[:1].lower() == "đ" or re.search(r"(?<!\w)(?i:lễ)\s", text[max(0, pos - 30):i])):
            i = end = i + put_to_use.end() + len(re.match(r"(?:\s+(?:những|các)(?=\s+[a-zà-ỹđ]))?", text[i + put_to_use.end():]).group())  # type: ignore[union-attr]  # `lễ khánh thành (và chính thức) đưa vào hoạt động Cụm công nghiệp X`, `| những hạng mục ...`, `... đưa Nhà máy X vào hoạt động`: one act
            continue
        joint = re.match(r"(?i:và)\s+", rest) if end > pos else None
        second = (c["purpose"].match(rest, joint.end()) or re.compile(r"(?i:thu hút|trực tuyến|trực tiếp)(?!\w)").match(rest, joint.end())) if joint else None
        if second and (c["purpose"].search(" ".join(text[pos:i].split()[-2:])) or c["purpose"].match(text[pos:i].lstrip()) or re.search(
                r"(?i:trực tiếp|trực tuyến)\s*$", text[pos:i])):  # (`Hội thảo trực tiếp và trực tuyến về ...`: two formats of one meeting)
            i = end = i + second.end()
            words += 1  # `Tuần lễ giới thiệu và trưng bày sản phẩm OCOP`, `Hội nghị hợp tác khu ngành nghề qua biên
            # giới và thu hút đầu tư ...`: two purposes of one event
            continue
        if (branded := branded_end(text, pos, i)) > i:
            i = end = branded  # `dự án Nhà máy sản xuất vải dệt kim cao cấp | và phụ liệu đồng bộ Global Hantex`
            continue
        actor = event_stops.kept(text, pos, i, words, c["purpose"].match(rest))  # `các nước | tham gia Hiệp định RCEP`
        stop_here = None if actor else stop_here
        if stop_here and whole and not inside and not token[:1].isupper() and not re.match(r"(?i:năm)\s+(?:19|20)\d{2}", rest) \
                and not c["not_stop"].match(rest) and not (re.match(r"(?i:ở)\s", rest) and re.search(r"(?i:nhà)\s+$", text[pos:i])) \
                and not (c["purpose"].match(rest) and _SPACE.search(text[pos:i]) and re.search(r"(?<!\w)(?i:lễ)\s", text[max(0, pos - 20):pos])) \
                and not pair_in_name(text, pos, i) and not purpose_first(rest, words, subject, text[pos:i]):
            title = title_end(text, pos, i) if head_lower and 1 <= words <= 3 else -1
            if title > i:
                i = end = title  # `hội thảo Hướng đến xã hội không dùng tiền mặt do ...`: a title in sentence case
            break  # a capitalised word is part of a name (`Đại hội ... Tối ưu Toàn cục`), but see `opener`; `nhà ở` is housing
        if c["credit"].match(rest) and (re.match(r"\w+(?:\s\w+)?\s*:", rest) and end > pos or token.isupper() and len(token) > 1):
            break  # `lễ công bố quyết định ẢNH: BẮC BÌNH`, `hội nghị ẢNH`: a photo credit
        if end > pos and _CAPS_CREDIT.match(rest):
            break  # `tọa đàm "Thúc đẩy hữu nghị ..." | BẮC BÌNH`: a photographer's name in capitals closing a caption (s61)
        if token[:1].isupper() and c["opener"].match(rest):
            break
        if (words or head_lower) and (not inside) and person_at(rest) and not _MINISTERIAL.match(rest) and not re.match(r"(?:Bà|Ông)\s+[A-ZĐ]", rest) and not re.search(
                r"(?<!\w)(?i:các|những|cấp|liên|ngày sinh|ngày mất|năm sinh|ngày giỗ|sinh nhật)\s+$", text[pos:i]) \
                and not (re.search(rf"{c['appoint'].pattern}(?:\s+[A-ZĐ]\w*){{0,2}}\s+$", text[pos:i])
                         and not re.match(rf"(?i:{alternation(list(load().honorifics))})\s", rest)):
            break  # `tại hội nghị Phó thủ tướng Nguyễn Xuân Phúc đánh giá`: a person, not the name (but `lễ kỷ niệm 135
            # năm ngày sinh Chủ tịch Hồ Chí Minh`: the person remembered; `Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC`:
            # the ministers who meet, s63)
        if pair_in_name(text, pos, i) and not MEASURED.match(rest):
            i += 3 if rest[:3].lower() == "với" else 2  # `giữa Bộ X và UBND tỉnh Y`, `Nghị quyết 19 và 35`
            paired = re.search(r"(?<!\w)(?i:giữa)\s", text[pos:i]) is not None  # the second party may be described
            continue
        if re.match(r"(?i:với)\s", rest) and c["partnered"].search(text[pos:i]) and text[pos:i].strip() and not MEASURED.match(rest):
            i += 3  # `Hội nghị đối thoại với DN Hàn Quốc`: the partner names the meeting
            continue
        if (task := onward(text, pos, i)):
            i = end = i + task  # `Hội nghị tổng kết công tác năm 2019 và triển khai nhiệm vụ năm 2020`: the review and its next task
            continue
        second_head = heads.match(rest, 3) if words == 0 and end == pos and re.match(r"(?i:và)\s", rest) and re.search(
            r"(?:Hội nghị|Hội thảo|Hội chợ|Triển lãm|Diễn đàn|Tọa đàm|Toạ đàm)\s*$", text[:pos]) else None  # (not `lễ khai mạc | và diễn đàn X`)
        if second_head and second_head.group().islower() and second_head.group() in ("triển lãm", "hội chợ", "hội thảo", "diễn đàn", "hội nghị"):
            i += second_head.end()  # `Hội nghị và triển lãm cao su toàn cầu - GRC 2012`: one event of two heads
            continue
        joined = joined_part(text, pos, i, heads) if re.match(r"(?i:và)\s", rest) else 0
        joined = joined or (coordinated_part(text, pos, i, tags, heads) or second_act(text, pos, i, heads) if re.match(r"(?i:và)\s", rest) else 0)
        if joined:
            i += joined  # `Diễn đàn Phụ nữ và Kinh tế APEC`, `Triển lãm bản đồ và trưng bày tư liệu "..."`
            continue
        places = re.match(r"(?i:và\s+(?:các\s+(?:tỉnh,?\s*thành(?:\s+phố)?|tỉnh|thành phố|địa phương|nước)|địa phương))(?!\w)"
                          r"|(?i:và)\s+(?:(?i:miền|vùng|khu vực)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2}|Tây Nguyên|(?:Bắc|Nam) Trung Bộ|(?:Đông|Tây) Nam Bộ|Tây Bắc|Đông Bắc)(?!\w)", rest)
        # (`khu vực Tây Nguyên và miền Trung`, `các địa phương phía Bắc và Bắc Trung Bộ`)
        if places and end > pos and text[pos:i].split()[-1][:1].isupper():
            i = end = i + places.end()  # `làng nghề Hà Nội và các tỉnh phía Bắc`: the places the event is for
            continue
        goods = re.match(r"(?i:và)\s+(?:(?i:các|những)\s+)?(?i:sản phẩm|mặt hàng|hàng hóa|hàng hoá|dịch vụ)(?!\w)", rest) if end > pos and \
            text[pos:i].split()[0][:1].isupper() and _SHOWS.search(text[:pos]) else None
        if goods:
            i += goods.end()  # `Hội chợ Nông nghiệp và các sản phẩm OCOP khu vực phía Bắc`: the goods the fair shows
            continue
        sized = re.match(r"(?i:và)\s+(?i:vừa|nhỏ)(?!\w)", rest) if re.search(r"(?<!\w)(?i:nhỏ|vừa)\s+$", text[pos:i]) else None
        if sized:
            i = end = i + sized.end()  # `doanh nghiệp nhỏ và vừa`: one size
            continue
        if re.match(r"(?i:và)\s+(?i:dự án|nhà máy|công trình)\s", rest) and re.search(r"(?<!\w)(?i:các|hai|2)\s+(?i:dự án|nhà máy|công trình)\s", text[pos:i]):
            i += 3  # `ký kết ... các dự án Trung tâm công nghiệp khí và dự án Cảng tổng hợp`: the projects listed
            continue
        if parallel_object(text, pos, i):
            i += 2  # `hội nghị công bố chỉ số cải cách hành chính (PAR INDEX) và chỉ số hài lòng ...`: one act, two objects
            continue
        if year_after_and(text, pos, i, end, tags, heads):
            i += 3  # `Tuần lễ mận và nông sản an toàn tỉnh Sơn La ... năm 2023`: a year closes the name past `và`
            continue
        if re.match(r"(?i:và|cùng|với)\s", rest) and not (re.match(r"(?i:với)\s", rest) and re.search(r"(?<!\w)(?i:đối)\s+$", text[pos:i])):
            break  # (but `lấy ý kiến đối | với Đề án X`: regarding)
        owner = event_occurrence.organisation_at(rest) if end > pos else 0
        if owner:
            i = end = i + owner  # `Hội nghị thượng đỉnh Diễn đàn Hợp tác Á - Âu`: the owner names the meeting
            words += 1
            continue
        head_here = heads.match(rest) if not re.match(r"(?i:đại hội đồng)\s", rest) else None  # (`Đại Hội đồng LHQ`: a body)
        if head_here and end > pos and not (head_here.group().isascii() and re.search(r"[A-Z][A-Za-z]*\s+$", text[:i])) \
                and not re.search(r"(?<!\w)(?i:cuộc|buổi|lớp|khóa|khoá|phiên|kỳ|đợt|giới thiệu|thông tin|thông tin về|chuẩn bị cho|quảng bá|xúc tiến|chiêu thương)\s+$", text[pos:i]) \
                and not (head_here.group()[:1].isupper() and re.fullmatch(r"(?:\s*[a-zà-ỹđ]+)+\s*|.*\s(?i:trong)\s+", text[pos:i])) \
                and not fair_pair(text, pos, i, head_here.group()) and not venue_name(text[pos:i]):
            break  # `Diễn đàn cấp cao và Triển lãm`: the next event (not `Monsoon Music Festival`, `cuộc bình chọn`, `Hội
            # chợ thương mại Festival Di sản ...`: lowercase words, no joint, then its frame; `Trung tâm Hội chợ`: a venue; `Hội
            # nghị Xúc tiến Chiêu Thương Hội chợ X`: the fair it promotes, s61)
        tag, tag_end = tags.get(i, ("", i + len(token)))
        lower = not token[:1].isupper()
        if (words == 0 or prev_upper) and token.lower() == "họp" and not re.match(r"(?i:họp)\s+(?i:mặt|báo)(?!\w)", text[i:]) or event_stops.told_purpose(rest):
            break  # `Ban Tổ chức Ngày hội | họp triển khai kế hoạch`: the board meets (not `Hội nghị họp mặt`); `| giới thiệu nhiều tác phẩm`
        if words == 0 and token.lower() == "tập" and re.match(r"tập trung\s+(?:vào|[a-zà-ỹđ]+)", text[i:]) and \
                tags.get(next_start(text, tag_end), ("", 0))[0] in ("V", "E"):
            break  # `Hội thảo tập trung truyền đạt ...`, `Hội nghị tập trung vào ...`: its predicate (not `khu ... tập trung`)
        if tag in ("R", "C") and lower and not (tag == "R" and (words == 0 or token.lower() == "toàn") and noun_after(text, tags, tag_end)) \
                and not re.match(r"(?i:vừa và nhỏ)(?!\w)", rest) and not (token.lower() == "mới" and re.search(r"(?i:nông thôn)\s+$", text[pos:i])) and not (prev_upper and re.match(r"mới(?:\s*(?:[-–]\s*[A-ZĐ]|[”\"»])|(?!\w))", rest) and (
                    re.match(r"mới\s*(?:[-–]|[”\"»])", rest) or re.search(r"\smới\s*[-–]\s*[A-ZĐ]\w*(?:\s+\w+)?\s*$", text[pos:i]))):
            # (`Hội thảo Công nghệ mới - Sản phẩm mới`: new, before a dash or a closing quote or after `mới -`, is the title's adjective)
            break  # (`Triển lãm nguyên/R phụ liệu/N dệt may`, `lốp xe tải toàn/R thép/N`: a word before a noun, no adverb)
        # a verb, but not `về` right after the head (`Hội thảo về/V ...`: about), a "verb" the tagger glued to a name
        # (`Thủy điện Lai Châu/V`), nor the verb half of a noun (`Giấy/N chứng nhận/V`)
        verbal = token.isalpha() and (tag.startswith("V") or (tag == "A" and words == 0)) and not (
            words == 0 and token.lower() == "về") and not (words and c["qualifier"].match(rest)) and not any(w[:1].isupper() for w in text[i:tag_end].split()[1:]) and not re.search(
            rf"{c['compound'].pattern}$", text[max(0, i - 12):max(tag_end, i + len(token))])
        if lower and verbal and tag.startswith("V") and re.search(r"(?i:lần(?:\s+thứ)?)\s+(?:\d{1,2}|[IVXL]{1,5})\s*$", text[pos:i]):
            break  # `Festival Lúa gạo Việt Nam lần 5 | trao bảng tượng trưng ...`: after its edition, the clause's verb
        if lower and verbal and tag.startswith("V") and re.fullmatch(r"\s*[A-Z][A-Z\d]{2,}\s*", text[pos:i]) \
                and re.search(r"(?:^|\s)[A-ZĐ]\w*(?:\s+\w+)?\s*$", text[:pos]):
            break  # `Diễn đàn VIKO30 | kết nối cộng đồng ...`: named by its code alone, then its predicate (s62, set P172)
        if lower and verbal and not paired and not actor and not c["purpose"].match(rest) and (words == 0 or prev_upper):
            following = text[max(tag_end, i + len(token)):].lstrip()
            bare = not (following[:1].isalnum() or following[:1] in "“\"«") or (c["stop"].match(following) and not following[:1].isupper())
            if event_occurrence.organisation_at(following):
                pass  # `Hội nghị thượng đỉnh Diễn đàn Hợp tác Á - Âu`: a modifier before the owner's name
            elif year_closes(text, i, tags, heads):
                pass  # `Hội nghị Kết nối cung cầu hàng hóa năm 2024`: the words run on to the year that closes the name
            elif ((tag.startswith("V") and (subject or (words == 0 and head_lower)) and not (bare and sentence_case(
                    text, tags, pos, i))) or (bare and not sentence_case(text, tags, pos, i))):
                end = unglued(text, tags, end) if end > pos and token_start(tags, end) >= pos else end
                break  # `Hội nghị vinh dự`, `triển lãm tái hiện`, `Triển lãm Ký ức Trường Sơn tái dựng`, `... đề xướng cho`
        prev_upper = not text[max((k for k in tags if k <= i), default=i):][:1].islower()
        i += len(token)
        end = i
        words += 1
        span = re.match(r"\s*[-–]\s*(?:19|20)\d{2}(?!\d)", text[i:])
        if re.fullmatch(r"(?:19|20)\d{2}", token) and span:
            i = end = i + span.end()  # `giai đoạn 2021-2025` is a span, not the event's year
        elif re.fullmatch(r"(?:19|20)\d{2}", token) and not onward(text, pos, i + len(text[i:]) - len(text[i:].lstrip())):
            break  # `... năm 2024` closes a name
    dangling = re.search(rf"\s(?i:{alternation(list(word_classes('event_words.tsv')['dangling']))})\s*$", text[pos:end])
    end = pos + dangling.start() if dangling else end  # `hội nghị thượng đỉnh giữa` + a person: no `giữa`
    month = _SITTING_MONTH.match(text, end) if re.search(r"(?i:thường kỳ)\s*$", text[pos:end]) else None
    return month.end() if month else end  # `phiên họp Chính phủ thường kỳ tháng 3-2019`: which sitting, no date of it

