"""Page → text for HTML: boilerplate out, captions kept apart, the main text found by a chain that does not give up.

1. The page's metadata (`metadata.read`): title, site name, author, date, JSON-LD `articleBody`.
2. Boilerplate elements are cut from a copy of the tree by tag (`nav`, `aside`, `footer`, ...) and by
   class or id (`boilerplate.class_reason`: related, tags, share, counters, sidebars, footers, comments),
   never the one holding the article's largest paragraph; photo captions (`figcaption`, caption classes,
   image tables, an italic line under a picture) are taken out and kept.
3. The main text: trafilatura (precision), then trafilatura's recall mode, its baseline, then vnie's
   block-density extractor (`blocks.densest`), then JSON-LD `articleBody` or the article of the page's
   application JSON (`appdata.app_article`, `__NEXT_DATA__`); an extractor's text is taken when it holds at
   least half of what the densest block or the JSON body holds (80% of an app's JSON body, as the HTML of
   such pages is often a teaser). `extractor` says which one. A lead outside the body's container is put
   back (`_lead`), the outlet's stamp opening it (`(Dân trí) - `) cut.
4. Lines that are noise, links, tags, source, footer, title, dateline or byline are dropped
   (`dumps.clean_lines`); the byline becomes the author. The dateline is read near the title only.
Every cut is kept in `removed` as (reason, text) for `vnie page`.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field
from functools import cache

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from pipeline.errors import Skip
from pipeline.facts.lexicon import entries
from pipeline.language.textnorm import fold
from pipeline.page import appdata, cleaning, metadata
from pipeline.page.blocks import Block, blocks, densest
from pipeline.page.boilerplate import has_dateline_lead, line_reason
from pipeline.page.dumps import byline, clean_lines, find_date, is_body, is_dateline, local_time

_OPEN = re.compile(r"<(?:html|body)[\s>]", re.I)
_CLOSE = re.compile(r"</(?:html|body)\s*>", re.I)
# `(Dân trí) - `, `(ĐCSVN) – `, `(Chinhphu.vn) -`: the outlet's stamp that opens a sapo (at most four words
# in brackets, each capitalised or a web name, then a dash).
_OUTLET_STAMP = re.compile(r"^\((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w.]*)(?:\s+[\w.]+){0,3}\)\s*[-–—]\s*(?=\S)")
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>", re.I)
# Blocks cut from the text that may still hold the page's dateline (a date beside the share buttons).
_DATE_PLACES = frozenset({"share", "counter", "tags", "caption"})


class _QuietWhenEmpty(logging.Filter):
    """trafilatura warns `discarding data` when it finds no main text; vnie then tries its fallbacks and
    reports an empty page itself, so the warning is noise on the console."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("discarding data")


logging.getLogger("trafilatura.core").addFilter(_QuietWhenEmpty())


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    published: str | None
    author: str | None
    sitename: str | None
    captions: list[str] = field(default_factory=list)
    extractor: str = "trafilatura"
    title_from: str | None = None
    published_from: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)


def _trafilatura(page: str, url: str | None, mode: str) -> str:
    if mode == "baseline":
        _, base, _ = trafilatura.baseline(page)
        return base or ""
    text = trafilatura.extract(
        page, url=url, include_comments=False, include_tables=True, include_images=False, with_metadata=False,
        favor_precision=mode == "precision", favor_recall=mode == "recall", deduplicate=False,
    )
    return text or ""


def _drop_layout_cells(container: etree._Element | None, removed: list[tuple[str, str]]) -> None:
    """In a table layout, cut the columns and rows around the cell that holds the article (menus, leaders'
    lists, most-read lists, the footer row): boilerplate by position."""
    if container is None:
        return
    main = len(metadata.text_of(container))
    for ancestor in [container, *container.iterancestors()]:
        name = cleaning.tag_name(ancestor)
        if name not in ("td", "tr"):
            continue
        parent = ancestor.getparent()
        if parent is None:
            continue
        for sibling in list(parent):
            if sibling is ancestor or cleaning.tag_name(sibling) != name:
                continue
            text = metadata.text_of(sibling)
            if len(text) < 0.5 * main:
                if text:
                    removed.append(("layout_cell", cleaning.snippet(" ".join(b.text for b in blocks(sibling)))))
                sibling.drop_tree()


