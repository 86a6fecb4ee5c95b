"""Fact store → PostgreSQL: create or migrate the schema, then upsert every row, idempotently.

`load(db_path, dsn)` mirrors the SQLite store in a PostgreSQL database (psycopg 3) and returns a
`LoadSummary` of rows inserted, updated, unchanged and deleted per table; `describe(summary)` prints it.

The schema has the columns of the exports (`export.export_columns`, documented in an export's `columns.md`)
with honest types: text, integer (years), bigint, double precision, boolean (`is_copy`, `in_totals`), date
(`published`, `dated`, `first_seen`, `last_seen`, `events.date_start`, `dates.value_start`), timestamptz
(`articles.published_at`, `sources.fetched_at`) and jsonb (`events.organizers`, `positions.article_ids`);
the store's primary keys, foreign keys (ON DELETE CASCADE) and indexes; `article_provinces` gets the
primary key (article_id, province). Tables and columns carry comments. No column is named with a reserved
word (the offsets are `start_offset`/`end_offset`). Unlike the exports, copies of a story are loaded too.
`vnie_meta` records the schema version; an older version is brought up by the steps in `MIGRATIONS` (2 to 3
renames the offsets, changes the types in place and adds the date columns, whose values the load that runs
the migration fills again), a version with no path (or a newer one) is refused. The FTS tables and `meta`
are not copied.

Rows are streamed from SQLite (one read snapshot, `BATCH` rows at a time) with COPY into a temporary table,
then merged by primary key with `INSERT ... ON CONFLICT DO UPDATE ... WHERE row IS DISTINCT FROM excluded`,
so unchanged rows are not rewritten. Each group of tables is one transaction: articles; sources; each
fact table; article_provinces; people with positions. Rows are deleted when the store no longer has them:
facts, sources and provinces of an article the store has (it was re-extracted and lost them), and any
person or position (people are merged again on every sync). Articles are never deleted, as the store
never deletes them. A failed load leaves the groups already loaded in place; loading again completes it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.db.export import export_columns
from pipeline.db.export import rows as export_rows
from pipeline.db.schema import FACT_TABLES, INDEXES, STORE_SCHEMA_VERSION, TABLES, columns, connect
from pipeline.errors import PostgresError, PostgresSchemaError, VnieError  # noqa: F401 (re-exported)

if TYPE_CHECKING:
    import psycopg

BATCH = 2000
# Store types as schema 1 and 2 had them in PostgreSQL (the migrations to 2 add columns of these types).
PG_TYPES = {"TEXT": "TEXT", "INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION"}
# Export (Arrow) types -> PostgreSQL types, from schema 3 on.
PG_EXPORT_TYPES = {"string": "TEXT", "int32": "INTEGER", "int64": "BIGINT", "float64": "DOUBLE PRECISION",
                   "bool": "BOOLEAN", "date": "DATE", "timestamp": "TIMESTAMPTZ", "list<string>": "JSONB"}
# Primary keys of tables that have none in the store.
PRIMARY_KEYS = {"article_provinces": ("article_id", "province"), "article_topics": ("article_id", "topic")}
EXTRA_INDEXES = ["CREATE INDEX IF NOT EXISTS events_date_start ON events(date_start)",
                 "CREATE INDEX IF NOT EXISTS dates_value_start ON dates(value_start)"]
# One transaction each; within a group rows are deleted children first, then upserted parents first.
GROUPS = (("articles",), ("sources",), ("officials",), ("figures",), ("events",), ("dates",),
          ("article_provinces",), ("article_topics",), ("people", "positions"))
# Columns store schema 2 added: (table, column). The migration from 1 adds them (NOT NULL ones with a default
# that the load then overwrites), and the load fills them.
ADDED_IN_2 = [("articles", "dated"), ("figures", "per"), ("figures", "figure_year"), ("figures", "period"),
              ("figures", "repeat_of"), ("figures", "province"), ("figures", "province_2025"), ("figures", "in_totals"),
              ("events", "province"), ("events", "province_2025")]
RENAMED_IN_3 = {"start": "start_offset", "end": "end_offset"}  # in every fact table
DROPPED_IN_3 = [("articles", "published_date"), ("articles", "record_hash")]
_USING = {"BOOLEAN": "{c} <> 0", "JSONB": "{c}::jsonb", "INTEGER": "{c}::integer", "DATE": "NULL::date",
          "TIMESTAMPTZ": "NULL::timestamptz"}


def _add_column(table: str, name: str) -> str:
    kind = next(k for n, k, _ in columns(table) if n == name)
    default = " DEFAULT 1" if "NOT NULL" in kind else ""
    base, _, rest = kind.partition(" ")
    return f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{name}" {PG_TYPES[base]} {rest}{default}'


def _if_column(table: str, name: str, condition: str, statement: str) -> str:
    """`statement` run only when the column exists with a data type for which `condition` holds."""
    return (f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            f"AND table_name = '{table}' AND column_name = '{name}' AND {condition}) THEN {statement}; END IF; END $$")


def _to_3() -> list[str]:
    """Schema 2 -> 3: offsets renamed, types made honest in place (values the load cannot cast are set null
    and filled again by the load), `published_at`/`date_start`/`value_start` added, `published_date` dropped.
    Each step checks the column first, so a database left half-way is brought up too."""
    steps = [_if_column(t, old, "true", f'ALTER TABLE {t} RENAME COLUMN "{old}" TO {new}')
             for t in FACT_TABLES for old, new in RENAMED_IN_3.items()]
    steps += [f'ALTER TABLE {t} DROP COLUMN IF EXISTS "{c}"' for t, c in DROPPED_IN_3]
    for table in TABLES:
        store = {n for n, _, _ in columns(table)}
        for name, kind, _ in export_columns(table):
            pg = PG_EXPORT_TYPES[kind]
            if name not in store:
                steps.append(f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{name}" {pg}')
            elif pg in _USING:
                using = _USING[pg].format(c=f'"{name}"')
                steps.append(_if_column(table, name, f"data_type <> '{_pg_catalogue_name(pg)}'",
                                        f'ALTER TABLE {table} ALTER COLUMN "{name}" DROP DEFAULT, ALTER COLUMN "{name}" TYPE {pg} USING {using}'))
    return steps


def _pg_catalogue_name(pg: str) -> str:
    return {"TIMESTAMPTZ": "timestamp with time zone"}.get(pg, pg.lower())


# version found in vnie_meta -> (the version it becomes, the statements that take it there). Version 1 is the first.
MIGRATIONS: dict[str, tuple[str, list[str]]] = {
    "1": ("2", [_add_column(t, c) for t, c in ADDED_IN_2]),
    "2": ("3", _to_3()),
    # 3 -> 4: topic relevance; the columns are added here, the article_topics table by create_sql
    "3": ("4", [f'ALTER TABLE articles ADD COLUMN IF NOT EXISTS "{n}" {PG_EXPORT_TYPES[k]}'
                for n, k, _ in export_columns("articles") if n in ("relevant", "relevance", "topics")]),
}
_LOCK = 7_233_541_019  # advisory lock key: one load at a time per database
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class TableCounts:
    """Rows of one table: `rows` in the store, and what the load did in PostgreSQL."""

    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0


@dataclass(frozen=True)
class LoadSummary:
    """What a load did: `schema` is `created`, `up to date` or `migrated from N`; `tables` by table name."""

    schema: str
    tables: dict[str, TableCounts]

    @property
    def changed(self) -> int:
        return sum(c.inserted + c.updated + c.deleted for c in self.tables.values())


def published_date(published: str | None) -> date | None:
    """The day of an ISO 8601 publication date that gives at least a full valid date, else None."""
    if not published or not _DAY.fullmatch(published[:10]):
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _q(name: str) -> str:
    return f'"{name}"'


def _pg_columns(table: str) -> list[str]:
    return [name for name, _, _ in export_columns(table)]


def pg_columns(table: str) -> list[tuple[str, str, str]]:
    """(name, PostgreSQL type with constraints, description) of a loaded table."""
    constraints = {name: kind.partition(" ")[2] for name, kind, _ in columns(table)}
    return [(name, f"{PG_EXPORT_TYPES[kind]} {constraints.get(name, '')}".strip(), doc)
            for name, kind, doc in export_columns(table)]


def primary_key(table: str) -> tuple[str, ...]:
    if table in PRIMARY_KEYS:
        return PRIMARY_KEYS[table]
    return tuple(name for name, kind, _ in columns(table) if "PRIMARY KEY" in kind)


def create_sql() -> list[str]:
    """Statements that create the PostgreSQL schema of the current version (each safe to run again)."""
    statements = ["CREATE TABLE IF NOT EXISTS vnie_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"]
    for table in TABLES:
        body = [f"{_q(name)} {kind}" for name, kind, _ in pg_columns(table)]
        if table in PRIMARY_KEYS:
            body.append(f"PRIMARY KEY ({', '.join(map(_q, PRIMARY_KEYS[table]))})")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(body)})")
    return statements + INDEXES + EXTRA_INDEXES


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def comment_sql() -> list[str]:
    """COMMENT ON TABLE and COMMENT ON COLUMN statements with the descriptions of the tables and columns."""
    from pipeline.db.serve import TABLE_DESCRIPTIONS

    statements = [f"COMMENT ON TABLE {table} IS {_literal(TABLE_DESCRIPTIONS[table])}" for table in TABLES]
    return statements + [f"COMMENT ON COLUMN {table}.{_q(name)} IS {_literal(text)}"
                         for table in TABLES for name, _, text in pg_columns(table)]


def _one_line(exc: BaseException, dsn: str = "") -> str:
    return redact(" ".join(str(exc).split()) or type(exc).__name__, dsn)


_URL_PASSWORD = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)@")
_KV_PASSWORD = re.compile(r"""password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)""", re.IGNORECASE)


def passwords(dsn: str) -> list[str]:
    """Every spelling of the password a connection string holds (as written, percent-decoded, unquoted),
    longest first, whether or not the string is well formed."""
    from urllib.parse import unquote

    found: list[str] = []
    url = _URL_PASSWORD.match(dsn)
    if url and ":" in url.group(1):
        found.append(url.group(1).split(":", 1)[1])
    for m in _KV_PASSWORD.finditer(dsn):
        value = m.group(1)
        found += [value, value.strip("'").replace("\\'", "'").replace("\\\\", "\\")]
    for value in list(found):
        try:
            found.append(unquote(value, errors="strict"))
        except UnicodeDecodeError:
            pass
    return sorted({v for v in found if v}, key=len, reverse=True)


def redact(text: str, dsn: str) -> str:
    """`text` (a message, or the connection string itself) with the password of `dsn` replaced by `***`."""
    for secret in passwords(dsn):
        text = text.replace(secret, "***")
    return text


def where(dsn: str) -> str:
    """host:port/dbname of a DSN, without the password, for messages."""
    import psycopg

    try:
        info = psycopg.conninfo.conninfo_to_dict(dsn)
    except (psycopg.Error, ValueError):
        return "the DSN given"
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', info.get('user', ''))}"


def _connect(dsn: str) -> psycopg.Connection:
    try:
        import psycopg
    except ImportError as exc:
        raise PostgresError("loading into PostgreSQL needs psycopg 3: pip install 'psycopg[binary]>=3.1'") from exc
    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=15, client_encoding="utf8")
    except psycopg.ProgrammingError as exc:
        raise PostgresError(f"bad PostgreSQL connection string: {_one_line(exc, dsn)}") from exc
    except psycopg.Error as exc:
        raise PostgresError(f"cannot connect to PostgreSQL at {where(dsn)}: {_one_line(exc, dsn)}") from exc


def _stored_version(pg: psycopg.Connection) -> str | None:
    if pg.execute("SELECT to_regclass('vnie_meta')").fetchone()[0] is None:  # type: ignore[index]
        return None
    row = pg.execute("SELECT value FROM vnie_meta WHERE key = 'schema_version'").fetchone()
    return row[0] if row else "?"


def prepare_schema(pg: psycopg.Connection) -> str:
    """Create the schema, or migrate it to `STORE_SCHEMA_VERSION`; return what was done."""
    with pg.transaction():
        version = _stored_version(pg)
        if version is None:
            foreign = [t for t in TABLES if pg.execute("SELECT to_regclass(%s)", (t,)).fetchone()[0] is not None]  # type: ignore[index]
            if foreign:
                raise PostgresSchemaError(f"PostgreSQL database has table(s) {', '.join(foreign)} but no vnie_meta: "
                                          "not made by vnie, load into another database or schema")
            done = "created"
            statements = create_sql() + comment_sql()
        else:
            done = "up to date" if version == STORE_SCHEMA_VERSION else f"migrated from {version}"
            statements = []
            while version != STORE_SCHEMA_VERSION:
                if version not in MIGRATIONS:
                    raise PostgresSchemaError(f"PostgreSQL database has vnie schema version {version}, and this vnie "
                                              f"(schema {STORE_SCHEMA_VERSION}) has no migration from it")
                version, steps = MIGRATIONS[version]
                statements += steps
            statements += create_sql()  # tables or indexes dropped by hand come back
            if done != "up to date":
                statements += comment_sql()  # the added columns get their descriptions
        for statement in statements:
            pg.execute(statement)
        pg.execute("INSERT INTO vnie_meta VALUES ('schema_version', %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   (STORE_SCHEMA_VERSION,))
    return done


def _store_rows(db: sqlite3.Connection, table: str) -> Iterator[list[tuple]]:
    """Batches of the table's rows as PostgreSQL takes them: the export's typed values, lists as jsonb."""
    from psycopg.types.json import Jsonb

    names = _pg_columns(table)
    # A table without a primary key in the store could hold duplicates: keep one row per PostgreSQL key.
    seen: set[tuple] | None = set() if table in PRIMARY_KEYS else None
    batch: list[tuple] = []
    for item in export_rows(db, table, with_copies=True):
        if seen is not None:
            key = tuple(item[k] for k in PRIMARY_KEYS[table])
            if key in seen:
                continue
            seen.add(key)
        batch.append(tuple(Jsonb(item[n]) if isinstance(item[n], list) else item[n] for n in names))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _stage(pg: psycopg.Connection, db: sqlite3.Connection, table: str,
           progress: Callable[[str, int], None] | None) -> int:
    """Copy the store's rows of a table into the temporary table `stage_<table>` (dropped at commit)."""
    kinds = {name: PG_EXPORT_TYPES[kind] for name, kind, _ in export_columns(table)}  # types only, no constraints
    pg.execute(f"CREATE TEMPORARY TABLE stage_{table} ({', '.join(f'{_q(n)} {kinds[n]}' for n in _pg_columns(table))}) "
               "ON COMMIT DROP")
    staged = 0
    with pg.cursor() as cursor, cursor.copy(f"COPY stage_{table} ({', '.join(map(_q, _pg_columns(table)))}) FROM STDIN") as copy:
        for rows in _store_rows(db, table):
            for row in rows:
                copy.write_row(row)
            staged += len(rows)
            if progress is not None:
                progress(table, staged)
    pg.execute(f"CREATE INDEX ON stage_{table} ({', '.join(map(_q, primary_key(table)))})")
    pg.execute(f"ANALYZE stage_{table}")
    return staged


