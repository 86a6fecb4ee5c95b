"""Events: conferences, workshops, forums, fairs, exhibitions, congresses, festivals, ceremonies, trainings
and contests, one per event however often the article mentions it.

Mentions (`event_mentions.py`) of one event are merged: a bare head (`tại hội nghị`, `Hội chợ sẽ kéo
dài`) or an anaphor (`hội nghị lần này`) refers to the event of its type mentioned most, a name to the
event whose name words it shares (`Hội chợ CAEXPO` is `Hội chợ Trung Quốc - ASEAN (CAEXPO)`, `Hội nghị
ATGT 2017` is `Hội nghị an toàn giao thông 2017`), never across editions or years (`lần III` and `lần IV`
are two festivals); a lowercase mention after a dash describes the one before it (`HACKATHON 2017 - cuộc
thi về công nghệ`). A bare mention in the lead paragraph that an event verb governs (`tại hội nghị`) is
the article's own event when nothing names one. The date is the best-ranked date over the event's mentions
(`event_dates.py`); an event held within another without a date of its own takes the other's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.facts import (
    dates,
    event_aliases,
    event_contained,
    event_dates,
    event_headlines,
    event_identity,
    event_month_day,
    event_named_years,
    event_rounds,
    event_sittings,
    event_spelling,
    event_waves,
    event_years,
)
from pipeline.facts.event_contained import advised, generic, gloss, glossed_name, next_edition, one_each, planned_task
from pipeline.facts.event_elsewhere import date_elsewhere
from pipeline.facts.event_guessed_years import year_backed
from pipeline.facts.event_lexicon import marks
from pipeline.facts.event_mentions import EDITION, YEAR, Mention, classes, keywords, mentions
from pipeline.facts.event_openings import opening_day
from pipeline.facts.event_organisers import organizers
from pipeline.facts.event_places import held_at, location
from pipeline.facts.event_press import press_conferences
from pipeline.facts.event_ranges import anaphor_day, closed_on, held_span, mention_sentences, range_dates
from pipeline.facts.event_repeats import repeated
from pipeline.facts.event_roundups import roundup_day
from pipeline.facts.event_spelling import captioned, days_apart, named_apart, places_apart, proper, respelled
from pipeline.facts.event_stops import with_whole_body, without_dangling, without_table_tail
from pipeline.facts.event_within import across_months, held_within
from pipeline.language.analysis import Analysis
from pipeline.language.textnorm import fold
from pipeline.record import DateFact, Event, Evidence

_FILLER = frozenset(w for w in "các của và với tại năm lần thứ cho về giữa trong ở có tên the of".split())  # words that tell no events apart
_keywords = keywords  # the name `pipeline/run/process.py` warms up
_LEAD_GOVERNORS = re.compile(r"(?:tại|dự|tham dự|khai mạc|phát biểu tại|trong)\s+(?:buổi\s+)?$", re.I)


@dataclass
class _Event:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        """The mention that names the event: the first strong named one, or a later one that says the same and adds
        a year or an edition (`Hội chợ OCOP Quảng Ninh` then `Hội chợ OCOP Quảng Ninh 2017`), or says more than a
        headline or a photo's caption."""
        named = [m for m in self.mentions if m.named and m.strong]
        if not named:
            return self.mentions[0]
        first = named[0]
        words = _name_words(first)
        headline = first.sentence.start < event_headlines.HEAD_ZONE and not first.sentence.text.rstrip().endswith((".", "!", "?", "…")) or \
            captioned(first)  # (a photo's caption shortens as a headline does; a site's line may come before the headline)
        for later in named[1:]:
            if headline and _names_what_headline_does_not(first, later):
                return later  # `Khánh thành nhà máy chế biến nông sản` is `lễ khánh thành ... Nhà máy ... Thuận Phong`
            if not words or not words <= _name_words(later) or _bare_head(later) != _bare_head(first):
                continue
            (y1, y2), (e1, e2) = ((bool(p.search(first.name)), bool(p.search(later.name))) for p in (YEAR, EDITION))
            adds = (y2 and not y1 and (e2 or not e1)) or (e2 and not e1 and (y2 or not y1))  # keeps what the first has
            fuller = len(_name_words(later)) > len(words) or _bare_head(later) != fold(later.head.lower()) or (
                later.name.lower().startswith(first.name.lower() + " "))  # `... Xuân Thọ 1` then `... Xuân Thọ 1 và Xuân Thọ 2`
            named_more = later.name.startswith(first.name + " ") and later.name[len(first.name) + 1:][:1].isupper()  # (`Thế vận hội
            if adds or ((headline and fuller) or named_more) and marks(later) == marks(first):  # Mùa đông | Pyeongchang`)
                return later  # (a headline shortens: `Khởi công nhà máy phụ tùng ô tô` is `... nhà máy sản xuất ...`)
        marked = [m for m in named[1:] if headline and not proper(first) and not any(marks(first)) and any(marks(m))
                  and _bare_head(m) == _bare_head(first) and words & _name_words(m)]  # `lễ hội quảng bá trái cây ...` is `Lễ hội trái cây lần thứ I năm 2023`
        return max(marked, key=lambda m: len(words & _name_words(m))) if marked else event_spelling.in_sentence_case(first, named)


