"""The SQL schema of the fact store, one place for SQLite (and, translated, PostgreSQL).

Tables: `articles` (one per record), `sources` (where each came from), `officials`, `figures`,
`events`, `dates` (one row per fact, with its evidence), `people` and `positions` (officials merged
across articles, see `people.py`), `article_provinces` (the provinces an article names), `article_topics`
(the topics of an article, with `articles.relevant`: see `pipeline/facts/topics.py`) and `meta`
(the schema version). `fts` is an FTS5 index over article text, titles and facts, in two columns: the
text as written (`exact`) and folded without diacritics (`folded`); `vnie search` and Datasette's search
page use it. Besides, `articles`, `officials`, `figures` and `events` each have their own FTS5 index
`<table>_fts` over their text columns, in the form sqlite-utils makes (`content="<table>"`, kept up to date
by triggers), so that `sqlite-utils search vnie.db articles "điện"` and Datasette's table search work on
them; it ignores tone marks and other diacritics (`dien` finds `điện`'s `diện`, not `đ`, a letter of its own).

The rows of `fts` are numbered by kind (`FTS_KINDS`): an article's index row has a rowid between
`fts_rowids("article")`'s bounds, an official's between its own, and so on, so that a search for one kind
reads only that kind's part of each word's list (`rowid BETWEEN lo AND hi` inside the FTS5 query) while
bm25 keeps the statistics of the whole index. `meta.fts_rowids = 'by-kind'` marks a store numbered so;
`connect` renumbers an older store's index once (the rows stay the same; `fts_docs` follows).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from pipeline.errors import VnieError

STORE_SCHEMA_VERSION = "4"
# Version history: 1 first; 2 adds figures.per/figure_year/period/repeat_of/province/province_2025/in_totals,
# events.province/province_2025 and articles.dated; 3 renames the evidence offsets `start`/`end` (`end` is a
# reserved word of SQL) to `start_offset`/`end_offset` and gives every table its own FTS index; 4 adds
# topic relevance: articles.relevant/relevance/topics and the article_topics table. `connect` rebuilds an older store (it is derived from
# records.jsonl, which `vnie run` syncs whole into the empty store).

# Columns of each fact table after its own fields: the evidence and the article's publication date.
TABLES: dict[str, list[tuple[str, str, str]]] = {
    # name: [(column, SQLite type, description)]
    "articles": [
        ("id", "TEXT PRIMARY KEY", "Record id (stable hash of the source)."),
        ("story_id", "TEXT NOT NULL", "Id of the first article of its story; equal to id unless this is a copy."),
        ("is_copy", "INTEGER NOT NULL", "1 when the article is a copy or near-copy of an earlier one (story_id != id)."),
        ("title", "TEXT", "Title of the article."),
        ("published", "TEXT", "Publication date (ISO 8601), null when unknown."),
        ("year", "INTEGER", "Year of publication."),
        ("dated", "TEXT", "Date of the article for timelines: the publication date, else (no publication date) the "
                          "first event date or day the text names; null when neither."),
        ("author", "TEXT", "Byline."),
        ("sitename", "TEXT", "Name of the paper as the page gives it."),
        ("site", "TEXT", "Host of the URL (e.g. baocongthuong.vn), or the corpus file for local inputs."),
        ("url", "TEXT", "URL of the article, when it came from the web."),
        ("text", "TEXT NOT NULL", "Main text (NFC, classic tone placement); fact offsets point into it."),
        ("relevant", "INTEGER", "1 when the article belongs to an industry-and-trade corpus (record.relevant), 0 when not, "
                                "null for records without topic relevance."),
        ("relevance", "REAL", "Probability (0-1) that it belongs to an industry-and-trade corpus (record.relevance)."),
        ("topics", "TEXT", "JSON list of the article's topic codes, best first (the codes of record.topics)."),
        ("record_hash", "TEXT NOT NULL", "SHA-256 of the record's JSON line, to skip unchanged records."),
    ],
    "sources": [
        ("article_id", "TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE", "The article."),
        ("url", "TEXT", "URL it was fetched from."),
        ("path", "TEXT", "File it was read from."),
        ("line", "INTEGER", "Line in a JSON Lines corpus."),
        ("fetched_at", "TEXT", "When it was fetched or captured (UTC)."),
    ],
    "officials": [
        ("id", "TEXT PRIMARY KEY", "Fact id: article id and position in the record."),
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE", "The article."),
        ("person_id", "TEXT", "The person this mention was merged into (people.id)."),
        ("name", "TEXT NOT NULL", "Full name."),
        ("title", "TEXT NOT NULL", "The whole position as written."),
        ("role", "TEXT NOT NULL", "The office (Giám đốc, Phó Chủ tịch)."),
        ("organization", "TEXT", "Organisation of the position."),
        ("province", "TEXT", "Province of the post itself (UBND tỉnh X, Sở ... X), pre-2025 name; null for national "
                             "and foreign posts. The article's provinces are in article_provinces."),
        ("province_2025", "TEXT", "Province of the post after the 2025 merger."),
    ],
    "figures": [
        ("id", "TEXT PRIMARY KEY", "Fact id."),
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE", "The article."),
        ("value", "REAL NOT NULL", "The number in base units (VND, USD, MW, ha, percent, count)."),
        ("unit", "TEXT NOT NULL", "VND, USD, EUR, MW, kWh, ha, m2, km2, tonne, percent or count."),
        ("counted", "TEXT", "For counts, what is counted."),
        ("text", "TEXT NOT NULL", "The figure as written."),
        ("qualifier", "TEXT", "more_than, about, nearly, under, at_most, at_least, estimated, up_to."),
        ("range", "TEXT", "low or high end of a range."),
        ("subject", "TEXT", "What the figure measures (the project, plant, product or area), or null."),
        ("per", "TEXT", "For a rate, the denominator (ngày, kg, m2, kWh, tháng, người): 200.000 đồng/ngày; else null."),
        ("figure_year", "INTEGER", "The year the figure refers to when the sentence says it (năm 2024, quý III/2023)."),
        ("period", "TEXT", "The period the figure refers to when the sentence says it (2024-Q3, 2024-01/2024-09)."),
        ("repeat_of", "TEXT", "Fact id of an earlier figure of the same article stating the same fact, else null."),
        ("province", "TEXT", "Province of the figure when its sentence or subject places it (pre-2025 name), else null."),
        ("province_2025", "TEXT", "That province after the 2025 merger."),
        ("in_totals", "INTEGER NOT NULL", "1 when the figure counts in totals: not a rate (per is null) and not a repeat."),
    ],
    "events": [
        ("id", "TEXT PRIMARY KEY", "Fact id."),
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE", "The article."),
        ("name", "TEXT NOT NULL", "Name of the event as written."),
        ("type", "TEXT NOT NULL", "conference, workshop, forum, fair, exhibition, congress, ceremony, ..."),
        ("subtype", "TEXT", "For ceremonies: inauguration, groundbreaking, signing, award, opening, ..."),
        ("date", "TEXT", "ISO 8601 at its precision."),
        ("date_precision", "TEXT", "day, month, quarter, year, month_day for `--07-09` (a day whose year an undated article does not write), or month_only for `--07` (such a month)."),
        ("date_end", "TEXT", "Last day (ISO 8601) of an event given as a range of days, else null."),
        ("month", "TEXT", "YYYY-MM of the event date (or of publication when the event has no date)."),
        ("location", "TEXT", "Place."),
        ("organizers", "TEXT", "JSON list of organisers."),
        ("edition", "INTEGER", "Edition number (lần thứ X)."),
        ("province", "TEXT", "Province of the event when its sentence or place names it (pre-2025 name), else null."),
        ("province_2025", "TEXT", "That province after the 2025 merger."),
    ],
    "dates": [
        ("id", "TEXT PRIMARY KEY", "Fact id."),
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE", "The article."),
        ("text", "TEXT NOT NULL", "The date as written."),
        ("value", "TEXT NOT NULL", "ISO 8601 at its precision."),
        ("precision", "TEXT NOT NULL", "day, month, quarter, year, month_day for `--07-09` (a day whose year an undated article does not write), or month_only for `--07` (such a month)."),
    ],
    "people": [
        ("id", "TEXT PRIMARY KEY", "Person id: a hash of the name and the first post's organisation or province."),
        ("name", "TEXT NOT NULL", "Full name."),
        ("name_folded", "TEXT NOT NULL", "Name without diacritics, lower case."),
        ("first_seen", "TEXT", "Earliest publication date of an article naming them."),
        ("last_seen", "TEXT", "Latest publication date of an article naming them."),
        ("n_articles", "INTEGER NOT NULL", "Articles naming them."),
        ("n_positions", "INTEGER NOT NULL", "Distinct positions."),
    ],
    "positions": [
        ("id", "TEXT PRIMARY KEY", "Position id."),
        ("person_id", "TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE", "The person."),
        ("title", "TEXT NOT NULL", "The position as written (its longest form)."),
        ("role", "TEXT NOT NULL", "The office."),
        ("organization", "TEXT", "Organisation."),
        ("province", "TEXT", "Province as written."),
        ("province_2025", "TEXT", "Province after the 2025 merger."),
        ("first_seen", "TEXT", "Earliest publication date with this position."),
        ("last_seen", "TEXT", "Latest publication date with this position."),
        ("n_articles", "INTEGER NOT NULL", "Articles giving this position."),
        ("article_ids", "TEXT NOT NULL", "JSON list of those articles."),
    ],
    "article_provinces": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE", "The article."),
        ("province", "TEXT NOT NULL", "A province the article names (pre-2025 name)."),
        ("province_2025", "TEXT NOT NULL", "Its province after the 2025 merger."),
    ],
    "article_topics": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE", "The article."),
        ("topic", "TEXT NOT NULL", "A topic code of the article (pipeline/facts/lexicons/topics.tsv)."),
        ("score", "REAL NOT NULL", "The topic model's probability (0-1)."),
        ("words", "TEXT NOT NULL", "JSON list of the words that weighed most for it."),
    ],
}
EVIDENCE = [
    ("sentence", "TEXT NOT NULL", "The sentence the fact was read from."),
    ("start_offset", "INTEGER NOT NULL", "Offset of the fact in the article text (characters)."),
    ("end_offset", "INTEGER NOT NULL", "Offset one past the fact's end."),
    ("published", "TEXT", "Publication date of the article."),
    ("year", "INTEGER", "Year of publication of the article."),
]
FACT_TABLES = ("officials", "figures", "events", "dates")
# Per-table FTS indexes (sqlite-utils' layout): table -> the columns indexed.
TABLE_FTS: dict[str, tuple[str, ...]] = {
    "articles": ("title", "text"),
    "officials": ("name", "title", "organization", "sentence"),
    "figures": ("text", "subject", "sentence"),
    "events": ("name", "location", "sentence"),
}

INDEXES = [
    "CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id)",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles(published)",
    "CREATE INDEX IF NOT EXISTS articles_site ON articles(site)",
    "CREATE INDEX IF NOT EXISTS officials_article ON officials(article_id)",
    "CREATE INDEX IF NOT EXISTS officials_person ON officials(person_id)",
    "CREATE INDEX IF NOT EXISTS officials_province ON officials(province)",
    "CREATE INDEX IF NOT EXISTS officials_province_2025 ON officials(province_2025)",
    "CREATE INDEX IF NOT EXISTS officials_organization ON officials(organization)",
    "CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id)",
    "CREATE INDEX IF NOT EXISTS figures_unit_value ON figures(unit, value)",
    "CREATE INDEX IF NOT EXISTS figures_year ON figures(year)",
    "CREATE INDEX IF NOT EXISTS figures_figure_year ON figures(figure_year)",
    "CREATE INDEX IF NOT EXISTS figures_province ON figures(province_2025)",
    "CREATE INDEX IF NOT EXISTS events_article ON events(article_id)",
    "CREATE INDEX IF NOT EXISTS events_type ON events(type)",
    "CREATE INDEX IF NOT EXISTS events_month ON events(month)",
    "CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id)",
    "CREATE INDEX IF NOT EXISTS positions_person ON positions(person_id)",
    "CREATE INDEX IF NOT EXISTS people_name ON people(name_folded)",
    "CREATE INDEX IF NOT EXISTS article_provinces_article ON article_provinces(article_id)",
    "CREATE INDEX IF NOT EXISTS article_provinces_province ON article_provinces(province)",
    "CREATE INDEX IF NOT EXISTS articles_relevant ON articles(relevant)",
    "CREATE INDEX IF NOT EXISTS article_topics_article ON article_topics(article_id)",
    "CREATE INDEX IF NOT EXISTS article_topics_topic ON article_topics(topic)",
]
# The kinds of `fts` rows, in the order of their rowid ranges: kind k's rows are numbered from (k + 1) << 40.
FTS_KINDS = ("article", "official", "figure", "event")
_FTS_SPAN = 1 << 40


def fts_rowids(kind: str) -> tuple[int, int]:
    """The first and last rowid of `fts` rows of one kind (in a store whose `meta.fts_rowids` is `by-kind`)."""
    low = (FTS_KINDS.index(kind) + 1) * _FTS_SPAN
    return low, low + _FTS_SPAN - 1


FTS_SQL = ("CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(kind UNINDEXED, ref UNINDEXED, article_id UNINDEXED, "
           "exact, folded, tokenize = 'unicode61 remove_diacritics 0')")


def columns(table: str) -> list[tuple[str, str, str]]:
    """Every column of a table, evidence columns included for fact tables."""
    return TABLES[table] + (EVIDENCE if table in FACT_TABLES else [])


def create_sql() -> list[str]:
    statements = ["CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"]
    for table in TABLES:
        body = ", ".join(f'"{name}" {kind}' for name, kind, _ in columns(table))
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    statements += INDEXES
    # Which index rows belong to which article: FTS5 cannot index `article_id`, a re-sync must find them.
    statements.append("CREATE TABLE IF NOT EXISTS fts_docs (fts_rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL)")
    statements.append("CREATE INDEX IF NOT EXISTS fts_docs_article ON fts_docs(article_id)")
    statements.append(FTS_SQL)
    for table in TABLE_FTS:
        statements += table_fts_sql(table)
    return statements


def table_fts_sql(table: str) -> list[str]:
    """The FTS5 table `<table>_fts` over the table's text columns and the triggers that keep it up to date,
    as `sqlite-utils enable-fts --fts5 --create-triggers` makes them (external content, same rowid)."""
    names = TABLE_FTS[table]
    listed = ", ".join(f"[{n}]" for n in names)
    new = ", ".join(f"new.[{n}]" for n in names)
    old = ", ".join(f"old.[{n}]" for n in names)
    fts = f"[{table}_fts]"
    delete = f"INSERT INTO {fts} ({fts}, rowid, {listed}) VALUES('delete', old.rowid, {old});"
    insert = f"INSERT INTO {fts} (rowid, {listed}) VALUES (new.rowid, {new});"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING FTS5 ({listed}, tokenize = 'unicode61 remove_diacritics 2', "
        f"content=[{table}])",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_ai] AFTER INSERT ON [{table}] BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_ad] AFTER DELETE ON [{table}] BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_au] AFTER UPDATE OF {listed} ON [{table}] BEGIN {delete} {insert} END",
    ]


def _wal(db: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch to WAL. Two processes opening a new store at once can meet `database is locked` here without
    SQLite's busy handler being called (the switch needs the file to itself): retry for up to `wait` seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def connect(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """Open (and create or check) a fact store: WAL, foreign keys on, a 30 s wait for other writers."""
    path = Path(path)
    if not create and not path.exists():
        raise VnieError(f"no database at {path} (run `vnie run` first, or give --db)")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    _wal(db)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=30000")
    if create:
        db.execute("BEGIN IMMEDIATE")
        if _stored_version(db) not in (None, STORE_SCHEMA_VERSION):
            _drop_all(db)  # an older store: rebuilt empty, and the sync that opened it fills it again
        for statement in create_sql():
            db.execute(statement)
        db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (STORE_SCHEMA_VERSION,))
        if not fts_by_kind(db):
            _renumber_fts(db)
        db.execute("COMMIT")
    version = _stored_version(db)
    if version != STORE_SCHEMA_VERSION:
        db.close()
        raise VnieError(f"{path} has store schema {version or '?'}, vnie needs {STORE_SCHEMA_VERSION}: "
                        "run `vnie run` on its folder again to rebuild it")
    return db


def _stored_version(db: sqlite3.Connection) -> str | None:
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return row[0] if row else None


def fts_by_kind(db: sqlite3.Connection) -> bool:
    """True when the store's `fts` rows are numbered by kind (`fts_rowids`)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
        return False
    row = db.execute("SELECT value FROM meta WHERE key = 'fts_rowids'").fetchone()
    return row is not None and row[0] == "by-kind"


