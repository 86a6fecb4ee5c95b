"""Who organises an event, read from the sentence of its naming mention.

The organisations of `do X (phối hợp với Y) tổ chức` after the mention (or fronted before it: `Do X tổ chức, Hội chợ Y`), or of `X (vừa, đã, sẽ, ...) tổ chức` (`X (Y), tổ
chức`) before it, split at commas and `và`, `cùng`, `với`, each starting with an organisation head of the lexicon. The
subject of `tổ chức` may also be a province or city (`tỉnh Đồng Tháp đã tổ chức`, `Trà Vinh sẽ tổ chức`), a body named
by its initials (`PC Đồng Nai`) or a power company (`Điện lực Trà Ôn`). An event joined to the one before by `kết hợp`,
`gắn với` or by `và` after the object of `X tổ chức` (`X vừa tổ chức hội nghị A và hội nghị B`) has its organisers.
A ceremony named by its verb is held by the verb's subject (`Công ty X đã khánh thành Nhà máy Y`), not in the passive.
"""

from __future__ import annotations

import re

from pipeline.facts.event_mentions import keywords
from pipeline.facts.lexicon import alternation, load
from pipeline.facts.official_context import patterns
from pipeline.language.analysis import Sentence

_TIME_LEAD = re.compile(r"(?:(?i:date)\s+[\d/.-]+\s+)?(?:(?:(?i:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua)\s+)?[\d/.-]+\s+)?")
_APPROVAL = re.compile(r"(?<!\w)(?i:đồng ý|cho phép|chấp thuận|phê duyệt)\s+(?i:của)\s+[^;:.]*$")
_ORG_CUT = re.compile(r"(?<!nhỏ và)\s(?:sẽ|sắp|đã|đang|vừa(?!\s+và\s+nhỏ)|cũng|tham gia|dự kiến|chủ trì|long trọng|trang trọng|chính thức|tiếp tục|"
                      r"phối hợp|(?<![Bb]an )chỉ đạo|hỗ trợ|tài trợ|đăng cai|(?<![Bb]an )(?<![Cc]ác )tổ chức|kết hợp|tiến hành|đề xuất|đề nghị|thảo luận|ban hành|quyết định|"
                      r"thống nhất|cho biết|thông báo|thông tin về|họp báo|công bố|lên kế hoạch|chuẩn bị|mới đây|vừa qua|hôm qua|là|thực hiện)(?!\w)")
_ADVERBS = r"(?:(?:long trọng|trang trọng|chính thức|đã|sẽ|sắp|vừa|đang|cũng)\s+)*"
_OPENING = r"(?:(?:(?i:lễ|buổi)\s+)?(?:khai mạc|bế mạc|phát động)\s+|(?i:chương trình|buổi|cuộc)\s+)?"  # (`X tổ chức khai mạc Hội chợ Y`: X holds the
# fair; `X tổ chức Chương trình “Festival Y”`: the festival)
# `Tuần lễ X tổ chức bởi UBND tỉnh Y phối hợp cùng Z`: held by whom, passive with `bởi` right after the name
_BY_WHOM = re.compile(r"(?:\S+\s+){1,20}?(?:(?i:được)\s+)?(?i:tổ chức)\s+(?i:bởi)\s+([^,;.()]+?)(?=\s*(?:[,;.()]|(?i:chính thức|đã|sẽ|vào|tại|từ|diễn ra|khai mạc)(?!\w)))")
_HOLDER = re.compile(rf"([^,;:]+?)\s+{_ADVERBS}(?<![Bb]an )tổ chức\s*{_OPENING}[“\"‘«]?\s*$")  # (a sentence's dots are abbreviations: `RENOVA Inc.`)
_OPENER = re.compile(rf"([^,;:]+?)\s+{_ADVERBS}(?<![Ll]ễ )(?<![Bb]uổi )(?<!tại )khai mạc\s*[“\"‘«]?\s*$")  # `Bộ X phối hợp với UBND tỉnh Y khai mạc Tuần lễ Z`
_NAMED_HOLDER = re.compile(rf"([^,;:]+?),\s*{_ADVERBS}tổ chức\s*{_OPENING}[“\"‘«]?\s*$")
_PLAN_ACT = re.compile(r"\s+(?:trình|xây dựng|ban hành|lên|phê duyệt|triển khai)\s+(?:[A-ZĐ][^,;:]*?\s+)?(?:(?:phê duyệt|ban hành)\s+)?(?:kế hoạch|phương án|đề án)$")
_CEREMONY_VERB = re.compile(r"(?i:khởi công|khánh thành|khai trương|động thổ|cắt băng|gắn biển)(?!\w)")
_INTRANSITIVE = re.compile(r"\s*(?:$|[,.;:]|(?:và|tại|vào|ngày|sáng|chiều|tối|hôm|xong|từ|đi vào)(?!\w))")  # `Nhà máy X đã
# khánh thành | và đi vào hoạt động`: the thing opened is the verb's subject, not who opens it
_DOER = re.compile(rf"([^,;:]+?)\s+{_ADVERBS}(?:(?:tổ chức|tiến hành)\s+)?(?:(?:lễ|buổi)\s+)?$")
_PREPARING = re.compile(r"(?<!\w)(?i:với)\s+[^,;:]*?\s(?i:về)\s+(?i:công tác|việc)\s+(?i:chuẩn bị)\s+(?:(?i:cho)\s+)?(?:(?i:việc)\s+)?(?i:tổ chức)\s*(?:\S+\s*)?$")
_TIME_TAIL = re.compile(r"\s+(?:(?i:vào|trong)\s+)?(?:(?i:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+)+(?:nay|qua|\d[\d/.-]*)"
                        r"(?:\s*\([^()]*\))?$")  # (`Trường X ngày 15-11 đã ký`, `Tổng công ty Y đêm 10/1 khai trương`)
