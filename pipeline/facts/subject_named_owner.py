"""The named owner of a bare measure: `Dệt may Nam Định dự kiến sản lượng sản xuất đạt 1.380 tỷ đồng, doanh thu đạt 1.600
tỷ đồng` (`doanh thu của Dệt may Nam Định`), `tỉ phú Bill Gates đứng đầu danh sách của Forbes với tổng tài sản ròng khoảng
89 tỉ USD` (`tổng tài sản ròng của tỉ phú Bill Gates`), `ông Nam vẫn là Ủy viên HĐQT của VTC Online với 4,3% cổ phần sở hữu`.

A measure of `figure_owned_measures.txt` names nothing alone. Its owner is the named subject of its clause: a run of
proper names (with one common noun before them: `tỉ phú`, `ông`), followed by a verb (adverbs between), not after a
preposition (`của Forbes`, `Theo ông X`) and not a source (`ông X cho biết`: who speaks owns nothing, and no owner is
looked for before what a source says). When the measure opens its own clause of a list of figures (`..., doanh thu đạt`),
the clauses before it are read too, past other measures of the list, and the name after `của` in the measure the clause
before opens with. Earnings are a person's or a worker's named by trade, never a payer's (`_EARNER`).

`owner_after` reads the owner `của` names right after the figure (`hải trình 9.300 km của tàu X`); `given_by` names a sum a
verb of giving gives with its giver (`CLB X ủng hộ 21 triệu đồng`: `số tiền ủng hộ của CLB X`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import rows
from pipeline.facts.subject_lexicon import COMMON_INITIALS, SAYING, entries, kind_of, low
from pipeline.language.analysis import Sentence, Token

_PERIOD = re.compile(r"(?:\s+(?:năm \d{4}|quý \w+(?:/\d{4})?|cả năm(?: \d{4})?|(?:\d+|sáu|chín) tháng(?: đầu năm)?(?: \d{4})?))?$")
_BEFORE = frozenset({"của", "với", "tại", "ở", "cho", "từ", "theo", "về", "trong", "đến", "tới", "sang", "vào", "bởi", "do", "so với",
                     "giữa", "trên", "như", "thuộc"})
ADVERBS = frozenset({"vẫn", "đã", "sẽ", "đang", "cũng", "vừa", "mới", "còn", "từng", "chỉ", "lại", "hiện", "cuối cùng"})
_BOUNDS = frozenset({",", ";", ":", "(", ")", "nhưng", "trong khi", "trong đó"})
_HEADS = frozenset({"ông", "bà", "anh", "chị", "tỉ phú", "tỷ phú", "công ty", "tập đoàn", "ngân hàng", "hãng", "tổng công ty",
                    "xã", "phường", "huyện", "tỉnh", "thành phố", "quận", "thị xã", "nhà mạng", "doanh nghiệp"})
AUTHORITIES = frozenset({"cục", "bộ", "sở", "ubnd", "hđnd", "tòa", "tòa án", "toà án", "công an", "chính phủ", "quốc hội", "thanh tra",
                          "viện kiểm sát", "cơ quan", "tổng cục", "ủy ban", "uỷ ban"})
_HAVING = frozenset({"có", "đạt", "sở hữu", "nắm", "nắm giữ", "ghi nhận", "mang về", "thu về", "kê khai", "chịu", "bán", "báo",
                     "công bố", "dự kiến", "đặt", "lãi", "nâng", "tăng", "giảm", "chiếm", "với", "là", "và", ","})


@lru_cache(maxsize=1)
def owned() -> frozenset[str]:
    return frozenset(low(r[0]) for r in rows("figure_owned_measures.txt"))


def _name(token: Token) -> bool:
    if token.pos == "Np":
        return True
    return token.pos in ("N", "Ny") and token.text[:1].isupper() and token.text not in COMMON_INITIALS


def _capitalised(token: Token) -> bool:
    """A capitalised word of letters of any tag inside a firm's name (`Sản xuất`, `Kinh doanh`)."""
    return token.text[:1].isupper() and token.text.replace(" ", "").isalpha()


