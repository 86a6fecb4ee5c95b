"""A dataset others can reuse: the store's articles with their facts as JSON Lines split by year, and a
dataset card (`README.md`) in the layout the common dataset hubs read (YAML front matter with `configs` /
`data_files`, `license`, `language`, `task_categories`).

`export_dataset(db_path, out_dir, ...)` writes `DIR/data/<year>.jsonl` (`undated.jsonl` for articles with no
date), one article per line with its officials, figures, events, dates and provinces nested, and
`DIR/README.md`: counts, sources, date range, province (and topic) distribution, the fields, how it was
built (vnie version, record and store schema, the options) and what is known of the sources' terms.
Copies of a story are left out (unless `with_copies`). When the store has an `articles.relevant` column (topic relevance),
only relevant articles are kept unless `all_articles`; without it every article is kept and the card
says so. `with_text=False` leaves the article texts out (facts keep their sentence and offsets).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__
from pipeline.db.schema import FACT_TABLES, STORE_SCHEMA_VERSION, columns, connect
from pipeline.record import SCHEMA_VERSION

ARTICLE_FIELDS = ("id", "story_id", "title", "published", "dated", "year", "author", "sitename", "site", "url", "text")
_DROP = {"article_id", "published", "year"}  # article-level columns repeated on every fact row
_JSON_COLUMNS = {("events", "organizers")}


@dataclass
class DatasetSummary:
    """What was written: articles per split, facts per kind, and the card's numbers."""

    splits: dict[str, int] = field(default_factory=dict)
    facts: Counter = field(default_factory=Counter)
    sites: Counter = field(default_factory=Counter)
    provinces: Counter = field(default_factory=Counter)
    topics: Counter = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    copies_left_out: int = 0
    not_relevant_left_out: int = 0
    relevance: str = ""

    @property
    def articles(self) -> int:
        return sum(self.splits.values())


def split_name(year: str) -> str:
    """The split of a year (`year_2024`) or of undated articles (`undated`): names the hubs accept."""
    return f"year_{year}" if year != "undated" else "undated"


# -- what a store may have: topic relevance arrives as an `articles.relevant` column and topics as an
# -- `article_topics` table or an `articles.topics` JSON column (the topic stage is not merged yet)

def has_column(db: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in db.execute(f"PRAGMA table_info({table})"))


