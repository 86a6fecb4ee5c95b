"""Ceremonies named by their verb, without `lễ`: `Tập đoàn X khánh thành nhà máy Y`, `được khởi công ngày 2/9`.

A ceremony verb marked `alone` in `lexicons/event_ceremonies.tsv` names a ceremony when it heads a clause; its
name is the verb and its object (or, without one, the subject before it). A signing needs a document as object,
and after `được` (`công ty được ký hợp đồng thuê đất`: a party got to sign) it is a step of a project, weak;
a verb after `sau khi`, `tiến tới`, `việc`, ... (class `irrealis`), in a condition, or with `từ` (since) is weak:
it can join an event but not open one.
"""

from __future__ import annotations

import re

from pipeline.facts import event_dates
from pipeline.facts.event_lexicon import QUOTES, Mention, capitalised, classes, heads_after, person_at, verb_subtypes
from pipeline.facts.event_names import name_end
from pipeline.language.analysis import Sentence, Token
from pipeline.language.textnorm import fold

_SIGNED = re.compile(r"(?<!\w)(?:đã|vừa|chính thức|tiến hành|tổ chức|cùng|chứng kiến|dự)\s+(?:(?:đã|vừa|chính thức|tiến hành)\s+)*$", re.I)

# people counted before a verb of signing: each signs, no ceremony is told (`30.157 gia đình | ký cam kết`)
_COUNTED_SIGNERS = re.compile(r"(?<!\w)\d[\d.]*\s+(?:gia đình|hộ gia đình|hộ dân|hộ|người dân|người|cán bộ|học sinh|hội viên|đoàn viên|"
                              r"nông dân|tiểu thương|hộ kinh doanh)\s+(?:(?:đã|cũng|đều|cùng)\s+)*$", re.I)
_INTO_USE = re.compile(r"\s*(?:,\s*|\s+(?i:và)\s+)?(?:(?i:chính thức)\s+)?(?i:đưa vào)\s+(?i:sử dụng|hoạt động|vận hành|khai thác)")
# a date of no day right after a passive act (`được khởi công | vào tháng 12/2023`, `| năm 2019`, `| cuối năm 2020`, `| xây dựng vào năm 2011`)
_MONTH_ONLY = re.compile(r"\s*(?:(?i:xây dựng)\s+)?(?:(?i:vào|trong|từ)\s+)?(?:(?i:tháng)\s+\d{1,2}\s*(?:/|-|(?i:năm))\s*(?:19|20)\d{2}|(?:(?i:năm)\s+)?(?:19|20)\d{2}"
                         r"|(?i:cuối|đầu|giữa)\s+(?i:năm|tháng)(?:\s+(?:19|20)\d{2})?)(?![\d/])")


