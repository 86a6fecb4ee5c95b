"""Dates: every date expression in an article, normalised to ISO 8601 at its own precision.

    ngày 5 tháng 10 năm 2023, 11/10/2024, 20-5-2022  -> day      2023-10-05 (also `Tối 10 tháng 2`: a time of day for `ngày`)
    ngày 11/10, sáng 18/2, ngày 29.5                 -> day      year of publication, else the sentence's (`năm 2024`)
    ngày 21, 22 tháng 10 năm 2020                    -> day      the first day (a list of days)
    tháng 9/2024, tháng 11.2015, tháng 1 năm 2015    -> month    2024-09
    tháng 9-10/2020                                  -> month    2020-09 and 2020-10 (a range of months)
    quý III/2024                                     -> quarter  2024-Q3
    năm 2014, Xuân 2015                              -> year     2014
    hôm qua, hôm nay, ngày mai                       -> day      resolved by dateparser against the publication date
    tuần trước, năm ngoái, 3 ngày trước              -> its own  the same, in `relative_dates.py`
    từ 18 đến 24-12, từ ngày 5 đến ngày 7/7          -> day      both days, the start first
    14 - 16/11/2025, 26/4–01/5/2024                  -> day      both days (a bare range needs its year)
    trong tháng 9, vào tháng 4, trong tháng Bảy      -> month    year of publication, else the sentence's
    Tháng 10, (opening), tháng 10 tới               -> month    the same (`tới` in a later month: the next year)
    từ nay đến hết ngày 20-6                         -> day      the publication day, then the day written
    hôm nay 10-6, Sáng nay (13/7)                    -> day
    chiều cùng ngày                                  -> day      the day last written before it

A page without a publication date gives a day or month without a year the sentence's year, else its
paragraph's (when the paragraph names one), else the article's reference year: the year it names most often (the latest of equals), if it names it twice, in a
date or as the latest of several years. Durations (`9 tháng đầu
năm`), spans of years (`giai đoạn 2021-2022`) and days in a place's name (`Quảng trường 10/3`, `đường
3/2`) are not dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache

from pipeline.facts import relative_dates
from pipeline.language.analysis import DATE_STAMP, Analysis, Sentence
from pipeline.record import DateFact, Evidence

_Y = r"((?:19|20)\d{2})"
_D = r"(\d{1,2})"
_M = r"(?:(?:mùng|mồng)\s+)?"  # (`ngày mùng 10`: the first ten days of a month)
_PREFIX = rf"(?:(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|vào|tức|nhằm)(?:\s+(?:nay|qua))?\s+(?:ngày\s+)?{_M})"
_DAY_WORD = rf"(?:(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)(?:\s+(?:nay|qua))?\s+(?:ngày\s+)?{_M}|(?:từ|đến|tới|vào)\s+ngày\s+{_M})"  # (`Sáng qua 28.11`)
_MONTH_NAMES = {"Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9, "Mười": 10,
                "Mười Một": 11, "Mười một": 11, "Mười Hai": 12, "Mười hai": 12}  # (not `Giêng`, `Chạp`: lunar months)
_MONTH_WORDS = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # ranges first: `từ ngày 12 đến ngày 15 tháng 10 năm 2020`, `từ ngày 20/9 đến ngày 22/9/2019` (start and end)
    ("wordy_range", re.compile(rf"(?i:(?:từ\s+)?ngày|từ)\s+(?i:{_M}){_D}\s*(?:-|–|đến|tới|và|,)\s*(?:(?i:ngày)\s+)?(?i:{_M}){_D}\s+(?i:tháng)\s+{_D}(?:\s+(?i:năm)\s+{_Y})?(?!\d)")),
    ("dm_range", re.compile(rf"(?i:(?:từ\s+)?ngày|từ)\s+{_D}\s*/\s*{_D}(?:\s*/\s*{_Y})?\s*(?:-|–|(?i:đến)(?:\s+(?i:hết))?|tới)\s*(?:(?i:ngày)\s+)?{_D}\s*/\s*{_D}(?:\s*/\s*{_Y})?(?![\d/])")),
    # dashed, with a word between the two days (`từ ngày 27-4 đến 1-5-2012`); after a bare `từ` only with the end's year
    ("dm_range", re.compile(rf"(?i:(?:từ\s+)?ngày)\s+{_D}\s*-\s*{_D}(?:\s*-\s*{_Y})?\s*(?i:đến(?:\s+hết)?|tới)\s*(?:(?i:ngày)\s+)?"
                            rf"{_D}\s*-\s*{_D}(?:\s*-\s*{_Y})?(?![\d/%-]|\.\d)")),
    ("dm_range", re.compile(rf"(?<!\w)(?i:từ)\s+{_D}\s*-\s*{_D}(?:\s*-\s*{_Y})?\s*(?i:đến(?:\s+hết)?|tới)\s*(?:(?i:ngày)\s+)?"
                            rf"{_D}\s*-\s*{_D}\s*-\s*{_Y}(?![\d/%-]|\.\d)")),
    # dotted only after a day word or a verb of holding (`diễn ra từ 28.8 - 15.9`; not `lô đất từ 1.1 đến 1.10`)
    ("dm_range", re.compile(rf"(?:(?i:(?:từ\s+)?ngày)|(?i:diễn ra|tổ chức|kéo dài|khai mạc|mở cửa)\s+(?i:từ))\s+{_D}\.{_D}()\s*(?:-|–|đến|tới)\s*(?:(?i:ngày)\s+)?"
                            rf"{_D}\.{_D}(?:\.{_Y})?(?![\d/]|[.,]\d|\s*(?i:tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|ha|MW|%)(?!\w))")),
    # a range written without `từ`/`ngày`, with its year (`diễn ra 14 - 16/11/2025`, `26/4–01/5/2024`)
    ("bare_dm_range", re.compile(rf"(?<![\w/.,:-]){_D}\s*/\s*{_D}\s*[-–]\s*{_D}\s*/\s*{_D}\s*/\s*{_Y}(?![\d/])")),
    ("bare_day_range", re.compile(rf"(?<![\w/.,:-]){_D}\s*[-–]\s*{_D}\s*/\s*{_D}\s*/\s*{_Y}(?![\d/])")),
    # and without its year only in brackets (`Sau 5 ngày diễn ra (17 - 21/11), Hội chợ X`)
    ("bracket_day_range", re.compile(rf"(?<=\()\s*{_D}\s*[-–]\s*{_D}\s*/\s*{_D}(?=\s*\))")),
    # from the day of publication to a day (`diễn ra từ nay đến hết ngày 20-6`)
    ("now_range", re.compile(rf"(?i:từ nay|từ hôm nay)\s+(?i:đến|tới)\s+(?:(?i:hết)\s+)?(?:(?i:ngày)\s+)?{_D}\s*[/-]\s*{_D}(?:\s*[/-]\s*{_Y})?(?![\d/])")),
    ("wordy_day", re.compile(rf"(?:(?i:ngày)|(?<!\w)(?i:sáng|chiều|tối|trưa|đêm)(?=\s+\d))\s+(?i:{_M}){_D}\s+(?i:tháng)\s+{_D}(?:\s+(?i:năm)\s+{_Y})?")),  # (`Tối 10 tháng 2`)
    ("day_range", re.compile(rf"(?i:(?:từ\s+)?ngày|từ)\s+\(?(?i:{_M}){_D}\s*(?:-|–|đến(?:\s+hết)?|tới|và|&)\s*(?:ngày\s+)?(?i:{_M}){_D}\s*[/.-]\s*{_D}(?:\s*[/.-]\s*{_Y})?(?!\d)")),
    ("dmy", re.compile(rf"(?<![\d/.-]){_D}\s*([/.-])\s*{_D}\s*\2\s*{_Y}(?![\d/])")),
    ("month_range", re.compile(rf"(?i:tháng)\s+{_D}\s*[-–]\s*{_D}\s*(?:[/.-]\s*|\s+(?i:năm)\s+){_Y}(?![\d/])")),  # (`tháng 9-10/2020`)
    ("month", re.compile(rf"(?i:tháng)\s+{_D}\s*(?:[/.-]\s*|\s+(?i:năm)\s+){_Y}(?![\d/])")),
    ("quarter", re.compile(rf"(?i:quý)\s+(I{{1,3}}|IV|[1-4])\s*(?:[/.-]\s*|\s+(?i:năm)\s+){_Y}(?!\d)")),
    # (`ngày 29.5`: a dot after a day word too, not before a decimal, a percent or a thousands group)
    # (`trong đêm (1.9)`: a dotted day in brackets right after a day word; `Hôm qua (15-8)`: the day a relative
    # word names, which an undated page gives as its month and day; `Sáng nay (18/2)` too, s58 set P143)
    ("dm", re.compile(rf"(?<![\d/.])(?<!\d-)(?i:{_PREFIX}){_D}\s*[/–-]\s*{_D}(?![\d/–-]|[.,]\d)|(?<![\d/.-])(?i:{_DAY_WORD}){_D}\.{_D}"
                      r"(?![\d/%-]|\.\d|,\d|\s*(?i:tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|ha|MW)(?!\w))"
                      rf"|(?<!\w)(?i:ngày|sáng|chiều|tối|trưa|đêm)(?:\s+(?i:nay))?\s*\(\s*{_D}\.{_D}\s*\)"
                      rf"|(?<!\w)(?i:hôm qua|hôm nay|hôm kia|(?:sáng|chiều|tối|trưa|đêm) (?:nay|qua))\s*\(\s*(?:(?i:ngày)\s+)?{_D}\s*[./-]\s*{_D}\s*\)"
                      rf"|(?<!\w)(?i:hôm qua|hôm nay|hôm kia|(?:sáng|chiều|tối|trưa|đêm) (?:nay|qua)),\s*{_D}\s*[.-]\s*{_D}(?=\s*,)"  # (`tối nay, 5-12,`)
                      rf"|^{_D}\s*-\s*{_D}(?=\s*,\s*\w)"  # (`9-5, hãng X khai trương ...`: a dateline opening the sentence)
                      rf"|(?<=[^\W\d] \()(?<!thắng \()(?<!thua \()(?<!hòa \()(?<!hoà \()(?<!số \()(?<!tỉ lệ \(){_D}-{_D}(?=\))")),  # (`Hội nghị X tại Tokyo (19-11)`: a day in brackets after a name)
    # (`1/2 ngày`, `2/3 số hộ`: a fraction; `từ 2-2,5 tỷ USD`: a range of amounts, no day)
    ("bare_dm", re.compile(rf"(?<![\w/.-]){_D}/{_D}(?![\d/]|\.\d|\s*(?:tỉnh|thành|xã|huyện|đơn vị|doanh nghiệp|dự án|người|"
                           r"ngày|giờ|buổi|số|diện tích|dân số|vẫn|đang|còn|trong số|trong đó)(?!\w))")),  # (`1/3 vẫn đang tập`: a share)
    ("month_year_bare", re.compile(rf"(?<![\w/.-])(\d{{1,2}})/{_Y}(?![\d/])")),
    # a month named in words (`trong tháng Bảy`, `tháng Mười Một năm 2017`): capitalised, as news write a month's name
    ("month_named", re.compile(rf"(?<!\w)(?:(?i:trong|vào|hồi|từ|đến|tới|cuối|đầu|giữa)\s+)?(?i:tháng)\s+({_MONTH_WORDS})(?!\w)"
                               rf"(?:\s*(?:[/.-]\s*|\s+(?i:năm)\s+){_Y}(?!\d))?")),
    # (`Tháng 10, khởi công ...` opening a sentence or a line; `dự kiến tháng 10 tới`)
    ("month_only", re.compile(rf"(?:(?<!\w)(?i:trong|vào|hồi|từ|đến|tới|cuối|đầu|giữa)\s+(?i:tháng)\s+{_D}|(?:^|(?<=\n)|(?<=[.!?]\s))Tháng\s+{_D}(?=\s*,)"
                              rf"|(?<!\w)(?i:tháng)\s+{_D}(?=\s+(?i:tới|này)(?!\w)))(?!\d|[/.-]\s*\d|,\d|\s*(?i:năm|đầu|cuối))")),
    ("year", re.compile(rf"(?i:năm|xuân|hạ|thu|đông|niên vụ|mùa)\s+{_Y}(?![\d/-])")),
    ("relative", re.compile(r"(?i:hôm qua|hôm nay|ngày mai|hôm kia|ngày kia|(?:sáng|chiều|tối|trưa|đêm) nay)(?!\w)")),
]


_DIGIT = re.compile(r"\d")
_YEAR_AFTER_NAM = re.compile(rf"(?i:năm)\s+{_Y}")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser  # its Vietnamese data ships with the package

    return dateparser


def _relative(expr: str, published: date | None) -> str | None:
    if published is None:
        return None
    base = datetime(published.year, published.month, published.day, 12)
    expr = re.sub(r"(?i)^(?:sáng|chiều|tối|trưa|đêm) nay$", "hôm nay", expr)  # `Sáng nay`: the day of publication
    parsed = _dateparser().parse(expr, languages=["vi"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return parsed.date().isoformat() if parsed else None


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# A day written in a place's name: `Quảng trường 10/3`, `đường 3/2`, `Nhà máy Z 30/4`; a score is none (`điểm 6/10`).
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:(?i:đường|phố|quảng trường|cầu|trường|chợ|phường|công viên|hẻm|ngõ|số|điểm|tỷ số|tỉ số|"
                           r"cụm công nghiệp|khu công nghiệp|dịch vụ|khu đô thị|khu dân cư|thị trấn|nông trường|lâm trường|"
                           r"sân vận động|nhà văn hóa|bệnh viện|khách sạn|cảng)|(?P<word>\w+))\s+$")  # (`Cụm công nghiệp và dịch vụ 24/4`)
_TIME_WORD = re.compile(r"(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|vào|nay|và|hoặc)\s+$")


_SPAN_OF = re.compile(r"(?i:từ|đến|tới)\s+(?!(?i:ngày|mùng|mồng)(?!\w))")
_COUNTED_AFTER = re.compile(r"\s*(?:(?i:giờ|phút|tiếng|ngày|tuần|tháng|năm|lần|người|triệu|tỷ|tỉ|nghìn)(?!\w)|%)")
_NAMED_AFTER = re.compile(r"(?:(?<!^)(?<![.!?:]\s)(?<![.!?:])[A-ZĐÀ-Ỹ][\w]*|(?i:cách mạng|đường|phố|quảng trường|nhà hát|mùa|tiết))\s+$")
_LUNAR = re.compile(r"\s*\(?\s*(?:(?i:âm lịch)|ÂL)(?!\w)")


def _in_place_name(before: str) -> bool:
    """Whether a bare `10/3` ends a place's name: after a place noun or a capitalised word, not a time word."""
    m = _PLACE_BEFORE.search(before)
    if not m or _TIME_WORD.search(before):
        return False
    return m.group("word") is None or m.group("word")[:1].isupper()


