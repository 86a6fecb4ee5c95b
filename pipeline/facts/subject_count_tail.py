"""The last reading of a count no other rule gave a subject: its counted noun and the words right after it that say which
ones (`Có 7 người liên quan đến vụ kiện`: `người liên quan đến vụ kiện`; `hơn 6.000 học viên đang theo học`; `14 tỉnh,
thành không có đại diện tham dự hội thi`; two verbs of theirs joined before any object: `hộ giữ gìn và phát huy nghề
làm bánh tráng`, `cụm công nghiệp đã thành lập nhưng chưa đi vào hoạt động`), or the act they join in (`với sự tham gia của khoảng 50.000 người`: `người
tham gia`; since s61 after any `sự`, also with the interest before it: `thu hút sự quan tâm và tham dự của 285 đơn vị`).

A count always says what it counts, so a count left without a subject says less than its sentence: the words after the
counted noun, up to punctuation, a joint or clause word (`và`, `để`, `khi`, `trong đó`, `với`), another figure or a time,
at most ten words, tell which of them are counted. Nothing is guessed when those words are none.
"""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure, phrase_text
from pipeline.facts.subject_counts import COMPLETE, NEXT_CLAUSE
from pipeline.facts.subject_lexicon import NOUN, PLACE_COUNTED, low, timely, words_of
from pipeline.language.analysis import Sentence, Token

_MOST = 10
_STOPS = frozenset({"và", "hoặc", "hay", "nhưng", "song", "để", "nhằm", "khi", "thì", "mà", "với", "so", "nên", "vì", "do", "rồi",
                    "gồm", "bao gồm", "như", "là", "trong đó", "trong số", "trong số đó", "còn lại", "sau khi", "trước khi",
                    "tương đương", "tức là", "chiếm", "bằng", "tăng", "giảm", "mỗi", "một", "các", "những", "cùng với", "kể cả",
                    "trở lên", "trở xuống", "trở lại đây", "trở", "ước tính", "ước", "cho biết", "sau", "sau đó", "trước đó", "hồi", "lúc",
                    "hiện", "hiện nay"})
_LEADING = frozenset({"cũng", "đều", "vẫn", "nữa", "khác nữa"})
_KINDS_OF_WORK = frozenset({"sản xuất", "kinh doanh", "chế biến", "dịch vụ"})  # (`34 cơ sở sản xuất | kinh doanh`: one noun)
_OPENERS = frozenset({"đã", "đang", "sẽ", "vừa", "mới", "từng", "được", "bị", "không", "chưa", "còn", "chỉ", "phải"})
_DIRECTIONS = frozenset({"sang", "vào", "ra", "về", "lên", "xuống", "tới", "đến", "qua"})  # (`đã chạy sang | thành phố ...`: cut, dangling)
_OPENING_PREPOSITIONS = frozenset({"giữa", "với", "trong", "tại", "từ", "đối với", "cho", "về", "theo", "qua", "ở", "trên"})
_PLACE_PREPOSITIONS = frozenset({"của", "ở", "tại", "trên", "trong", "thuộc", "từ", "đến", "tới"})
_JOINED = re.compile(r"(?<!\w)(?i:sự)\s+(?:(?i:quan tâm|chú ý|ủng hộ)\s+(?i:và)\s+)?(?P<act>tham gia|tham dự|góp mặt|có mặt|hưởng ứng|cổ vũ)\s+(?i:của)\s+"
                     r"(?:(?i:khoảng|hơn|gần|trên|tới|chừng|gần như)\s+)?$")


def tail(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], counted: str | None) -> str | None:
    """The counted noun and the words after the count from `sentence.text[start]` to `[end]` that say which ones are
    counted (see the module), or `<counted> <act>` after `với sự tham gia của`; else None. `spans`: the sentence's figures."""
    noun = (counted or "")[:1].lower() + (counted or "")[1:]
    if not noun:  # (`Doanh nghiệp` opening a sentence is `doanh nghiệp`; `doanh nghiệp, HTX` keeps its short form)
        return None
    joined = _JOINED.search(sentence.text[:start])
    tokens = list(sentence.tokens)
    figures = [(sentence.start + a, sentence.start + b) for a, b in spans]
    k = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + end), len(tokens))
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper() and len(tokens[k + 1].text) <= 6:
        k += 3  # (`5 doanh nghiệp (DN) | FDI tiêu biểu tại ...`: past the noun's short form)
    first = k
    while k < len(tokens) and low(tokens[k].text) in _LEADING:
        k += 1  # `100.000 người | cũng đổ về thị trấn`
    f0 = next((n for n, t in enumerate(tokens) if t.end > sentence.start + start), 0)  # the count's first token
    if tokens and low(tokens[0].text) in _OPENING_PREPOSITIONS and not any(t.text == "," or t.pos == "V" for t in tokens[1:f0]) or f0 > 0 and low(
            tokens[f0 - 1].text) == "giữa":
        return None  # (`Giữa 2 người | xảy ra cãi vã`: a count in the clause's opening phrase; what follows is the clause's)
    run = _run(tokens, k, figures)
    if run and f0 > 0 and low(tokens[f0 - 1].text) == "của" and (low(run[0].text) in _OPENERS or k > first
                                                                 or run[0].pos == "V" and (joined is not None or low(run[0].text) not in _KINDS_OF_WORK)):
        run = []  # (`kết quả của 4 đơn vị | đã có những cải thiện`, `gian hàng của 170 doanh nghiệp | đem đến ...`: an owner inside
        # a phrase, the predicate after it is the phrase's; `với sự tham gia của 250 doanh nghiệp | đến từ ...`: those taking part)
    if run and noun.lower() in PLACE_COUNTED and (run[0].pos == "Np" or f0 > 0 and tokens[f0 - 1].pos in NOUN or low(run[0].text) not in (
            "bị", "được", "thuộc", "không", "chưa", "khác", "còn", "còn lại", "đã", "đang", "của", "ven", "giáp")):
        return f"{noun} {joined.group('act')}" if joined else None  # (`Ngư dân 3 tỉnh | lao đao`: the fishermen's; `cùng 4 tỉnh |
        # diệt lục bình`: what they do; names: not here; but `với sự tham gia của 23 tỉnh | trong cả nước`: who take part)
    if not run:
        return f"{noun} {joined.group('act')}" if joined else None
    return f"{noun} {phrase_text(sentence, run)}"


