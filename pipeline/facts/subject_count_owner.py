"""Whose or which things a count counts when the words after its counted noun do not say it but its clause does: the
topic that has them (`Trong đó, địa ốc Alibaba có 8 dự án`: `dự án của địa ốc Alibaba`; `khu Sở Lăng có 20 hộ`: `hộ ở
khu Sở Lăng`; `Khóa học đầu tiên ... với 15 học viên`), the topic that is them (`Người Dao đỏ ở Tuyên Quang có khoảng 90
nghìn người`), the number the clause opens with and the count restates (`Số người chết ... đã tăng lên 305 người`: `người
chết`), or the place where they live (`Đảo Sumba là nơi sinh sống của 750.000 người dân`: `người dân sinh sống ở Đảo
Sumba`), or the whole country or province that has them (`cả nước hiện có hơn 5.400 làng nghề`: `làng nghề cả nước`; `trên
địa bàn tỉnh có 2 cụm công nghiệp`: `cụm công nghiệp trên địa bàn tỉnh`).
The counted noun alone says little, and a count without these keeps no subject."""

from __future__ import annotations

import re

from pipeline.facts.subject_asides import PART_OF
from pipeline.facts.subject_counts import counted_predicate
from pipeline.facts.subject_lexicon import low
from pipeline.facts.subject_topic_owner import clause_topic, having_word
from pipeline.language.analysis import Sentence, Token

# words of having before a count: what the topic has, holds or employs
_HAS_COUNT = frozenset({"có", "sở hữu", "với", "gồm", "bao gồm", "sử dụng", "nắm giữ", "quản lý", "đầu tư"})
_COUNT_LINKS = frozenset({"tới", "đến", "lên tới", "lên đến", "khoảng", "hơn", "gần", "trên", "chừng", "chỉ", "hiện", "đã", "vẫn",
                          "cũng", "còn", "đang"})
_PLACE_HEADS = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "thôn", "bản", "ấp", "làng",
                          "khu", "khu phố", "tổ dân phố", "đảo", "vùng", "địa bàn", "khu vực", "toàn tỉnh", "toàn huyện", "toàn xã",
                          "cả nước", "nước", "quốc gia", "châu", "thủ đô"})
# verbs of a result before a count that restates the number its clause opens with (`Số người chết ... đã tăng lên 305 người`)
_RESTATES = re.compile(r"(?<!\w)(?i:tăng lên|lên tới|lên đến|lên|tăng|giảm xuống|giảm còn|giảm|còn|là|đạt|chỉ có|vượt)\s+(?:(?i:con số|mức|khoảng|hơn|gần|trên|tới|đến)\s+)*$")
# a whole country, province or district that opens the clause and has the things counted (`Hiện nay, toàn tỉnh có 35 cụm`)
_WHOLE_PLACE = re.compile(r"(?:^|[,;:]\s*)(?:(?i:hiện nay|hiện tại|hiện|đến nay|tính đến nay|tới nay)\s*,?\s+)?(?P<place>(?i:cả nước|toàn quốc|toàn tỉnh|toàn huyện|toàn thành phố|toàn thị xã|toàn xã|toàn vùng)"
                          r"|(?i:trên địa bàn)(?:\s+(?i:tỉnh|huyện|thành phố|thị xã|quận|xã|TP\.?))?(?:\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})?)\s+"
                          r"(?:(?i:hiện|hiện nay|đã|đang|vẫn|cũng|hiện đã)\s+)*(?i:có)\s+(?:(?i:khoảng|gần|hơn|trên|tới|chừng)\s+)*$")
_LIVING = re.compile(r"(?<!\w)(?i:là\s+)?(?i:nơi|quê hương|ngôi nhà chung)\s+(?P<verb>(?i:sinh sống|cư trú|sinh ra|làm việc|học tập|an nghỉ|"
                     r"sống|ở|định cư))?\s*(?i:của)\s+(?:(?i:khoảng|hơn|gần|trên|chừng)\s+)?$")


def _first(tokens: list[Token], sentence: Sentence, start: int) -> int | None:
    return next((n for n, t in enumerate(tokens) if t.start >= sentence.start + start), None)


def _text(sentence: Sentence, run: list[Token]) -> str:
    return sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start]


def _placed(owner: list[Token]) -> bool:
    words = " ".join(low(t.text) for t in owner[:2]).split()
    return words[0] in _PLACE_HEADS or " ".join(words[:2]) in _PLACE_HEADS


