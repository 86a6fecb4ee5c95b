"""The last day of an event held over several days.

A range written as one expression (`từ ngày 12 đến ngày 15 tháng 10 năm 2020`, `từ tháng 3 đến tháng 5/2024`) whose
first day dates the event gives its end; so does a range in another sentence of the event (a later bare mention,
`Hội chợ diễn ra từ ngày 22 đến 26/5`, or a sentence an anaphor opens, `Sự kiện kéo dài từ ...`) that starts on the
event's day. Also the words that hold an event at a place before its days (`held_at`), read by `event_dates`.
"""

from __future__ import annotations

import re
from datetime import date as date_type
from datetime import timedelta

from pipeline.facts import dates
from pipeline.facts.event_lexicon import NUMBER_WORDS, Mention, keywords, of_event
from pipeline.facts.event_rounds import LEAD_ROUND
from pipeline.facts.event_spelling import caption_line
from pipeline.language.analysis import Analysis
from pipeline.language.textnorm import fold
from pipeline.record import DateFact


def mention_sentences(analysis: Analysis, mentions: list[Mention], kind: str = "") -> tuple[tuple[int, int], ...]:
    """The spans of the sentences of an event's mentions and of the others that write its name, and of a sentence right
    after one (or after a photo's caption and credit after it) that an anaphor opens (`Sự kiện diễn ra từ ngày 21 đến
    25/5`, `Dự kiến, sự kiện kết thúc vào ngày 16-6`, `Chuỗi sự kiện do X tổ chức, diễn ra từ ngày 4 đến 6-9`, of a fair, festival, exhibition or contest `kind`)."""
    names = {m.name for m in mentions if m.named and len(m.name) > len(m.head) + 8}
    spans = [(m.sentence.start, m.sentence.end) for m in mentions]
    spans += [(s.start, s.end) for s in analysis.sentences if any(n in s.text for n in names) and (s.start, s.end) not in spans]
    for _, b in list(spans):
        following = [s for s in analysis.sentences if s.start >= b][:3]
        credit = next((k for k, s in enumerate(following) if _CREDIT.match(s.text)), -1)
        held = _ANAPHOR_HELD.match(following[0].text) if following else None
        following = following[credit + 1:] if held is None and credit in (0, 1) else following  # (past a photo's caption
        held = held or (_ANAPHOR_HELD.match(following[0].text) if following else None)  # and its credit)
        between = following[0].text if following else ""  # (one sentence about it between, naming no other event)
        if held is None and len(following) > 1 and not (keywords()[0].search(between) or _ANAPHORS.search(between)) \
                and _ANAPHOR_HELD.match(following[1].text):
            following, held = following[1:], _ANAPHOR_HELD.match(following[1].text)
        if held and (kind in LONG or not re.match(r"\s*(?i:chuỗi)", held.group())):  # (a series' days are a fair's, not its forum's)
            spans.append((following[0].start, following[0].end))
    return tuple(spans)


def anaphor_day(analysis: Analysis, mentions: list[Mention], kind: str, best: DateFact | None,
                all_dates: list[DateFact], yearless: list[DateFact]) -> DateFact | None:
    """The first day of a range that a sentence an anaphor opens gives a fair, festival, exhibition or contest dated only
    by its name's year or month (`... tổ chức Ngày hội X năm 2022. | Chuỗi sự kiện dự kiến sẽ diễn ra 5 ngày (từ ngày 20/4 –
    24/4)`): that day, in the year or month the name gives; or one not dated at all (`Theo đó, sự kiện sẽ diễn ra trong 3
    ngày từ ngày 24- 26/4`), that day, or its month and day in an article with no year to place it in; else None."""
    if best is not None and best.precision not in ("year", "month") or kind not in LONG:
        return None
    own = {(m.sentence.start, m.sentence.end) for m in mentions}
    for a, b in mention_sentences(analysis, mentions, kind):
        if (a, b) in own or not _ANAPHOR_HELD.match(analysis.text, a):
            continue
        days = sorted((d for d in all_dates + yearless if a <= d.evidence.start < b and d.precision in ("day", "month_day")
                       and not _LAST_DAY.search(analysis.text, a, d.evidence.start) and not re.match(r"(?i:đến|tới)\s", d.text)), key=lambda d: d.evidence.start)
        if days and best is None:
            return days[0]  # (an undated event: the days the anaphor gives; their month and day alone in an undated article)
        if days and best is not None:
            day = in_year(days[0], best.value[:4]) if days[0].precision == "month_day" else days[0]
            return day if day.precision == "day" and day.value.startswith(best.value) else None
    return None


