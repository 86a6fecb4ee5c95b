"""Browse and search the fact store in a web browser with Datasette.

`metadata(db_path)` describes the store for Datasette: every table and column (from `schema.TABLES`),
in the order people look at them (`ORDER`: articles, officials, people, figures, events first), facets,
default sort orders, per-table search and canned queries, each with a title, the first of which, `search`,
finds facts and articles by words typed with or without diacritics. `write_config(db_path, folder)` writes
that metadata, a plugins folder (`datasette_plugin.py`, which adds the SQL functions and the views the
searches use, writes values the Vietnamese way and folds the column descriptions under a "Columns" line)
and a templates folder (`TEMPLATES`: the home page lists every table in that order with its description;
a canned query's page has its title as the browser title, not its SQL); `command(...)` is the Datasette
command line; `serve(...)` runs it until it is stopped.

Datasette is an optional dependency: `pip install 'datasette>=0.64,<1'`.
"""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from pipeline.db.schema import FACT_TABLES, FTS_KINDS, TABLE_FTS, TABLES, columns, connect, fts_rowids
from pipeline.errors import VnieError

REQUIREMENT = "datasette>=0.64,<1"
SETTINGS = {
    "sql_time_limit_ms": "5000",
    "facet_time_limit_ms": "1000",
    "default_page_size": "50",
    "truncate_cells_html": "300",
    "suggest_facets": "off",  # the facets of the metadata only: rows come sooner
}
PLUGIN_SHIM = (
    "# Written by pipeline.db.serve: loads vnie's Datasette plugin.\n"
    "from pipeline.db.datasette_plugin import (  # noqa: F401\n"
    "    asgi_wrapper, extra_body_script, prepare_connection, register_facet_classes, render_cell)\n"
)
# The tables in the order people look at them: on the home page and in the metadata.
ORDER = ("articles", "officials", "people", "figures", "events", "dates", "positions", "sources", "article_provinces",
         "article_topics")
# Templates that extend Datasette's own (`default:`): the home page, and the browser title of a canned query.
TEMPLATES = {
    "index.html": """{% extends "default:index.html" %}
{% block content %}
<h1>{{ metadata.title or "Datasette" }}</h1>
{% include "_description_source_license.html" %}
{% for database in databases %}
{% set tables = (metadata.databases or {}).get(database.name, {}).get("tables", {}) %}
<h2 style="padding-left: 10px; border-left: 10px solid #{{ database.color }}"><a href="{{ urls.database(database.name) }}">{{ database.name }}</a></h2>
<ul class="vnie-tables">
{% for name, table in tables.items() if not table.hidden and table.description and name != "meta" %}
  <li><a href="{{ urls.table(database.name, name) }}"><strong>{{ name }}</strong></a>: {{ table.description }}</li>
{% endfor %}
</ul>
<p><a href="{{ urls.database(database.name) }}">All tables and queries of {{ database.name }}</a></p>
{% endfor %}
{% endblock %}
""",
    "query.html": """{% extends "default:query.html" %}
{% block title %}{% if canned_query %}{{ metadata.title or canned_query }} · {{ database }}{% else %}{{ super() }}{% endif %}{% endblock %}
""",
}

TABLE_OPTIONS: dict[str, dict] = {
    "articles": {"facets": ["site", "year", "relevant", {"array": "topics"}], "sort_desc": "published", "label_column": "title",
                 "fts_table": "articles_search", "fts_pk": "id"},
    "sources": {"sort": "article_id"},
    "officials": {"facets": ["province_2025", "province", "role"], "sort_desc": "published",
                  "fts_table": "officials_search", "fts_pk": "id"},
    "figures": {"facets": ["unit", "figure_year", "province_2025", "per", {"labelled": "qualifier"}], "sort_desc": "value",
                "fts_table": "figures_search", "fts_pk": "id"},
    "events": {"facets": ["type", "month", "province_2025"], "sort_desc": "month", "fts_table": "events_search", "fts_pk": "id"},
    "dates": {"facets": ["precision", "year"], "sort_desc": "value"},
    "people": {"sort_desc": "n_articles", "label_column": "name"},
    "positions": {"facets": ["province_2025", "role"], "sort_desc": "n_articles"},
    "article_provinces": {"facets": ["province_2025"], "sort": "province_2025"},
    "article_topics": {"facets": ["topic"], "sort_desc": "score"},
}
TABLE_DESCRIPTIONS = {
    "articles": "One row per article read. Search box: words with or without diacritics.",
    "sources": "Where each article came from: URL or file and line.",
    "officials": ("Officials named with their position (name, role, organisation, the province of the post itself), "
                  "with the sentence. The province facet counts posts in a province, as `vnie search --province` does."),
    "figures": ("Numbers with a unit (money in VND/USD, MW, ha, percent, counts), with the sentence, the year or period "
                "they refer to, their own province, `per` for rates; `in_totals` = 0 for rates and repeated mentions."),
    "events": "Conferences, fairs, ceremonies and other events, with their date, place and organisers.",
    "dates": "Dates written in the articles, resolved to ISO 8601.",
    "people": "Officials merged across articles into one person each.",
    "positions": "The positions of each person, with the articles that give them.",
    "article_provinces": "The provinces each article names, before and after the 2025 merger.",
    "article_topics": ("The industry-and-trade topics of each article with the topic model's score and deciding words; "
                       "articles.relevant says whether the article belongs to the corpus."),
}
HIDDEN = ["fts", "fts_data", "fts_idx", "fts_content", "fts_docsize", "fts_config", "fts_docs"] + [
    f"{t}_fts{s}" for t in TABLE_FTS for s in ("", "_data", "_idx", "_docsize", "_config")]

