"""Whether the year an undated article's yearless day took (a guess) is backed by the article (`events.extract`)."""

from __future__ import annotations

import datetime
import re

from pipeline.facts import dates, event_aliases, event_dates, event_month_day, event_named_years
from pipeline.facts.event_dates import TERM
from pipeline.facts.event_lexicon import AT_THE_OCCASION, FRAMED_BACK, HELD_WORDS, YEAR, Mention
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact

_FRAMES = ("festival", "fair", "exhibition")


_DATELINE = re.compile(r"\(?[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,3}\)?\s*[-–]\s+")
_STAMP = re.compile(r"\W*(?:(?i:cập nhật|ngày đăng|đăng ngày|đăng lúc|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?!\w)|\d{1,2}[/:.-]\d{1,2}[/:.-]\d)")
_LEAD_DAY = re.compile(r"(?:(?i:sáng|chiều|tối|trưa|đêm|hôm|ngày)\s+(?:(?i:nay|qua)\s*)?(?:\(?\s*)?(?:(?i:ngày)\s+)?)?\d{1,2}\s*[/.-]\s*\d{1,2}")


def lead_date(analysis: Analysis, mentions: list[Mention], by_sentence: dict[int, list[DateFact]],
              undated: bool) -> DateFact | None:
    """The day that opens the lead (`Ngày 20-1, ...`; after a dateline: `Quảng Ninh - Ngày 28.9, ...`) for an event named
    only in the headline (a first line without a full stop): news leads date what the headline reports. In an undated
    article, a day whose year neither the lead nor the article tells (`dates.now_year`) is its month and day (`--02-07`)."""
    sentences = analysis.sentences
    if len(sentences) < 2 or any(m.sentence.start != sentences[0].start and m.named for m in mentions) or \
            sentences[0].text.rstrip().endswith((".", "!", "?", "…", ":")) or any(
                re.search(r"(?<!\w)(?i:sẽ|sắp)\s", m.sentence.text[:m.start]) for m in mentions):
        return None  # (not `... sẽ góp mặt trong Hội chợ Xuân X`: a headline's event to come is not the lead's)
    lead = next((s for s in sentences[1:4] if len(s.text.split()) >= 6 and not _STAMP.match(s.text)), None)  # (not `Cập nhật
    # ngày: 22/10/2020 - 10:08`, the page's stamp before the lead)
    line = _DATELINE.match(lead.text) if lead is not None else None  # (`Quảng Ninh - Ngày 28.9, ...`: a dateline first)
    if lead is None or not _LEAD_DAY.match(lead.text, line.end() if line else 0) or re.search(
            r"(?<!\w)(?i:bế mạc|kết thúc)(?!\w)", lead.text):
        return None  # (`Tối 1/5, ... Festival X bế mạc`: the day it closed)
    day = next((d for d in by_sentence.get(lead.start, []) if d.evidence.start - lead.start <= 20 + (line.end() if line else 0)
                and d.precision == "day"), None)
    if day is not None and undated and day.value[:4] not in lead.text and str(dates.now_year(analysis.text)) != day.value[:4]:
        day = dates.month_day(next((d for d in dates.in_sentence(lead, None, dates.PLACEHOLDER) if d.evidence.start == day.evidence.start), day))
    return day  # (no year backs an undated article's day, unless its own year, `9 tháng đầu năm 2025`: `Chiều 7/2`, `--02-07`)


def backed(text: str, all_dates: list[DateFact], date: DateFact) -> bool:
    """Whether the article's own dates (`_one_dated_year`), its written years (`_one_year_written`) or the year it
    tells as its own (`dates.now_year`: `từ đầu năm 2023 đến nay`) back the year of `date`; never when the date's own
    sentence writes a later year."""
    if any(y > date.value[:4] for y in _LATER_YEAR.findall(TERM.sub(" ", date.evidence.sentence))):  # (not a term's end:
        # `Kỳ họp thứ 17, Khóa VI, nhiệm kỳ 2011 – 2016` held in 2015)
        return False  # `Chiều 22/9, ... hội nghị tổng kết 10 năm (2007-2017)`: not in 2014, whatever else the article dates
    return _one_dated_year(all_dates, date) or _one_year_written(text, date) or str(dates.now_year(text)) == date.value[:4]


