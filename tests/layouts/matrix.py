"""The layout matrix: every test article rendered in every layout, run through the page stage, compared with
the plain-text run of the same text.

    python -m tests.layouts.matrix [--no-dev-real] [--layout NAME] [--verbose]

prints, per layout: pages, records kept, published right, title right, facts identical to the plain-text
run (officials as (name, title), figures as (value, unit), events as (name, type), body facts only),
caption officials found and marked, and boilerplate people that became officials.
Articles: vnie's own annotated test articles (`tests/data/articles/`, their text as the page stage reads
it from their own files) and, when `../shared/` is beside the checkout, the 50 real texts of
`../shared/eval/dev-real/corpus.jsonl` (read at run time, never stored in the repository).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline.documents import RawDocument
from pipeline.language.textnorm import normalize
from pipeline.record import Record
from pipeline.run.process import process
from pipeline.settings import Settings
from tests.layouts.families import BOILERPLATE_PEOPLE, CAPTIONED, LAYOUTS
from tests.layouts.pages import CAPTIONS, PageArticle

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"
DEV_REAL = ROOT.parent / "shared" / "eval" / "dev-real" / "corpus.jsonl"
SETTINGS = Settings(progress=False)


@dataclass
class Row:
    pages: int = 0
    kept: int = 0
    published: int = 0
    title: int = 0
    identical: int = 0
    captions: int = 0
    caption_pages: int = 0
    boilerplate_officials: int = 0
    extractors: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def _nfc(text: str) -> str:
    return normalize(" ".join(text.split()))


def facts(record: Record, body_only: bool = True) -> tuple[frozenset, frozenset, frozenset]:
    """Officials (name, title), figures (value, unit) and events (name, type) of a record's body."""
    def keep(fact) -> bool:
        return not (body_only and fact.evidence.caption)
    return (
        frozenset((_nfc(o.name), _nfc(o.title)) for o in record.officials if keep(o)),
        frozenset((round(f.value, 6), f.unit) for f in record.figures if keep(f)),
        frozenset((_nfc(ev.name), ev.type) for ev in record.events if keep(ev)),
    )


def _record(doc: RawDocument) -> Record | str:
    outcome = process(doc, SETTINGS)
    if outcome.status != "written" or outcome.record_json is None:
        return f"{outcome.status}: {outcome.reason}: {outcome.detail}"
    return Record.from_json(outcome.record_json)


def _date(key: str) -> datetime:
    """A stable invented publication time for an article that has none."""
    digest = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    return datetime(2014 + digest % 10, 1 + digest % 12, 1 + digest % 28, 6 + digest % 14, digest % 60)


def _when(value: str | None, key: str) -> datetime:
    if value:
        try:
            return datetime.fromisoformat(value[:19]) if "T" in value else datetime.fromisoformat(value[:10]).replace(hour=8, minute=30)
        except ValueError:
            pass
    return _date(key)


