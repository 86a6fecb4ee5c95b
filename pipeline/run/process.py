"""One input through every per-document stage: page → language → facts → record.

`process(doc, settings)` never raises: it returns an `Outcome` holding the record, or the reason the
document was rejected (`Skip`; `timeout` when it took longer than `settings.doc_timeout` seconds), or the
error that a bug raised, so one bad input never stops the others.
`to_record(article)` runs the language stage once, then every fact extractor over its sentences.
"""

from __future__ import annotations

import signal
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.documents import Article, Outcome, OutcomeStatus, RawDocument, Rejected
from pipeline.errors import Skip
from pipeline.facts import dates, event_brands, event_titles, events, figures, officials, topics, truncated
from pipeline.facts.site_province import site_province
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import clean_surrogates
from pipeline.page.stage import to_article
from pipeline.record import Record, Source, Topic, record_id
from pipeline.run.dedup import fingerprint
from pipeline.settings import Settings


def to_record(article: Article, timings: dict | None = None) -> Record:
    """The record of one article, with officials, figures, events, dates and its topics.

    timings: if given, gets the seconds spent in `language` (sentences, words, tags) and `extract`.
    """
    started = time.perf_counter()
    analysis = analyse(article.text)
    analysed = time.perf_counter()
    found_dates = dates.extract(analysis, article.published)
    yearless = [] if article.published else dates.yearless_days(analysis, found_dates)  # (`--07-09`: read once, for both)
    about = topics.classify(article.title, article.text)  # cached: `process` may have asked already
    doc = article.doc
    rid = record_id(doc.key)
    record = Record(
        id=rid,
        source=Source(path=None if doc.url else doc.path, url=doc.url, line=doc.line, fetched_at=doc.meta.get("fetched_at"),
                      extractor=article.extractor, title_from=article.title_from, published_from=article.published_from),
        title=_clean(article.title),
        published=_clean(article.published),
        author=_clean(article.author),
        sitename=_clean(article.sitename),
        text=article.text,
        officials=officials.extract(analysis, site=site_province(doc.url)),
        figures=figures.extract(analysis, article.published),
        events=event_brands.branded(event_titles.titled(events.extract(analysis, found_dates, undated=not article.published, yearless=yearless,
                                                                       title=article.title, published=article.published), article.title,
                                                        analysis, found_dates + yearless), analysis),
        dates=sorted(found_dates + yearless, key=lambda d: d.evidence.start) if yearless else found_dates,
        story_id=rid,
        topics=[Topic(code=t.code, score=t.score, words=list(t.words)) for t in about.topics],
        relevant=about.relevant,
        relevance=about.relevance,
    )
    kept_officials, kept_events = truncated.at_the_cut(article.text, record.officials, record.events)
    record = record.model_copy(update={"officials": kept_officials, "events": kept_events})  # (a page cut mid-word)
    if article.caption_start is not None:
        record = mark_captions(record, article.caption_start)
    if timings is not None:
        timings["language"] = analysed - started
        timings["extract"] = time.perf_counter() - analysed
    return record


def mark_captions(record: Record, caption_start: int) -> Record:
    """The record with `evidence.caption` set on every fact read from a photo caption (text from `caption_start` on)."""
    def mark(facts: list) -> list:
        return [fact.model_copy(update={"evidence": fact.evidence.model_copy(update={"caption": True})})
                if fact.evidence.start >= caption_start else fact for fact in facts]

    return record.model_copy(update={kind: mark(getattr(record, kind)) for kind in ("officials", "figures", "events", "dates")})


WARM_UP_TEXT = ("Ngày 10/3/2024, Thứ trưởng Bộ Công Thương Phan Thị Thắng dự Hội nghị tổng kết công tác khuyến công "
                "tại Hà Nội; tổng vốn hỗ trợ hơn 1.200 tỷ đồng.")


def warm_up() -> None:
    """Load the models and lexicons now rather than on the first document: one short article through the
    language stage and every extractor fills every cache they keep (once per process)."""
    to_record(Article(RawDocument("warm-up", "text", WARM_UP_TEXT), WARM_UP_TEXT))


class DocumentTimeout(BaseException):
    """Raised by the alarm inside `time_limit`; a `BaseException` so that no `except Exception` in a library
    on the way swallows it."""


def _alarm(signum: int, frame: object) -> None:
    raise DocumentTimeout


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `DocumentTimeout` in this thread after `seconds` (0: no limit), by `SIGALRM` and
    `signal.setitimer`, so it works in one process and in every worker of a pool. Only in a process's main
    thread (a Dask worker runs tasks in other threads: there the limit does not apply), and only between
    two Python steps: one long call into C (a regular expression, the CRF tagger) finishes first."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process(item: RawDocument | Rejected, settings: Settings) -> Outcome:
    """Run one input through every stage; never raises.

    A `Rejected` input with reason `error` (a bug while reading it) is a failure, any other a rejection.
    """
    if isinstance(item, Rejected):
        status: OutcomeStatus = "failed" if item.reason == "error" else "rejected"
        return Outcome(item.key, status, reason=item.reason, detail=item.detail, path=item.path, url=item.url, line=item.line)
    timings: dict = {}
    started = time.perf_counter()
    paged = 0.0
    try:
        with time_limit(settings.doc_timeout):
            article = to_article(item, settings)
            paged = time.perf_counter() - started
            if settings.relevant_only or settings.topic:
                _keep(topics.classify(article.title, article.text), settings)
            record = to_record(article, timings)
            record_json = record.to_json()
            signature = fingerprint(record.text, record.published, record_json)
    except DocumentTimeout:
        return Outcome(item.key, "rejected", reason="timeout", detail=f"took more than {settings.doc_timeout:g} s",
                       path=item.path, url=item.url, line=item.line, seconds=(time.perf_counter() - started, 0.0, 0.0))
    except Skip as skip:
        return Outcome(item.key, "rejected", reason=skip.reason, detail=skip.detail, path=item.path, url=item.url, line=item.line,
                       seconds=(time.perf_counter() - started, 0.0, 0.0))
    except Exception as exc:  # a bug: keep going, and say where
        last = traceback.extract_tb(exc.__traceback__)[-1]
        detail = clean_surrogates(f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})"[:2000])
        return Outcome(item.key, "failed", reason="error", detail=detail, path=item.path, url=item.url,
                       line=item.line)
    facts = (len(record.officials), len(record.figures), len(record.events), len(record.dates))
    seconds = (paged, timings.get("language", 0.0), timings.get("extract", 0.0))
    return Outcome(item.key, "written", record_json, facts, warnings=tuple(article.warnings), path=item.path, url=item.url,
                   line=item.line, seconds=seconds, chars=len(record.text), signature=signature)


def _keep(about: topics.Topics, settings: Settings) -> None:
    """Raise the `Skip` of an article that `--relevant-only` or `--topic` leaves out, before its facts are read."""
    if settings.relevant_only and not about.relevant:
        raise Skip("not_relevant", f"relevance {about.relevance} under the threshold {topics.load_model().threshold}")
    if settings.topic and settings.topic not in {t.code for t in about.topics}:
        found = ", ".join(t.code for t in about.topics) or "none"
        raise Skip("off_topic", f"not about {settings.topic} (topics: {found})")


def _clean(value: str | None) -> str | None:
    return clean_surrogates(value) if value else value
