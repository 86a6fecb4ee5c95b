"""The part a share or a count measures, told by the predicate after the whole it names: `khoảng 38% số người được hỏi
ủng hộ những cuộc biểu tình` (`số người được hỏi ủng hộ những cuộc biểu tình`), `Khoảng 10% học sinh ở Portland được lựa
chọn ngẫu nhiên`, `hơn 550 người Việt là nạn nhân nô lệ hiện đại`, `hơn 30 người Hong Kong đã tới Đài Bắc`.

`X% <noun phrase> [where it is] <predicate>` is the share of those of the noun phrase of whom the predicate holds; the noun phrase
alone names the whole (blind judges counted it wrong). A count of people named by their origin (`người Việt`, `người
Iran`) is told the same way. The predicate: a verb or an adjective (after aspect and voice words), `là` and a noun, `có`
and a noun, with its object, up to punctuation, a clause word, another figure or eight words.
"""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure
from pipeline.facts.subject_lexicon import SAYING, low
from pipeline.language.analysis import Sentence, Token

_ASPECT = frozenset({"đã", "đang", "sẽ", "vẫn", "cũng", "chỉ", "đều", "mới", "từng", "vừa", "bị", "được", "không", "chưa", "còn", "có thể",
                     "phải"})
# verbs that link the share to another amount or a change of its own, not a predicate of the part (`50% số vốn là 3 tỷ đồng`)
_LINKS = frozenset({"chiếm", "đạt", "tương đương", "tương ứng", "so", "so với", "ước", "ước tính", "lên", "xuống", "bằng", "gồm",
                    "bao gồm", "thuộc về", "trở lên", "trở xuống", "còn lại", "nữa", "thêm"})
_ENDS = frozenset({"nhưng", "trong khi", "so với", "khi", "vì", "do", "để", "nếu", "theo", "thì", "mà", "nên", "song", "tuy nhiên",
                   "trong đó", "cùng kỳ", "hoặc", "hay", "với", "từ", "sau", "trước", "rằng", "kể", "kể từ", "trong vòng", "là"})
# verbs that say or believe: what follows is what is said, a clause of its own (`73% người Hà Lan tin rằng ...`)
_SAYING = frozenset({"cho", "tin", "tin rằng", "tin tưởng", "nghĩ", "cho rằng", "cho biết", "khẳng định", "nói", "nhận định", "đánh giá",
                     "thừa nhận", "tuyên bố", "trả lời", "bày tỏ", "thành", "làm"})
# verbs before a share that report it rather than act on it (`Khảo sát cho thấy 62% số người được hỏi ủng hộ ...`)
_REPORTING = SAYING | {"có", "là", "thấy", "cho thấy", "phát hiện", "ghi nhận", "khiến", "khiến cho", "làm cho"}  # (`khiến hơn 64%
# khách hàng bị mất điện`: what is caused holds of the part)
# verbs of a goal or a standard met, whose object is the state of the part (`Đảm bảo 100% số bản của xã | được sử dụng điện
# lưới quốc gia`, `đạt trên 95% số hộ dân | được sử dụng lưới điện`; s58, set P142)
_TARGETING = frozenset({"đảm bảo", "bảo đảm", "đạt", "đạt được", "phấn đấu", "hướng tới", "nâng", "nâng lên"})
_SAID = frozenset({"cho biết", "cho rằng", "cho hay", "khẳng định", "nhấn mạnh", "rằng"})  # what they say ends who they are
_PEOPLE = frozenset({"người", "công dân", "du khách", "khách", "lao động", "công nhân", "học sinh", "sinh viên", "binh sĩ", "người dân"})
_MOST = 8