_INNER = frozenset({"miền", "tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "khu vực"})
_TIMES = frozenset({"năm", "quý", "tháng"})
_THESE = frozenset({"nay", "này", "qua", "ngoái", "trước", "tới"})


def _when(tokens: list[Token], n: int, b: int) -> bool:
    """Whether tokens `n`, `n + 1` are a time between a subject and its verb (`năm 2017`, `quý III`, `năm nay`)."""
    return (low(tokens[n].text) in _TIMES and n + 1 < b
            and (tokens[n + 1].text[:1].isdigit() or tokens[n + 1].text.isupper() or low(tokens[n + 1].text) in _THESE))


def _owner(tokens: list[Token], a: int, b: int) -> list[Token]:
    """The first named subject of a verb in `tokens[a:b]`, or []."""
    k = a
    while k < b:
        if not _name(tokens[k]) or tokens[k].pos != "Np" and not any(t.pos == "Np" for t in tokens[k:min(b, k + 4)]):
            k += 1
            continue
        e = k
        while e + 1 < b and (_name(tokens[e + 1]) or low(tokens[e + 1].text) in _INNER and e + 2 < b and _name(tokens[e + 2])
                             or _capitalised(tokens[e + 1]) or low(tokens[e + 1].text) in ("và", "&") and e + 2 < b and _capitalised(tokens[e + 2])):
            e += 1  # (`Tổng công ty Lương thực miền Bắc`: a place word inside a name; `CTCP Sản xuất/V và Kinh doanh/V VinMetal`)
        s = k - 1 if k - 1 >= a and low(tokens[k - 1].text) in _HEADS else k
        n = e + 1
        if n < b and tokens[n].text in _DASHES:  # `Lọc hóa dầu Bình Sơn - công ty vận hành nhà máy lọc dầu Dung Quất - đạt`:
            close = next((x for x in range(n + 1, min(b, n + 16)) if tokens[x].text in _DASHES), None)  # an apposition
            n = close + 1 if close is not None else n
        while n < b and (low(tokens[n].text) in ADVERBS or _when(tokens, n, b)):
            n += 2 if _when(tokens, n, b) else 1  # (`Tổng công ty X | năm 2017 | đạt lợi nhuận ...`)
        before = low(tokens[s - 1].text) if s > 0 else ""
        listed = before in (",", "và", "hoặc") and s >= 2 and _name(tokens[s - 2])  # `Hải Hà, Hữu Nghị, Bibica chiếm`: one of many
        if (n < b and tokens[n].pos == "V" and low(tokens[n].text) not in SAYING and before not in _BEFORE | {"được", "bị"}
                and not (s > 0 and tokens[s - 1].pos == "E") and not listed and low(tokens[s].text) not in AUTHORITIES
                and any(t.pos == "Np" or t.pos == "Ny" and t.text.isupper() for t in tokens[s:e + 1])):
            return tokens[s:e + 1]
        k = e + 1
    return []


_DASHES = frozenset({"-", "–", "—"})
# works and sites a measure after `, với` is of (`Nhà máy sản xuất vật liệu hàn Hà Tĩnh ..., với vốn đầu tư 117 tỷ đồng`)
_WORKS = re.compile(r"(?i:nhà máy|chợ|siêu thị|trung tâm thương mại|cửa hàng|dự án|công trình|khu công nghiệp|cụm công nghiệp|khu|"
                    r"tòa nhà|dây chuyền|trung tâm|cảng|bến)(?!\w)")


def _described(tokens: list[Token], a: int, b: int) -> list[Token]:
    """What the clause `tokens[a:b]` tells of, for a measure after `, với`: its first work named in capitals (`chợ Thu Lộ`,
    `Nhà máy sản xuất vật liệu hàn Hà Tĩnh`), else its named subject (`GO! Lào Cai khai trương ...`); else []."""
    for k in range(a, b):
        head = _WORKS.match(low(tokens[k].text))
        if head is None or head.end() != len(tokens[k].text) and low(tokens[k].text)[head.end():head.end() + 1] != " ":
            continue
        e = k + 1
        while e < b and (tokens[e].pos in ("N", "Np", "A") or _capitalised(tokens[e]) or tokens[e].pos == "V" and any(
                _capital_in(x) for x in tokens[e + 1:min(b, e + 4)]) and not any(_capital_in(x) for x in tokens[k + 1:e])) \
                and low(tokens[e].text) not in _BEFORE:
            e += 1  # (`Nhà máy sản xuất/V vật liệu hàn Hà Tĩnh | mang`: a verb inside a work's name, before its capitals)
        if k > a and tokens[k - 1].pos == "M" and tokens[k - 1].text[:1].isdigit():
            return tokens[k - 1:k + 1]  # (`khai trương 20 cửa hàng tại Ninh Bình, với diện tích ...`: the works counted)
        if e > k + 1 and any(_capital_in(t) for t in tokens[k + 1:e]) and (k == a or low(tokens[k - 1].text) not in _BEFORE):
            while e - 1 > k and not _capital_in(tokens[e - 1]) and not tokens[e - 1].text[:1].isdigit():
                e -= 1  # (`Nhà máy X mang/V thương hiệu`: the name ends with its last capital)
            return tokens[k:e]
    return _owner(tokens, a, b)


def _capital_in(token: Token) -> bool:
    """Whether a word of the token is capitalised (`hàn Hà Tĩnh`: one token to the segmenter)."""
    return any(w[:1].isupper() for w in token.text.split())


PERSONS = frozenset({"ông", "bà", "anh", "chị", "em", "cô", "chú"})
EARNINGS = frozenset({"lương", "mức lương", "tiền lương", "thu nhập", "thu nhập bình quân", "mức thu nhập"})
_EARNER = re.compile(r"(?:^|[,;:]\s*)(?P<who>(?i:người lao động|lao động|công nhân|nông dân|giáo viên|bác sĩ|cán bộ|nhân viên|kỹ sư|"
                     r"ngư dân|công chức|viên chức|người dân|hộ dân|thợ|lái xe|tài xế)(?:\s+[^\W\d_][^\s,;:()]*){0,7}?)\s+(?i:có|hưởng|nhận)\s+$")


def _ratio(tokens: list[Token], n: int) -> bool:
    """Whether the `:` at token `n` joins two numbers (`tỷ lệ 10:7`), no clause's end."""
    return tokens[n].text == ":" and 0 < n < len(tokens) - 1 and tokens[n - 1].pos == "M" and tokens[n + 1].pos == "M"


def _owned_before(tokens: list[Token], a: int, b: int) -> list[Token]:
    """The name after `của` in the measure that opens the list's clause before (`doanh thu từ vận tải của Tổng công ty
    Đường sắt Việt Nam tăng 8%, | lợi nhuận sau thuế đạt ...`): the same owner; else []."""
    k = next((n for n in range(a, min(b, a + 8)) if low(tokens[n].text) == "của"), None)
    if k is None or k + 1 >= b or not _name(tokens[k + 1]):
        return []
    e = k + 1
    while e + 1 < b and _name(tokens[e + 1]):
        e += 1
    run = tokens[k + 1:e + 1]
    return run if any(t.pos == "Np" for t in run) and low(run[0].text) not in AUTHORITIES else []


def bare_owned(subject: str | None) -> bool:
    """Whether `subject` is a bare measure of `owned()`, its period aside (`doanh thu`, `lợi nhuận quý 3`), with no owner."""
    if subject is None or " của " in subject:
        return False
    key = low(subject)
    period = _PERIOD.search(key)
    return (key[:period.start()] if period else key) in owned()


def named_owner(sentence: Sentence, start: int, subject: str | None, spans: list[tuple[int, int]]) -> str | None:
    """`subject` with its owner (`doanh thu của X`) when it is a bare measure of `owned()` written before the figure at
    `sentence.text[start]` and its clause names the owner; else `subject`."""
    if not bare_owned(subject):
        return subject
    assert subject is not None
    key = low(subject)
    figure_end = next((b for a, b in spans if a == start), start)
    at = start if sentence.text.lower().startswith(key, figure_end + 1) else sentence.text.lower().rfind(key, 0, start)  # `với 4,3% cổ
    # phần sở hữu`: the measure a share is of, right after it
    tokens = list(sentence.tokens)
    m = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + at), None) if at >= 0 else None
    if m is None:
        return subject
    verb = m - 1
    while verb >= 0 and (low(tokens[verb].text) in ADVERBS or tokens[verb].pos in ("L", "M") or low(tokens[verb].text) in ("mức", "khối")):
        verb -= 1
    if verb >= 0 and tokens[verb].pos in ("V", "E", "CH", "C", "CC") and low(tokens[verb].text) not in _HAVING:
        return subject  # `chiếm đoạt tài sản 246 tỷ đồng`: what a verb takes is not its subject's own
    said = max((n for n in range(m) if low(tokens[n].text) in SAYING), default=-1)
    end = m + (tokens[m].pos == "V")  # (a measure that is an act, `nộp ngân sách`: its verb is the owner's)
    for hop in range(4):
        c = max((n for n in range(end) if low(tokens[n].text) in _BOUNDS and not _ratio(tokens, n)), default=-1) + 1
        c = max(c, said + 1)
        owner = _owner(tokens, c, end) or (_owned_before(tokens, c, end) if hop else [])
        if not owner and c >= 2 and c < end and low(tokens[c].text) == "với" and tokens[c - 1].text == ",":  # `chợ Thu Lộ do HTX X đầu
            previous = max((n for n in range(c - 1) if low(tokens[n].text) in _BOUNDS and not _ratio(tokens, n)), default=-1) + 1
            a = max(previous, said + 1)  # tư, với tổng vốn đầu tư`: what the clause before tells of; when that clause goes on
            first = max(said + 1, 0)  # a list of acts (`Sailun đã đầu tư ..., thành lập/V Trung tâm R&D ..., với tổng vốn đầu tư`), its subject's
            owner = _owner(tokens, first, c - 1) if a < c - 1 and tokens[a].pos == "V" and a > first else _described(tokens, a, c - 1)
        owner = owner if key not in EARNINGS or owner and low(owner[0].text) in PERSONS else []  # (earnings: a person's, not
        # those of who pays or proposes them: `Phía VCCI chỉ đề xuất mức tăng lương 2%`)
        if owner:
            return f"{subject} của {sentence.text[owner[0].start - sentence.start:owner[-1].end - sentence.start]}"
        previous = max((n for n in range(c - 1) if low(tokens[n].text) in _BOUNDS and not _ratio(tokens, n)), default=-1) + 1
        figure_before = c >= 2 and tokens[c - 1].text == "," and any(  # (`..., tăng 8% so với năm 2016, | lợi nhuận ...`)
            t.pos in ("M", "N") and t.text[:1].isdigit() for t in tokens[previous:c - 1])  # (the tagger takes some numbers for nouns)
        lead = c + (c < len(tokens) and low(tokens[c].text) == "với")  # (`..., với tổng diện tích sàn gần 30.000m2, | tổng chi phí ...`)
        if not figure_before or hop == 0 and any(low(t.text) not in _HAVING | {"còn"} - {","} for t in tokens[c:m]) or hop and not any(
                (kind_of(tokens[lead:lead + n]) or ("",))[0] in ("measure", "attribute") for n in (1, 2, 3)):
            break  # (past another item of a list of measures only: `X có tầm bắn ..., tốc độ pha cuối ..., độ cao bay tối đa ...`)
        end = c - 1  # `..., doanh thu đạt ...`, `..., tăng vốn điều lệ lên ...` after a clause with a figure: its owner is that clause's
    earner = _EARNER.search(sentence.text[:at]) if key in EARNINGS else None  # `Nông dân làm trong nhà máy này có | lương 5-7 triệu`
    return f"{subject} của {earner.group('who')[:1].lower()}{earner.group('who')[1:]}" if earner else subject