def _names_what_headline_does_not(first: Mention, later: Mention) -> bool:
    """Whether a later ceremony of the same act names with a proper name what the headline's ceremony names with
    common words only, sharing a third of them at least (`Khánh thành công trình điện gió thương mại` is `lễ khánh
    thành Nhà máy điện gió V1-3 Bến Tre`)."""
    if first.type != "ceremony" or later.type != "ceremony":
        return False
    shared = _name_words(first) & _name_words(later)
    proper = [w for w in later.name.split()[2:] if w[:1].isupper()]
    return len(shared) * 3 >= len(_name_words(first)) and len(proper) >= 2 and not any(
        w[:1].isupper() for w in first.name.split()[1:])


def _name_words(mention: Mention, core: bool = False) -> set[str]:
    name = mention.name[len(mention.head):] if mention.name.lower().startswith(mention.head.lower()) else mention.name
    name = EDITION.sub(" ", YEAR.sub(" ", event_spelling.one_spelling_of_places(event_dates.unplanned(name))))
    if core:
        name = classes()["modifier"].sub(" ", name)  # `quy mô lớn`, `quốc tế` tell no event apart
    return {w for w in re.findall(r"\w+", name.lower()) if w not in _FILLER and not w.isdigit()}


def _bare_head(mention: Mention) -> str:
    """A mention's head folded, without `lễ` (`lễ khởi công` and `khởi công` head the same ceremony)."""
    return re.sub(r"^le\s+", "", fold(mention.head.lower()))


def _lead(mention: Mention) -> tuple[str, ...]:
    """The first two words of a descriptive name after its head (lowercase: `đối thoại`), folded, when the name
    has at least four."""
    name = mention.name[len(mention.head):] if mention.name.lower().startswith(mention.head.lower()) else ""
    words = re.findall(r"\w+", name)
    if len(words) < 4 or not all(w.islower() for w in words[:2]):
        return ()
    return tuple(fold(w) for w in words[:2])


_COUNTED = re.compile(r"(?<![\w.,/])\d+\s+[a-zà-ỹđ]")


