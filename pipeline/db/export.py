"""Exports for data teams: every table of the fact store as JSON Lines, CSV or Parquet, with types kept.

`export(db_path, out_dir, fmt)` writes one file per table (`articles.jsonl`, `figures.csv`, ...) or, for
Parquet, one dataset per table partitioned by year (`figures/year=2024/part-0.parquet`; tables without
a year are one file), plus `columns.md` (every column with its type and meaning) and
`record.schema.json` (the JSON Schema of the records the store was built from).

Types are honest, and the same in Parquet and PostgreSQL (`postgres.py` loads these columns): numbers stay
numbers, counts integers, years int32; `is_copy` and `in_totals` are booleans; `organizers` and
`article_ids` are lists of strings (Parquet lists, PostgreSQL jsonb); `published`, `dated`, `first_seen`,
`last_seen` are dates, and `articles.published_at` and `sources.fetched_at` timestamps (UTC; a page's time
without a zone is taken as Vietnam's, UTC+7; `published_at` is null when the page gives a day only); a date
at month, quarter or year precision keeps its ISO text and gains `*_start`, the first day it covers (none for a
day without its year, `--07-09`). JSON
Lines write dates and timestamps as ISO 8601 text; CSV writes lists as JSON and booleans as true/false.
By default the articles that are copies of an earlier story, and their facts, are left out, so nothing is
counted twice (`with_copies` to keep them). `relevant_only` keeps the articles marked relevant by the topic
model, `topic` those with that topic (`article_topics`), with their facts, sources, provinces and topics;
`people` and `positions`, merged over the whole store, are not filtered. Rows are streamed in batches; the
store is never loaded whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from pipeline.db.schema import FACT_TABLES, TABLES, columns, connect
from pipeline.errors import VnieError
from pipeline.record import SCHEMA_PATH

FORMATS = ("jsonl", "csv", "parquet", "dataset", "spacy")
DEV_SHARE = 5  # spacy: one article in five (by id) goes to dev.spacy
EXPORTED = ("articles", "sources", "officials", "figures", "events", "dates", "people", "positions", "article_provinces",
            "article_topics")
BATCH = 5000
_DATE_COLUMNS = {"published", "dated", "first_seen", "last_seen", "date_end"}
_PERIOD_COLUMNS = {("events", "date"), ("dates", "value")}
# Columns the store keeps as SQLite INTEGER or TEXT whose honest type is another.
_BOOLEANS = {("articles", "is_copy"), ("figures", "in_totals"), ("articles", "relevant")}
_LISTS = {("events", "organizers"), ("positions", "article_ids"), ("articles", "topics"), ("article_topics", "words")}
_TIMESTAMPS = {("sources", "fetched_at")}
_INT32 = {"year", "figure_year"}
VIETNAM = dt.timezone(dt.timedelta(hours=7))
# Types of the exported columns (as written in columns.md): Arrow type names.
TYPES = ("string", "int32", "int64", "float64", "bool", "date", "timestamp", "list<string>")


def to_timestamp(value: str | None, zone: dt.tzinfo = dt.timezone.utc) -> dt.datetime | None:
    """An ISO 8601 timestamp as an aware datetime in UTC (`zone` when it has none); None for a day alone
    (`2023-10-05`) or what is not a timestamp."""
    if not value or len(value.strip()) <= 10:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=zone)
    return stamp.astimezone(dt.timezone.utc)


def to_date(value: str | None) -> dt.date | None:
    """The first day an ISO date, month (`2024-10`), quarter (`2024-Q3`) or year covers; None if not a date
    (nor for a day without its year, `--07-09`)."""
    if not value or value.startswith("--"):
        return None
    text = value.strip()
    try:
        if len(text) >= 10 and text[4] == "-" and text[7] == "-":
            return dt.date.fromisoformat(text[:10])
        if len(text) == 7 and text[4] == "-" and text[5:].isdigit():
            return dt.date(int(text[:4]), int(text[5:]), 1)
        if len(text) == 7 and text[5] == "Q":
            return dt.date(int(text[:4]), 3 * int(text[6]) - 2, 1)
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 1, 1)
    except ValueError:
        return None
    return None


def export_columns(table: str) -> list[tuple[str, str, str]]:
    """(name, type, description) of the exported table: store columns with dates typed, plus derived ones."""
    out = []
    for name, kind, doc in columns(table):
        if name == "record_hash":
            continue
        base = kind.split()[0]
        if name in _DATE_COLUMNS:
            out.append((name, "date", doc + " (date part)"))
            if table == "articles" and name == "published":
                out.append(("published_at", "timestamp", "Publication time (UTC) when the page gives a time, else null."))
        elif (table, name) in _PERIOD_COLUMNS:
            out.append((name, "string", doc))
            out.append((f"{name}_start", "date", f"First day of `{name}` at its precision."))
        elif (table, name) in _BOOLEANS:
            out.append((name, "bool", doc.replace("1 when", "True when")))
        elif (table, name) in _LISTS:
            out.append((name, "list<string>", doc.replace("JSON list", "List")))
        elif (table, name) in _TIMESTAMPS:
            out.append((name, "timestamp", doc))
        elif name in _INT32:
            out.append((name, "int32", doc))
        else:
            out.append((name, {"TEXT": "string", "INTEGER": "int64", "REAL": "float64"}[base], doc))
    return out


def typed(table: str, name: str, value: object) -> object:
    """A store value of `table.name` in its honest type (bool, list, timestamp); others unchanged."""
    if value is None:
        return None
    if (table, name) in _BOOLEANS:
        return bool(value)
    if (table, name) in _LISTS:
        return json.loads(str(value))
    if (table, name) in _TIMESTAMPS:
        return to_timestamp(str(value))
    return value


def _where(table: str, with_copies: bool, relevant_only: bool = False, topic: str | None = None) -> tuple[str, list]:
    """The WHERE clause (and its arguments) that keeps the exported articles' rows of a table."""
    kept, args = [] if with_copies else ["is_copy = 0"], []
    if relevant_only:
        kept.append("relevant = 1")
    if topic:
        kept.append("id IN (SELECT article_id FROM article_topics WHERE topic = ?)")
        args.append(topic)
    if not kept:
        return "", []
    if table == "articles":
        return " WHERE " + " AND ".join(kept), args
    if table in FACT_TABLES or table in ("sources", "article_provinces", "article_topics"):
        return f" WHERE article_id IN (SELECT id FROM articles WHERE {' AND '.join(kept)})", args
    return "", []


