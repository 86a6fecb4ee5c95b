"""Whose a measure is, or what a price pays for, when a figure follows `với <measure>` (or `có`/`đạt <measure>`, or a
worth right after its thing) in the clause that names it:

    Quốc lộ 18 vừa được nâng cấp với tổng vốn đầu tư hơn 1.800 tỉ      the clause's subject  -> tổng vốn đầu tư của Quốc lộ 18
    Tiêm kích F-35A đâm xuống biển với tốc độ 1.100 km/h               the clause's subject  -> tốc độ của Tiêm kích F-35A
    ... Natalia Fileva, nữ đại gia giàu thứ tư tại Nga với khối tài sản  the phrase before    -> khối tài sản của nữ đại gia ...
    tỉnh khởi công một dự án đường ven biển với số vốn 900 tỷ đồng     the verb's object     -> số vốn của dự án đường ven biển
    tập đoàn đã ký hợp đồng mua lại khu giải trí X với mức giá 668 triệu USD  the deal      -> mức giá mua lại khu giải trí X
    Năm 2023, hợp tác xã đạt doanh thu 4 tỷ đồng                       the clause's subject  -> doanh thu của hợp tác xã
    hợp đồng mua tổ hợp phòng không NASAMS-2 trị giá một tỷ USD        the thing before      -> trị giá hợp đồng mua ...

A bare `tổng vốn đầu tư` or `mức giá` says nothing of whose it is or what it buys; the sentence does.
"""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure, phrase_before, phrase_text
from pipeline.facts.subject_counted_before import past_counted_words
from pipeline.facts.subject_lexicon import NOUN, SAYING, figure_verbs, honorific, kind_of, low, timely, words_of
from pipeline.language.analysis import Sentence, Token
from pipeline.record import Figure

# measures whose owner is the thing the clause before `với` is about
SIZES = frozenset({
    "tổng vốn đầu tư", "vốn đầu tư", "tổng mức vốn đầu tư", "tổng mức vốn", "tổng vốn đầu tư đăng ký", "vốn đầu tư đăng ký",
    "vốn đăng ký", "tổng vốn đăng ký", "số vốn", "số vốn đầu tư", "tổng vốn", "tổng số vốn", "tổng mức đầu tư", "tổng kinh phí", "kinh phí",
    "tổng chi phí", "chi phí", "tốc độ", "vận tốc", "tốc độ tối đa", "diện tích", "tổng diện tích", "quy mô", "công suất", "tổng công suất",
    "lưu lượng", "sức gió", "khối tài sản", "tài sản", "tổng tài sản", "tài sản ròng", "tổng tài sản ròng", "doanh thu", "tổng doanh thu",
    "lợi nhuận", "chiều dài", "tổng chiều dài", "chiều cao", "độ cao", "độ sâu", "sức chứa", "tầm bắn", "trọng lượng", "dân số",
    "vốn điều lệ", "tổng vốn điều lệ", "giá trị vốn hóa", "vốn hóa", "thị phần", "sản lượng", "kim ngạch", "tổng kim ngạch",
    "khối lượng", "phụ tải", "mật độ xây dựng", "tải trọng", "năng suất", "hiệu suất", "tỷ lệ sở hữu", "tỉ lệ sở hữu",
})
# sizes a thing has, rather than a mover's measure: after a verb's object they are the object's
HELD_SIZES = frozenset({"khối lượng", "trọng lượng", "chiều dài", "tổng chiều dài", "chiều cao", "diện tích", "tổng diện tích", "quy mô",
                        "sức chứa", "dân số", "vốn điều lệ", "tổng tài sản", "khối tài sản", "tài sản", "độ sâu", "tầm bắn"})
# measures of a price or a sum paid, whose thing is what the clause's verb of dealing moves
PRICES = frozenset({"giá", "mức giá", "giá trị", "trị giá", "tổng giá trị", "tổng trị giá", "số tiền", "tổng số tiền", "giá bán",
                    "giá mua", "giá thuê", "giá chuyển nhượng",
                    # (prices of a kind: `Chiếc xe có giá niêm yết 900 triệu đồng`: `giá niêm yết Chiếc xe`)
                    "giá mới", "giá cũ", "giá gốc", "giá niêm yết", "giá bán lẻ", "giá khuyến mãi", "giá khởi điểm", "giá xuất xưởng"})