_INVESTS = re.compile(r"\s+(?:làm chủ đầu tư|đầu tư)$")
_UNIT = re.compile(r"(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s+([A-ZĐ].*)$")
_BODY_START = re.compile(r"(?:[A-ZĐ]{2,}[a-z]*|Điện lực|(?i:công ty|tổng công ty|tập đoàn|ngân hàng|hiệp hội))(?!\w)")
_CENTRE = re.compile(r"(?i:trung tâm)\s+(?:thành phố|huyện|thị xã|tỉnh|TP)(?!\w)")  # a town's centre, a place (`tại Quảng trường X,
# Trung tâm thành phố Yên Bái, tỉnh Yên Bái tổ chức`: the province holds it)
_SHORT_NAME = re.compile(r"\s*\(\s*(?i:gọi tắt|viết tắt|sau đây gọi)[^()]*\)?")  # `Tập đoàn Sao Mai (gọi tắt là ASM)`
_INNER = frozenset({"lực", "miền", "khu", "vực"})  # (`TCty Điện lực miền Bắc (EVNNPC)`)


def _province(part: str) -> bool:
    """Whether a part names a province or city (`tỉnh Kon Tum`, `Trà Vinh`) and nothing else."""
    unit = _UNIT.match(part)
    return load().province(unit.group(1) if unit else part) is not None


def _subject_body(part: str) -> bool:
    """Whether the whole subject of `tổ chức` names a body without an organisation head: a province or city, initials,
    a power company, a lower-case `tập đoàn X`."""
    if _province(part):
        return True
    opened = _BODY_START.match(part)
    if not opened:
        return False
    words = part[opened.end():].split()
    return all(w[:1].isupper() or w[:1] in "(&" or w in _INNER for w in words) and (
        bool(words) and words[-1] not in _INNER or re.match(r"[A-ZĐ]{3,}$", part) is not None)  # (`VCCI`, `PC Đồng Nai`)


def _coordinated(text: str, start: int) -> int | None:
    """Where the first of two events joined by `và` starts, when it is the object of `tổ chức` (`X vừa tổ chức hội nghị
    A và | hội nghị B`): no comma or clause between."""
    if not re.search(r"\s(?:và|cùng)\s+$", text[:start]):
        return None
    held = [m.end() for m in re.finditer(r"(?<!\w)tổ chức\s+", text[:start])]
    if not held or re.search(r"[,;:.]", text[held[-1]:start]) or not keywords()[0].match(text, held[-1]):
        return None
    return held[-1]


_AT_SIGNING = re.compile(r"(?:^|\s)(?i:tại|trong|sau|trước|dự|tham dự|chứng kiến|về|theo|của|cho)$")


# another event named between a mention and a `do ... tổ chức` after it, joined by `và` or placed by `tại`: the holder is its
_OTHER_EVENT = re.compile(r"\s(?i:và|tại|hoặc)\s+(?:(?i:một số|các|những|nhiều)\s+)?(?i:hội chợ|hội nghị|hội thảo|triển lãm|lễ hội|festival|diễn đàn)(?!\w)")


