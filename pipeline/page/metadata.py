"""What an HTML page says of itself: title, site name, author and publication date, each with where it came from.

Title: `og:title`, JSON-LD `headline`, the article's `<h1>`, then `<title>`; the site's name is cut from
any of them (`Site - Title`, `Title | Site`, `Title – Site`) and fills `sitename`. Date: `<meta>`
(`article:published_time`, `pubdate`, `itemprop=datePublished`, ...), JSON-LD `datePublished`, then a
`<time>` left after boilerplate removal; the page's own Vietnamese dateline is read by `html.py`, which
knows where the title and the body are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import html as lxml_html

from pipeline.facts.lexicon import rows
from pipeline.language.textnorm import fold, normalize
from pipeline.page.dumps import find_date, local_time

_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s*»\s*|\s+/\s+")
_ISO = re.compile(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "parsely-pub-date",
    "sailthru.date", "article.published", "published_time", "created",
)
_HOME = ("", "/", "./", "/index.html", "/index.htm", "/index.php", "/default.aspx", "/home")
_ARTICLE_TYPES = ("newsarticle", "article", "blogposting", "reportagenewsarticle", "webpage", "analysisnewsarticle")


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    title_from: str | None
    sitename: str | None
    author: str | None
    published: str | None
    published_from: str | None
    article_body: str | None
    html_title: str | None = None  # the page's <title> as written


def text_of(element: lxml_html.HtmlElement) -> str:
    """An element's text with runs of white space as one space."""
    return " ".join(normalize(element.text_content()).split())


def iso(value: str) -> str | None:
    """An ISO 8601 date or datetime from a metadata value, the time and offset kept; None if it is not one."""
    match = _ISO.match(value.strip())
    if not match:
        return local_time(find_date(value)) if len(value) <= 40 else None
    year, month, day, hour, minute, second, zone = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    out = f"{year}-{month}-{day}"
    if hour is not None:
        out += f"T{hour}:{minute}:{second or '00'}"
        if zone == "Z":
            out += "+00:00"
        elif zone:
            out += zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
        else:
            out += "+07:00"  # a Vietnamese page's time without an offset is local time
    return out


def is_iso(value: str) -> bool:
    """Whether a value is written as an ISO 8601 date (`2019-03-10`, `2019-03-10T18:20:00+07:00`)."""
    return bool(_ISO.match(value.strip()))


# Attributes that carry a machine-readable date on an element that shows it (`<span class="time"
# title="2019-03-10T18:20:00">3 giờ trước</span>`, `<div class="date" data-time="...">`).
_DATE_ATTRIBUTES = ("datetime", "pubdate", "title", "data-time", "data-date", "data-datetime", "data-publishdate", "content")
_DATE_CLASS = re.compile(r"time|date|publish|ngay", re.I)


def attribute_date(element: lxml_html.HtmlElement) -> str | None:
    """The ISO date an element carries in an attribute: any `<time>`, or an element whose class or id
    names a time or date (`kbwcm-time`, `post-date`, `publishdate`); None otherwise."""
    if not isinstance(element.tag, str):
        return None
    if element.tag.lower() != "time" and not _DATE_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"
                                                                f" {element.get('data-role', '')}"):
        return None
    for name in _DATE_ATTRIBUTES:
        value = element.get(name) or ""
        if is_iso(value):
            return iso(value)
    return None


def _json_ld(tree: lxml_html.HtmlElement) -> list[dict]:
    found: list[dict] = []
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return found