def in_sentence(sentence: Sentence, published: date | None, fallback_year: int | None = None) -> list[DateFact]:
    """Dates of one sentence; a day without a year takes the publication year, else the sentence's year,
    else `fallback_year` (the article's reference year, for undated pages)."""
    text = sentence.text
    # A day without a year is in the year of publication; only undated pages borrow the sentence's year (its
    # latest `năm YYYY` that is no birth, founding or target), else the article's reference year.
    digits = _DIGIT.search(text) is not None  # every pattern but `relative` and `month_named` needs a digit: most sentences have none
    here = [int(m.group(1)) for m in _YEAR_AFTER_NAM.finditer(text) if not _NOT_NEWS_YEAR.search(text[:m.start()])] \
        if digits else []
    if len(set(here)) > 1 and re.search(rf"(?i:nhiệm vụ)[^.;]{{0,40}}?(?i:năm)\s+{max(here)}", text):
        here = [y for y in here if y != max(here)]  # `tổng kết năm 2015, triển khai nhiệm vụ năm 2016`: the next year's tasks
    default_year = published.year if published else (max(here) if here else fallback_year)
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, DateFact]] = []

    def add(start: int, end: int, value: str, precision: str) -> None:
        taken.append((start, end))
        out.append((start, DateFact(
            text=text[start:end], value=value, precision=precision,  # type: ignore[arg-type]
            evidence=Evidence(start=sentence.start + start, end=sentence.start + end, sentence=text),
        )))

    for kind, pattern in PATTERNS:
        if not digits and kind not in ("relative", "month_named"):
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "bare_dm" and _in_place_name(text[:m.start()]):
                continue
            if kind == "bare_dm" and m.group() == "24/7" and re.search(r"(?i:mở cửa|hoạt động|phục vụ|trực|làm việc|vận hành|hỗ trợ|tư vấn)\s+(?:(?i:liên tục)\s+)?$", text[:m.start()]):
                continue  # `mở cửa 24/7`: round the clock, no day (s63, set P182)
            if kind == "dm" and _SPAN_OF.match(m.group()) and _COUNTED_AFTER.match(text, m.end()):
                continue  # `từ 3-5 ngày`, `từ 2 – 5 giờ`, `từ 7-8%`: a span of a count, no day
            if kind == "month_named" and m.group()[:5].lower() == "tháng" and _NAMED_AFTER.search(text[:m.start()]):
                continue  # `Cách mạng Tháng Tám`, `đường Tháng Tám`: a name, not a date
            if kind == "relative" and re.match(r"\s*\(\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{4}", text[m.end():]):
                continue  # `Hôm nay (18.2.2022)`: the day the bracket writes
            if kind == "dm" and published is None and re.match(r"(?i:hôm|sáng|chiều|tối|trưa|đêm)\s+(?i:nay|qua)\s*\(\s*\d{1,2}\s*/", m.group()):
                continue  # `Sáng nay (13/7)` on a page with no date: the bracket's day alone, read as any yearless day (s58)
            if _LUNAR.match(text, m.end()):
                continue  # `ngày 10 tháng 3 âm lịch (tức 14-4)`: a day of the lunar calendar, not of ISO 8601's
            for value, precision in _values(kind, m, _report_year(kind, m, default_year, published, text), published):
                add(m.start(), m.end(), value, precision)
    for start, end, value, precision in relative_dates.find(text, published):  # tuần trước, năm ngoái, ...
        if not any(s < end and start < e for s, e in taken):
            add(start, end, value, precision)
    return [fact for _, fact in sorted(out, key=lambda pair: pair[0])]