def _same(event: _Event, mention: Mention, days: dict[int, set[str]], text: str = "") -> bool:
    """Whether `mention` is another mention of `event` (a bare head that begins the event's head, `Tuần lễ` of a
    `Tuần lễ văn hóa ...` festival, is one though its own type differs); `days`: the days each sentence gives, by its start;
    `text`: the article's, where two names may be written side by side as one (`event_aliases.paired`)."""
    first = event.first
    if mention.named and any(o.named and o.sentence is not mention.sentence and _one_title(o, mention) for o in event.mentions):
        return True  # `Hội nghị “Đào tạo an toàn hóa chất cho ...”` and `hội thảo “Đào tạo an toàn hóa chất cho ... gồm ...”`
    a, b = fold(first.head.lower()), fold(mention.head.lower())
    shorter = (not mention.named and a.startswith(b + " ")) or (not first.named and b.startswith(a + " ")) or a == b or (  # (`Ngày hội`: a fair
        {first.type, mention.type} <= event_spelling.TALKS and _name_words(first) == _name_words(mention) != set())  # or not; `diễn đàn X`, `hội nghị X`)
    if (first.type != mention.type and not shorter) or a.startswith("tai ") != b.startswith("tai ") or (mention.subtype and first.subtype and mention.subtype != first.subtype
                                      and {mention.subtype, first.subtype} not in ({"inauguration", "opening"}, {"groundbreaking", "launch"})):
        return False
    if event_aliases.named_after(mention, event.mentions) or any(event_aliases.translated(o, mention) or event_aliases.paired(o, mention, text) for o in event.mentions):
        return True  # `cuộc thi Người mẫu thể hình Việt Nam 2017 - Vietnam Fitness Model 2017`, then `cuộc thi Vietnam Fitness Model 2017`
    for other in event.mentions:
        (e1, y1), (e2, y2) = marks(other), marks(mention)
        if (e1 and e2 and e1 != e2) or (y1 and y2 and y1 != y2) or event_spelling.sittings_apart(other, mention):
            return False
    if any(places_apart(mention, o) for o in event.mentions) or (a != b and not shorter and not event_spelling.ORDINAL.search(
            mention.name) and all(event_spelling.ORDINAL.search(o.name) for o in event.mentions)):
        return False  # (`... sang thị trường Nhật Bản`, `... sang thị trường Úc`: two shipments; `kỳ họp thứ 17`, then `Hội nghị X`)
    if not mention.named:  # (but not a festival of another place: `dịp lễ hội chùa Keo` beside `Lễ hội bánh ... Vũ Thư`)
        return not re.search(r"(?<!\w)[A-ZĐ]", mention.name[len(mention.head):]) or any(
            _name_words(mention) & _name_words(o) for o in event.mentions)
    if any(o.sentence is mention.sentence and o.named and fold(o.name) != fold(mention.name)
           and not _alias(o, mention) and not respelled(o, mention) for o in event.mentions):
        return False  # a sentence that names two events names two events (the same name twice is one), unless the
        # second is the first's short name in brackets (`Festival Gốm và Khinh khí cầu Đồng Nai 2025 (Festival Đồng Nai 2025)`)
    new = _name_words(mention)
    apart = any(named_apart(mention, o) and days_apart(mention, o, days) for o in event.mentions)  # (two works, each on its day)
    for other in event.mentions:
        if not other.named:
            continue
        old = _name_words(other)
        if marks(mention)[0] is not None and marks(mention)[0] == marks(other)[0] and not (
                proper(mention) and proper(other)):
            return True  # one edition of one kind of event: `Đại hội điểm Hội Nông dân huyện X lần thứ X` is the
            # `Đại hội đại biểu lần thứ X` of its lead (but `Lễ hội Cam Cao Phong lần thứ II` is not `Lễ hội Chiêng Mường lần thứ 2`)
        if new and new <= _bracketed(other):
            return True  # `hội chợ máy ... Bình Dương năm 2018 (Bifa Wood 2018)` is `Hội chợ Bifa Wood 2018`
        shared = len(new & old)
        acronym = any(fold(w).upper() in _initials(other) for w in re.findall(r"\b[A-ZĐ]{2,6}\b", mention.name)) or any(
            fold(w).upper() in _initials(mention) for w in re.findall(r"\b[A-ZĐ]{2,6}\b", other.name))
        if acronym or not new or not old or new <= old or old <= new or shared >= 0.5 * len(new | old) or (
                shared >= 2 and shared >= 0.75 * min(len(new), len(old))):
            return True
        if mention.type == "ceremony" and (new & old) and not (_COUNTED.search(mention.name) or _COUNTED.search(other.name)
                                                               or apart):
            return True  # (a ceremony for `250 dự án` is not that of one project sharing the word `dự án`)
        if _lead(mention) and _lead(mention) == _lead(other):
            return True  # long names of one meeting worded twice: `Hội nghị đối thoại với DN ...`, `hội nghị đối thoại giữa ...`
        new_core, old_core = _name_words(mention, True), _name_words(other, True)
        if new_core and old_core and (new_core <= old_core or old_core <= new_core):
            return True  # `hội nghị xúc tiến đầu tư quy mô lớn` is `hội nghị xúc tiến đầu tư vào Sóc Trăng`
    return not any(o.named for o in event.mentions)


