"""Page stage: a raw document in, an `Article` (clean text and metadata) out, or a `Skip`.

HTML goes through `html.parse_html` (boilerplate, captions, the extractor chain, title and dateline),
page dumps through vnie's own boilerplate filter (`dumps.parse_dump`), clean corpus text is only
normalised. Every article's text is normalised here once (`textnorm.normalize`), so the offsets of all
later stages point into `Article.text`. Photo captions follow the body, one a line, from
`Article.caption_start` on.
"""

from __future__ import annotations

import re

from pipeline.documents import Article, RawDocument
from pipeline.errors import Skip
from pipeline.facts.dates import STAMP
from pipeline.language.analysis import check_vietnamese
from pipeline.language.textnorm import normalize
from pipeline.page.boilerplate import is_block_end, is_dated_link, is_related_link
from pipeline.page.decoding import decode
from pipeline.page.dumps import byline, find_date, is_dateline, is_noise, local_time, parse_dump
from pipeline.page.html import HtmlPage, parse_html
from pipeline.page.linebreaks import unwrapped
from pipeline.settings import Settings


def _published(value: object) -> str | None:
    """A corpus entry's own `published`, as ISO 8601, or None."""
    if not value:
        return None
    text = str(value).strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return text
    return find_date(text)


def html_page(doc: RawDocument) -> tuple[HtmlPage, list[str]]:
    """Decode an HTML document and read it as a page (`vnie page` shows the result); raise `Skip`."""
    raw = doc.data if isinstance(doc.data, bytes) else str(doc.data).encode("utf-8")
    decoded = decode(raw, doc.meta.get("charset"))
    return parse_html(decoded.text, url=doc.url), list(decoded.warnings)


def _with_captions(body: str, captions: list[str]) -> tuple[str, int | None]:
    body = normalize(body).strip()
    captions = [c for c in (normalize(c).strip() for c in captions) if c]
    if not captions:
        return body, None
    if not body:
        return "\n".join(captions), 0
    return body + "\n" + "\n".join(captions), len(body) + 1


def to_article(doc: RawDocument, settings: Settings) -> Article:
    """Turn one raw document into an article; raise `Skip` with a reason when it is not one."""
    warnings: list[str] = []
    meta = doc.meta
    given = _published(meta.get("published"))
    if doc.kind == "text":
        text = without_related_links(unwrapped(normalize(str(doc.data))))
        title = meta.get("title") or _headline(text)
        dateline = None if given else _dateline(text)
        article = Article(doc, text, title, given or dateline, meta.get("author"), meta.get("sitename"), extractor="text",
                          title_from="headline" if title and not meta.get("title") else None,
                          published_from="corpus" if given else ("dateline" if dateline else None))
    elif doc.kind == "html":
        page, warnings = html_page(doc)
        text, caption_start = _with_captions(without_related_links(unwrapped(page.text)), page.captions)
        article = Article(
            doc, text, _clean(page.title), given or page.published, _clean(page.author), _clean(page.sitename),
            caption_start=caption_start, extractor=page.extractor, title_from=page.title_from,
            published_from="corpus" if given else page.published_from,
        )
    else:
        raw = doc.data if isinstance(doc.data, bytes) else str(doc.data).encode("utf-8")
        decoded = decode(raw, meta.get("charset"))
        warnings.extend(decoded.warnings)
        dump = parse_dump(normalize(decoded.text))
        article = Article(doc, unwrapped(dump.text), dump.title, given or dump.published, dump.author, extractor="dump",
                          title_from="dump" if dump.title else None,
                          published_from="corpus" if given else ("dump" if dump.published else None))
    body = article.text[: article.caption_start] if article.caption_start is not None else article.text
    if not article.text.strip():
        raise Skip("empty", "no main text left after boilerplate removal")
    check_vietnamese(body if len(body) >= settings.min_chars else article.text, settings.min_chars, settings.min_vietnamese)
    title_from = "corpus" if meta.get("title") else article.title_from
    return Article(
        doc, article.text, meta.get("title") or article.title, article.published, article.author,
        meta.get("sitename") or article.sitename, warnings, article.caption_start, article.extractor, title_from,
        article.published_from,
    )


