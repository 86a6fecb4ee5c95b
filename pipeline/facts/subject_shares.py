"""What a share is of, named after it: the whole after `trong số` (`ít nhất 50% trong số 474 chung cư cũ`) and the
people or things a share counts together with the predicate that says which of them (`chỉ 43% doanh nghiệp đánh giá có
sự thay đổi tích cực`, `20% dân số của Rio sống trong các khu ổ chuột`): without it the share says nothing."""

from __future__ import annotations

from pipeline.facts.noun_phrases import in_figure
from pipeline.facts.subject_lexicon import NOUN, SAYING, low, words_of
from pipeline.language.analysis import Token

# nouns of people, firms and countable things whose share a predicate after them selects
POPULATION = frozenset({
    "người", "người dân", "dân", "dân số", "doanh nghiệp", "dn", "hộ", "hộ dân", "hộ gia đình", "gia đình", "học sinh",
    "sinh viên", "lao động", "người lao động", "cử tri", "bệnh nhân", "trẻ em", "phụ nữ", "nam giới", "nữ giới", "công ty",
    "cơ sở", "hợp tác xã", "htx", "nông dân", "du khách", "khách hàng", "người tiêu dùng", "người dùng", "nhà đầu tư",
    "trường hợp", "ca", "thanh niên", "người cao tuổi", "công nhân", "cán bộ", "giáo viên", "dự án", "xã", "trường",
    "nhà máy", "cửa hàng", "hộ kinh doanh", "thương nhân", "chủ đầu tư", "đơn vị", "người được hỏi", "số người", "số hộ",
    "số doanh nghiệp", "thí sinh", "người mua", "người bán", "bệnh viện", "phương tiện", "xe", "tàu", "chuyến bay",
    "trẻ", "thanh thiếu niên", "người trẻ", "phụ huynh", "nhân viên", "người bệnh", "hành khách", "học viên", "bác sĩ",
    "hội viên", "đảng viên", "nông hộ", "quốc gia", "nước", "tỉnh", "huyện", "thành phố", "người nhiễm", "người mẹ",
    "công việc", "việc làm", "thuê bao", "sản phẩm", "hồ sơ", "thủ tục", "ngân hàng", "trang trại", "tài khoản",  # (s38)
})
_WHOLE = (("trong", "số"), ("trong", "tổng", "số"), ("trên", "tổng", "số"), ("của", "tổng", "số"), ("trong", "tổng"))
_ENDS = frozenset({"và", "nhưng", "song", "còn", "là", "chiếm", "tương đương", "so với", "trong khi", "thì", "mà", "nên", "vì", "do"})


def share_of_whole(tokens: list[Token], at: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`50% trong số 474 chung cư cũ`, `30% trên tổng số hộ nghèo`: the whole a share ending at offset `at` is of, named
    after `trong số`, `trong tổng số`, `trên tổng số`: its numbers, nouns, adjectives and the verbs inside (`cơ sở sản xuất gây ô
    nhiễm`), at most ten words, not ending on a verb before a preposition; else []."""
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    said = " ".join(low(t.text) for t in tokens[k:k + 3]).split()
    link = next((w for w in _WHOLE if tuple(said[:len(w)]) == w), None)
    if link is None:
        return []
    n = k
    while n < len(tokens) and len(" ".join(low(t.text) for t in tokens[k:n]).split()) < len(link):
        n += 1
    run: list[Token] = []
    stop: Token | None = None
    for t in tokens[n:]:
        if t.pos not in NOUN | {"M", "A", "L", "V"} or len(words_of(run)) >= 10 or low(t.text) in _ENDS:
            stop = t
            break
        run.append(t)
    if run and run[-1].pos == "V" and stop is not None and stop.pos == "E":
        run.pop()  # `474 chung cư cũ xây | trước năm 1975`
    return run if any(t.pos in NOUN for t in run) else []


_BEFORE_VERB = frozenset({"không", "chưa", "chẳng", "sắp", "sẽ", "đã", "đang", "vẫn", "từng", "được", "bị", "cũng", "đều"})


def selected(tokens: list[Token], k: int, run: list[Token], n: int, spans: list[tuple[int, int]]) -> list[Token]:
    """For a share whose phrase after it (`run`, from token `k`) names a population (`doanh nghiệp`, `dân số của Rio`)
    and runs into a verb at token `n`: that phrase and its predicate, the verb and what follows it up to punctuation, a
    clause word, `trong đó` or another figure, at most eight words (`43% doanh nghiệp đánh giá có sự thay đổi tích cực`);
    else []."""
    if k == 0 or not tokens[k - 1].text.endswith("%") or not run:
        return []
    head = run[:next((m for m, t in enumerate(run) if low(t.text) == "của"), len(run))]
    words = [t for t in head if low(t.text) not in ("những", "các")]  # (`số những người nhiễm HIV`)
    if not any(low(" ".join(t.text for t in words[:m])) in POPULATION for m in range(1, len(words) + 1)):
        return []  # (`người dân Mỹ`: a population and where it lives)
    if n < len(tokens) and low(tokens[n].text) == "là" and n + 1 < len(tokens) and tokens[n + 1].pos in NOUN:
        kind = [t for t in tokens[n + 1:n + 5] if t.pos in NOUN | {"A"}]  # `34% số người nhiễm HIV mới | là nữ giới`: which of them
        kind = kind[:next((m for m, t in enumerate(kind) if t is not tokens[n + 1 + m]), len(kind))]
        return run + [tokens[n]] + kind if kind and not any(in_figure(t, spans) for t in kind) else []
    said: list[Token] = []
    for m in range(n, len(tokens)):
        t = tokens[m]
        nxt = low(tokens[m + 1].text) if m + 1 < len(tokens) else ""
        if (t.pos == "CH" or in_figure(t, spans) or low(t.text) in _ENDS or low(t.text) == "trong" and nxt == "đó"
                or len(words_of(said)) >= 8):
            break
        said.append(t)
    while said and said[-1].pos in ("E", "C", "R"):
        said.pop()
    if said and (low(said[-1].text) in SAYING or low(said[-1].text) in ("cho", "tin", "nghĩ", "nói", "thấy", "tin tưởng")):
        return []  # `67% doanh nghiệp cho | rằng ...`: who say, cut before what they say
    negated = len(said) > 1 and low(said[0].text) in _BEFORE_VERB and said[1].pos in ("V", "A")  # `không có năng khiếu`, `sắp được`
    return run + said if said and (said[0].pos == "V" or negated) else []
