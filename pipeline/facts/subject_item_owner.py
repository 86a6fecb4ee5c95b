"""A bare size or value named with the thing it is of, when the sentence writes that thing as a list's item, a name before
a bracket, or a figure before it (s56, the blind verdicts of sets P125 and P126: a bare `quy mô`, `diện tích`, `tổng
kinh phí đầu tư` or `công suất nhà máy` where the sentence names the thing):

    ... bao gồm: Khu thương mại dịch vụ của Công ty X tại huyện Y, quy mô 0,5 ha;  -> quy mô của Khu thương mại dịch vụ ...
    Huyện Cẩm Giàng bổ sung CCN Thành Đạt (thuộc các xã A, B, diện tích 54 ha)        -> diện tích của CCN Thành Đạt
    Nhà máy điện mặt trời Tuy Phong được xây dựng ..., công suất nhà máy 30MW          -> công suất Nhà máy điện mặt trời Tuy Phong
    Nhà máy 1 có diện tích 11.760 m2 với tổng kinh phí đầu tư 36,5 tỷ đồng            -> tổng kinh phí đầu tư của Nhà máy 1
    31 khu công nghiệp đã đi vào hoạt động với diện tích cho thuê đất gần 6.000 ha   -> diện tích cho thuê đất của khu công nghiệp ...

A subject is bare when it is a measure or size of the lexicon alone, with at most the words that say which of it is meant
(`đầu tư`, `thiết kế`, `cho thuê đất`); a subject with an owner, a name or a thing of its own is kept."""

from __future__ import annotations

import re

from pipeline.facts import subject_bracket_restated
from pipeline.facts.lexicon import load
from pipeline.facts.subject_lexicon import PLACE_COUNTED, entries, low
from pipeline.facts.subject_money_verbs import MONEY_UNITS
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

# the heads of things that have a size or a cost (a works, a site, a firm)
_HEADS = (r"(?i:khu công nghiệp|cụm công nghiệp|khu kinh tế|khu đô thị|khu|cụm|dự án|nhà máy|công ty|trung tâm|tổ hợp|trang trại|"
          r"cảng|chợ|siêu thị|khách sạn|tòa nhà|công trình|làng nghề|hợp tác xã|cơ sở|xưởng|tuyến|đường)|CCN|KCN|KCX|KKT|HTX")
_LINKS = r"(?:\s+(?i:là|đạt|khoảng|hơn|trên|gần|xấp xỉ|ước|lên tới|lên đến|tới|đến))*"
_WHICH = frozenset({"đầu tư", "thiết kế", "lắp đặt", "xây dựng", "sử dụng", "cho thuê", "đất", "cho thuê đất", "quy hoạch", "đăng ký"})
_VERBS = re.compile(r"(?<!\w)(?i:là|có|được|đã|sẽ|đang|đạt|tăng|giảm|với|thì|nhưng|khi)(?!\w)")


def _bare(subject: str | None) -> bool:
    """Whether `subject` is a measure or size of the lexicon alone, or with words that say which of it is meant."""
    if not subject or subject[1:] != subject[1:].lower() or " của " in f" {subject} ":
        return False  # (`Tổng vốn đầu tư` opening a line is bare too)
    words = tuple(low(subject).split())
    words = words[1:] if len(words) > 1 and words[0] == "số" else words  # (`số vốn`: the sum of capital, still bare)
    for n in range(len(words), 0, -1):
        kind = entries().kinds.get(words[:n])
        if kind and kind[0] in ("measure", "attribute"):
            return n == len(words) or " ".join(words[n:]) in _WHICH
    return False


def _named(words: list[str]) -> bool:
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def _listed(before: str, subject: str) -> str | None:
    """The item of a list right before `, SUBJECT` (`: Khu thương mại ... tại huyện Y, | quy mô`): a named noun phrase
    opening with a thing's head, with no verb, after `:`, `;`, `gồm` or the sentence's start."""
    m = re.search(rf"(?:^|[:;]\s*|(?<!\w)(?i:gồm|bao gồm|như)\s+)(?P<item>(?:{_HEADS})(?!\w)[^,;:()\d]{{2,120}}?)\s*,\s*"
                  rf"{re.escape(subject)}{_LINKS}\s*$", before)
    if m is None or _VERBS.search(m.group("item")) or not _named(m.group("item").split()[1:]):
        return None
    return m.group("item").strip()


