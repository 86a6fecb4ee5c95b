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

from pipeline.db.schema import FTS_KINDS, columns, fts_by_kind, fts_rowids
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
    topic: str | None = None  # a topic code: only articles with it (and their facts)
    relevant_only: bool = False  # only articles marked relevant (and their facts)


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
        # (a day without its year, `--07-09`, is in no period: the article's date stands for it, if any)
        return f"CASE WHEN {alias}.date GLOB '[0-9]*' THEN {alias}.date ELSE a.dated END"
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
    if q.relevant_only:
        where.append("a.relevant = 1")
    if q.topic:
        where.append("EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic = ?)")
        args.append(q.topic)
    if q.site:
        where.append("(a.site = ? OR a.site LIKE ?)")
        args += [q.site.removeprefix("www."), f"%.{q.site.removeprefix('www.')}"]
    if q.province:
        name = fold(resolve_province(q.province)).lower()
        if kind == "article":
            where.append(_in_article(name, args))
        else:  # the fact's own province: an official's post, a figure's or an event's own place
            where.append(f"(fold({alias}.province) = ? OR fold({alias}.province_2025) = ?)")
            args += [name, name]
    if q.article_province:
        where.append(_in_article(fold(resolve_province(q.article_province)).lower(), args))
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


def _in_article(name: str, args: list) -> str:
    """The condition that the article names the province `name` (folded) under either name: the names of
    `article_provinces` are the lexicon's, so they are listed here rather than folded row by row."""
    names = sorted({n for p in load_lexicon().provinces.values() for n in (p.name, p.province_2025)
                    if " ".join(fold(n).lower().split()) == name}) or [name]
    args += names + names
    marks = ", ".join("?" * len(names))
    return (f"EXISTS (SELECT 1 FROM article_provinces p WHERE p.article_id = a.id AND (p.province IN ({marks}) "
            f"OR p.province_2025 IN ({marks})))")


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
    """About `width` characters of `text` from a little before the first word of `query` (compared folded)."""
    words = [w for w in _WORD.findall(fold(normalize(query)).lower()) if w not in ("and", "or", "not", "near")]
    first = re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", fold(text).lower()) if words else None
    start = max(0, (first.start() if first else 0) - width // 3)
    return ("…" if start else "") + text[start:start + width].replace("\n", " ") + ("…" if start + width < len(text) else "")


def _phrase_in(text: str, words: list[str]) -> bool:
    """True when the folded words occur next to each other, in order, in `text` (folded); the words of an
    administrative level (`tỉnh`, `thành phố`, `TP`) may stand between them, as people leave them out."""
    if not words:
        return False
    pattern = r"(?<!\w)" + _GAP.join(re.escape(w.lower()) for w in words) + r"(?!\w)"
    return re.search(pattern, fold(text).lower()) is not None


WHOLE = 50000  # index rows (about 10,000 articles) up to which every match is ranked by FTS5's bm25
POOL = 100  # matches kept per kind and tier (or 5 × the limit asked, if more): the newest that pass the filters
SCAN = 3000  # matches read per kind and tier at most, newest first, to find them
LEAD = 1500  # characters of an article (its title and lead) that its relevance is read from
_K1, _B = 1.2, 0.75  # FTS5's bm25 constants


def search(db: sqlite3.Connection, q: Query) -> list[Hit]:
    """The hits for a query, best first: by tier (`MATCHES`), then exact diacritics, then relevance.

    Up to `WHOLE` index rows (and in a store whose index rows are not yet numbered by kind), FTS5 ranks all
    of a kind's matches of each tier by bm25, and the rows are joined and filtered in that order until
    `5 × limit` have passed. Past `WHOLE` the work is bounded whatever the size of the store: for each kind
    and tier, FTS5 reads that kind's matches newest first (its rowids, `schema.fts_rowids`), the filters are
    checked in SQL as they come, and the first `POOL` (or `5 × limit`) that pass, of at most `SCAN` read,
    are the tier's candidates. They are scored here by bm25 without the inverse document frequency (which
    FTS5 gets by reading the whole list of every word of the query, again for every kind and tier): each
    word's count in the indexed text (an article's title and first `LEAD` characters), saturated and
    normalised by length against the index's average with FTS5's constants. In both cases one FTS5 statement
    per kind marks the candidates that match the words as typed (`exact`), and only the hits shown get their
    sentence, excerpt and marks."""
    db.create_function("fold", 1, lambda s: " ".join(fold(s).lower().split()) if s else s, deterministic=True)
    db.create_function("national", 1, is_national, deterministic=True)
    words = query_words(q.text)
    folded = fts_expression(q.text, "folded", folded=True)
    exact = fts_expression(q.text, "exact", folded=False)
    if not folded:
        return _browse(db, q)
    tiers = [("phrase", fts_expression(q.text, "folded", True, "phrase")),
             ("near", fts_expression(q.text, "folded", True, "near"))] if len(words) > 1 else []
    tiers.append(("words", folded))
    by_kind = fts_by_kind(db)
    rows_indexed, average = _index_size(db)
    whole = rows_indexed <= WHOLE or not by_kind
    relevance = _Relevance(average, words or [w for w in _WORD.findall(fold(normalize(q.text)).lower())
                                              if w not in ("and", "or", "not", "near")])
    groups: dict[tuple[str, str], list[tuple[float, int, str]]] = {}
    leads: dict[str, str] = {}  # article → its title and lead, folded (past `WHOLE`)
    try:
        for kind in _kinds(q):
            where, args = _filters(q, kind, "x")
            join_article = "a.id = x.article_id" if kind != "article" else "a.id = x.id"
            inner = "rowid BETWEEN ? AND ?" if by_kind else "kind = ?"
            bounds = list(fts_rowids(kind)) if by_kind else [kind]
            join = (f"CROSS JOIN {_TABLE[kind]} x ON x.id = t.ref CROSS JOIN articles a ON {join_article}"
                    + "".join(f" AND {w}" for w in where) + " LIMIT ?")
            if whole:  # FTS5 ranks all the kind's matches by bm25; rows joined and filtered in that order
                sql = (f"SELECT t.rowid, t.ref, t.rank FROM (SELECT rowid, ref, rank FROM fts WHERE fts MATCH ? AND {inner} "
                       f"ORDER BY rank LIMIT -1) AS t {join}")
                params = [*bounds, *args, q.limit * 5]
            else:  # the newest matches, as many as `POOL` that pass the filters, scored here
                text = f"substr(t.folded, 1, {LEAD})" if kind == "article" else "t.folded"
                sql = (f"SELECT t.rowid, t.ref, {text} FROM (SELECT rowid, ref, folded FROM fts WHERE fts MATCH ? AND "
                       f"{inner} ORDER BY rowid DESC LIMIT {SCAN}) AS t {join}")
                params = [*bounds, *args, max(POOL, 5 * q.limit)]
            if not whole and len(tiers) > 1:
                # The phrase and near tiers look among the newest `SCAN` matches of all the words only: with
                # few or no phrase matches in a kind, FTS5 would read every row holding all the words.
                floor = db.execute(f"SELECT rowid FROM fts WHERE fts MATCH ? AND {inner} ORDER BY rowid DESC "
                                   f"LIMIT 1 OFFSET {SCAN - 1}", [folded, *bounds]).fetchone()
                if floor is not None:
                    bounds[0] = floor[0]
                    params[0] = floor[0]
            seen: set[str] = set()
            for tier, expression in tiers:
                items = groups.setdefault((kind, tier), [])
                for rowid, ref, value in db.execute(sql, [expression, *params]):
                    if ref not in seen:
                        seen.add(ref)
                        items.append((value if whole else relevance(value), rowid, ref))
                        if kind == "article" and not whole:
                            leads[ref] = value
        # Per kind and tier, the best `5 × limit`, as when the tiers were ranked one by one.
        kept = [(kind, tier, *item) for (kind, tier), items in groups.items()
                for item in sorted(items, key=lambda it: (it[0], it[2]))[:q.limit * 5]]  # (ties by id, not by index row)
        exact_rows = set(_by_rowid(db, exact, [rowid for *_, rowid, _ in kept], by_kind)) if exact else set()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"bad query {q.text!r}: {exc}") from None
    rows = _rows(db, kept, with_text=whole)  # past `WHOLE`, an article's text is read for the hits shown only
    candidates: list[tuple[str, str, bool, float, sqlite3.Row]] = []
    for kind, tier, value, rowid, ref in kept:
        row = rows[(kind, ref)]
        if kind != "article" and _phrase_in(_summary(kind, row), words):
            tier = "summary"
        elif tier == "near" and _phrase_in(row["sentence"] if kind != "article" else leads.get(ref) or row["text"], words):
            tier = "phrase"
        candidates.append((kind, tier, rowid in exact_rows, value, row))
    candidates.sort(key=lambda c: (MATCHES.index(c[1]), not c[2], c[3], KINDS.index(c[0]), c[4]["id"]))  # equal scores: by id
    shown = candidates[:q.limit]
    if not whole:
        texts = _rows(db, [(kind, "", 0.0, 0, row["id"]) for kind, _, _, _, row in shown if kind == "article"])
        shown = [(kind, tier, is_exact, value, texts[(kind, row["id"])] if kind == "article" else row)
                 for kind, tier, is_exact, value, row in shown]
    # Sentences, excerpts and marks for the hits shown only.
    return [_hit(kind, tier, is_exact, value, row, q.text) for kind, tier, is_exact, value, row in shown]


