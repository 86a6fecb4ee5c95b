"""People: the mentions of one official across articles merged into one person with a history of posts.

An assignment, deterministic, mentions taken in date order (the article's `dated`: publication date, else
the first event date or day it names; then article id). Mentions can only merge when their names are
equal as written (case and spacing aside: `Tám` is not `Tâm`), or once diacritics are folded when one of
them is written without any. Each mention goes to the best *compatible* person of that name,
and becomes a new person only when none is compatible; so one stray namesake never blocks later merges.

Compatibility of a mention with a person (what each carries: organisations, provinces as written and
after 2025, posts, and whether they are national, provincial or local):
- two different provinces (no overlap, the post-2025 province included) are incompatible: namesakes;
- evidence that scores: the same organisation (+3; one organisation's words within the other's counts,
  `Sở Công Thương` and `Sở Công Thương tỉnh Kiên Giang`, two words at least), the same province (+2), the same single-holder
  national post such as `Thủ tướng` or `Bộ trưởng Bộ Công Thương` (+3: one person holds it at a time),
  the same post (+1);
- without such evidence: a national post and a person with national posts (+1, a career at the centre);
  a national post and a person with provincial-level posts, or the other way round (+0.5, a title chain:
  provincial leaders are promoted to the centre; district and commune posts are not taken for it);
  a mention with no organisation and no province (+0.2, +0.1 more for the same role);
- anything else (a company, a foreign government, another body with no province in common) is
  incompatible.
The best score wins, then the person with more mentions, then the older. A mention with evidence for
two compatible persons links them into one. A move between two provinces with nothing linking the two
posts stays two people: the store does not guess.

Positions are the distinct (role, organisation, province) of a person, each with the longest title
written, first and last date seen and the articles giving it; copies of a story count once. A title written as a past
post (`nguyên Giám đốc Sở X`, `cựu Bộ trưởng`: `former`) joins its position but gives it neither its title nor a date:
the article says the person held the post, not that they held it that day.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.db.search import is_national
from pipeline.facts.lexicon import rows
from pipeline.language.textnorm import fold

_LOCAL = re.compile(r"\b(huyen|xa|phuong|thi tran|quan|thi xa|ap|thon|cong ty|tap doan|ngan hang|truong|benh vien)\b")


_FORMER = re.compile(r"^\W*(?:nguyên|cựu)\s", re.IGNORECASE)


def former(title: str | None) -> bool:
    """Whether a title is written as a post held in the past (`nguyên Giám đốc Sở X`, `cựu Bộ trưởng`): it tells that the
    person held the post, not that they held it on the day of the article."""
    return bool(_FORMER.match(title or ""))


def key(text: str | None) -> str:
    return " ".join(fold(text or "").lower().split())


@lru_cache(maxsize=1)
def national_roles() -> dict[str, bool]:
    """Folded role -> True when one person holds it at a time (`national_roles.txt`)."""
    return {key(row[0]): len(row) > 1 and row[1] == "single" for row in rows("national_roles.txt")}


_NEEDS_ORG = {"bo truong", "thu truong"}


@dataclass(frozen=True)
class Mention:
    """What one official row says about the person: name (folded, and as written in lower case), post and
    place, folded."""

    name: str
    written: str
    role: str
    org: str
    places: frozenset[str]
    national: bool
    single: bool
    provincial: bool

    @property
    def post(self) -> tuple[str, str]:
        return (self.role, self.org)

    @property
    def bare(self) -> bool:
        return not self.org and not self.places and not self.national


def mention(row: sqlite3.Row) -> Mention:
    role, org = key(row["role"]), key(row["organization"])
    places = frozenset(key(p) for p in (row["province"], row["province_2025"]) if p)
    roles = national_roles()
    national_org = bool(org) and is_national(row["organization"])
    national = national_org or (role in roles and not org and not places)
    single = national and roles.get(role, False) and (bool(org) or role not in _NEEDS_ORG)
    provincial = bool(places) and not national and not _LOCAL.search(org)
    written = " ".join(str(row["name"]).lower().split())
    return Mention(key(row["name"]), written, role, org, places, national, single, provincial)


@dataclass
class _Person:
    name: str
    anchor: str
    order: int
    written: set[str] = field(default_factory=set)
    mentions: list[sqlite3.Row] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    posts: set[tuple[str, str]] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    national: bool = False
    provincial: bool = False
    merged_into: _Person | None = None

    def add(self, row: sqlite3.Row, m: Mention) -> None:
        self.mentions.append(row)
        self.written.add(m.written)
        if m.org:
            self.orgs.add(m.org)
        self.places |= m.places
        self.posts.add(m.post)
        self.roles.add(m.role)
        self.national |= m.national
        self.provincial |= m.provincial

    def take(self, other: _Person) -> None:
        self.mentions += other.mentions
        self.written |= other.written
        self.orgs |= other.orgs
        self.places |= other.places
        self.posts |= other.posts
        self.roles |= other.roles
        self.national |= other.national
        self.provincial |= other.provincial
        other.mentions, other.merged_into = [], self


def score(m: Mention, p: _Person) -> tuple[float, bool] | None:
    """(score, strong evidence) of a mention for a person, or None when they cannot be the same person."""
    if m.places and p.places and not m.places & p.places:
        return None
    if _has_marks(m.written) and not any(w == m.written or not _has_marks(w) for w in p.written):
        return None  # Tám is not Tâm: names written with diacritics must be equal as written
    org = bool(m.org) and (m.org in p.orgs or any(_within(m.org, o) for o in p.orgs))
    place = bool(m.places & p.places)
    post = m.single and m.post in p.posts
    if org or place or post:
        return 3 * org + 2 * place + 3 * post + (m.post in p.posts), True
    if m.national and p.national:
        return 1.0, False
    if (m.national and p.provincial) or (m.provincial and p.national):
        return 0.5, False
    if m.bare:
        return 0.2 + 0.1 * (m.role in p.roles), False
    if not p.orgs and not p.places and not p.national:  # a person known only from bare mentions
        return 0.2, False
    return None


def _has_marks(name: str) -> bool:
    return key(name) != name


def _within(a: str, b: str) -> bool:
    """True when one organisation (folded) is the other's words with more around them, both of two words or
    more: `tu phap` and `tu phap quoc hoi`, `so cong thuong` and `so cong thuong tinh kien giang`."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and f" {short} " in f" {long} "