_LAST_DAY = re.compile(r"(?<!\w)(?i:đến|tới)(?:\s+(?i:hết))?\s+(?:(?i:ngày)\s+)?$")  # `Sự kiện diễn ra đến ngày 2-6`: its last day, not its first
_ANAPHORS = re.compile(r"(?<!\w)(?i:sự kiện|chương trình)(?!\w)")  # nouns that point back to an event
_CREDIT = re.compile(r"\W*(?i:ảnh)\s*:?\s*[A-ZĐ]")  # `Ảnh: HOÀNG HÙNG`: a photo's credit line


# a sentence that opens (after `Theo đó,` or `Theo kế hoạch,`) with `the event` or with `Dự kiến` and no subject, and says
# it is held, lasts or ends
_ANAPHOR_HELD = re.compile(r"\s*(?:(?i:theo đó|theo kế hoạch),\s*|[^,.;:]{3,80}?\s(?i:cho biết|cho hay|thông tin),\s*)?(?:(?i:dự kiến),?\s*|(?i:dự kiến),?\s*(?i:sự kiện|chương trình)\s+|(?:(?i:chuỗi)\s+)?(?i:sự kiện|chương trình)\s+)"
                           r"(?:này\s+|năm nay\s+)?(?:(?i:dự kiến)\s+)?(?:(?i:do)\s[^.;:]{3,150}?\s(?i:tổ chức),?\s+)?(?:sẽ\s+)?(?:diễn ra|kéo dài|được tổ chức|kết thúc)(?!\w)"
                           r"|\s*(?i:diễn ra|kéo dài|được tổ chức)(?=\s+(?i:từ|trong)\s)"
                           r"|\s*(?i:lễ khai mạc)\s+(?:(?i:sẽ|dự kiến|dự kiến sẽ)\s+)?(?:(?i:diễn ra|được tổ chức))(?!\w)"  # (`Lễ khai mạc diễn ra từ 18h ngày 29/11`: its first day)
                           r"|\s*(?:(?i:theo đó|theo kế hoạch),\s*)?(?i:thời gian)\s+(?:(?i:tổ chức|diễn ra)\s+)?(?i:sự kiện|chương trình)\s+(?:(?i:là|dự kiến|sẽ)\s+)*(?=(?i:từ|vào|trong)\s)")
# (`Theo đó, thời gian tổ chức sự kiện từ ngày 13 đến ngày 16/12/2023`: the time the event is held; `Ban tổ chức X cho biết, chương
# trình sẽ diễn ra từ ngày 29.8 - 1.9.2023`: who tells it first, s56)  # (`Diễn ra từ ngày 19 đến 22-9, ...`: no subject; `Chuỗi
# sự kiện do Bộ X và UBND TPHCM phối hợp tổ chức, diễn ra từ ngày 4 đến 6-9`)


def range_dates(analysis: Analysis, date: DateFact | None, all_dates: list[DateFact],
                yearless: list[DateFact] | None) -> list[DateFact]:
    """The dates a range's end is looked for among: an event dated by its month and day, the article's yearless days;
    one whose name's year dated a yearless day (`Hội chợ X 2011 diễn ra từ ngày 14 đến 19-12`), those too."""
    if date is not None and date.precision == "month_day":  # (and the days whose year was the article's guess, by month and day:
        guessed = [d.model_copy(update={"value": "--" + d.value[5:], "precision": "month_day"}) for d in all_dates  # `Từ ngày 5
                   if d.precision == "day" and not dates.WRITTEN_YEAR.search(d.text)]  # đến 7/8` when another paragraph writes 2014)
        return (yearless or []) + guessed
    if date is not None and date.precision == "day" and not any(d.evidence == date.evidence for d in all_dates):
        return all_dates + (yearless if yearless is not None else dates.yearless_days(analysis, all_dates))
    return all_dates


