"""The crop or goods a bare output measures (`sản lượng` of what the sentence grows, an area's crop, a fronted topic), and
the crop an area with no subject grows (`962 ha sầu riêng`): helpers of `subject_gates.py`.

    diện tích trồng nhãn ... với sản lượng dự kiến ... đạt 40 nghìn tấn  an output of a crop      -> sản lượng nhãn
    có 28.300 ha vải thiều, sản lượng ước đạt 160.000 tấn              an area's crop            -> vải thiều, sản lượng vải thiều
    Đối với sản phẩm xoài, Sơn La hiện có 20.000 ha, sản lượng ...     a fronted topic           -> sản lượng xoài
    Với những loại như thanh long, xoài cát thì giá trung bình ...     a topic before `thì`      -> giá trung bình thanh long, xoài cát
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import crops
from pipeline.language.analysis import Sentence, Token

_OUTPUT = re.compile(r"(?i:tổng\s+)?(?i:sản lượng)(?:\s+(?i:dự kiến|hàng năm|hằng năm|mỗi năm|cả năm|năm nay|thu hoạch|bình quân|ước đạt|ước tính|"
                     r"hiện nay|hiện tại|trung bình))*")
_PRICE = re.compile(r"(?i:giá|giá bán|giá thu mua|giá trung bình|giá bán trung bình|giá bán lẻ|giá bán buôn|mức giá)")
# a topic fronted before `thì` (`Với những loại như thanh long, xoài cát thì | giá trung bình ...`): what a bare price or output is of
_THEN_TOPIC = re.compile(r"^\W*(?:(?i:với|đối với|riêng|còn)\s+)?(?:(?i:những|các)\s+)?(?:(?i:loại|mặt hàng|sản phẩm|cây|trái cây)\s+)?"
                         r"(?:(?i:như)\s+)?(?P<goods>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2}(?:,\s*[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2}){0,3})\s+(?i:thì)\s+$")
_GROWN = re.compile(r"(?<!\w)(?i:diện tích|trồng|thu hoạch|tiêu thụ|vận chuyển|thu mua|chế biến|xuất khẩu|sản xuất)\s+(?:(?i:trồng|gieo trồng)\s+)?"
                    r"(?=[a-zà-ỹđ])")
# the crop an area grows (`có 28.300 ha vải thiều`, `962 ha sầu riêng với ...`, `88.000 ha diện tích cây ăn trái`)
_AREA_WORDS = r"(?i:diện tích)\s+(?:(?i:trồng|gieo trồng)\s+)?"  # (`4.000 ha diện tích trồng | nhãn`)
_AREA = re.compile(rf"\d\s*(?i:ha|hecta|héc-ta)\s+(?:{_AREA_WORDS})?(?=[a-zà-ỹđ])")
# right after an area figure: its crop, after `diện tích (trồng)` or not (`4.000 ha diện tích trồng nhãn`, `962 ha sầu riêng`)
AREA_OF = re.compile(rf"\s({_AREA_WORDS})?(?:(?:(?i:để|dành cho|cho việc)\s+)?((?i:trồng|gieo trồng|canh tác|nuôi trồng|nuôi))\s+"
                     r"(?:(?i:cây)\s+)?)?(?=[a-zà-ỹđA-ZĐ])")  # (`2.700 ha trồng | bưởi`; `nuôi trồng | thủy sản`: s61;
# `15.000 ha để trồng cây | sâm Ngọc Linh`: s62)
# a fronted topic (`Đối với sản phẩm xoài, ...`, `Về cây thanh long, ...`, `Cây khóm có diện tích ...`)
_TOPIC = re.compile(r"(?:(?:Đối với|Về|Riêng|Với)\s+(?:(?:sản phẩm|mặt hàng|cây|quả|trái)\s+)?|(?:Cây|Quả|Trái)\s+)(?=[a-zà-ỹđ])")
_TOPIC_GOODS = re.compile(r"((?:[a-zà-ỹđ]+\s+){0,2}[a-zà-ỹđ]+)(?=\s*,|\s+(?:có|với|trồng|hiện|đạt|trên|chiếm)\s)")
_NOT_GOODS = frozenset({"chủ lực", "hàng", "tỉnh", "huyện", "xã", "thành phố", "năm", "khu vực", "vùng", "trên", "dưới", "khoảng",
                        "gần", "hơn", "ước", "lớn", "nhỏ", "cao", "thấp", "các", "toàn", "nhiều", "loại", "sản phẩm", "nông sản",
                        "hàng hóa", "mặt hàng", "kinh doanh", "phía", "lĩnh vực", "mặt", "việc", "vấn đề", "tình hình",
                        "đất", "mặt nước", "rừng", "so", "đạt", "tăng", "giảm", "quy hoạch", "thu hoạch", "trồng", "gieo trồng",
                        "canh tác", "sản xuất", "nuôi", "nuôi trồng", "tập trung", "gồm", "bao gồm"})  # (a place, a time, a quantity, goods in
# general, a topic of talk, land, a verb of growing or comparing)
_NOT_CROP_WORDS = frozenset({"gồm", "bao gồm", "lên", "xuống", "tới", "đến"})
_BOUNDARY = frozenset({"hơn", "trên", "khoảng", "gần", "với", "có", "đạt", "ước", "và"})  # (`xoài/V hơn 14.200 ha`)


def crop_of_output(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """A bare output (`sản lượng`, `tổng sản lượng dự kiến`) of the crop or goods the sentence grows, harvests, buys or
    carries before it (`diện tích trồng nhãn ... với sản lượng dự kiến ... đạt trên 40 nghìn tấn`: `sản lượng nhãn`),
    an area before it grows (`có 28.300 ha vải thiều, sản lượng ...`) or its fronted topic names (`Đối với sản phẩm
    xoài, ...`), the nearest of them: a noun (a fruit the tagger takes for a verb, `xoài/V hơn`, when a number or a
    joint follows it) and the nouns and adjectives after it, three words at most, none a place, a time or a word for
    goods in general; else the subject."""
    text = sentence.text
    if subject is not None and (_OUTPUT.fullmatch(subject) or _PRICE.fullmatch(subject)) and subject in text[:start]:
        topic_then = _THEN_TOPIC.match(text[:text.rfind(subject, 0, start)])
        goods = topic_then.group("goods") if topic_then else ""
        if goods and not any(w in _NOT_GOODS for w in re.split(r"[\s,]+", goods)):
            return f"{subject} {goods}" if _PRICE.fullmatch(subject) else _with_goods(subject, goods)
    if subject is None or not _OUTPUT.fullmatch(subject):
        return subject
    limit = text.rfind(subject, 0, start) if subject in text[:start] else start
    found = [m.end() for m in _GROWN.finditer(text, 0, limit)] + [m.end() for m in _AREA.finditer(text, 0, limit)]
    areas = {m.end() for m in _AREA.finditer(text, 0, limit)} | {m.end() for m in _GROWN.finditer(text, 0, limit)
                                                                 if m.group().lower().startswith("diện tích")}
    for at in sorted(found, reverse=True):
        if text[:at].count("(") > text[:at].count(")"):
            continue  # `đạt 391ha (27,5ha chứng nhận hữu cơ)`: a share's qualifier in brackets, no crop
        goods = crop_at(sentence, at, limit, verbs=at in areas)
        if goods:
            return _with_goods(subject, goods)
    topic = _TOPIC.match(text)
    words = _TOPIC_GOODS.match(text, topic.end()) if topic and topic.end() < limit else None
    if words and words.end() <= limit and not any(w in _NOT_GOODS for w in words.group(1).split()):
        return _with_goods(subject, words.group(1))
    return subject


def _with_goods(subject: str, goods: str) -> str:
    head = re.search(r"(?i:sản lượng)", subject)
    assert head is not None
    return f"{subject[:head.end()]} {goods}{subject[head.end():]}"


def crop_at(sentence: Sentence, at: int, limit: int, verbs: bool = True) -> str | None:
    """The goods whose first word starts at `at` (relative to the sentence), up to `limit`, or None; a crop the tagger
    takes for a verb (`figure_crops.txt`), and a verb after the crop's noun (`bưởi/N da xanh/V với`), only where an area
    names it (`verbs`) and a number or a joint follows it."""
    tokens = {t.start - sentence.start: t for t in sentence.tokens}
    order = sorted(tokens)

    def after(token_start: int) -> Token | None:
        nxt = next((k for k in order if k > token_start), None)
        return tokens[nxt] if nxt is not None else None

    def bounded(token_start: int) -> bool:
        nxt = after(token_start)
        return nxt is None or nxt.pos in ("M", "CH", "E") or nxt.text.lower() in _BOUNDARY

    first = tokens.get(at)
    if first is None or not first.text.islower() or first.text in _NOT_GOODS:
        return None
    words = []
    if first.pos == "Nc" and (nxt := after(at)) is not None and nxt.pos == "N" and nxt.text.islower():
        words.append(first.text)  # `cây/Nc điều/N`
        first, at = nxt, nxt.start - sentence.start
    if not (first.pos == "N" or (verbs and first.text in crops() and bounded(at))) or first.text in _NOT_GOODS:
        return None  # (not `đang cho thu hoạch với ...`, `xuất khẩu chủ lực`: no goods after the verb)
    words.append(first.text)
    while len(words) < 3 and (nxt := after(at)) is not None and nxt.start - sentence.start < limit and nxt.text.islower() \
            and nxt.text not in _NOT_GOODS and (nxt.pos in ("N", "A") or (verbs and nxt.pos == "V" and bounded(nxt.start - sentence.start)
                                                                     and nxt.text not in _NOT_CROP_WORDS)):
        words.append(nxt.text)
        at = nxt.start - sentence.start
    if words and words[-1] in crops() and (nxt := after(at)) is not None and nxt.pos == "Np" and nxt.start - sentence.start < limit:
        words.append(nxt.text)  # `sâm Ngọc Linh`, `vải thiều Thanh Hà`: a crop named by its place of origin (s62, set P174)
    return re.sub(r"\s+(?:ước|dự kiến|đạt)$", "", " ".join(words))  # (`na ước`, glued by the tagger)