_FUTURE = re.compile(r"(?<!\w)(?i:sẽ|dự kiến|sắp|tới đây|kế hoạch|chuẩn bị|chuẩn bị cho)(?!\w)|\d\s+(?i:tới)(?!\w)")
_REPORT_AHEAD = 150  # days after publication that a yearless day of a report may lie


def _report_year(kind: str, m: re.Match[str], year: int | None, published: date | None, text: str) -> int | None:
    """The year of a yearless day: the publication year, or the year before when that would put the day five months
    or more after publication in a sentence that plans nothing (`Ngày 28/12, Sở đã tổ chức ...` in a paper of
    5 January)."""
    if kind == "month_only" and published is not None and year == published.year and re.match(r"\s+(?i:tới)(?!\w)", text[m.end():]):
        return year + (int(next(x for x in m.groups() if x is not None)) < published.month)  # `tháng 3 tới` in December: next year's
    if kind not in ("dm", "bare_dm") or published is None or year != published.year or _FUTURE.search(text):
        return year
    d, mo = (int(x) for x in [x for x in m.groups() if x is not None][:2])
    if not _valid(year, mo, d) or (date(year, mo, d) - published).days <= _REPORT_AHEAD:
        return year
    return year - 1


def _values(kind: str, m: re.Match[str], year: int | None, published: date | None) -> Iterator[tuple[str, str]]:
    g = m.groups()
    if kind == "bracket_day_range":
        kind, g = "bare_day_range", (*g, None)
    if kind == "bare_day_range" and int(g[0]) >= int(g[1]):
        return  # `30 - 2/10/2025` is no range of one month (and `5 - 12/3/2024` may be a code): left to `dmy`
    if kind == "bare_dm_range" and (int(g[1]), int(g[0])) >= (int(g[3]), int(g[2])):
        return
    if kind == "bare_dm_range":
        g = (g[0], g[1], None, g[2], g[3], g[4])  # (as `dm_range`, whose first date may write its year)
    kind = kind.removeprefix("bare_")
    if kind == "wordy_day":
        y = int(g[2]) if g[2] else year
        d, mo = int(g[0]), int(g[1])
        if y and _valid(y, mo, d):
            yield f"{y:04d}-{mo:02d}-{d:02d}", "day"
    elif kind == "wordy_range":
        y = int(g[3]) if g[3] else year
        mo = int(g[2])
        for d in (int(g[0]), int(g[1])):
            if y and _valid(y, mo, d):
                yield f"{y:04d}-{mo:02d}-{d:02d}", "day"
    elif kind == "dm_range":  # (day, month, its year if written, day, month, year)
        (d1, m1), (d2, m2) = (int(g[0]), int(g[1])), (int(g[3]), int(g[4]))
        y = int(g[5]) if g[5] else (int(g[2]) + ((m2, d2) < (m1, d1)) if g[2] else year)  # (`từ 18/3/1975 đến 19/11`)
        y1 = int(g[2]) if g[2] else (y - 1 if y and m1 > m2 else y)  # `từ 28/12 đến 3/1/2020` starts in 2019
        for yy, mo, d in ((y1, m1, d1), (y, m2, d2)):
            if yy and _valid(yy, mo, d):
                yield f"{yy:04d}-{mo:02d}-{d:02d}", "day"
    elif kind == "day_range":
        y = int(g[3]) if g[3] else year
        mo = int(g[2])
        for d in (int(g[0]), int(g[1])):
            if y and _valid(y, mo, d):
                yield f"{y:04d}-{mo:02d}-{d:02d}", "day"
    elif kind == "dmy":
        d, mo, y = int(g[0]), int(g[2]), int(g[3])
        if _valid(y, mo, d):
            yield f"{y:04d}-{mo:02d}-{d:02d}", "day"
    elif kind == "month_range":  # (its first and last month, as `từ tháng 9 đến tháng 10/2020` gives them)
        mo1, mo2, y = int(g[0]), int(g[1]), int(g[2])
        if 1 <= mo1 < mo2 <= 12:
            yield f"{y:04d}-{mo1:02d}", "month"
            yield f"{y:04d}-{mo2:02d}", "month"
    elif kind in ("month", "month_year_bare"):
        mo, y = int(g[0]), int(g[1])
        if 1 <= mo <= 12:
            yield f"{y:04d}-{mo:02d}", "month"
    elif kind == "quarter":
        yield f"{int(g[1]):04d}-Q{_ROMAN[g[0].upper()]}", "quarter"
    elif kind in ("dm", "bare_dm"):
        d, mo = (int(x) for x in [x for x in g if x is not None][:2])  # (`dm` has a second form: `ngày 29.5`)
        if year and _valid(year, mo, d):
            yield f"{year:04d}-{mo:02d}-{d:02d}", "day"
    elif kind == "now_range":  # (the publication day, then the day written)
        y = int(g[2]) if g[2] else year
        if published is not None and y and _valid(y, int(g[1]), int(g[0])) and date(y, int(g[1]), int(g[0])) >= published:
            yield published.isoformat(), "day"
            yield f"{y:04d}-{int(g[1]):02d}-{int(g[0]):02d}", "day"
    elif kind == "month_named":
        mo = _MONTH_NAMES[g[0]]
        y = int(g[1]) if g[1] else year
        if y:
            yield f"{y:04d}-{mo:02d}", "month"
    elif kind == "month_only":
        mo = int(next(x for x in g if x is not None))
        if year and 1 <= mo <= 12:
            yield f"{year:04d}-{mo:02d}", "month"
    elif kind == "year":
        yield g[0], "year"
    elif kind == "relative":
        value = _relative(m.group(), published)
        if value:
            yield value, "day"


