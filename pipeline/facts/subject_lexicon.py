"""The words a figure's subject is read with: part-of-speech classes, clause and link words, and the kinds of the
phrases of `figure_subjects.tsv` (`measure`, `attribute`, `entity`, `generic`, `time`), with the verbs of
`figure_verbs.txt`, `figure_giving_verbs.txt` and the links of `figure_links.txt`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.facts.lexicon import load, rows
from pipeline.facts.numbers import NUMBER_WORDS, parse_words
from pipeline.language.analysis import Token


def low(text: str) -> str:
    """Lower case, diacritics kept (`phí` is not `phi`), spaces collapsed: how phrases are compared with the lexicons."""
    return " ".join(text.lower().split())


# the words of degree that may stand right before an amount (`khoảng`, `hơn`, `gần`, ...), as an optional regex part with its space
AMOUNT_LEAD = r"(?:(?i:khoảng|hơn|gần như|gần|trên|lên tới|lên đến|tới|xấp xỉ)\s+)?"

NOUN = {"N", "Np", "Nc", "Ny", "Nb"}
INNER = NOUN | {"V", "A", "M", "Nu", "E", "FW"}  # FW: `sân golf`, `bãi container`
INNER_PREPOSITIONS = {"của", "cho", "tại", "ở", "trên", "từ", "giữa"}  # between nouns they stay inside the phrase
INNER_PAIRS = {("theo", "giá"), ("theo", "mệnh giá"), ("trong", "nước"), ("ngoài", "nước"), ("ngoài", "nhà nước"), ("trước", "thuế"), ("sau", "thuế")}  # `giá trị theo giá so
# sánh`, `doanh nghiệp trong nước`, `lợi nhuận trước thuế`
LINK_QUALIFIERS = r"(?:lên tới|lên đến|ước đạt|đạt)\s"  # qualifiers that link a phrase to its figure as a verb would
FORMULA = re.compile(r"[A-Z][A-Za-z]?[a-z]?\d(?:[A-Z][a-z]?\d?)*")  # `77.000 tấn CO2`, `SO2`: a chemical formula, not a number
HARD_STOP_POS = {"CH", "C", "CC", "R", "P", "T", "I", "X", "L", "Z", "Y"}
CLAUSE_WORDS = frozenset("khi nếu mà thì rằng vì để nhưng hoặc".split())  # never inside a phrase, whatever their tag
_STOP_WORDS = frozenset(low(w) for w in (
    "được bị đã sẽ đang thì mà là rằng khi nếu vì do nhưng hoặc hay với trong vào theo từ đến tới "
    "so sau trước về để nhằm mỗi các những biết cùng quá tùy tuỳ").split()) | frozenset(low(w) for w in (
    "cho biết", "cho hay", "cho rằng", "cho thấy", "nói", "khẳng định", "nhấn mạnh", "thông tin", "thông báo", "báo cáo",
    "công bố", "dự báo", "đánh giá", "tuyên bố", "chia sẻ", "trả lời", "xác nhận", "tiết lộ", "phát biểu", "đề nghị", "yêu cầu"))
DETERMINERS = frozenset({"toàn", "cả", "mỗi"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "kia"})
MAX_WORDS = 16


@lru_cache(maxsize=1)
def figure_verbs() -> frozenset[str]:
    """Verbs after which a figure belongs to the thing opening the clause (`figure_verbs.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_verbs.txt"))


@lru_cache(maxsize=1)
def change_verbs() -> frozenset[str]:
    """Verbs of change and attainment whose clause-opening noun phrase is the figure's subject (`figure_change_verbs.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_change_verbs.txt"))


@lru_cache(maxsize=1)
def clause_openers() -> frozenset[str]:
    """Connectives after which a noun phrase opens its clause, with no comma (`clause_openers.txt`)."""
    return frozenset(low(r[0]) for r in rows("clause_openers.txt"))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words a phrase does not run across: clause words and the one-word links (`có`, `đạt`)."""
    return _STOP_WORDS | {link[0] for link in entries().links if len(link) == 1}


@dataclass(frozen=True)
class _Lexicon:
    links: tuple[tuple[str, ...], ...]  # link phrases (lower case), longest first
    kinds: dict[tuple[str, ...], tuple[str, bool]]  # phrase (lower case) -> (kind, alone)


@lru_cache(maxsize=1)
def entries() -> _Lexicon:
    links = sorted({tuple(low(r[0]).split()) for r in rows("figure_links.txt")}, key=len, reverse=True)
    kinds = {tuple(low(r[0]).split()): (r[1], len(r) > 2 and r[2] == "yes") for r in rows("figure_subjects.tsv")}
    return _Lexicon(tuple(links), kinds)


def words_of(tokens: list[Token]) -> list[str]:
    return [w for t in tokens for w in low(t.text).split()]


def kind_of(tokens: list[Token]) -> tuple[str, bool] | None:
    """The kind (`measure`, `attribute`, `entity`, `generic`, `time`) of the longest lexicon phrase a phrase starts
    with, ending where a word ends (`tiền lệ` does not start with `tiền`); `inner` when a measure of two words or
    more comes later in it (`tờ tiền mệnh giá`)."""
    words = words_of(tokens)
    ends, n = set(), 0
    for t in tokens:
        n += len(low(t.text).split())
        ends.add(n)
    found = _kind(words, ends)
    lead = 1 if words[:1] == ["tổng"] else 2 if words[:2] in (["con", "số"], ["mục", "tiêu"]) else 0  # `tổng lượng/N xả`: the tokenizer
    if (found is None or found[0] in ("qualified", "other")) and len(words) > lead > 0:  # joins `tổng` to a measure; `tổng | giá trị
        after = _kind(words[lead:], {e - lead for e in ends if e > lead})  # trúng thưởng`, `con số | thiệt hại`, `mục tiêu | doanh số`
        found = after if after is not None and after[0] == "measure" else found
    if found is None:
        starts = sorted({0} | ends)
        for at in starts[1:-1]:
            later = _kind(words[at:], {e - at for e in ends if e > at})
            if later is not None and later[0] == "measure" and len(words) - at >= 2:
                return ("inner", False)
    return found


def _kind(words: list[str], ends: set[int]) -> tuple[str, bool] | None:
    kinds = entries().kinds
    for n in range(min(len(words), 5), 0, -1):
        hit = kinds.get(tuple(words[:n])) if n in ends or n >= 2 else None  # `tiền lệ` is not `tiền`; `tổng tài sản thực` is `tổng tài sản`
        if hit is not None:
            if hit[0] == "generic" and n < len(words):
                return ("qualified", False)  # `số tiền đền bù`, `mức thu phí` say more than `số tiền`, `mức`
            return hit
    return None


SAYING = frozenset(low(w) for w in ("cho biết", "biết", "cho hay", "rằng", "khẳng định", "nhấn mạnh", "thông tin", "cho rằng",
                                      "nói", "tiết lộ", "xác nhận", "dự báo", "ước tính", "báo cáo", "công bố", "cho thấy"))


@lru_cache(maxsize=1)
def balance_verbs() -> frozenset[str]:
    """Verbs of spending or trade balance that close a phrase before its figure (`figure_balance_verbs.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_balance_verbs.txt"))


@lru_cache(maxsize=1)
def giving_verbs() -> frozenset[str]:
    """Verbs whose object is who receives the figure (`figure_giving_verbs.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_giving_verbs.txt"))


@lru_cache(maxsize=1)
def crops() -> frozenset[str]:
    """Farm produce an area grows, which the tagger may take for a verb (`figure_crops.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_crops.txt"))


@lru_cache(maxsize=1)
def empty_subjects() -> frozenset[str]:
    """Subjects that say nothing as a figure's whole subject (`figure_empty_subjects.txt`): `kinh phí`, `sản phẩm`."""
    return frozenset(low(r[0]) for r in rows("figure_empty_subjects.txt"))


SELF_MEASURES = frozenset({"kinh phí", "sản lượng", "diện tích", "giá trị", "vốn"})  # bare, yet saying what a figure is
LINK_VERBS = frozenset({"là", "có", "đạt", "gồm", "với"})
# initials that stand for a kind of thing, not one named body (`80% DN giảm 50% giờ làm`: firms in general)
COMMON_INITIALS = frozenset("DN DNNVV HTX KCN CCN KKT CNNT SXKD NLĐ CBCNV CBCC TTTM ĐVT SP HH".split())
COMPARATIVES = frozenset("thấp cao nhiều ít lớn nhỏ dài ngắn rộng hẹp mạnh yếu nhanh chậm hơn nhất".split())

PERIOD_PREPOSITIONS = frozenset({"trong", "vào", "tính đến", "tính tới", "tính", "đến", "tới", "đến hết", "hết", "cả"})


@lru_cache(maxsize=1)
def value_links() -> frozenset[str]:
    """Links after which any noun phrase before them is what the figure sizes or values (`figure_value_links.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_value_links.txt"))


# Units of size, weight and volume: a plain noun phrase right before such a figure is what it measures
# (`căn phòng chưa đầy 10 m2`, `khu đất 5 ha`), unlike money or shares, which a phrase before may give or receive.
SIZE_UNITS = frozenset({"ha", "km2", "m2", "tonne", "m3", "litre"})


@lru_cache(maxsize=1)
def qualifiers() -> frozenset[str]:
    """The qualifiers of `qualifiers.tsv` (`khoảng`, `hơn`): a number after one is a figure's, not inside a phrase."""
    return frozenset(low(q) for q, _ in load().qualifiers)


@lru_cache(maxsize=1)
def verb_adverbs() -> frozenset[str]:
    """Words between a subject and its verb that belong to neither (`ước`, `tiếp tục`, `hiện`): `figure_verb_adverbs.txt`."""
    return frozenset(low(r[0]) for r in rows("figure_verb_adverbs.txt"))


def named(t: Token) -> bool:
    """A proper noun, or a noun with every syllable capitalised (`Phú Quốc/N`)."""
    return t.pos == "Np" or t.pos == "N" and all(w[:1].isupper() for w in t.text.split())


def honorific(t: Token) -> bool:
    """Whether the word is an honorific (`ông`, `bà`, `anh`: `honorifics.txt`): a person follows it, not a thing."""
    return low(t.text) in {low(h) for h in load().honorifics}


@lru_cache(maxsize=1)
def _quantity_words() -> frozenset[str]:
    return frozenset(low(r[0]) for r in rows("figure_quantity_words.txt"))


def not_a_number(t: Token) -> bool:
    """Whether a word the tagger took for a numeral is none (`khuyến công/M`): no digit, no number word, no word of
    quantity (`figure_quantity_words.txt`)."""
    word = low(t.text)
    return not re.search(r"\d", word) and parse_words(word) is None and not set(word.split()) & (set(NUMBER_WORDS) | _quantity_words())


_PRICE_WORDS = (("giá",), ("mức", "giá"), ("trị", "giá"), ("tổng", "trị", "giá"), ("giá", "bán"), ("tổng", "giá", "trị"))
_OPEN_ENDS = frozenset({"và", "hoặc", "của", "với", "có", "là", "các", "những", "cho", "tại", "ở", "theo", "từ", "mỗi", "thiếu", "cần", "huy động"})  # (`thiếu | vốn`)


@lru_cache(maxsize=1)
def _tails() -> tuple[tuple[tuple[str, ...], ...], frozenset[tuple[str, ...]]]:
    """The attribute and price words a subject may end in (longest first), and every phrase of the lexicon."""
    tails = [k for k, (kind, _) in entries().kinds.items() if kind == "attribute"] + list(_PRICE_WORDS)
    return tuple(sorted(tails, key=len, reverse=True)), frozenset(entries().kinds) | frozenset(_PRICE_WORDS)


def without_attribute_tail(text: str) -> str:
    """A thing's phrase without the attribute or price word the figure's clause glued to its end (`Tàu sân bay
    tải trọng` + 100.000 tấn, `hạt trám giá` + 20.000 đồng, `căn hộ giá rẻ diện tích` + 25 m2): the thing measured.
    Kept whole when what is left is one word (`mệnh giá`, `phần diện tích`) or ends in a word that needs more."""
    words = text.split()
    folded = [low(w) for w in words]
    tails, known = _tails()
    for tail in tails:
        n = len(tail)
        if tuple(folded[-n:]) != tail:
            continue
        if any(tuple(folded[-m:]) in known for m in range(n + 1, len(words) + 1)):
            return text  # (`tổng trị giá` is one word of value, not `tổng trị` + `giá`)
        if len(words) - n >= 2 and folded[-n - 1] not in _OPEN_ENDS:
            return " ".join(words[:-n])
    return text


_AUXILIARY = re.compile(r"\s(?:đã|đang|sẽ|vừa(?!\s+(?i:và|với)\s)|cũng)\s", re.IGNORECASE)  # (not `vừa và nhỏ`: small and medium)
_SUM_HEAD, _LINKED = re.compile(r"(?i:tổng\s+)?(?i:số tiền|số vốn|số lượng|lượng|tổng số)(?!\w)"), re.compile(r"(?<!\w)(?i:là)\s+(?:(?i:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$")


def without_predicate(text: str, before: str = "") -> str:
    """A phrase cut before the auxiliary of its predicate (`Số cổ phần đưa ra | đã được bán hết`) when two words or more are
    left; not a sum's relative clause up to `là` right before the figure (`before`: `Số tiền điện đã thanh toán ... là`)."""
    aux = None if _SUM_HEAD.match(text) and _LINKED.search(before) else _AUXILIARY.search(text)
    text = text[:aux.start()] if aux and len(text[:aux.start()].split()) >= 2 else text
    modal = _MODAL_END.search(text)  # `Tỷ lệ chuyên trách | cần` + nâng lên 15-20%
    text = text[:modal.start()] if modal and len(text[:modal.start()].split()) >= 2 else text
    grown = _GROWN.match(text)
    text = grown.group(1) if grown else text
    return "" if low(text) in NO_THING else text  # `trước đó chỉ là 15-20%`: a time, not a thing


_MODAL_END = re.compile(r"\s(?:cần|phải|nên|có thể|(?:chỉ\s+)?(?:dao động|giao động|tụt|rơi|trải(?: dài)?|cho phép|lúc đó|lúc ấy))$", re.IGNORECASE)  # (`mức lương | dao động`)
# an amount's measure and its predicate's verb: `Sản lượng nguyên liệu nhập khẩu | tăng trưởng đều qua các năm từ ...` (s57;
# not `Chỉ tiêu tăng trưởng`, `mục tiêu tăng trưởng`: a target's name)
_GROWN = re.compile(r"^((?i:tổng\s+)?(?i:sản lượng|lượng|kim ngạch|doanh thu|giá trị|số lượng)\s.+?)\s+(?i:tăng trưởng)(?:\s+(?i:đều))?$")
_MODAL_VERB_END = re.compile(r"(?<=\w)\s+(?:phải|cần|sẽ|đã|đang|Phải|Sẽ|Đã|Đang)\s+\w+(?:\s+\w+)?$")  # (not `cảng biển Cần Thơ`, a
# name: s64, set P184)
_FROM_TIME = re.compile(r"(?<=\w)\s+(?i:từ|kể từ|trong|vào)\s+(?i:cuối|đầu|giữa)$")


def without_modal_verb(text: str) -> str:
    """A measure without a modal and verb that end it (`ngân sách | phải chi`) or a time phrase cut at the figure
    (`Diện tích lúa thiệt hại | từ cuối`): the predicate's or the period's words, not the subject's (not for counts,
    whose noun a relative clause may limit: `Tổng số dân dự kiến phải sơ tán`)."""
    return _FROM_TIME.sub("", _MODAL_VERB_END.sub("", text)) or text


BARE_SHARE = re.compile(r"(?i:tỷ|tỉ)\s+(?i:lệ|trọng)(?:\s+(?i:lớn|cao|thấp|nhỏ))?")  # `chiếm tỷ trọng lớn với 66%`: whose share it is
_SHARE_VERB = re.compile(r"(?i:chiếm|đóng góp|sở hữu|nắm giữ)(?:\s+\w+){0,5}\s*$")


def own_share(text: str, start: int, end: int | None) -> bool:
    """Whether the share from `text[start]` to `[end]` follows `chiếm`, `đóng góp` or `sở hữu` and so is its holder's (`Ngành gỗ
    chiếm 60% giá trị xuất khẩu`: the industry's, not the exports'), unless the phrase after is the holder's own
    measure (`Công ty chiếm 55% thị phần sữa nước, 85% thị phần sữa chua`)."""
    return _SHARE_VERB.search(text[:start]) is not None and not re.match(r"\s*(?i:thị phần)", text[end or start:])


NO_THING = frozenset({"trước", "sau", "đó", "trước đó", "sau đó", "khi đó", "lúc đó", "hiện nay", "hiện tại", "trong đó", "ngoài ra", "từ đó"})


_COUNTRY = re.compile(r"(?:(?i:toàn|cả)\s+)?(?:Việt Nam|(?i:cả nước|nước ta|toàn quốc))")  # (`Việt Nam có trên 200.000ha dừa`)
_TIME_START = re.compile(r"^(?:Hiện|Hiện nay|Hiện tại|Đến nay|Tới nay|Năm nay)\s+(?=\w)")  # (`Hiện tỉnh X có ...`)
_PLACE_WORDS = re.compile(r"(?:(?i:toàn|cả|riêng)\s+)?(?:(?i:tỉnh|thành phố|TP\.?)\s+)?")


def place_only(text: str) -> bool:
    """Whether a subject only names a province or city, with its place word (`tỉnh Bình Định`, `Thừa Thiên - Huế`,
    `toàn tỉnh Quảng Nam`): where an amount is, not what it is of."""
    text = _bare_place(text)
    return load().province(_PLACE_WORDS.sub("", text, count=1)) is not None or _UNIT_PLACE.fullmatch(text) is not None


def country_only(text: str) -> bool:
    """Whether a subject only names the country (`Việt Nam`, `cả nước`): where an area or a harvest is (`Việt Nam có trên
    200.000ha dừa`), not what it is of."""
    return _COUNTRY.fullmatch(_bare_place(text)) is not None


def _bare_place(text: str) -> str:
    """A holder without an opening word of time and a trailing adverb: `(Hiện) toàn tỉnh Hưng Yên | đang` (+ có hơn
    4.000ha nhãn lồng)."""
    return _TIME_START.sub("", ADVERB_END.sub("", text.strip()))


def place_with_word(text: str) -> bool:
    """Whether a subject only names a place and says it is one (`tỉnh Quảng Ninh`, `TP Cẩm Phả`, `huyện Đông Anh`;
    not a bare `Hòa Bình`, which may name a cluster or a plant)."""
    return place_only(text) and re.match(r"(?:(?i:toàn|cả|riêng)\s+)?(?:(?i:tỉnh|thành phố|thị xã|huyện|quận|phường|xã|"
                                         r"thị trấn)|TP)(?!\w)", text.strip()) is not None


# A district, town, ward or commune with its name (`TP Cẩm Phả`, `huyện Đông Anh`, `phường Cẩm Thịnh, TP Cẩm Phả`)
_UNIT_PLACE = re.compile(r"(?:(?:(?i:thành phố|thị xã|huyện|quận|phường|xã|thị trấn)|TP\.?)\s+[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*"
                         r"(?:\s*,\s*|\s+|$))+")


# The kind of quantity each unit measures (a sum of money, an area, ...).
UNIT_KINDS = {"VND": "money", "USD": "money", "EUR": "money", "JPY": "money", "CNY": "money", "ha": "area", "m2": "area",
               "km2": "area", "tonne": "mass", "m3": "mass", "litre": "mass", "km": "length", "m": "length",
               "MW": "power", "kW": "power", "MWp": "power", "kWp": "power", "kWh": "energy"}



# Counted nouns that are places: a count of provinces or districts says itself what it counts, and any phrase
# before it is what they have or do (`sản phẩm của 4 tỉnh, thành`, `dự án tại 4 huyện`), never what is counted.
PLACE_COUNTED = frozenset({"tỉnh", "tỉnh, thành", "tỉnh, thành phố", "thành phố", "huyện", "xã", "phường", "thị xã",
                           "quận", "quốc gia", "nước", "địa phương", "thôn", "bản", "ấp", "làng", "xã, thị trấn", "xã, phường", "xã, phường, thị trấn", "huyện, thị xã", "huyện, thành phố", "huyện, thị xã, thành phố", "huyện, thành phố, thị xã"})

_WORKS = frozenset({"dự án", "công trình", "đề án", "gói thầu", "nhà máy", "tổ hợp"})


def named_work(run: list[Token]) -> bool:
    """Whether a phrase is a project named by what it does (`dự án chống/V ngập/V` + 10.000 tỷ đồng, `dự án văn phòng cho
    thuê/V` + 43.201 tỷ đồng; a plant by what it makes, a noun first: `Nhà máy thức ăn chăn nuôi/V`), not a thing doing something."""
    return 2 <= len(run) <= 5 and low(run[0].text) in _WORKS and run[-1].pos == "V" and low(run[-1].text) not in figure_verbs() | giving_verbs() and (low(run[0].text) not in ("nhà máy", "tổ hợp") or len(run) >= 3 and run[1].pos == "N")


def invested_in(tokens: list[Token], run: list[Token]) -> bool:
    """Whether a phrase follows `đầu tư vào`, `rót vốn vào`: what a sum right after it is invested in."""
    k = tokens.index(run[0]) if run else 0
    return k >= 2 and low(tokens[k - 1].text) == "vào" and low(tokens[k - 2].text) in ("đầu tư", "rót vốn", "rót", "góp vốn")



ADVERB_END = re.compile(r"(?<=\w)(?<!đồng)\s+(?i:thường xuyên|đều|luôn|vẫn|cũng|đã|đang|sẽ|chưa|hầu như|đều đã|đi|tương ứng|lần lượt)$")  # (`nhà máy | đi` + vào hoạt động; `chế tạo | tương ứng`)
def timely(t: Token) -> bool:
    """Whether a word opens a time (`năm`, `tháng`, `hàng năm`): a kind `time` of the lexicon."""
    first = low(t.text).split()[0]
    return (entries().kinds.get((first,)) or ("",))[0] == "time"


# words that say which of a measure is meant, written after it (`công suất | thiết kế`, `diện tích | xây dựng`, `công suất | xử lý`:
# s64, set P183; `diện tích | tự nhiên`, s66 set P193); a measure and one of them is a measure too (`subject_measure_owner`, `subject_growth`)
MEASURE_KINDS = ("đất tự nhiên|tự nhiên|thiết kế|lắp đặt|lắp máy|đăng ký|quy hoạch|xây dựng|sàn|sử dụng|thực tế|tối đa|định mức|trưng bày|triển lãm|sản xuất|"
                 "chế biến|xử lý|tiếp nhận|phát điện|tái chế|lưu trữ|lưu kho|bốc xếp|khai thác")