def _bracketed(mention: Mention) -> set[str]:
    """The lower-case words of the short name in brackets after a mention (`(Bifa Wood 2018)`; `Vietnam` as `Việt Nam` too)."""
    short = re.match(r"\s*\(([^()]{2,60})\)", mention.sentence.text[mention.end:])
    return {w.lower() for w in re.findall(r"\w+", re.sub(r"(?i)\bviet\s?nam\b", r"\g<0> Việt Nam", short.group(1))) if not w.isdigit()} if short else set()


_QUOTED = re.compile(r"[“\"]([^”\"]{12,})[”\"]")


def _one_title(one: Mention, other: Mention) -> bool:
    """Whether two mentions quote one title (of four words at least, the shorter opening the longer): one event the
    page calls by two heads."""
    a, b = _QUOTED.search(one.name), _QUOTED.search(other.name)
    if not a or not b:
        return False
    x, y = sorted((fold(a.group(1).lower()).split(), fold(b.group(1).lower()).split()), key=len)
    return len(x) >= 4 and y[:len(x)] == x


def _alias(first: Mention, second: Mention) -> bool:
    """Whether `second` is `first`'s short name in brackets right after it, sharing its words."""
    between = first.sentence.text[first.end:second.start]
    return first.sentence is second.sentence and re.fullmatch(r"\s*\(\s*", between) is not None and \
        bool(_name_words(second)) and _name_words(second) <= _name_words(first)


def _inside_quotes(outer: Mention, inner: Mention) -> bool:
    """Whether `inner` lies inside a quoted title of `outer`'s name."""
    if outer.sentence is not inner.sentence or not (outer.start <= inner.start < outer.end):
        return False
    before = outer.sentence.text[outer.start:inner.start]
    return sum(before.count(q) for q in "“\"'«") % 2 == 1 or before.count("“") > before.count("”")


def _initials(mention: Mention) -> set[str]:
    """Acronyms the name's words could be written as (`an toàn giao thông` -> `ATGT`)."""
    words = [w for w in re.findall(r"\w+", mention.name[len(mention.head):]) if not w.isdigit()]
    out = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 6) + 1):
            out.add(fold("".join(w[0] for w in words[i:j])).upper())
    return out


