"""A page cut into text blocks, and the block-density extractor that never gives up on a readable page.

`blocks(element)` walks an element in document order and cuts its text at every block-level element
and every `<br>`, so old table layouts (`<td>` with `<br><br>` paragraphs), WordPress `<div>`
paragraphs and modern `<p>` bodies all become the same list of paragraphs. `densest(tree)` picks the
container whose own paragraphs hold the most text outside links, and returns its blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import html as lxml_html

from pipeline.language.textnorm import normalize

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul html".split()
)
_SKIP = frozenset("script style noscript template svg button select option textarea head title iframe".split())


@dataclass(frozen=True)
class Block:
    text: str
    link_chars: int
    tag: str
    element: lxml_html.HtmlElement | None = None  # the block-level element the text sits in

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


def _clean(text: str) -> str:
    return " ".join(normalize(text).split())


def blocks(element: lxml_html.HtmlElement) -> list[Block]:
    """The element's text as blocks, in document order, cut at block-level elements and `<br>`."""
    out: list[Block] = []
    parts: list[str] = []
    link = [0]
    tag = [element.tag if isinstance(element.tag, str) else "div"]
    holder = [element]

    def flush() -> None:
        text = _clean("".join(parts))
        if text:
            out.append(Block(text, min(link[0], len(text)), tag[0], holder[0]))
        parts.clear()
        link[0] = 0

    def walk(node: lxml_html.HtmlElement, in_link: bool) -> None:
        name = node.tag if isinstance(node.tag, str) else ""
        if name in _SKIP or not name:
            if node.tail:
                parts.append(node.tail)
                if in_link:
                    link[0] += len(_clean(node.tail))
            return
        is_block = name in BLOCK_TAGS
        if is_block or name == "br":
            flush()
            if is_block:
                tag[0] = name
                holder[0] = node
        inner_link = in_link or name == "a"
        if node.text:
            parts.append(node.text)
            if inner_link:
                link[0] += len(_clean(node.text)) + 1
        for child in node:
            walk(child, inner_link)
        if is_block:
            flush()
            parent = node.getparent()
            if parent is not None:
                holder[0] = parent
                tag[0] = parent.tag if isinstance(parent.tag, str) else "div"
        if node.tail:
            parts.append(node.tail)
            if in_link:
                link[0] += len(_clean(node.tail))

    walk(element, False)
    flush()
    return out


def _is_leaf(element: lxml_html.HtmlElement) -> bool:
    return not any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in element.iterdescendants())


def densest(tree: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement | None, list[Block]]:
    """The container with the most paragraph text outside links, and its blocks.

    Every leaf block (an element with no block-level element inside) scores its characters outside links:
    a leaf that holds several `<br>`-separated paragraphs (an old `<td>`) scores for itself, a one-paragraph
    leaf (a `<p>`, a `<div>` paragraph) for its parent; the two ancestors above get 0.7 and 0.5 of it, so
    the element that gathers the paragraphs wins over each paragraph's own wrapper.
    """
    scores: dict[lxml_html.HtmlElement, float] = {}
    order: dict[lxml_html.HtmlElement, int] = {}
    for index, element in enumerate(tree.iter()):
        order[element] = index
        name = element.tag if isinstance(element.tag, str) else ""
        if name not in BLOCK_TAGS or name in ("html", "body") or not _is_leaf(element):
            continue
        found = blocks(element)
        text = sum(len(b.text) - b.link_chars for b in found)
        if text < 25:
            continue
        holder = element if len(found) > 1 else element.getparent()
        for weight in (1.0, 0.7, 0.5):
            if holder is None or not isinstance(holder.tag, str) or holder.tag == "html":
                break
            scores[holder] = scores.get(holder, 0.0) + weight * text
            holder = holder.getparent()
    if not scores:
        return None, []
    best = max(scores, key=lambda e: (scores[e], -order.get(e, 0)))
    return best, blocks(best)