_GIVERS = frozenset({"ủng hộ", "đóng góp", "quyên góp", "góp", "giúp", "giúp đỡ", "tài trợ", "tặng", "trao tặng", "biếu", "hỗ trợ",
                     "bỏ ra", "quyên", "viện trợ"})
_GIVEN_BY = re.compile(r"\s+(?i:do)\s+(?P<giver>[^\W\d][^,;:()\d]{1,60}?)\s+(?:(?i:đã|cùng|vừa)\s+)?(?P<verb>(?i:ủng hộ|đóng góp|quyên góp|"
                       r"góp|tài trợ|tặng|trao tặng|biếu|hỗ trợ|viện trợ))(?=\s*[,.;:)]|\s*$)")
_SUMS = frozenset({"số tiền", "số tiền trên", "số tiền này", "khoản tiền", "tổng số tiền"})
_GIVER_POS = frozenset({"N", "Nc", "Np", "Ny", "M", "P", "A"})


def given_by(sentence: Sentence, start: int, end: int, subject: str | None) -> str | None:
    """`số tiền <verb> của <giver>` for a sum right after a verb of giving (`_GIVERS`) whose clause opens with who gives it
    (`CLB Hạnh Phúc ủng hộ 21 triệu đồng`: `số tiền ủng hộ của CLB Hạnh Phúc`; `Cá nhân ông đã góp gần 66 triệu USD`), or
    followed by `do <giver> <verb>` (`35 triệu đồng do bạn đọc Báo Thanh Niên đóng góp`), when the subject is none, the
    giver itself or the bare `số tiền <verb>`; else `subject`."""
    by = _GIVEN_BY.match(sentence.text, end)
    if by and (subject is None or low(subject) in _SUMS) and by.group("verb").lower() in _GIVERS:
        return f"số tiền {by.group('verb').lower()} của {by.group('giver')}"
    tokens = list(sentence.tokens)
    f0 = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + start), None)
    if not f0 or low(tokens[f0 - 1].text) not in _GIVERS:
        return subject
    verb = low(tokens[f0 - 1].text)
    k = f0 - 2
    while k >= 0 and low(tokens[k].text) in ADVERBS | {"đều", "cùng"}:
        k -= 1
    c = max((n for n in range(k + 1) if low(tokens[n].text) in _BOUNDS), default=-1) + 1
    run = tokens[c:k + 1]
    words = " ".join(t.text for t in run).split()
    inner_verbs = sum(t.pos == "V" for t in run[1:-1]) if run and run[0].text[:1].isupper() else 0  # (`Ngân hàng X chi nhánh/V huyện`)
    if (not run or len(words) > 8 or run[0].pos not in _GIVER_POS - {"M", "A"} or sum(t.pos not in _GIVER_POS for t in run) > min(inner_verbs, 1)
            or all(t.pos in ("P", "Nc") for t in run) or low(run[0].text) in ("trong", "số", "tổng", "mỗi")
            or any(low(t.text) in ("nhận", "số tiền", "tiền", "khoản tiền") for t in run)):
        return subject  # (not `Người dân nhận số tiền | hỗ trợ 2 triệu đồng`: who receives, and the sum named)
    giver = sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start]
    if subject is not None and subject != giver and low(subject) != f"số tiền {verb}" or (kind_of(run) or ("",))[0] in ("measure", "attribute"):
        return subject  # (`kinh phí khuyến công địa phương hỗ trợ 12,5 tỷ đồng`: the fund it comes from says what it is)
    return f"số tiền {verb} của {giver}"


