"""vnie's Datasette plugin: search without diacritics, and links from search hits to their rows.

Datasette loads it through the one-line shim that `serve.write_config` puts in its plugins folder.
On every connection to the fact store it adds:

- SQL functions `vnie_match(q)` (the FTS5 expression `search.search` uses: the query folded, against
  the `folded` column; `""` for an empty query, which matches nothing), `vnie_match_exact(q)` (the same
  against the text as written), `vnie_match_phrase(q)` (the folded words next to each other, in order),
  `vnie_fold(s)` (no diacritics, lower case, single spaces),
  `vnie_org(s)` (an organisation folded without `tỉnh`/`thành phố`/`TP`, as `vnie who` compares them),
  `vnie_former(title)` (1 for a title written as a past post, `nguyên Giám đốc ...`, as `vnie who` reads it),
  `vnie_marked(text, q)` (the words of `q` in `text` between « and ») and `vnie_excerpt(text, q)`.
- Temporary views `articles_search`, `officials_search`, `figures_search`, `events_search`: the `fts` rows
  of one kind with `rowid` = the row's id, so that Datasette's table search (`fts_table` / `fts_pk` in the
  metadata) finds words typed without diacritics (`đ` as `d` too) although `fts` is keyed by `ref`, not
  by rowid. Each view's column named like the view is the `fts` table's own column, so
  `articles_search MATCH 'hoa'` searches both `exact` and `folded`. (The store's own `<table>_fts`
  indexes are for sqlite-utils.)

Cells: `article_id` links to the article's row, on table pages labelled with its title or, for an
untitled article, its first line (Datasette would write `None`), and `person_id` to the person's (Datasette itself links
foreign keys on table pages only, and `person_id` is no foreign key); a `value` or `total` beside a `unit`
is written the Vietnamese way (`560 tỷ đồng`, `1.200 MW`, the number as stored in the cell's tooltip), a
`qualifier` in Vietnamese (`hơn`, `khoảng`); in the results of canned queries «marks» become <mark> and
`ref` links to the fact's row. A script folds each table's column descriptions under a "Columns" line
below the table, so that facets and rows come first.

Facets: a `labelled` facet type (`{"labelled": "qualifier"}` in the metadata; `serve.TABLE_OPTIONS` uses it
for `figures.qualifier`) is Datasette's column facet with each value labelled for people (`hơn 12`,
`khoảng 5`), the stored code kept in the link that filters by it, in the JSON as `value`, and in the
label's tooltip. A script puts the same words into the description of the filtered rows
(`12 rows where qualifier = "hơn"`) and beside the filter's value box.

Every request that is not GET, HEAD or OPTIONS is refused with 405 before Datasette sees it (`asgi_wrapper`):
the store is served read-only, and a POST must not reach code that expects a writable database.
"""

from __future__ import annotations

import json
import sqlite3

from datasette import hookimpl
from datasette.facets import ColumnFacet
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from pipeline.db import readable
from pipeline.db.answers import org_key
from pipeline.db.people import former
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
    conn.create_function("vnie_former", 1, lambda t: int(former(t)), deterministic=True)
    conn.create_function("vnie_marked", 2, marked, deterministic=True)
    conn.create_function("vnie_excerpt", 2, excerpt, deterministic=True)


def create_search_views(conn: sqlite3.Connection) -> None:
    """One temporary view per searchable table over `fts` (only on a database that has `fts`)."""
    if conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'fts'").fetchone() is None:
        return
    for kind, table in KIND_TABLES.items():
        conn.execute(f"CREATE TEMP VIEW IF NOT EXISTS {table}_search AS SELECT ref AS rowid, fts AS {table}_search, "
                     f"exact, folded, article_id FROM main.fts WHERE kind = '{kind}'")


@hookimpl
def prepare_connection(conn, database, datasette):
    register_functions(conn)
    create_search_views(conn)


COLLAPSE_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (dl) {
  var details = document.createElement("details");
  details.className = "vnie-columns";
  var summary = document.createElement("summary");
  summary.textContent = "Columns: what each one means (" + dl.querySelectorAll("dt").length + ")";
  details.appendChild(summary);
  var after = document.querySelector(".table-wrapper") || document.querySelector("p.suggested-facets") || dl;
  after.parentNode.insertBefore(details, after.nextSibling);
  details.appendChild(dl);
});
"""


# column -> the words people read for its stored codes (the records and the store keep the codes).
LABELS = {"qualifier": readable.qualifier}


def labels_script(table: str | None) -> str:
    """A script that shows the Vietnamese words of coded values where Datasette writes the codes itself: the
    description of the filtered rows and the page title (`where qualifier = "more_than"` becomes
    `where qualifier = "hơn"`), and the word beside a filter row's value box (the box keeps the code it
    filters by)."""
    words = {column: readable.qualifiers() for column in LABELS}
    return """
