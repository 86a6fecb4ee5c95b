"""A held event's name written as a description: the words after its head when the sentence says someone holds it.

`name_end` ends a name at a lowercase verb it does not know as a purpose (`Hội nghị | tháo gỡ những khó khăn`) or
at a stop word (`Lễ trao | bằng công nhận danh hiệu ...`), and at `với` (`hội thảo | với chủ đề "..."`): right
for a head that is the subject of its clause (`Triển lãm thu hút ...`) or a generic mention, wrong for the object
of a verb of holding in a dated sentence, where what follows the head is what the meeting is about:

    Sáng 15/9, Ban Quản lý ... tổ chức Hội nghị tháo gỡ những khó khăn, vướng mắc trong việc ... tại Bắc Ninh.
    Chiều 26/8, ... Sở NN-PTNT đã tổ chức hội thảo với chủ đề "Dừa sáp Trà Vinh - 100 năm ...".
    Ngày 22-8, ... phối hợp với Ban Kinh tế Trung ương tổ chức hội thảo: “Xây dựng và phát triển ...”.

There the name runs on over the description: over lowercase words, a short lowercase list item after a comma
and quoted titles, to the first word that opens the event's circumstances (`tại`, `vào`, `do`, `nhằm`, `với sự`,
a time of day, ...; class `circumstance` of `lexicons/event_words.tsv`), a clause word, a capitalised word that
is no part of a title, or punctuation; at most 25 words. A theme (`với chủ đề`, `có chủ đề`, `:`) followed by a
quoted title is the name's title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.event_lexicon import QUOTES, keywords
from pipeline.facts.lexicon import alternation, word_classes

_MAX_WORDS = 25
_DOCUMENT = re.compile(r"(?:Nghị quyết|Nghị định|Chỉ thị|Kết luận|Quyết định|Thông tư|Luật|Hiệp định|Chiến lược|Chương trình)(?!\w)")
_THEME = re.compile(r"\s*(?:(?i:với|có)\s+(?i:chủ đề|tên gọi|tên)\s*:?|(?i:chủ đề)\s*:?|:)\s*(?=[“\"«'])")


@lru_cache(maxsize=1)
def _circumstance() -> re.Pattern[str]:
    words = word_classes("event_words.tsv")
    return re.compile(rf"(?i:{alternation(list(words['circumstance']))})(?!\w)")


def _quoted(text: str, i: int) -> int:
    """The end of the quoted title opening at `text[i]`, or -1."""
    close = text.find(QUOTES.get(text[i], text[i]), i + 1)
    if text[i] in "“«" and close < 0:
        close = text.find("\"", i + 1)
    return close + 1 if close > i and close - i < 200 else -1


def described_end(text: str, end: int, classified: bool = False) -> int:
    """Where the description of a held event that starts at `text[end]` ends (`end` when there is none).
    `classified`: the head opens with a classifier (`lớp tập huấn`, `buổi`, `khóa`), whose description may open
    with a comma (`lớp tập huấn, phổ biến kiến thức ...`)."""
    theme = _THEME.match(text, end)
    if theme:
        close = _quoted(text, theme.end())
        return close if close > 0 else end
    if text[end:].lstrip()[:1] == "" or (text[end:].lstrip()[:1] == "," and not classified):
        return end  # `tổ chức triển lãm, kêu gọi ký cam kết ...`: a list of activities, not a description
    i, last, words = end, end, 0
    document = False  # after `Nghị quyết`, `Luật`, ...: the document's capitalised name is part of the description
    while i < len(text) and words < _MAX_WORDS:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in QUOTES:
            close = _quoted(text, i)
            if close < 0:
                break
            i = last = close
            words += 1
            continue
        if ch == ",":
            after = text[i + 1:].lstrip()
            if not after[:1].islower() or _circumstance().match(after):
                break
            i += 1  # `những khó khăn, vướng mắc trong việc ...`: a lowercase item of the description
            continue
        if ch in "-–" and text[i - 1:i].isspace() and not document:
            break
        if ch == "(" and document:
            close = text.find(")", i)
            if close < 0 or close - i > 40:
                break
            i = last = close + 1  # `Nghị quyết Hội nghị Trung ương 5 (Khóa XII)`
            continue
        doc = _DOCUMENT.match(text, i)
        if doc:
            i = last = doc.end()
            words += 1
            document = True
            continue
        if re.match(r"(?i:và)\s+", text[i:]) and keywords()[0].match(text, i + 3 + len(text[i + 3:]) - len(text[i + 3:].lstrip())):
            break  # `tổ chức Festival tôm | và diễn đàn kết nối ...`: the next event
        if re.match(r"(?i:cho)\s+(?:\d|(?i:các|những|hơn|gần|khoảng|trên|gần)\s)", text[i:]):
            break  # `... đối với sản phẩm OCOP | cho 150 chủ thể`: whom it is held for (s61)
        word = re.match(r"[\w/-]+", text[i:])
        capital = word is not None and word.group()[:1].isupper() and not (
            re.fullmatch(r"[A-ZĐ]{2,6}", word.group()) and words and text[:i].rstrip()[-1:].islower())  # (`sản phẩm OCOP`: a kind's initials)
        if word is None or (capital and not document) or (not capital and _circumstance().match(text, i) and not re.search(
                r"(?<!\w)(?i:tình hình|công tác|việc|về|đối)\s+$", text[:i]) and not (re.search(r"(?i:đầu tư)\s+$", text[:i]) and re.match(
                r"(?i:vào)\s+(?:(?i:các)\s+)?(?i:khu|cụm|lĩnh vực|ngành|thị trường|địa bàn|tỉnh|thành phố)(?!\w)", text[i:]))):
            break  # (but `nghe báo cáo về tình hình thu hút đầu tư vào các khu công nghiệp`: the matter reported on; `đối với`, one word)
        i = last = i + word.end()
        words += 1
    return last if words >= 2 else end


def themed_end(text: str, end: int) -> int:
    """The end of a quoted theme right after a name (`Liên hoan ẩm thực đường phố với chủ đề "Hương vị Sóc Trăng"`),
    or `end`: the theme tells which event a name of common words is."""
    theme = _THEME.match(text, end)
    close = _quoted(text, theme.end()) if theme else -1
    return close if close > 0 else end

