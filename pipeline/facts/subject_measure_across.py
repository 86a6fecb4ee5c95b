"""A measure named before its figure with a place or a time between them: `nhu cầu sử dụng nước hiện nay trên toàn thành
phố khoảng 300.000 m3` (`nhu cầu sử dụng nước hiện nay trên toàn thành phố`), `iPhone 8 hiện có giá bán xách tay về Việt
Nam lên tới hơn 20 triệu đồng` (`giá bán xách tay về Việt Nam`).

The phrase reading left of a figure stops at a preposition, so a figure left without a subject looks further back in its
clause for a measure of the subject lexicon (`figure_subjects.tsv`, kind `measure` or `attribute`) and takes it with the
words up to the figure's link: the place (`trên toàn thành phố`, `về Việt Nam`) or time (`hiện nay`) says which. Between
them only nouns, names, place and time words and prepositions of place may stand, and the verbs of the measure's own
compound (`sử dụng`, `bán xách tay`) right after it; never another clause's verb.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import SAYING, kind_of, low
from pipeline.language.analysis import Sentence, Token

_PLACE_WORDS = frozenset({"trên", "tại", "ở", "về", "trong", "của", "toàn", "hiện", "hiện nay", "hiện tại", "năm nay", "cả"})
_LINKS = frozenset({"là", "đạt", "khoảng", "hơn", "gần", "trên", "chừng", "xấp xỉ", "lên tới", "lên đến", "tới", "đến", "vào khoảng",
                    "ước", "ước tính", "ước đạt", "chỉ", "từ", "lên", "có", "dự kiến", "tối đa", "tối thiểu", "mức", "về", "xuống"})
# measures the subject lexicon leaves out, read here only (`nhu cầu` alone is no measure of a thing before a figure)
_MORE = frozenset({"nhu cầu"})
_MOST = 12


def _joined(tokens: list[Token], k: int) -> bool:
    """Whether token `k` may stand between a measure and its figure (see the module)."""
    t = tokens[k]
    word = low(t.text)
    return t.pos in ("N", "Np", "Nc", "Ny", "A") and word not in SAYING or word in _PLACE_WORDS or t.pos == "M" and word.isdigit() and len(word) == 4


def measure_across(sentence: Sentence, start: int) -> str | None:
    """The measure before the figure at `sentence.text[start]` with the place or time between them (see the module), or
    None."""
    tokens = list(sentence.tokens)
    f = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + start), None)
    if f is None:
        return None
    e = f
    while e > 0 and low(tokens[e - 1].text) in _LINKS:
        e -= 1  # the link words before the figure (`lên tới`, `khoảng`)
    k = e - 1
    found = None
    glued = 0  # (`có giá/N`: one word to the segmenter, whose measure starts at its second word)
    while k >= 0 and e - k <= _MOST:
        if (kind_of(tokens[k:min(e, k + 4)]) or ("",))[0] in ("measure", "attribute") or low(tokens[k].text) in _MORE:
            found = k
            break
        if low(tokens[k].text).startswith("có ") and low(tokens[k].text)[3:] in ("giá", "mức giá", "giá trị", "mức"):
            found, glued = k, 3
            break
        compound = tokens[k].pos == "V" and k > 0 and ((kind_of(tokens[k - 1:k]) or ("",))[0] in ("measure", "attribute")
                                                        or low(tokens[k - 1].text) in _MORE or tokens[k - 1].pos == "V"
                                                        or low(tokens[k - 1].text).startswith("có giá"))
        # (`giá bán xách/V`, `nhu cầu sử dụng/V`)
        if not _joined(tokens, k) and not compound:
            return None  # (another clause's verb, a punctuation, a link)
        k -= 1
    while found is not None and not glued and found > 0:
        farther = next((j for j in range(found - 1, max(-1, found - 4), -1) if (kind_of(tokens[j:j + 2]) or ("",))[0] in ("measure", "attribute")
                        or low(tokens[j].text) in _MORE), None)
        if farther is None or any(t.pos not in ("N", "V") for t in tokens[farther + 1:found]):
            break
        found = farther  # (`nhu cầu sử dụng điện`: the measure its compound opens with, not the noun inside it)
    if found is None or not glued and found > 0 and (low(tokens[found - 1].text) in ("của", "về", "so với", "với")
                                                     or tokens[found - 1].pos in ("N", "Np", "Nc")
                                                     or tokens[found - 1].pos == "V" and low(tokens[found - 1].text) not in SAYING):
        # (`Công ty cổ phần X`: a measure inside a name; but `cho biết nhu cầu vốn ...`)
        return None
    between = tokens[found + 1:e]
    verbs = [n for n, t in enumerate(between) if t.pos == "V"]
    if len(verbs) > 3 or verbs and verbs[-1] > 3 or not any(low(t.text) in _PLACE_WORDS or t.pos == "Np" for t in between):
        return None  # (the measure's own verbs come right after it; a place or a time must stand between, else the usual
        # reading left of the figure had it)
    return sentence.text[tokens[found].start - sentence.start + glued:tokens[e - 1].end - sentence.start]


# A price that opens its clause, then where it was seen, down to a list of places right before its verb of range or
# level: `giá kén ghi nhận tại các vùng ... như huyện Bảo Lâm, Đạ Tẻh hiện dao động từ ...` (fifty-fourth session, set P112).
_PRICE_OVER_PLACES = re.compile(r"(?:^|[,;:]\s+)(?P<price>(?i:giá|mức giá|giá bán|giá thu mua|giá mua)(?:\s+[^\W\d_]+){1,4}?)\s+"
                                r"(?i:ghi nhận|tại|ở|trên)\s[^,;:]*?(?i:như|gồm|tại|ở)\s+(?:(?i:các\s+)?(?i:huyện|tỉnh|thị xã|xã|"
                                r"thành phố|TP\.?|vùng)\s+)?[A-ZĐ][^;:]*$")


def price_over_places(before: str, subject: str | None) -> str | None:
    """The price that opens the clause before `before` ends (the sentence up to the figure, verb included) when the
    subject found is a place of the list between them (see above), else `subject`."""
    if subject is None or not re.fullmatch(r"(?:(?i:huyện|tỉnh|thị xã|xã|thành phố|TP\.?)\s+)?[A-ZĐ][\w'-]*(?:\s+[A-ZĐ][\w'-]*){0,3}", subject):
        return subject
    clause = re.sub(r"\s+(?:(?i:hiện|hiện nay|đang|vẫn|chỉ|tiếp tục)\s+)*(?i:dao động|giao động|ở mức|đạt|là|khoảng|từ)(?:\s+(?i:từ|ở mức|khoảng))?\s*$", "", before)
    m = _PRICE_OVER_PLACES.search(clause)
    return m["price"] if m and clause.rstrip().endswith(subject) else subject
