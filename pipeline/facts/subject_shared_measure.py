"""A measure the first item of a list names, shared by the items after it that name only their thing.

    công suất nhiệt điện than khoảng 26.087 MW (chiếm 32,3%), thủy điện khoảng 22.999 MW, ..., điện gió khoảng 5.059 MW
        -> `công suất thủy điện`, `công suất điện gió`
    kim ngạch xuất khẩu đạt 2 tỷ USD, nhập khẩu 1,2 tỷ USD        -> `kim ngạch nhập khẩu`
    sản xuất thép đạt 10,6 triệu tấn (...), tiêu thụ đạt 10,9 triệu tấn -> `tiêu thụ thép`
    diện tích lúa 12.000 ha, ngô 3.500 ha                          -> `diện tích ngô`

An item is a short run of nouns (and adjectives) between a comma or `và` and its amount, with only a link word (`khoảng`,
`đạt`, `là`) before the amount; the amount must be of the first item's unit, and shares in brackets between items
(`(chiếm 32,3%)`) are passed over. The measure is the shortest measure or attribute of the lexicon the first item's subject
starts with (`công suất` of `công suất nhiệt điện than`). An item that names a measure of its own (`lợi nhuận 10 tỷ
đồng`) keeps its subject, unless the shared measure before it makes one measure with it (`kim ngạch` + `nhập khẩu`).
A share in brackets right after an amount (`26.087 MW (chiếm 32,3%)`) is of what that amount measures.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import change_verbs, entries, figure_verbs, giving_verbs, low
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_LINKS = frozenset({"khoảng", "đạt", "là", "gần", "hơn", "trên", "có", "ước", "ước đạt", "chừng", "xấp xỉ", "tới", "lên tới", "đạt khoảng",
                    "đã", "cũng", "đều", "chỉ"})
_LEADS = frozenset({"riêng", "còn", "chỉ riêng"})  # (`, riêng thủy sản đã đạt`: the item after its lead)
_BRACKETED = re.compile(r"\s*\([^()]{0,80}\)")
_ITEM = re.compile(r"\s*(?:[,;]\s*(?:(?i:và)\s+)?|\s(?i:và)\s+)(?P<item>[^\d,;:()]{2,50}?)\s*$")
_MAX_WORDS = 5
_FLOW_ITEM = re.compile(r"(?:\s*\([^()]{0,80}\))?\s*[,;]\s*(?:(?i:và|còn)\s+)?(?i:(nhập khẩu|xuất khẩu|tiêu thụ|sản xuất))\s+"
                        r"(?:(?i:đạt|là|ước đạt|ước|khoảng|hơn|gần|trên)\s+)*")
# an item that names the other flow (`sản xuất thép xây dựng đạt 10,6 triệu tấn (...), tiêu thụ đạt 10,9 triệu tấn`: `tiêu thụ thép
# xây dựng`, s58 set P148)
_OTHER_FLOW = {"nhập khẩu": ("xuất khẩu", "nhập khẩu"), "xuất khẩu": ("nhập khẩu", "xuất khẩu"), "tiêu thụ": ("sản xuất", "tiêu thụ"),
               "sản xuất": ("tiêu thụ", "sản xuất")}
_GENERIC_OPENERS = frozenset({"khoản", "mức", "số", "tổng", "phần", "lượng"})
_SHARE_OPENS = re.compile(r"\s*\(\s*(?i:chiếm|bằng|tương đương|đạt)\s+(?:(?i:khoảng|gần|hơn|trên)\s+)?")
_CHANGE_OPENS = re.compile(r"\s*(?:\(|,)\s*(?:(?i:tương ứng|lần lượt)\s+)?(?i:tăng|giảm)\s+(?:(?i:khoảng|gần|hơn|trên)\s+)?")
# (`(giảm 11,2% ...)`, `, tương ứng giảm gần 87%`: a change of the amount just told)
_SHARE_CLOSES = re.compile(r"\s*\)")  # (a share with no base of its own: `(chiếm 32,3%)`, not `(chiếm 20% tổng sản lượng)`)


def _measure(subject: str | None) -> str | None:
    """The measure `subject` names for the list: the part before its owner (`giá trị kim ngạch xuất khẩu | của tỉnh này`)
    when a measure or attribute of the lexicon opens it, else the shortest measure or attribute of the lexicon it starts with,
    when more words follow it (`công suất | nhiệt điện than`)."""
    owner = re.search(r"\s(?:của|tại|ở)\s", subject or "")
    if owner and _measure((subject or "")[:owner.start()] + " x") is not None:
        return (subject or "")[:owner.start()]
    words = low(subject or "").split()
    kinds = entries().kinds
    for n in range(1, min(len(words), 5)):
        hit = kinds.get(tuple(words[:n]))
        if hit is not None and hit[0] in ("measure", "attribute"):
            return " ".join((subject or "").split()[:n])
    return None


def _own_measure(item: str) -> bool:
    """Whether the item is a measure itself: the whole of it, or a leading measure of two words or more (`lợi nhuận trước
    thuế`); not a thing named after one word that also measures (`điện gió`, `điện mặt trời`)."""
    words = tuple(low(item).split())
    kinds = entries().kinds
    if words[:1] and words[0] in _GENERIC_OPENERS or (first := kinds.get(words[:1])) is not None and first[0] == "generic":
        return True  # (`khoản lợi nhuận khác`, `mức lương`: a generic word opens a measure, not a thing)
    return any((hit := kinds.get(words[:n])) is not None and hit[0] in ("measure", "attribute") and (n == len(words) or n >= 2)
               for n in range(1, min(len(words), 5) + 1))


def _item(sentence: Sentence, gap_start: int, start: int) -> str | None:
    """The item's words between the end of the amount before (`gap_start`) and this amount (`start`), or None."""
    gap = sentence.text[gap_start:start]
    bracket = _BRACKETED.match(gap)
    gap = gap[bracket.end():] if bracket else gap
    inner = [(b.start(), b.end()) for b in _BRACKETED.finditer(gap)]  # (`điện mặt trời (bao gồm ...) khoảng`: an aside)
    plain = _BRACKETED.sub(lambda b: " " * len(b.group()), gap)
    m = _ITEM.fullmatch(plain)
    if m is None:
        return None
    words = m.group("item").split()
    lead = next((n for n in (2, 1) if low(" ".join(words[:n])) in _LEADS and len(words) > n), 0)
    words = words[lead:]
    while words and (low(words[-1]) in _LINKS or low(" ".join(words[-2:])) in _LINKS):
        words = words[:-2] if low(" ".join(words[-2:])) in _LINKS and len(words) > 1 else words[:-1]
    if not words or len(words) > _MAX_WORDS:
        return None
    item = " ".join(words)
    at = sentence.start + start - len(gap)
    tokens = [t for t in sentence.tokens if at + m.start("item") <= t.start and t.end <= at + m.end("item")
              and not any(a <= t.start - at < b for a, b in inner) and low(t.text) not in _LINKS | _LEADS]
    verbs = figure_verbs() | change_verbs() | giving_verbs()
    if not tokens or any(t.pos not in ("N", "Np", "Nc", "A", "V") or t.pos == "V" and (low(t.text) in verbs or not _split_word(tokens, n))
                         for n, t in enumerate(tokens)):
        return None  # (a preposition, a verb of change or a verb of a clause, not an item; but `thủy/V điện`, `tua bin khí/V`
        # are one noun the tagger split)
    return item