def _main_text(cleaned: lxml_html.HtmlElement, url: str | None, article_body: str | None,
               removed: list[tuple[str, str]], body_from: str = "json-ld") -> tuple[list[str], str]:
    """The main text's lines and the extractor that gave them."""
    container, _ = densest(cleaned)
    _drop_layout_cells(container, removed)
    cleaning.unwrap_layout_tables(cleaned)
    _, dense = densest(cleaned)
    dense_lines = _dense_lines(dense, [])
    reference = max(sum(len(line) for line in dense_lines), len(article_body or ""))
    # An app's JSON body is the article itself; the HTML around it is often a teaser (the sapo only).
    share = 0.8 if body_from == "app-json" else 0.5
    serialised = lxml_html.tostring(cleaned, encoding="unicode")
    for mode in ("precision", "recall", "baseline"):
        try:
            text = _trafilatura(serialised, url, mode)
        except (ValueError, TypeError, etree.LxmlError):
            text = ""
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if _fragmented(lines, dense_lines):
            continue
        if lines and sum(len(line) for line in lines) >= share * reference:
            return lines, f"trafilatura-{mode}" if mode != "precision" else "trafilatura"
    if dense_lines and sum(len(line) for line in dense_lines) >= share * reference:
        return _dense_lines(dense, removed), "density"
    if article_body:
        return [line.strip() for line in article_body.split("\n") if line.strip()], body_from
    return dense_lines, "density"


def _fragmented(lines: list[str], dense: list[str]) -> bool:
    """Text cut into scraps (a word or a link a line) where the page's blocks hold whole paragraphs."""
    if len(lines) < 10 or not dense:
        return False
    mean = sum(len(line) for line in lines) / len(lines)
    dense_mean = sum(len(line) for line in dense) / len(dense)
    return mean < 30 and dense_mean > 3 * mean


def _dense_lines(found: list[Block], removed: list[tuple[str, str]]) -> list[str]:
    lines = []
    for block in found:
        if block.link_density > 0.8 and len(block.text.split()) < 40:
            removed.append(("links", cleaning.snippet(block.text)))
            continue
        lines.append(block.text)
    return lines


def _title_element(tree: lxml_html.HtmlElement, title: str | None) -> etree._Element | None:
    if not title:
        return None
    key = " ".join(fold(title).split())
    for element in tree.iter("h1", "h2", "h3", "b", "strong", "div", "p", "td", "span", "font"):
        if " ".join(fold(metadata.text_of(element)).split()) == key:
            return element
    return None


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _window(page_blocks: list[Block], title: str | None, first_line: str | None) -> list[Block]:
    """The blocks where a page's dateline sits: after the title up to the body (nearest first), then the few
    before the title; without a title, the few before the body. Never the body or what follows it."""
    key = _key(title) if title else None
    start = next((i for i, b in enumerate(page_blocks) if key and _key(b.text) == key), None)
    if start is None:
        start = next((i for i, b in enumerate(page_blocks) if b.tag == "h1"), None)
    first = _key(first_line)[:80] if first_line else None
    body = next((i for i, b in enumerate(page_blocks) if first and _key(b.text).startswith(first)
                 and (start is None or i > start)), None)
    if start is not None:
        end = body if body is not None else start + 3
        return page_blocks[start + 1:end][:8] + page_blocks[max(0, start - 3):start][::-1]
    if body is not None:
        return page_blocks[max(0, body - 5):body][::-1]
    return []


def _after_body(page_blocks: list[Block], last_line: str) -> list[Block]:
    """The three blocks right after the body's last line (where some portals print `Ngày đăng: ...`)."""
    last = _key(last_line)[:80]
    end = next((i for i in range(len(page_blocks) - 1, -1, -1) if _key(page_blocks[i].text).startswith(last)), None)
    return [] if end is None else page_blocks[end + 1:end + 4]


def _time_near(window: list[Block]) -> str | None:
    """The date of a `<time>` element inside the dateline window, or the ISO date in an attribute of an
    element there that shows a time (`<span class="time" title="2019-03-10T18:20">3 giờ trước</span>`)."""
    for block in window:
        if block.element is None:
            continue
        for element in block.element.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag == "time":
                value = metadata.iso(element.get("datetime") or element.get("pubdate") or "")
            else:
                value = metadata.attribute_date(element)
            shown = _key(metadata.text_of(element))
            if value and (not shown or shown in _key(block.text)):
                return value
    return None


