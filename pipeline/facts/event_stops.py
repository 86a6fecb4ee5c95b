"""When a word of the `stop` class (`event_words.tsv`) does not end an event's name where it stands.

    Thắp sáng đường quê                                  `sáng` with no day or `nay` after it: no time of day
    Hội nghị cấp bộ trưởng các nước tham gia Hiệp định X  `tham gia` after the actors an event is for: describes them
    Hội thi trưng bày “Gian hàng đẹp”                    a purpose verb with its quoted title
    Đại hội lần thứ I Hội doanh nhân trẻ tỉnh X          the association a congress is of, lower-case words and all
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.facts.event_lexicon import Mention, classes
from pipeline.facts.lexicon import alternation, word_classes

_DAYPART = re.compile(r"(?i:sáng|chiều|tối|trưa)")
_DAYPART_TIME = re.compile(r"(?i:sáng|chiều|tối|trưa)(?:\s+(?:\d|(?i:nay|qua|mai|cùng|ngày|hôm|thứ|sớm|mùng|mồng|muộn|chủ nhật)"
                           r"(?!\w))|\s*[,.;:)]|\s*$)")
_ACTOR_JOINS = re.compile(r"(?<!\w)(?i:doanh nghiệp|DN|nước|quốc gia|thành viên|hộ|hợp tác xã|HTX|địa phương|nhà đầu tư)"
                          r"(?:\s+(?i:nhỏ và vừa|vừa và nhỏ))?(?:\s+[A-ZĐ][\w.]*)*\s+$")
_TAKE_PART = re.compile(r"(?i:tham gia)\s+(?!(?i:vào|với|cùng)(?!\w))\w")
_QUOTE = re.compile(r"\s*[“\"«]")


def no_daytime(stop: str, rest: str) -> bool:
    """Whether a stop that names a time of day (`sáng`, `chiều`) has no day or `nay` after it (`Thắp sáng đường quê`,
    `chiếu sáng`): then it is part of a word, not a time."""
    return _DAYPART.fullmatch(stop.strip()) is not None and not _DAYPART_TIME.match(rest)


def kept(text: str, pos: int, i: int, words: int, purpose: re.Match[str] | None) -> bool:
    """Whether the stop at `i` stays in the name that goes on from `pos`: `tham gia` after the actors the event is for
    (`doanh nghiệp VN | tham gia chuỗi cung ứng`, not `tham gia với`), or a purpose followed by its quoted title
    (`trưng bày “Gian hàng đẹp”`)."""
    rest = text[i:]
    if words and _TAKE_PART.match(rest) and _ACTOR_JOINS.search(text[pos:i]):
        return True
    return purpose is not None and _QUOTE.match(rest, purpose.end()) is not None


_CONGRESS_BEFORE = re.compile(r"(?<!\w)(?i:đại hội)(?:\s+(?i:đại biểu|toàn quốc|thành lập|thường niên|bất thường))*"
                              r"(?:\s+(?i:lần thứ|lần)\s+(?:[IVXLC]+|\d+|[a-zà-ỹđ]+))?\s*$")
_BODY = re.compile(r"(?:Hội|Hiệp hội|Tổng hội|Chi hội|Liên hiệp(?: các)? hội|Câu lạc bộ|CLB)\s+(?=\w)")
_BODY_END = re.compile(r"\s*[,;:()“”\"]|\s*\.(?!\w)|\s+(?i:diễn ra|tổ chức|được|đã|sẽ|đang|vừa|tại|ở|với|và|nhiệm kỳ|năm|"
                       r"vào|từ|sáng|chiều|tối|ngày|thu hút|có|là|bầu|thông qua|khai mạc|bế mạc|thành công|long trọng|"
                       r"chính thức|kết thúc|trong|gồm|do|với sự|dự kiến|dự định|kỳ vọng)(?!\w)")


def congress_body(text: str, i: int) -> int:
    """The length of the association's name at `i` right after `Đại hội (đại biểu) (lần thứ N)` (`Hội làng nghề mộc
    truyền thống thôn Đại Nghiệp`, `Hội doanh nhân trẻ tỉnh X`): its lower-case words are its name, up to a clause
    word, a time or a term; else 0."""
    body = _BODY.match(text, i) if _CONGRESS_BEFORE.search(text[:i]) else None
    if body is None:
        return 0
    stop = _BODY_END.search(text, body.end())
    end = stop.start() if stop else len(text)
    return end - i if 1 <= len(text[i:end].split()) - 1 <= 15 else 0


@lru_cache(maxsize=1)
def _dangling() -> re.Pattern[str]:  # (and a source told after a comma: `Lễ công bố xuất khẩu ... Australia, theo VOV`)
    return re.compile(rf"\s+(?i:{alternation(list(word_classes('event_words.tsv')['dangling']))})$"
                      r"|\s*,\s*(?i:theo|nguồn)\s+[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,3}$|\s+(?:CTV|PV|Nhóm PV)$"  # (`hội thảo | CTV`: a byline)
                      r"|\s*,\s*(?i:thuộc|nằm ở|nằm tại|nằm trong|tọa lạc|toạ lạc)\s[^,;()]*$"
                      r"|\s+\d[\d.,]*\s+(?i:học viên|người|lao động|hộ|đại biểu|thí sinh|học sinh|sinh viên)(?:\s+[^\s\d]+){0,4}$")
    # (where the work lies, `khánh thành Khu công nghiệp X giai đoạn 1, | thuộc Khu kinh tế Y`, and who take part, `lớp dạy
    # nghề dệt thổ cẩm | 35 học viên trú`, are no part of the name)