_OF_AFTER = re.compile(r"\s+(?i:của)\s+(?P<owner>[^\W\d_][^,;:.()\"“”]{1,70}?)(?=\s+(?i:là|đã|sẽ|được|bị|và|để|khi|với|trong|tại|ở|từ|cho|"
                       r"nhưng|vẫn|cũng|đang|không|chưa|mới|vừa|thì|nên|do|theo|có|đạt|tăng|giảm|chiếm|so)(?!\w)|\s*[,;:.()\"“”]|\s*$)")


_FOR_AFTER = re.compile(r"(?:\s*/\s*[^\s,.;:()]+)?\s+(?i:đối với)\s+(?P<thing>[^\W\d_][^,;:.()\"“”]{1,70}?)(?=\s+(?i:là|đã|sẽ|được|bị|và|"
                        r"để|khi|trong|tại|từ|nhưng|vẫn|cũng|đang|không|chưa|thì|nên|do|theo|có|so|hoặc|còn)(?!\w)|\s*[,;:.()\"“”]|\s*$)")


def owner_after(sentence: Sentence, end: int, subject: str | None) -> str | None:
    """`<measure> của <owner>` for a bare measure of the lexicon whose owner `của` names right after the figure ending at
    sentence offset `end` (`hải trình 9.300 km của tàu hộ vệ Trần Hưng Đạo`: `hải trình của tàu hộ vệ Trần Hưng Đạo`), or
    `<measure> đối với <thing>` for what `đối với` says it applies to (`khoản thu hơn 10 triệu đồng đối với học sinh lớp
    1`); else `subject`."""
    if subject is None or " của " in subject or len(subject.split()) > 4:
        return subject
    words = tuple(low(subject).split())
    kinds = entries().kinds
    if not any((kinds.get(words[:n]) or ("",))[0] in ("measure", "attribute") for n in (3, 2, 1)) and low(subject) not in owned():
        return subject
    m = _OF_AFTER.match(sentence.text, end)
    owner = m.group("owner").strip() if m else ""
    if owner and len(owner.split()) <= 8:
        return f"{subject} của {owner}"
    applied = _FOR_AFTER.match(sentence.text, end)  # `mức thu phí 30.000 đồng đối với taxi`: `mức thu phí đối với taxi`
    thing = applied.group("thing").strip() if applied else ""
    return f"{subject} đối với {thing}" if thing and len(thing.split()) <= 8 else subject