def _one_dated_year(all_dates: list[DateFact], date: DateFact) -> bool:
    """Whether the undated article writes its dates (`17/9/2020`, `tháng 10/2014`) in the one year a yearless day
    took (`Ngày 11/10, ...`) and one of its written days lies within six weeks of it: the article's own dates back
    the guess; so does a month told as past (`Tính đến hết tháng 8/2020, doanh số ...` in a story of `sáng 20/9`). A
    bare year (`ra đời năm 2000`) backs nothing, nor a month in a sentence that plans (`Dự kiến, tháng 6/2019, nhà
    máy vận hành`), nor a dated day months away (`tháng 12/2017` in a story of April 2018)."""
    written = [d for d in all_dates
               if d.precision in ("day", "month") and _WRITTEN_YEAR.search(d.text)]
    if {d.value[:4] for d in written} != {date.value[:4]}:
        return False
    guess = _day(date.value)
    return guess is not None and any(
        (day := _day(d.value)) is not None and abs((day - guess).days) <= _NEAR_DAYS for d in written
        if d.precision == "day" or not _PLANNED.search(d.evidence.sentence))


_NEAR_DAYS = 45
_PLANNED = re.compile(r"(?<!\w)(?i:dự kiến|sẽ|kế hoạch|mục tiêu|phấn đấu|chuẩn bị|tới đây)(?!\w)")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # (in a date's own text: `17/9/2020`)


_NOT_STORY = "".join(rf"(?<!(?i:{w}) )" for w in ("đề án", "tầm nhìn", "vision", "agenda", "đến năm", "tới năm"))
_STORY_YEAR = re.compile(_NOT_STORY + YEAR.pattern)
_LATER_YEAR = re.compile(f"{_NOT_STORY}({_WRITTEN_YEAR.pattern})")  # (a period's end too: `(2007-2017)`)


_YEAR_RESULT = re.compile(r"(?<!\w)(?i:năm)\s+(?:19|20)\d{2}(?=\s+(?i:đạt|đã đạt|đã đón|đã thu hút|tăng|giảm)(?!\w))")


def _one_year_written(text: str, date: DateFact) -> bool:
    """Whether every year the undated article writes is the year a yearless day took, on two lines or more
    (`kế hoạch năm 2022`, `năm 2022`: the story's year). A programme's year (`Đề án 2020`, `Tầm nhìn 2030`) and a
    target year (`đến năm 2030`) are not the story's, nor a year planned for or a whole year's results before December."""
    text = event_month_day.without_years_ahead(_YEAR_RESULT.sub(" ", text) if date.value[5:7] != "12" else text, date)  # (`sẽ ... năm`)
    lines = {line.strip() for line in text.splitlines() if _STORY_YEAR.search(line)}  # (a caption repeated counts once)
    years = {y for line in lines for y in _STORY_YEAR.findall(line)}
    return len(lines) >= 2 and years == {date.value[:4]}


def _day(value: str) -> datetime.date | None:
    """The day an ISO date names (a month: its 15th), or None."""
    try:
        return datetime.date.fromisoformat(value if len(value) == 10 else value[:7] + "-15")
    except ValueError:
        return None


def in_programme(events: list, dated: list[DateFact | None]) -> list[DateFact | None]:
    """An undated event listed in a sentence about a dated festival, fair or exhibition, opened by that event's
    head (`Lễ hội có 6 nhóm hoạt động chính gồm: ...; Hội thảo phát triển cà phê đặc sản ...`), is held within it:
    it takes the frame's month (its own day is not known)."""
    out = list(dated)
    for i, event in enumerate(events):
        if dated[i] is not None:
            continue
        for j, frame in enumerate(events):
            date = dated[j]
            if j == i or date is None or frame.first.type not in _FRAMES or date.precision not in ("day", "month"):
                continue
            head = frame.first.head.lower()
            if any(_opened_by(m, head) and not event_dates.prepared(m.sentence.text, m.start) for m in event.mentions):
                out[i] = DateFact(text=date.text, value=date.value[:7], precision="month", evidence=date.evidence)
                break
    return out


def _opened_by(mention: Mention, head: str) -> bool:
    """Whether the mention's sentence opens with the frame's bare head (`Lễ hội có ...`) and the mention is not it."""
    opening = mention.sentence.text.lstrip()
    return mention.start > 0 and opening.lower().startswith(head + " ") and not opening[len(head) + 1:][:1].isupper()