# a measure whose figure the name was cut before: `Khởi công xây dựng nhà máy sản xuất vaccine | công suất | 100 triệu liều/năm`
_MEASURE_END = re.compile(r"\s+(?i:công suất|quy mô|tổng vốn|vốn đầu tư|tổng vốn đầu tư|trị giá|diện tích|rộng|dài)$")
_GLOSS = re.compile(r"\s*\((?!(?i:lần|khóa|khoá|năm|kỳ|nhiệm kỳ|đợt|phiên|giai đoạn|GĐ|phân kỳ)\s)(?!(?i:(?:giai đoạn |phần )?(?:mở rộng|nâng cấp)"
                    r"(?:,? (?:mở rộng|nâng cấp))?)\))([^()]{3,60})\)$")  # (a phase, `(giai đoạn 2)`, or the extension, `(mở rộng)`, names which works)


def _gloss(name: str) -> re.Match[str] | None:
    """A lowercase gloss in brackets ending a name (`... Đại học Việt - Nhật (trường thành viên thứ 7)`; not `(ĐBSCL)`,
    `(nhiệm kỳ 2019 - 2024)`, `(lần thứ 5)`, `(đợt 2)`, `(giai đoạn 2)`, `(mở rộng)`)."""
    found = _GLOSS.search(name)
    return found if found is not None and found.group(1)[0].islower() else None


_ROUND = re.compile(r"\s*\((?i:đợt|lần|lần thứ|kỳ|phiên)\s+(?:\d{1,2}|[IVX]{1,4})\)")
_NAMED_AS = re.compile(r"\s+(?i:có tên gọi|có tên|mang tên|với tên gọi|tên là)\s+(?=[A-ZĐ“\"«'])")


def without_dangling(mention: Mention) -> Mention:
    """A mention without the words that introduce its name after its head (`Triển lãm có tên X`, `mang tên`), and without the preposition or joint its name ends on (`... hoa quả xuất khẩu với` + `công suất 9.000
    tấn/năm`), the source told after it (`, theo VOV`) or a lowercase gloss in brackets (`(trường thành viên thứ 7)`),
    whichever step of the name's extent left it there; its span ends where its name now does."""
    stray = re.search(r"(?<=\w)['’](?=\s|$)", mention.name) if mention.name.count("'") + mention.name.count("’") == 1 else None
    if stray:  # `'Ngày hội Bia Hà Nội' năm 2013`: the closing quote of a title its mention starts inside, no part of the name (s58)
        mention = replace(mention, name=mention.name[:stray.start()] + mention.name[stray.end():])
    round_ = _ROUND.match(mention.sentence.text, mention.end)
    if round_ and not mention.name.endswith(")"):  # `Hội nghị đánh giá ... năm 2021 | (Đợt 2)`: which round of a series, after a
        mention = replace(mention, name=f"{mention.name} {round_.group().strip()}", end=round_.end())  # year that closed the name
    named_as = _NAMED_AS.match(mention.name, len(mention.head)) if mention.name.startswith(mention.head) else None
    if named_as:  # `Triển lãm có tên Kiêu hãnh Trường Sơn`: `Triển lãm Kiêu hãnh Trường Sơn`
        mention = replace(mention, name=mention.head + " " + mention.name[named_as.end():])
    measured = re.match(r"\s*\d", mention.sentence.text[mention.end:]) is not None  # (`... vaccine công suất | 100 triệu liều`)
    named = _dangling().search(mention.name) or _gloss(mention.name) or (_MEASURE_END.search(mention.name) if measured else None)
    spanned = _dangling().search(mention.sentence.text[mention.start:mention.end].rstrip()) or _gloss(
        mention.sentence.text[mention.start:mention.end].rstrip()) or (_MEASURE_END.search(mention.sentence.text[mention.start:mention.end].rstrip()) if measured else None)
    if named is None or spanned is None:
        return mention
    return replace(mention, name=mention.name[:named.start()], end=mention.start + spanned.start())


