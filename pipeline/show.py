"""Show one record for a person to check by eye: its text with every fact highlighted (displaCy)."""

from __future__ import annotations

import html
from pathlib import Path

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
        return html.escape(str(value) if value is not None else "", quote=True)

    title = e(record.get("title") or record["id"])
    doc = {"text": record["text"], "ents": spans(record), "title": title}
    body = displacy.render(doc, style="ent", manual=True, page=False, options={"colors": COLORS})
    source = record.get("source") or {}
    link = source.get("url") or source.get("path") or ""
    if source.get("url") and str(source["url"]).lower().startswith(("http://", "https://")):
        shown_link = f"<a href='{e(link)}' rel='noopener noreferrer'>{e(link)}</a>"
    else:
        shown_link = e(link)
    rows = "".join(
        f"<tr><td>{e(o.get('name'))}</td><td>{e(o.get('title'))}</td><td>{e(o.get('province'))}</td></tr>"
        for o in record.get("officials", [])
    )
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body style='font-family:sans-serif;max-width:60em;margin:auto'>"
        f"<h1>{e(record.get('title'))}</h1><p>{e(record.get('published') or 'no date')} · {shown_link}</p>"
        f"<table border='1' cellpadding='4'><tr><th>official</th><th>title</th><th>province</th></tr>{rows}</table>"
        f"{body}</body></html>"
    )


def render_text(record: dict, limit: int | None = None) -> str:
    """A plain-text summary of a record's facts."""
    lines = [f"{record['id']}  {record.get('title') or ''}", f"published: {record.get('published')}  source: {record.get('source')}"]
    for o in record.get("officials", []):
        lines.append(f"official  {o['name']} — {o['title']}" + (f" ({o['province']})" if o.get("province") else ""))
    for f in record.get("figures", [])[:limit]:
        lines.append(f"figure    {f['value']:g} {f['unit']}{' ' + f['counted'] if f.get('counted') else ''}  «{f['text']}»")
    for e in record.get("events", []):
        lines.append(f"event     {e['type']}: {e['name']}  date={e.get('date')} place={e.get('location')}")
    for d in record.get("dates", [])[:limit]:
        lines.append(f"date      {d['value']} ({d['precision']})  «{d['text']}»")
    return "\n".join(lines)