def _restated(sentence: Sentence, start: int, spans: list[tuple[int, int]], counted: str) -> str | None:
    """`<counted> <predicate>` for a count after a verb of result whose clause opens with `Số <counted> ...` (`Số người chết
    ... đã tăng lên 305 người`: `người chết`); else None."""
    clause = max(sentence.text.rfind(c, 0, start) for c in ";:") + 1
    opening = re.compile(rf"\s*(?:[^,;:]{{0,30}},\s*)?(?i:tổng số|số lượng|số|tổng)\s+(?P<noun>{re.escape(counted)})(?!\w)", re.IGNORECASE)
    m = opening.match(sentence.text, clause)
    if m is None or m.end() >= start or _RESTATES.search(sentence.text[m.end():start]) is None:
        return None
    return counted_predicate(sentence, m.end("noun"), spans, counted) or None


def count_owner(sentence: Sentence, start: int, spans: list[tuple[int, int]], counted: str | None) -> str | None:
    """The subject of a count at `sentence.text[start]` that names its things only in its clause (see the module), or None."""
    if not counted:
        return None
    restated = _restated(sentence, start, spans, low(counted))
    if restated:
        return restated
    ranked = next((m for m in (r.search(sentence.text, 0, start) for r in _RANKED) if m), None)
    if ranked:  # `Tỉnh Bình Dương đứng thứ hai có 851 dự án`, `Thứ ba là tỉnh Đồng Nai với 337 dự án`: a place ranked by its count
        return f"{low(counted)} của {ranked.group('name')}"
    named = re.search(rf"(?:^|[,;:]\s*)(?:(?i:riêng|trong đó|còn|tuy nhiên|hiện nay|hiện)\s*,?\s*)?(?:(?i:những|các)\s+)?(?P<who>(?i:{re.escape(low(counted))})"
                      rf"\s[^\d,;:()]{{3,80}}?)\s+(?:(?i:cũng|chỉ|đã|hiện|đều|vẫn)\s+)*(?i:có)\s+(?:(?i:khoảng|gần|hơn|trên|tới|đến|chừng)\s+)*$",
                      sentence.text[:start])
    if named:
        return named.group("who")  # (`Riêng những người làm bánh tráng ... trong thôn cũng có gần 20 người`: the topic is them)
    whole = _WHOLE_PLACE.search(sentence.text[:start])  # (only a count that ends its phrase: `Toàn tỉnh có 106 sản phẩm được
    # công nhận ...` is named by what is said of them)
    if whole and re.match(rf"[^\d]*[\d.,]+\s+(?i:{re.escape(counted)})\s*(?:[,.;:]|$|(?i:và)\s)", sentence.text[start:]):
        place = whole.group("place")
        return f"{low(counted)} {place[0].lower()}{place[1:]}"  # `cả nước hiện có khoảng hơn 5.400 làng nghề`: `làng nghề cả nước`
    tokens = list(sentence.tokens)
    m = _first(tokens, sentence, start)
    if m is None:
        return None
    if PART_OF.search(sentence.text[:start]):
        return None  # (`X có 77 sản phẩm, trong đó có 3 sản phẩm ...`: a part of the count before, not another count of X's)
    living = _LIVING.search(sentence.text[:start])
    verb = m - 1
    while verb >= 0 and low(tokens[verb].text) in _COUNT_LINKS:
        verb -= 1
    if living:
        k = _first(tokens, sentence, living.start())
        k = k - 1 if k and low(tokens[k].text) != "là" and low(tokens[k - 1].text) == "là" else k
        owner = clause_topic(tokens, k + 1, k, "là") if k and low(tokens[k].text) == "là" else []
        done = (living.group("verb") or "sinh sống").lower()
        return f"{low(counted)} {done} ở {_text(sentence, owner)}" if owner else None
    having = having_word(tokens, verb)
    dealt = having == "với" and verb > 0 and tokens[verb - 1].pos == "V" and not tokens[verb - 1].text[:1].isdigit() and not (
        verb > 1 and low(tokens[verb - 2].text) in ("tuần", "tháng", "năm", "ngày", "hôm"))  # (not `vào tuần tới/V với ...`)
    if having not in _HAS_COUNT or dealt:
        return None  # (`làm việc với 20 người`: whom a verb deals with, not whom the topic has)
    owner = clause_topic(tokens, verb + 1, verb, having)
    if not owner or low(owner[0].text) in ("số", "kết quả", "qua đó", "nhờ đó", "từ đó", "như vậy") or not any((t.pos == "Np" or t.text[:1].isupper()) and n for n, t in enumerate(owner)) and _placed(owner):
        return None  # (`Toàn tỉnh có 1.500 cơ sở`: a place named by no name says nothing of which ones)
    text = _text(sentence, owner)
    if low(text).startswith(low(counted) + " "):
        return text  # (`Người Dao đỏ ở Tuyên Quang có khoảng 90 nghìn người`: the topic is the people counted)
    if re.search(rf"(?<!\w){re.escape(low(counted))}(?!\w)", low(text)) or low(owner[0].text) == "người":
        return None  # (`20 hộ trong số 300 hộ`: the topic counts the same things)
    return f"{low(counted)} {'ở' if _placed(owner) else 'của'} {text}"