# the cells of a table flattened into a line (`... tỉnh Trà Vinh”  110       Nhận thức ...`, `... công nghiệp” 70 Giúp ...`)
_GAP = re.compile(r"[ \t]{3,}|\t|(?<=[”\"])\s+(?=\d+\s+[A-ZĐ])")


def without_table_tail(mention: Mention) -> Mention:
    """A mention cut at a gap of spaces after its head, where a flattened table's next cell begins (`Hội thảo “X”  110
    Nhận thức rõ hơn ...`: the name is `Hội thảo “X”`); its span ends with it."""
    span = mention.sentence.text[mention.start:mention.end]
    gap = _GAP.search(span, len(mention.head))
    if gap is None or " ".join(mention.name.split()) != " ".join(span.split()):
        return mention
    kept = span[:gap.start()].rstrip(" ,-–")
    return replace(mention, name=" ".join(kept.split()), end=mention.start + len(kept))



def lower_pair(text: str, pos: int, i: int, after: str) -> bool:
    """Whether the spaced dash at `i` joins two lower-case halves of one compound inside a name (`kết nối cung - cầu`,
    `xuất - nhập khẩu`): a lower-case word on both sides, the second no clause word."""
    c = classes()
    return text[i - 1:i].isspace() and re.fullmatch(r"[a-zà-ỹđ]+", text[pos:i].split()[-1]) is not None and re.match(
        r"[a-zà-ỹđ]+(?!\w)", after) is not None and not c["stop"].match(after) and not c["clause_after_comma"].match(after)


def modern_kit(stop: str, before: str) -> bool:
    """Whether the stop `hiện đại` (a predicate: `Hội chợ ... hiện đại, xứng tầm`) qualifies the technology or equipment
    just named (`Nhà máy sản xuất chè hữu cơ công nghệ | hiện đại`) or a field of life or art (`Tọa đàm văn học Pháp về
    cuộc sống | hiện đại`): part of the name."""
    return stop.lower() == "hiện đại" and re.search(r"(?i:công nghệ|thiết bị|dây chuyền|máy móc|cuộc sống|đời sống|nông nghiệp|đô thị|"
                                                     r"văn học|nghệ thuật|kiến trúc|y học|kỹ thuật|phương pháp|quản trị)\s+$", before) is not None


def awarded(stop: str, rest: str, before: str) -> bool:
    """Whether the stop `đạt` of a ceremony that honours someone opens the award they won, named with a capital (`Lễ vinh
    danh các doanh nghiệp | đạt giải Chất lượng Quốc gia`): part of the name."""
    return stop.lower() == "đạt" and re.match(r"(?i:đạt)\s+(?i:giải|giải thưởng|danh hiệu|chứng nhận)(?:\s+[a-zà-ỹđ]+){0,2}\s+[A-ZĐ“\"]", rest) \
        is not None and re.search(r"(?i:vinh danh|tôn vinh|trao giải|trao thưởng|khen thưởng|biểu dương|công bố)\s", before) is not None


# an organisation's head that a name cut short ends on, and the rest of that organisation's name after it
_BODY_HEAD = re.compile(r"(?:(?<!\w)(?i:tập đoàn|công ty(?: cổ phần| TNHH)?|tổng công ty|ngân hàng|hiệp hội|viện|trường))$")
_BODY_REST = re.compile(r"(?:\s+(?-i:[a-zà-ỹđ]+)){0,4}(?:\s+[A-ZĐ][\w&.-]*)+")


def with_whole_body(mention: Mention) -> Mention:
    """A mention whose name was cut right after an organisation's head (`... - Công ty cổ phần Tập đoàn`) takes the rest of
    that organisation's name (`giáo dục Egame`: up to four lower-case words and the capitalised words after them)."""
    text = mention.sentence.text
    if not _BODY_HEAD.search(mention.name) or not text[mention.start:mention.end].rstrip().endswith(mention.name.split()[-1]):
        return mention
    rest = _BODY_REST.match(text, mention.end)
    if rest is None or classes()["stop"].match(rest.group().lstrip()):
        return mention  # (`với các doanh nghiệp, hiệp hội | do VCCI tổ chức`: who holds it, no body's name)
    return replace(mention, name=mention.name + rest.group(), end=rest.end())


_TOLD_PURPOSE = re.compile(r"(?i:giới thiệu|trưng bày|quảng bá|thu hút)\s+(?i:nhiều|hàng trăm|hàng nghìn|hàng ngàn|hàng chục|hơn|gần|khoảng|trên)(?!\w)")


def told_purpose(rest: str) -> bool:
    """Whether a purpose verb opens `rest` with a quantity after it (`Triển lãm | giới thiệu nhiều tác phẩm ... đã đạt giải`):
    what the event shows, told as its predicate, not the words of its name (`Triển lãm giới thiệu sản phẩm X` is a name)."""
    return _TOLD_PURPOSE.match(rest) is not None