LONG = ("fair", "festival", "exhibition", "contest")  # the kinds of event held over days, whose opening is one of them


def held_span(date: DateFact | None, kind: str, all_dates: list[DateFact], text: str,
              sentences: tuple[tuple[int, int], ...], name: str = "") -> tuple[DateFact | None, str | None]:
    """An event's first and last day: a fair's, a festival's, an exhibition's or a contest's whose day falls inside a range
    one of its sentences gives (`Sự kiện sẽ diễn ra từ ngày 2/12/2022 đến ngày 5/12/2022 ... Trong đó, khai mạc Tuần lễ
    diễn ra vào lúc 9h00' ngày 3/12/2022`: 2/12 to 5/12, the opening inside) is the range; else the day and the range's
    end that starts on it (`range_end`); a ceremony's day alone (`Sáng 11/12, ... tổ chức khai trương “Trưng bày ...”` in a
    week of events `diễn ra từ ngày 11 đến 15/12/2025`: one morning), but for the opening or closing of another event
    `name`s (`lễ khai mạc Tuần lễ X`, the week's days: the verbs marked `of` in `event_ceremonies.tsv`)."""
    if kind == "ceremony" and not any(re.search(rf"(?<!\w){re.escape(verb)}(?!\w)", fold(name).lower()) for verb in of_event()):
        return date, None
    if date is not None and date.precision == "day" and kind in LONG:
        for first in all_dates:
            if first.precision == "day" and first.value < date.value and any(a <= first.evidence.start < b for a, b in sentences):
                last = next((d for d in all_dates if d.precision == "day" and d.value > first.value and (  # (one expression
                    d.evidence == first.evidence or first.evidence.end <= d.evidence.start  # gives both days)
                    and _joined(text[first.evidence.end:d.evidence.start], d.text))), None)
                if last is not None and date.value <= last.value and (date_type.fromisoformat(last.value)
                                                                      - date_type.fromisoformat(first.value)).days <= 31:
                    return first, last.value
        after = (date_type.fromisoformat(date.value) + timedelta(days=1)).isoformat()  # (`khai mạc vào 19h30 ngày 5/2/2018
        for first in (d for d in all_dates if d.value == after and d.precision == "day" and d.evidence.sentence == date.evidence.sentence):
            end_day = range_end(first, all_dates, text, sentences)  # và diễn ra từ 06/02 - 12/02/2018`: opened the eve of its days)
            if end_day is not None:
                return date, end_day
    return date, range_end(date, all_dates, text, sentences) or days_told(date)


# `diễn ra trong 2 ngày, bắt đầu từ ngày 21/9`, `kéo dài 3 ngày từ 5/6`: how many days, then the first
_DAYS_FROM = re.compile(rf"(?<!\w)(?i:diễn ra|kéo dài|tổ chức)\s+(?:(?i:trong)\s+)?(\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+(?i:ngày)"
                        r",?\s*(?:(?i:bắt đầu)\s+)?(?:(?i:từ)\s+)?(?:(?i:ngày)\s+)?$")  # (the day's text may hold `từ ngày`)


def days_told(date: DateFact | None) -> str | None:
    """The last day of an event whose sentence tells how many days it lasts right before its first (`diễn ra trong 2 ngày
    bắt đầu từ ngày 21/9`: 22/9), else None."""
    if date is None or date.precision not in ("day", "month_day"):
        return None
    sentence = date.evidence.sentence
    at = sentence.find(date.text)
    told = _DAYS_FROM.search(sentence[:at]) if at > 0 else None
    if told is None:
        return None
    days = int(told.group(1)) if told.group(1).isdigit() else NUMBER_WORDS[told.group(1).lower()]
    if not 2 <= days <= 31:
        return None
    first = date_type.fromisoformat(date.value if date.precision == "day" else f"{dates.PLACEHOLDER}{date.value[1:]}")
    last = (first + timedelta(days=days - 1)).isoformat()
    return last if date.precision == "day" else "--" + last[5:]