def _dateline(window: list[Block]) -> str | None:
    """The page's own dateline: a short date line in the window."""
    for block in window:
        text = block.text.strip()
        if is_dateline(text) and not (text.endswith(".") and len(text.split()) > 6):
            return _with_zone(find_date(text), text)
    return None


def _last_heading(page_blocks: list[Block]) -> str | None:
    """The last heading-like line before the page's first paragraph: 4 to 40 words, not a link, a sentence,
    a dateline or a boilerplate line."""
    found = []
    for block in page_blocks:
        if is_body(block.text):
            break
        words = len(block.text.split())
        if (4 <= words <= 40 and block.link_density < 0.5 and not block.text.endswith(".")
                and not is_dateline(block.text) and not line_reason(block.text)):
            found.append(block.text)
    return found[-1] if found else None


def _heading_title(meta: metadata.PageMeta, page_blocks: list[Block], first_line: str | None,
                   host: str | None = None) -> tuple[str | None, str | None]:
    """When only `<title>` gave a title: the page's own heading that `<title>` contains (the rest is the
    site's name), or for a generic `<title>` (a few words, or only the site's name) the heading right
    before the body. A page without any title metadata: its last heading-like line before the first
    paragraph."""
    if meta.title is None:
        return _last_heading(page_blocks), None
    if meta.title_from != "title" or not meta.html_title:
        return None, None
    whole = _key(meta.html_title)
    first = _key(first_line)[:80] if first_line else None
    best = None
    for block in page_blocks:
        if is_body(block.text):
            break
        key = _key(block.text)
        if len(key.split()) >= 3 and key in whole and (best is None or len(key) > len(_key(best))):
            best = block.text
    if best:
        rest = re.sub(r"^[\s|–—:»/-]+|[\s|–—:»/-]+$", "", meta.html_title.replace(best, " ")).strip()
        return best, rest or None
    site_only = metadata.site_like(meta.html_title, meta.sitename, host, longest=14)
    if len(meta.html_title.split()) <= 6 or site_only:
        before = []
        for block in page_blocks:
            if first and _key(block.text).startswith(first):
                break
            before.append(block)
        for block in reversed(before[-6:]):
            if block.tag in ("h1", "h2", "h3", "h4") and len(block.text.split()) >= 4:
                return block.text, meta.html_title if site_only else None
        heading = _last_heading(page_blocks)
        if heading and (site_only or len(heading.split()) > len(meta.html_title.split())):
            return heading, meta.html_title if site_only else None
    return None, None


def _lead_before(page_blocks: list[Block], line: str, stops: set[str]) -> list[str]:
    """The sentence-like blocks (a lead) right before the block that opens with `line`, back to a stop."""
    first = _key(line)[:80]
    body = next((i for i, b in enumerate(page_blocks) if _key(b.text).startswith(first)), None)
    if body is None:
        return []
    found: list[str] = []
    for block in reversed(page_blocks[max(0, body - 4):body]):
        if _key(block.text) in stops:
            break
        if ((is_body(block.text) or _lead_element(block)) and block.link_density < 0.3
                and not line_reason(block.text)):
            found.insert(0, block.text)
        elif found:
            break
    return found


@cache
def _lead_words() -> tuple[str, ...]:
    return entries("page_lead_classes.txt")


def _lead_element(block: Block) -> bool:
    """A sentence of 8 words or more in an element whose class or id names a lead (`detail-sapo`)."""
    element = block.element
    if element is None or len(block.text.split()) < 8 or block.text.rstrip()[-1:] not in ".!?…\"”":
        return False
    names = " ".join(f"{e.get('class', '')} {e.get('id', '')}" for e in (element, element.getparent()) if e is not None)
    return any(word in names.lower() for word in _lead_words())


def _lead(page_blocks: list[Block], lines: list[str], title: str | None) -> list[str]:
    """The lines with the lead paragraph (sapo) that sits between the title and the extracted body, outside
    its container, put back when the extractor left it out: a sentence-like block of 20 words or more right
    before the body's first line, or right after a heading the extractor kept as its first line."""
    if not lines:
        return lines
    stops = {_key(title)} if title else set()
    found = _lead_before(page_blocks, lines[0], stops)
    if found:
        return found + lines
    heading = lines[0].rstrip()
    if len(lines) > 1 and not is_body(heading) and heading[-1:] not in ".…\"”:;":
        found = _lead_before(page_blocks, lines[1], stops | {_key(heading)})
        if found:
            return lines[:1] + found + lines[1:]
    return lines


