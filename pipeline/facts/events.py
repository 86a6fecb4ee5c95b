"""Events: conferences, workshops, forums, fairs, exhibitions, congresses, festivals, ceremonies, trainings
and contests, one per event however often the article mentions it.

Mentions (`event_mentions.py`) of one event are merged (`event_merge.py`): a bare head (`tại hội nghị`, `Hội chợ sẽ kéo
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

from pipeline.facts import (
    dates,
    event_contained,
    event_dates,
    event_headlines,
    event_identity,
    event_month_day,
    event_named_years,
    event_rounds,
    event_sittings,
    event_story_days,
    event_waves,
    event_years,
)
from pipeline.facts.event_contained import advised, generic, gloss, one_each, planned_task
from pipeline.facts.event_elsewhere import date_elsewhere
from pipeline.facts.event_guessed_years import year_backed
from pipeline.facts.event_lexicon import marks
from pipeline.facts.event_mentions import keywords, mentions
from pipeline.facts.event_merge import MergedEvent, merge, name_words
from pipeline.facts.event_openings import opening_day
from pipeline.facts.event_organisers import organizers
from pipeline.facts.event_places import held_at, location
from pipeline.facts.event_press import press_conferences
from pipeline.facts.event_ranges import anaphor_day, closed_on, held_span, mention_sentences, range_dates
from pipeline.facts.event_repeats import repeated
from pipeline.facts.event_roundups import roundup_day
from pipeline.facts.event_stops import with_whole_body, without_dangling, without_table_tail
from pipeline.facts.event_within import across_months, held_within
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact, Event, Evidence

_keywords = keywords  # the name `pipeline/run/process.py` warms up



def _with_day(best: DateFact | None, found: list[DateFact], undated: bool) -> DateFact | None:
    """A month of a year that dates the event (`2019-03`) with a day of that month its mentions tell (of that year, without
    a year, `--03-09`, or in an undated article a day whose year is the article's guess): that day of the year; else `best`."""
    if best is None or best.precision != "month":
        return best
    days = {d.value[-2:] for d in found if d.value[-5:-3] == best.value[5:7] and (d.precision == "month_day" or d.precision == "day" and (
        d.value[:7] == best.value or undated and d.value[:4] != best.value[:4]))}  # (`vào tháng 4/2022` in a caption, `Từ ngày 24-26/4 vừa qua`)
    return best.model_copy(update={"value": f"{best.value}-{days.pop()}", "precision": "day"}) if len(days) == 1 else best


def extract(analysis: Analysis, all_dates: list[DateFact], undated: bool = False, yearless: list[DateFact] | None = None,
            title: str | None = None, published: str | None = None) -> list[Event]:
    """Events of an article, one per event, in order of first mention.

    `undated` says the article has no publication date: a day or month whose year is written neither in it nor near the
    event (`year_backed`) took the article's reference year, a guess; such an event is left undated. `yearless`: its
    `dates.yearless_days` when the caller has them (read here when a `--MM-DD` date needs its end). `title`: the
    article's headline; no event is told above it when the text writes it under a site's banner. `published`: the
    article's publication date, whose year a story day (`event_story_days`) is in.
    """
    found = [event_identity.named(m) for m in mentions(analysis)]  # (a summit's parties, a congress's place and term)
    by_sentence: dict[int, list[DateFact]] = {}
    for d in all_dates:
        if (held := next((s for s in analysis.sentences if s.start <= d.evidence.start < s.end), None)) is not None:
            by_sentence.setdefault(held.start, []).append(d)
    events = merge(analysis, found, {k: {d.value for d in v if d.precision == "day"} for k, v in by_sentence.items()})
    events = [MergedEvent(m) for m in event_headlines.folded([e.mentions for e in events])]  # a headline's event is the body's
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
            keys = name_words(event.first)
            elsewhere = date_elsewhere(analysis, keys, by_sentence, found, undated, name=event.first.name) or event_years.lead_date(
                analysis, event.mentions, by_sentence, undated) or event_years.programme_date(
                analysis, event.mentions, by_sentence, spans) or roundup_day(analysis, event.mentions, by_sentence, undated)
            picks = [(5.0, 0, elsewhere)] if elsewhere else []
            if elsewhere:
                borrowed.add(len(dated))
        pick = min(picks, key=lambda p: (p[0], p[1])) if picks else None
        best = event_years.visited(event.mentions[pick[1]], pick[2]) if pick else None
        lead = (event_years.lead_date(analysis, event.mentions, by_sentence, undated) or date_elsewhere(
            analysis, name_words(event.first), by_sentence, found, undated, held=len(event.first.name))) if best and best.precision == "year" else None
        best = lead if lead is not None and best is not None and lead.value.startswith(best.value) else best  # (`Hội chợ X năm
        # 2024` in the headline, `Sáng 12/4, ...` opening the lead: the headline's event, on the lead's day)
        best = _with_day(best, [p[2] for p in picks], undated)  # `khởi công trong tháng 3/2019` and `Sáng 9/3, ... khởi công`
        best = anaphor_day(analysis, event.mentions, event.first.type, best, all_dates, yearless or []) or opening_day(
            analysis, event.first.type, best, all_dates + (yearless or []), [e.first.type for e in events]) or best  # (a bare opening's day)
        by_name = pick is not None and event.mentions[pick[1]].named
        if best is not None and undated and not year_backed(analysis, event.mentions, best, found, by_name) \
                and not event_years.backed(analysis.text, all_dates, best):
            best = None  # a guessed year (`chiều 17-8` in an article that names 2000 twice) dates nothing
        launched = any(event_named_years.LAUNCHED.search(m.sentence.text[:m.start]) for m in event.mentions)
        dated.append(event_named_years.in_named_year(best, year, event.first.name, event.first.type, launched))
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
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    dated = event_story_days.story_day(analysis, [e.first.name for e in events], dated, None if undated else pub_year)  # (`Sáng 20/12, ...`)
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
