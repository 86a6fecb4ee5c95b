"""The HTML tree cleaned before its main text is looked for: scripts, forms and media out, boilerplate elements cut
by tag and by class or id (never the one holding the article's largest paragraph), photo captions taken out and
kept, layout tables unwrapped, an outlet's stamp and a dateline set apart from the first paragraph. Every cut
is kept as (reason, text) for `vnie page`.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from pipeline.page import metadata
from pipeline.page.blocks import blocks
from pipeline.page.boilerplate import class_reason, is_block_end
from pipeline.page.dumps import is_dateline

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "form", "button", "select", "textarea",
              "object", "embed", "video", "audio", "canvas", "map")
_BOILERPLATE_TAGS = {"nav": "navigation", "aside": "sidebar", "footer": "footer", "header": "header", "menu": "navigation"}
_KEEP_TAGS = ("html", "body", "main", "article")
_IMAGE = ("img", "amp-img", "picture")


def tag_name(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def snippet(text: str, size: int = 160) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _anchor(tree: lxml_html.HtmlElement) -> etree._Element | None:
    """The paragraph-like element with the longest text: the article is around it."""
    best, best_len = None, 0
    for element in tree.iter("p", "div", "td", "span", "font", "section", "article"):
        own = " ".join(((element.text or "") + "".join(c.tail or "" for c in element)).split())
        if tag_name(element) == "p":
            own = metadata.text_of(element)
        if len(own) > best_len:
            best, best_len = element, len(own)
    return best


def _contains(element: etree._Element, other: etree._Element | None) -> bool:
    return other is not None and (element is other or any(a is element for a in other.iterancestors()))


def _is_image_table(element: etree._Element) -> bool:
    """A table (or figure-like div) holding a picture and a short text: a captioned photo."""
    if not any(True for _ in element.iter(*_IMAGE)):
        return False
    words = len(metadata.text_of(element).split())
    return 0 < words <= 60 and not element.xpath(".//table//table")


def _under_image(element: etree._Element) -> bool:
    """An italic or centred short line right after a paragraph that holds only a picture."""
    previous = element.getprevious()
    if previous is None or not any(True for _ in previous.iter(*_IMAGE)) or metadata.text_of(previous):
        return False
    text = metadata.text_of(element)
    if not text or len(text.split()) > 60:
        return False
    italic = "".join(metadata.text_of(e) for e in element.iter("em", "i"))
    style = (element.get("style") or "").replace(" ", "").lower()
    centred = "text-align:center" in style or (element.get("align") or "").lower() == "center"
    return len(italic) >= 0.8 * len(text) or (centred and len(text.split()) <= 40)


def _link_paragraph(element: etree._Element) -> bool:
    """A short paragraph that is all link (another article's headline inside the body)."""
    text = metadata.text_of(element)
    if not text or len(text.split()) > 30 or element.find(".//p") is not None:
        return False
    linked = sum(len(metadata.text_of(a)) for a in element.iter("a"))
    return linked >= 0.9 * len(text)


def clean_tree(tree: lxml_html.HtmlElement, title_el: etree._Element | None,
                removed: list[tuple[str, str]], captions: list[str], keep: frozenset[str] = frozenset()) -> lxml_html.HtmlElement:
    """Cut boilerplate out of the tree (in place) and take captions out into `captions`; blocks whose
    reason is in `keep` stay."""
    for element in list(tree.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    anchor = _anchor(tree)
    if anchor is not None and len(metadata.text_of(anchor)) < 250:
        anchor = None  # too little text to tell the article from the blocks around it
    stack = [tree]
    while stack:
        element = stack.pop()
        name = tag_name(element)
        reason = None
        if name not in _KEEP_TAGS:
            attributes = f"{element.get('class', '')} {element.get('id', '')}"
            reason = _BOILERPLATE_TAGS.get(name) or class_reason(attributes)
            if reason is None and name in ("div", "ul", "table", "section") and _related_box(element):
                reason = "related"
            if reason is None and name in ("p", "h3", "h4", "h5") and _link_paragraph(element):
                reason = "links"
            if reason is None and (name == "figcaption" or (name in ("table", "figure") and _is_image_table(element))
                                   or (name in ("p", "div") and _under_image(element))):
                reason = "caption"
        if reason in keep:
            reason = None
        if reason and not _contains(element, anchor) and not (reason != "caption" and _contains(element, title_el)):
            text = " ".join(b.text for b in blocks(element))
            if reason == "caption":
                if text:
                    captions.append(text)
            elif text:
                removed.append((reason, snippet(text)))
            element.drop_tree()
            continue
        stack.extend(reversed([child for child in element if isinstance(child.tag, str)]))
    return tree


def _related_box(element: etree._Element) -> bool:
    """A box opened by a related-news heading (`TIN LIÊN QUAN`, `Xem thêm`) whose other lines are mostly links."""
    found = blocks(element)
    if len(found) < 2 or not is_block_end(found[0].text):
        return False
    rest = found[1:]
    return sum(b.link_chars for b in rest) >= 0.5 * sum(len(b.text) for b in rest)


def unwrap_layout_tables(tree: lxml_html.HtmlElement) -> None:
    """Turn layout tables (a cell holding paragraphs or long text) into `<div>`s, so extractors read their
    cells as text, not as table rows; data tables (short cells) stay tables."""
    for table in list(tree.iter("table")):
        cells = table.xpath("./tr/td | ./tbody/tr/td | ./tr/th | ./tbody/tr/th")
        if any(len(metadata.text_of(c)) > 250 or c.find(".//p") is not None or c.find(".//br") is not None for c in cells):
            for element in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
                element.tag = "div"


def separate_stamps(tree: lxml_html.HtmlElement) -> None:
    """`<span>HÀ NỘI</span>Text`: a short capitalised inline element glued to the text after it (a location
    stamp) gets ` - ` after it, as the page shows a gap there."""
    for element in tree.iter("span", "b", "strong"):
        text = (element.text_content() or "").strip()
        tail = element.tail or ""
        letters = [c for c in text if c.isalpha()]
        if (letters and len(text.split()) <= 4 and all(c.isupper() for c in letters) and len(letters) >= 2
                and tail[:1].isalpha()):
            element.tail = " - " + tail


def block_datelines(tree: lxml_html.HtmlElement) -> None:
    """`<span class="time">10/03/2019 18:20</span>` between the title and an inline lead: an inline element
    that holds only a dateline is shown on a line of its own, so it becomes a block (else extractors glue
    the date to the first paragraph)."""
    for element in list(tree.iter("span", "em", "i", "small", "font")):
        text = metadata.text_of(element)
        if not text or len(text.split()) > 12 or not is_dateline(text) or element.find(".//p") is not None:
            continue
        previous, parent = element.getprevious(), element.getparent()
        before = previous.tail if previous is not None else (parent.text if parent is not None else None)
        if (before or "").strip() or (element.tail or "").strip():
            continue  # a date inside a sentence stays inline
        element.tag = "div"