_ORDER = {"article_provinces": "article_id, province", "sources": "article_id", "article_topics": "article_id, score DESC, topic"}


def rows(db: sqlite3.Connection, table: str, with_copies: bool = False, relevant_only: bool = False,
         topic: str | None = None) -> Iterator[dict]:
    """The exported rows of a table, typed as `export_columns` says (dates as `datetime.date`, timestamps as
    aware `datetime.datetime`, lists as lists), in primary key order."""
    names = [n for n, _, _ in columns(table) if n != "record_hash"]
    where, args = _where(table, with_copies, relevant_only, topic)
    cursor = db.execute(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {table}{where} "
                        f"ORDER BY {_ORDER.get(table, 'id')}", args)
    while True:
        batch = cursor.fetchmany(BATCH)
        if not batch:
            return
        for raw in batch:
            row = dict(zip(names, raw, strict=False))
            out: dict = {}
            for name, value in row.items():
                if name in _DATE_COLUMNS:
                    out[name] = to_date(value)
                    if table == "articles" and name == "published":
                        out["published_at"] = to_timestamp(value, VIETNAM)
                elif (table, name) in _PERIOD_COLUMNS:
                    out[name] = value
                    out[f"{name}_start"] = to_date(value)
                else:
                    out[name] = typed(table, name, value)
            yield out


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _write_jsonl(path: Path, items: Iterator[dict]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return n


def _csv_cell(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(path: Path, table: str, items: Iterator[dict]) -> int:
    names = [n for n, _, _ in export_columns(table)]
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=names)
        writer.writeheader()
        for item in items:
            writer.writerow({k: _csv_cell(v) for k, v in item.items()})
            n += 1
    return n


def arrow_schema(table: str):
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "timestamp": pa.timestamp("us", tz="UTC"), "list<string>": pa.list_(pa.string())}
    return pa.schema([pa.field(n, types[t], metadata={"description": d}) for n, t, d in export_columns(table)],
                     metadata={"table": table})


def _write_parquet(path: Path, table: str, items: Iterator[dict]) -> int:
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    count = 0

    def batches() -> Iterator[pa.RecordBatch]:
        nonlocal count
        chunk: list[dict] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= BATCH:
                count += len(chunk)
                yield pa.RecordBatch.from_pylist(chunk, schema=schema)
                chunk = []
        if chunk:
            count += len(chunk)
            yield pa.RecordBatch.from_pylist(chunk, schema=schema)

    if "year" in schema.names:
        reader = pa.RecordBatchReader.from_batches(schema, batches())
        ds.write_dataset(reader, path, format="parquet", partitioning=ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive"),
                         existing_data_behavior="delete_matching", basename_template="part-{i}.parquet")
    else:
        path.mkdir(parents=True, exist_ok=True)
        with pq.ParquetWriter(path / "part-0.parquet", schema) as writer:
            for batch in batches():
                writer.write_batch(batch)
            if count == 0:
                writer.write_table(pa.Table.from_pylist([], schema=schema))
    return count