_TIME_OF = re.compile(r"\W*(?:(?i:theo đó|cụ thể|theo kế hoạch),?\s*)?(?i:thời gian)(?:\s+(?i:dự kiến))?\s+(?i:tổ chức|diễn ra)(?!\w)")
_THE_EVENT = re.compile(r"^\W*(?i:sự kiện|(?:hoạt động|chương trình) (?:này|trên))(?!\w)|(?<!\w)(?i:đây là sự kiện)(?!\w)|^" + _TIME_OF.pattern
                        + r"|^\W*(?i:dự kiến),?\s+(?:(?i:sẽ)\s+)?(?:(?i:được)\s+)?(?i:diễn ra|tổ chức)(?!\w)")  # (`Dự kiến diễn ra từ ngày ...`: no subject, the event just named)
_HELD = re.compile(rf"(?<!\w)(?i:{HELD_WORDS})(?!\w)")


def _own_head_held(text: str, head: str) -> bool:
    """Whether a sentence opens with the event's own head, bare (`Các hoạt động hội chợ sẽ được diễn ra từ ngày ...`,
    `Hội chợ được diễn ra đến ngày 1-10`), and says it is held: the event just named."""
    m = re.match(rf"\W*(?:(?i:các hoạt động|hoạt động)\s+(?:(?i:của)\s+)?)?(?i:{re.escape(head)})(?!\w)", text)
    return m is not None and not re.match(r"\s+[A-ZĐ\"“]", text[m.end():]) and _HELD.search(text[m.end():m.end() + 60]) is not None


def from_next_sentence(analysis: Analysis, events: list, dated: list[DateFact | None],
                       by_sentence: dict[int, list[DateFact]]) -> list[DateFact | None]:
    """An event with no day of its own takes the day of the sentence after one of its mentions (the first that
    does) when that sentence speaks of `the event` (`Hội nghị Kết nối cung cầu ... năm 2024. Sự kiện ... đã chính
    thức khai mạc vào sáng 26/9.`), names no other event, and its day is in the event's year (when the event has
    one): a headline and a lead may name the event before the paragraph that says when it is held."""
    out = list(dated)
    starts = [s.start for s in analysis.sentences]
    for i, event in enumerate(events):
        own = dated[i]
        if own is not None and own.precision != "year":
            continue
        others = {m.sentence.start for j, e in enumerate(events) if j != i for m in e.mentions}
        for at in sorted({m.sentence.start for m in event.mentions}):
            k = starts.index(at) + 1 if at in starts else len(starts)
            if k + 1 < len(starts) and re.match(rf"\W*(?i:{re.escape(event.first.head)})\s", analysis.sentences[k].text) and \
                    _TIME_OF.match(analysis.sentences[k + 1].text) and starts[k] not in others:
                k += 1  # `... kế hoạch tổ chức hội nghị X. Hội nghị cũng sẽ ... Thời gian dự kiến tổ chức vào ... (ngày 31-3-2017)`
            if k >= len(starts) or starts[k] in others or not (_THE_EVENT.search(analysis.sentences[k].text) or _own_head_held(
                    analysis.sentences[k].text, event.first.head)):
                continue
            text = analysis.sentences[k].text  # (never a day in brackets or after `kỷ niệm`: `(2/9/1945 - 2/9/2024)`)
            days = [d for d in by_sentence.get(starts[k], []) if (d.precision == "day" or d.precision == "month" and _TIME_OF.match(text))
                    and not event_dates.remembered(text, d.evidence.start - starts[k])]
            if days and (own is None or days[0].value[:4] == own.value[:4]):
                out[i] = days[0]
                break
    return out


_FRAGMENT = re.compile(r"(?:(?i:trong|vào)\s+(?:(?i:các|hai)\s+)?)?(?i:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:(?i:ngày)\s+)?"
                       r"(?:\d{1,2}\s+(?i:và|đến|-)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}")  # (`Trong các ngày 12 và 13/7/2018, tại ... JW.`)