def merge(rows: list[sqlite3.Row]) -> list[_Person]:
    """The people among official rows (each with id, article_id, name, role, organization, province,
    province_2025 and dated), in the order they were first seen."""
    by_name: dict[str, list[_Person]] = defaultdict(list)
    people: list[_Person] = []
    for row in sorted(rows, key=lambda r: (r["dated"] or "9999", r["article_id"], r["id"])):
        m = mention(row)
        scored = []
        for person in by_name[m.name]:
            if person.merged_into is None and (found := score(m, person)) is not None:
                scored.append((found, person))
        if not scored:
            anchor = "|".join(m.post) if (m.org or m.national) else (min(m.places) if m.places else row["article_id"])
            person = _Person(row["name"], anchor, len(people))
            by_name[m.name].append(person)
            people.append(person)
        else:
            scored.sort(key=lambda item: (-item[0][0], -len(item[1].mentions), item[1].order))
            person = scored[0][1]
            for (_, strong), other in scored[1:]:
                if strong and scored[0][0][1] and not (other.places and person.places and not other.places & person.places):
                    person.take(other)
        person.add(row, m)
    return [p for p in people if p.merged_into is None]


def person_id(person: _Person) -> str:
    return hashlib.sha256(f"{key(person.name)}|{person.anchor}".encode()).hexdigest()[:16]


def rebuild(db: sqlite3.Connection) -> int:
    """Merge every official of the store into people and positions again (one transaction); return people."""
    rows = db.execute(
        "SELECT o.id, o.article_id, o.name, o.title, o.role, o.organization, o.province, o.province_2025, o.published, "
        "a.dated, a.story_id FROM officials o JOIN articles a ON a.id = o.article_id"
    ).fetchall()
    merged = merge(rows)
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("UPDATE officials SET person_id = NULL")
        db.execute("DELETE FROM positions")
        db.execute("DELETE FROM people")
        used: set[str] = set()
        for person in merged:
            pid = person_id(person)
            while pid in used:  # two namesakes with the same first post (a national post held by two)
                pid = hashlib.sha256(pid.encode()).hexdigest()[:16]
            used.add(pid)
            dates = [m["dated"] for m in person.mentions if m["dated"]]
            posts: dict[tuple[str, str, str], list[sqlite3.Row]] = defaultdict(list)
            for m in person.mentions:
                posts[(key(m["role"]), key(m["organization"]), key(m["province"]))].append(m)
            stories = {m["story_id"] for m in person.mentions}
            db.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (pid, person.name, key(person.name), min(dates, default=None), max(dates, default=None),
                        len(stories), len(posts)))
            for (role, org, place), mentions in sorted(posts.items()):
                held = [m for m in mentions if not former(m["title"])]  # a former post dates nothing (`nguyên Giám đốc ...`)
                best = max(held or mentions, key=lambda m: (len(m["title"]), m["title"]))
                seen = [m["dated"] for m in held if m["dated"]]
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
    """People whose folded name contains the folded query, most articles first, each with positions in
    order of first sighting."""
    query = f"%{key(name)}%"
    result = []
    for person in db.execute("SELECT * FROM people WHERE name_folded LIKE ? "
                             "ORDER BY name_folded, n_articles DESC, first_seen", (query,)):
        posts = db.execute("SELECT * FROM positions WHERE person_id = ? ORDER BY first_seen IS NULL, first_seen, title",
                           (person["id"],)).fetchall()
        result.append({**dict(person), "positions": [{**dict(p), "article_ids": json.loads(p["article_ids"])} for p in posts]})
    return result
