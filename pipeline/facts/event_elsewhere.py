"""The date of an event from a sentence that does not name it but repeats its name's words.

A page may name its event in the headline or a caption and date it in a sentence that drops the head word or
names it some other way (`Ngày 10/12/2021 Cục Công thương địa phương tổ chức toàn quốc về Khuyến công ...` for the
`Hội nghị toàn quốc về Khuyến công ...` of the headline): that sentence dates the event when it repeats most of its
name's words.
"""

from __future__ import annotations

import re

from pipeline.facts import event_dates
from pipeline.facts.event_lexicon import HELD_WORDS, Mention, classes
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact


def date_elsewhere(analysis: Analysis, keys: set[str], by_sentence: dict[int, list[DateFact]],
                   mentions: list[Mention], undated: bool = False, held: int = 0, name: str = "") -> DateFact | None:
    """A day, month or year from a sentence that names no event but repeats most of the event's name words (`keys`)
    (`chuỗi sự kiện Công thương khu vực phía Nam năm 2023`); never one after a history word or in brackets
    (`nhân kỷ niệm 60 năm Ngày mở đường (19-5-1959 - 19-5-2019)`) or a numbered document's, nor, in an undated article, a day whose
    year its sentence does not write. `held` (the length of the event's name): only a day of a sentence whose
    verb of holding is followed by most of the name's words (`Ngày 10/12/2021 Cục ... tổ chức toàn quốc về
    Khuyến công ...`). A sitting's ordinal in `name` must be in the sentence too (`Kỳ họp thứ 17 của Ủy ban X`: not the
    day Ủy ban X's team visits someone)."""
    if len(keys) < 2:
        return None
    act = _act(name)
    if act is not None:  # a ceremony's day from a sentence that tells its act (`Ngày 22/6/2020, ... dự án Nhà máy X ... đã
        # chính thức khánh thành`), before one of another milestone of its work (`tối ngày 10/06/2020, Nhà máy X chính thức hòa lưới`)
        told = _scan(analysis, keys, by_sentence, {m.sentence.start for m in mentions if m.named}, undated, held, name, act)
        if told is not None:
            return told
    return _scan(analysis, keys, by_sentence, {m.sentence.start for m in mentions}, undated, held, name, None, act)


def _act(name: str) -> re.Pattern[str] | None:
    """The verb of a ceremony named `Lễ khánh thành X` (or `khởi công X`), as a pattern; None for other events."""
    verb = classes()["verb"].match(re.sub(r"^(?i:lễ)\s+", "", name))
    return re.compile(rf"(?<!\w){re.escape(verb.group())}(?!\w)", re.I) if verb and verb.start() == 0 else None


def _scan(analysis: Analysis, keys: set[str], by_sentence: dict[int, list[DateFact]], named: set[int], undated: bool,
          held: int, name: str, act: re.Pattern[str] | None, own: re.Pattern[str] | None = None) -> DateFact | None:
    """`date_elsewhere` over the sentences that no mention in `named` dates (and that write `act`, when given); with `own`, a
    ceremony's act, not a sentence that tells another act of its works and not its own (`Nhà máy được khởi công xây dựng tháng
    1/2022` for the plant's inauguration: s64, set P183)."""
    ordinals = [m.group(1).lower() for m in re.finditer(r"(?<!\w)(?i:thứ|khóa|khoá)\s+([IVXLC]+|\d{1,3})(?!\w)", name)]
    for sentence in analysis.sentences:
        if act is not None and not act.search(sentence.text):
            continue
        if own is not None and not own.search(sentence.text) and classes()["verb"].search(sentence.text):
            continue
        found = [d for d in by_sentence.get(sentence.start, [])
                 if not event_dates.founding_before(sentence.text, d.evidence.start - sentence.start)
                 and not event_dates.history_before(sentence.text, d.evidence.start - sentence.start)
                 and not event_dates.act_dated().search(sentence.text[:d.evidence.start - sentence.start])  # (`Thỏa thuận số 4645 ngày
                 # 28/9/2018`: the document's day)
                 and not (undated and d.precision in ("day", "month") and d.value[:4] not in sentence.text)
                 and not event_dates.reported_after(sentence.text, d.evidence.end - sentence.start)]  # (`Ngày 8/11, thông tin từ UBND huyện
    # X cho biết ...`: the day something was said of it)
        if held and not any(len(keys & set(re.findall(r"\w+", sentence.text[h.end():h.end() + 2 * held].lower())))
                            >= 0.75 * len(keys) for h in re.finditer(rf"(?<!\w)(?i:{HELD_WORDS})(?!\w)", sentence.text)):
            continue  # (the name's words right after the verb that holds it: not `vòng sơ tuyển ... Hoa hậu X đã diễn ra`)
        found = [d for d in found if d.precision == "day" or not held]
        if not found or sentence.start in named:
            continue
        words = set(re.findall(r"\w+", sentence.text.lower()))
        if len(keys & words) < max(2, round(0.75 * len(keys))) or any(n not in words for n in ordinals):
            continue
        for d in found:  # a year only right after the name's words (`... khu vực phía Nam năm 2023`)
            before = re.findall(r"\w+", sentence.text[:d.evidence.start - sentence.start].lower())[-2:]
            if d.precision in ("day", "month") or (before and all(w in keys for w in before)):
                return d
    return None