(function (labels) {
  var h3 = document.querySelector("h3");
  Object.keys(labels).forEach(function (column) {
    var words = labels[column];
    var coded = new RegExp(column + ' (=|!=|in|not in) "([^"]*)"', "g");
    var worded = function (all, op, code) { return column + " " + op + ' "' + (words[code] || code) + '"'; };
    if (h3) h3.textContent = h3.textContent.replace(coded, worded);
    document.title = document.title.replace(coded, worded);
    document.querySelectorAll(".facet-info-name strong").forEach(function (name) {
      var text = name.firstChild;  // the facet's name, which Datasette follows with its type
      if (text && text.nodeType === 3) text.nodeValue = text.nodeValue.replace(" (labelled)", "");
    });
    document.querySelectorAll(".filter-row").forEach(function (row) {
      var select = row.querySelector("select[name^=_filter_column]");
      var input = row.querySelector("input[name^=_filter_value]");
      if (!select || !input || select.value !== column || !words[input.value]) return;
      var hint = document.createElement("span");
      hint.className = "vnie-label";
      hint.textContent = " " + words[input.value];
      input.parentNode.insertBefore(hint, input.nextSibling);
    });
  });
})(LABELS_JSON);
""".replace("LABELS_JSON", json.dumps(words))  # ASCII escapes: nothing in it can close the <script>


@hookimpl
def extra_body_script(template, database, table, columns, view_name, request, datasette):
    if view_name != "table":
        return None
    return COLLAPSE_DESCRIPTIONS + (labels_script(table) if set(columns or ()) & set(LABELS) else "")


class LabelledFacet(ColumnFacet):
    """Datasette's column facet, each value labelled with the words people read (`LABELS`); the value itself
    (the stored code) still filters. Configured as `{"labelled": "qualifier"}`."""

    type = "labelled"

    async def suggest(self):
        return []  # the column facet suggests columns already

    async def facet_results(self):
        results, timed_out = await super().facet_results()
        for facet in results:
            label = LABELS.get(facet["name"])
            for item in facet["results"] if label else ():
                if isinstance(item["value"], str):
                    item["label"] = label(item["value"])
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [LabelledFacet]


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    keys = row.keys()
    if column in ("value", "total") and "unit" in keys and _number(value) is not None:
        counted = row["counted"] if "counted" in keys else None
        return Markup('<span title="{}">{}</span>').format(value, readable.amount(_number(value), row["unit"], counted))
    if column == "qualifier" and isinstance(value, str) and value:
        return Markup('<span title="{}">{}</span>').format(value, readable.qualifier(value))
    if column == "article_id" and table != "articles" and value:
        article = str(value["value"] if isinstance(value, dict) else value)
        href = datasette.urls.row(database, "articles", tilde_encode(article))
        # On table pages the article's title (or first line); query results have their own title column.
        return _article_link(datasette, database, article) if table else _link(href, article)
    if column == "title" and table == "articles" and value is None and "text" in keys:
        return Markup("<em>{}</em>").format(readable.article_label(None, row["text"]))
    if not isinstance(value, str) or not value:
        return None  # other expanded foreign keys (dicts) on table pages are Datasette's own links
    if column == "person_id":
        return _link(datasette.urls.row(database, "people", tilde_encode(value)), value)
    if table is not None:
        return None
    if "«" in value and "»" in value:
        return Markup(str(escape(value)).replace("«", "<mark>").replace("»", "</mark>"))
    if column == "ref" and "kind" in keys and row["kind"] in KIND_TABLES:
        return _link(datasette.urls.row(database, KIND_TABLES[row["kind"]], tilde_encode(value)), value)
    return None


def _article_link(datasette, database: str, article_id: str):
    """A link to the article labelled with its title or first line (an awaitable, as Datasette allows)."""
    async def inner() -> Markup:
        rows = await datasette.get_database(database).execute(
            "SELECT title, substr(text, 1, 200) FROM articles WHERE id = ?", [article_id])
        label = readable.article_label(*rows.first()) if rows.first() else article_id
        href = datasette.urls.row(database, "articles", tilde_encode(article_id))
        return Markup('<a href="{}" title="{}">{}</a>').format(href, article_id, label)

    return inner


def _link(href: str, text: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


READ_METHODS = ("GET", "HEAD", "OPTIONS")


@hookimpl
def asgi_wrapper(datasette):
    """Refuse every HTTP method but GET, HEAD and OPTIONS with a plain 405."""

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope.get("type") == "http" and scope.get("method", "GET").upper() not in READ_METHODS:
                await send({"type": "http.response.start", "status": 405,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD, OPTIONS")]})
                await send({"type": "http.response.body", "body": b"vnie serves the store read-only: only GET and HEAD\n"})
                return
            await app(scope, receive, send)

        return read_only

    return wrap