# The search page reads, for each kind, its newest 500 matches only (index rows are numbered by kind,
# `schema.fts_rowids`; a store not yet renumbered is read by `kind`), and looks for the exact and phrase
# matches among them, so that a common word costs no more in a large store than in a small one.
_NEWEST = 500
_BY_KIND = "exists (select 1 from meta where key = 'fts_rowids' and value = 'by-kind')"


def _newest(kind: str) -> str:
    low, high = fts_rowids(kind)
    return (f"select * from (select rowid, kind, ref, article_id, rank from fts where fts match vnie_match(:q) "
            f"and rowid between (select case when {_BY_KIND} then {low} else 0 end) "
            f"and (select case when {_BY_KIND} then {high} else {1 << 62} end) and kind = '{kind}' "
            f"order by rowid desc limit {_NEWEST})")


_AMONG_HITS = ("rowid between (select min(rowid) from hits) and (select max(rowid) from hits) "
               "and +rowid in (select rowid from hits)")
_SEARCH_SQL = ("with hits as (\n  " + "\n  union all ".join(_newest(kind) for kind in FTS_KINDS) + "\n), exact as (\n"
               f"  select ref from fts where fts match vnie_match_exact(:q) and {_AMONG_HITS}\n), phrase as (\n"
               f"  select ref from fts where fts match vnie_match_phrase(:q) and {_AMONG_HITS}\n)\n" + """\
select
  hits.kind,
  case hits.kind
    when 'official' then o.name || ' · ' || o.title
    when 'figure' then g.text || coalesce(' · ' || g.subject, '')
    when 'event' then e.name || ' (' || e.type || coalesce(', ' || e.date, '') || ')'
    else coalesce(a.title, substr(a.text, 1, 90))
  end as summary,
  case hits.kind
    when 'official' then vnie_marked(o.sentence, :q)
    when 'figure' then vnie_marked(g.sentence, :q)
    when 'event' then vnie_marked(e.sentence, :q)
    else vnie_excerpt(a.text, :q)
  end as sentence,
  a.title, a.published, a.site, a.url, hits.article_id, hits.ref
from hits
join articles a on a.id = hits.article_id
left join officials o on hits.kind = 'official' and o.id = hits.ref
left join figures g on hits.kind = 'figure' and g.id = hits.ref
left join events e on hits.kind = 'event' and e.id = hits.ref
where a.is_copy = 0
order by hits.ref in (select ref from phrase) desc, hits.ref in (select ref from exact) desc, hits.rank
limit 100""")

_FIGURE_YEAR = ("coalesce(f.figure_year, cast(substr(f.period, 1, 4) as integer), "
                "cast(substr(a.dated, 1, 4) as integer))")