def extract(analysis: Analysis, published: str | None) -> list[DateFact]:
    """Every date expression of an article, in text order."""
    base = parse_published(published)
    fallback = None if base else now_year(analysis.text) or reference_year(analysis.text)
    paragraph_years = {} if base else _paragraph_years(analysis)
    found: list[DateFact] = []
    for sentence in analysis.sentences:
        here = in_sentence(sentence, base, paragraph_years.get(sentence.paragraph, fallback))
        here = [d for d in here if not _APPOSED_DAY.match(sentence.text, d.evidence.end - sentence.start) or not _RELATIVE_WORD.search(d.text)]
        found += _same_day(sentence, here, found) + here  # (`sáng nay, ngày 26/9/2019`: the day written, not the relative word's)
    stamp = None if base else STAMP.search(analysis.text[:300])
    if stamp and not stamp.group(3):  # a month stamp (`date 2017-03`): a yearless day it gave its
        month = f"{stamp.group(1)}-{stamp.group(2)}"  # year cannot fall months after it (`Ngày 4-10, ...`: a past October)
        later = [d for d in found if d.precision == "day" and d.value[:4] == stamp.group(1) and d.value[:7] > _months_on(month, 1)
                 and not re.search(rf"{stamp.group(1)}(?!\d)", d.text)]
        kept = [d.evidence for d in found if d not in later]  # (but a range's end whose first day stays: `từ ngày 31/8-2/9`)
        found = [d for d in found if d not in later or d.evidence in kept]
        found += _today_in_month(analysis, found, month)  # `Lễ kỷ niệm ... diễn ra hôm nay` under `date 2023-04`: in April 2023
    return sorted(found, key=lambda d: d.evidence.start)


