"""Search for journalists: facts and articles by words (with or without diacritics) and by filters.

Matching: the query is normalised like the texts (NFC, classic tone placement: `Hoà` = `Hòa`) and
matched against the folded column of the FTS5 index (no diacritics, `đ` = `d`), so `nguyen van hoa`
finds `Nguyễn Văn Hòa`. Hits whose text also matches the query exactly as typed (the `exact` column)
rank first, so `năm` puts `năm` before `nam`; inside each group FTS5's bm25 orders them. Plain words
are all required (AND); a query with FTS5 syntax (`"phrase"`, `OR`, `NOT`, `NEAR`, `prefix*`) is passed
on, and a syntax error is a `SearchError`. Copies of a story are left out unless `with_copies`.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from pipeline.errors import VnieError
from pipeline.facts.lexicon import load as load_lexicon
from pipeline.language.textnorm import fold, normalize

KINDS = ("official", "figure", "event", "article")
_TABLE = {"official": "officials", "figure": "figures", "event": "events", "article": "articles"}
_SYNTAX = re.compile(r'["*()]|\b(?:AND|OR|NOT|NEAR)\b')
_WORD = re.compile(r"\w+")
_NATIONAL = re.compile(r"^(bo|chinh phu|quoc hoi|tong cuc|cuc|van phong chinh phu|van phong quoc hoi|ngan hang nha nuoc|"
                       r"ban chap hanh trung uong|ban .* trung uong|uy ban .* quoc hoi|hoi dong dan toc)\b")


class SearchError(VnieError):
    """A query or filter that cannot run (bad FTS syntax, an unknown unit or province)."""


@dataclass(frozen=True)
class Query:
    text: str = ""
    kind: str | None = None
    unit: str | None = None
    min: float | None = None
    max: float | None = None
    province: str | None = None
    person: str | None = None
    since: str | None = None
    until: str | None = None
    site: str | None = None
    limit: int = 20
    with_copies: bool = False


@dataclass
class Hit:
    kind: str
    id: str
    article_id: str
    exact: bool
    score: float
    summary: str
    sentence: str
    matches: list[tuple[int, int]]
    title: str | None
    published: str | None
    site: str | None
    url: str | None
    fact: dict = field(default_factory=dict)

    def marked(self, left: str = "«", right: str = "»") -> str:
        out, last = [], 0
        for start, end in self.matches:
            out += [self.sentence[last:start], left, self.sentence[start:end], right]
            last = end
        return "".join(out + [self.sentence[last:]])

    def to_dict(self) -> dict:
        return {"kind": self.kind, "id": self.id, "article_id": self.article_id, "exact": self.exact, "summary": self.summary,
                "sentence": self.sentence, "marked": self.marked(), "matches": self.matches, "title": self.title,
                "published": self.published, "site": self.site, "url": self.url, "fact": self.fact}


def resolve_unit(unit: str) -> tuple[str, float]:
    """A unit as a user types it (`MW`, `gw`, `tỷ đồng`? no: `đồng`, `ha`, `%`) → (unit code, factor)."""
    wanted = normalize(unit.strip())
    table = {"%": ("percent", 1.0), "count": ("count", 1.0)}
    for surface, code, factor in load_lexicon().units:
        table.setdefault(surface, (code, factor))
        table.setdefault(code, (code, 1.0))
    if wanted in table:
        return table[wanted]
    for surface, found in table.items():
        if surface.lower() == wanted.lower():
            return found
    codes = sorted({code for code, _ in table.values()})
    raise SearchError(f"unknown unit {unit!r}; known: {', '.join(codes)} (and what they are written as, e.g. GW, kW, đồng)")


def resolve_province(name: str) -> str:
    province = load_lexicon().province(normalize(name))
    if province is None:
        folded = " ".join(fold(name).lower().split())
        if folded not in {" ".join(fold(p.province_2025).lower().split()) for p in load_lexicon().provinces.values()}:
            raise SearchError(f"unknown province {name!r}")
        return name
    return province.name


def is_national(organization: str | None) -> bool:
    """True for a ministry, the Government, the National Assembly or another national body."""
    return bool(organization) and bool(_NATIONAL.match(" ".join(fold(organization or "").lower().split())))


def fts_expression(text: str, column: str, folded: bool) -> str | None:
    query = normalize(text.strip())
    if not query:
        return None
    if folded:
        query = fold(query)
    if _SYNTAX.search(query):
        return f"{column} : ({query})"
    words = _WORD.findall(query)
    if not words:
        return None
    return f"{column} : (" + " ".join(f'"{w}"' for w in words) + ")"


def _filters(q: Query, kind: str, alias: str) -> tuple[list[str], list]:
    where: list[str] = []
    args: list[object] = []
    if not q.with_copies:
        where.append("a.is_copy = 0")
    date = "a.published" if kind != "event" else f"COALESCE({alias}.date, a.published)"
    if q.since:
        where.append(f"{date} >= ?")
        args.append(q.since)
    if q.until:
        where.append(f"substr({date}, 1, 10) <= ?")
        args.append(q.until)
    if q.site:
        where.append("(a.site = ? OR a.site LIKE ?)")
        args += [q.site.removeprefix("www."), f"%.{q.site.removeprefix('www.')}"]
    if q.province:
        name = fold(resolve_province(q.province)).lower()
        in_article = ("EXISTS (SELECT 1 FROM article_provinces p WHERE p.article_id = a.id AND "
                      "(fold(p.province) = ? OR fold(p.province_2025) = ?))")
        if kind == "official":
            # An official whose post names no province takes the article's, unless the post is national.
            where.append(f"(fold({alias}.province) = ? OR fold({alias}.province_2025) = ? OR "
                         f"({alias}.province IS NULL AND NOT national({alias}.organization) AND {in_article}))")
            args += [name, name, name, name]
        else:
            where.append(in_article)
            args += [name, name]
    if q.person:
        where.append(f"fold({alias}.name) LIKE ?")
        args.append(f"%{' '.join(fold(q.person).lower().split())}%")
    if q.unit or q.min is not None or q.max is not None:
        code, factor = resolve_unit(q.unit) if q.unit else (None, 1.0)
        if code:
            where.append(f"{alias}.unit = ?")
            args.append(code)
        if q.min is not None:
            where.append(f"{alias}.value >= ?")
            args.append(q.min * factor)
        if q.max is not None:
            where.append(f"{alias}.value <= ?")
            args.append(q.max * factor)
    return where, args


def _kinds(q: Query) -> list[str]:
    if q.kind:
        if q.kind not in KINDS:
            raise SearchError(f"unknown kind {q.kind!r}; one of {', '.join(KINDS)}")
        kinds = [q.kind]
    else:
        kinds = list(KINDS)
    if q.unit or q.min is not None or q.max is not None:
        kinds = [k for k in kinds if k == "figure"]
    if q.person:
        kinds = [k for k in kinds if k == "official"]
    if not q.text.strip():
        kinds = [k for k in kinds if k != "article"] or kinds
    return kinds


def _summary(kind: str, row: sqlite3.Row) -> str:
    if kind == "official":
        return f"{row['name']} · {row['title']}"
    if kind == "figure":
        return f"{row['text']}" + (f" · {row['subject']}" if row["subject"] else "")
    if kind == "event":
        return f"{row['name']} ({row['type']}" + (f", {row['date']}" if row["date"] else "") + ")"
    return row["title"] or row["id"]


def match_spans(sentence: str, text: str) -> list[tuple[int, int]]:
    folded = fold(sentence).lower()
    spans = []
    for word in _WORD.findall(fold(normalize(text)).lower()):
        if word in ("and", "or", "not", "near"):
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
            spans.append((m.start(), m.start() + len(word)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def excerpt(text: str, query: str, width: int = 240) -> str:
    spans = match_spans(text, query)
    start = max(0, (spans[0][0] if spans else 0) - width // 3)
    return ("…" if start else "") + text[start:start + width].replace("\n", " ") + ("…" if start + width < len(text) else "")


def search(db: sqlite3.Connection, q: Query) -> list[Hit]:
    """The hits for a query, best first: exact-diacritics matches, then bm25 order."""
    db.create_function("fold", 1, lambda s: " ".join(fold(s).lower().split()) if s else s, deterministic=True)
    db.create_function("national", 1, is_national, deterministic=True)
    folded = fts_expression(q.text, "folded", folded=True)
    exact = fts_expression(q.text, "exact", folded=False)
    hits: list[Hit] = []
    for kind in _kinds(q):
        table, alias = _TABLE[kind], "x"
        where, args = _filters(q, kind, alias)
        join_article = "a.id = x.article_id" if kind != "article" else "a.id = x.id"
        select = (f"SELECT x.*, a.title AS a_title, a.published AS a_published, a.site AS a_site, a.url AS a_url"
                  f"{', fts.rank AS score, fts.ref AS ref' if folded else ', 0.0 AS score, x.id AS ref'} ")
        if folded:
            sql = (select + f"FROM fts JOIN {table} x ON x.id = fts.ref JOIN articles a ON {join_article} "
                   f"WHERE fts MATCH ? AND fts.kind = ?" + "".join(f" AND {w}" for w in where) + " ORDER BY fts.rank LIMIT ?")
            params = [folded, kind, *args, q.limit * 5]
        else:
            order = "x.value DESC" if kind == "figure" else "a.published DESC"
            sql = (select + f"FROM {table} x JOIN articles a ON {join_article}" + (" WHERE " + " AND ".join(where) if where else "")
                   + f" ORDER BY {order} LIMIT ?")
            params = [*args, q.limit]
        try:
            rows = db.execute(sql, params).fetchall()
            exact_ids = set()
            if folded and exact:
                exact_ids = {r[0] for r in db.execute("SELECT ref FROM fts WHERE fts MATCH ? AND kind = ?", (exact, kind))}
        except sqlite3.OperationalError as exc:
            raise SearchError(f"bad query {q.text!r}: {exc}") from None
        for row in rows:
            if kind == "article":
                sentence = excerpt(row["text"], q.text)
                fact = {"title": row["title"]}
            else:
                sentence = row["sentence"]
                fact = {k: row[k] for k in row.keys() if not k.startswith("a_") and k not in ("score", "ref", "sentence")}
            hits.append(Hit(kind, row["id"], row["article_id"] if kind != "article" else row["id"], row["ref"] in exact_ids,
                            float(row["score"]), _summary(kind, row), sentence, match_spans(sentence, q.text) if q.text else [],
                            row["a_title"], row["a_published"], row["a_site"], row["a_url"], fact))
    if folded:
        hits.sort(key=lambda h: (not h.exact, h.score))
    return hits[:q.limit]