def _merge(analysis: Analysis, mentions: list[Mention], days: dict[int, set[str]]) -> list[_Event]:
    events: list[_Event] = []
    lead = analysis.sentences[0].paragraph if analysis.sentences else 0
    previous: Mention | None = None
    orphans: list[Mention] = []
    for mention in mentions:
        if previous is not None and _inside_quotes(previous, mention):
            continue  # `Lễ trao giải 'Viet Film Fest 2015 - Đại hội điện ảnh quốc tế'`: part of a title
        glossed = glossed_name(mention, previous)
        if glossed is not None:  # `Paralympic (Thế vận hội mùa Đông ...)`: the name glossed, no other event of its words
            events.append(_Event([glossed]))
            previous = glossed
            continue
        host = next((e for e in events if previous in e.mentions), None) if previous is not None else None
        if host is not None and previous is not None and event_aliases.apposition(previous, mention):
            host.mentions.append(mention)  # `HACKATHON 2017 - cuộc thi về công nghệ do Viettel tổ chức`
            previous = mention
            continue
        previous = mention
        if not mention.named and next_edition(mention):
            continue  # `nơi sẽ tổ chức hội nghị năm 2018`: the next edition, whose year is not this event's
        candidates = [e for e in events if _same(e, mention, days, analysis.text)]
        if candidates:  # a bare mention is the last event of its type; a name the event it shares most words with
            target = max(candidates, key=lambda e: (len(e.mentions), events.index(e))) if not mention.named else max(
                candidates, key=lambda e: (len(_name_words(e.first) & _name_words(mention)), events.index(e)))
            target.mentions.append(mention)
            continue
        if mention.strong or mention.named:
            events.append(_Event([mention]))  # a weak name only holds its event for the bare mentions that follow
        elif (not mention.named and mention.sentence.paragraph == lead and mention.type != "ceremony"
              and (_LEAD_GOVERNORS.search(mention.sentence.text[:mention.start]) or mention.start == 0)
              and len(re.findall(r"\w+", mention.sentence.text[mention.end:])) >= 3
              and not classes()["credit"].match(mention.sentence.text[mention.end:].lstrip(" -–"))):
            events.append(_Event([mention]))
        elif not mention.named and mention.type != "ceremony":
            orphans.append(mention)  # (a bare head before the name: `Hội chợ sẽ diễn ra từ ngày 28/4`, then `Hội chợ OCOP X`)
    for orphan in orphans:  # (the one event it can be)
        hosts = [e for e in events if _same(e, orphan, days, analysis.text)]
        if len(hosts) == 1:
            hosts[0].mentions.append(orphan)
    return [e for e in events if any(m.strong for m in e.mentions)
            or (e.mentions[0].sentence.paragraph == lead and not e.mentions[0].named)]


def _with_day(best: DateFact | None, found: list[DateFact], undated: bool) -> DateFact | None:
    """A month of a year that dates the event (`2019-03`) with a day of that month its mentions tell (of that year, without
    a year, `--03-09`, or in an undated article a day whose year is the article's guess): that day of the year; else `best`."""
    if best is None or best.precision != "month":
        return best
    days = {d.value[-2:] for d in found if d.value[-5:-3] == best.value[5:7] and (d.precision == "month_day" or d.precision == "day" and (
        d.value[:7] == best.value or undated and d.value[:4] != best.value[:4]))}  # (`vào tháng 4/2022` in a caption, `Từ ngày 24-26/4 vừa qua`)
    return best.model_copy(update={"value": f"{best.value}-{days.pop()}", "precision": "day"}) if len(days) == 1 else best


