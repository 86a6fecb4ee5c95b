"""Records file → fact store: upsert every changed record by id, then merge people again.

A record whose JSON line is unchanged since the last sync (same SHA-256) is skipped; a changed one has
its article, source, facts, provinces and index rows deleted and written again, in batches of one
transaction each (`BEGIN IMMEDIATE`, so two syncs at once wait for each other instead of interleaving).
Re-running on the same records changes nothing; nothing is ever duplicated.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.db import people
from pipeline.db.schema import FACT_TABLES, FTS_KINDS, columns, connect, fts_rowids
from pipeline.facts.lexicon import load as load_lexicon
from pipeline.language.textnorm import fold
from pipeline.run.output import id_of_line

BATCH = 200
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_RATE = re.compile(r"\s*/\s*([^\W\d_]\w*)")


@lru_cache(maxsize=1)
def _province_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{load_lexicon().province_pattern})(?!\w)")


def article_provinces(title: str, text: str) -> list[tuple[str, str]]:
    """The provinces an article names (as written, and after 2025), in order of first mention."""
    lexicon = load_lexicon()
    found: dict[str, str] = {}
    for match in _province_regex().finditer(f"{title}\n{text}"):
        province = lexicon.province(match.group(0))
        if province is not None:
            found.setdefault(province.name, province.province_2025)
    return list(found.items())


def site_of(record: dict) -> str | None:
    url = (record.get("source") or {}).get("url")
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return record.get("sitename")


def _evidence(fact: dict, record: dict) -> dict:
    published = record.get("published")
    evidence = fact["evidence"]
    return {"sentence": evidence["sentence"], "start_offset": evidence["start"], "end_offset": evidence["end"],
            "published": published, "year": int(published[:4]) if published else None}


def article_date(record: dict) -> str | None:
    """The date of an article for timelines: its publication date, else the first event date or day it names.

    The first, as a news lead gives the day of what it reports (`Ngày 9/5, ...`) and plans come later;
    years and months alone are left out (`đến năm 2030` is a plan, not when the article was written)."""
    if record.get("published"):
        return str(record["published"])
    days = [str(e["date"])[:10] for e in record.get("events", []) if _DAY.fullmatch(str(e.get("date") or "")[:10])]
    days = days or [str(d["value"])[:10] for d in sorted(record.get("dates", []), key=lambda d: d["evidence"]["start"])
                    if d.get("precision") == "day" and _DAY.fullmatch(str(d.get("value") or "")[:10])]
    return days[0] if days else None


def _sentence_span(fact: dict, text: str) -> tuple[int, int]:
    evidence = fact["evidence"]
    sentence, start = evidence["sentence"], evidence["start"]
    begin = text.find(sentence, max(0, evidence["end"] - len(sentence))) if sentence else -1
    return (begin, begin + len(sentence)) if 0 <= begin <= start else (start, evidence["end"])


def _one_province(text: str) -> str | None:
    found = article_provinces("", text)
    return found[0][0] if len(found) == 1 else None


def fill_figure(f: dict, i: int, record: dict) -> dict:
    """A figure with `per`, `year`, `province` and `repeat_of` filled from its sentence where the record has
    no such key (records written before the extractors gave them); a key the record has is kept as it is.

    per: the word after a slash right after the figure (`200.000 đồng/ngày`); year: the one year of the
    dates read in the same sentence; province: the one province the sentence names; repeat_of: an earlier
    figure of the article with the same value, unit and rate (counts and percentages excepted: `2 người` twice
    is often two facts; `100 MW` or `4.500 tỷ đồng` twice in one article is one)."""
    text = record["text"]
    f = dict(f)
    begin, end = _sentence_span(f, text)
    if "per" not in f:
        rate = _RATE.match(text, f["evidence"]["end"])
        f["per"] = rate.group(1) if rate else None
    if "year" not in f:
        years = {str(d["value"])[:4] for d in record.get("dates", [])
                 if begin <= d["evidence"]["start"] < end and str(d.get("value") or "")[:4].isdigit()}
        f["year"] = int(years.pop()) if len(years) == 1 else None
    if "province" not in f:
        f["province"] = _one_province(text[begin:end])
    if "repeat_of" not in f:
        f["repeat_of"] = None
        if f["unit"] not in ("count", "percent"):
            for j, other in enumerate(record.get("figures", [])[:i]):
                earlier = fill_figure({**other, "repeat_of": None}, j, record)
                if (earlier["value"], earlier["unit"], earlier["per"]) == (f["value"], f["unit"], f["per"]):
                    f["repeat_of"] = j
                    break
    return f


def _figure_row(rid: str, i: int, f: dict, record: dict) -> dict:
    f = fill_figure(f, i, record)
    repeat = f.get("repeat_of")
    repeat_id = f"{rid}:f{repeat}" if isinstance(repeat, int) and not isinstance(repeat, bool) else None
    return {"id": f"{rid}:f{i}", "article_id": rid, "value": f["value"], "unit": f["unit"], "counted": f.get("counted"),
            "text": f["text"], "qualifier": f.get("qualifier"), "range": f.get("range"), "subject": f.get("subject"),
            "per": f.get("per"), "figure_year": f.get("year"), "period": f.get("period"), "repeat_of": repeat_id,
            "province": f.get("province"), "province_2025": f.get("province_2025") or _province_2025(f.get("province")),
            "in_totals": int(not f.get("per") and repeat_id is None and f.get("range") != "high"),
            **_evidence(f, record)}


def _province_2025(province: str | None) -> str | None:
    found = load_lexicon().province(province) if province else None
    return found.province_2025 if found else None


def rows_of(record: dict, line_hash: str) -> dict[str, list[dict]]:
    """The rows a record becomes, by table (people and positions excepted: they are merged later)."""
    rid = record["id"]
    published = record.get("published")
    source = record.get("source") or {}
    story = record.get("story_id") or rid
    rows: dict[str, list[dict]] = {
        "articles": [{
            "id": rid, "story_id": story, "is_copy": int(story != rid), "title": record.get("title"),
            "published": published, "year": int(published[:4]) if published else None, "dated": article_date(record),
            "author": record.get("author"),
            "sitename": record.get("sitename"), "site": site_of(record), "url": source.get("url"), "text": record["text"],
            "relevant": None if record.get("relevant") is None else int(record["relevant"]),
            "relevance": record.get("relevance"),
            "topics": json.dumps([t["code"] for t in record.get("topics") or []]) if "topics" in record else None,
            "record_hash": line_hash,
        }],
        "sources": [{"article_id": rid, "url": source.get("url"), "path": source.get("path"), "line": source.get("line"),
                     "fetched_at": source.get("fetched_at")}],
        "officials": [], "figures": [], "events": [], "dates": [],
        "article_provinces": [{"article_id": rid, "province": p, "province_2025": p25}
                              for p, p25 in article_provinces(record.get("title") or "", record["text"])],
        "article_topics": [{"article_id": rid, "topic": t["code"], "score": t["score"],
                            "words": json.dumps(t.get("words", []), ensure_ascii=False)} for t in record.get("topics") or []],
    }
    for i, o in enumerate(record.get("officials", [])):
        rows["officials"].append({"id": f"{rid}:o{i}", "article_id": rid, "person_id": None, "name": o["name"], "title": o["title"],
                                  "role": o["role"], "organization": o.get("organization"), "province": o.get("province"),
                                  "province_2025": o.get("province_2025"), **_evidence(o, record)})
    for i, f in enumerate(record.get("figures", [])):
        rows["figures"].append(_figure_row(rid, i, f, record))
    for i, e in enumerate(record.get("events", [])):
        if "province" in e:
            place = e["province"]
        else:  # records without it: the province its place names, else the one its sentence names
            place = _one_province(e.get("location") or "") or _one_province(e["evidence"]["sentence"])
        date = e.get("date") or ""  # (`--07-09`, a day without its year, has no month of a year)
        month = date[:7] if len(date) >= 7 and date[:4].isdigit() and date[5:7].isdigit() else (published or "")[:7]
        rows["events"].append({"id": f"{rid}:e{i}", "article_id": rid, "name": e["name"], "type": e["type"],
                               "subtype": e.get("subtype"), "date": e.get("date"), "date_precision": e.get("date_precision"),
                               "date_end": e.get("date_end"),
                               "month": month or None, "location": e.get("location"),
                               "organizers": json.dumps(e.get("organizers", []), ensure_ascii=False),
                               "edition": e.get("edition"), "province": place,
                               "province_2025": e.get("province_2025") or _province_2025(place),
                               **_evidence(e, record)})
    for i, d in enumerate(record.get("dates", [])):
        rows["dates"].append({"id": f"{rid}:d{i}", "article_id": rid, "text": d["text"], "value": d["value"],
                              "precision": d["precision"], **_evidence(d, record)})
    return rows


def fts_rows(rows: dict[str, list[dict]]) -> Iterator[tuple[str, str, str, str]]:
    """(kind, ref, article_id, exact text) for the index: the article, then each official, figure and event."""
    article = rows["articles"][0]
    yield "article", article["id"], article["id"], fts_text("article", article)
    for kind, table in (("official", "officials"), ("figure", "figures"), ("event", "events")):
        for row in rows[table]:
            yield kind, row["id"], row["article_id"], fts_text(kind, row)


def fts_text(kind: str, row: Mapping) -> str:
    """The text of a row as the index holds it (`exact`; `folded` is it folded): an article's title and text,
    an official's name, title and sentence, a figure's text, subject and sentence, an event's name, place and
    sentence."""
    if kind == "article":
        return f"{row['title'] or ''}\n{row['text']}"
    if kind == "official":
        return f"{row['name']} · {row['title']}\n{row['sentence']}"
    if kind == "figure":
        return f"{row['text']} {row['subject'] or ''}\n{row['sentence']}"
    return f"{row['name']} {row['location'] or ''}\n{row['sentence']}"


def _insert(db: sqlite3.Connection, table: str, items: list[dict]) -> None:
    if not items:
        return
    names = [name for name, _, _ in columns(table)]
    sql = f"INSERT INTO {table} ({', '.join(chr(34) + n + chr(34) for n in names)}) VALUES ({', '.join('?' * len(names))})"
    db.executemany(sql, [tuple(item.get(n) for n in names) for item in items])


def _next_rowids(db: sqlite3.Connection) -> dict[str, int]:
    """The next free `fts` rowid of each kind (rows are numbered by kind, see `schema.fts_rowids`)."""
    out = {}
    for kind in FTS_KINDS:
        low, high = fts_rowids(kind)
        last = db.execute("SELECT max(fts_rowid) FROM fts_docs WHERE fts_rowid BETWEEN ? AND ?", (low, high)).fetchone()[0]
        out[kind] = (last + 1) if last is not None else low
    return out


def _replace(db: sqlite3.Connection, record: dict, line_hash: str, existed: bool, rowids: dict[str, int]) -> None:
    rid = record["id"]
    if existed:
        db.execute("DELETE FROM fts WHERE rowid IN (SELECT fts_rowid FROM fts_docs WHERE article_id = ?)", (rid,))
        db.execute("DELETE FROM fts_docs WHERE article_id = ?", (rid,))
        for table in (*FACT_TABLES, "article_provinces", "article_topics", "sources"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (rid,))
        db.execute("DELETE FROM articles WHERE id = ?", (rid,))
    rows = rows_of(record, line_hash)
    for table in ("articles", "sources", *FACT_TABLES, "article_provinces", "article_topics"):
        _insert(db, table, rows[table])
    for kind, ref, art, exact in fts_rows(rows):
        rowid = rowids[kind]
        rowids[kind] += 1
        db.execute("INSERT INTO fts (rowid, kind, ref, article_id, exact, folded) VALUES (?, ?, ?, ?, ?, ?)",
                   (rowid, kind, ref, art, exact, fold(exact)))
        db.execute("INSERT INTO fts_docs VALUES (?, ?)", (rowid, art))


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line.rstrip("\n")


def sync_lines(db_path: str | Path, lines: Iterable[str], *, merge_people: bool = True,
               changed_ids: set[str] | None = None) -> tuple[int, int]:
    """Upsert these record lines into the store and merge people again; return (changed, unchanged).

    `merge_people=False` leaves the people tables for a later sync (a run that feeds the store in batches
    while it goes merges them once at its end); `changed_ids` collects the ids of the records written."""
    db = connect(db_path)
    try:
        changed = unchanged = 0
        batch: list[tuple[dict, str]] = []

        def flush() -> None:
            # The check is made again inside the write transaction: another sync may have written the same
            # records since they were read (two `vnie run`s into one folder at once).
            nonlocal changed, unchanged
            db.execute("BEGIN IMMEDIATE")
            try:
                rowids = _next_rowids(db)
                for record, digest in batch:
                    old = db.execute("SELECT record_hash FROM articles WHERE id = ?", (record["id"],)).fetchone()
                    if old is not None and old[0] == digest:
                        unchanged += 1
                        continue
                    _replace(db, record, digest, old is not None, rowids)
                    changed += 1
                    if changed_ids is not None:
                        changed_ids.add(record["id"])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            batch.clear()

        for line in lines:
            digest = hashlib.sha256(line.encode("utf-8")).hexdigest()
            guess = id_of_line(line)  # a line stored unchanged is not parsed: its hash is the stored one's
            if guess is not None:
                old = db.execute("SELECT record_hash FROM articles WHERE id = ?", (guess,)).fetchone()
                if old is not None and old[0] == digest:
                    unchanged += 1
                    continue
            record = json.loads(line)
            old = db.execute("SELECT record_hash FROM articles WHERE id = ?", (record["id"],)).fetchone()
            if old is not None and old[0] == digest:
                unchanged += 1
                continue
            batch.append((record, digest))
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
        if changed and merge_people:
            people.rebuild(db)
        return changed, unchanged
    finally:
        db.close()


def sync_records(db_path: str | Path, records_path: str | Path, *, changed_ids: set[str] | None = None,
                 merge_people: bool = False) -> tuple[int, int]:
    """Bring the store at `db_path` up to date with a records file. `merge_people=True` merges people again
    even when no record changed (after batches synced with `merge_people=False`)."""
    result = sync_lines(db_path, _lines(Path(records_path)), merge_people=False, changed_ids=changed_ids)
    if result[0] or merge_people:
        db = connect(db_path)
        try:
            people.rebuild(db)
        finally:
            db.close()
    return result