# `Sự kiện trên diễn ra trong khuôn khổ | Hội nghị X`: the act the sentence before told was held at the event named here
def from_sentence_before(analysis: Analysis, events: list, dated: list[DateFact | None],
                         by_sentence: dict[int, list[DateFact]], undated: bool = False) -> list[DateFact | None]:
    """An event with no day of its own takes the day of the sentence right before one of its mentions when that
    sentence is a time written on its own (`Sáng ngày 10-10-2019 tại Trung tâm hành chính huyện. Hội CCB ... tổ chức
    hội nghị ...`: a day and a place with no verb), when it tells when `the event` is held and names no other event
    (`Sự kiện này sẽ được tổ chức ... từ ngày 9 - 13/3 tới. Triển lãm “...” do Bộ KH&CN chủ trì`), or when the
    mention's sentence points back to it (`Tại đây, ... tham quan triển lãm ảnh ...`: at the occasion just told; `Sự kiện
    trên diễn ra trong khuôn khổ Hội nghị X`: the act just told was held at it). In an
    `undated` article a day that sentence writes without a year gives its month and day (`--03-27`)."""
    out = list(dated)
    sentences = analysis.sentences
    index = {s.start: k for k, s in enumerate(sentences)}
    for i, event in enumerate(events):
        own = dated[i]
        if own is not None and own.precision != "year":
            continue
        others = {m.sentence.start for j, e in enumerate(events) if j != i for m in e.mentions}
        mine = {m.sentence.start for m in event.mentions}  # (a sentence that names the event and gave it no day: not its day,
        # `Sự kiện ... diễn ra từ ngày 13-11 ..., trùng với thời gian diễn ra Hội nghị X. | ... trong thời gian diễn ra hội nghị này`)
        for m in event.mentions:
            k = index.get(m.sentence.start, 0)
            before = sentences[k - 1] if k > 0 else None
            if before is None:
                continue
            fragment = _FRAGMENT.match(before.text) and len(before.text.split()) <= 16 and not any(
                t.pos.startswith("V") for t in before.tokens)
            told = _THE_EVENT.search(before.text) and before.start not in others and before.start not in mine and _HELD.search(before.text)
            if not (fragment or told or AT_THE_OCCASION.match(m.sentence.text) or FRAMED_BACK.fullmatch(m.sentence.text[:m.start])):
                continue
            days = [d for d in by_sentence.get(before.start, []) if d.precision == "day"
                    and not event_dates.remembered(before.text, d.evidence.start - before.start)]
            if not days and undated and own is None and not dates.news_year_written(before.text):
                days = [d for d in map(dates.month_day, dates.in_sentence(before, None, dates.PLACEHOLDER)) if d is not None]
            if days and undated and own is None and days[0].value[:4].isdigit() and days[0].value[:4] not in days[0].text \
                    and not backed(analysis.text, [d for v in by_sentence.values() for d in v], days[0]):
                days = [d.model_copy(update={"value": "--" + d.value[5:], "precision": "month_day"}) for d in days[:1]]
                # (an undated article's yearless day, `Ngày 19/8`, read in a guessed year: its month and day alone, s58 set P143)
            if days and (own is None or days[0].value[:4] == own.value[:4]):
                pair = _DAY_PAIR.search(before.text) if fragment else None  # `Trong các ngày 12 và 13/7/2018`: from the 12th
                first = days[0].value[:-2] + f"{int(pair.group(1)):02d}" if pair and days[0].value.endswith(f"{int(pair.group(2)):02d}") else None
                out[i] = days[0].model_copy(update={"value": first}) if first and first < days[0].value else days[0]
                break
    return out


_AT_OCCASION = re.compile(r"\W*(?i:tại|trong khuôn khổ|bên lề)\s+(?:(?i:buổi|phiên)\s+)?$")


def at_occasion(events: list, dated: list[DateFact | None]) -> list[DateFact | None]:
    """A ceremony with no day of its own told in a sentence that opens at another event's bare mention (`Tại diễn đàn,
    UBND tỉnh Long An đã ký kết biên bản ghi nhớ ...`, the forum dated before), or at the occasion just told (`Dịp này,
    Tập đoàn X cũng tổ chức khánh thành Y`: the event told last before it), is held there: it takes that event's day."""
    out = list(dated)
    days = [d if d is not None and d.precision in ("day", "month_day") else None for d in dated]
    for i, event in enumerate(events):
        own = dated[i]
        if event.first.type != "ceremony" or (own is not None and own.precision != "year"):
            continue
        for m in event.mentions:
            host = next((j for j, other in enumerate(events) if j != i and days[j] is not None for o in other.mentions
                         if o.sentence is m.sentence and not o.named and o.start < m.start
                         and _AT_OCCASION.match(m.sentence.text[:o.start])), None)
            if host is None and AT_THE_OCCASION.match(m.sentence.text):  # `Dịp này, X cũng tổ chức khánh thành Y`: the occasion
                host = max((j for j, other in enumerate(events) if j != i and days[j] is not None  # told last before
                            and other.mentions[0].sentence.start < m.sentence.start), default=None,
                           key=lambda j: max(o.sentence.start for o in events[j].mentions if o.sentence.start < m.sentence.start))
            day = days[host] if host is not None else None
            if day is not None and (own is None or day.value[:4] == own.value[:4]):
                out[i] = day
                break
    return out