def _delete_gone(pg: psycopg.Connection, table: str) -> int:
    """Delete rows the store no longer has: of the store's articles for article tables, any for people tables."""
    key = primary_key(table)
    match = " AND ".join(f"s.{_q(k)} = t.{_q(k)}" for k in key)
    scope = "t.article_id IN (SELECT id FROM loaded_articles) AND " if "article_id" in _pg_columns(table) else ""
    return pg.execute(f"DELETE FROM {table} t WHERE {scope}NOT EXISTS (SELECT 1 FROM stage_{table} s WHERE {match})").rowcount


def _upsert(pg: psycopg.Connection, table: str) -> tuple[int, int]:
    """Merge `stage_<table>` into the table; return (inserted, updated). Rows equal to the store's are not touched."""
    names = _pg_columns(table)
    key = primary_key(table)
    rest = [n for n in names if n not in key]
    listed = ", ".join(map(_q, names))
    # xmax is 0 on a row this statement inserted, and our transaction's id on a row it updated.
    row = pg.execute(
        f"WITH merged AS (INSERT INTO {table} AS t ({listed}) SELECT {listed} FROM stage_{table} "
        f"ON CONFLICT ({', '.join(map(_q, key))}) DO UPDATE SET {', '.join(f'{_q(n)} = excluded.{_q(n)}' for n in rest)} "
        f"WHERE ({', '.join(f't.{_q(n)}' for n in rest)}) IS DISTINCT FROM ({', '.join(f'excluded.{_q(n)}' for n in rest)}) "
        "RETURNING (xmax = 0) AS inserted) "
        "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged"
    ).fetchone()
    return row[0], row[1]  # type: ignore[index]