def has_table(db: sqlite3.Connection, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


def _topic_names(value: object) -> list[str]:
    """Topic codes from a JSON list of codes or of objects with `topic`/`code`/`name`."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [str(value)] if value else []
    out = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            name = item.get("topic") or item.get("code") or item.get("name")
            if name:
                out.append(str(name))
    return out


def article_topics(db: sqlite3.Connection) -> dict[str, list[str]] | None:
    """Topics per article id, or None when the store has none (no `article_topics` table, no `topics` column)."""
    if has_table(db, "article_topics"):
        found: dict[str, list[str]] = defaultdict(list)
        for article_id, topic in db.execute("SELECT article_id, topic FROM article_topics"):
            found[article_id].append(topic)
        return dict(found)
    if has_column(db, "articles", "topics"):
        return {row[0]: _topic_names(row[1]) for row in db.execute("SELECT id, topics FROM articles") if row[1]}
    return None


def _facts(db: sqlite3.Connection, table: str, article_id: str) -> list[dict]:
    names = [n for n, _, _ in columns(table) if n not in _DROP]
    out = []
    for row in db.execute(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {table} WHERE article_id = ? "
                          "ORDER BY start_offset, id", (article_id,)):
        item = dict(zip(names, row, strict=True))
        # the store's start_offset/end_offset (no reserved word in SQL) are start/end here, as in the records
        item = {{"start_offset": "start", "end_offset": "end"}.get(k, k): v for k, v in item.items()}
        for t, column in _JSON_COLUMNS:
            if t == table and item.get(column):
                item[column] = json.loads(item[column])
        out.append(item)
    return out


def dataset_records(db: sqlite3.Connection, all_articles: bool = False, with_text: bool = True,
                    summary: DatasetSummary | None = None, with_copies: bool = False, topic: str | None = None):
    """Yield (split year, record dict) for every article kept (only those with `topic` when given), in date
    order; fill `summary` as it goes."""
    summary = summary if summary is not None else DatasetSummary()
    relevant = has_column(db, "articles", "relevant")
    topics = article_topics(db) or {}
    where = "1 = 1" if with_copies else "is_copy = 0"
    if relevant and not all_articles:
        where += " AND relevant = 1"
        summary.not_relevant_left_out = db.execute(
            "SELECT COUNT(*) FROM articles WHERE is_copy = 0 AND (relevant IS NULL OR relevant != 1)").fetchone()[0]
        summary.relevance = "relevant articles only (`articles.relevant = 1`)"
    elif relevant:
        summary.relevance = "all articles, relevant or not (`relevant` kept on each record)"
    else:
        summary.relevance = "none: the store has no topic relevance yet, so every article is kept"
    if not with_copies:
        summary.copies_left_out = db.execute("SELECT COUNT(*) FROM articles WHERE is_copy = 1").fetchone()[0]
    args: list[str] = []
    if topic:
        where += " AND id IN (SELECT article_id FROM article_topics WHERE topic = ?)"
        args.append(topic)
        summary.relevance += f"; topic `{topic}` only"
    extra = ", relevant" if relevant else ""
    fields = [f for f in ARTICLE_FIELDS if with_text or f != "text"]
    for row in db.execute(f"SELECT {', '.join(fields)}{extra} FROM articles WHERE {where} ORDER BY dated IS NULL, dated, id",
                          args):
        record = {f: row[f] for f in fields}
        if relevant:
            record["relevant"] = None if row["relevant"] is None else bool(row["relevant"])
        if row["id"] in topics:
            record["topics"] = topics[row["id"]]
            summary.topics.update(topics[row["id"]])
        record["provinces"] = [dict(p) for p in db.execute(
            "SELECT province, province_2025 FROM article_provinces WHERE article_id = ? ORDER BY province", (row["id"],))]
        summary.provinces.update(p["province"] for p in record["provinces"])
        for table in FACT_TABLES:
            record[table] = _facts(db, table, row["id"])
            summary.facts[table] += len(record[table])
        summary.sites[row["site"] or "(local files)"] += 1
        if row["dated"]:
            day = row["dated"][:10]
            summary.first = min(summary.first or day, day)
            summary.last = max(summary.last or day, day)
        yield (row["dated"][:4] if row["dated"] else "undated"), record


def export_dataset(db_path: str | Path, out_dir: str | Path, all_articles: bool = False,
                   with_text: bool = True, with_copies: bool = False, topic: str | None = None) -> DatasetSummary:
    """Write the dataset (data/*.jsonl and README.md) to `out_dir`; return what was written."""
    out = Path(out_dir)
    data_dir = out / "data"
    if data_dir.exists():
        shutil.rmtree(data_dir)  # a re-export replaces the splits, never mixes two exports
    data_dir.mkdir(parents=True)
    summary = DatasetSummary()
    db = connect(db_path, create=False)
    handles: dict[str, object] = {}
    try:
        for year, record in dataset_records(db, all_articles, with_text, summary, with_copies, topic):
            fh = handles.get(year)
            if fh is None:
                fh = handles[year] = (data_dir / f"{year}.jsonl").open("w", encoding="utf-8")
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")  # type: ignore[attr-defined]
            summary.splits[year] = summary.splits.get(year, 0) + 1
    finally:
        for fh in handles.values():
            fh.close()  # type: ignore[attr-defined]
        db.close()
    (out / "README.md").write_text(card(summary, Path(db_path).name, all_articles, with_text, with_copies),
                                   encoding="utf-8")
    return summary


# -- the dataset card -------------------------------------------------------------------------------------

def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def _front_matter(summary: DatasetSummary) -> list[str]:
    q = json.dumps  # a JSON string is a YAML string
    lines = ["---", f"pretty_name: {q('Vietnamese industry and trade news facts (vnie)')}", "language:", "- vi",
             "license: other", "license_name: publishers-terms-unknown", "license_link: README.md",
             "task_categories:", "- token-classification", "- text-classification",
             "tags:", "- news", "- vietnamese", "- industry-and-trade", "- khuyen-cong", "- information-extraction",
             "size_categories:", f"- {_size_category(summary.articles)}",
             "configs:", "- config_name: default", "  data_files:"]
    for year in sorted(summary.splits):
        lines += [f"  - split: {split_name(year)}", f"    path: data/{year}.jsonl"]
    if not summary.splits:
        lines[-1] = "  data_files: []"
    lines.append("---")
    return lines


def _table(header: tuple[str, str], rows: list[tuple[str, object]]) -> list[str]:
    return [f"| {header[0]} | {header[1]} |", "| --- | ---: |"] + [f"| {k} | {v} |" for k, v in rows]


def card(summary: DatasetSummary, db_name: str, all_articles: bool, with_text: bool, with_copies: bool = False) -> str:
    """The dataset card: front matter for the hubs, then the sections a reader needs."""
    from pipeline.fetching.catalogue import load_catalogue

    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    span = f"{summary.first} to {summary.last}" if summary.first else "no dated articles"
    undated = summary.splits.get("undated", 0)
    lines = _front_matter(summary) + [
        "", "# Vietnamese industry and trade news facts", "",
        "News articles about industry promotion (*khuyến công*) and industry and trade (*công thương*) in Vietnam, "
        "each with the facts vnie extracted from it: officials (name, title, organisation, "
        "province), figures (value in base units, unit, qualifier, subject, year, province), events (type, date, "
        "place, organisers) and dates, every fact with its sentence and character offsets into the text.", "",
        "## Counts", "",
        f"- Articles: {summary.articles} ({undated} without a date); "
        + ("copies of an earlier story kept (`story_id` groups them)" if with_copies else
           f"copies of an earlier story left out: {summary.copies_left_out}"),
        f"- Relevance filter: {summary.relevance}"
        + (f"; not relevant left out: {summary.not_relevant_left_out}" if summary.not_relevant_left_out else ""),
        "- Facts: " + ", ".join(f"{k} {summary.facts[k]}" for k in FACT_TABLES),
        f"- Date range (publication date, else the first date the text names): {span}", "",
        "Splits (one JSON Lines file per year of the article's date):", ""]
    lines += _table(("split", "articles"), [(f"`{split_name(y)}` (`data/{y}.jsonl`)", n) for y, n in sorted(summary.splits.items())])
    catalogue = {e.host: e for e in load_catalogue()}
    lines += ["", "## Sources", "", "| site | articles | catalogued as |", "| --- | ---: | --- |"]
    for site, n in summary.sites.most_common():
        entry = catalogue.get(site.removeprefix("www."))
        lines.append(f"| {site} | {n} | {entry.publisher + ' (' + entry.kind + ')' if entry else '—'} |")
    lines += ["", "## Provinces", "", "Articles naming each province (an article can name several; pre-2025 names):", ""]
    lines += _table(("province", "articles"), list(summary.provinces.most_common()) or [("(none)", 0)])
    if summary.topics:
        lines += ["", "## Topics", ""] + _table(("topic", "articles"), list(summary.topics.most_common()))
    lines += ["", "## Fields", "", "Each line is one article:", "",
              "| field | meaning |", "| --- | --- |",
              "| id | record id (stable hash of the source) |",
              "| story_id | id of the first article of its story (equal to id unless the article copies an earlier one) |", "| title, author, sitename | as the page gives them |",
              "| published | publication date or timestamp (ISO 8601), null when unknown |",
              "| dated | the publication date, else the first event date or day the text names |",
              "| year | year of publication |", "| site, url | host and URL (null for local files) |"]
    if with_text:
        lines.append("| text | the main text (NFC); every fact's `start`/`end` are offsets into it |")
    lines += ["| relevant, topics | topic relevance, only when the store has it |",
              "| provinces | provinces the article names: `province` (as written) and `province_2025` (after the 2025 merger) |"]
    for table in FACT_TABLES:
        described = [f"`{n.removesuffix('_offset')}`" for n, _, _ in columns(table) if n not in _DROP]
        lines.append(f"| {table} | list of objects: {', '.join(described)} |")
    lines += ["", "Every column is described in vnie's `pipeline/db/schema.py` (and in `columns.md` of "
              "`vnie export --format jsonl`). Figures count once in sums when `in_totals` is 1 "
              "(not a rate, not a repeated mention).", "",
              "## How it was built", "",
              f"- vnie {__version__}, record schema {SCHEMA_VERSION}, store schema {STORE_SCHEMA_VERSION}",
              f"- `vnie export --format dataset` from `{db_name}` on {when}"
              + "".join(f" with `{flag}`" for flag, on in (("--all-articles", all_articles), ("--without-text", not with_text),
                                                          ("--with-copies", with_copies)) if on),
              "- Pages were fetched politely (robots.txt obeyed, one request per second per host by default), "
              "their main text kept by trafilatura or vnie's boilerplate filter, tokenized with underthesea and "
              "read by vnie's rule-based extractors; reposts of one story are grouped and only the first kept.", "",
              "## Licence", "",
              "The article texts and titles belong to their publishers. No licence is stated for them, and vnie has "
              "not recorded any source's terms of use: "
              + ("the catalogue of sources lists where each feed was found, not the terms under which its articles "
                 "may be reused. " if catalogue else "")
              + "Treat the texts as all rights reserved by their publishers: use them for research, cite the URL, "
              "and ask the publisher before republishing them. The extracted facts (names, titles, numbers, dates) "
              "and their offsets are vnie's output; `vnie export --format dataset --without-text` writes a copy "
              "without the texts, with each fact's sentence only.", ""]
    return "\n".join(lines)