def without_related_links(text: str) -> str:
    """The text up to a heading of a related-news or comment block (`Tin liên quan`, `Ý kiến bạn đọc`), without the run of
    related articles' links that ends it (`- Title (03-01-2019)` lines), and without
    any run of two or more links that open with their date (`- 18.05.2024 Khai mạc triển lãm ...`), wherever it is."""
    lines = text.split("\n")
    block = next((i for i, line in enumerate(lines) if is_block_end(line) and len("\n".join(lines[:i])) >= _BODY_BEFORE_BLOCK), None)
    lines = lines[:block] if block is not None else lines  # (`Ý kiến bạn đọc`, `Những tin cũ hơn`: the page's comment or link block)
    lines = _without_topic_menu(_without_headlines_after_byline(_without_dashed_links(_without_bulleted_links(lines))))
    lines = _without_headline_before_credits(lines)
    lines = [line for line in lines if not _SLUGGED.match(line) or len(line.split()) > 40]  # (`vinh danh lang nghe ... Phú Túc |
    # LĐLĐ huyện tổ chức liên hoan ...`: a related link whose image's unaccented slug opens the line)
    text = "\n".join(lines)
    dated = [is_dated_link(line) for line in lines]
    run = [dated[i] and ((i > 0 and dated[i - 1]) or (i + 1 < len(lines) and dated[i + 1])) for i in range(len(lines))]
    if any(run):
        lines = [line for line, linked in zip(lines, run, strict=True) if not linked]
        text = "\n".join(lines)
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or is_related_link(lines[end - 1])):
        end -= 1
    if not any(is_related_link(line) for line in lines[end:]):
        return text
    return "\n".join(lines[:end]).rstrip()


# five words or more of an unaccented, lower-case slug opening a line (a link's image text), then accented words
_SLUGGED = re.compile(r"^\s*(?:[a-z]{1,7}\s+){5,}(?=.*[à-ỹđĐÀ-Ỹ])")
_HEADLINES_AFTER = 6  # headlines after a closing byline at most
_CREDIT_LEAD = re.compile(r"(?i:ảnh|theo|nguồn|đồ họa|đồ hoạ|thiết kế|clip|video|\*)(?!\w)")


_TOPIC_MENU = re.compile(r"^\s*(?:\d{1,2}\.\s*)?(?i:dòng sự kiện|chủ đề nóng)\s*:\s*$")  # (a site's menu heads only: `Sự kiện:`
# or `Tiêu điểm:` may open the article's own list)
_MENU_ITEM = re.compile(r"^\s*(?:\d{1,2}\.|[-•*])\s*\S")


def _without_topic_menu(lines: list[str]) -> list[str]:
    """Lines without a site's menu of hot topics (`1. Dòng sự kiện:` | `2. Máy bay quân sự rơi ở Bình Định` | `3. Kỳ họp thứ 8
    Quốc hội khóa XV`): the heading and the numbered or bulleted short lines right after it."""
    out: list[str] = []
    menu = False
    for line in lines:
        if _TOPIC_MENU.match(line):
            menu = True
            continue
        if menu and _MENU_ITEM.match(line) and len(line.split()) <= 14:
            continue
        menu = False
        out.append(line)
    return out


def _without_headlines_after_byline(lines: list[str]) -> list[str]:
    """Lines without the headlines of related articles that follow the article's closing byline (`Mai Lan` | `Thông báo
    điều chỉnh thời gian tổ chức Lễ Phát động ...` | `CHUYÊN GIA CHIA SẺ - Số 2: ...`): two to six lines of five words or
    more that end no sentence nor open with a credit (`Ảnh`, `Theo`), after a byline in the second half of the text."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for n in range(len(filled) - 2, max(-1, len(filled) - 2 - _HEADLINES_AFTER), -1):
        i = filled[n]
        if byline(lines[i]) is None or len("\n".join(lines[:i])) < len("\n".join(lines)) / 2 or len(lines[i].split()) > 4:
            continue
        after = [lines[k].strip() for k in filled[n + 1:]]
        if len(after) >= 2 and all(5 <= len(h.split()) <= 40 and not h.endswith((".", "!", "?", "…", ":", ";", ",", ")"))
                                   and not _CREDIT_LEAD.match(h) for h in after):
            return lines[:i + 1]  # (two or more: one line after a byline is as often a photo's caption, which stays)
    return lines


def _without_headline_before_credits(lines: list[str]) -> list[str]:
    """Lines without one related article's headline set between the body's last sentence and the closing credits (`...
    trên toàn thế giới…` | `Khởi công xây dựng Nhà máy nhiệt điện Thăng Long` | `Theo BT` | `huongtt` | `Chinhphu.vn`): a
    line of five to forty words that ends no sentence, after a line that does, before short lines only (three words at
    most), one of them a credit (`Theo`, `Nguồn`) or a byline."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    tail = len(filled)
    while tail > 0 and len(lines[filled[tail - 1]].split()) <= 3:
        tail -= 1
    credits = [lines[i].strip() for i in filled[tail:]]
    if tail < 2 or not credits or not any(_CREDIT_LEAD.match(c) or byline(c) is not None for c in credits):
        return lines
    head, body = lines[filled[tail - 1]].strip(), lines[filled[tail - 2]].rstrip()
    if 5 <= len(head.split()) <= 40 and not head.endswith((".", "!", "?", "…", ":", ";", ",", ")", '"', "”")) and not _CREDIT_LEAD.match(head) \
            and body.endswith((".", "!", "?", "…", '"', "”")) and len("\n".join(lines[:filled[tail - 1]])) >= _BODY_BEFORE_BLOCK:
        return lines[:filled[tail - 1]] + lines[filled[tail - 1] + 1:]
    return lines


