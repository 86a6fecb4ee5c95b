"""A subject cut at a coordination, made whole again (s56, the blind verdicts of set P125: `da giày` for the export
value of two sectors, `nhà máy tại tỉnh Thái Bình` for plants in two provinces):

    kim ngạch xuất khẩu của 2 ngành dệt may, da giày đã đạt 48,6 tỷ USD  -> kim ngạch xuất khẩu của 2 ngành dệt may, da giày
    2 nhà máy tại tỉnh Thái Bình và Vĩnh Phúc                           -> nhà máy tại tỉnh Thái Bình và Vĩnh Phúc

A subject that is the last of short lower-case items after a comma, right before its figure, is the whole list when the
list opens with a measure of something (`kim ngạch xuất khẩu của 2 ngành dệt may`) whose last nouns the items go on
naming; a subject that is itself a measure (`Doanh thu, lợi nhuận đạt ...`: two measures) is kept. A subject that ends
with a province goes on through the provinces joined to it by `và` or a comma; a trade in two goods joined by `và` is of
both (`xuất khẩu nhóm hàng gỗ và sản phẩm gỗ tăng 62,6%`); a sector `có vốn đầu tư nước ngoài` keeps it (`kinh tế có vốn đầu
tư nước ngoài đạt 236 tỷ đồng`: not `kinh tế`). A subject `A và B` right after another figure whose goods A are is B (s61, set
P164: `sản xuất 2,1 triệu tấn than và thu nhập tăng trên 2,3%`: `thu nhập`)."""

from __future__ import annotations

import re

from pipeline.facts.lexicon import load
from pipeline.facts.subject_lexicon import low
from pipeline.facts.subject_tidy import measured
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_LINKS = r"(?:\s+(?i:đã|đều|cũng|đạt|là|khoảng|hơn|gần|trên|ước|ước đạt|lên tới|lên đến))*"
_ITEM = r"[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2}"
_OF_SECTORS = re.compile(r"(?<!\w)(?i:của|các)\s+(?:\d+\s+)?(?i:ngành|nhóm|lĩnh vực|mặt hàng|nhóm hàng|sản phẩm)\s")


def _listed(before: str, subject: str) -> str | None:
    m = re.search(rf"(?:^|,\s+)(?P<whole>(?P<head>[^\W\d][^,;:()]*?)(?:,\s+{_ITEM})*,\s+{re.escape(subject)}){_LINKS}\s*$", before)
    if m is None or not measured(m.group("head")) or not _OF_SECTORS.search(m.group("head")):
        return None
    return m.group("whole")


def _places(text: str, subject: str) -> str | None:
    at = text.find(subject)
    words = subject.split()
    if at < 0 or not any(load().province(" ".join(words[-k:])) for k in (1, 2, 3) if len(words) >= k):
        return None
    rest = text[at + len(subject):]
    whole = ""
    while (m := re.match(r"(?:\s*,\s*|\s+(?i:và)\s+)((?:[A-ZĐ][^\W\d_]*)(?:\s+[A-ZĐ][^\W\d_]*){0,2})(?!\w)", rest)) and load().province(m.group(1)):
        whole += m.group()
        rest = rest[m.end():]
        if re.match(r"\s+(?i:và)\s", m.group()):
            break
    return subject + whole if whole else None


def _traded(before: str, subject: str) -> str | None:
    """`xuất khẩu nhóm hàng gỗ và | sản phẩm gỗ` (+ tăng): the trade in both goods, not the last."""
    at = before.rfind(subject)
    m = re.search(r"(?:^|[,;:]\s*|\d{4}\s+)(?P<head>(?:(?i:kim ngạch)\s+)?(?i:xuất khẩu|nhập khẩu)\s+[^\W\d][^,;:()\d]{1,40}?)\s+(?i:và)\s+$",
                  before[:at]) if at > 0 else None
    return f"{m.group('head')} và {subject}" if m else None


_FOREIGN_OWNED = re.compile(r"\s+(?i:có vốn đầu tư nước ngoài|có vốn đầu tư trực tiếp nước ngoài|có vốn nước ngoài)(?!\w)")


def _foreign_owned(before: str, subject: str) -> str | None:
    """`kinh tế | có vốn đầu tư nước ngoài đạt 236 tỷ đồng`: the sector's name goes on past `có`, which is no verb here."""
    at = before.rfind(subject)
    m = _FOREIGN_OWNED.match(before, at + len(subject)) if at >= 0 else None
    return subject + m.group() if m and not before[m.end():].strip(" ,:") or m and re.match(r"\s*(?i:đạt|ước đạt|là|chiếm|tăng|giảm)?\s*$",
                                                                                        before[m.end():]) else None


def coordinated(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with a subject cut at a coordination made whole (see the module)."""
    base, text = sentence.start, sentence.text
    for n, f in enumerate(out):
        if not f.subject or measured(f.subject):
            continue
        short = all(len(item.split()) <= 3 for item in re.split(r",|\s(?i:và)\s", f.subject))  # (`máy tính và linh kiện`: two items)
        whole = _listed(text[:f.evidence.start - base], f.subject) if f.subject == low(f.subject) and short else None
        whole = whole or _places(text, f.subject) or _traded(text[:f.evidence.start - base], f.subject) \
            or _foreign_owned(text[:f.evidence.start - base], f.subject)
        if whole:
            out[n] = f.model_copy(update={"subject": whole})
            for k in range(n + 1, len(out)):  # (`..., tăng 5%`: the change after it, read with the same cut subject, too)
                if out[k].subject != f.subject or ";" in text[f.evidence.end - base:out[k].evidence.start - base]:
                    break
                out[k] = out[k].model_copy(update={"subject": whole})
    return out


def past_goods(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` whose subject `A và B` opens right after an amount before it, whose goods or counted things `A`
    are (`sản xuất 2,1 triệu tấn than và | thu nhập tăng trên 2,3%`, `có 45 thành viên và | doanh thu đạt`), or that holds
    that amount itself (`gần 20.000 tấn mật ong và xuất khẩu` + chiếm 80%, s62): `B` alone, the clause after `và` being the
    figure's own."""
    base, text = sentence.start, sentence.text
    for k, f in enumerate(out):
        if not f.subject or " và " not in f.subject:
            continue
        held = next((g for g in out[:k] if f.subject.startswith(g.text + " ") and not re.search(
            r"(?i:nhỏ và vừa|vừa và nhỏ)", f.subject)), None)  # `gần 20.000 tấn mật ong và xuất khẩu` (not `... doanh nghiệp nhỏ và vừa`)
        if len(f.subject.split(" và ", 1)[0].split()) > 3 and held is None:
            continue
        at = text.rfind(f.subject, 0, f.evidence.start - base)
        if at < 0:
            continue
        amount = any(g.evidence.start - base <= at <= g.evidence.end - base + 1 and not text[g.evidence.end - base:at].strip()
                     for g in out[:k]) or re.search(r"(?<![\w.,])\d(?:[\d.,]*\d)?\s+$", text[:at]) and not re.search(
                         r"(?<!\w)(?i:tháng|năm|ngày|quý|tuần|lần|thứ|số)\s+\d[\d.,]*\s+$", text[:at])  # (not a time: `trong tháng 7 |`)
        if amount or held is not None:  # (+ chiếm 80%): a subject that holds the amount before it, its goods and `và`
            out[k] = f.model_copy(update={"subject": f.subject.split(" và ", 1)[1]})
    return out