_TODAY = re.compile(r"(?<!\w)(?i:hôm nay|(?:sáng|chiều|tối|trưa) nay)(?!\w)(?!\s*\()")


def _today_in_month(analysis: Analysis, found: list[DateFact], month: str) -> list[DateFact]:
    """The relative days (`hôm nay`, `sáng nay`) of a page whose stamp gives only its month, as that month, where no date
    was read at them."""
    taken = {d.evidence.start for d in found}
    return [DateFact(text=m.group(), value=month, precision="month", evidence=Evidence(
                start=sentence.start + m.start(), end=sentence.start + m.end(), sentence=sentence.text))
            for sentence in analysis.sentences for m in _TODAY.finditer(sentence.text) if sentence.start + m.start() not in taken]


def _months_on(month: str, n: int) -> str:
    """`2017-03` and 1: `2017-04`."""
    y, m = int(month[:4]), int(month[5:7]) + n
    return f"{y + (m - 1) // 12:04d}-{(m - 1) % 12 + 1:02d}"


_APPOSED_DAY = re.compile(r"\s*,\s*(?i:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d{2})?(?!\d)")
_RELATIVE_WORD = re.compile(r"(?<!\w)(?i:nay|qua|hôm nay|hôm qua|mai)$")
_THIS_DAY = re.compile(r"(?<!\w)(?i:sáng|chiều|tối|trưa|hôm)\s+(?i:nay)(?!\w)(?!\s*\()")