def range_end(start: DateFact | None, all_dates: list[DateFact], text: str = "",
               sentences: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The last day of a range whose first day dates the event (`từ ngày 12 đến ngày 15 tháng 10 năm 2020`: the
    dates stage gives both days of one expression; `từ tháng 3 đến tháng 5/2024`, `từ ngày 31-7 đến ngày 3-8`: two months or days joined by `đến`), or
    of a range in a sentence of another of its mentions (`sentences`) that starts on its day (`Sáng 22/5, ... khai
    mạc Hội chợ X. Hội chợ diễn ra từ ngày 22 đến 26/5`), else None."""
    if start is None:
        return None
    year = start.value[:4] if start.precision == "day" and start.value[:1] != "-" else None
    all_dates = [in_year(d, year) if year is not None and (d.precision == "month_day" or d.precision == "day" and d.value[:4] != year
                                                            and not re.search(r"(?:19|20)\d\d", d.text)) else d for d in all_dates]  # (`Hội chợ X
    # 2011 diễn ra từ ngày 14 đến 19-12`: the name's year moved the start; the end is of the same year)
    firsts = {(d.evidence.start, d.evidence.end) for d in all_dates if d.value == start.value and d.precision == start.precision
              and any(a <= d.evidence.start < b for a, b in sentences)} | {(start.evidence.start, start.evidence.end)}
    # (an end on the start's own day of another year is the start before the event's name moved its year)
    ends = [d for d in all_dates if d.precision == start.precision and d.value > start.value
            and _yearless(d.value) != _yearless(start.value) and (
        (d.evidence.start, d.evidence.end) in firsts
        or (start.precision in ("month", "day", "month_day") and any(e <= d.evidence.start and (
            _joined(text[e:d.evidence.start], d.text)) for _, e in firsts))  # (the range may be in another of its sentences)
        or any(e <= d.evidence.start and _LASTING.fullmatch(text[e:d.evidence.start] + "|" + d.text[:9]) for _, e in firsts)
        or any(a <= d.evidence.start < b for a, b in sentences) and _LASTS_TO.search(
            text[max(0, d.evidence.start - 40):d.evidence.start] + "|" + d.text[:9]))]
    ends = ends or [d for d in all_dates if start.precision == "day" and d.precision == "month" and d.value > start.value[:7]
                    and any(e <= d.evidence.start and _joined(text[e:d.evidence.start], d.text) for _, e in firsts)]  # (`từ
    # 14/9 đến hết tháng 12/2017`: the last month)
    body = [d for d in ends if not caption_line(text, d.evidence.start)] if text else ends
    return max(d.value for d in body or ends) if ends else None  # (a caption's `10 - 15/6` against the body's `10 đến 12/6`: the body's)


# a verb of lasting, then (`|`) the day it lasts to: `diễn ra | tới ngày 5.11`, `kéo dài đến hết | ngày 20/6/2022`,
# `kết thúc vào | ngày 16-6-2019`, `kéo dài từ nay | đến ngày 5/6`, `mở cửa đón du khách tham quan đến hết | ngày 28/1`,
# `Hội nghị làm việc đến | ngày 7/5`
_LASTS = (r"(?<!\w)(?:(?i:diễn ra|kéo dài|kết thúc)|(?i:mở cửa)(?:\s+(?!(?i:đến|tới)\s)[^\W\d]+){0,5}|(?i:làm việc)(?=\s+\|?(?i:đến|tới)\s))\s+(?:(?i:từ)\s+(?:(?i:hôm)\s+)?(?i:nay)\s+)?(?:(?i:đến|tới|vào)(?:\s+(?i:hết))?\s*(?:(?i:ngày)\s*)?)?\|"
          r"(?:(?i:đến|tới)\s.*|\d.*|(?i:ngày)\s.*)")
# `Hội chợ khai mạc vào tối 30.10 và sẽ diễn ra tới ngày 5.11`: the first day, then how long it lasts
_LASTING = re.compile(r"[^.;!?|]{0,80}?" + _LASTS)
# `Hội chợ triển lãm này được tổ chức kéo dài đến hết ngày 20/6/2022`: another mention's sentence tells its last day
_LASTS_TO = re.compile(_LASTS + "$")


def _yearless(value: str) -> str:
    """A date's value without its year (`2024-07-15`, `--07-15`: `07-15`)."""
    return value[2:] if value.startswith("--") else value[5:]


def in_year(d: DateFact, year: str) -> DateFact:
    value = year + (d.value[1:] if d.value.startswith("--") else d.value[4:])  # (`--11-25` or a day of another year)
    try:
        date_type.fromisoformat(value)
    except ValueError:
        return d  # (`29/2` in a year without it)
    return DateFact(value=value, precision="day", text=d.text, evidence=d.evidence)


def _joined(between: str, second: str) -> bool:
    """Whether two days are a range's ends: `đến`, `tới` or a dash between them, or the second's own (`từ ngày 5-7 | đến 8-7`);
    a short aside in brackets after the first is passed over (`ngày 2-2 (28 Tết) đến ngày 8-2`)."""
    between = re.sub(r"^\s*\([^()]{1,30}\)", "", between)
    return _RANGE_JOINT.fullmatch(between) is not None or not between.strip() and re.match(r"(?i:đến|tới)\s", second) is not None


_RANGE_JOINT = re.compile(r"\s*(?:(?i:đến|tới)(?:\s+(?i:hết))?|[-–])\s*(?:(?i:ngày)\s+)?")  # (`từ ngày 31-7 đến ngày 3-8`: two days)


_DAYS_OF = re.compile(r"\s*\(\s*(?:(?i:từ|vào)\s+)?(?:(?i:ngày)\s+)?")


def refines(date: DateFact, dates: list[DateFact], text: str, s0: int) -> int | None:
    """Where the month starts whose days a day in brackets right after it gives (`tháng 10/2018 (từ 19 - 22/10)`)."""
    p = date.evidence.start - s0
    return next((o.evidence.start - s0 for o in dates if date.precision == "day" and o.precision == "month"
                 and o.value == date.value[:7] and _DAYS_OF.fullmatch(text[o.evidence.end - s0:p])), None)


_CLOSING_BEFORE = re.compile(r"(?<!\w)(?i:bế mạc|kết thúc)\s+[“\"«]?$")
_CLOSED = re.compile(r"(?:\s+(?i:trong khuôn khổ|thuộc chuỗi|nằm trong)\s[^,.;]{0,160}?|[^,.;]{0,40}?|[^.;]{0,240}?,\s*(?=(?i:đã)\s))(?<!\w)(?:(?i:đã|chính thức|long trọng)\s+)*"
                     r"(?i:bế mạc|kết thúc|khép lại)(?!\w)")  # (past the frame it is held in: `Hội nghị X trong khuôn khổ ... APEC ... đã bế mạc`; past
# asides between commas, when `đã` opens the verb with no subject of its own: `Tuần X chào mừng Y, do Z tổ chức, đã bế mạc`)
_LASTED = re.compile(rf"(?<!\w)(?i:sau)\s+(\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+(?i:ngày)(?!\w)")


# `Sau 2 ngày làm việc, Hội nghị X đã bế mạc`, `Trong hai ngày làm việc, Hội nghị đã ...`: another sentence tells how long
_LASTED_TOLD = re.compile(rf"^\W*(?i:sau|qua|trong)\s+(\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+(?i:ngày)\s+(?i:làm việc|diễn ra|hội nghị|họp)(?!\w)")


def closed_on(mention: Mention, date: DateFact | None, analysis: Analysis | None = None,
              mentions: list[Mention] | None = None) -> tuple[DateFact, str] | None:
    """An event whose sentence says it closed on the day that opens the sentence (`Sau năm ngày diễn ra sôi nổi, tối 8/4,
    Lễ hội X đã chính thức bế mạc`): (its first day, counted back over the days it lasted, else its month; the closing day),
    else None. How long it lasted may be told by a sentence of its other `mentions` or one of the three after the closing
    one in the `analysis` (`Chiều 22-9, Hội nghị X đã bế mạc. ... Sau 2 ngày làm việc, Hội nghị X ...`)."""
    text, s0 = mention.sentence.text, mention.sentence.start
    if mention.type == "contest" and LEAD_ROUND.search(text[:mention.start]):
        return None  # `Ngày 1/10/2024, chung kết Cuộc thi X ... khép lại`: the final's day, read as a round's (`event_rounds`)
    if date is not None and date.precision == "year" and mention.type in LONG and _CLOSING_BEFORE.search(text[:mention.start]):
        day = next((d for d in dates.in_sentence(mention.sentence, None, int(date.value[:4]))
                    if d.precision == "day" and d.evidence.start - s0 < mention.start), None)  # `Chiều 7-7, ... đã bế mạc
        if day is not None:  # Hội thi X năm 2017`: it closed on that day; its name's year still dates it (PG27, PG47), unless a
            # sentence after it tells how long it lasted (`Chiều 20/10, ... bế mạc Ngày hội X 2022. | Sau 2 ngày diễn ra (19-20/10)`)
            lasted = next((m for told in _told_after(mention, analysis, mentions) if (m := _LASTED_TOLD.search(told))), None)
            days = (int(lasted.group(1)) if lasted.group(1).isdigit() else NUMBER_WORDS[lasted.group(1).lower()]) if lasted else 0
            first = date_type.fromisoformat(day.value) - timedelta(days=days - 1) if days else None
            return (day.model_copy(update={"value": first.isoformat()}) if first else date), day.value
    if date is None or date.precision != "day" or not s0 <= date.evidence.start < s0 + mention.start \
            or not _CLOSED.match(text, mention.end) or "(" in text[:date.evidence.start - s0] \
            or re.match(r"\s*(?:(?i:đến|tới)|[-–])\s*\d", text[date.evidence.end - s0:]):
        return None  # (not a range's first day: `Sau 4 ngày tranh tài (diễn ra từ ngày 12 đến 15/4), Hội thi X đã khép lại`)
    lasted = _LASTED.search(text) or next((m for told in _told_after(mention, analysis, mentions) if (m := _LASTED_TOLD.search(told))), None)
    if lasted is None:  # a meeting's closing day is most likely its day; a fair's or a festival's only its last
        long = mention.type in LONG
        return (date.model_copy(update={"value": date.value[:7], "precision": "month"}), date.value) if long else None
    days = int(lasted.group(1)) if lasted.group(1).isdigit() else NUMBER_WORDS[lasted.group(1).lower()]
    first = date_type.fromisoformat(date.value) - timedelta(days=days - 1)
    return date.model_copy(update={"value": first.isoformat()}), date.value


def _told_after(mention: Mention, analysis: Analysis | None, mentions: list[Mention] | None) -> list[str]:
    """The sentences of an event's other `mentions` and the three after `mention`'s, where how long it lasted may be told."""
    after = [s.text for s in analysis.sentences if s.start >= mention.sentence.end][:3] if analysis is not None else []
    return [m.sentence.text for m in mentions or [] if m.sentence.start != mention.sentence.start] + after


def list_lead(text: str, q: int, start: int, others: list[tuple[int, int]]) -> bool:
    """Whether the date ending at offset `q` leads a list after `:` that holds the mention at `start` (`Ba sự kiện khác
    cũng sẽ diễn ra cùng ngày 14/2 đó là: Lễ động thổ A; công bố B; Khánh thành C`): no other event and no sentence
    break between the date and the colon, the colon within a few words of the date."""
    colon = text.find(":", q)
    return 0 <= colon - q <= 25 and colon < start and not any(q <= a < colon for a, _ in others) and "." not in text[colon:start]


_HELD_AT = re.compile(r"(?<!\w)(?i:tổ chức|diễn ra|khai mạc)\s+(?i:tại)\s[^.;]{3,200}?(?:[),]\s*|\s)(?i:từ|vào)\s+(?:(?i:ngày)\s+)?$")


def held_at(between: str, date: str) -> bool:
    """Whether the words between an event's name and a date after it hold it at a place, then date it: `sẽ diễn ra tại
    Công viên X (đường Y, ...), từ ngày 16-19/5/2024`, `được khai mạc tại Trung tâm X (SECC), quận 7, TPHCM vào ngày 11-7`
    (the date's own `vào`/`từ` counts as the words before it)."""
    lead = re.match(r"(?i:vào|từ)\s", date)
    return _HELD_AT.search(between + (lead.group() if lead else "")) is not None

