"""`vnie page FILE|URL`: what the page stage makes of one page, and why.

Shows the text kept (body, then captions), the blocks and lines removed with the reason for each, the
extractor that gave the text, the title and the publication date with where each came from, the author
and site name, and the reason if the page is rejected, so a user can see at once why a new site fails.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.documents import DocumentKind, RawDocument
from pipeline.errors import Skip, VnieError
from pipeline.page.stage import html_page, to_article
from pipeline.settings import Settings


@dataclass(frozen=True)
class PageView:
    source: str
    kind: str
    extractor: str | None = None
    title: str | None = None
    title_from: str | None = None
    published: str | None = None
    published_from: str | None = None
    author: str | None = None
    sitename: str | None = None
    text: str = ""
    captions: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rejected: tuple[str, str] | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


def load(target: str, settings: Settings) -> RawDocument:
    """The raw document of a file (`.html`/`.htm`, else a page dump) or of a URL fetched once (redirects followed)."""
    if target.startswith(("http://", "https://")):
        return _fetch(target, settings)
    path = Path(target)
    if not path.is_file():
        raise VnieError(f"{target}: no such file")
    data = path.read_bytes()
    if len(data) > settings.max_bytes:
        raise VnieError(f"{target}: {len(data)} bytes, more than the {settings.max_bytes}-byte cap")
    name = path.name.lower()
    if name.endswith(".gz"):
        import gzip

        data, name = gzip.decompress(data), name[:-3]
    kind: DocumentKind = "html" if name.endswith((".html", ".htm")) or data.lstrip()[:1] == b"<" else "dump"
    return RawDocument(target, kind, data, path=target)


def _fetch(url: str, settings: Settings) -> RawDocument:
    from urllib.parse import urljoin

    from pipeline.errors import FetchFailed
    from pipeline.fetching.client import Client
    from pipeline.fetching.policy import FetchPolicy

    with Client(FetchPolicy(max_bytes=settings.max_bytes)) as client:
        for _ in range(6):
            try:
                response = client.get(url)
            except (FetchFailed, Skip) as exc:
                raise VnieError(f"{url}: {exc}") from None
            if response.location:
                url = urljoin(url, response.location)
                continue
            meta = {"charset": response.charset} if response.charset else {}
            return RawDocument(url, "html", response.body, url=url, meta=meta)  # type: ignore[arg-type]
    raise VnieError(f"{url}: too many redirects")


def view(doc: RawDocument, settings: Settings) -> PageView:
    """What the page stage keeps and removes of one document, never raising for a rejected page."""
    removed: list[tuple[str, str]] = []
    captions: list[str] = []
    warnings: list[str] = []
    if doc.kind == "html":
        try:
            page, warnings = html_page(doc)
            removed, captions = page.removed, page.captions
        except Skip:
            pass
    try:
        article = to_article(doc, settings)
    except Skip as skip:
        return PageView(doc.key, doc.kind, removed=removed, captions=captions, warnings=warnings,
                        rejected=(skip.reason, skip.detail))
    body = article.text[: article.caption_start].rstrip("\n") if article.caption_start is not None else article.text
    return PageView(
        doc.key, doc.kind, article.extractor, article.title, article.title_from, article.published,
        article.published_from, article.author, article.sitename, body, captions, removed, article.warnings,
    )


def render(page: PageView, width: int = 100) -> str:
    """The view as plain text for a terminal."""
    def short(text: str) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = [f"page       {page.source} ({page.kind})"]
    if page.rejected:
        lines.append(f"REJECTED   {page.rejected[0]}: {page.rejected[1]}")
    lines += [
        f"extractor  {page.extractor or '-'}",
        f"title      {page.title or '-'}  [{page.title_from or 'none'}]",
        f"published  {page.published or '-'}  [{page.published_from or 'none'}]",
        f"author     {page.author or '-'}",
        f"sitename   {page.sitename or '-'}",
    ]
    lines += [f"warning    {w}" for w in page.warnings]
    paragraphs = [p for p in page.text.split("\n") if p.strip()]
    lines.append(f"\n── text kept: {len(paragraphs)} paragraphs, {len(page.text)} characters ──")
    lines += [f"  {p}" for p in paragraphs]
    if page.captions:
        lines.append(f"\n── captions: {len(page.captions)} (facts from them are marked evidence.caption) ──")
        lines += [f"  {c}" for c in page.captions]
    lines.append(f"\n── removed: {len(page.removed)} ──")
    lines += [f"  [{reason}] {short(text)}" for reason, text in page.removed]
    return "\n".join(lines)
