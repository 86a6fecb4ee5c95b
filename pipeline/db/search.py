"""Search for journalists: facts and articles by words (with or without diacritics) and by filters.

Matching: the query is normalised like the texts (NFC, classic tone placement: `Hoà` = `Hòa`) and
matched against the folded column of the FTS5 index (no diacritics, `đ` = `d`), so `nguyen van hoa`
finds `Nguyễn Văn Hòa`. Plain words are all required, and hits are ranked in tiers (`Hit.match`):
1. `summary`: the words, next to each other and in order, in the fact itself (an official's name and
   title, a figure and its subject, an event's name), not only in its sentence;
2. `phrase`: the words next to each other and in order anywhere (an FTS5 phrase query);
3. `near`: all the words within a few words of each other (FTS5 NEAR);
4. `words`: the words scattered anywhere.
Inside a tier, hits whose text also matches the words exactly as typed (the `exact` column) come first,
so `năm` puts `năm` before `nam`; then FTS5's bm25. A query with FTS5 syntax (`"phrase"`, `OR`, `NOT`,
`NEAR`, `prefix*`) is passed on as it is, and a syntax error is a `SearchError`. Copies of a story are
left out unless `with_copies`.

Places: `province` keeps the facts placed in that province by the fact itself (an official's post, a
figure's or event's own province; an article by the provinces it names); `article_province` keeps the
facts of articles that name the province anywhere. Dates (`since`, `until`: `YYYY`, `YYYY-MM` or a
day) are compared at the precision typed: an official's or article's date is the article's (`dated`),
an event's its own date, a figure's the period or year it refers to, else the article's.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from pipeline.db.schema import fts_by_kind, fts_rowids
from pipeline.errors import VnieError
from pipeline.facts.lexicon import load as load_lexicon
from pipeline.language.textnorm import fold, normalize

KINDS = ("official", "figure", "event", "article")
_TABLE = {"official": "officials", "figure": "figures", "event": "events", "article": "articles"}
_SYNTAX = re.compile(r'["*()]|\b(?:AND|OR|NOT|NEAR)\b')
_OPERATOR = re.compile(r"\b(AND|OR|NOT|NEAR)\b")
_WORD = re.compile(r"\w+")
_NATIONAL = re.compile(r"^(bo|chinh phu|quoc hoi|tong cuc|cuc|van phong chinh phu|van phong quoc hoi|ngan hang nha nuoc|"
                       r"ban chap hanh trung uong|ban .* trung uong|uy ban .* quoc hoi|hoi dong dan toc)\b")
_OF_NATIONAL_BODY = re.compile(r"\b(quoc hoi|chinh phu)$")  # `(Ủy ban) Tư pháp Quốc hội`: a body of the Assembly


MATCHES = ("summary", "phrase", "near", "words")
_MULTIPLIERS = {"nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "ty": 1e9, "ti": 1e9}
_GAP = r"\W+(?:(?:tinh|thanh pho|tp)\W+)?"  # between the words of a phrase: `tỉnh` and `TP` are optional
_WHEN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class SearchError(VnieError):
    """A query or filter that cannot run (bad FTS syntax, an unknown unit, province or date)."""


def date_bound(text: str) -> str:
    """A date typed by a person, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked and returned as typed."""
    import datetime as dt

    found = _WHEN.fullmatch(text.strip())
    if found is None:
        raise SearchError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    year, month, day = found.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise SearchError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}") from None
    return found.group(0)


@dataclass(frozen=True)
class Query:
    text: str = ""
    kind: str | None = None
    unit: str | None = None
    min: float | None = None
    max: float | None = None
    province: str | None = None
    article_province: str | None = None
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
    match: str
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
        return {"kind": self.kind, "id": self.id, "article_id": self.article_id, "exact": self.exact, "match": self.match,
                "summary": self.summary,
                "sentence": self.sentence, "marked": self.marked(), "matches": self.matches, "title": self.title,
                "published": self.published, "site": self.site, "url": self.url, "fact": self.fact}


def resolve_unit(unit: str) -> tuple[str, float]:
    """A unit as a person types it → (unit code, factor to base units): `MW`, `gw`, `đồng`, `dong`, `ha`,
    `%`, and amounts in words, `tỷ đồng`, `ty dong`, `trieu USD` (a multiplier word before the unit)."""
    words = fold(normalize(unit.strip())).lower().split()
    factor = 1.0
    while len(words) > 1 and words[0] in _MULTIPLIERS:
        factor *= _MULTIPLIERS[words.pop(0)]
    wanted = normalize(unit.strip()) if factor == 1.0 else " ".join(words)
    table: dict[str, tuple[str, float]] = {"%": ("percent", 1.0), "count": ("count", 1.0)}
    for surface, code, base in load_lexicon().units:
        table.setdefault(surface, (code, base))
        table.setdefault(code, (code, 1.0))
    found = table.get(wanted)
    if found is None:
        for variant in (str.lower, lambda s: " ".join(fold(s).lower().split())):
            found = next((v for k, v in table.items() if variant(k) == variant(wanted)), None)
            if found is not None:
                break
    if found is None:
        codes = sorted({code for code, _ in table.values()})
        raise SearchError(f"unknown unit {unit!r}; known: {', '.join(codes)} (and what they are written as, e.g. GW, "
                          "kW, đồng, dong, tỷ đồng, trieu USD)")
    return found[0], found[1] * factor


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
    folded = " ".join(fold(organization or "").lower().split())
    return bool(organization) and bool(_NATIONAL.match(folded) or _OF_NATIONAL_BODY.search(folded))


def query_words(text: str, folded: bool = True) -> list[str]:
    """The words of a plain query (none when it uses FTS5 syntax), folded or as typed."""
    query = normalize(text.strip())
    if _SYNTAX.search(query):
        return []
    return _WORD.findall(fold(query) if folded else query)


def _fold_syntax(query: str) -> str:
    """A query with FTS5 syntax folded but for its operators (`fold` writes `OR` as `or`, a plain word)."""
    parts = _OPERATOR.split(query)
    return "".join(part if i % 2 else fold(part) for i, part in enumerate(parts))


def fts_expression(text: str, column: str, folded: bool, mode: str = "words") -> str | None:
    """The FTS5 expression for a query against `column`: every word (`words`), the words as a phrase
    (`phrase`) or within a few words of each other (`near`); FTS5 syntax typed by the user is kept."""
    query = normalize(text.strip())
    if not query:
        return None
    if _SYNTAX.search(query):
        return f"{column} : ({_fold_syntax(query) if folded else query})"
    if folded:
        query = fold(query)
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = " ".join(f'"{w}"' for w in words)
    if mode == "phrase":
        return f'{column} : ("{" ".join(words)}")'
    if mode == "near":
        return f"{column} : NEAR({quoted}, {max(6, 2 * len(words))})"
    return f"{column} : ({quoted})"


def _date_of(kind: str, alias: str) -> str:
    if kind == "event":
        return f"COALESCE({alias}.date, a.dated)"
    if kind == "figure":
        return f"COALESCE({alias}.period, CAST({alias}.figure_year AS TEXT), a.dated)"
    return "a.dated"


def _filters(q: Query, kind: str, alias: str) -> tuple[list[str], list]:
    where: list[str] = []
    args: list[object] = []
    if not q.with_copies:
        where.append("a.is_copy = 0")
    date = _date_of(kind, alias)
    # Compared at the coarser of the two precisions: a figure of `2024` is in `--since 2024-06`.
    if q.since:
        where.append(f"substr({date}, 1, {len(q.since)}) >= substr(?, 1, length(substr({date}, 1, {len(q.since)})))")
        args.append(q.since)
    if q.until:
        where.append(f"substr({date}, 1, {len(q.until)}) <= substr(?, 1, length(substr({date}, 1, {len(q.until)})))")
        args.append(q.until)
    if q.site:
        where.append("(a.site = ? OR a.site LIKE ?)")
        args += [q.site.removeprefix("www."), f"%.{q.site.removeprefix('www.')}"]
    in_article = ("EXISTS (SELECT 1 FROM article_provinces p WHERE p.article_id = a.id AND "
                  "(fold(p.province) = ? OR fold(p.province_2025) = ?))")
    if q.province:
        name = fold(resolve_province(q.province)).lower()
        if kind == "article":
            where.append(in_article)
        else:  # the fact's own province: an official's post, a figure's or an event's own place
            where.append(f"(fold({alias}.province) = ? OR fold({alias}.province_2025) = ?)")
        args += [name, name]
    if q.article_province:
        name = fold(resolve_province(q.article_province)).lower()
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


def _phrase_in(text: str, words: list[str]) -> bool:
    """True when the folded words occur next to each other, in order, in `text` (folded); the words of an
    administrative level (`tỉnh`, `thành phố`, `TP`) may stand between them, as people leave them out."""
    if not words:
        return False
    pattern = r"(?<!\w)" + _GAP.join(re.escape(w.lower()) for w in words) + r"(?!\w)"
    return re.search(pattern, fold(text).lower()) is not None


def search(db: sqlite3.Connection, q: Query) -> list[Hit]:
    """The hits for a query, best first: by tier (`MATCHES`), then exact diacritics, then bm25."""
    db.create_function("fold", 1, lambda s: " ".join(fold(s).lower().split()) if s else s, deterministic=True)
    db.create_function("national", 1, is_national, deterministic=True)
    words = query_words(q.text)
    folded = fts_expression(q.text, "folded", folded=True)
    exact = fts_expression(q.text, "exact", folded=False)
    tiers = [("phrase", fts_expression(q.text, "folded", True, "phrase")),
             ("near", fts_expression(q.text, "folded", True, "near"))] if len(words) > 1 else []
    tiers.append(("words", folded))
    by_kind = fts_by_kind(db)
    candidates: list[tuple[str, str, bool, float, sqlite3.Row]] = []
    for kind in _kinds(q):
        table = _TABLE[kind]
        where, args = _filters(q, kind, "x")
        join_article = "a.id = x.article_id" if kind != "article" else "a.id = x.id"
        select = ("SELECT x.*, a.title AS a_title, a.published AS a_published, a.dated AS a_dated, a.site AS a_site, "
                  "a.url AS a_url")
        found: list[tuple[str, sqlite3.Row]] = []
        exact_ids: set[str] = set()
        try:
            if folded:
                # Each tier: the kind's index rows ranked by bm25 inside FTS5 (only that kind's rowids are read),
                # then joined to their rows and filtered one by one in rank order until enough have passed.
                seen: set[str] = set()
                inner = "rowid BETWEEN ? AND ?" if by_kind else "kind = ?"
                bounds = list(fts_rowids(kind)) if by_kind else [kind]
                sql = (select + ", t.rank AS score, t.ref AS ref, t.rowid AS fts_rowid FROM (SELECT rowid, ref, rank FROM fts "
                       f"WHERE fts MATCH ? AND {inner} ORDER BY rank LIMIT -1) AS t "
                       f"CROSS JOIN {table} x ON x.id = t.ref CROSS JOIN articles a ON {join_article}"
                       + "".join(f" AND {w}" for w in where) + " LIMIT ?")
                rowids: list[int] = []
                for tier, expression in tiers:
                    for row in db.execute(sql, [expression, *bounds, *args, q.limit * 5]).fetchall():
                        if row["ref"] not in seen:
                            seen.add(row["ref"])
                            found.append((tier, row))
                            rowids.append(row["fts_rowid"])
                if exact and rowids:
                    # The exact words are looked for in the rows found only.
                    exact_ids = {r[0] for r in db.execute(
                        f"SELECT ref FROM fts WHERE fts MATCH ? AND rowid IN ({','.join('?' * len(rowids))})",
                        [exact, *rowids])}
            else:
                order = "x.value DESC" if kind == "figure" else "a.dated DESC"
                sql = (select + f", 0.0 AS score, x.id AS ref FROM {table} x JOIN articles a ON {join_article}"
                       + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order} LIMIT ?")
                found = [("words", row) for row in db.execute(sql, [*args, q.limit]).fetchall()]
        except sqlite3.OperationalError as exc:
            raise SearchError(f"bad query {q.text!r}: {exc}") from None
        for tier, row in found:
            if kind != "article" and _phrase_in(_summary(kind, row), words):
                tier = "summary"
            elif tier == "near" and _phrase_in(row["sentence"] if kind != "article" else row["text"], words):
                tier = "phrase"
            candidates.append((kind, tier, row["ref"] in exact_ids, float(row["score"]), row))
    if folded:
        candidates.sort(key=lambda c: (MATCHES.index(c[1]), not c[2], c[3]))
    # Sentences, excerpts and marks for the hits shown only.
    return [_hit(kind, tier, is_exact, score, row, q.text) for kind, tier, is_exact, score, row in candidates[:q.limit]]


def _hit(kind: str, tier: str, is_exact: bool, score: float, row: sqlite3.Row, text: str) -> Hit:
    if kind == "article":
        sentence = excerpt(row["text"], text)
        fact = {"title": row["title"]}
    else:
        sentence = row["sentence"]
        fact = {k: row[k] for k in row.keys() if not k.startswith("a_") and k not in ("score", "ref", "fts_rowid", "sentence")}
    return Hit(kind, row["id"], row["article_id"] if kind != "article" else row["id"], is_exact, score, tier,
               _summary(kind, row), sentence, match_spans(sentence, text) if text else [], row["a_title"],
               row["a_published"] or row["a_dated"], row["a_site"], row["a_url"], fact)
