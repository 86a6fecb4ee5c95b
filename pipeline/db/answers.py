"""Answers a journalist asks of the fact store: who holds a post (`who`), and sums of figures (`totals`).

`who(db, organisation, role, year)`: the officials of an organisation typed with or without diacritics
(`so cong thuong kien giang` finds `Sở Công Thương tỉnh Kiên Giang`: the words of the query must occur
next to each other and in order in the organisation, once `tỉnh`, `thành phố` and `TP` are left out),
one row per person and post, newest first (last date seen), with first and last date seen and the
articles; `role` keeps one office (`giam doc` is Giám đốc, not Phó Giám đốc) and `year` the posts seen
in that year. A mention of a past post (`nguyên Giám đốc Sở X`: `people.former`) names a holder but dates nothing: a
former director named in 2025 is not seen directing in 2025.

`totals(db, unit, by, ...)`: the number and sum of the figures in a unit grouped by the figure's own
province (as written or after 2025), by the year it refers to (else the year of its article) and by
site. Rates (`per`) and repeated mentions (`repeat_of`), and the high end of a range, are left out
unless asked for (the `in_totals` column); copies of a story are left out. Sums are in the unit typed
(`--unit GW` sums MW figures in GW, `--unit "tỷ đồng"` VND figures in billions).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from pipeline.db.people import former
from pipeline.db.search import SearchError, resolve_province, resolve_unit
from pipeline.language.textnorm import fold

_FILLER = re.compile(r"\b(?:tinh|thanh pho|tp)\b\.?")
GROUPS = {
    "province": "f.province",
    "province_2025": "f.province_2025",
    "year": "COALESCE(f.figure_year, CAST(substr(f.period, 1, 4) AS INTEGER), CAST(substr(a.dated, 1, 4) AS INTEGER))",
    "site": "a.site",
    "unit": "f.unit",
}


def org_key(text: str | None) -> str:
    """An organisation folded, lower case, without `tỉnh`/`thành phố`/`TP`, single spaces."""
    folded = fold(text or "").lower().replace(".", " ")
    return " ".join(_FILLER.sub(" ", folded).split())


def _role_key(text: str | None) -> str:
    return " ".join(fold(text or "").lower().split())


@dataclass(frozen=True)
class Holder:
    """One person in one post of an organisation."""

    person_id: str | None
    name: str
    role: str
    title: str
    organization: str
    first_seen: str | None
    last_seen: str | None
    articles: list[str]

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def who(db: sqlite3.Connection, organisation: str, role: str | None = None, year: int | None = None) -> list[Holder]:
    """Who held posts in an organisation, newest first (see the module docstring)."""
    wanted = org_key(organisation)
    if not wanted:
        raise SearchError("give an organisation (Sở Công Thương Kiên Giang, UBND tỉnh Nghệ An)")
    pattern = re.compile(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)")
    rows = db.execute(
        "SELECT o.person_id, o.name, o.role, o.title, o.organization, o.article_id, a.dated FROM officials o "
        "JOIN articles a ON a.id = o.article_id WHERE o.organization IS NOT NULL"
    ).fetchall()
    groups: dict[tuple, list[sqlite3.Row]] = {}
    for row in rows:
        if not pattern.search(org_key(row["organization"])):
            continue
        if role and _role_key(row["role"]) != _role_key(role):
            continue
        who_key = row["person_id"] or _role_key(row["name"])
        groups.setdefault((who_key, _role_key(row["role"]), org_key(row["organization"])), []).append(row)
    holders = []
    for mentions in groups.values():
        held = [m for m in mentions if not former(m["title"])]  # `nguyên Giám đốc ...`: held once, no date of holding it
        dates = sorted(m["dated"] for m in held if m["dated"])
        if year is not None and not any(d[:4] == str(year) for d in dates):
            continue
        best = max(held or mentions, key=lambda m: (len(m["title"]), m["title"]))
        holders.append(Holder(best["person_id"], best["name"], best["role"], best["title"], best["organization"],
                              dates[0] if dates else None, dates[-1] if dates else None,
                              sorted({m["article_id"] for m in mentions})))
    holders.sort(key=lambda h: (h.last_seen or "", h.first_seen or "", h.name), reverse=True)
    return holders


@dataclass(frozen=True)
class Total:
    """One group of `totals`: its keys, the number of figures and their sum in the unit asked for."""

    keys: dict[str, object]
    figures: int
    total: float
    unit: str

    def to_dict(self) -> dict:
        return {**self.keys, "figures": self.figures, "total": self.total, "unit": self.unit}


def totals(db: sqlite3.Connection, unit: str, by: list[str], province: str | None = None, since: str | None = None,
           until: str | None = None, with_rates: bool = False, with_repeats: bool = False,
           with_copies: bool = False, relevant_only: bool = False, topic: str | None = None) -> list[Total]:
    """Sums of the figures in `unit`, grouped by the columns of `by` (keys of `GROUPS`), largest first
    within the order of the groups; `relevant_only` and `topic` keep the figures of the articles marked
    relevant, or with that topic."""
    unknown = [b for b in by if b not in GROUPS]
    if unknown:
        raise SearchError(f"cannot group by {', '.join(unknown)}; one of {', '.join(GROUPS)}")
    code, factor = resolve_unit(unit)
    where, args = ["f.unit = ?"], [code]
    if not with_rates:
        where.append("f.per IS NULL")
    if not with_repeats:
        where.append("f.repeat_of IS NULL AND (f.range IS NULL OR f.range != 'high')")
    if not with_copies:
        where.append("a.is_copy = 0")
    if relevant_only:
        where.append("a.relevant = 1")
    if topic:
        where.append("EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic = ?)")
        args.append(topic)
    if province:
        name = resolve_province(province)
        where.append("(f.province = ? OR f.province_2025 = ?)")
        args += [name, name]
    year = GROUPS["year"]
    if since:
        where.append(f"CAST({year} AS TEXT) >= ?")
        args.append(since[:4])
    if until:
        where.append(f"CAST({year} AS TEXT) <= ?")
        args.append(until[:4])
    keys = [GROUPS[b] for b in by]
    select = ", ".join(f"{k} AS g_{b}" for k, b in zip(keys, by, strict=True))
    sql = (f"SELECT {select + ', ' if select else ''}COUNT(*) AS n, SUM(f.value) AS total FROM figures f "
           f"JOIN articles a ON a.id = f.article_id WHERE {' AND '.join(where)}"
           + (f" GROUP BY {', '.join(f'g_{b}' for b in by)} ORDER BY {', '.join(f'g_{b} IS NULL, g_{b}' for b in by)}, "
              "total DESC" if by else ""))
    out = []
    for row in db.execute(sql, args):
        if row["n"]:
            out.append(Total({b: row[f"g_{b}"] for b in by}, row["n"], row["total"] / factor, unit))
    return out
