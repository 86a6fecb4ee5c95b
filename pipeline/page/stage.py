"""Page stage: a raw document in, an `Article` (clean text and metadata) out, or a `Skip`.

HTML goes through trafilatura (`htmltext`), page dumps through vnie's own boilerplate filter
(`dumptext`), clean corpus text is only normalised. Every article's text is normalised here once
(`textnorm.normalize`), so the offsets of all later stages point into `Article.text`.
"""

from __future__ import annotations

from pipeline.documents import Article, RawDocument
from pipeline.errors import Skip
from pipeline.language.analysis import check_vietnamese
from pipeline.language.textnorm import normalize
from pipeline.page.decoding import decode
from pipeline.page.dumps import find_date, parse_dump
from pipeline.page.html import parse_html
from pipeline.settings import Settings


def _published(value: object) -> str | None:
    """A corpus entry's own `published`, as ISO 8601, or None."""
    if not value:
        return None
    text = str(value).strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return text
    return find_date(text)


def to_article(doc: RawDocument, settings: Settings) -> Article:
    """Turn one raw document into an article; raise `Skip` with a reason when it is not one."""
    warnings: list[str] = []
    meta = doc.meta
    if doc.kind == "text":
        text = normalize(str(doc.data))
        title = meta.get("title") or _headline(text)
        article = Article(doc, text, title, _published(meta.get("published")), meta.get("author"), meta.get("sitename"))
    else:
        raw = doc.data if isinstance(doc.data, bytes) else str(doc.data).encode("utf-8")
        decoded = decode(raw, meta.get("charset"))
        warnings.extend(decoded.warnings)
        if doc.kind == "html":
            page = parse_html(decoded.text, url=doc.url)
            article = Article(
                doc, normalize(page.text), _clean(page.title), _published(meta.get("published")) or page.published,
                _clean(page.author), _clean(page.sitename),
            )
        else:
            dump = parse_dump(normalize(decoded.text))
            article = Article(doc, dump.text, dump.title, _published(meta.get("published")) or dump.published, dump.author)
    if not article.text.strip():
        raise Skip("empty", "no main text left after boilerplate removal")
    check_vietnamese(article.text, settings.min_chars, settings.min_vietnamese)
    return Article(
        doc, article.text, meta.get("title") or article.title, article.published, article.author,
        meta.get("sitename") or article.sitename, warnings,
    )


def _headline(text: str) -> str | None:
    """The first line of a corpus entry without a title, when it reads as a headline: more text follows, it
    has 3 to 40 words, and it does not end like a sentence of the body (`.`, `,`, `;`, `:`)."""
    first, newline, rest = text.strip().partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not 3 <= len(first.split()) <= 40 or first[-1] in ".,;:":
        return None
    return first


def _clean(value: str | None) -> str | None:
    return normalize(value).strip() if value else None
