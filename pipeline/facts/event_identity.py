"""Whether an event's name says which event it is: a summit by its parties, a sitting by its number and body.

Some heads name a series that many bodies or pairs of countries hold again and again: a summit is told by who meets
(`hội nghị thượng đỉnh lần thứ hai giữa Tổng thống Mỹ ... và lãnh đạo Triều Tiên ...`, `... lần hai với Mỹ`), a sitting
of a standing body by its number, month or term (`kỳ họp thứ 7 Quốc hội khóa XIV`, `phiên họp thường kỳ tháng 11`).
`with_parties` takes a summit's parties into its name when the sentence gives them right after it; `unidentified` says
which names still do not identify one occurrence (`hội nghị thượng đỉnh lần 2`, `kỳ họp Quốc hội`, `phiên họp Ủy ban
Thường vụ Quốc hội`, `kỳ họp thứ nhất` with no body, `lần thứ 17 và 18`), which are left out rather than given as events.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention
from pipeline.record import Event

_SUMMIT = r"(?i:hội nghị thượng đỉnh|hội nghị cấp cao|thượng đỉnh)"
_ORDINAL = r"(?i:lần|lần thứ)\s+(?:\d{1,2}|[IVX]{1,4}|(?i:hai|ba|bốn|tư|năm|sáu|nhất))"
_BARE_SUMMIT = re.compile(rf"{_SUMMIT}(?:\s+{_ORDINAL})?")
_STOP_WORDS = frozenset({"hồi", "vào", "tại", "ở", "diễn", "được", "đã", "sẽ", "vừa", "đang", "kết", "không", "mà", "để", "nhằm",
                         "khi", "sau", "trước", "trong", "thì", "là", "cuối", "đầu", "giữa", "tháng", "năm", "ngày"})


def named(mention: Mention) -> Mention:
    """The mention with what says which one it is that the sentence writes right after its name: a summit's parties
    (`with_parties`), a congress's place and term (`with_term`)."""
    return with_term(with_parties(mention))


_PLACE_TERM = re.compile(r"\s+(?:ở|tại)\s+(?:[A-ZĐ][\w.]*\s+){1,4}?(?i:khóa|khoá|nhiệm kỳ|nhiệm kì|lần thứ)\s+[\w]+"
                         r"(?:\s*,?\s+(?i:nhiệm kỳ|nhiệm kì)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})?")


def with_term(mention: Mention) -> Mention:
    """A congress or sitting named by its body alone (`Đại hội Đảng bộ`) with the place and term written right after it
    (`Đại hội Đảng bộ ở TP. HCM khóa 10 nhiệm kì 2015-2020`): the place is part of which one it is."""
    if mention.type not in ("congress", "conference") or _WHICH.search(mention.name[len(mention.head):]):
        return mention
    term = _PLACE_TERM.match(mention.sentence.text, mention.end)
    return replace(mention, name=mention.sentence.text[mention.start:term.end()], end=term.end()) if term else mention


def with_parties(mention: Mention) -> Mention:
    """A summit named only by its head and number (`hội nghị thượng đỉnh lần thứ hai`) with the parties the sentence gives
    right after it: `giữa A và B` or `với A` (`lần hai với Mỹ`), each party a few words up to its proper name; a meeting
    named by its head and edition alone with the list of parties after `giữa` (`Hội nghị thường niên lần thứ 4 giữa Bí thư
    Tỉnh ủy các tỉnh Lào Cai, Điện Biên, ... và Bí thư Tỉnh ủy Vân Nam (Trung Quốc)`: s59, set P154)."""
    if mention.type == "conference" and _EDITION_END.search(mention.name.strip()) and not re.search(
            r"(?<!^)(?<!\w)[A-ZĐ]", mention.name.strip()[len(mention.head):]):
        listed = _LISTED_PARTIES.match(mention.sentence.text, mention.end)
        if listed:
            return replace(mention, name=mention.sentence.text[mention.start:listed.end()], end=listed.end())
    if mention.type != "conference" or not _BARE_SUMMIT.fullmatch(mention.name.strip()):
        return mention
    text = mention.sentence.text
    opener = re.match(r"\s+(giữa|với)\s+", text[mention.end:])
    if opener is None:
        return mention
    pos = mention.end + opener.end()
    parties = [_party(text, pos)]
    if opener.group(1) == "giữa" and parties[0] is not None:
        joint = re.match(r"\s+(?:và|với)\s+", text[parties[0]:])
        parties.append(_party(text, parties[0] + joint.end()) if joint else None)
    if any(p is None for p in parties):
        return mention
    end = parties[-1]
    assert end is not None
    return replace(mention, name=text[mention.start:end], end=end)