def _types(item: dict) -> list[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [str(k).lower() for k in kinds if k]


def _name(value: object) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(normalize(str(value)).split()) or None if value else None


@lru_cache(maxsize=1)
def _site_words() -> tuple[str, ...]:
    return tuple(fold(row[0]) for row in rows("page_sitenames.txt"))


def site_like(segment: str, sitename: str | None, host: str | None, longest: int = 8) -> bool:
    """Whether a segment of a `<title>` is the site's name: its `og:site_name`, its host, or a name made of
    the site words of `page_sitenames.txt`; segments of more than `longest` words are not."""
    folded = " ".join(fold(segment).split())
    if sitename and folded == " ".join(fold(sitename).split()):
        return True
    if host and folded.replace(" ", "") and folded.replace(" ", "") in host.replace(".", "").replace("-", ""):
        return len(folded.replace(" ", "")) >= 4
    if len(folded.split()) > longest:
        return False
    words = segment.split()
    for word in _site_words():
        if word.startswith("."):
            if word in folded:
                return True
        elif folded == word or folded.endswith(" " + word):
            return True
        elif folded.startswith(word + " ") and " " in word:
            return True
        elif folded.startswith(word + " "):
            following = words[len(word.split())] if len(words) > len(word.split()) else ""
            if following[:1].isupper() or following[:1].isdigit():
                return True
    return False


def split_site(title: str, sitename: str | None = None, host: str | None = None) -> tuple[str, str | None]:
    """A title without the site's name (`Site - Title`, `Title | Site`), and the name cut, if any."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title, None
    for index in (-1, 0):
        segment = parts[index].strip()
        rest = parts[:-1] if index == -1 else parts[1:]
        if rest and site_like(segment, sitename, host):
            # Put the rest back together with its own separators.
            start = title.find(rest[0])
            end = title.rfind(rest[-1]) + len(rest[-1])
            kept = title[start:end].strip()
            if len(kept.split()) >= 2:
                return kept, segment
    return title, None


def _article_h1(tree: lxml_html.HtmlElement) -> str | None:
    for h1 in tree.iter("h1"):
        if h1.xpath(".//img") or h1.xpath("ancestor-or-self::*[contains(@class, 'logo') or contains(@id, 'logo')]"):
            continue
        links = h1.xpath(".//a/@href")
        if links and all(urlsplit(str(href)).path.lower() in _HOME for href in links):
            continue  # the site's name linking to its home page
        text = text_of(h1)
        if len(text.split()) >= 3:
            return text
    return None


def read(tree: lxml_html.HtmlElement, host: str | None = None) -> PageMeta:
    """The page's title, site name, author and date from its metadata (not from the body)."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = " ".join(normalize(content).split())
    ld_items = [item for item in _json_ld(tree) if any(t in _ARTICLE_TYPES for t in _types(item))]
    ld = ld_items[0] if ld_items else {}

    sitename = metas.get("og:site_name") or metas.get("application-name") or _name(ld.get("publisher"))
    candidates = [
        ("og:title", metas.get("og:title")), ("json-ld:headline", _name(ld.get("headline"))),
        ("h1", _article_h1(tree)), ("twitter:title", metas.get("twitter:title")),
    ]
    titles = tree.xpath("//title")
    candidates.append(("title", text_of(titles[0]) if titles else None))
    title = title_from = None
    for source, value in candidates:
        if value and len(value.split()) >= 2:
            title, cut = split_site(value, sitename, host)
            sitename = sitename or cut
            title_from = source
            break
    if title is None and titles and text_of(titles[0]):
        title, title_from = text_of(titles[0]), "title"
    if sitename is None and titles and title_from != "title":
        sitename = split_site(text_of(titles[0]), None, host)[1]

    published = published_from = None
    for key in _DATE_META:
        value = metas.get(key)
        if value and iso(value):
            published, published_from = iso(value), f"meta:{key}"
            break
    if published is None:
        for item in ld_items or _json_ld(tree):
            value = item.get("datePublished") or item.get("dateCreated")
            if isinstance(value, str) and iso(value):
                published, published_from = iso(value), "json-ld:datePublished"
                break
    if published is None:
        for element in tree.xpath("//*[@itemprop='datePublished']"):
            value = element.get("content") or element.get("datetime") or ""
            if iso(value):
                published, published_from = iso(value), "itemprop:datePublished"
                break

    author = metas.get("author") or metas.get("article:author") or _name(ld.get("author"))
    if author and (author.startswith("http") or "/" in author):
        author = None
    body = ld.get("articleBody")
    return PageMeta(title, title_from, sitename, author, published, published_from,
                    normalize(body) if isinstance(body, str) and body.strip() else None,
                    text_of(titles[0]) if titles else None)


def time_element(tree: lxml_html.HtmlElement) -> str | None:
    """The date of the first `<time datetime>` (or `pubdate`) left in a cleaned page, or None."""
    for element in tree.iter("time"):
        value = element.get("datetime") or element.get("pubdate") or ""
        if iso(value):
            return iso(value)
    return None