def _load_group(pg: psycopg.Connection, db: sqlite3.Connection, group: tuple[str, ...],
                progress: Callable[[str, int], None] | None) -> dict[str, TableCounts]:
    with pg.transaction():
        staged = {table: _stage(pg, db, table, progress) for table in group}
        if group == ("articles",):
            pg.execute("INSERT INTO loaded_articles SELECT id FROM stage_articles ON CONFLICT DO NOTHING")
        deleted = {table: _delete_gone(pg, table) for table in reversed(group) if table != "articles"}
        counts = {}
        for table in group:
            inserted, updated = _upsert(pg, table)
            counts[table] = TableCounts(staged[table], inserted, updated, staged[table] - inserted - updated,
                                        deleted.get(table, 0))
    return counts


def load(db_path: str | Path, dsn: str, progress: Callable[[str, int], None] | None = None) -> LoadSummary:
    """Load the fact store at `db_path` into the PostgreSQL database at `dsn` (a URL or libpq key=value string).

    progress: called with (table, rows read so far) after each batch. Raises PostgresError (a VnieError)
    when PostgreSQL cannot be reached or used, and VnieError when the store is missing or of another version.
    """
    db = connect(db_path, create=False)
    pg = None
    try:
        pg = _connect(dsn)
        import psycopg

        table = "schema"
        try:
            pg.execute("SELECT pg_advisory_lock(%s)", (_LOCK,))
            done = prepare_schema(pg)
            pg.execute("CREATE TEMPORARY TABLE IF NOT EXISTS loaded_articles (id TEXT PRIMARY KEY)")
            db.execute("BEGIN")  # one read snapshot of the store for the whole load
            tables: dict[str, TableCounts] = {}
            for group in GROUPS:
                table = "/".join(group)
                tables.update(_load_group(pg, db, group, progress))
        except psycopg.Error as exc:
            raise PostgresError(f"loading {table} into PostgreSQL at {where(dsn)} failed: {_one_line(exc, dsn)}") from exc
        return LoadSummary(done, {t: tables[t] for t in TABLES})
    finally:
        if db.in_transaction:
            db.execute("COMMIT")
        db.close()
        if pg is not None:
            pg.close()


def describe(summary: LoadSummary) -> str:
    """The summary as text: the schema line, then one line per table."""
    width = max(map(len, summary.tables))
    lines = [f"PostgreSQL schema {STORE_SCHEMA_VERSION}: {summary.schema}"]
    for table, c in summary.tables.items():
        lines.append(f"{table:<{width}}  {c.rows} rows: {c.inserted} inserted, {c.updated} updated, "
                     f"{c.unchanged} unchanged, {c.deleted} deleted")
    return "\n".join(lines)