def extract(analysis: Analysis, all_dates: list[DateFact], undated: bool = False, yearless: list[DateFact] | None = None,
            title: str | None = None) -> list[Event]:
    """Events of an article, one per event, in order of first mention.

    `undated` says the article has no publication date: a day or month whose year is written neither in it nor near the
    event (`year_backed`) took the article's reference year, a guess; such an event is left undated. `yearless`: its
    `dates.yearless_days` when the caller has them (read here when a `--MM-DD` date needs its end). `title`: the
    article's headline; no event is told above it when the text writes it under a site's banner.
    """
    found = [event_identity.named(m) for m in mentions(analysis)]  # (a summit's parties, a congress's place and term)
    by_sentence: dict[int, list[DateFact]] = {}
    for d in all_dates:
        if (held := next((s for s in analysis.sentences if s.start <= d.evidence.start < s.end), None)) is not None:
            by_sentence.setdefault(held.start, []).append(d)
    events = _merge(analysis, found, {k: {d.value for d in v if d.precision == "day"} for k, v in by_sentence.items()})
    events = [_Event(m) for m in event_headlines.folded([e.mentions for e in events])]  # a headline's event is the body's
    spans = [(m.sentence.start + m.start, m.sentence.start + m.end) for m in found]
    dated: list[DateFact | None] = []
    borrowed: set[int] = set()  # events dated from another sentence (`date_elsewhere`, the lead, the programme)
    closed: dict[int, str] = {}  # the last day of events that closed on the day their sentence opens with
    for event in events:
        picks = [
            (_bare_rank(rank, d) if not m.named else rank, i, d) for i, m in enumerate(event.mentions)
            for rank, d in [event_dates.for_mention(m.sentence, m.start, m.end, m.name,
                                                    by_sentence.get(m.sentence.start, []), spans)] if d
        ]
        year = next((y for y in (marks(m)[1] for m in event.mentions) if y), None) or event_named_years.framed_year(event.mentions)
        if year and (not picks or min(p[0] for p in picks) >= 3.5 or all(p[2].precision == "year" for p in picks)):  # (3.5: a holiday's day)
            picks += [  # an undated page: a day without a year (`sáng 29-7`) is in the year the event's name gives
                (rank, i, d) for i, m in enumerate(event.mentions)
                for rank, d in [event_dates.for_mention(m.sentence, m.start, m.end, m.name,
                                                        dates.in_sentence(m.sentence, None, int(year)), spans)]
                if d and d.precision in ("day", "month")
            ]
        if not picks:
            keys = _name_words(event.first)
            elsewhere = date_elsewhere(analysis, keys, by_sentence, found, undated, name=event.first.name) or event_years.lead_date(
                analysis, event.mentions, by_sentence, undated) or event_years.programme_date(
                analysis, event.mentions, by_sentence, spans) or roundup_day(analysis, event.mentions, by_sentence, undated)
            picks = [(5.0, 0, elsewhere)] if elsewhere else []
            if elsewhere:
                borrowed.add(len(dated))
        pick = min(picks, key=lambda p: (p[0], p[1])) if picks else None
        best = event_years.visited(event.mentions[pick[1]], pick[2]) if pick else None
        lead = (event_years.lead_date(analysis, event.mentions, by_sentence, undated) or date_elsewhere(
            analysis, _name_words(event.first), by_sentence, found, undated, held=len(event.first.name))) if best and best.precision == "year" else None
        best = lead if lead is not None and best is not None and lead.value.startswith(best.value) else best  # (`Hội chợ X năm
        # 2024` in the headline, `Sáng 12/4, ...` opening the lead: the headline's event, on the lead's day)
        best = _with_day(best, [p[2] for p in picks], undated)  # `khởi công trong tháng 3/2019` and `Sáng 9/3, ... khởi công`
        best = anaphor_day(analysis, event.mentions, event.first.type, best, all_dates, yearless or []) or opening_day(
            analysis, event.first.type, best, all_dates + (yearless or []), [e.first.type for e in events]) or best  # (a bare opening's day)
        by_name = pick is not None and event.mentions[pick[1]].named
        if best is not None and undated and not year_backed(analysis, event.mentions, best, found, by_name) \
                and not event_years.backed(analysis.text, all_dates, best):
            best = None  # a guessed year (`chiều 17-8` in an article that names 2000 twice) dates nothing
        dated.append(event_named_years.in_named_year(best, year, event.first.name, event.first.type))
        if (closing := next((c for m in event.mentions if (c := closed_on(m, dated[-1], analysis, event.mentions))), None)) is not None:
            dated[-1], closed[len(dated) - 1] = closing  # `tối 8/4, Lễ hội X đã chính thức bế mạc`: its last day
    dated, lent = held_within(events, dated, closed, borrowed)  # (`tổ chức Hội chợ A và Lễ hội B`: its days; an item of its programme: its month)
    dated = event_years.frame_month(events, dated)
    dated = event_years.in_programme(events, dated)
    dated = event_years.from_next_sentence(analysis, events, dated, by_sentence)
    dated = event_years.from_sentence_before(analysis, events, dated, by_sentence, undated)
    dated = event_years.by_alias(analysis, events, dated, by_sentence)
    dated = event_years.after_act(events, dated)
    if undated:  # a day its sentence writes without a year: its month and day (`--07-09`), not a guessed year
        dated = [event_month_day.month_day(e.mentions, spans, d) if d is None or d.precision == "year" else
                 (event_month_day.month_day(e.mentions, spans) or d) if i in borrowed else event_month_day.own_day(e.mentions, d, spans) if i in lent else d
                 for i, (e, d) in enumerate(zip(events, dated, strict=True))]  # (its own sentence's day beats a borrowed one)
    dated = event_month_day.written_year(event_waves.in_wave(events, event_years.at_occasion(events, dated)), all_dates)  # (after `--MM-DD`)
    round_days = event_rounds.round_days([(e.first.type, e.first.name) for e in events], dated)  # (`vòng Sơ tuyển ... cuộc thi X`)
    result: list[Event] = []
    items: list[int] = []
    if yearless is None and any(d is not None and d.precision == "month_day" for d in dated):
        yearless = dates.yearless_days(analysis, all_dates)
    for k, (event, date) in enumerate(zip(events, dated, strict=True)):
        mention = with_whole_body(without_dangling(without_table_tail(repeated(analysis.text, event.first))))
        bare = not re.search(r"\w", mention.name[len(mention.head):] if mention.name.lower().startswith(mention.head.lower()) else "x")
        if gloss(mention) or generic(mention) or (date is None or date.precision == "year") and planned_task(mention) \
                or date is None and event_contained.tradition(mention) or advised(mention):
            continue  # `mong mỏi có một sân chơi riêng (hội chợ chuyên ngành gỗ)`: a kind in brackets glossing a noun
        if bare and date is None and mention.type != "ceremony":
            continue  # an undated bare head (`Hội nghị thu hút 2.350 đơn vị`) identifies no event (PG15, PG16)
        if bare and mention.type == "ceremony" and not mention.head.lower().startswith("lễ"):
            continue  # a bare ceremony verb (`Cây cầu đã khánh thành ... từ lâu`) names no event: its object or subject does
        edition, _ = marks(mention)
        date, end = (date, closed[k]) if k in closed else held_span(date, mention.type, range_dates(
            analysis, date, all_dates, yearless), analysis.text, mention_sentences(analysis, events[lent.get(k, k)].mentions, mention.type), mention.name)
        items += [len(result)] if k in borrowed else []
        result.append(Event(
            name=" ".join(mention.name.split()),  # (a page that came one word per line keeps no line breaks in a name)
            type=mention.type,
            subtype=mention.subtype,
            date=date.value if date else None,
            date_precision=date.precision if date else None,
            date_end=end,
            location=location(mention) or next((p for m in event.mentions if (p := held_at(m))), None),
            organizers=next((o for m in [mention, *event.mentions] if (o := organizers(m.sentence, m.start))), []),
            edition=edition,
            evidence=Evidence(
                start=mention.sentence.start + mention.start,
                end=mention.sentence.start + mention.end,
                sentence=mention.sentence.text,
            ),
        ))
    kept = [e for e in map(event_sittings.with_body, one_each(across_months(result, items), analysis.text, title))  # `kỳ họp thứ
            if not event_identity.unidentified(e)]  # nhất` + whose; not `hội nghị thượng đỉnh lần 2`, `kỳ họp Quốc hội`: which one?
    kept = event_rounds.of_whole(kept, round_days)  # (after the side mentions a dated contest left out: still dated by its day)
    days = (yearless if yearless is not None else dates.yearless_days(analysis, all_dates)) if undated else []
    return press_conferences(analysis, kept, all_dates + days, undated)


def _bare_rank(rank: float, date: DateFact) -> float:
    """A bare mention's date (`Hội nghị diễn ra sáng 12/4`) ranks after any day of a named mention but before
    the year in a name; a bare mention's year counts last."""
    return 3.5 + rank / 10 if date.precision in ("day", "month") else rank + 10.0
