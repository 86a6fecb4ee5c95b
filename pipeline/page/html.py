"""Page → text for HTML: trafilatura finds the main text and the metadata, vnie's line filter cleans it.

trafilatura gives the title, author, site name and publication date (from `<meta>`, JSON-LD and the
page's own datelines); the text it returns is passed through the same noise and related-news filter as
page dumps, because provincial papers often keep "Tin liên quan" lists inside the article container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from pipeline.errors import Skip
from pipeline.page.dumps import clean_lines

_OPEN = re.compile(r"<(?:html|body)[\s>]", re.I)
_CLOSE = re.compile(r"</(?:html|body)\s*>", re.I)


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    published: str | None
    author: str | None
    sitename: str | None


def parse_html(html: str, url: str | None = None) -> HtmlPage:
    """Extract an HTML page's main text and metadata; raise `Skip` for truncated or empty pages."""
    if _OPEN.search(html[:65536]) and not _CLOSE.search(html[-65536:]):
        raise Skip("truncated_html", "the page opens <html>/<body> but never closes it: the download was cut short")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        raise Skip("empty", "trafilatura found no main text in the page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = "\n".join(clean_lines((data.get("text") or "").split("\n")))
    return HtmlPage(
        text=text,
        title=(data.get("title") or None),
        published=data.get("date") or None,
        author=data.get("author") or None,
        sitename=data.get("sitename") or None,
    )
