"""Show one record for a person to check by eye: its facts as text with readable values, or its text with
every fact highlighted (displaCy, everything from the article escaped).

The record comes from the fact store (`from_store`, what `vnie show` reads: `--db`, else $VNIE_DB, else
`extracted/vnie.db`) or from a records file (`find_record`, `vnie show --records FILE`).
"""

from __future__ import annotations

import json
import sqlite3
from html import escape
from pathlib import Path

from pipeline.db import readable
from pipeline.errors import VnieError
from pipeline.run.output import iter_records

COLORS = {"OFFICIAL": "#f6c667", "FIGURE": "#9be7a0", "EVENT": "#8ecdf5", "DATE": "#e4b5f5"}


def find_record(records: Path, record_id: str) -> dict:
    """The record whose id is (or starts with) `record_id`."""
    if not records.exists():
        raise VnieError(f"no records file at {records}: run `vnie run` first or pass --records")
    if not records.is_file():
        raise VnieError(f"{records} is not a file: give a records.jsonl with --records")
    try:
        matches = [r for r in iter_records(records) if isinstance(r, dict) and str(r.get("id", "")).startswith(record_id)]
    except (ValueError, UnicodeDecodeError) as exc:
        raise VnieError(f"{records} is not a records file (JSON Lines): {exc}") from None
    if not matches:
        raise VnieError(f"no record with id {record_id!r} in {records}")
    if len(matches) > 1:
        raise VnieError(f"{len(matches)} records start with {record_id!r}: give more of the id")
    return matches[0]


def _evidence(row: sqlite3.Row) -> dict:
    return {"start": row["start_offset"], "end": row["end_offset"], "sentence": row["sentence"]}


def from_store(db_path: str | Path, record_id: str) -> dict:
    """The record whose id is (or starts with) `record_id`, rebuilt from the fact store in the record's shape
    (its officials, figures, events and dates with their evidence; no mentions)."""
    from pipeline.db.schema import connect

    db = connect(db_path, create=False)
    try:
        found = db.execute("SELECT * FROM articles WHERE id LIKE ? || '%' ORDER BY id LIMIT 2",
                           (record_id.replace("%", "").replace("_", ""),)).fetchall()
        if not found:
            raise VnieError(f"no record with id {record_id!r} in {db_path}")
        if len(found) > 1:
            raise VnieError(f"more than one record starts with {record_id!r}: give more of the id")
        return record_of(db, found[0]["id"])
    finally:
        db.close()


def record_of(db: sqlite3.Connection, rid: str) -> dict:
    """The record of article `rid` rebuilt from an open store, in the record's shape (no mentions)."""
    article = db.execute("SELECT * FROM articles WHERE id = ?", (rid,)).fetchone()
    if article is None:
        raise VnieError(f"no record with id {rid!r} in the store")
    source = db.execute("SELECT * FROM sources WHERE article_id = ?", (rid,)).fetchone()

    def facts(table: str) -> list[sqlite3.Row]:
        return db.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY start_offset", (rid,)).fetchall()

    return {
        "id": rid, "title": article["title"], "published": article["published"], "text": article["text"],
        "sitename": article["sitename"], "story_id": article["story_id"],
        "source": {k: source[k] for k in ("url", "path", "line", "fetched_at")} if source else {},
        "officials": [{"name": o["name"], "title": o["title"], "role": o["role"], "organization": o["organization"],
                       "province": o["province"], "evidence": _evidence(o)} for o in facts("officials")],
        "figures": [{"value": f["value"], "unit": f["unit"], "counted": f["counted"], "text": f["text"],
                     "qualifier": f["qualifier"], "subject": f["subject"], "evidence": _evidence(f)}
                    for f in facts("figures")],
        "events": [{"name": e["name"], "type": e["type"], "date": e["date"], "location": e["location"],
                    "organizers": json.loads(e["organizers"] or "[]"), "evidence": _evidence(e)}
                   for e in facts("events")],
        "dates": [{"text": d["text"], "value": d["value"], "precision": d["precision"], "evidence": _evidence(d)}
                  for d in facts("dates")],
    }