def _columns_doc(fmt: str) -> str:
    lines = ["# Columns of the vnie export", "",
             f"Format: {fmt}. One {'dataset (folder, partitioned by year where the table has one)' if fmt == 'parquet' else 'file'} "
             "per table. `record.schema.json` beside this file is the JSON Schema of the records the store was built from. "
             "Types are Arrow's; `vnie load` gives PostgreSQL the same columns: string = text, int32 = integer, "
             "int64 = bigint, float64 = double precision, bool = boolean, date = date, timestamp = timestamptz (UTC), "
             "list<string> = jsonb (a JSON array of strings).", ""]
    for table in EXPORTED:
        lines += [f"## {table}", "", "| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| {n} | {t} | {d} |" for n, t, d in export_columns(table)]
        lines.append("")
    return "\n".join(lines)


def export_spacy(db_path: str | Path, out_dir: str | Path, with_copies: bool = False, relevant_only: bool = False,
                 topic: str | None = None) -> dict[str, int]:
    """spaCy DocBin files of the store's articles, their facts as span groups and entities (`spacy_doc.py`):
    `train.spacy` and `dev.spacy` (one article in `DEV_SHARE`, chosen by its id), and `config.cfg`, a
    `spacy train` config for them. Returns the documents written per file."""
    import hashlib

    from pipeline.show import record_of
    from pipeline.spacy_doc import docbin, make_nlp, training_config

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = connect(db_path, create=False)
    nlp = make_nlp(component=False)
    try:
        where, args = _where("articles", with_copies, relevant_only, topic)
        ids = [r[0] for r in db.execute(f"SELECT id FROM articles{where} ORDER BY id", args)]
        dev = {i for i in ids if int(hashlib.sha256(i.encode()).hexdigest(), 16) % DEV_SHARE == 0}
        if ids and (not dev or dev == set(ids)):  # both files get at least one document when there are two
            dev = {ids[0]} if len(ids) > 1 else set()
        counts = {}
        for name, chosen in (("train", [i for i in ids if i not in dev]), ("dev", [i for i in ids if i in dev])):
            docbin((record_of(db, i) for i in chosen), nlp).to_disk(out / f"{name}.spacy")
            counts[f"{name}.spacy"] = len(chosen)
    finally:
        db.close()
    (out / "config.cfg").write_text(training_config(), encoding="utf-8")
    return counts


def export(db_path: str | Path, out_dir: str | Path, fmt: str = "jsonl", with_copies: bool = False,
           relevant_only: bool = False, topic: str | None = None,
           progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write every table of the store to `out_dir` in `fmt`; return rows written per table (for `spacy`,
    documents per DocBin file: see `export_spacy`). `relevant_only`, `topic`: see the module's docstring.
    `progress(table)` is called once per row read (jsonl, csv, parquet)."""
    if fmt not in FORMATS:
        raise VnieError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "spacy":
        return export_spacy(db_path, out_dir, with_copies, relevant_only, topic)
    if fmt == "dataset":  # articles with their facts, split by year, with a dataset card: db/dataset.py
        from pipeline.db.dataset import export_dataset

        return export_dataset(db_path, out_dir, with_copies=with_copies, topic=topic).splits
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = connect(db_path, create=False)
    counts: dict[str, int] = {}
    try:
        for table in EXPORTED:
            items = rows(db, table, with_copies, relevant_only, topic)
            if progress is not None:
                items = _counted(items, table, progress)
            if fmt == "jsonl":
                counts[table] = _write_jsonl(out / f"{table}.jsonl", items)
            elif fmt == "csv":
                counts[table] = _write_csv(out / f"{table}.csv", table, items)
            else:
                target = out / table
                if target.exists():
                    shutil.rmtree(target)
                counts[table] = _write_parquet(target, table, items)
    finally:
        db.close()
    (out / "columns.md").write_text(_columns_doc(fmt), encoding="utf-8")
    shutil.copyfile(SCHEMA_PATH, out / "record.schema.json")
    return counts


def _counted(items: Iterator[dict], table: str, progress: Callable[[str], None]) -> Iterator[dict]:
    for item in items:
        progress(table)
        yield item


assert set(EXPORTED) <= set(TABLES)