def after_act(events: list, dated: list[DateFact | None]) -> list[DateFact | None]:
    """A ceremony that makes a numbered act known (`lễ công bố Quyết định số 743/QĐ-UBND ngày 25-12-2020 ...` on `Chiều
    8-4`) is held after the act: a yearless day that would fall before the act's date is in the next year."""
    out = list(dated)
    for i, event in enumerate(events):
        date = dated[i]
        if date is None or date.precision != "day" or re.search(r"(?:19|20)\d{2}", date.text):
            continue
        for m in event.mentions:
            if not re.match(r"(?i:lễ\s+)?(?i:công bố|trao)", m.name):
                continue
            acts = [(int(y), int(mo), int(d)) for d, mo, y in event_month_day.act_days(m.sentence.text[m.start:])]
            if any(act[0] == int(date.value[:4]) and act[1:] > (int(date.value[5:7]), int(date.value[8:10])) for act in acts):
                out[i] = event_named_years.in_year(date, str(int(date.value[:4]) + 1))
                break
    return out


_DAY_PAIR = re.compile(r"(?<!\d)(\d{1,2})\s+(?i:và|đến|-)\s+(\d{1,2})\s*[/.-]\s*\d{1,2}")


_DASHED_ALIAS = re.compile(r"\s[-–]\s+([A-Z][A-Za-z0-9.]*(?:\s+[A-Z][A-Za-z0-9.]*){0,3}\s+(?:19|20)\d{2})\W*$")  # `... - Techfest VinhPhuc 2022`
_ALIAS = re.compile(r"\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[ -]\d{4})?|[A-Z][A-Za-z]{5,}(?:\s+[A-ZĐ][^\W\d_]*){1,3}(?:[ -]\d{4})?)\s*\)")
# (a brand of one Latin word then capitalised words: `(Techfest Bình Dương)`, `(Techfest Vietnam)`)


def by_alias(analysis: Analysis, events: list, dated: list[DateFact | None],
             by_sentence: dict[int, list[DateFact]]) -> list[DateFact | None]:
    """An event with no day of its own whose name is given a short form in brackets (`Hội chợ Triển lãm Công nghệ
    ngành tôm Việt Nam lần thứ hai năm 2018 (VietShrimp 2018)`, `Hội chợ Trung Quốc-ASEAN (CAEXPO)`) takes the first
    day of a sentence that opens with that short form and says it is held (`VietShrimp 2018 diễn ra trong 3 ngày, từ
    27 – 29/4/2018`), in the event's year when it has one; so does a short form with its year after a dash at the name's
    end (`Ngày hội ... năm 2022 - Techfest VinhPhuc 2022`), wherever the sentence names it (`..., Techfest VinhPhuc 2022
    diễn ra trong thời gian từ ngày 18 - 19/11`)."""
    out = list(dated)
    for i, event in enumerate(events):
        own = dated[i]
        if own is not None and own.precision != "year":
            continue
        aliases, inside = set(), set()
        for m in event.mentions:
            text = m.sentence.text
            inner = re.search(r"\(\s*([^()]+?)\s*\)\s*$", m.name)
            after = _ALIAS.match(text, m.end)
            dashed = _DASHED_ALIAS.search(m.name)
            for found in (inner.group(1) if inner and _ALIAS.fullmatch(f"({inner.group(1)})") else None,
                          after.group(1) if after else None, dashed.group(1) if dashed else None):
                if found:
                    aliases.add(found)
            aliases.update(event_aliases.bracketed_names(text, m.end))  # `(Asian Games, hay còn gọi là Asiad)`
            inside.update([dashed.group(1)] if dashed else [])
        for sentence in analysis.sentences:
            head = sentence.text.lstrip(" -–•*\"“")
            alias = next((a for a in aliases if head.startswith(a) and not head[len(a):][:1].isalnum()), None)
            if alias is None:  # (a short form, with its year, may stand inside the sentence as the subject of holding: `..., Techfest X 2022 diễn ra ...`)
                alias = next((a for a in inside | aliases if (at := re.search(rf"(?<!\w){re.escape(a)}(?:\s+(?:19|20)\d\d)?\s+(?:(?:sẽ|đã|được)\s+)?(?:{_HELD.pattern})", head))), None)
                head = head[at.start():] if alias and at else head
            if alias is None or not _HELD.search(head[len(alias):len(alias) + 80]):
                continue
            days = [d for d in by_sentence.get(sentence.start, []) if d.precision == "day"
                    and (own is None or d.value[:4] == own.value[:4])]
            if days:
                out[i] = days[0]
                break
    return out


