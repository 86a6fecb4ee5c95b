"""One input through every per-document stage: page → language → facts → record.

`process(doc, settings)` never raises: it returns an `Outcome` holding the record, or the reason the
document was rejected (`Skip`), or the error that a bug raised, so one bad input never stops the others.
`to_record(article)` runs the language stage once, then every fact extractor over its sentences.
"""

from __future__ import annotations

import time
import traceback
from pathlib import Path

from pipeline.documents import Article, Outcome, RawDocument, Rejected
from pipeline.errors import Skip
from pipeline.facts import dates, events, figures, officials
from pipeline.language.analysis import analyse
from pipeline.page.stage import to_article
from pipeline.record import Record, Source, record_id
from pipeline.run.dedup import minhash
from pipeline.settings import Settings


def to_record(article: Article, timings: dict | None = None) -> Record:
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
        figures=figures.extract(analysis, article.published),
        events=events.extract(analysis, found_dates),
        dates=found_dates,
        story_id=rid,
    )
    if timings is not None:
        timings["language"] = analysed - started
        timings["extract"] = time.perf_counter() - analysed
    return record


WARM_UP_TEXT = ("Ngày 10/3/2024, Thứ trưởng Bộ Công Thương Phan Thị Thắng dự Hội nghị tổng kết công tác khuyến công "
                "tại Hà Nội; tổng vốn hỗ trợ hơn 1.200 tỷ đồng.")


def warm_up() -> None:
    """Load the models and lexicons now rather than on the first document: one short article through the
    language stage and every extractor fills every cache they keep (once per process)."""
    to_record(Article(RawDocument("warm-up", "text", WARM_UP_TEXT), WARM_UP_TEXT))


def process(item: RawDocument | Rejected, settings: Settings) -> Outcome:
    """Run one input through every stage; never raises."""
    if isinstance(item, Rejected):
        return Outcome(item.key, "rejected", reason=item.reason, detail=item.detail, path=item.path, url=item.url, line=item.line)
    timings: dict = {}
    started = time.perf_counter()
    try:
        article = to_article(item, settings)
        paged = time.perf_counter() - started
        record = to_record(article, timings)
    except Skip as skip:
        return Outcome(item.key, "rejected", reason=skip.reason, detail=skip.detail, path=item.path, url=item.url, line=item.line,
                       seconds=(time.perf_counter() - started, 0.0, 0.0))
    except Exception as exc:  # a bug: keep going, and say where
        last = traceback.extract_tb(exc.__traceback__)[-1]
        detail = f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})"
        return Outcome(item.key, "failed", reason="error", detail=detail, path=item.path, url=item.url,
                       line=item.line)
    facts = (len(record.officials), len(record.figures), len(record.events), len(record.dates))
    seconds = (paged, timings.get("language", 0.0), timings.get("extract", 0.0))
    return Outcome(item.key, "written", record.to_json(), facts, warnings=tuple(article.warnings), path=item.path, url=item.url,
                   line=item.line, seconds=seconds,
                   chars=len(record.text), signature=minhash(record.text).tobytes())
