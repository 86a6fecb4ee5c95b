"""Article → record: run the language stage once, then every fact extractor over its sentences."""

from __future__ import annotations

from . import dates, events, figures, officials
from .language import analyse
from .page import Article
from .record import Record, Source, record_id


def to_record(article: Article) -> Record:
    """The record of one article, with officials, figures, events and dates."""
    analysis = analyse(article.text)
    found_dates = dates.extract(analysis, article.published)
    doc = article.doc
    rid = record_id(doc.key)
    return Record(
        id=rid,
        source=Source(path=None if doc.url else doc.path, url=doc.url, line=doc.line, fetched_at=doc.meta.get("fetched_at")),
        title=article.title,
        published=article.published,
        author=article.author,
        sitename=article.sitename,
        text=article.text,
        officials=officials.extract(analysis),
        figures=figures.extract(analysis),
        events=events.extract(analysis, found_dates),
        dates=found_dates,
        story_id=rid,
    )
