"""vnie: Vietnamese news in, searchable fact records out.

    from pipeline import process_text
    record = process_text("Thứ trưởng Bộ Công Thương Phan Thị Thắng ...", source="note-1")

For whole corpora use `pipeline.run.runner.run(paths, out_dir, Settings())` or the `vnie` command.
"""

from __future__ import annotations

from pipeline.errors import Skip, VnieError
from pipeline.record import SCHEMA_VERSION, Record
from pipeline.settings import Settings

__version__ = "0.1.0"
__all__ = ["process_text", "process_html", "Record", "Settings", "Skip", "VnieError", "SCHEMA_VERSION"]


def process_text(text: str, source: str = "text", published: str | None = None, title: str | None = None,
                 settings: Settings = Settings()) -> Record:
    """The record of one clean article text; raises `Skip` for empty or non-Vietnamese text."""
    from pipeline.documents import DocumentMeta, RawDocument
    from pipeline.page.stage import to_article
    from pipeline.run.process import to_record

    meta = DocumentMeta()
    if published:
        meta["published"] = published
    if title:
        meta["title"] = title
    return to_record(to_article(RawDocument(source, "text", text, path=source, meta=meta), settings))


def process_html(html: str, url: str | None = None, settings: Settings = Settings()) -> Record:
    """The record of one HTML page; raises `Skip` for pages that are not Vietnamese articles."""
    from pipeline.documents import RawDocument
    from pipeline.language.textnorm import clean_surrogates
    from pipeline.page.stage import to_article
    from pipeline.run.process import to_record

    data = clean_surrogates(html).encode("utf-8")  # a lone surrogate cannot be encoded: it becomes U+FFFD
    return to_record(to_article(RawDocument(url or "html", "html", data, url=url), settings))
