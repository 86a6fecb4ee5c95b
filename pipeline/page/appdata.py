"""The article a script-rendered page ships as application JSON (`<script id="__NEXT_DATA__"
type="application/json">`, Nuxt or other app state) while its HTML holds only a shell or a teaser.

`app_article(tree)` walks every `application/json` script and returns the JSON object whose body field
(`content`, `body`, `articleBody`, ... from `page_app_fields.tsv`) holds the longest text, with its lead
and publication date when it has them; the body may be HTML (read as paragraphs) or plain text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from lxml import etree
from lxml import html as lxml_html

from pipeline.facts.lexicon import rows
from pipeline.page import metadata
from pipeline.page.blocks import blocks

_MIN_BODY = 200  # characters: less is a teaser or a label, not an article


@dataclass(frozen=True)
class AppArticle:
    lines: list[str]
    published: str | None


@cache
def _fields() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in rows("page_app_fields.tsv")}


def _lines(value: str) -> list[str]:
    """The paragraphs of a body field: HTML cut into blocks, plain text at its line breaks."""
    if "<" in value and ">" in value:
        try:
            fragment = lxml_html.fragment_fromstring(value, create_parent="div")
        except (etree.ParserError, ValueError):
            fragment = None
        if fragment is not None:
            return [b.text for b in blocks(fragment) if b.text]
    return [" ".join(line.split()) for line in value.split("\n") if line.strip()]


def _objects(data: object) -> list[dict]:
    found, stack = [], [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def app_article(tree: lxml_html.HtmlElement) -> AppArticle | None:
    """The article in the page's application JSON, or None when there is none."""
    fields = _fields()
    best: tuple[int, dict, str] | None = None
    for script in tree.xpath('//script[contains(translate(@type, "JSON", "json"), "application/json")]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for item in _objects(data):
            for key, value in item.items():
                if fields.get(str(key).lower()) == "body" and isinstance(value, str):
                    size = len(" ".join(_lines(value)))
                    if size >= _MIN_BODY and (best is None or size > best[0]):
                        best = (size, item, value)
    if best is None:
        return None
    _, item, body = best
    lines = _lines(body)
    published, led = None, False
    for key, value in item.items():
        role = fields.get(str(key).lower())
        if role == "lead" and not led and isinstance(value, str) and value.strip() and value is not body:
            lead = _lines(value)
            if lead and not lines[0].startswith(lead[0][:60]):
                lines, led = lead + lines, True
        elif role == "date" and published is None and isinstance(value, str):
            published = metadata.iso(value) if metadata.is_iso(value) else None
    return AppArticle(lines, published)