def _split_word(tokens: list, n: int) -> bool:
    """Whether the verb at `n` is part of a noun the tagger split: it opens the item before a noun, or ends it after one;
    or a noun the tagger read as a verb: a compound of two syllables or more that is the whole item (`và tơ tằm/V đạt`;
    the verbs of figures, changes and giving are never items)."""
    if n == 0:
        return len(tokens) > 1 and tokens[1].pos in ("N", "Np") or len(tokens) == 1 and len(tokens[0].text.split()) >= 2
    return n == len(tokens) - 1 and tokens[n - 1].pos in ("N", "Np")


def _opens_amount(sentence: Sentence, first: Figure) -> bool:
    """Whether the first item's subject is written right before its amount, with only link words between (`công suất
    nhiệt điện than khoảng 26.087 MW`), so that its measure is the list's."""
    before = sentence.text[:first.evidence.start - sentence.start]
    at = low(before).rfind(low(first.subject or "\0"))
    rest = before[at + len(first.subject or ""):].split() if at >= 0 else ["?"]
    return all(low(w) in _LINKS for w in rest)


def _past(gap: str, measure: str) -> str:
    """`gap` past the bare `measure` written right after an amount (`2,15 tỷ đồng | lợi nhuận | , tương ứng giảm`)."""
    lead = gap.lstrip()
    return lead[len(measure):] if lead.lower().startswith(measure.lower()) else gap