_BODY_BEFORE_BLOCK = 400  # characters of text before a block's heading ends a text there (not a heading that opens it)
_BULLET = frozenset("-–•+*")


def _without_bulleted_links(lines: list[str]) -> list[str]:
    """Lines without a block of two or more headlines each set between bullet-only lines (`-`, `•`), as a page's
    list of related articles comes out as text (`-\nKhởi công Nhiệt điện X: ...\n-\nViệt Nam áp thuế ...\n-`)."""
    bullet = [line.strip() in _BULLET for line in lines]
    listed = [0 < i < len(lines) - 1 and bullet[i - 1] and bullet[i + 1] and not bullet[i] and 2 <= len(lines[i].split()) <= 40
              and not lines[i].rstrip().endswith((".", ":")) for i in range(len(lines))]
    if sum(listed) < 2:
        return lines
    drop = {i for i, x in enumerate(listed) if x}
    drop |= {i for i in range(len(lines)) if bullet[i] and ((i > 0 and listed[i - 1]) or (i + 1 < len(lines) and listed[i + 1]))}
    return [line for i, line in enumerate(lines) if i not in drop]


_DASHED = re.compile(r"\S\s+[-–]$")  # a headline closed by a separator dash (`Quảng Ngãi quyết liệt gỡ vướng ... -`)
_SENTENCE_END = re.compile(r"[.!?…:”\"]$")


def _without_dashed_links(lines: list[str]) -> list[str]:
    """Lines without a block of two or more headlines closed by a separator dash (a page's related links run together:
    `Gia Lai: Khu công nghiệp X dự kiến khởi công ... -\nQuảng Ngãi ... -\nKURZ động thổ ...`), with the headlines between
    and right after them that end no sentence, and the bullet-only lines among them."""
    out, n = [], 0
    while n < len(lines):
        m = n
        dashed = 0
        while m < len(lines) and (_DASHED.search(lines[m].rstrip()) or lines[m].strip() in _BULLET or (
                m > n and lines[m].strip() and not _SENTENCE_END.search(lines[m].rstrip()) and len(lines[m].split()) <= 30)):
            dashed += bool(_DASHED.search(lines[m].rstrip()))
            m += 1
        if dashed < 2:  # (a block that starts later inside this one stops at the same line with fewer dashes: keep it all)
            out.extend(lines[n:max(m, n + 1)])
        n = max(m, n + 1)
    return out


