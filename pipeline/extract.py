"""Article → record: run the language stage once, then every fact extractor over its sentences."""

from __future__ import annotations

import time
from typing import Optional

from . import dates, events, figures, officials
from .language import analyse
from .page import Article
from .record import Record, Source, record_id


def to_record(article: Article, timings: Optional[dict] = None) -> Record:
    """The record of one article, with officials, figures, events and dates.

    timings: if given, gets the seconds spent in `language` (sentences, words, tags) and `extract`.
    """
    started = time.perf_counter()
    analysis = analyse(article.text)
    analysed = time.perf_counter()
    found_dates = dates.extract(analysis, article.published)
    doc = article.doc
    rid = record_id(doc.key)
    record = Record(
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
    if timings is not None:
        timings["language"] = analysed - started
        timings["extract"] = time.perf_counter() - analysed
    return record