def own_articles() -> list[PageArticle]:
    """vnie's annotated test articles, as the page stage reads them from their own pages and dumps."""
    found = []
    for number, path in enumerate(sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html"))):
        kind = "html" if path.suffix == ".html" else "dump"
        record = _record(RawDocument(path.name, kind, path.read_bytes(), path=str(path)))
        if not isinstance(record, Record) or not record.title:
            raise RuntimeError(f"{path.name} gives no record: {record}")
        body = record.text
        caption_start = min((f.evidence.start for f in [*record.officials, *record.figures, *record.events, *record.dates]
                             if f.evidence.caption), default=None)
        if caption_start is not None:
            body = body[:caption_start]
        found.append(PageArticle(path.stem, record.title, _when(record.published, path.stem),
                                 [p for p in body.split("\n") if p.strip()],
                                 captions=[CAPTIONS[number % len(CAPTIONS)][0]]))
    return found


def dev_real_articles() -> list[PageArticle]:
    """The 50 real texts of ../shared/eval/dev-real (read at run time only)."""
    found = []
    for number, line in enumerate(DEV_REAL.read_text(encoding="utf-8").splitlines()):
        entry = json.loads(line)
        key = str(entry["id"])
        paragraphs = [p.strip() for p in entry["text"].split("\n") if p.strip()]
        found.append(PageArticle(key, " ".join(entry["title"].split()), _when(entry.get("published"), key), paragraphs,
                                 captions=[CAPTIONS[number % len(CAPTIONS)][0]]))
    return found


def plain(article: PageArticle) -> Record:
    """The plain-text run of an article: its text, title and date given as a corpus entry."""
    doc = RawDocument(f"plain:{article.key}", "text", "\n".join(article.paragraphs),
                      meta={"title": article.title, "published": article.published.isoformat()})
    record = _record(doc)
    if not isinstance(record, Record):
        raise RuntimeError(f"{article.key}: plain text gives no record: {record}")
    return record


def check(article: PageArticle, layout: str, expected: tuple, row: Row) -> None:
    """Render one article in one layout, run it, and count what is right in `row`."""
    captioned = layout in CAPTIONED
    shown = article if captioned else PageArticle(article.key, article.title, article.published, article.paragraphs, article.author)
    page = LAYOUTS[layout](shown)
    row.pages += 1
    record = _record(RawDocument(f"{layout}/{article.key}.html", "html", page.encode("utf-8"),
                                 url=f"https://{layout.replace('_', '-')}.example.invalid/{article.key}.html"))
    where = f"{layout}/{article.key}"
    if not isinstance(record, Record):
        row.failures.append(f"{where}: no record ({record})")
        return
    row.kept += 1
    row.extractors[record.source.extractor] += 1
    if record.published and record.published[:10] == article.published.strftime("%Y-%m-%d"):
        row.published += 1
    else:
        row.failures.append(f"{where}: published {record.published!r} ({record.source.published_from}), "
                            f"expected {article.published:%Y-%m-%d}")
    if record.title and _nfc(record.title) == _nfc(article.title):
        row.title += 1
    else:
        row.failures.append(f"{where}: title {record.title!r} ({record.source.title_from})")
    got = facts(record)
    if got == expected:
        row.identical += 1
    else:
        for name, mine, theirs in zip(("officials", "figures", "events"), got, expected, strict=True):
            if mine != theirs:
                row.failures.append(f"{where} [{record.source.extractor}]: {name} extra {sorted(mine - theirs)} "
                                    f"missing {sorted(theirs - mine)}")
    people = {_nfc(p) for p in BOILERPLATE_PEOPLE}
    leaked = [o.name for o in record.officials if _nfc(o.name) in people]
    row.boilerplate_officials += len(leaked)
    if leaked:
        row.failures.append(f"{where}: boilerplate officials {leaked}")
    if captioned and shown.captions:
        row.caption_pages += 1
        names = {name for text, name in CAPTIONS if text in shown.captions}
        marked = {_nfc(o.name) for o in record.officials if o.evidence.caption}
        if names <= marked:
            row.captions += 1
        else:
            row.failures.append(f"{where}: caption official not found as caption ({sorted(names - marked)})")


def build(articles: list[PageArticle], layouts: list[str]) -> dict[str, Row]:
    rows = {name: Row() for name in layouts}
    for article in articles:
        expected = facts(plain(article))
        for layout in layouts:
            check(article, layout, expected, rows[layout])
    return rows


def table(rows: dict[str, Row]) -> str:
    """The matrix as a Markdown table."""
    lines = ["| layout | pages | kept | published right | title right | facts identical | caption officials | boilerplate officials "
             "| extractor |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    total = Row()
    for name, row in rows.items():
        captions = f"{row.captions}/{row.caption_pages}" if row.caption_pages else "-"
        used = ", ".join(f"{k} {v}" for k, v in row.extractors.most_common())
        lines.append(f"| {name} | {row.pages} | {row.kept} | {row.published} | {row.title} | {row.identical} | {captions} | "
                     f"{row.boilerplate_officials} | {used} |")
        for attr in ("pages", "kept", "published", "title", "identical", "captions", "caption_pages", "boilerplate_officials"):
            setattr(total, attr, getattr(total, attr) + getattr(row, attr))
    lines.append(f"| **all** | {total.pages} | {total.kept} | {total.published} | {total.title} | {total.identical} | "
                 f"{total.captions}/{total.caption_pages} | {total.boilerplate_officials} | |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.layouts.matrix", description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-dev-real", action="store_true", help="only vnie's own test articles")
    parser.add_argument("--layout", action="append", choices=sorted(LAYOUTS), help="only these layouts")
    parser.add_argument("--verbose", action="store_true", help="list every page that is not right")
    args = parser.parse_args(argv)
    articles = own_articles()
    if not args.no_dev_real and DEV_REAL.exists():
        articles += dev_real_articles()
    rows = build(articles, args.layout or list(LAYOUTS))
    print(f"{len(articles)} articles × {len(rows)} layouts")
    print(table(rows))
    if args.verbose:
        for row in rows.values():
            for failure in row.failures:
                print(failure)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