class _Relevance:
    """bm25 of an indexed (folded) text for the query's words, without their inverse document frequency:
    negative, lower is better, as FTS5's `rank`. A row's length counts both its columns, as in FTS5."""

    def __init__(self, average: float, words: list[str]) -> None:
        self.words = sorted(set(words))
        self.pattern = re.compile(r"\b(" + "|".join(map(re.escape, self.words)) + r")\b") if words else None
        self.average = average

    def __call__(self, text: str | None) -> float:
        if not text or self.pattern is None:
            return 0.0
        counts: dict[str, int] = {}
        for word in self.pattern.findall(text):
            counts[word] = counts.get(word, 0) + 1
        length = 2 * (text.count(" ") + 1)  # words (folded texts are single-spaced words and punctuation)
        norm = _K1 * (1 - _B + _B * length / self.average)
        return -sum(n * (_K1 + 1) / (n + norm) for n in counts.values())


def _index_size(db: sqlite3.Connection) -> tuple[int, float]:
    """Rows of `fts` and tokens per row (both columns), from FTS5's averages record (rowid 1 of `fts_data`:
    a varint count of rows, then a varint count of tokens per column)."""
    found = db.execute("SELECT block FROM fts_data WHERE id = 1").fetchone()
    if not found or not found[0]:
        return 0, 100.0
    block, i, values = bytes(found[0]), 0, []
    while i < len(block):
        value = 0
        for step in range(9):
            byte = block[i]
            i += 1
            if step == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        values.append(value)
    return (values[0], sum(values[1:]) / values[0]) if values and values[0] else (0, 100.0)