def spans(record: dict) -> list[dict]:
    """Non-overlapping highlighted spans: officials, figures, events and dates, longest first."""
    found = []
    for o in record.get("officials", []):
        found.append((o["evidence"]["start"], o["evidence"]["end"], "OFFICIAL"))
        for m in o.get("mentions", []):
            found.append((m["start"], m["end"], "OFFICIAL"))
    for kind, label in (("figures", "FIGURE"), ("events", "EVENT"), ("dates", "DATE")):
        for f in record.get(kind, []):
            found.append((f["evidence"]["start"], f["evidence"]["end"], label))
    chosen: list[dict] = []
    for start, end, label in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0])):
        if not any(start < c["end"] and c["start"] < end for c in chosen):
            chosen.append({"start": start, "end": end, "label": label})
    return sorted(chosen, key=lambda s: s["start"])


def render_html(record: dict) -> str:
    """A standalone HTML page: title, source, facts table and the highlighted text. Everything taken from
    the record (scraped titles, names, links, the text) is escaped: a page can show markup, never run it."""
    from spacy import displacy

    def e(value: object) -> str:
        return escape(str(value) if value is not None else "", quote=True)

    label = readable.article_label(record.get("title"), record.get("text")) or record["id"]
    # displaCy escapes the text but not the title: the title is escaped here.
    doc = {"text": record["text"], "ents": spans(record), "title": e(label)}
    body = displacy.render(doc, style="ent", manual=True, page=False, options={"colors": COLORS})
    source = record.get("source") or {}
    link = _source(record)
    if source.get("url") and str(source["url"]).lower().startswith(("http://", "https://")):
        shown_link = f"<a href='{e(source['url'])}' rel='noopener noreferrer'>{e(link)}</a>"
    else:
        shown_link = e(link)
    rows = "".join(
        f"<tr><td>{e(o.get('name'))}</td><td>{e(o.get('title'))}</td><td>{e(o.get('province'))}</td></tr>"
        for o in record.get("officials", [])
    )
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{e(label)}</title></head><body style='font-family:sans-serif;max-width:60em;margin:auto'>"
        f"<h1>{e(record.get('title'))}</h1><p>{e(record.get('published') or 'no date')} · {shown_link}</p>"
        f"<table border='1' cellpadding='4'><tr><th>official</th><th>title</th><th>province</th></tr>{rows}</table>"
        f"{body}</body></html>"
    )


def _source(record: dict) -> str:
    source = record.get("source") or {}
    where = source.get("url") or source.get("path") or ""
    return f"{where}:{source['line']}" if where and source.get("line") else where


def render_text(record: dict, limit: int | None = None) -> str:
    """A plain-text summary of a record's facts."""
    lines = [f"{record['id']}  {readable.article_label(record.get('title'), record.get('text'))}",
             f"published: {record.get('published') or 'unknown'}  source: {_source(record) or 'unknown'}"]
    for o in record.get("officials", []):
        lines.append(f"official  {o['name']} — {o['title']}" + (f" ({o['province']})" if o.get("province") else ""))
    for f in record.get("figures", [])[:limit]:
        qualifier = readable.qualifier(f.get("qualifier"))
        value = readable.amount(f["value"], f["unit"], f.get("counted"))
        lines.append(f"figure    {qualifier + ' ' if qualifier else ''}{value}  «{f['text']}»"
                     + (f"  ({f['subject']})" if f.get("subject") else ""))
    for e in record.get("events", []):
        where = f", {e['location']}" if e.get("location") else ""
        lines.append(f"event     {e['type']}: {e['name']}  ({e.get('date') or 'no date'}{where})")
    for d in record.get("dates", [])[:limit]:
        lines.append(f"date      {d['value']} ({d['precision']})  «{d['text']}»")
    return "\n".join(lines)
