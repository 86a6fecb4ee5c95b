"""A measure the clause writes before a figure no other rule gave a subject (s56: blind judges of sets P129 and P130
marked most empty subjects wrong where the sentence names the measure: `vốn điều lệ ở mức hơn 3.000 tỷ đồng`, `diện tích
trồng mía trên địa bàn huyện đạt tới hơn 10.000ha`, `giá mua mía của các nhà máy đường ... chỉ còn 900.000 đồng/tấn`).

The measure is the last one of the lexicon (a `measure` or `attribute` of `figure_subjects.tsv`) that opens a phrase
between the figure and the clause's start (`;`, `:`, the sentence's start) or the figure before it; the phrase runs on
over its nouns and places to the first word of a predicate, a number or a comma, eighteen words at most; a measure of
fewer than three syllables alone says too little (`giá`, `chi phí`, `đóng góp`), so it must run on (`giá xăng`). A figure after a
change of a measured figure, joined by `nhưng (vẫn)`, `và` or a comma and a verb of change, is of that measure too (`tăng
7,7% so với tháng trước, nhưng vẫn giảm 7,6%`). A measure of the whole economy with its year, linked to the figure,
says all alone what is measured (`lạm phát năm 2020 vẫn sẽ được kiểm soát ở mức dưới 4%`: `_WHOLE`, s59); a share after
`, chiếm` is of the things a count right before it counts (`8,2 triệu xe máy, chiếm hơn 80%`: `xe máy`); the high end of a
range measures what its low end does. Counts are left to their own reading."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.subject_lexicon import SELF_MEASURES, empty_subjects, entries, low
from pipeline.facts.subject_tidy import measured
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

# the words that link a measure to its figure (a predicate's verb, aspect, qualifier): they end the measure's phrase, and
# only they (and a time) may stand between it and the figure; `quý` is a quarter only before its number or a word of time,
# not the gem of `đá quý` (`Công ty TNHH Vàng bạc đá quý Bảo Tín Minh Châu`, s66)
_LINK_WORDS = ("được kiểm soát|kiểm soát|được duy trì|duy trì|được giữ|giữ|đạt tới|đạt được|đạt|là|ở mức|chỉ còn|xuống còn|còn|vào khoảng|khoảng|hơn|gần|trên|lên tới|lên đến|tới|lên|xuống|"
               "ước đạt|ước tính|ước|tăng|giảm|mới|chỉ|vẫn|đã|sẽ|dự kiến|tiếp tục|lại|cũng|thêm|có|chiếm")
_LINKED = re.compile(rf"(?P<phrase>.*?)(?P<time>\s+(?i:trong|năm|quý(?=\s+(?:[IVX\d]|(?i:này|trước|tới|đầu|cuối|qua|cùng|vừa))\b)|tháng|vụ|niên vụ|giai đoạn)(?!\w)[^,;:()]{{0,40}}?)?"
                     rf"(?:\s+(?i:{_LINK_WORDS})(?!\w))+\s*")
# words that say which of a measure is meant, written after it, that the tagger reads as verbs (`diện tích trưng bày`)
_KIND_OF = re.compile(r"(?i:thiết kế|lắp đặt|đăng ký|quy hoạch|xây dựng|sử dụng|thực tế|trưng bày|cho thuê|canh tác|gieo trồng|nuôi trồng|"
                      r"sản xuất|chế biến|tiêu thụ|xuất khẩu|nhập khẩu)")
_CHANGE_AFTER = re.compile(r"[^,;:()]{0,40}?,?\s*(?:(?i:nhưng|và|song)\s+)?(?:(?i:vẫn|lại|cũng)\s+)?(?i:tăng|giảm)(?:\s+(?i:khoảng|hơn|gần|trên))?\s*$")


# a measure of the whole economy that says all alone what is measured, with its year, linked to the figure (`lạm phát năm
# 2020 vẫn sẽ được kiểm soát ở mức dưới 4%`, s59 set P154)
_WHOLE = re.compile(rf"(?<!\w)(?P<m>(?i:lạm phát)(?:\s+(?i:cơ bản))?|CPI(?:\s+(?i:bình quân)(?:\s+(?i:chung))?)?|(?i:chỉ số giá tiêu dùng)|GDP|GRDP)"
                    rf"(?P<time>\s+(?i:năm|quý|tháng)\s+[\dIVX][\w/.-]*)?(?:\s+(?i:{_LINK_WORDS})(?!\w))+\s*$")


# a share of the things a count right before it counts (`Hà Nội đang có 8,2 triệu xe máy, chiếm hơn 80% phương tiện giao
# thông`, s59 set P153): the count may be no figure of its own (a bare `triệu` and a noun)
_COUNTED_SHARE = re.compile(r"(?<![\w.,])(?<!thứ )(?<!Thứ )(?<!hạng )\d[\d.,]*\s+(?:(?i:triệu|nghìn|ngàn|tỷ|tỉ|vạn)\s+)?(?P<thing>(?!(?i:triệu|nghìn|ngàn|tỷ|tỉ|vạn|đồng|ha|tấn|km|lượt|lần|năm|tháng|ngày|tại|ở|trong|của|với|trên|so)(?!\w))[a-zà-ỹđ][^\W\d_]*"
                            r"(?:\s+(?![A-Z]{2,})[^\W\d_]+){0,4}?)"
                            r"\s*,\s*(?i:chiếm)\s+(?:(?i:khoảng|hơn|gần|trên|tới|đến)\s+)?$")


@lru_cache(maxsize=1)
def _measure_words() -> re.Pattern[str]:
    words = sorted((" ".join(k) for k, v in entries().kinds.items() if v[0] in ("measure", "attribute")), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


def _phrase(text: str, offset: int, sentence: Sentence) -> str | None:
    """The measure written in lower case that opens the last phrase of `text` (at `offset` in `sentence`), when only its
    nouns, a time and the words that link it to the figure follow it (`vốn điều lệ | ở mức hơn`, `giá mua mía của các nhà
    máy đường tại tỉnh Tây Ninh | trong vụ thu hoạch 2017-2018 | chỉ còn`) and it ends with a noun, never a verb."""
    for m in _measure_words().finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in " (\"“":
            continue
        linked = _LINKED.fullmatch(text, m.start())
        raw = linked.group("phrase").rstrip() if linked else ""
        phrase = " ".join(raw.split())
        inner = re.sub(r"(?i:trên địa bàn)", "", phrase)  # (a locative, no qualifier)
        if not phrase or any(ch.isdigit() or ch in ",;:()'\"“”" for ch in phrase) or len(phrase.split()) > 18 \
                or re.search(rf"(?<!\w)(?i:{_LINK_WORDS}|cho biết|cho hay|nói|thì|nhưng|mà|nên|do|để|khi|nếu|này|đó|với|cùng|khiến|làm)(?!\w)", inner):
            continue  # (a measure of another clause: `giá đường xuống thấp nên | giá mua mía ...`)
        end = sentence.start + offset + m.start() + len(raw)
        last = next((t for t in reversed(sentence.tokens) if t.end <= end), None)
        if low(phrase) == low(m.group()) and len(phrase.split()) < 3 or last is not None and last.pos == "A" and len(phrase.split()) < 3:
            return None  # (a measure alone: `đóng góp`, `chi phí`, `giá` say too little of what is measured)
        kind = _KIND_OF.fullmatch(phrase[len(m.group()):].strip())  # (`diện tích | trưng bày`: which of the measure, a verb read as one)
        if low(phrase) in SELF_MEASURES | empty_subjects() or phrase != m.group() and not kind and (
                last is None or last.pos not in ("N", "Np", "Nc", "Nu", "Ny", "A")):
            return None  # (`vốn` alone; `nợ người ta đến đòi`, `đầu tư lắp`: a clause, no measure's phrase)
        return phrase
    return None


def fallback(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with no subject given the measure their clause writes before them (see the module)."""
    base, text = sentence.start, sentence.text
    for n, f in enumerate(out):
        if f.subject is not None or f.unit == "count":
            continue
        start = f.evidence.start - base
        before = out[n - 1] if n else None
        lead = max(text.rfind(";", 0, start), text.rfind(":", 0, start), before.evidence.end - base if before else -1) + 1
        subject = _phrase(text[lead:start], lead, sentence)
        whole = _WHOLE.search(text, lead, start) if subject is None else None
        subject = " ".join(text[whole.start():whole.end("time") if whole.group("time") else whole.end("m")].split()) if whole else subject
        counted = _COUNTED_SHARE.search(text, 0, start) if subject is None and f.unit == "percent" else None
        subject = " ".join(counted.group("thing").split()) if counted else subject  # `8,2 triệu xe máy, chiếm hơn 80% ...`: the things counted
        if subject is None and before is not None and before.subject and measured(before.subject) \
                and low(before.subject) not in SELF_MEASURES | empty_subjects() and not re.match(r"\s*(?i:về)\s", text[f.evidence.end - base:]) \
                and _CHANGE_AFTER.fullmatch(text, before.evidence.end - base, start):
            subject = before.subject  # `tăng 7,7% so với tháng trước, nhưng vẫn giảm 7,6%`: the same measure
        if f.range == "high" and before is not None and before.range == "low" and before.evidence.start == f.evidence.start:
            subject = out[n - 1].subject  # `36,57 - 36,62 triệu đồng/lượng`: both ends of one range measure one thing (s66)
        if subject:
            out[n] = f.model_copy(update={"subject": subject})
    return out
