"""People: the mentions of one official across articles merged into one person with a history of posts.

The rule (deterministic, mentions taken in publication order):
1. Mentions can only merge when their names are equal once diacritics, case and spacing are folded.
2. A mention joins an existing person of that name when they share an anchor: the same organisation
   (folded), or the same province, counting a province as written and its post-2025 province as
   the same place. A mention that matches two persons merges them (it links them).
3. A mention with neither organisation nor province joins the person of that name only if there is
   exactly one; otherwise it stays a person of its own, and is not guessed.
So two namesakes in different organisations and different provinces stay two people, and a director
who becomes vice-chairman of the same province's People's Committee stays one person with two posts.
Positions are the distinct (role, organisation, province) of a person, each with the longest title
written, its first and last publication date and the articles giving it; copies of a story count once.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from pipeline.language.textnorm import fold


def key(text: str | None) -> str:
    return " ".join(fold(text or "").lower().split())


@dataclass
class _Person:
    name: str
    anchor: str
    mentions: list[sqlite3.Row] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    merged_into: _Person | None = None

    def root(self) -> _Person:
        person = self
        while person.merged_into is not None:
            person = person.merged_into
        return person

    def take(self, other: _Person) -> None:
        self.mentions += other.mentions
        self.orgs |= other.orgs
        self.places |= other.places
        other.mentions, other.merged_into = [], self


def _anchors(row: sqlite3.Row) -> tuple[set[str], set[str]]:
    orgs = {key(row["organization"])} if row["organization"] else set()
    places = {key(p) for p in (row["province"], row["province_2025"]) if p}
    return orgs, places


def merge(rows: list[sqlite3.Row]) -> list[_Person]:
    """The people among official rows (each with name, organization, province, province_2025, published)."""
    by_name: dict[str, list[_Person]] = defaultdict(list)
    people: list[_Person] = []
    for row in sorted(rows, key=lambda r: (r["published"] or "9999", r["article_id"], r["id"])):
        name = key(row["name"])
        orgs, places = _anchors(row)
        persons = [p for p in by_name[name] if p.merged_into is None]
        if orgs or places:
            matches = [p for p in persons if p.orgs & orgs or p.places & places]
        else:
            matches = persons if len(persons) == 1 else []
        if not matches:
            person = _Person(row["name"], next(iter(sorted(orgs or places)), row["article_id"]))
            by_name[name].append(person)
            people.append(person)
        else:
            person = matches[0]
            for other in matches[1:]:
                person.take(other)
        person.mentions.append(row)
        person.orgs |= orgs
        person.places |= places
    return [p for p in people if p.merged_into is None]


def person_id(person: _Person) -> str:
    return hashlib.sha256(f"{key(person.name)}|{person.anchor}".encode()).hexdigest()[:16]


def rebuild(db: sqlite3.Connection) -> int:
    """Merge every official of the store into people and positions again (one transaction); return people."""
    rows = db.execute(
        "SELECT o.id, o.article_id, o.name, o.title, o.role, o.organization, o.province, o.province_2025, o.published, "
        "a.story_id FROM officials o JOIN articles a ON a.id = o.article_id"
    ).fetchall()
    merged = merge(rows)
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("UPDATE officials SET person_id = NULL")
        db.execute("DELETE FROM positions")
        db.execute("DELETE FROM people")
        for person in merged:
            pid = person_id(person)
            dates = [m["published"] for m in person.mentions if m["published"]]
            posts: dict[tuple[str, str, str], list[sqlite3.Row]] = defaultdict(list)
            for m in person.mentions:
                posts[(key(m["role"]), key(m["organization"]), key(m["province"]))].append(m)
            stories = {m["story_id"] for m in person.mentions}
            db.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (pid, person.name, key(person.name), min(dates, default=None), max(dates, default=None),
                        len(stories), len(posts)))
            for (role, org, place), mentions in sorted(posts.items()):
                best = max(mentions, key=lambda m: (len(m["title"]), m["title"]))
                seen = [m["published"] for m in mentions if m["published"]]
                articles = sorted({m["article_id"] for m in mentions})
                post_id = hashlib.sha256(f"{pid}|{role}|{org}|{place}".encode()).hexdigest()[:16]
                db.execute("INSERT INTO positions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (post_id, pid, best["title"], best["role"], best["organization"], best["province"],
                            best["province_2025"], min(seen, default=None), max(seen, default=None),
                            len({m["story_id"] for m in mentions}), json.dumps(articles)))
            db.executemany("UPDATE officials SET person_id = ? WHERE id = ?", [(pid, m["id"]) for m in person.mentions])
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return len(merged)


def find_people(db: sqlite3.Connection, name: str) -> list[dict]:
    """People whose folded name contains the folded query, each with positions in order of first sighting."""
    query = f"%{key(name)}%"
    result = []
    for person in db.execute("SELECT * FROM people WHERE name_folded LIKE ? ORDER BY name_folded, first_seen", (query,)):
        posts = db.execute("SELECT * FROM positions WHERE person_id = ? ORDER BY first_seen IS NULL, first_seen, title",
                           (person["id"],)).fetchall()
        result.append({**dict(person), "positions": [{**dict(p), "article_ids": json.loads(p["article_ids"])} for p in posts]})
    return result