def organizers(sentence: Sentence, start: int) -> list[str]:
    text = sentence.text
    signing = re.match(r"(?i:lễ\s+)?(?i:ký)(?!\w)", text[start:]) is not None  # (the parties of a signing)
    heads = load().org_heads
    head_re = re.compile(rf"(?<!\w)(?:{alternation(list(heads))})(?!\w)")
    item = text[start:].split(";", 1)[0]  # (`Hội nghị A tại X; Festival B do Bộ Y tổ chức`: B's holder, not A's)
    by = re.search(r"(?<!\w)do\s+(.+?)\s+(?:cùng\s+)?(?:phối hợp\s+)?(?:đồng\s+)?tổ chức", item) or _BY_WHOM.match(item, len(
        item) - len(item.lstrip())) or re.search(
        r"(?:^|[,;]\s*)\W*(?i:do)\s+(.+?)\s+(?:cùng\s+)?(?:phối hợp\s+)?(?:đồng\s+)?tổ chức\s*,\s*$", text[:start])  # (`Do Sở X tổ chức, Hội chợ Y ...`)
    by = None if by and by.start() > 0 and _OTHER_EVENT.search(item, 0, by.start()) and by.re is not _BY_WHOM else by  # (`hội chợ X
    # tại lễ hội Y và một số hội chợ triển lãm do Bộ Z tổ chức`: the holder of the other fairs, s66 set P198)
    by = None if by and re.search(r"(?<!\w)(?:làm chủ đầu tư)(?!\w)", by.group(1)) else by  # (`do X làm chủ đầu tư đã được
    # tổ chức`: the investor of a work whose ceremony is held, passive: no holder named)
    subject = False
    if by:
        chunk = by.group(1)
    else:
        before = (_HOLDER.search(text[:start]) or _OPENER.search(text[:start])) if not _PREPARING.search(text[:start]) else None  # (`làm việc với X về công
        # tác chuẩn bị tổ chức Y`: whom a delegation works with, not who holds it)
        before = None if before is not None and re.search(r"(?<!\w)(?:được|bị|dự thảo kế hoạch|dự thảo phương án)$", before.group(1)) else before  # (`Hội chợ X
        # được tổ chức kết hợp với Festival Y`: the event held, no holder; `báo cáo dự thảo kế hoạch tổ chức Y`: a draft, whoever
        # wrote it, no holder; but `X vừa xây dựng kế hoạch tổ chức Y`: X holds it)
        named = _NAMED_HOLDER.search(text[:start]) if before is None else None
        before = named if named and head_re.match(named.group(1).strip()) else before  # `Hiệp hội X (Viforest), tổ chức`
        signers = re.search(r"([^,;:]+?)\s+(?:(?:đã|vừa|chính thức|cùng)\s+)*$", text[:start]) \
            if before is None and signing else None  # `X và Y đã ký kết Z`: the parties
        signers = None if signers and (_AT_SIGNING.search(signers.group(1)) or re.fullmatch(
            r"\s*(?:(?:đã|vừa|chính thức|cùng|sẽ|đang|cũng)\s*)*", signers.group(1))) else signers  # `Tại Lễ ký kết, ...`: no
        # party; `..., một công ty con của X, | đã ký kết`: no words of a party after the comma
        verb = _CEREMONY_VERB.match(text, start)
        doer = _DOER.search(text[:start]) if before is None and signers is None and verb and not _INTRANSITIVE.match(
            text, verb.end()) and not re.search(r"(?<!\w)(?i:được|bị)\s+$", text[:start]) else None
        doer_text = _INVESTS.sub("", doer.group(1)) if doer is not None else ""  # (`X đầu tư | đã khởi công`)
        doer = doer if doer is not None and not _province(doer_text.strip()) and not re.search(
            r"\s(?:và|nhưng|rồi)$", doer_text) else None  # (not `Trà Vinh động thổ X`; not `giao cho X làm chủ đầu tư và | đã
        # khởi công`: the verb shares the sentence's subject)
        subject = before is not None or doer is not None  # `Công ty X đã khánh thành Nhà máy Y`: X holds the ceremony
        before = before or signers or doer
        chunk = (doer_text if before is doer else before.group(1)) if before else ""
        chunk = _PLAN_ACT.split(chunk, 1)[0] if head_re.match(chunk.strip()) else chunk  # `Cục X trình Bộ Y phê duyệt kế hoạch | tổ chức`: X
        at = before.start(1) if before else 0
        timed = _TIME_LEAD.match(chunk)
        if timed and (head_re.match(chunk, timed.end()) or _subject_body(chunk[timed.end():].strip())):
            chunk, at = chunk[timed.end():], at + timed.end()  # `Sáng 29/5 Hội Hồ tiêu tỉnh đã tổ chức`: the body
        fields = re.search(r"(?:^|[,;:]\s*)([^,;:]+?)((?:,\s*[A-ZĐ][^\s,;:]*(?:\s+[^\s,;:]+){0,2}){0,3}),\s*$", text[:at]) \
            if chunk and not head_re.match(chunk.strip()) and re.match(r"[A-ZĐ][a-zà-ỹđ]*\s+[a-zà-ỹđ]", chunk.strip()) else None
        if fields and head_re.match(fields.group(1)):  # `Trung tâm Xúc tiến Đầu tư, Thương mại, | Du lịch TP. Hà Nội phối hợp`:
            chunk, at = f"{text[fields.start(1):at].strip()} {chunk}", fields.start(1)  # one body whose name lists its fields
        while chunk and text[:at].rstrip().endswith(","):  # `X (Y), Z phối hợp tổ chức`: each listed body
            listed = re.search(r"([^,.;:]+),\s*$", text[:at])
            if not listed or not head_re.match(listed.group(1).strip()) or _APPROVAL.search(text[:at]) or _CENTRE.match(listed.group(1).strip()):
                break  # (not `được sự đồng ý của Bộ Nội vụ, Bộ X, Hiệp hội Y tổ chức`: who approved)
            chunk, at = f"{listed.group(1).strip()}, {chunk}", listed.start(1)
    masked = re.sub(r"\([^()]*\)|“[^”]*”", lambda m: "#" * len(m.group()), chunk)  # (no split inside brackets: `Bộ Công Thương
    cuts = [(m.start(), m.end()) for m in re.finditer(r"\s*(?:,|phối hợp với|phối hợp|cùng với|cùng|và|với|giao cho)\s+", masked)  # (Cục X, Y)`)
            if m.group().strip() != "và" or head_re.match(chunk, m.end()) or masked[:m.start()].endswith("#")]  # (`Bộ Khoa
    # học và Công nghệ`: one body; `Tổng công ty X (PTSC) và RENOVA Inc.`: a bracket closes the first)
    parts = [chunk[a:b] for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(chunk)], strict=True)]
    out: list[str] = []
    for n, part in enumerate(parts):
        if n and out and out[-1].endswith(parts[n - 1].strip()) and chunk[cuts[n - 1][0]:cuts[n - 1][1]].strip() == "," and \
                (re.match(r"[A-Z]{2,}(?:\s|$)", part.strip()) or re.match(r"[A-ZĐ][a-zà-ỹđ]+\s", part.strip()) and re.match(
                    r"(?:Bộ|Sở|Ủy ban|Uỷ ban|Cục|Vụ|Viện|Trung tâm|Văn phòng|Tổ chức)\s", out[-1]) or re.match(r"(?!(?:các|những|cùng|và|với)\s)[a-zđ]", part.strip())
                 and re.match(r"(?:Hội đồng|Ban)\s", out[-1])) and not head_re.match(part.strip()):
            out[-1] = f"{out[-1]}, {_ORG_CUT.split(part.strip(), maxsplit=1)[0].strip()}"  # `Ban Quản lý các dự án IFAD,
            continue  # UNIDO và GIC tỉnh Đồng Tháp`, `Bộ Văn hóa, Thể thao và Du lịch`, `Hội đồng đánh giá, phân hạng sản phẩm
            # OCOP tỉnh X`: names listed inside one body's name
        part = _TIME_TAIL.sub("", _ORG_CUT.split(_SHORT_NAME.sub("", part).strip(), maxsplit=1)[0].strip())
        if re.search(r"(?<!\w)(?i:này|đó|nói trên|đưa tin|cho biết|thông tin)$", part):
            continue  # `Sở Công thương tỉnh này`: which province, the record cannot say; `Báo X đưa tin`: who reports it
        if out and chunk[cuts[n - 1][0]:cuts[n - 1][1]].strip() == "," and _province(part):
            out[-1] = f"{out[-1]}, {part}"  # `Ủy ban nhân dân huyện Tu Mơ Rông, tỉnh Kon Tum`: where the body is
            continue
        if part and not patterns().role.match(part) and (head_re.match(part) or subject and _subject_body(part) or signing and re.match(
                r"[A-ZĐÀ-Ỹ][\w.]*(?:\s+[A-ZĐÀ-Ỹ&][\w.]*)*(?:\s*\(.*\))?$", part)) and part not in out:  # (a party that signs
            # may be named without a head: `Ørsted và Công ty X ký kết`; a person with a post is no body: `Bộ trưởng X và
            # Bộ trưởng Y ký kết`)
            out.append(" ".join(part.split()))
    if out:
        return out
    joined = re.search(r"(?<!\w)(?:kết hợp|gắn với)(?:\s+(?:với|tổ chức))?\s*$", text[:start])
    earlier = [m.end() for m in re.finditer(r"(?<!\w)tổ chức\s+", text[:joined.start()])] if joined else []
    if earlier:
        return organizers(sentence, earlier[-1])  # `X tổ chức Đại hội ..., kết hợp lễ kỷ niệm ...`: X's too
    first = _coordinated(text, start)
    return organizers(sentence, first) if first is not None else out
