"""An event named only in the page's title: a page whose body does not write its headline (`Khai mạc Phiên chợ nông sản
tỉnh Lai Châu lần thứ 3 năm 2025` over a body that says `Phát biểu khai mạc Phiên chợ, ...`) names its event there; the
body's one bare mention of that kind takes the title's name (its evidence stays the body's sentence). When the body's
bare mentions of it were no event of their own (`Tham dự và chủ trì Hội nghị có ...`, `Hội nghị đã thông qua ...`) and
the body lists no event of its kind, the title's event is the body's first such mention (since the forty-seventh
session, from set P60: `Sở Công Thương An Giang đã tổ chức Hội nghị tổng kết ... năm 2019 ...`).

Since the forty-eighth session (sets P62, P64, P66): an event added from the title takes the day of the body's bare
opening ceremony (`event_openings.py`), else its name's year; a title that drops `Lễ` before a verb only `lễ` makes a
ceremony (`Chính thức khởi động Dự án X`) is read with it when the body writes `Lễ khởi động` bare; and the body's one
undated event of a kind whose words the title's name holds takes the year that name writes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.facts.event_lexicon import keywords, marks, rite_verbs, verb_subtypes
from pipeline.facts.event_mentions import mentions
from pipeline.facts.event_openings import opening_day
from pipeline.language.analysis import Analysis, analyse
from pipeline.language.textnorm import fold, normalize
from pipeline.record import DateFact, Event, Evidence


def _bare(event: Event) -> bool:
    """Whether the event's name is only its head (`Phiên chợ`, `hội nghị`), naming no one occurrence."""
    return keywords()[0].fullmatch(event.name.strip()) is not None


def titled(found: list[Event], title: str | None, analysis: Analysis, days: Sequence[DateFact] = ()) -> list[Event]:
    """The events with the one bare event of each kind the title names renamed after it, when the body does not write
    the title; else `found` as it is (two events of the kind, or a named one, leave it alone). An event added from the
    title takes the day of the body's bare opening ceremony among `days` (`event_openings.py`)."""
    if not title or len(title) < 15:
        return found
    if " ".join(fold(title).lower().split()) in " ".join(fold(analysis.text).lower().split()):
        return found  # the body writes its headline: its events were read there
    out = list(found)
    for m in mentions(analyse(normalize(_with_rite(title, analysis.text)))):
        same = [n for n, e in enumerate(out) if e.type == m.type]
        year = marks(m)[1]
        if m.named and m.strong and len(same) == 1 and _bare(out[same[0]]):
            event = out[same[0]]
            out[same[0]] = event.model_copy(update={"name": m.name, "edition": event.edition or marks(m)[0]})
        elif m.named and m.strong and not same and m.head and (bare := _bare_in(analysis, m.head)) is not None:
            day = opening_day(analysis, m.type, None, list(days), [e.type for e in out] + [m.type], year) or _day_before(
                analysis, bare, days)  # (`Sáng 19/8, dự lễ khởi công có ...`: the day its bare mention's sentence opens with)
            out.append(Event(name=m.name, type=m.type, subtype=m.subtype, date=day.value if day else year, date_precision=day.precision if day
                             else "year" if year else None, date_end=None, edition=marks(m)[0], evidence=bare))
        elif m.named and year and len(same) == 1 and out[same[0]].date is None and _words(out[same[0]].name) <= _words(m.name) | {"tinh"}:
            out[same[0]] = out[same[0]].model_copy(update={"date": year, "date_precision": "year"})  # `Hội chợ ... OCOP tỉnh Phú Thọ`
            # undated in the body, `Hội chợ ... OCOP Phú Thọ năm 2024` in the title: the title's year
    return out


def _words(name: str) -> set[str]:
    return set(fold(name).lower().split())


def evidence_at(analysis: Analysis, start: int, end: int) -> Evidence:
    """Evidence for `analysis.text[start:end]` in the analysed sentence that holds it."""
    sentence = next((s.text for s in analysis.sentences if s.start <= start < s.end), analysis.text[start:end])
    return Evidence(start=start, end=end, sentence=sentence)


def _day_before(analysis: Analysis, bare: Evidence, days: Sequence[DateFact]) -> DateFact | None:
    """The one day written before the bare mention in its sentence, else None."""
    sentence = next((s for s in analysis.sentences if s.start <= bare.start < s.end), None)
    found = [d for d in days if sentence is not None and d.precision in ("day", "month_day")
             and sentence.start <= d.evidence.start and d.evidence.end <= bare.start]
    return found[0] if len(found) == 1 else None


def _bare_in(analysis: Analysis, head: str) -> Evidence | None:
    """The first mention of a capitalised `head` with no name after it (`chủ trì Hội nghị có ...`), as evidence in its
    sentence; None when the head is never written bare."""
    m = re.search(rf"(?<!\w){re.escape(head[:1].upper() + head[1:])}(?!\w)(?!\s+[A-ZĐ“\"])", analysis.text)
    if m is None and fold(head.lower()) in verb_subtypes():  # `Dự lễ khởi công có ...` under `Khởi công Nhà máy X`
        m = re.search(rf"(?<!\w)(?i:lễ)\s+({re.escape(head.lower())})(?!\w)(?!\s+[A-ZĐ“\"])", analysis.text)
        return evidence_at(analysis, m.start(1), m.end(1)) if m else None
    return evidence_at(analysis, m.start(), m.end()) if m else None


def _with_rite(title: str, text: str) -> str:
    """The title with `Lễ` put back before a ceremony verb that only `lễ` makes a ceremony, when it opens the title
    and the body writes `Lễ` + that verb bare (`Chính thức khởi động Dự án Nhà máy ô tô điện VinFast tại Hà Tĩnh` over
    `... chỉ đạo tại Lễ khởi động`); else the title."""
    m = re.match(r"\s*(?:(?i:chính thức|long trọng|tưng bừng)\s+)?", title)
    rest = title[m.end():] if m else title
    verb = next((v for v in rite_verbs() if rest.lower().startswith(v + " ")), None)
    if verb is None or not re.search(rf"(?<!\w)(?i:lễ)\s+{re.escape(verb)}(?!\w)(?!\s+[A-ZĐ“\"])", text):
        return title
    return f"Lễ {rest[:1].lower()}{rest[1:]}"