def _glossed(day: DateFact) -> bool:
    """Whether the day is written in brackets after a relative word (`sáng nay (21/10)`): the page's day, glossed."""
    return re.search(rf"(?i:nay)\s*\(\s*(?i:ngày\s+)?{re.escape(day.text)}", day.evidence.sentence) is not None


_SAME_DAY = re.compile(r"(?<!\w)(?:(?i:sáng|chiều|tối|trưa|đêm|trong|ngay)\s+)?(?i:cùng ngày|cùng hôm)(?!\w)")


def _same_day(sentence: Sentence, here: list[DateFact], before: list[DateFact]) -> list[DateFact]:
    """`chiều cùng ngày` (the afternoon of the same day): the day last written before it in the article; and a bare `sáng
    nay` of a page with no date when the article glossed one before (`sáng nay (21/10)`): that day."""
    m = _SAME_DAY.search(sentence.text)
    days = [d for d in before if d.precision == "day"]
    if m is None and (m := _THIS_DAY.search(sentence.text)) is not None:
        days = [d for d in before if d.precision in ("day", "month_day") and _glossed(d)]
    if not m or not days or any(d.evidence.start - sentence.start < m.end() for d in here):
        return []
    return [DateFact(text=m.group(), value=days[-1].value, precision=days[-1].precision,
                     evidence=Evidence(start=sentence.start + m.start(), end=sentence.start + m.end(), sentence=sentence.text))]