def _dateline(text: str) -> str | None:
    """The date of a dateline among a text's first four lines, or its head under a site's clock (`28/08/2016 14:19 PM | Xã hội`, `Thứ Bảy, Ngày 10
    tháng 05 năm 2025`): a short line that holds a date and little else, not a sentence that names one; or a
    metadata stamp opening one of them (`date: 2022-09-07`)."""
    head = [line.strip() for line in text[:2000].split("\n") if line.strip()][:8]  # (no split of a whole huge text)
    lines = head[:4]
    if any(_CLOCK.match(line) or _WEEKDAY_LINE.fullmatch(line) for line in lines):  # a site's clock (`Thứ năm 29/01/2026 08:58`) over a hotline, a section and
        lines = head[:next((n for n, line in enumerate(head) if len(line.split()) > 25), len(head))]  # the headline: the
        # article's stamp may stand under them, above the body (`12/10/2020 00:00`)
    stamp = STAMP.search("\n".join(lines))
    if stamp and stamp.group(3):  # `date: 2022-09-07` opening a line, as a text tool writes a page's metadata
        return "-".join(stamp.groups())
    posted = [line for line in lines if _POSTED.match(line) and is_dateline(line) and _little_else(line)]
    if posted and any(_CLOCK.match(line) or _WEEKDAY_LINE.fullmatch(line) for line in lines):
        return local_time(find_date(posted[0]))  # `Thứ Ba, 30/04/2024 02:40:43 GMT+7` (the site's clock) over `Tin đăng lúc
        # 18-07-2016`: the line that says the article was posted then is its date (s66, set P193)
    clocks = {n for n, line in enumerate(lines) if _CLOCK.match(line) and any(_CONTACT.match(nxt) for nxt in lines[n + 1:n + 3])}
    found = [local_time(find_date(line)) for n, line in enumerate(lines) if is_dateline(line) and _little_else(line)
             and n not in clocks]  # (a clock over the site's hotline is today's date on every page, never the article's)
    if lines and not found and 0 not in clocks:
        tail = _TRAILING_STAMP.search(lines[0])  # (`Ký kết ... tại Diễn đàn X 2025 17/10/2025 20:20`: a headline and its stamp)
        found = [local_time(find_date(tail.group()))] if tail else []
    # A page's clock (`Thứ sáu, ngày 22/11/2024`, today's date on every page) before the article's own stamp with its time
    # (`Thứ Năm 18/10/2018 16:15`): the stamp with a time is the article's; of two with a time (a clock that shows the hour
    # too, `Chủ nhật, 15/02/2026 21:24` over `Thứ hai, 18/01/2021 09:25`; or a stamp and its update), the earlier.
    timed = [d for d in found if d and "T" in d]
    return min(timed) if timed else found[0] if found else None


_CLOCK = re.compile(r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)\b[^\n]{0,25}\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2}")
# a line that is only a weekday's date (`Thứ sáu, Ngày 3 Tháng 5 Năm 2024`): a site's clock, or the article's day; a stamp
# with a time under the headline (`04/11/2019 09:17`) is then the article's
_WEEKDAY_LINE = re.compile(r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)\b[^\n]{0,40}?(?:19|20)\d{2}\s*")
# a line that says when the article was posted (`Tin đăng lúc 18-07-2016`, `Ngày đăng: ...`), not updated
_POSTED = re.compile(r"\W*(?:(?i:tin|bài)\s+)?(?i:đăng lúc|đăng ngày|ngày đăng|ngày đăng tải|ngày xuất bản|xuất bản|thời gian đăng|đăng tải|ngày gửi)(?!\w)")
_CONTACT = re.compile(r"\s*(?i:hotline|đường dây nóng|email|e-mail|điện thoại|liên hệ)\s*:")
_TRAILING_STAMP = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s*$")


def _little_else(line: str) -> bool:
    """A dateline holds a date, a weekday, a time and a section name at most, and no sentence (nor a birth date:
    `Sinh ngày: 18/12/1998`)."""
    rest = re.sub(r"\d+|(?i:thứ|chủ nhật|ngày|tháng|năm|cập nhật|đăng|lúc|giờ|am|pm|gmt)\b|[^\w\s]", " ", line)
    return len(rest.split()) <= 3 and not line.rstrip().endswith(".") and not re.search(r"(?i)(?<!\w)sinh(?!\w)", line)


def _headline(text: str) -> str | None:
    """The first line of a corpus entry without a title, when it reads as a headline: more text follows, it
    has 3 to 40 words, and it does not end like a sentence of the body (`.`, `,`, `;`, `:`)."""
    first, newline, rest = text.strip().partition("\n")
    first = first.strip()
    stamp = STAMP.match(first)
    if stamp and len(first[stamp.end():].split()) >= 3:
        first = first[stamp.end():].strip()  # `date 2025-09-12 Đổ xô tìm hiểu ...`: a text tool's stamp before the headline
    while newline and (is_dateline(first) or _POSTED.match(first) or is_noise(first) and re.search(r"\d", first)) and rest.strip():
        first, newline, rest = rest.strip().partition("\n")  # (a site's clock, the posting stamp or a counter above the
        first = first.strip()  # headline: `Thứ Ba, 30/04/2024 02:40:43 GMT+7`, `Lượt xem: 4608`; s66, set P193)
    if not newline or not rest.strip() or not 3 <= len(first.split()) <= 40 or first[-1] in ".,;:":
        return None
    return first


def _clean(value: str | None) -> str | None:
    return normalize(value).strip() if value else None