def clause_start(text: str, pos: int) -> int:
    """Start of the clause that holds `pos`: after the last comma, semicolon or colon before it outside brackets."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth = max(0, depth - 1)
        elif ch in ",;:" and depth == 0:
            return i + 1
    return 0

def word_at(starts: set[int], ends: set[int], start: int, end: int, text: str) -> bool:
    """Whether text[start:end] is made of whole words: it starts or ends a token, or is capitalised
    (`dự Diễn đàn` is one token to the tagger); `cơ hội thảo luận` holds `hội thảo` across two words."""
    return not starts or start in starts or end in ends or text[start:start + 1].isupper()

def verbal(sentence: Sentence, taken: list[tuple[int, int]], starts: set[int], ends: set[int],
            tags: dict[int, tuple[str, int]]) -> list[Mention]:
    """Ceremonies named by their verb: `Tập đoàn X khánh thành nhà máy Y`, `được khởi công ngày 2/9`."""
    c = classes()
    subtypes = verb_subtypes()
    document = c["document"]
    text = sentence.text
    found = []
    for m in c["verb"].finditer(text):
        verb = re.sub(r"(?i)^cắt\s+băng\s+", "", re.sub(r"\s+", " ", m.group()))
        vstart = m.end() - len(verb)
        if any(a <= m.start() < b for a, b in taken) or not (
                word_at(starts, ends, vstart, m.end(), text) or word_at(starts, ends, m.start(), m.end(), text)):
            continue
        if tags.get(vstart, ("V", 0))[0][:1] not in ("V", "N", "A", "M"):  # (`khởi công` is sometimes tagged a numeral)
            continue
        before = text[:m.start()]
        if re.search(r"(?i:lễ)\s+(?:cắt\s+băng\s+)?$", before) or heads_after(text, m.end()):
            continue
        subtype = subtypes[fold(verb)]
        after = text[m.end():].lstrip()
        if subtype == "signing" and not document.match(after):
            continue
        if subtype == "signing" and not (event_dates.day_in(text) or (_SIGNED.search(before) and " " in verb)):
            continue  # `những hộ ký hợp đồng sản xuất`, `đã ký hợp đồng với các doanh nghiệp`: no signing event
        if subtype == "signing" and _SIGNED_BY_DEADLINE.match(after):
            continue  # `đã ký hợp đồng gia công trước ngày 1/3/2020`: a condition by a deadline, no ceremony (s60, set P161)
        if subtype == "signing" and _COUNTED_PARTIES.match(after) and not event_dates.day_in(text):
            continue  # `nhà trường đã ký kết hợp tác 4 đơn vị`: how many partners it has, told with no day, no one ceremony
        if subtype == "signing" and _COUNTED_SIGNERS.search(before):
            continue  # `toàn thị xã có 30.157 gia đình ký cam kết`: each household signs a pledge, no ceremony
        if subtype == "signing" and re.search(r"(?<!\w)(?i:mà)\s+[^,;:]{0,40}$", before) and not event_dates.day_in(text):
            continue  # `quốc gia duy nhất ... mà Indonesia đã ký kết hợp tác toàn diện`: a relative clause tells a state of
            # relations, no signing held (s63, set P177)
        # (`được ký hợp đồng mua bán điện`: a party got to sign, a step of a project, not a signing ceremony)
        clause = before[clause_start(text, m.start()):]
        permitted = subtype == "signing" and re.search(r"(?<!\w)(?i:được)\s+$", before) is not None
        weak = permitted or bool(c["irrealis_before"].search(before)) or bool(re.search(r"(?i:việc|buổi|sự)\s+[^,]*$", clause))
        if _CONDITIONAL.match(clause) or _TO_COME.match(clause):
            weak = True  # `nếu một cơ sở được khởi công nhiều lần`, `Thời gian tới X và Y cùng ký kết ...`: an intention
        if re.match(r"\s*(?:xây dựng\s+)?(?:(?i:từ|kể từ|cách đây)\s|(?i:gần|hơn|được|đã)?\s*\d+\s+(?i:năm|tháng|ngày))",
                    text[m.end():]) or re.match(r"(?:\s*,?\s*[a-zà-ỹđ]+){1,4}\s+(?i:từ|kể từ)\s+(?i:năm|tháng|đầu năm|cuối năm)\s", text[m.end():]):
            weak = True  # `được khởi công từ đầu năm 1960`, `cách đây 10 năm`, `khởi công gần 1 năm`, `khởi công nâng cấp, mở
            # rộng từ năm 2015`: since, not when
        into_use = _INTO_USE.match(text, m.end())  # (`được khai trương | đưa vào hoạt động | năm 1996`)
        if re.search(r"(?<!\w)(?i:được)\s+$", before) and _MONTH_ONLY.match(text, into_use.end() if into_use else m.end()):
            weak = True  # `nhà máy X được khởi công vào tháng 12/2023`: when the work began, told as background, no day of a ceremony
        if subtype != "signing" and not event_dates.day_in(text) and not re.search(r"(?i:chính thức|tổ chức|long trọng)\s+$", before) and (_MONTH_ONLY.match(text, into_use.end() if into_use else m.end()) or _PERIOD_LEAD.match(before) or _PERIOD_LEAD.search(clause)):
            weak = True  # `Đầu năm 2021, HTX đã khởi công xây dựng nhà máy`, `nhà máy X khởi công tháng 1/2022, vận hành ...`: when
            # a work began, by month or year, a milestone told as background, no day of a ceremony (s54, sets P109, P113)
        if _AFTER_WHEN.search(clause):
            weak = True  # `sau khi cầu Vàm Cống khởi công`: a time clause, not the news
        if re.search(r"(?i:sẽ)\s+(?:được\s+)?$", before) and not event_dates.day_after(text, m.end()):
            weak = True
        if re.search(r"(?<!\w)(?i:đã|đang|đã và đang)\s+(?i:được)\s+$", before) and not event_dates.day_in(text) and not re.search(
                r"(?:19|20)\d{2}", text):
            weak = True  # `KCN Mỹ Thuận đã được khởi công`: where a project stands, not a ceremony told
        put = _PUT_TO_USE.match(text, m.end())  # `khai trương, đưa vào hoạt động chợ mới X`: the object comes after
        put = put if put and (tags.get(put.end(), ("", 0))[0] in ("N", "Nc", "Np") or _COUNTED_WORK.match(text, put.end())) else None
        # (not `..., đưa vào vận hành phát điện`; but `..., đưa vào vận hành hai Nhà máy Thủy điện X và Y`)
        end = _object_end(text, put.end() if put else m.end(), tags)
        end = m.end() if into_use and end <= into_use.end() + 1 and not put else end  # (`X được khai trương đưa vào hoạt động`: no
        # object, what opens is the subject)
        paper = document.match(after) if subtype == "signing" and end <= m.end() else None
        if paper:  # `đã ký kết bản ghi nhớ/V với Tập đoàn T&T`: the document, the tagger took for a verb, and the party
            end = len(text) - len(after) + paper.end()
            party = _PARTY.match(text, end)
            end = party.end() if party else end
        elif subtype == "signing" and (party := _PARTY.match(text, end)):
            end = party.end()  # `ký kết biên bản ghi nhớ hợp tác | với Công ty Cổ phần NovaGroup`: the party it is signed with
        elif subtype == "award" and " " in verb and end <= m.end():
            given = _GIVEN_TO.match(text, m.end())
            end = given.end() if given else end  # `trao giấy chứng nhận đầu tư | cho Công ty LG Innotek`: to whom it is handed
            weak = weak or given is None or not event_dates.day_in(text)  # (a licence given to no one named, or on no day
            # the sentence tells, is told in passing: `Lãnh đạo tỉnh trao giấy chứng nhận đầu tư cho X` under a photo)
        owner = _PHASE_OF.match(text, end) if _PHASE.fullmatch(text[m.end():end].strip(" ,")) else None
        if owner:  # `khởi công xây dựng Giai đoạn 1 | của dự án "Trang trại phong điện Tây Nguyên"`: the phase of a named work
            end = max(end, _object_end(text, owner.end(), tags))
        if put and end > put.end() and not capitalised(text[put.end():end]) and not _WORK_NOUN.match(text, put.end()):
            put, end = None, _object_end(text, m.end(), tags)  # (`..., đưa vào vận hành phát điện`: how, not what; but `... nhà máy chuyên sản xuất ...`)
        if put and end > put.end():
            name = f"{verb} {text[put.end():end].strip(' ,-–')}"
        elif end > m.end():
            name = text[vstart:end].strip(" ,-–")  # (`cắt băng khánh thành X`: the act is the inauguration)
        else:  # `Trung tâm ... đã khánh thành`: what is inaugurated is the subject
            subject = _subject(sentence, clause_start(text, m.start()), m.start()) or _described(sentence, m.start())
            if subject and heads_after(subject, 0):
                continue  # `Tuần lễ giới thiệu hàng Việt Nam ... đã chính thức khai trương`: the event's own opening, no ceremony
            name = f"{verb} {subject}".strip()
            if subject and (not capitalised(subject) or _ORDINAL_WORKS.fullmatch(subject)):  # (`Dự án thứ hai được khởi công là ...`:
                weak = True  # `tổng vốn đầu tư 4.300 tỷ đồng được khởi công`: nothing named is inaugurated; an ordinal, s61)
        if _PHASE.fullmatch(text[m.end():end].strip(" ,")):  # `nhà máy điện gió Đầm Nại khánh thành giai đoạn 1`: the
            subject = _subject(sentence, clause_start(text, m.start()), m.start())  # phase is of the thing before
            thing = bool(subject) and capitalised(subject) and not _DOER.match(subject) and not text[
                :text.rfind(subject, 0, m.start())].rstrip().endswith(("-", "–"))  # (not `Công ty X - Y khởi công`)
            name = f"{verb} {text[m.end():end].strip(' ,')} {subject}" if thing else name
            weak = weak or not thing
        if c["many"].match(clause):
            weak = True  # `Các tổ chức ... đã ký kết thỏa thuận`: many signings, not one event
        acts = re.match(rf"(?:\s*(?:,|và|(?i:và|hoặc))\s*(?:{c['verb'].pattern}))+\s*", text[m.end():])
        if acts and c["many"].match(text, m.end() + acts.end()):
            weak = True  # `tổ chức động thổ, khởi công và khánh thành nhiều dự án`: many ceremonies told at once
        obj = text[m.end():end].split()
        if (subtype == "signing" and not capitalised(" ".join(obj)) or subtype == "award" and " " in verb) and _AT_EVENT.search(before):
            weak = True  # `tại Hội nghị X, UBND tỉnh đã trao quyết định ... và ký kết biên bản ghi nhớ`, `Tại buổi lễ, ... ký kết hợp
            # đồng thuê đất`: a signing of unnamed papers inside the event told, no event of its own (s52, set P100)
        core = obj[2:] if [w.lower() for w in obj[:2]] in (["xây", "dựng"], ["mở", "rộng"]) else obj  # (`khởi công xây dựng nhà máy`)
        if 0 < len(core) <= 3 and all(w.isalpha() and w.islower() for w in core) and not event_dates.day_in(text):
            weak = True  # `Bắc Ninh khởi công khu công nghiệp`: an undated kind of work, no named one; it joins one named
            # elsewhere (`Sáng 9/5, Tập đoàn TH khánh thành nhà máy sữa`: dated, the act of that day)
        if _COUNTED_PLAIN.match(" ".join(obj)) and not capitalised(" ".join(obj)) and not event_dates.day_in(text) \
                and not re.search(r"\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)\d{2}", text):
            weak = True  # `Ninh Thuận đã khánh thành 2 nhà máy điện gió quy mô lớn`: a tally, no ceremony named or dated
        if name == verb and not event_dates.day_after(text, m.end()):
            weak = True  # `Khách sạn vừa khai trương ở Hải Phòng cháy lớn`: nothing names it, no day dates it
        if (c["many"].match(text, m.end()) or (re.match(r"\s*(?:(?i:xây dựng|mở rộng)\s+)?(?i:một|thêm)\s", text[m.end():])
                                                and not (event_dates.day_in(before) and not _SOME.match(text, m.end())))  # (`Ngày
                # 10/5, tỉnh X khởi công một dự án`: that day's; not `thêm một số hạng mục`)
                or _DEADLINE.search(before)
                or c["occasion_before"].search(before) or c["span"].match(text)):
            weak = True  # `khởi công một dự án`, `khai trương thêm`, `một hoạt động khai trương`, `đến 30/6 khánh thành`,
            # `Trong giai đoạn 2015 - 2020, Sở đã ký kết hợp tác với 21 tỉnh`: kinds, deadlines and habits
        at = vstart if text.startswith(name, vstart) else m.start()
        again = re.search(r"(?<!\w)(?i:tái)\s+$", text[:at]) if at == vstart else None
        if again:  # `tái khởi công cao tốc X`: a restart, another occasion than the first groundbreaking
            name, verb, at = f"{text[again.start():at]}{name}", f"{text[again.start():at]}{verb}", again.start()
        found.append(Mention(name, "ceremony", subtype, at, at + len(text[at:end].rstrip(" ,-–")),
                              sentence, named=name != verb, strong=not weak, head=verb))
    return found

_AT_EVENT = re.compile(r"(?<!\w)(?i:tại|trong|dự)\s+(?i:hội nghị|hội thảo|diễn đàn|buổi lễ|lễ|buổi làm việc|chương trình)(?!\w)")
_SOME = re.compile(r"\s*(?:(?i:xây dựng|mở rộng)\s+)?(?:(?i:thêm)\s+)?(?i:một)\s+(?i:số|vài|loạt)(?!\w)")
# `đến 30/6 khánh thành bể thứ nhất`: a deadline, not an event
_DEADLINE = re.compile(r"(?<!\w)(?i:đến|trước|tới)\s+(?:(?i:ngày)\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\s+$")
_PERIOD_LEAD = re.compile(r"(?:^|,)\s*(?:(?i:vào|trong|từ)\s+)?(?:(?i:đầu|cuối|giữa)\s+)?(?:(?i:năm)\s+(?:19|20)\d{2}|(?i:tháng)\s+\d{1,2}\s*(?:/|-|(?i:năm))\s*(?:19|20)\d{2}|(?i:quý)\s+[IV\d]+(?:\s*/\s*|\s+(?i:năm)\s+)(?:19|20)\d{2})\s*,")
_AFTER_WHEN = re.compile(r"(?<!\w)(?i:sau khi|trước khi|kể từ khi|từ khi|khi|nếu)\s+(?:\S+\s+){0,6}$")
_GIVEN_TO = re.compile(r"(?:\s+(?i:và)\s+[^,;:.()]{2,60}?)?\s+(?i:cho)\s+(?:(?i:các|những)\s+)?(?:\d+\s+)?[^\s,;:.()]+(?:\s+[^\s,;:.()]+){0,7}?"
                       r"(?=\s*(?:[,;:.()]|$)|\s+(?i:với|tại|của|vào|trong|nhằm|có|là|gồm)(?!\w))")  # (`... và giấy chứng nhận ... | cho 14 dự án`)
_PARTY = re.compile(r"\s+(?:[a-zà-ỹđ]+\s+){0,2}?(?i:với|giữa|cùng)\s+(?:(?i:các)\s+)?(?:(?i:nhà đầu tư|doanh nghiệp|đối tác)\s+)?[A-ZĐ]"
                    r"(?:[^,.;()]{0,60}?)(?=\s+(?i:về|để|nhằm|tại|trong|vào|theo|trị giá|với)(?!\w)|[,.;(]|$)")  # (`cùng các nhà đầu tư Hàn Quốc`)
_PUT_TO_USE = re.compile(r"\s*(?:,|\s(?i:và))\s*(?:(?i:chính thức)\s+)?(?i:đưa vào)\s+(?i:sử dụng|hoạt động|vận hành|khai thác)\s+"
                         r"|\s+(?i:và)\s+(?i:tham quan|thăm)(?:\s+(?i:dây chuyền sản xuất|dây chuyền|nhà xưởng))?\s+(?=[A-ZĐ])")  # (`cắt băng
# khánh thành và tham quan dây chuyền sản xuất Nhà máy X`: the work opened and visited)
_WORK_NOUN = re.compile(r"(?i:nhà máy|công trình|dự án|trạm|khu|cụm|tuyến|chợ|trung tâm|bệnh viện|trường|cầu|đường)(?!\w)")  # a work named in lower case
_COUNTED_WORK = re.compile(r"(?i:hai|ba|bốn|năm|\d+)\s+(?:(?i:nhà máy|công trình|dự án|tuyến|trạm|dây chuyền)\s+)?[A-ZĐ]")
_DOER = re.compile(r"(?i:công ty|tổng công ty|tập đoàn|UBND|ủy ban|sở|bộ|ban quản lý|chủ đầu tư|nhà đầu tư)(?!\w)")
_SIZES = frozenset("dài rộng cao sâu nặng lớn".split())
_PHASE = re.compile(r"(?:(?i:xây dựng)\s+)?(?i:giai đoạn)\s+\w+")
_PHASE_OF = re.compile(r"\s+(?i:của)(?=\s+(?i:dự án|nhà máy|công trình|khu|cụm|tuyến|trang trại|trạm)\s)")
_AMOUNT_TAIL = re.compile(r"[,\s]*(?:(?i:với|có)\s+)?(?i:tổng\s+)?(?i:mức đầu tư|vốn đầu tư|số vốn|vốn|kinh phí|quy mô|công suất|diện tích)"
                          r"(?:\s+(?i:khoảng|hơn|gần|trên|là|lên tới|lên đến))?\s+\d[\d.,]*(?:\s+\S+){1,2}?\s+"
                          r"(?:(?i:đã|sẽ|được|vừa|chính thức|đang|mới|cũng|tiếp tục)\s+)*$")  # an amount a work is described by
_SUBJECT_END = frozenset("là thì mà khi và nhưng nên rồi nếu".split())
_PLACE = re.compile(r"(?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)\s+[A-ZĐ]")

_TO_COME = re.compile(r"\W*(?:(?i:trong)\s+)?(?i:thời gian tới|sắp tới|tới đây|tương lai)(?!\w)")
_NAME_PART = re.compile(r"\d{1,2}[A-Z]?|[A-ZĐ][\w-]*(?:\s[A-ZĐ][\w-]*)*")  # a number or capitalised word in a work's name (`1A`, `Quang Minh`)
_CONDITIONAL = re.compile(r"^\s*(?i:nếu|khi|sau khi|trước khi|kể từ khi|từ khi|để|giá như|trong trường hợp)(?!\w)")

_ORDINAL_WORKS = re.compile(r"(?i:dự án|nhà máy|công trình|hạng mục|gói thầu)\s+(?:(?i:thứ)\s+\w+|(?i:đầu tiên|cuối cùng|còn lại|tiếp theo))")


def _subject(sentence: Sentence, start: int, verb: int) -> str:
    """The noun phrase before a ceremony verb in its clause, without auxiliaries (`Trung tâm hậu cần VJS đã
    khánh thành`), or '' when there is none (`Mừng khai trương`, `dự án tại Đắk Lắk được khánh thành`)."""
    c = classes()
    s0 = sentence.start
    while start > 0 and re.search(r"(?<!\w)(?:\d{1,2}[A-Z]?|[A-ZĐ][\w-]*)\s*,\s*$", sentence.text[:start]) \
            and _NAME_PART.match(sentence.text[start:].lstrip()):  # `Cà Mau 1A, | 1B, | 1C và 1D`: the commas of one name's parts
        start = max(0, sentence.text.rfind(",", 0, len(sentence.text[:start].rstrip().rstrip(","))) + 1)
    amount = _AMOUNT_TAIL.search(sentence.text, start, verb)
    verb = amount.start() if amount else verb  # `dự án X tổng mức đầu tư 6,5 triệu USD chính thức được khởi công`: X is begun
    tokens = [t for t in sentence.tokens if start <= t.start - s0 and t.end - s0 <= verb]
    cut = next((t for t in sentence.tokens if t.start - s0 < verb < t.end - s0), None) if amount else None
    piece = sentence.text[cut.start - s0:verb].strip() if cut is not None else ""
    if cut is not None and piece:  # (`Tân Phú tổng`: one token to the segmenter)
        tokens.append(Token(piece, cut.start, cut.start + len(piece), "Np"))
    depth = 0
    kept: list[str] = []
    for n in range(len(tokens) - 1, -1, -1):
        t = tokens[n]
        low = t.text.lower()
        if (low == "và" or t.text == ",") and kept and n > 0 and _NAME_PART.fullmatch(kept[0]) and _NAME_PART.fullmatch(tokens[n - 1].text):
            kept.insert(0, t.text)  # `Dự án Nhà máy điện gió Cà Mau 1A, 1B, 1C và 1D vừa được khởi công`: the parts of one name
            continue
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth = max(0, depth - 1)
        if depth or t.text in "()":
            continue
        if t.text in ('"', "“", "”") and kept:
            kept.insert(0, t.text)  # `"resort" bò sữa Vinamilk Tây Ninh chính thức khánh thành`: a quoted word of the name
            continue
        if not kept and re.fullmatch(r"đã|sẽ|được|vừa|chính thức|đang|mới|cũng|lại|tiếp tục|tổ chức|tiến hành", low):
            continue
        if low == "là" and kept and kept[0][:1].islower():  # `Nhà máy X là công trình trọng điểm được khởi công`: the
            return _subject(sentence, start, t.start - s0) or " ".join(kept)  # description's subject is what is begun
        if t.text in ("-", "–") and kept and kept[0].lower() == "giai đoạn":
            kept.insert(0, t.text)  # `Nhà máy Điện gió Tân Thuận - giai đoạn 3`: one work's phase
            continue
        if low == "được" and kept and _DOER.match(" ".join(kept)):  # `Dự án X vừa được Công ty Y động thổ`: Y is the agent,
            return _subject(sentence, start, t.start - s0)  # what is begun stands before `được`
        if low == "và" and kept and kept[0][:1].islower() and t.pos in ("C", "CC") and n > 0 and tokens[n - 1].pos == "N" and tokens[n - 1].text[:1].islower():
            kept.insert(0, t.text)  # `nhà máy chế biến nông sản và thực phẩm Bà Tư`: two nouns of one name
            continue
        if low in _SUBJECT_END or c["opener"].fullmatch(low) or t.pos == "CH" or re.search(r"\d[/-]\d|:", low):
            break
        if c["stop"].fullmatch(low) or t.pos in ("E", "R"):
            return ""  # `tại Đắk Lắk`: a complement, the subject is further back
        kept.insert(0, t.text)
    if kept and _PLACE.match(" ".join(kept)):  # `Nhà máy X tại huyện Y, tỉnh Z được khánh thành`: the place of what
        at = [t.start - s0 for t in sentence.tokens if t.start - s0 < verb and t.text.lower() in ("tại", "ở")]
        return _subject(sentence, 0, at[-1]) if at and at[-1] < start else ""  # is inaugurated, before its clause
    if kept and re.fullmatch(r"(?i:triệu|tỷ|tỉ|nghìn|ngàn|USD|đồng|đô la|euro)", kept[0]):
        return ""  # `tổng mức đầu tư 6,5 triệu USD được khởi công`: an amount, not what is begun
    if not kept or len([k for k in kept if k not in (",", "và")]) > 10 or (len(kept) == 1 and not kept[0].isupper()) or person_at(" ".join(kept)):
        return ""  # (`Thủ tướng Phạm Minh Chính cắt băng khởi công`: a person does the act, it is not what opens)
    subject = re.sub(r"([\"“])\s+(.*?)\s+([\"”])", r"\1\2\3", re.sub(r"\s+,", ",", " ".join(kept)))
    if _QUANTIFIED.match(subject) and not re.search(r"(?<!^)(?<!\w)[A-ZĐ]", subject[subject.find(" "):]):
        return ""  # `Phần lớn các cửa hàng khai trương trong hai tháng`: many things, no one named
    return _ONE_MORE.sub("", subject)  # (`Thêm một nhà máy sản xuất ô tô khởi công`: the works, not how many more)


_SIGNED_BY_DEADLINE = re.compile(r"[^,.;:]{0,60}?\s(?i:trước|chậm nhất|muộn nhất)\s+(?i:ngày|thời điểm)\s")
_COUNTED_PARTIES = re.compile(r"[^,.;:]{0,40}?(?<!\w)(?:(?i:với)\s+)?(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều)\s+"
                             r"(?i:đơn vị|doanh nghiệp|đối tác|trường|tổ chức|địa phương|cơ sở|công ty|tập đoàn|hiệp hội|viện|bên)(?!\w)")
_QUANTIFIED = re.compile(r"(?i:phần lớn|hầu hết|đa số|nhiều|một số|tất cả|các|những)\s")  # a subject that counts, names none
_COUNTED_PLAIN = re.compile(r"(?:xây dựng\s+)?(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?i:nhà máy|dự án|công trình|khu|cụm|tuyến)(?!\w)")
_ONE_MORE = re.compile(r"^(?i:thêm)\s+(?:(?i:một|hai|ba)\s+)?")

def _described(sentence: Sentence, verb: int) -> str:
    """`Tuyến cáp ngầm 22 kV dài gần 6 km vượt biển, được khánh thành ngày 17/4`: the thing that opens the sentence
    and is described before the comma of a passive ceremony verb (its nouns and numbers), or ''."""
    text = sentence.text
    if not re.search(r",\s*(?:(?i:đã|vừa|mới)\s+)?(?i:được)\s+$", text[:verb]):
        return ""
    kept: list[str] = []
    tokens = list(sentence.tokens)
    for n, t in enumerate(tokens):
        nxt = tokens[n + 1].pos if n + 1 < len(tokens) else ""
        if t.start - sentence.start >= verb or t.pos not in ("N", "Np", "Nc", "M", "Nu", "A") or (
                t.pos == "A" and (not kept or nxt == "A" or t.text.lower() in _SIZES)):
            break  # (`ngầm` goes on the name; `dài gần 6 km` describes it)
        kept.append(t.text)
    thing = " ".join(kept)
    return thing if len(kept) >= 2 and kept[0][:1].isupper() and not person_at(thing) else ""  # (not `Ông X – Trưởng ban`)


def _object_end(text: str, pos: int, tags: dict[int, tuple[str, int]]) -> int:
    """End of a ceremony verb's object (`khánh thành cụm 3 nhà máy điện mặt trời` up to `tại`, `vào`, ...)."""
    m = re.match(r"\s*(?:xây dựng\s+|mở rộng\s+)?", text[pos:])
    start = pos + (m.end() if m else 0)
    if start >= len(text) or not (text[start].isalnum() or text[start] in QUOTES):
        return pos
    if tags.get(start, ("", 0))[0].startswith("A"):
        return pos  # `ngày đầu khai trương chật kín khách hàng`: an adjective says how it went, it is no object
    if classes()["stop"].match(text[start:]) or re.match(
            r"(?i:(?:cuối|đầu|giữa)\s+)?(?i:tháng|năm|quý|ngày)\s+(?:\d|[IV]+(?!\w))|(?:19|20)\d{2}(?!\d)", text[start:]):
        return pos  # `khởi công tháng 10/2014`, `được khánh thành 2017`: a time, not an object
    if person_at(text[start:]):
        return pos  # `... khởi công. Ông Nguyễn Văn A, Trưởng ban ...`: a person, not what is built
    end = name_end(text, pos, tags, False)
    owner = _FIRM_OWNER.match(text, end) if end > start and _WORK_NOUN.search(text, start, end) else None
    return owner.end() if owner else end  # `khánh thành giai đoạn 1 Nhà máy sản xuất lốp ôtô | của Công ty TNHH HAOHUA (Việt Nam)`:
    # the works' owner names which works it is (s63, set P179)


# a firm that owns the works a ceremony builds or opens, after it (`của Công ty TNHH HAOHUA (Việt Nam)`)
_FIRM_OWNER = re.compile(r"\s+(?i:của)\s+(?:Công ty|Tập đoàn|Tổng công ty|Tổng Công ty|Tổng Công Ty|Công Ty)(?:\s+(?:TNHH|CP|Cổ phần|cổ phần|MTV|"
                         r"[A-ZĐ][\w&.-]*))+(?:\s*\([A-ZĐ][^()]{1,30}\))?")