def shared(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with a list's shared measure given to its bare items (see the module)."""
    base = sentence.start
    amounts = [n for n, f in enumerate(out) if f.unit != "percent"]  # (shares in brackets between the items are passed over)
    for k in range(1, len(amounts)):
        j, i = amounts[k], amounts[k - 1]
        f = out[j]
        if f.unit in ("count", None) or f.per or out[i].unit != f.unit:
            continue
        item = _item(sentence, out[i].evidence.end - base, f.evidence.start - base)
        said = _FLOW_ITEM.fullmatch(sentence.text, out[i].evidence.end - base, f.evidence.start - base)
        flow = _OTHER_FLOW.get(low(said.group(1))) if said else None
        first = out[i].subject or ""
        if flow and re.search(rf"(?<!\w)(?i:{flow[0]})(?!\w)", first):
            out[j] = f.model_copy(update={"subject": re.sub(rf"(?<!\w)(?i:{flow[0]})(?!\w)", flow[1], first, count=1)})
            continue  # `Tổng kim ngạch xuất khẩu đạt 720 triệu USD, nhập khẩu 230 triệu USD`: the other flow of the same measure
        if item is None or (f.subject and not low(item).endswith(low(f.subject))):  # (none, the item, or the tagger's
            # tail of it: `tua bin khí` read as `khí`)
            continue
        back = k - 1
        while back > 0 and out[amounts[back - 1]].unit == f.unit and _item(
                sentence, out[amounts[back - 1]].evidence.end - base, out[amounts[back]].evidence.start - base) is not None:
            back -= 1
        head = amounts[back]
        measure = _measure(out[head].subject) if _opens_amount(sentence, out[head]) else None
        if measure is None or low(out[head].subject or "").startswith(low(f"{measure} {item}")):
            continue
        if _own_measure(item) and tuple(low(f"{measure} {item}").split()) not in entries().kinds:
            continue  # (`lợi nhuận 10 tỷ đồng`: a measure of its own)
        out[j] = f.model_copy(update={"subject": f"{measure} {item}"})
    for j in range(1, len(out)):  # a share in brackets right after an amount is that amount's share (`26.087 MW (chiếm 32,3%)`)
        if out[j].unit == "percent" and out[j - 1].unit != "percent" and out[j - 1].subject and _SHARE_OPENS.fullmatch(
                sentence.text, out[j - 1].evidence.end - base, out[j].evidence.start - base) and _SHARE_CLOSES.match(
                sentence.text, out[j].evidence.end - base):
            out[j] = out[j].model_copy(update={"subject": out[j - 1].subject})
        elif out[j].unit == "percent" and out[j - 1].unit != "percent" and (out[j - 1].subject or "").startswith(f"{out[j].subject} ") \
                and out[j].subject and _CHANGE_OPENS.fullmatch(_past(sentence.text[out[j - 1].evidence.end - base:out[j].evidence.start - base],
                                                                     out[j].subject or "")):
            out[j] = out[j].model_copy(update={"subject": out[j - 1].subject})  # `(giảm 11,2% ...)` after the item named whole
    return out