def _with_zone(value: str | None, line: str) -> str | None:
    """Vietnamese pages give local time: a dateline with a time is at +07:00."""
    return local_time(value)


def parse_html(html: str, url: str | None = None) -> HtmlPage:
    """Extract an HTML page's main text, captions and metadata; raise `Skip` for truncated or empty pages."""
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares its own encoding
    if _OPEN.search(html[:65536]) and not _CLOSE.search(html[-65536:]):
        raise Skip("truncated_html", "the page opens <html>/<body> but never closes it: the download was cut short")
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise Skip("empty", f"the page could not be parsed as HTML: {exc}") from None
    host = re.sub(r"^https?://(?:www\.)?([^/:]+).*$", r"\1", url) if url else None
    meta = metadata.read(tree, host)
    app = appdata.app_article(tree) if meta.article_body is None else None
    article_body = meta.article_body or ("\n".join(app.lines) if app else None)
    removed: list[tuple[str, str]] = []
    captions: list[str] = []
    dated = copy.deepcopy(tree)  # where the dateline is looked for: share bars, counters and tags stay
    cleaning.clean_tree(dated, _title_element(dated, meta.title), [], [], keep=_DATE_PLACES)
    cleaning.separate_stamps(dated)
    cleaning.block_datelines(dated)
    cleaned = tree
    title_el = _title_element(cleaned, meta.title)
    cleaning.clean_tree(cleaned, title_el, removed, captions)
    cleaning.separate_stamps(cleaned)
    cleaning.block_datelines(cleaned)
    body = cleaned.find("body")
    lines, extractor = _main_text(cleaned, url, article_body, removed, "app-json" if app is not None else "json-ld")
    page_blocks = blocks(body if body is not None else cleaned)
    dated_body = dated.find("body")
    date_blocks = blocks(dated_body if dated_body is not None else dated)

    lines = _lead(page_blocks, lines, meta.title)
    first_line = lines[0] if lines else None
    title, title_from, sitename = meta.title, meta.title_from, meta.sitename
    heading, site = _heading_title(meta, page_blocks, first_line, host)
    if heading:
        title, title_from, sitename = heading, "heading", sitename or site

    title_key = _key(title) if title else None
    caption_keys = {_key(c) for c in captions}
    kept: list[str] = []
    for line in lines:
        folded = _key(line)
        if title_key and folded == title_key and not kept:
            removed.append(("title", cleaning.snippet(line)))
        elif folded in caption_keys:
            continue
        elif is_dateline(line) and (not kept or len(kept) >= len(lines) - 3):
            removed.append(("dateline", cleaning.snippet(line)))
        else:
            kept.append(line)
    kept = clean_lines(kept, removed)
    author = meta.author
    if len(kept) >= 2:
        for index in (-1, 0):
            name = byline(kept[index])
            if name:
                removed.append(("byline", kept[index]))
                author = author or name
                del kept[index]
                break

    published, published_from = meta.published, meta.published_from
    window = _window(date_blocks, title, kept[0] if kept else first_line)
    if published is None and app is not None and app.published:
        published, published_from = app.published, "app-json"
    if published is None:
        published = _time_near(window)
        published_from = "time" if published else None
    if published is None:
        published = _dateline(window)
        published_from = "dateline" if published else None
    if published is None and kept:
        published = _dateline([b for b in _after_body(date_blocks, kept[-1]) if has_dateline_lead(b.text)])
        published_from = "dateline" if published else None
    if kept:
        stamp = _OUTLET_STAMP.match(kept[0])
        if stamp and len(kept[0]) > stamp.end() + 40:
            removed.append(("stamp", stamp.group(0).strip()))
            kept[0] = kept[0][stamp.end():]
    if not kept and not captions:
        raise Skip("empty", "no main text found in the page by any extractor")
    return HtmlPage(
        text="\n".join(kept), title=title, published=published, author=author, sitename=sitename,
        captions=clean_lines(captions), extractor=extractor, title_from=title_from,
        published_from=published_from, removed=removed,
    )