def _named_with(before: str, subject: str) -> str | None:
    """A name that opens an item of a list and owns the measure after `với` (`..., Krông Nô với diện tích 25 ha; Thuận An |
    với diện tích`): capitalised words only, up to five, after `:`, `;`, `(`, `,`, `và` or the start (s60, set P157)."""
    m = re.search(rf"(?:^|[:;(,]\s*|\s(?i:và)\s+)(?P<name>(?:(?:{_HEADS})\s+)?[A-ZĐ][^\s,;:()]*(?:\s+[A-ZĐ0-9][^\s,;:()]*){{0,4}})"
                  rf"\s+(?i:với)\s+(?:(?i:tổng)\s+)?{re.escape(subject)}{_LINKS}\s*$", before)
    if m is None or re.match(r"(?i:TP|thành phố|tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|Tp)(?![\w])", m.group("name")) \
            or load().province(m.group("name")):
        return None  # (`được xây dựng tại phường Hà Khánh, | TP Hạ Long với tổng mức đầu tư`: where it is, no owner)
    return m.group("name")


def _labelled(before: str, subject: str) -> str | None:
    """A works named as the label of its line before a colon (`Dự án DH Logistics Property Minh Quang Việt Nam: | Tổng vốn
    đầu tư`; s60, set P158): the works, with a capitalised name after its head."""
    m = re.fullmatch(rf"\W*(?P<name>(?:{_HEADS})(?!\w)[^:;()\d]{{2,120}}?)\s*:\s*{re.escape(subject)}{_LINKS}\s*", before)
    return m.group("name").strip() if m and _named(m.group("name").split()[1:]) else None


def _bracketed(before: str, subject: str) -> str | None:
    """The name right before a bracket that holds `, SUBJECT` (`CCN Thành Đạt (thuộc các xã A, B, | diện tích`)."""
    m = re.search(rf"(?<!\w)(?P<name>(?:{_HEADS})(?:\s+[^\s,;:()]+){{1,6}}?)\s*\([^()]*?[,;]\s*{re.escape(subject)}{_LINKS}\s*$", before)
    if m is None:
        return None
    head = re.match(_HEADS, m.group("name"))
    after = m.group("name")[head.end() if head else 0:].split()
    return m.group("name") if after and all(w[:1].isupper() or w[:1].isdigit() for w in after) else None


def _definite(before: str, subject: str) -> str | None:
    """`công suất nhà máy` when the sentence names one plant before (`Nhà máy điện ... Tuy Phong`): that plant's."""
    m = re.fullmatch(rf"(?P<measure>.+?)\s+(?P<head>{_HEADS})", subject)
    if m is None or not _bare(m.group("measure")):
        return None
    names = set()
    for h in re.finditer(rf"(?<!\w){re.escape(m.group('head'))}(?!\w)", before, re.IGNORECASE):
        if not h.group()[:1].isupper():
            continue
        words, seen_cap = [], False
        for w in before[h.end():].split():
            bare = w.strip(",;:.()")
            if bare != w or not bare:
                if bare and (bare[:1].isupper() or bare[:1].isdigit()) and seen_cap:
                    words.append(bare)
                break
            if bare[:1].isupper() or bare[:1].isdigit():
                seen_cap = True
            elif seen_cap or len(words) >= 4:
                break
            words.append(bare)
        while words and not (words[-1][:1].isupper() or words[-1][:1].isdigit()):
            words.pop()
        if seen_cap and words:
            names.add(f"{h.group()} {' '.join(words)}")
    return f"{m.group('measure')} {names.pop()}" if len(names) == 1 else None


def _after_figure(between: str, subject: str, previous: Figure) -> str | None:
    """`Nhà máy 1 có diện tích 11.760 m2 | với tổng kinh phí đầu tư`: the thing the figure before is of."""
    m = re.fullmatch(rf"(?P<tail>[^,;:()\d]{{0,60}}?)\s+(?i:với)\s+{re.escape(subject)}{_LINKS}\s*", between)
    if m is None or not previous.subject or low(m.group("tail").strip()) not in low(previous.subject):
        return None  # (only the words of the thing counted between: `31 khu công nghiệp | đã đi vào hoạt động | với`)
    said = previous.subject
    if " của " in said:
        return said.split(" của ", 1)[1]
    return said if previous.unit == "count" and said[:1].islower() and re.match(_HEADS, said) else None


_CAPACITY = re.compile(rf"(?<!\w)(?P<m>(?:(?i:quy mô)\s+)?(?i:tổng công suất|công suất|năng lực sản xuất|quy mô sản xuất))(?:\s+(?i:thiết kế|sản xuất|chế biến))?"
                       rf"{_LINKS}\s*$|(?<!\w)(?P<out>(?i:sản lượng)(?:\s+[^\W\d][^\s,;:()\d]*){{1,5}}?)(?:\s+(?i:từ))?{_LINKS}\s*$")
# (`quy mô công suất khoảng 8 triệu sản phẩm/năm`; `tăng sản lượng màn hình OLED nhựa từ 9,6-10 triệu sản phẩm/tháng`)
_OPEN_END = re.compile(r"\s(?i:tại|ở|của|trong|cho|với|từ|và|các|những)$")
_BUILT_WORK = re.compile(r"(?<!\w)(?i:xây dựng|khởi công|đầu tư xây dựng)\s+(?P<work>(?i:nhà máy|dự án|khu|cụm|trung tâm|kho|cảng|tổ hợp)"
                         r"\s[^;:()\d]{3,120}?)\s*,?\s*(?i:với)\s+[^,;:()\d]*$")