def _predicate(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The predicate from token `k` (see the module), or []."""
    m = k
    while m < len(tokens) and low(tokens[m].text) in _ASPECT:
        m += 1
    if m >= len(tokens) or in_figure(tokens[m], spans):
        return []
    head = tokens[m]
    word = low(head.text)
    nxt = tokens[m + 1] if m + 1 < len(tokens) else None
    if word in ("là", "có"):
        if nxt is None or nxt.pos not in ("N", "Nc", "Np") or in_figure(nxt, spans) or low(nxt.text) in ("việc", "điều", "do", "vì"):
            return []  # (`là 3 tỷ đồng`, `có 5 người`: a figure, no predicate)
    elif head.pos not in ("V", "A") or word in _LINKS or word.split()[0] in _SAYING or word in SAYING:
        return []
    out = tokens[k:m + 1]
    n = m + 1
    while n < len(tokens) and len(out) < _MOST:
        t, w = tokens[n], low(tokens[n].text)
        said = w in _SAID or w == "cho" and n + 1 < len(tokens) and low(tokens[n + 1].text) in ("biết", "rằng", "hay", "thấy")
        if t.pos == "CH" or in_figure(t, spans) or w in _ENDS or w in _LINKS or said or any(c.isdigit() for c in t.text):
            break
        if w == "và" and not (n + 1 < len(tokens) and tokens[n + 1].pos == "V"):
            break  # (`chết và mất tích`: one predicate; not `... và 2 người khác`)
        out.append(t)
        n += 1
    while out and (out[-1].pos in ("E", "C", "CC", "L", "R") or low(out[-1].text) in _ASPECT | {"và", "của", "các", "những", "là", "cho"}):
        out.pop()
    return out if out and any(t.pos in ("V", "A", "N", "Np") for t in out[m - k:]) else []


def with_predicate(sentence: Sentence, end: int, spans: list[tuple[int, int]], subject: str | None, unit: str | None,
                   counted: str | None) -> str | None:
    """`subject` with the predicate after it (see the module) when `subject` is the noun phrase written right after the
    share or count ending at sentence offset `end` (for a count, the counted noun and a name: `người Iran`); else
    `subject`."""
    if subject is None or unit not in ("percent", "count"):
        return subject
    text = sentence.text
    tokens = list(sentence.tokens)
    first = next((n for n, t in enumerate(tokens) if any(a <= t.start - sentence.start < b for a, b in spans) and t.end - sentence.start <= end), None)
    before = tokens[first - 1] if first else None
    if re.search(r"(?<!\w)(?i:nếu|khi)\s[^,;:]*$", text[:end]):
        return subject  # (`Nếu 100% phụ huynh đồng thuận | mới được lập kế hoạch`: the condition's, then the main clause's)
    if unit == "percent" and before is not None and before.pos == "V" and low(before.text) not in _REPORTING | _TARGETING:
        return subject  # (`chuyển nhượng 95% cổ phần AVG | bị kéo dài`: the predicate is of the act, the share its object)
    if unit == "percent":
        rest = text[end:]
        lead = len(rest) - len(rest.lstrip())
        for det in ("các ", "những "):
            if rest[lead:].lower().startswith(det) and not subject.lower().startswith(det):
                lead += len(det)
        if not rest[lead:].startswith(subject):
            return subject
        at = end + lead + len(subject)
    else:
        noun = low(counted or "")
        words = subject.split()
        if noun not in _PEOPLE or not low(subject).startswith(noun + " ") or len(words) > len(noun.split()) + 3:
            return subject
        after = [t for t in sentence.tokens if t.start >= sentence.start + end - len(noun)][:1]
        if not after or not text[end - len(noun):].lower().startswith(low(subject)):
            return subject
        tail = [t for t in sentence.tokens if sentence.start + end <= t.start < sentence.start + end - len(noun) + len(subject)]
        if not tail or not any(t.pos == "Np" for t in tail) or any(t.pos in ("V", "A") for t in tail):
            return subject  # (a count named by origin only: `người Iran`, `người Hong Kong`)
        at = end - len(noun) + len(subject)
    placed = _PLACED.match(text, at) if unit == "percent" else None  # `50% số hộ ... | trên địa bàn tỉnh | tham gia bán hàng`
    where = placed.group() if placed else ""
    at += len(where)
    k = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + at), len(tokens))
    if k >= len(tokens) or tokens[k].start > sentence.start + at + 1:
        return subject  # (punctuation right after the noun phrase)
    pred = _predicate(tokens, k, [(sentence.start + a, sentence.start + b) for a, b in spans])
    if not pred:
        return subject
    return f"{subject}{where} {text[pred[0].start - sentence.start:pred[-1].end - sentence.start]}"


# where the whole is, between it and its predicate (`số hộ sản xuất nông nghiệp | trên địa bàn tỉnh | tham gia ...`)
_PLACED = re.compile(r"\s+(?i:trên địa bàn|tại|ở|của|trong)(?:\s+(?i:tỉnh|huyện|thành phố|thị xã|xã|quận|phường|TP\.?|cả nước|"
                     r"toàn tỉnh|toàn huyện|toàn xã|toàn thành phố))"
                     r"(?:\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})?(?=\s+[a-zà-ỹđ])")


_SHARE_CLAUSE = re.compile(r"\s+([^\W\d_][^;:,.()\d%]{2,100}?)\s*(?=[;:.(]|,\s|$|\s(?i:sẽ|đã|đang|do|được|bị|là|chiếm|thuộc về|tương đương)\s)")
# (the rest of a share's clause, up to a predicate of the whole: `45% vốn đầu tư còn lại | sẽ do các ông ...`)
_SHARE_OPENS = re.compile(r"(?:^|[;:]|^(?:[^,;:]{1,25}),)\s*(?:(?i:khoảng|hơn|gần|trên|có)\s+)?$")  # a share that opens its clause


def opening_share(sentence: Sentence, start: int, end: int, subject: str | None) -> str | None:
    """For a share with no subject that opens its clause (`Cụ thể, 75% | doanh nghiệp ứng dụng thương mại điện tử trong hoạt
    động kinh doanh; 100% ...`), the rest of that clause up to its punctuation or a predicate of the whole, when a noun
    opens it and it runs to 14 words at most (s54, set P114); else `subject`. `start:end` is the share in the sentence."""
    opening = _SHARE_CLAUSE.match(sentence.text, end) if subject is None and _SHARE_OPENS.search(sentence.text[:start]) else None
    first = next((t for t in sentence.tokens if t.start - sentence.start >= end), None) if opening else None
    return opening.group(1) if opening and first is not None and first.pos in ("N", "Nc") and len(opening.group(1).split()) <= 14 else subject