def _by_rowid(db: sqlite3.Connection, expression: str, rowids: list[int], by_kind: bool) -> list[int]:
    """The `fts` rows among `rowids` that match `expression`: FTS5 reads the matches between the least and
    the greatest of them (`+rowid IN` is checked on each; as an index constraint it would start the query
    again for every rowid)."""
    out: list[int] = []
    for low, high in [fts_rowids(kind) for kind in FTS_KINDS] if by_kind else [(0, 1 << 62)]:
        part = [r for r in rowids if low <= r <= high]
        if part:
            out += [r[0] for r in db.execute(
                f"SELECT rowid FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({','.join('?' * len(part))})",
                [expression, min(part), max(part), *part])]
    return out


_SELECT = ("SELECT x.*, a.title AS a_title, a.published AS a_published, a.dated AS a_dated, a.site AS a_site, "
           "a.url AS a_url, x.id AS ref")


def _rows(db: sqlite3.Connection, kept: list[tuple[str, str, float, int, str]],
          with_text: bool = True) -> dict[tuple[str, str], sqlite3.Row]:
    """The rows (with their article's title, date, site and URL) of the candidates kept, by (kind, ref);
    articles without their text unless `with_text`."""
    out: dict[tuple[str, str], sqlite3.Row] = {}
    for kind in KINDS:
        refs = sorted({ref for k, _, _, _, ref in kept if k == kind})
        join_article = "a.id = x.article_id" if kind != "article" else "a.id = x.id"
        select = _SELECT
        if kind == "article" and not with_text:
            select = _SELECT.replace("x.*", ", ".join(f"x.{name}" for name, _, _ in columns("articles") if name != "text"))
        for start in range(0, len(refs), 500):
            part = refs[start:start + 500]
            for row in db.execute(f"{select} FROM {_TABLE[kind]} x JOIN articles a ON {join_article} "
                                  f"WHERE x.id IN ({','.join('?' * len(part))})", part):
                out[(kind, row["ref"])] = row
    return out


def _browse(db: sqlite3.Connection, q: Query) -> list[Hit]:
    """Facts by filters alone (no words): figures largest first, the others newest first."""
    hits: list[Hit] = []
    for kind in _kinds(q):
        where, args = _filters(q, kind, "x")
        join_article = "a.id = x.article_id" if kind != "article" else "a.id = x.id"
        order = "x.value DESC" if kind == "figure" else "a.dated DESC"
        sql = (f"{_SELECT} FROM {_TABLE[kind]} x JOIN articles a ON {join_article}"
               + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order} LIMIT ?")
        try:
            hits += [_hit(kind, "words", False, 0.0, row, q.text) for row in db.execute(sql, [*args, q.limit])]
        except sqlite3.OperationalError as exc:
            raise SearchError(f"bad query {q.text!r}: {exc}") from None
    return hits[:q.limit]


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