def _run(tokens: list[Token], k: int, figures: list[tuple[int, int]]) -> list[Token]:
    """The words from token `k` that describe the things counted (see the module), or []."""
    if k >= len(tokens):
        return []
    first = tokens[k]
    word = low(first.text)
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    opens = first.pos in ("V", "A") and word not in _STOPS or word in _OPENERS and after is not None and after.pos in ("V", "A", "N") \
        or word in _PLACE_PREPOSITIONS - {"tại"} and after is not None and (after.pos in NOUN or low(after.text) in ("một", "các", "những", "cả", "toàn")) \
        and not timely(after) and low(after.text) not in ("cuối", "đầu", "giữa") \
        or first.pos in ("N", "Np") and not timely(first) or first.text in ("\"", "“", "'")
    if not opens or in_figure(first, figures):
        return []
    run: list[Token] = []
    quoted = False
    for n, t in enumerate(tokens[k:], start=k + 1):
        text = low(t.text)
        if t.text in ("\"", "“", "”", "'"):
            quoted = not quoted if t.text in ("\"", "'") else t.text == "“"
            run.append(t)
            continue
        later = tokens[n] if n < len(tokens) else None  # (the token after `t`)
        if text == "diễn ra" or text == "diễn" and later is not None and low(later.text) == "ra":
            return []  # (`quy mô hơn 20.000 người | sẽ diễn ra vào ...`: what takes place is the event, not the people)
        if not quoted and (in_figure(t, figures) or any(c.isdigit() for c in t.text)):
            while run and run[-1].pos == "V":
                run.pop()  # (`sản phẩm đạt | 4 sao`: a verb cut from its object)
            break
        if not quoted and (text == "nhưng" or text == "và" and run and low(run[-1].text) not in COMPLETE) and run and all(
                r.pos in ("V", "R", "A") for r in run) and later is not None and low(later.text) not in NEXT_CLAUSE and (
                later.pos == "V" or low(later.text) in ("chưa", "không", "vẫn")):
            run.append(t)  # `hộ giữ gìn | và phát huy nghề ...`, `cụm đã thành lập | nhưng chưa đi vào hoạt động`: a second verb
            continue  # of theirs before any object, not the next clause
        inside = text in ("các", "những", "một", "mỗi") and run and (run[-1].pos == "E" or run[-1].pos == "V" and low(run[-1].text) not in ("được", "bị") and later is not None and later.pos in NOUN | {"V"})
        # (`tại | các trung tâm`, `có | những đóng góp`: the preposition's or the verb's noun)
        if not quoted and not inside and (t.pos == "CH" or text in _STOPS or text == "theo" and t.pos == "E" or timely(t) or later is not None and (
                t.pos == "E" and (timely(later) or low(later.text) in ("thời gian", "số", "tổng số"))
                or text in ("hàng", "hằng") and timely(later))):
            break  # (`cửa hàng khác nhau | trong thời gian ...`, `người | trong số 500 ...`, `người | hàng năm đến thăm`)
        if run and text in _DIRECTIONS and run[-1].pos in NOUN:
            break  # (`6 người gác hải đăng | tới Trường Sa`: where they are sent)
        run.append(t)
        if len(words_of(run)) >= _MOST:
            while run and run[-1].pos == "V":
                run.pop()  # (`... đã chạy | sang thành phố`: a verb cut from where it goes)
            break
    while run and (run[-1].pos in ("E", "C", "CC", "R", "L", "P") and low(run[-1].text) not in ("này", "đó", "nay") or low(run[-1].text) in _OPENERS
                   or low(run[-1].text) in _DIRECTIONS | _PLACE_PREPOSITIONS | {"có", "cả", "gồm", "cùng"}) and not (
                       len(run) > 1 and low(run[-1].text) == "trên" and low(run[-2].text) in ("nêu", "kể", "nói")):  # (`cơ sở nêu trên`)
        run.pop()  # (no dangling `của`, `đã`, `được`)
    if run and sum(1 for t in run if t.text in ("\"", "“", "”", "'")) % 2:
        run = [t for t in run if t.text not in ("\"", "“", "”", "'")]
    if len(run) == 1 and run[0].pos == "V" and low(run[0].text) not in COMPLETE:
        return []  # (`500 người mang | ...`: a verb without what it takes says nothing of them)
    return run if any(t.pos in NOUN | {"V", "A"} and low(t.text) not in _PLACE_PREPOSITIONS for t in run) else []