# verbs of dealing: what comes after them is what the price pays for
DEALS = frozenset({"bán", "mua", "mua lại", "bán lại", "chuyển nhượng", "sang nhượng", "thuê", "cho thuê", "đấu giá", "rao bán",
                   "đặt mua", "nhập", "nhập khẩu", "xuất khẩu", "cầm cố", "thế chấp", "thâu tóm", "mua bán", "sở hữu", "trúng thầu",
                   "trúng đấu giá", "thanh lý", "nhượng lại", "bán đấu giá", "mua sắm", "thu mua", "đặt", "đặt hàng", "bán ra",
                   "chở", "vận chuyển", "sửa", "sửa chữa", "cầm", "chào bán"})
# verbs of building, funding or approving: the thing after them is what the figure after `với` sizes
MAKES = frozenset({"khởi công", "đầu tư", "xây dựng", "xây", "phê duyệt", "lập", "đề xuất", "triển khai", "thực hiện", "khánh thành",
                   "động thổ", "nâng cấp", "cải tạo", "mở rộng", "ký", "ký kết", "tài trợ", "hoàn thành", "cấp phép", "phê chuẩn",
                   "vận hành", "xây mới", "sửa chữa", "thi công", "giải ngân"})
_DONE_WITH = re.compile(r"\s+(?:thực hiện|hỗ trợ|dự kiến|dự toán|được duyệt|được phê duyệt)$")  # what a cost is for, after it
_NOT_THINGS = frozenset({"lượt", "lần", "tuổi", "giai đoạn", "đợt", "kỳ", "phiên", "vòng"})  # counts that own no measure
_NUMBER_WORDS = frozenset({"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})  # (`ba dự án với tổng vốn`)
_COSTS = frozenset({"chi phí", "tổng chi phí", "kinh phí", "tổng kinh phí"})  # sizes that are also what a deal costs
_VALUES = frozenset({"trị giá", "tổng trị giá", "giá trị", "tổng giá trị"})  # a worth written right after its thing
_AREAS = frozenset({"diện tích", "tổng diện tích"})  # sizes a works stands `trên`
_WORKS = frozenset({"dự án", "công trình", "kế hoạch", "chương trình", "đề án", "phương án", "gói thầu", "hạng mục", "nhà máy"})
_LINKS = r"(?:\s+(?i:là|đạt|trị giá|chỉ|khoảng|hơn|gần|lên đến|lên tới|ước tính|ước|dự kiến|tối đa|trung bình|ít nhất|từ|vào khoảng))*\s*$"
# words that open a frame of time, place or source before the clause's subject and its comma (`Theo X,`, `Năm 2018,`,
# `Sáng 1-6,`, `Hiện nay,`, `Qua sự thay đổi của thời gian,`): shared by `subject_with.framed_comma` and `subject_aspects`
FRAMES = frozenset({"theo", "tại", "trong", "ở", "sau", "trước", "đến", "tính", "vào", "từ", "khi", "năm", "ngày", "sáng", "chiều",
                    "tối", "trưa", "đêm", "hiện", "hôm", "đầu", "cuối", "giữa", "tháng", "quý", "hiện nay", "hiện tại", "trước đó",
                    "sau đó", "cùng với", "bên cạnh", "ngoài ra", "cụ thể", "đặc biệt", "như vậy", "được biết", "tuy nhiên", "mặt khác",
                    "qua", "riêng", "lũy kế", "tính đến", "đến nay", "bên cạnh đó", "hiện giờ", "đến thời điểm này", "từ đầu năm"})
_NOT_OWNERS = frozenset({"đây", "đó", "nó", "tôi", "chúng tôi", "họ", "ai", "người", "mình", "chúng ta", "ta", "điều này", "việc"})
# bodies that propose, approve or ask for what a clause's figure sizes, not own it (`UBND quận X đề xuất đầu tư dự án Y với
# số vốn ...`, `Bộ GTVT đã phê duyệt dự án ... với tổng vốn ...`), and words that open a frame the tagger takes for nouns
_DECIDERS = frozenset({"ubnd", "ủy ban", "uỷ ban", "bộ", "sở", "chính phủ", "thủ tướng", "hội đồng", "cục", "tổng cục", "ban",
                       "quốc hội", "lực lượng", "cảnh sát", "công an", "tòa", "tòa án", "viện", "hồi", "lần", "khởi công", "đợt",
                       "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "tổng giám đốc", "bộ trưởng", "thứ trưởng", "bí thư",
                       "phó bí thư", "trưởng ban", "tổng thống", "phó thủ tướng"})  # (and officials who announce it)
_MOST = 9  # words an owner or a deal's thing runs to at most


def told_by_clause(sentence: Sentence, start: int, spans: list[tuple[int, int]], subject: str | None) -> str | None:
    """`subject` with its owner or its deal's thing when it is a bare measure of `SIZES` or `PRICES` written right after
    `với`, or after `có`/`đạt` that follow the thing they are of, before the figure at `sentence.text[start]` (see the
    module); else `subject`. `spans`: the sentence's figures."""
    said = low(subject or "")
    done = said not in SIZES | PRICES  # `tổng kinh phí | thực hiện`: the cost of doing what the clause's verb takes, no other's
    said = _DONE_WITH.sub("", said) if done else said
    if said not in SIZES | PRICES:
        return subject
    joint = re.search(rf"(?<!\w)(?P<link>(?i:với|có|đạt|ghi nhận|thu về{'|trên' if said in _AREAS else ''}))\s+{re.escape(subject or '')}{_LINKS}",
                      sentence.text[:start])  # (`xây dựng Nhà máy X trên diện tích 38 ha`: the works' area)
    if joint is None:
        return _valued(sentence, start, spans, subject) if said in _VALUES else subject
    tokens = list(sentence.tokens)
    figures = [(sentence.start + a, sentence.start + b) for a, b in spans]
    w = next((n for n, t in enumerate(tokens) if t.start - sentence.start >= joint.start()), None)
    if w is None or w == 0 or low(tokens[w].text) != low(joint.group("link")):
        return subject
    if low(tokens[w].text) == "trên":
        owner = _works_right_before(sentence, tokens, w, figures)
        return f"{subject} của {owner}" if owner else subject
    if low(tokens[w].text) != "với":
        owner = opening(sentence, tokens, w, figures, whole=True) or _chained(sentence, tokens, w, figures) or (
            _works_before(sentence, tokens, w) if low(tokens[w].text) == "có" else None)  # `HAGL đạt doanh thu`; `cho Dự án X có tổng vốn`
        return f"{subject} của {owner}" if owner else _valued(sentence, start, spans, subject) if said in _VALUES else subject
    if said in PRICES | _COSTS and not done:
        thing = _dealt(sentence, tokens, w, figures)  # (`đề xuất mua 72.400 khẩu súng trường với chi phí`: what the cost buys)
        counted = _counted(sentence, tokens, w, figures) if not thing and said in _VALUES else None  # `5 bộ máy vi tính với tổng giá trị`
        if thing or counted or said in PRICES:
            return f"{subject} {thing}" if thing else f"{subject} của {counted}" if counted else subject
    made = _made(sentence, tokens, w, figures)
    made = None if done and made and not any(low(made).startswith(w + " ") for w in _WORKS) else made  # (`thực hiện Dự án "... sửa chữa ôtô" với tổng
    # kinh phí thực hiện`: a verb inside a quoted name)
    before_comma = _counted(sentence, tokens, w - 1, figures) if w > 1 and tokens[w - 1].text == "," else None
    counted = _counted(sentence, tokens, w, figures) or (before_comma if before_comma and (said in HELD_SIZES or any(
        f" {work} " in f" {low(before_comma)} " for work in _WORKS)) else None)  # (works own their capital too: `có 172 dự án FDI còn
    # hiệu lực, | với tổng vốn đăng ký`; not `hướng dẫn lập đề án cho 14 cơ sở, với kinh phí`, the guidance's money)
    owner = counted or made or _works_right_before(sentence, tokens, w, figures) or (None if done else _owner(sentence, tokens, w, figures, said))  # (`sẽ có 3 vùng quy hoạch điện gió, |
    # với diện tích 6.707 ha`: the things counted before the comma)
    owner = investor_works(sentence.text, owner) or owner  # (`Dự án X, do Tập đoàn Y đầu tư với tổng vốn`: the project's)
    had = re.search(r"\s(?i:có|là)\s", owner or "")
    owner = owner[:had.start()] if owner and had and len(owner[:had.start()].split()) >= 2 else owner  # `cầu dây văng | có quy mô
    # lớn nhất nước với chiều dài`: the thing, not what it has
    return f"{subject} của {owner}" if owner and low(owner) not in said and re.search(r"[^\W\d_]", owner) else subject  # (no bare year: `2021`)


_AGENT_VERB = re.compile(r"\s(?i:đầu tư|làm chủ đầu tư|xây dựng|triển khai|thực hiện|phát triển)$")


def investor_works(text: str, owner: str | None) -> str | None:
    """The works written before `do <owner>` when `owner` is an agent closed by its verb of investing or building, else None."""
    if not owner or not _AGENT_VERB.search(owner):
        return None
    at = text.find(f"do {owner}")
    works = _WORKS_OPENING.search(text[:at].rstrip(" ,")) if at > 0 else None
    return " ".join(works.group(1).split()) if works else None


def investors_works(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` whose measure a `do` clause's agent was read to own (`tổng vốn của Tập đoàn X đầu tư`) given to
    the works before `do` instead (`tổng vốn của Dự án Điện gió số 5-Ninh Thuận`)."""
    for n, f in enumerate(out):
        measure, _, owner = (f.subject or "").partition(" của ")
        works = investor_works(sentence.text, owner) if owner else None
        if works:
            out[n] = f.model_copy(update={"subject": f"{measure} của {works}"})
        phase = _PHASE_ACTED.search(owner) if owner else None
        if phase:  # `Công ty X khởi công giai đoạn 2 có công suất 30 MW`: the phase's, not the firm's clause (s66, set P196)
            out[n] = f.model_copy(update={"subject": f"{measure} {phase.group(1)}"})
    return out


_PHASE_ACTED = re.compile(r"\s(?i:khởi công|khánh thành|triển khai|đầu tư|xây dựng|vận hành|hoàn thành)\s((?i:giai đoạn)\s+[\dIVX]+)$")


# a works that opens its clause, written whole up to the `do` of its investor (`Dự án Điện gió số 5-Ninh Thuận, do ...`)
_WORKS_OPENING = re.compile(r"(?:^|[;:,]\s*)((?i:dự án|nhà máy|công trình|khu|cụm|tổ hợp|tuyến)\s[^,;:()]{2,80})$")


def _works_right_before(sentence: Sentence, tokens: list[Token], w: int, figures: list[tuple[int, int]]) -> str | None:
    """`phải kể đến dự án điện mặt trời của Tập đoàn X tại Bình Phước | với tổng vốn đầu tư`, `xây dựng Nhà máy ô tô Chu Lai |
    trên diện tích 38 ha`: the works whose phrase ends right before `với`/`trên` at token `w` (a noun phrase opening with a
    word of `_WORKS`, whatever verb stands before it), else None."""
    run = phrase_before(tokens, w - 1, figures) if w > 0 and tokens[w - 1].pos in NOUN else []
    head = next((n for n in range(len(run)) if low(run[n].text) in _WORKS or n + 1 < len(run) and low(f"{run[n].text} {run[n + 1].text}") in _WORKS), None)
    run = run[head:] if head is not None else []  # (`doanh nghiệp triển khai xây dựng | Nhà máy X`: from the works on)
    if not run or len(words_of(run)) > 2 * _MOST or any(t.text in (",", ";", ":") for t in run):
        return None
    return phrase_text(sentence, run)


def _works_before(sentence: Sentence, tokens: list[Token], w: int) -> str | None:
    """`cấp giấy chứng nhận cho Dự án Nhà máy Hanwha Aero Engines có tổng vốn`: a named works right before `có` at token
    `w` (a capitalised noun of `_WORKS` and the name after it, no verb but inside the name), else None."""
    found = None
    for k in range(w - 1, max(-1, w - 10), -1):
        if tokens[k].pos in ("CH", "E", "C") or tokens[k].pos == "V" and not tokens[k].text[:1].isupper():
            break
        if low(tokens[k].text) in _WORKS and tokens[k].text[:1].isupper() and any(t.pos == "Np" for t in tokens[k + 1:w]):
            found = k  # (the first of them: `Dự án | Nhà máy X`)
    return phrase_text(sentence, tokens[found:w]) if found is not None else None


def after_owner(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], subject: str | None) -> str | None:
    """`bộ phim Meg thu về 500 triệu đô doanh thu`: a bare measure written right after the figure (at `sentence.text[start:end]`)
    that a verb of yielding or having before the figure links to the clause's opening is that opening's; else `subject`."""
    said = low(subject or "")
    if said not in SIZES or not re.match(rf"\s*{re.escape(subject or '')}(?!\w)", sentence.text[end:], re.IGNORECASE):
        return subject
    tokens = list(sentence.tokens)
    first = next((n for n, t in enumerate(tokens) if t.end > sentence.start + start), len(tokens))
    w = first - 1
    if w < 1 or low(tokens[w].text) not in _YIELDS and " ".join(low(t.text) for t in tokens[w - 1:w + 1]) not in _YIELDS:
        return subject
    w -= 0 if low(tokens[w].text) in _YIELDS else 1
    owner = opening(sentence, tokens, w, [(sentence.start + a, sentence.start + b) for a, b in spans], whole=True)
    return f"{subject} của {owner}" if owner else subject


_YIELDS = frozenset({"thu về", "đạt", "mang về", "đem về", "có", "ghi nhận", "thu", "đạt được", "thu được"})  # `X thu về 500 triệu đô doanh thu`


def _chained(sentence: Sentence, tokens: list[Token], w: int, figures: list[tuple[int, int]]) -> str | None:
    """`Thị trường bán lẻ VN tiếp tục giữ mức tăng trưởng hai con số, đạt quy mô ...`: the opening of a clause whose
    predicates a comma chains, when `đạt`/`có` at token `w` opens the last one right after that comma and the one before
    has a verb, no other comma, no figure and no word of saying; else None."""
    if w < 3 or tokens[w - 1].text != ",":
        return None
    owner = opening(sentence, tokens, w - 1, figures)
    if owner is None:
        return None
    begin = sentence.text.find(owner)
    rest = [t for t in tokens[:w - 1] if t.start - sentence.start >= begin + len(owner)]
    if not rest or not any(t.pos == "V" for t in rest) or any(t.text in (",", ";", ":") or in_figure(t, figures) or low(t.text) in SAYING
                                                               or low(t.text) in ("rằng", "là", "khi", "nếu", "mà") for t in rest):
        return None
    return owner


# things counted that the tagger reads as verbs (`6 hoạt động xúc tiến đầu tư với tổng kinh phí`: s66, set P193)
_VERB_NOUNS = frozenset({"hoạt động"})


def _counted(sentence: Sentence, tokens: list[Token], w: int, figures: list[tuple[int, int]]) -> str | None:
    """`có 47 dự án với tổng mức vốn đầu tư`: the things counted right before `với` at token `w`, with their count."""
    j = past_counted_words(tokens, w, figures)
    if j >= 0 and in_figure(tokens[j], figures):
        while j >= 0 and in_figure(tokens[j], figures) and w - j <= 10:
            j -= 1  # (a count's span holds its counted noun: `47 dự án với`)
    elif j >= 0 and tokens[j].pos == "M" and (tokens[j].text.isdigit() or low(tokens[j].text) in _NUMBER_WORDS) and j + 1 < w and tokens[j + 1].text.islower() \
            and not (j > 0 and (tokens[j - 1].text in ("-", "–") or tokens[j - 1].pos == "Np")):
        j -= 1  # a number and its noun the figures do not count (`5 bộ máy vi tính với`; not a model, `F-35 A đâm xuống biển`)
    else:
        return None
    count = tokens[j + 1:w]
    if not count or count[0].pos != "M" or count[-1].pos not in NOUN | {"V"} or not any(t.pos in NOUN or low(t.text) in _VERB_NOUNS for t in count[1:]) or any(timely(t) or low(t.text) in _NOT_THINGS for t in count[1:]) \
            or j >= 0 and low(tokens[j].text) in ("trong", "của"):
        return None  # (`trong 5 năm với`: a time; `đạt 5,2 triệu lượt với`: visits own nothing; `của 3 công ty với`: another's)
    return sentence.text[count[0].start - sentence.start:count[-1].end - sentence.start]


def _valued(sentence: Sentence, start: int, spans: list[tuple[int, int]], subject: str | None) -> str | None:
    """`hợp đồng mua S-400 trị giá 2,5 tỷ USD`, `giải nhì (trị giá 500.000 đồng/giải)`, `410 chiếc màn hình ... có tổng trị
    giá`: a bare worth written right after the thing it is of (or after its bracket or `có`) is that thing's."""
    said = low(subject or "")
    joint = re.search(rf"(?<![\w,;:])\s*(?:\(\s*|(?i:có)\s+)?{re.escape(subject or '')}{_LINKS}", sentence.text[:start], re.IGNORECASE)
    if joint is None:
        return subject
    begin = joint.start() + len(joint.group()) - len(joint.group().lstrip())  # where the bracket, `có` or the worth begins
    tokens = list(sentence.tokens)
    j = next((n for n, t in enumerate(tokens) if t.start - sentence.start >= begin), 0) - 1
    while j >= 0 and (tokens[j].text == "(" or low(tokens[j].text) == "có"):
        j -= 1
    figures = [(sentence.start + a, sentence.start + b) for a, b in spans]
    model = j >= 2 and tokens[j].pos == "M" and tokens[j - 1].text in ("-", "–") and tokens[j - 2].pos == "Np"  # `S -400`: a model's number
    if j < 0 or tokens[j].pos not in NOUN and not model:
        return subject
    run = phrase_before(tokens, j - 2, figures) + tokens[j - 1:j + 1] if model else phrase_before(tokens, j, figures)
    while run and (run[0].pos in ("M", "L") or in_figure(run[0], figures)):
        run = run[1:]  # (`410 chiếc | màn hình ...`: the count is no part of the thing)
    if not run or run[0].pos not in NOUN or len(words_of(run)) > _MOST + 3 or honorific(run[0]) or (kind_of(run) or ("",))[0] == "measure":
        return subject
    return f"{said} {phrase_text(sentence, run)}"


def _owner(sentence: Sentence, tokens: list[Token], w: int, figures: list[tuple[int, int]], said: str = "") -> str | None:
    """The thing a measure `said` after `với` at token `w` belongs to: an apposition right before it with no verb (`, nữ đại
    gia giàu thứ tư tại Nga với`); for a size a thing has (`khối lượng`, `diện tích`, ...), the object of the verb right
    before (`tháo dỡ quả bom với khối lượng`); else the subject that opens its clause (`Tiêm kích F-35A đâm xuống biển với
    tốc độ`: a speed is the mover's), else what a pronoun opening it is said to be (`Đây là dự án X với`)."""
    comma = max((n for n in range(w) if tokens[n].text in (",", ";", ":")), default=-1)
    segment = tokens[comma + 1:w]
    run = phrase_before(tokens, w - 1, figures) if said in HELD_SIZES and tokens[w - 1].pos in ("N", "Np") else []
    while run and (run[0].pos in ("L", "M") or low(run[0].text) in ("một", "các", "những")):
        run = run[1:]  # `tháo dỡ | quả bom`
    verb = tokens.index(run[0]) - 1 if run else -1
    if run and verb >= 0 and tokens[verb].pos == "V" and low(tokens[verb].text) not in ("là", "có") and run[0].pos in NOUN and not honorific(run[0]) \
            and (kind_of(run) or ("",))[0] != "measure" and len(words_of(run)) <= _MOST:
        return phrase_text(sentence, run)
    if comma >= 0 and segment and segment[0].pos in ("N", "Nc") and not any(t.pos == "V" or in_figure(t, figures) for t in segment) \
            and len(words_of(segment)) <= _MOST and low(segment[0].text) not in _NOT_OWNERS and not timely(segment[0]):
        return phrase_text(sentence, segment)
    if not any(t.pos == "V" for t in segment):
        return None
    return opening(sentence, tokens, w, figures)


def opening(sentence: Sentence, tokens: list[Token], w: int, figures: list[tuple[int, int]], whole: bool = False) -> str | None:
    """The noun phrase that opens the clause of token `w`, past a frame (`Sáng 1-6,`) or a pronoun said to be something
    (`Đây là`); with `whole`, only when it runs up to `w` (adverbs aside: `HAGL | chỉ đạt`)."""
    start = max((n + 1 for n in range(w) if tokens[n].text in (";", ":")), default=0)
    commas = [n for n in range(start, w) if tokens[n].text == ","]
    framed = commas and commas[0] - start <= 6 and any(timely(t) or re.fullmatch(r"(?:19|20)\d\d", t.text) for t in tokens[start:commas[0]])
    # (`Lũy kế cả năm 2018, | HAGL ...`; not `Quốc lộ 18, đoạn ...`)
    opener = any(low(" ".join(t.text for t in tokens[start:start + k])) in FRAMES for k in (1, 2, 3))  # (`Bên/N cạnh/N đó`)
    if opener or tokens[start].pos == "M" or timely(tokens[start]) or framed:
        if not commas:
            return None
        source = low(tokens[start].text) == "theo"
        start = commas[0] + 1  # `Sáng 1-6, | Bệnh viện Nhi Đồng ...`
        for c in commas[1:] if source else []:
            if any(t.pos == "V" or t.text in ("(", ")") for t in tokens[start:c]):
                break  # (`Theo ông X, | Vụ trưởng Vụ Kế hoạch, | ...`: an apposition of the source goes with the frame)
            start = c + 1
    said = low(tokens[start].text) in _NOT_OWNERS and start + 1 < w and low(tokens[start + 1].text) == "là"
    start += 2 if said else 0  # `Đây là | dự án hợp tác đầu tư giữa A và B`: what it is said to be, all of it a phrase
    run: list[Token] = []
    for n, t in enumerate(tokens[start:w], start=start):
        word = low(t.text)
        if not run and t.pos == "L" and word in ("mỗi", "các", "những"):
            continue  # `Mỗi | giờ bay của B-52`, `Các | vụ tấn công`
        if run and t.pos == "V" and low(run[0].text) in _WORKS | {"mô hình"} and word not in figure_verbs() | {"là", "có", "được", "bị"} \
                and run[0].text[:1].isupper() and n + 1 < w:
            run.append(t)  # `Mô hình kỹ thuật máy gieo/V sạ/V đay | có tổng kinh phí`: a works named by what it does
            continue
        if run and t.pos == "V" and n + 1 < w and low(tokens[n + 1].text) == "của":
            run.append(t)  # `vụ tấn công/V | của cướp biển`, `giờ bay/V | của B-52`: a noun's verb before its owner
            continue
        if in_figure(t, figures) or word in _NOT_OWNERS and not run or word in ("sau", "trước", "khi", "lúc", "hôm", "hiện", "hiện nay", "nay") and run:
            break  # (`Hosomi | sau đó giảm độ cao`)
        if t.pos in NOUN or t.pos in ("M", "A") and run or word in ("của", "giữa", "và") and run or said and run and (t.pos in ("V", "E") or t.text in ("-", "–")):
            run.append(t)
            continue
        break
    rest = tokens[start + len(run):w]
    if run and rest and rest[0].text == "(":  # `Trung Đô (mã TDF) | chỉ ghi nhận`: a code in brackets after the name (s58)
        close = next((k for k, t in enumerate(rest) if t.text == ")"), None)
        code = close is not None and close <= 5 and re.search(r"[A-Z]{2,}", " ".join(t.text for t in rest[1:close])) is not None
        rest = rest[close + 1:] if code and close is not None else rest  # (not `Quy mô hai giai đoạn (hiện hữu và mở rộng)`)
    while run and (low(run[-1].text) in ("của", "giữa", "và") or run[-1].pos in ("A", "V", "E", "CH")):
        run.pop()
    if whole and not all(t.pos == "R" or low(t.text) in ("cũng", "đã", "chỉ", "vẫn", "sẽ", "đều") for t in rest):
        return None  # (`Ông X cho biết công ty có doanh thu`: the opening is not what has it)
    if not run or run[0].pos not in ("N", "Np", "Ny", "Nc") or run[0].pos == "Nc" and len(run) == 1 or honorific(run[0]) \
            or len(words_of(run)) > _MOST * (2 if said else 1):
        return None  # (`Ông X bán ... với giá`: a person's clause; `Đây là ...`: no thing named)
    if low(run[0].text).split()[0] in _DECIDERS or low(run[0].text) in _DECIDERS or (kind_of(run) or ("",))[0] == "measure":
        return None  # (`Giá trị sản xuất ... đạt X với lợi nhuận`: a measure owns no other)
    return phrase_text(sentence, run)


def _dealt(sentence: Sentence, tokens: list[Token], w: int, figures: list[tuple[int, int]]) -> str | None:
    """The verb of dealing last before `với` at token `w` in its clause and the thing it moves (`mua lại khu giải trí X`)."""
    found = verb_object(tokens, w, figures, DEALS, (",", ";", ":"))
    if found:
        return phrase_text(sentence, found[0] + found[1])
    k = next((n for n in range(w - 1, 0, -1) if tokens[n].pos == "V" and low(tokens[n].text) in DEALS and low(tokens[n - 1].text) == "được"), None)
    bought = opening(sentence, tokens, k - 1, figures, whole=True) if k is not None else None  # `Vải thiều được bán sang Trung Quốc
    if k is not None and bought:  # với giá`: what is sold opens the clause
        return f"{low(tokens[k].text)} {bought}"
    return _fronted(sentence, tokens, w)


def _fronted(sentence: Sentence, tokens: list[Token], w: int) -> str | None:
    """A verb of dealing right before `với` at token `w` with its thing put before its doer, a noun phrase that a
    demonstrative closes at the clause's start (`con trâu này ông mới mua với giá`: `mua con trâu này`), else None."""
    if w < 3 or tokens[w - 1].pos != "V" or low(tokens[w - 1].text) not in DEALS:
        return None
    start = max((n + 1 for n in range(w) if tokens[n].text in (",", ";", ":")), default=0)
    end = next((n for n in range(start + 1, w - 1) if low(tokens[n].text) in ("này", "đó", "ấy")), None)
    if end is None or not all(t.pos in NOUN and not timely(t) for t in tokens[start:end]) or tokens[start].pos not in ("N", "Nc") or low(
            tokens[start].text) in ("sau", "trước", "lúc", "khi", "hôm"):
        return None  # (not `sau đó mang đi cầm với giá`: a time)
    return f"{low(tokens[w - 1].text)} {phrase_text(sentence, tokens[start:end + 1])}"


def _made(sentence: Sentence, tokens: list[Token], w: int, figures: list[tuple[int, int]]) -> str | None:
    """The thing a verb of building, funding or approving before `với` at token `w` takes as its object, in its sentence
    (`khởi công một dự án quy mô lớn với số vốn`: `dự án quy mô lớn`); a measure is no such thing."""
    found = verb_object(tokens, w, figures, MAKES, (";", ":"))
    thing = found[1] if found else []
    while thing and (low(thing[0].text) in ("một", "các", "những", "mọi") or thing[0].pos in ("L", "M") and not in_figure(thing[0], figures)):
        thing = thing[1:]  # `một | dự án`
    if not thing or thing[0].pos not in ("N", "Np", "Ny") or (kind_of(thing) or ("",))[0] == "measure" and not (
            low(thing[0].text) in _WORKS and len(thing) > 1) or low(thing[0].text) in FRAMES:  # (but `phê duyệt kế hoạch khuyến công
        # năm 2023 với tổng kinh phí`: a named plan is a work)
        return None  # (`khai trương sau gần 2 năm xây dựng với`: a time, not a thing)
    return phrase_text(sentence, thing)


def verb_object(tokens: list[Token], w: int, figures: list[tuple[int, int]], verbs: frozenset[str],
                 bounds: tuple[str, ...]) -> tuple[list[Token], list[Token]] | None:
    """The last verb of `verbs` before token `w` (back to a token of `bounds`) with an object after it, as (verb, object):
    the words after the verb up to `w`, a comma, a conjunction, a preposition other than `của`, `tại`, `ở`, `trong`, or
    nine words; None when there is no such verb or no noun after it."""
    tail = w  # a count right before `với` is part of the object (`mua 12 chiếc tàu tuần tra | với`), not another figure
    while tail > 0 and (tokens[tail - 1].pos in NOUN and not in_figure(tokens[tail - 1], figures) and tail == w or in_figure(tokens[tail - 1], figures)):
        tail -= 1
    tail = tail if tail < w and tokens[tail].pos == "M" else w
    for k in range(w - 1, -1, -1):
        if tokens[k].text in bounds or in_figure(tokens[k], figures) and tokens[k].pos != "M" and k < tail:
            return None
        if tokens[k].pos != "V" or low(tokens[k].text) not in verbs or k > 0 and low(tokens[k - 1].text) in _WORKS:
            continue  # (`đầu tư Dự án | cải tạo mương X`: a verb inside a project's name)
        verb = tokens[k:k + 2] if k + 1 < w and low(tokens[k + 1].text) == "lại" else [tokens[k]]  # `bán lại`
        thing: list[Token] = []
        for t in tokens[k + len(verb):w]:
            word = low(t.text)
            if t.pos in ("CH", "C", "CC") or t.pos == "E" and word not in ("của", "tại", "ở", "trong") or word in ("cho", "với", "từ", "để") \
                    or len(words_of(thing)) >= _MOST:
                break  # (`bán X | cho Y`: the buyer is no part of the thing; the tagger takes `%`, `giải trí` for verbs)
            thing.append(t)
        while thing and (thing[-1].pos not in NOUN | {"V", "A"} or in_figure(thing[-1], figures) or low(thing[-1].text) in ("của", "tại", "ở", "trong")) \
                and not (len(thing) > 1 and re.fullmatch(r"(?:19|20)\d\d", thing[-1].text) and low(thing[-2].text) == "năm"):  # (`kế
            # hoạch khuyến công năm 2023`: its year)
            thing.pop()
        if not thing or timely(thing[0]) or low(thing[0].text) in ("ra", "về", "lại", "sang", "vào", "lên", "xuống", "đi"):
            continue  # (`mua tối hôm trước | với giá`, `bán ra với giá`, `nâng cấp, mở rộng với`: no object here)
        return verb, thing
    return None