# a proper name (capitalised words, no number) that opens its clause right before `có` (`Huế có hơn 320 hợp tác xã`, `Hà Nội
# hiện có 2 chợ đầu mối`)
_NAME_HAS = re.compile(r"(?:^\W*|[,;:]\s*[“\"]?)(?!(?:Ông|Bà|Anh|Chị|Em|Cô|Chú|Bác|Tôi|Họ|Chúng|Gia đình)(?!\w))(?:[A-ZĐ][\w.]*\s+){0,3}[A-ZĐ][\w.]*\s+(?:(?i:hiện|hiện nay|đã|cũng|vẫn)\s+)*(?i:có)\s+"
                       r"(?:(?i:khoảng|hơn|gần|trên|tới|chừng)\s+)*$")
_PLACE_NAMED = r"(?P<name>(?:(?i:tỉnh|thành phố|TP\.?)\s+)?(?:[A-ZĐ][\w.]*\s+){0,3}[A-ZĐ][\w.]*)"
_RANKED = (re.compile(rf"(?:^\W*|[,;:]\s*)(?:(?i:đứng|xếp)\s+)?(?i:thứ)\s+\w+\s+(?i:là)\s+{_PLACE_NAMED}\s+(?i:với)\s+(?:(?i:khoảng|hơn|gần|trên)\s+)*$"),
           re.compile(rf"(?:^\W*|[,;:]\s*){_PLACE_NAMED}\s+(?:(?i:đứng|xếp)\s+(?i:thứ)\s+\w+|(?i:dẫn đầu|đứng đầu)(?:\s+(?i:cả nước))?)\s*,?\s+"
                      r"(?i:với|có)\s+(?:(?i:khoảng|hơn|gần|trên)\s+)*$"))
_INVESTED = re.compile(r"(?<!\w)(?i:đầu tư|rót vốn)\s+(?:(?i:khoảng|hơn|gần|trên|thêm)\s+)?$")


def owned_count(sentence: Sentence, start: int, spans: list[tuple[int, int]], counted: str | None, subject: str | None) -> str | None:
    """`<subject> của <owner>` for a count whose subject is its counted noun and the words after it (`176 dự án FDI`) when
    its clause names who invests in them (`VSIP đã đầu tư 3 dự án tại Nghệ An`: `dự án tại Nghệ An của VSIP`; fiftieth
    session, set P82) or a proper name right before `có` opens the clause (`Huế có hơn 320 hợp tác xã`: set P83; owners of
    other verbs of having, or after other words, named this way were wrong as often as right on the bench); else `subject`."""
    if not counted or not subject or not low(subject).startswith(low(counted)) or re.search(r"\s(?:của|ở)\s", low(subject)):
        return subject
    restated = _restated(sentence, start, spans, low(counted))
    if restated and low(restated).startswith(low(subject)) and len(restated) > len(subject):
        return restated  # (`tổng lượt người xuất nhập cảnh đạt 3.865 lượt người`: the visits the clause opens with)
    if not _INVESTED.search(sentence.text, 0, start) and not _NAME_HAS.search(sentence.text, 0, start):
        return subject  # (only an investor or a name right before `có`: `Quý 1-2019 có hơn 1 triệu người ...` names no owner)
    owner = count_owner(sentence, start, spans, counted)
    key = low(counted)
    if owner is None or not owner.startswith(f"{key} của "):
        return subject
    return f"{subject}{owner[len(key):]}"