def _paragraph_years(analysis: Analysis) -> dict[int, int]:
    """The one year each paragraph of an undated article names (`năm 2024`, no birth, founding or target), for its
    yearless days: `Dự kiến, từ ngày 26/9 đến 30/9, Diễn đàn ... Sự kiện với chủ đề ... Kiên Giang năm 2024`."""
    years: dict[int, set[int]] = {}
    for sentence in analysis.sentences:
        text = sentence.text
        years.setdefault(sentence.paragraph, set()).update(
            int(m.group(1)) for m in _YEAR_AFTER_NAM.finditer(text) if not _NOT_NEWS_YEAR.search(text[:m.start()]))
    return {paragraph: next(iter(found)) for paragraph, found in years.items() if len(found) == 1}


# A year that is not when the news happens: a birth, a founding, a programme's (`Đề án 2020`), the next host's (`nơi sẽ
# tổ chức hội nghị năm 2018`, `nền kinh tế chủ nhà năm 2018`), the end of a span (`2019 - 2024`), the base of a
# comparison (`tăng 12% so với cùng kỳ năm 2023`, `tăng 9,8% so với năm 2014`), a law's (`Bộ luật hình sự năm 2015`), a past told with `hồi` (`so với
# lần gặp mặt tại California hồi năm 2014`), a decade (`những năm thập kỷ 1970`, `thập niên 1990`).
_NOT_NEWS_YEAR = re.compile(
    r"(?:(?<!\w)(?i:sinh|thành lập|ra đời|hồi|từ|kể từ|đến|tới|tầm nhìn|dự kiến|hoàn thành|mục tiêu|kế hoạch|giai đoạn|cùng kỳ|so với|đề án|chiến lược|sẽ tổ chức|sẽ đăng cai|chủ nhà|"
    r"định hướng|nhiệm kỳ|khóa|khoá|luật|nghị định|thông tư|hiến pháp|pháp lệnh|đi vào hoạt động|đưa vào hoạt động|đi vào vận hành|"
    r"đưa vào vận hành)(?:\s+[^\s,.;]+){0,3}\s+|[-–]\s*|(?i:thập kỷ|thập niên|những năm|những)\s+)$")


# Words that tell the article's own year, `now`: `từ đầu năm 2023 đến nay`, `9 tháng đầu năm 2024`, `năm nay (2022)`.
_NOW = (re.compile(rf"(?i:(?:từ\s+)?đầu\s+năm|trong\s+năm)\s+{_Y}\s*,?\s*(?i:đến nay|tới nay|đến thời điểm này)"),
        re.compile(rf"(?<![\d.,])(?:[1-9]|1[01])\s+(?i:tháng)\s+(?:(?i:đầu)\s+)?(?i:năm)\s+{_Y}(?!\d)"),
        re.compile(rf"(?i:năm nay)\s*\(\s*{_Y}\s*\)"))