QUERIES: dict[str, dict] = {
    "search": {
        "title": "Search facts and articles",
        "description": ("Words with or without diacritics (nguyen van hoa finds Nguyễn Văn Hòa); all words must "
                        "occur. FTS5 syntax works too: \"a phrase\", OR, NOT, prefix*. Hits with the words next to "
                        "each other come first, then those that also match the diacritics as typed. Copies of a story "
                        "are left out."),
        "sql": _SEARCH_SQL,
        "hide_sql": True,
    },
    "largest_amounts": {
        "title": "Largest amounts of money (investments and more)",
        "description": ("Figures in VND or USD, largest first within each currency, rates (đồng/ngày) and repeated "
                        "mentions left out. They include investments, "
                        "capital, turnover and exports: type words (dau tu, von) to keep the figures whose "
                        "sentence contains them, with or without diacritics."),
        "sql": """\
select f.unit, f.value, f.text, f.subject, f.qualifier, f.sentence, a.title, a.published, a.site, a.url, f.article_id
from figures f join articles a on a.id = f.article_id
where f.unit in ('VND', 'USD') and a.is_copy = 0 and f.in_totals = 1
  and (:words = '' or vnie_fold(f.sentence) like '%' || vnie_fold(:words) || '%')
order by f.unit, f.value desc
limit 200""",
    },
    "figures_by_province_year": {
        "title": "Figures by province and year",
        "description": ("Number and sum of the figures placed in each province by their own sentence (2025 names), "
                        "by the year they refer to (else their article's) and unit. Rates (per ngày, per kg) and "
                        "repeated mentions are left out. Unit: blank for all, or VND, USD, MW, ha, percent, count, ..."),
        "sql": """\
select f.province_2025, """ + _FIGURE_YEAR + """ as year, f.unit, count(*) as figures, sum(f.value) as total
from figures f
join articles a on a.id = f.article_id
where a.is_copy = 0 and f.in_totals = 1 and (:unit = '' or f.unit = :unit)
group by f.province_2025, 2, f.unit
order by f.province_2025 is null, f.province_2025, 2 desc, f.unit""",
    },
    "totals": {
        "title": "Totals of a unit by province and year (vnie totals)",
        "description": ("The same sums as `vnie totals --unit U --by province,year`: figures in the unit (MW, VND, "
                        "USD, ha, ...) by their own province as written and the year they refer to, rates and "
                        "repeated mentions and copies of a story left out."),
        "sql": """\
select f.province, """ + _FIGURE_YEAR + """ as year, count(*) as figures, sum(f.value) as total, f.unit
from figures f
join articles a on a.id = f.article_id
where a.is_copy = 0 and f.in_totals = 1 and f.unit = :unit
group by f.province, 2
order by f.province is null, f.province, 2 is null, 2""",
        "hide_sql": True,
    },
    "who": {
        "title": "Who held posts in an organisation (vnie who)",
        "description": ("One row per person and post of the organisation typed (with or without diacritics; tỉnh "
                        "and TP optional: so cong thuong kien giang), newest first. Role: blank for all, or one "
                        "office (Giám đốc). Year: blank, or the posts seen in that year. A past post (nguyên Giám đốc ...) "
                        "names its holder but dates nothing."),
        "sql": """\
select o.name, o.role, coalesce(max(case when vnie_former(o.title) then null else o.title end), max(o.title)) as title,
  o.organization, min(case when vnie_former(o.title) then null else a.dated end) as first_seen,
  max(case when vnie_former(o.title) then null else a.dated end) as last_seen,
  count(distinct o.article_id) as articles, o.person_id
from officials o join articles a on a.id = o.article_id
where vnie_org(:organization) != ''
  and (' ' || vnie_org(o.organization) || ' ') like '% ' || vnie_org(:organization) || ' %'
  and (:role = '' or vnie_fold(o.role) = vnie_fold(:role))
group by coalesce(o.person_id, vnie_fold(o.name)), vnie_fold(o.role), vnie_org(o.organization)
having :year = '' or sum(substr(a.dated, 1, 4) = :year and not vnie_former(o.title)) > 0
order by last_seen desc, first_seen desc, o.name desc""",
        "hide_sql": True,
    },
    "officials_of_organization": {
        "title": "Officials of an organisation",
        "description": ("Officials whose organisation contains the words typed, with or without diacritics and "
                        "in any case (ubnd tinh hau giang, Sở Công Thương)."),
        "sql": """\
select o.name, o.title, o.role, o.organization, o.province_2025, o.published, o.sentence,
  a.title as article, a.url, o.article_id, o.person_id
from officials o join articles a on a.id = o.article_id
where vnie_fold(o.organization) like '%' || vnie_fold(:organization) || '%'
order by o.organization, o.published desc""",
    },
    "events_by_month": {
        "title": "Events by month",
        "description": "Events per month (of the event, or of publication when it has no date) and type.",
        "sql": """\
select e.month, e.type, count(*) as events, group_concat(e.name, ' | ') as names
from events e join articles a on a.id = e.article_id
where a.is_copy = 0
group by e.month, e.type
order by e.month desc, events desc""",
    },
}


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives the database: its file name without the suffix (`vnie`)."""
    return Path(db_path).stem


def metadata(db_path: str | Path) -> dict:
    """Datasette metadata for the store at `db_path` (a dict, written as JSON by `write_config`)."""
    name = database_name(db_path)
    tables: dict[str, dict] = {}
    for table in ORDER:
        description = TABLE_DESCRIPTIONS[table]
        if table in FACT_TABLES:
            description += " article_id links to the article, whose url is the source."
        tables[table] = {"description": description,
                         "columns": {column: text for column, _, text in columns(table)},
                         **TABLE_OPTIONS[table]}
    tables["meta"] = {"description": "The store's schema version.", "columns": {"key": "Name.", "value": "Value."}}
    for table in HIDDEN:
        tables[table] = {"hidden": True}
    return {
        "title": "vnie: facts from Vietnamese news",
        "description_html": (
            "Officials, figures, events and dates extracted from Vietnamese news articles by vnie, each with the "
            f'sentence it was read from and a link to its article. <a href="/{name}/search">Search</a> '
            "facts and articles with or without diacritics."
        ),
        "source": "Articles read by vnie; each fact's article_id leads to the article and its URL",
        "license": "Article texts belong to their publishers",
        "databases": {name: {
            "description": "The vnie fact store (SQLite); see the table and column descriptions.",
            "tables": tables,
            "queries": QUERIES,
        }},
    }


def write_config(db_path: str | Path, folder: str | Path) -> tuple[Path, Path]:
    """Write `metadata.json`, `plugins/vnie_plugin.py` and `templates/` into `folder`; return the paths of the
    first two (file, folder)."""
    folder = Path(folder)
    plugins = folder / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    templates = folder / "templates"
    templates.mkdir(exist_ok=True)
    for name, text in TEMPLATES.items():
        (templates / name).write_text(text, encoding="utf-8")
    metadata_path = folder / "metadata.json"
    metadata_path.write_text(json.dumps(metadata(db_path), ensure_ascii=False, indent=2), encoding="utf-8")
    (plugins / "vnie_plugin.py").write_text(PLUGIN_SHIM, encoding="utf-8")
    return metadata_path, plugins


def command(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001,
            metadata_path: str | Path | None = None, plugins_dir: str | Path | None = None,
            open_browser: bool = False) -> list[str]:
    """The Datasette command line serving `db_path` read-only on `host:port`, with the metadata and plugins
    that `write_config` wrote (`plugins_dir` defaults to the `plugins` folder beside `metadata_path`, and the
    `templates` folder beside it is used when there is one)."""
    if importlib.util.find_spec("datasette") is None:
        raise VnieError(f"Datasette is not installed: pip install '{REQUIREMENT}'")
    argv = [sys.executable, "-m", "datasette", "serve", str(db_path), "--host", host, "--port", str(port)]
    if metadata_path is not None:
        argv += ["--metadata", str(metadata_path)]
        plugins_dir = plugins_dir or Path(metadata_path).parent / "plugins"
    if plugins_dir is not None:
        argv += ["--plugins-dir", str(plugins_dir)]
        if (Path(plugins_dir).parent / "templates").is_dir():
            argv += ["--template-dir", str(Path(plugins_dir).parent / "templates")]
    for key, value in SETTINGS.items():
        argv += ["--setting", key, value]
    if open_browser:
        argv.append("--open")
    return argv


def _die_with_parent() -> None:
    """In the Datasette child, before exec: ask Linux to send it SIGTERM when vnie dies, even by `kill -9`."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class _Stop(Exception):
    """SIGTERM or SIGHUP reached `vnie serve`."""


def _on_signal(signum: int, frame: object) -> None:
    raise _Stop(signum)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, open_browser: bool = False,
          folder: str | Path | None = None) -> int:
    """Serve the store until Datasette stops (Ctrl-C, SIGTERM or SIGHUP); return its exit status. The metadata
    and plugin go into `folder`, by default a temporary folder removed afterwards. On Ctrl-C, SIGTERM or SIGHUP
    Datasette is stopped and the folder removed before vnie exits; if vnie is killed outright, Linux stops
    Datasette (parent-death signal). Raises `VnieError` for a missing store."""
    connect(db_path, create=False).close()
    main = threading.current_thread() is threading.main_thread()
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGHUP)} if main else {}
    try:
        with tempfile.TemporaryDirectory(prefix="vnie-serve-") as temporary:
            metadata_path, plugins_dir = write_config(db_path, folder or temporary)
            process = subprocess.Popen(command(db_path, host, port, metadata_path, plugins_dir, open_browser),
                                       preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
            try:
                return process.wait()
            except (KeyboardInterrupt, _Stop) as stop:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                return 130 if isinstance(stop, KeyboardInterrupt) else 128 + int(stop.args[0])
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


assert set(ORDER) == set(TABLES)