def _renumber_fts(db: sqlite3.Connection) -> None:
    """Number an older store's `fts` rows by kind (inside the caller's transaction): every row is indexed
    again under rowid `fts_rowids(kind)[0] + its old rowid`, so old rowids stay apart and in order."""
    if db.execute("SELECT 1 FROM fts LIMIT 1").fetchone() is not None:
        offset = " ".join(f"WHEN '{kind}' THEN {fts_rowids(kind)[0]}" for kind in FTS_KINDS)
        db.execute("DROP TABLE IF EXISTS fts_renumbered")
        db.execute(FTS_SQL.replace("fts USING", "fts_renumbered USING"))
        db.execute(f"INSERT INTO fts_renumbered (rowid, kind, ref, article_id, exact, folded) SELECT "
                   f"(CASE kind {offset} END) + rowid, kind, ref, article_id, exact, folded FROM fts ORDER BY kind, rowid")
        db.execute("DROP TABLE fts")
        db.execute("ALTER TABLE fts_renumbered RENAME TO fts")
        db.execute("DELETE FROM fts_docs")
        db.execute("INSERT INTO fts_docs SELECT rowid, article_id FROM fts")
    db.execute("INSERT OR REPLACE INTO meta VALUES ('fts_rowids', 'by-kind')")


def _drop_all(db: sqlite3.Connection) -> None:
    """Drop every vnie table of the store (inside the caller's transaction)."""
    for table in TABLE_FTS:
        for suffix in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS [{table}_{suffix}]")
        db.execute(f"DROP TABLE IF EXISTS [{table}_fts]")
    for table in ("fts", "fts_docs", *reversed(list(TABLES)), "meta"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
