"""Exports for data teams: every table of the fact store as JSON Lines, CSV or Parquet, with types kept.

`export(db_path, out_dir, fmt)` writes one file per table (`articles.jsonl`, `figures.csv`, ...) or, for
Parquet, one dataset per table partitioned by year (`figures/year=2024/part-0.parquet`; tables without
a year are one file), plus `columns.md` (every column with its type and meaning) and
`record.schema.json` (the JSON Schema of the records the store was built from). Types: numbers stay
numbers, counts integers; `published`, `dated`, `first_seen`, `last_seen` become dates (`published_at` keeps
the full timestamp where there was one); a date at month, quarter or year precision keeps its ISO
text and gains `*_start`, the first day it covers. By default the articles that are copies of an
earlier story, and their facts, are left out, so nothing is counted twice (`with_copies` to keep them).
Rows are streamed in batches; the store is never loaded whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pipeline.db.schema import FACT_TABLES, TABLES, columns, connect
from pipeline.errors import VnieError
from pipeline.record import SCHEMA_PATH

FORMATS = ("jsonl", "csv", "parquet", "dataset")
EXPORTED = ("articles", "sources", "officials", "figures", "events", "dates", "people", "positions", "article_provinces")
BATCH = 5000
_DATE_COLUMNS = {"published", "dated", "first_seen", "last_seen"}
_PERIOD_COLUMNS = {("events", "date"), ("dates", "value")}


def to_date(value: str | None) -> dt.date | None:
    """The first day an ISO date, month (`2024-10`), quarter (`2024-Q3`) or year covers; None if not a date."""
    if not value:
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
                out.append(("published_at", "string", "Publication timestamp as the page gives it (ISO 8601)."))
        elif (table, name) in _PERIOD_COLUMNS:
            out.append((name, "string", doc))
            out.append((f"{name}_start", "date", f"First day of `{name}` at its precision."))
        else:
            out.append((name, {"TEXT": "string", "INTEGER": "int64", "REAL": "float64"}[base], doc))
    return out


def _where(table: str, with_copies: bool) -> str:
    if with_copies:
        return ""
    if table == "articles":
        return " WHERE is_copy = 0"
    if table in FACT_TABLES or table in ("sources", "article_provinces"):
        return " WHERE article_id IN (SELECT id FROM articles WHERE is_copy = 0)"
    return ""


def rows(db: sqlite3.Connection, table: str, with_copies: bool = False) -> Iterator[dict]:
    """The exported rows of a table, typed (dates as `datetime.date`), in primary key order."""
    names = [n for n, _, _ in columns(table) if n != "record_hash"]
    order = "article_id, province" if table == "article_provinces" else ("article_id" if table == "sources" else "id")
    cursor = db.execute(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {table}{_where(table, with_copies)} "
                        f"ORDER BY {order}")
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
                        out["published_at"] = value
                elif (table, name) in _PERIOD_COLUMNS:
                    out[name] = value
                    out[f"{name}_start"] = to_date(value)
                else:
                    out[name] = value
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


def _write_csv(path: Path, table: str, items: Iterator[dict]) -> int:
    names = [n for n, _, _ in export_columns(table)]
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=names)
        writer.writeheader()
        for item in items:
            writer.writerow({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in item.items()})
            n += 1
    return n


def arrow_schema(table: str):
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "date": pa.date32()}
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
        ds.write_dataset(reader, path, format="parquet", partitioning=ds.partitioning(pa.schema([("year", pa.int64())]), flavor="hive"),
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
             "per table. `record.schema.json` beside this file is the JSON Schema of the records the store was built from.", ""]
    for table in EXPORTED:
        lines += [f"## {table}", "", "| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| {n} | {t} | {d} |" for n, t, d in export_columns(table)]
        lines.append("")
    return "\n".join(lines)


def export(db_path: str | Path, out_dir: str | Path, fmt: str = "jsonl", with_copies: bool = False) -> dict[str, int]:
    """Write every table of the store to `out_dir` in `fmt`; return rows written per table."""
    if fmt not in FORMATS:
        raise VnieError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "dataset":  # articles with their facts, split by year, with a dataset card: db/dataset.py
        from pipeline.db.dataset import export_dataset

        return export_dataset(db_path, out_dir).splits
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = connect(db_path, create=False)
    counts: dict[str, int] = {}
    try:
        for table in EXPORTED:
            items = rows(db, table, with_copies)
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


assert set(EXPORTED) <= set(TABLES)
