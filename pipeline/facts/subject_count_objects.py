"""Which things a count counts when a verb of the trade acts on them: the counted noun and that verb in the passive.

    Sở Công thương đã hỗ trợ 67 đề án với số tiền ...          -> đề án được hỗ trợ
    Khu kinh tế Vũng Áng thu hút được 153 dự án                 -> dự án được thu hút
    Ban tổ chức đã lựa chọn ra 48 sản phẩm để trao giải         -> sản phẩm được lựa chọn
    cấp giấy chứng nhận cho 30 sản phẩm                         -> sản phẩm được cấp giấy chứng nhận
    hoàn thành 1 kế hoạch và 66 đề án                           -> đề án được hoàn thành

The verb is one of `lexicons/figure_object_verbs.txt`, written right before the count, after it at most a particle of
result (`được`, `ra`), an adverb (`thêm`, `mới`) or `cho`, or the verb of an earlier count of the same list joined by
`và` or a comma (`hoàn thành 1 kế hoạch và 66 đề án`), or the amount the verb gives them before `cho` (`giao 800
triệu đồng cho 2 đề án`: `đề án được giao`). A verb joined to a noun before it (`việc thực hiện 2 chương
trình`, `quá trình xây dựng`) is still the act done to them. People (their own verbs, `subject_counts.object_of`),
places (`tỉnh`, `huyện`: which ones is told by names, not by a deed) and booths (a fair's size, `subject_booths`) are
left to other readings.

Two more readings of a count left without a subject live here: holders counted before the things they hold and what is
said of those (`124 doanh nghiệp với tổng số 283 sản phẩm được công nhận ...`: `doanh nghiệp có sản phẩm được công nhận
...`; `holders`), and places or bodies counted after the people or things they send (`100 thí sinh đến từ 17 đơn vị`:
`đơn vị có thí sinh tham gia`; `came_from`)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.facts.lexicon import rows
from pipeline.facts.subject_lexicon import PLACE_COUNTED, low
from pipeline.language.analysis import Sentence

_NOT_THINGS = PLACE_COUNTED | {"lượt", "lượt khách", "gian hàng", "gian", "người", "hộ", "lao động", "học viên", "lớp"}
_AFTER_VERB = r"(?:\s+(?:được|ra|thêm|mới|tiếp))?(?:\s+(?:cho|đối với))?"  # `thu hút được`, `lựa chọn ra`, `hỗ trợ cho`
_LISTED = r"(?:\s+[\d.]+\s+[^\W\d][^\W\d]*(?:\s+[^\W\d]+){0,3}\s*(?:,|\s(?i:và)))*"  # `1 kế hoạch và | 66 đề án`
_GIVEN = r"\s+(?:(?!(?i:cho)\b)[^,;:()])*?\d(?:(?!(?i:cho)\b)[^,;:()])*?\s+(?i:cho)"  # `giao 800 triệu đồng | cho`: the amount given


@cache
def _verbs() -> re.Pattern[str]:
    verbs = sorted({low(r[0]) for r in rows("figure_object_verbs.txt")}, key=len, reverse=True)
    alternatives = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return re.compile(rf"(?<!\w)(?P<verb>{alternatives})(?:{_AFTER_VERB}|{_GIVEN}){_LISTED}\s*$", re.IGNORECASE)


def acted_on(sentence: Sentence, start: int, counted: str | None) -> str | None:
    """For a count of things at `sentence.text[start]` that a verb of `figure_object_verbs.txt` acts on (see the
    module): `<counted noun> được <verb>`; else None."""
    noun = low(counted or "")
    if not noun or noun in _NOT_THINGS:
        return None
    before = sentence.text[:start]
    found = _verbs().search(before)
    if found is None:
        return None
    ahead = before[:found.start()].rstrip()
    if re.search(r"(?<!\w)(?i:bị|đã bị)$", ahead):
        return None  # (`bị xử phạt 3 cơ sở`: a voice of its own)
    return f"{noun} được {' '.join(found.group('verb').lower().split())}"


# a count of holders followed by the things they hold and what is said of those (`124 doanh nghiệp | với tổng số 283 sản phẩm
# được công nhận đạt Thương hiệu quốc gia`): the holders of such things
_HOLDING = re.compile(r"\s+(?i:với|có)\s+(?:(?i:tổng số|tổng cộng|khoảng|hơn|gần|trên)\s+)?[\d.]+\s+(?P<things>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)"
                      r"(?P<said>(?:,\s*[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)?\s+(?:(?i:được|đạt|đã được|đều được|đều đạt)\s)[^,;:.()]{3,80})")
_HOLDERS = frozenset({"doanh nghiệp", "cơ sở", "hợp tác xã", "chủ thể", "đơn vị", "hộ", "công ty", "làng nghề", "tỉnh", "huyện", "xã"})


def holders(sentence: Sentence, end: int, counted: str | None) -> str | None:
    """For a count of holders ending at `sentence.text[end]` followed by `với N <things> <what is said of them>`: the
    holders of such things (`doanh nghiệp có sản phẩm được công nhận đạt Thương hiệu quốc gia năm 2020`); else None."""
    noun = low(counted or "")
    if noun not in _HOLDERS:
        return None
    held = _HOLDING.match(sentence.text, end)
    if held is None:
        return None
    said = re.split(r"\s(?i:là|để|nhằm|khi|nhưng|trong khi|với)\s", " ".join(held.group("said").split()))[0]  # (`... năm 2020 | là
    # những doanh nghiệp đáp ứng ...`: the next clause)
    return f"{noun} có {held.group('things')}{'' if said.startswith(',') else ' '}{said}"


# people or things counted before `đến từ`/`của` and the count of where they come from (`100 thí sinh đến từ | 17 đơn vị`)
_COME_FROM = re.compile(r"(?<![\d.,])[\d.]+\s+(?P<who>thí sinh|đại biểu|doanh nghiệp|gian hàng|vận động viên|học viên|sản phẩm(?:\s+OCOP)?|"
                        r"nghệ nhân|đội thi|tác phẩm|đơn vị)\s+(?i:đến từ|của)\s+(?:(?i:khoảng|hơn|gần|trên|tới)\s+)?$")


def came_from(sentence: Sentence, start: int, counted: str | None) -> str | None:
    """For a count of places or bodies at `sentence.text[start]` right after `<N people or things> đến từ|của`: those
    places that have them, and take part when the sentence says so (`100 thí sinh đến từ 17 đơn vị`: `đơn vị có thí sinh
    tham gia`); else None."""
    noun = low(counted or "")
    opened = re.match(r"(?i:đến từ)\s+", sentence.text[start:])  # (`đến từ` read as the figure's qualifier)
    before = sentence.text[:start + (opened.end() if opened else 0)]
    found = _COME_FROM.search(before) if noun else None
    if found is None or low(found.group("who")) == noun:
        return None
    joined = re.search(r"(?<!\w)(?i:tham gia|tham dự|góp mặt)(?!\w)", sentence.text[:found.start()])
    return f"{noun} có {found.group('who')}{' tham gia' if joined else ''}"


# verbs of inspecting, supporting or sanctioning before `đối với` and a count (`xử lý vi phạm hành chính đối với | 01 doanh
# nghiệp`, `kiểm tra, đánh giá mức độ ô nhiễm môi trường đối với | 13 cơ sở`): the firms counted are those dealt with so
_SANCTIONS = ("xử lý", "xử phạt", "phạt", "đình chỉ", "tạm giữ", "thu hồi", "cưỡng chế", "nhắc nhở", "cảnh cáo", "tạm đình chỉ")
_DEALINGS = _SANCTIONS + ("kiểm tra", "thanh tra", "giám sát", "đánh giá", "hỗ trợ", "tuyên truyền", "hướng dẫn", "khảo sát")
_VERB = "|".join(sorted(_DEALINGS, key=len, reverse=True))
_DEALT = re.compile(rf"(?<!\w)(?P<deed>(?P<verb>(?i:{_VERB}))(?:\s*,\s*(?i:{_VERB}))*(?:\s+[^\W\d][^\s,;:.()\d]*){{0,8}})\s+(?i:đối với)"
                    r"\s+(?:(?i:khoảng|hơn|gần|trên|tổng số|tổng cộng)\s+)?$")


def dealt_with(text: str, start: int, subject: str | None, counted: str | None) -> str | None:
    """For a count at `text[start]` after a verb of `_DEALINGS`, its object and `đối với`: the things counted with that
    deed, in the passive (`doanh nghiệp bị xử lý vi phạm hành chính`, `cơ sở sản xuất được kiểm tra, đánh giá mức độ ô
    nhiễm môi trường`), when the subject is only the things counted (or none); else `subject`."""
    noun = low(counted or "")
    plain = subject is None or low(subject).startswith(noun) and not re.search(r"(?<!\w)(?:được|bị|có)(?!\w)", low(subject))
    found = _DEALT.search(text[:start]) if noun and noun not in _NOT_THINGS - {"hộ"} and plain else None
    if found is None:
        return subject
    voice = "bị" if low(found.group("verb")) in _SANCTIONS else "được"
    return f"{subject or noun} {voice} {' '.join(found.group('deed').lower().split())}"
