"""What the shape tests read from one text: the settings that let a sentence of our own through (no length or language
floor) and the facts' fields each test compares. One place for them, so the many `test_p*_shapes.py` files ask alike."""

from __future__ import annotations

from pipeline import process_text
from pipeline.documents import RawDocument
from pipeline.page.stage import to_article
from pipeline.run.process import to_record
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def subjects(text: str) -> dict[str, str | None]:
    """Each figure's text and its subject."""
    return {f.text: f.subject for f in process_text(text, settings=SETTINGS).figures}


def event_names(text: str) -> list[str]:
    """Each event's name, in order."""
    return [e.name for e in process_text(text, settings=SETTINGS).events]


def named_titles(text: str) -> list[tuple[str, str | None]]:
    """Each official's name and title, in order."""
    return [(o.name, o.title) for o in process_text(text, settings=SETTINGS).officials]


def placed_officials(text: str, url: str | None) -> list[tuple[str, str | None, str | None]]:
    """Each official's name, title and province, for `text` read as a page printed at `url` (the paper's province counts)."""
    record = to_record(to_article(RawDocument(url or "text", "text", text, url=url), SETTINGS))
    return [(o.name, o.title, o.province) for o in record.officials]


HEAD = "Tin nhanh\n"  # a headline line, so that the sentence under test is read as the body's


def body_officials(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each official's title, organisation and province by name, for `text` read under a headline."""
    record = process_text(HEAD + text, settings=SETTINGS)
    return {o.name: (o.title, o.organization, o.province) for o in record.officials}


def body_events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each event's name, date, last day and place, in order, for `text` read under a headline."""
    record = process_text(HEAD + text, settings=SETTINGS)
    return [(e.name, e.date, e.date_end, e.location) for e in record.events]