def frame_month(events: list, dated: list[DateFact | None]) -> list[DateFact | None]:
    """A frame (`Trong khuôn khổ Tuần lễ X, hội nghị Y ... ngày 30-6`, `Bên lề Festival X năm 2023, hội thảo Y diễn ra
    sáng 18/6`) with no day of its own takes the month of the event held within it, named after it in the same
    sentence (in the frame's year when it has one), never its day."""
    out = list(dated)
    for i, event in enumerate(events):
        own = out[i]
        if own is not None and own.precision != "year" or not any(
                event_dates.frame_before(m.sentence.text, m.start) for m in event.mentions):
            continue
        held = next((d for j, (other, d) in enumerate(zip(events, dated, strict=True)) if j != i and d is not None
                     and d.precision in ("day", "month") and any(
                         o.sentence is m.sentence and o.start > m.end for m in event.mentions for o in other.mentions)),
                    None)
        if held is not None and (own is None or own.value == held.value[:4]):
            out[i] = DateFact(text=held.text, value=held.value[:7], precision="month", evidence=held.evidence)
    return out




def month_of(date: DateFact | None) -> DateFact | None:
    """A date at most to its month (an item of a programme is on one of the days of the event it is part of)."""
    if date is None or date.precision != "day":
        return date
    return date.model_copy(update={"value": date.value[:7], "precision": "month"})


_TIME_LABEL = re.compile(r"[-+•*\s]*(?i:thời gian)(?:\s+(?i:tổ chức|diễn ra))?\s*:")


def programme_date(analysis: Analysis, mentions: list[Mention], by_sentence: dict[int, list[DateFact]],
                   spans: list[tuple[int, int]]) -> DateFact | None:
    """The first day of a `Thời gian:` line that follows the event's mention within three paragraphs, before any other
    event is named: plans and programmes give each item its time on a line of its own (`a) Hội chợ thương mại ...`
    / `- Thời gian: Khai mạc lúc 18 giờ 00, ngày 28/10/2017 ...`)."""
    sentences = analysis.sentences
    for mention in mentions:
        start = mention.sentence.start + mention.start
        after = [s for s in sentences if s.start > mention.sentence.start and s.paragraph <= mention.sentence.paragraph + 3]
        for sentence in after:
            if any(sentence.start <= a < sentence.end for a, _ in spans if a > start):
                break  # another event's item begins
            if _TIME_LABEL.match(sentence.text):
                day = next((d for d in by_sentence.get(sentence.start, []) if d.precision in ("day", "month")), None)
                if day is not None:
                    return day
    return None


_LONG_RUNNING = ("festival", "fair", "exhibition")
_AT_EVENT = re.compile(r"(?<!\w)(?i:tại|tham dự|đến dự|tới dự|thăm quan|tham quan)\s+"
                       r"(?:(?i:các|những)\s+)?(?:(?i:hoạt động|gian hàng|không gian)\s+(?:\S+\s+){0,3})?$")


def visited(mention: Mention, date: DateFact | None) -> DateFact | None:
    """A festival's, fair's or exhibition's date at most to its month when the day is of an act at it or a visit to it
    that its sentence tells (`Tối 6/3, tỉnh khai mạc không gian trưng bày tại | Lễ hội Hoa Ban năm 2026`, `Sáng 6/2,
    Jetro tới thăm quan | Hội chợ Mùa Xuân`): the event runs over many days, the act is one of them. (A contest's
    awards are its last act and date it, as readers judged.)"""
    if date is None or date.precision != "day" or mention.type not in _LONG_RUNNING or re.match(
            r"(?i:ngày hội|ngày|phiên|đêm)\s", mention.name):
        return date  # (`Ngày hội ...`, `Phiên chợ ...`: one day)
    text = mention.sentence.text
    if not (mention.sentence.start <= date.evidence.start < mention.sentence.start + mention.start):
        return date  # (the day told before the event, as the act's: not `tại Triển lãm X diễn ra ngày 14-8`)
    return month_of(date) if _AT_EVENT.search(text[:mention.start]) else date