_JUBILEE = re.compile(rf"(?i:kỷ niệm)\s+(\d{{1,3}})\s+(?i:năm)[^()\n]{{0,80}}\(\s*{_Y}\s*[-–]\s*{_Y}\s*\)")
# a metadata stamp opening a line, as text tools write a page's date (`date: 2022-09-07`, `date 2022-09`): year, month, day
STAMP = re.compile(rf"(?:^|\n)[ \t]*{DATE_STAMP}(?![\d-])")


@lru_cache(maxsize=8)  # (asked once for the article's dates and again for each undated event's year)
def now_year(text: str) -> int | None:
    """The year an undated article tells as its own (a stamp `date 2022-09` opening it; `từ đầu năm 2023 đến nay`, `9 tháng đầu năm 2024`: months of
    a year not over; the last year of a jubilee's span, `kỷ niệm 30 năm tái lập tỉnh (1992-2022)`), when it tells one only; else None. On 575 dated domain pages, such a year was the year of
    publication on all 24 that told one."""
    stamp = STAMP.search(text[:300])
    if stamp:
        return int(stamp.group(1))  # a stamp that opens the text (`date 2022-09`, a text tool's metadata) is its own
    years = {int(m.group(1)) for rx in _NOW for m in rx.finditer(text)}
    years |= {int(m.group(3)) for m in _JUBILEE.finditer(text) if int(m.group(3)) - int(m.group(2)) == int(m.group(1))}
    return years.pop() if len(years) == 1 else None  # (`kỷ niệm 30 năm tái lập tỉnh (1992-2022)`: a jubilee is of its year)


def reference_year(text: str) -> int | None:
    """The year an undated article names most often (the latest of equals), ignoring births, foundings, targets
    and span ends (`sinh năm 1992`, `từ năm 2013`, `tầm nhìn 2035`, `hoàn thành vào cuối năm 2020`, `2019 - 2024`);
    a year named once counts only in a date or as the latest of several, so an article that names one year once
    gets None."""
    years = [int(m.group(1)) for m in re.finditer(rf"(?<![\d.,]){_Y}(?![\d]|\s*[-–]\s*\d)", text)
             if not _NOT_NEWS_YEAR.search(text[:m.start()])]
    if not years:
        return None
    counts: dict[int, int] = {}
    for y in years:
        counts[y] = counts.get(y, 0) + 1
    dated = {int(m.group(1)) for m in re.finditer(rf"\d{{1,2}}\s*[/.-]\s*{_Y}(?!\d)", text)}
    # a year named once may be history (`sinh năm 1983`): trust it twice, in a date, or as the latest of several
    trusted = [y for y in counts if counts[y] >= 2 or y in dated or (len(counts) > 1 and y == max(counts))]
    if not trusted:
        return None
    return max(trusted, key=lambda y: (counts[y], y))


def yearless_days(analysis: Analysis, found: list[DateFact]) -> list[DateFact]:
    """The days an article without a publication date writes without a year and `extract` could give none (no year
    in their sentence, paragraph or article): each as its month and day, `--07-09` at precision `month_day`, so that
    the facts list holds what an event's `--07-09` date was read from."""
    taken = [(d.evidence.start, d.evidence.end) for d in found]
    out = []
    for sentence in analysis.sentences:
        if not _DIGIT.search(sentence.text) and "háng " not in sentence.text:  # (`tháng Bảy`: a month in words)
            continue
        for d in in_sentence(sentence, None, PLACEHOLDER):
            day = month_day(d)
            if day is not None and not any(s < d.evidence.end and d.evidence.start < e for s, e in taken):
                out.append(day)
    return out


PLACEHOLDER = 2000  # any leap year (`29/2`): only the month and day are kept
WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def news_year_written(text: str) -> bool:
    """Whether `text` writes a year that may be its news's: not only the span of a plan, a vision or a target
    (`giai đoạn 2024-2030; tầm nhìn đến năm 2050`), which dates no day of it."""
    return any(not _NOT_NEWS_YEAR.search(text[:m.start()]) and not re.match(r"\s*[-–]\s*(?:19|20)\d{2}", text[m.end():])
               for m in WRITTEN_YEAR.finditer(text))


def month_day(day: DateFact) -> DateFact | None:
    """A day read in the `PLACEHOLDER` year as its month and day alone (`--07-09`, precision `month_day`), a month as
    its month alone (`hồi tháng 7`: `--07`, precision `month_only`), else None."""
    if day.precision not in ("day", "month") or not day.value.startswith(f"{PLACEHOLDER}-"):
        return None
    return day.model_copy(update={"value": "--" + day.value[5:], "precision": "month_day" if day.precision == "day" else "month_only"})