# the parties of a meeting listed after `giữa`, up to the clause's end (`; phiên họp ...`, `. `, `, tại`, a verb after a comma)
_LISTED_PARTIES = re.compile(r"\s+(?i:giữa)\s+[^;.]{3,200}?\s(?i:và|với)\s+[^;.,]{3,80}?(?=\s*[;.]|\s*,\s*[a-zà-ỹđ]|\s+(?i:tại|vào|diễn ra|ngày)\s|\s*$)")


def _party(text: str, pos: int) -> int | None:
    """Where a party named at `pos` ends: its last capitalised word (`Tổng thống Mỹ Donald Trump`, `lãnh đạo Triều Tiên Kim
    Jong-un`), read up to a comma, `và`, a word of time, place or verb that goes on the clause (`hồi`, `tại`, `diễn ra`) or
    three lowercase words in a row; None when no capitalised word comes first."""
    end, lower = None, 0
    for word in re.finditer(r"[^\s,.;:()\"“”]+|[,.;:()\"“”]", text[pos:pos + 160]):
        token = word.group()
        if token[:1].isupper() or token[:1].isdigit() and end is not None:
            end, lower = pos + word.end(), 0
            continue
        lower += 1
        if not token[:1].isalpha() or token.lower() in _STOP_WORDS or token.lower() == "và" or lower > 2:
            break
    return end


_SITTING = re.compile(r"(?i:kỳ họp|kì họp|phiên họp)(?!\w)")
_WHICH = re.compile(r"(?<!\w)(?:(?i:thứ|lần thứ|lần|khóa|khoá|nhiệm kỳ|tháng|thường kỳ|bất thường|chuyên đề|cuối năm|giữa năm|đầu năm)(?!\w)|\d|[IVXL]{2,}(?!\w))")
_STANDING = re.compile(r"(?<!\w)(?i:HĐND|Hội đồng nhân dân|Quốc hội|Chính phủ|Ủy ban Thường vụ|Uỷ ban Thường vụ|UBTVQH)(?!\w)")
_BODY = re.compile(r"(?<!\w)[A-ZĐ]")


_EDITION_END = re.compile(r"(?i:lần thứ|lần|khóa|khoá)\s+(?:\d{1,3}|[IVXL]+)$")
_TWO_EDITIONS = re.compile(r"(?i:lần thứ|lần|khóa|khoá)\s+(?:\d{1,3}|[IVXL]+)\s+(?:và|,)\s+(?:\d{1,3}|[IVXL]+)(?!\w)")


def unidentified(event: Event) -> bool:
    """Whether the event's name leaves open which occurrence it is: a summit with neither parties nor a place or year in
    its name (`hội nghị thượng đỉnh lần 2`), a sitting of a standing body with no number, month or term (`kỳ họp Quốc hội`,
    `phiên họp Ủy ban Thường vụ Quốc hội`), a numbered sitting with no body (`kỳ họp thứ nhất`), or a name that joins two
    editions (`Đại hội đảng Cộng sản lần thứ 17 và 18`: two events, told in passing), or training named by its bare
    verb with no date (`tổ chức tập huấn các doanh nghiệp`, `tập huấn công tác khuyến công`: a programme's activity, s52)."""
    name = " ".join(event.name.split())
    if event.type == "training" and event.date is None and re.match(r"(?:tập huấn|đào tạo|bồi dưỡng|huấn luyện)\s", name):
        return True  # (but `mở lớp tập huấn kỹ năng bán hàng`: a class held)
    if event.type == "conference" and _BARE_SUMMIT.fullmatch(name) or _TWO_EDITIONS.search(name) or re.search(
            re.escape(name) + r"\s+(?:và|,)\s+(?:\d{1,3}|[IVXL]+)(?!\w)", " ".join(event.evidence.sentence.split())) and _EDITION_END.search(name):
        return True  # (`lần thứ 7 và 8`, whether or not the name took the second number)
    sitting = _SITTING.match(name)
    if event.type != "conference" or sitting is None:
        return False
    rest = name[sitting.end():]
    if _STANDING.search(rest):
        return _WHICH.search(rest) is None
    return _BODY.search(rest) is None and _WHICH.search(rest) is not None
