"""vnie's Datasette plugin: search without diacritics, and links from search hits to their rows.

Datasette loads it through the one-line shim that `serve.write_config` puts in its plugins folder.
On every connection to the fact store it adds:

- SQL functions `vnie_match(q)` (the FTS5 expression `search.search` uses: the query folded, against
  the `folded` column; `""` for an empty query, which matches nothing), `vnie_match_exact(q)` (the same
  against the text as written), `vnie_match_phrase(q)` (the folded words next to each other, in order),
  `vnie_fold(s)` (no diacritics, lower case, single spaces),
  `vnie_org(s)` (an organisation folded without `tỉnh`/`thành phố`/`TP`, as `vnie who` compares them),
  `vnie_marked(text, q)` (the words of `q` in `text` between « and ») and `vnie_excerpt(text, q)`.
- Temporary views `articles_fts`, `officials_fts`, `figures_fts`, `events_fts`: the `fts` rows of one
  kind with `rowid` = the row's id, so that Datasette's table search (`fts_table` / `fts_pk` in the
  metadata) works although `fts` is keyed by `ref`, not by rowid. Each view's column named like the view
  is the `fts` table's own column, so `articles_fts MATCH 'hoa'` searches both `exact` and `folded`.

Cells: `article_id` links to the article's row and `person_id` to the person's (Datasette itself links
foreign keys on table pages only, and `person_id` is no foreign key); in the results of canned queries
«marks» become <mark> and `ref` links to the fact's row.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from pipeline.db.answers import org_key
from pipeline.db.search import excerpt as _excerpt
from pipeline.db.search import fts_expression as _fts_expression
from pipeline.db.search import match_spans as _matches
from pipeline.language.textnorm import fold

# fts.kind -> the table its `ref` points into.
KIND_TABLES = {"article": "articles", "official": "officials", "figure": "figures", "event": "events"}
NO_MATCH = '""'


def match_expression(q: str | None, exact: bool = False, mode: str = "words") -> str:
    """The FTS5 expression for a query typed by a person (with or without diacritics); `mode` as in
    `search.fts_expression` (`words`, `phrase`, `near`)."""
    column = "exact" if exact else "folded"
    return (q and _fts_expression(q, column, folded=not exact, mode=mode)) or NO_MATCH


def folded(text: str | None) -> str | None:
    return " ".join(fold(text).lower().split()) if text else text


def marked(text: str | None, q: str | None) -> str | None:
    """`text` with every word of `q` (compared without diacritics) between « and »."""
    if not text or not q:
        return text
    spans: list[tuple[int, int]] = []
    for start, end in _matches(text, q):
        if spans and not text[spans[-1][1]:start].strip():
            spans[-1] = (spans[-1][0], end)  # one mark over words next to each other
        else:
            spans.append((start, end))
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], "«", text[start:end], "»"]
        last = end
    return "".join(out + [text[last:]])


def excerpt(text: str | None, q: str | None) -> str | None:
    """About 240 characters of `text` around the first word of `q`, marked."""
    if not text:
        return text
    return marked(_excerpt(text, q or ""), q)


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("vnie_match", 1, match_expression, deterministic=True)
    conn.create_function("vnie_match_exact", 1, lambda q: match_expression(q, exact=True), deterministic=True)
    conn.create_function("vnie_match_phrase", 1, lambda q: match_expression(q, mode="phrase"), deterministic=True)
    conn.create_function("vnie_fold", 1, folded, deterministic=True)
    conn.create_function("vnie_org", 1, org_key, deterministic=True)
    conn.create_function("vnie_marked", 2, marked, deterministic=True)
    conn.create_function("vnie_excerpt", 2, excerpt, deterministic=True)


def create_search_views(conn: sqlite3.Connection) -> None:
    """One temporary view per searchable table over `fts` (only on a database that has `fts`)."""
    if conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'fts'").fetchone() is None:
        return
    for kind, table in KIND_TABLES.items():
        conn.execute(f"CREATE TEMP VIEW IF NOT EXISTS {table}_fts AS SELECT ref AS rowid, fts AS {table}_fts, "
                     f"exact, folded, article_id FROM main.fts WHERE kind = '{kind}'")


@hookimpl
def prepare_connection(conn, database, datasette):
    register_functions(conn)
    create_search_views(conn)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, str) or not value:
        return None  # expanded foreign keys (dicts) on table pages are Datasette's own links
    if column == "article_id" and table != "articles":
        return _link(datasette.urls.row(database, "articles", tilde_encode(value)), value)
    if column == "person_id":
        return _link(datasette.urls.row(database, "people", tilde_encode(value)), value)
    if table is not None:
        return None
    if "«" in value and "»" in value:
        return Markup(str(escape(value)).replace("«", "<mark>").replace("»", "</mark>"))
    if column == "ref" and "kind" in row.keys() and row["kind"] in KIND_TABLES:
        return _link(datasette.urls.row(database, KIND_TABLES[row["kind"]], tilde_encode(value)), value)
    return None


def _link(href: str, text: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)