_RAISED_TO = re.compile(r"(?:\s*/\s*[^\W\d]+)?\s+(?i:lên|xuống|còn)\s+(?:(?i:mức|khoảng|hơn|gần)\s+)?")
_OPENER = re.compile(rf"^\W*(?P<o>(?:{_HEADS})(?!\w)(?:\s+[A-ZĐ0-9][^\s,;:()]*)*)")


def _capacity(text: str, before: str, f: Figure) -> str | None:
    """`Dự án ... có công suất 6 triệu sản phẩm/năm`: a count of products a capacity gives is that capacity, of the thing
    that has it (the owner read for the count, else the works that opens the sentence)."""
    m = _CAPACITY.search(before) if f.unit == "count" else None
    if m is None or not f.subject:
        return None
    if m.group("out"):  # the output named, what it is of too (not of places: `sản lượng nhôm tại | 4 tỉnh`)
        return m.group("out") if (f.counted or "").lower() not in PLACE_COUNTED and not _OPEN_END.search(m.group("out")) else None
    owner = f.subject.split(" của ", 1)[1] if " của " in f.subject else None
    opener = _OPENER.match(text) if owner is None else None
    owner = owner or (opener.group("o") if opener else None)
    return f"{m.group('m')} của {owner}" if owner else m.group("m") if f.subject == f.counted else None  # (a bare count of
    # products a capacity gives: that capacity, whose the sentence does not say)


def item_owned(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with a bare size or value given the thing the sentence names for it (see the module)."""
    base, text = sentence.start, sentence.text
    raised: set[int] = set()  # the counts given a capacity or an output here
    for n, f in enumerate(out):
        start = f.evidence.start - base
        before = text[:start]
        capacity = _capacity(text, before, f)
        prior = out[n - 1] if n else None
        if prior is not None and n > 1 and subject_bracket_restated.restates(text, out[n - 2], prior, base):
            prior = out[n - 2]  # (past the bracket that restates it: `từ 1,2 tỷ sản phẩm/năm (tương đương 420 tấn) lên | 3,6 tỷ`)
        if capacity is None and prior is not None and f.unit == prior.unit == "count" and f.subject == f.counted != prior.subject \
                and prior.subject and _RAISED_TO.fullmatch(subject_bracket_restated.past_bracket(text[prior.evidence.end - base:start])):
            capacity = prior.subject  # `từ 9,6-10 triệu sản phẩm/tháng lên | 13-14 triệu sản phẩm/tháng`: the same output
        if capacity is None and prior is not None and n - 1 in raised and f.range == "high" and prior.evidence.start == f.evidence.start:
            capacity = prior.subject  # a range's high end: the capacity its low end was given here
        if capacity:
            out[n] = f.model_copy(update={"subject": capacity})
            raised.add(n)
            continue
        written = re.search(rf"(?<!\w)(?i:với)\s+(?P<m>[^\W\d][^,;:()\d]{{2,40}}?){_LINKS}\s*$", before) if f.subject is None else None
        subject = written.group("m") if written and _bare(written.group("m")) else f.subject  # (none read: `với diện tích cho thuê khoảng`)
        measure, _, holder = (subject or "").partition(" của ")
        built = _BUILT_WORK.search(before) if holder and f.unit in MONEY_UNITS and _bare(measure) else None
        if built and holder in before[:built.start()]:
            out[n] = f.model_copy(update={"subject": f"{measure} của {built.group('work')}"})
            continue  # `Tập đoàn X ... nhằm đầu tư xây dựng nhà máy Y, với tổng vốn đầu tư ...`: the work's, not the builder's
        if _bare(subject):
            subject = subject or ""
            owner = _listed(before, subject) or _bracketed(before, subject) or _named_with(before, subject) or _labelled(before, subject)
            if owner is None and n and out[n - 1].evidence.end - base <= start:
                owner = _after_figure(text[out[n - 1].evidence.end - base:start], subject, out[n - 1])
            built = _BUILT_WORK.search(before) if owner is None and f.unit in MONEY_UNITS else None
            owner = built.group("work") if built else owner  # `... nhằm xúc tiến đầu tư xây dựng nhà máy sản xuất hạt nhựa PP, với
            # tổng số vốn đầu tư lên đến 1,2 tỷ USD`: the work's, the whole of its name up to `với` (s57, set P137)
            if owner:
                out[n] = f.model_copy(update={"subject": f"{subject} của {owner}"})
            continue
        if f.subject and f.subject == f.subject.lower():
            named = _definite(before, f.subject)
            if named:
                out[n] = f.model_copy(update={"subject": named})
    return out
