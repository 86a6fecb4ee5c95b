"""The corpus report: one self-contained HTML page of charts drawn from the fact store, readable offline.

`corpus_data(db, options)` reads the numbers (plain Python data, tested on their own); `render(data)`
draws them with plotly into one page with plotly.js inlined once (no CDN, no network); `write_report(db_path,
out, options)` does both. Charts:

- articles per month by site, and by topic when the store has topics (`article_topics` table or an
  `articles.topics` JSON column, written by the topic-relevance stage);
- MW, VND (in tỷ đồng) and hectare figures by the year they refer to and by the figure's own province,
  counted as `vnie totals` counts them: rates (`per`), repeated mentions (`repeat_of`), the high end of a
  range and copies of a story are left out, so nothing is counted twice;
- the most cited officials (people merged across articles; a story's copies count once);
- an events calendar (each event at its date, by type);
- how many articles gave each kind of fact.

Copies of a story (`is_copy`) are always left out. When the store has an `articles.relevant` column,
`relevant_only` keeps the articles marked relevant; without the column it is an error to ask for it.
"""

from __future__ import annotations

import datetime as dt
import html
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__
from pipeline.db.answers import GROUPS
from pipeline.db.dataset import article_topics, has_column
from pipeline.db.export import to_date
from pipeline.db.schema import connect
from pipeline.errors import VnieError

# (unit code in the store, label, divisor to the unit shown)
UNITS = (("MW", "MW", 1.0), ("VND", "tỷ đồng", 1e9), ("ha", "ha", 1.0))
FACT_KINDS = ("officials", "figures", "events", "dates")
NO_SITE = "(local files)"


@dataclass(frozen=True)
class ReportOptions:
    """What the report shows: only relevant articles (needs `articles.relevant`), how many officials and
    provinces, and the page title."""

    relevant_only: bool = False
    top_officials: int = 20
    top_provinces: int = 15
    title: str = "vnie corpus report"


@dataclass
class ReportData:
    """Everything the page shows, as plain data."""

    articles: int = 0
    copies: int = 0
    undated: int = 0
    first: str | None = None
    last: str | None = None
    relevant_filter: str = "none (the store has no relevance column)"
    per_month_site: dict[str, dict[str, int]] = field(default_factory=dict)  # site -> month -> articles
    per_month_topic: dict[str, dict[str, int]] = field(default_factory=dict)  # topic -> month -> articles
    figures_by_year: dict[str, dict[int, float]] = field(default_factory=dict)  # unit label -> year -> sum
    figures_by_province: dict[str, dict[str, float]] = field(default_factory=dict)  # unit label -> province -> sum
    figures_unplaced: dict[str, int] = field(default_factory=dict)  # unit label -> figures with no province
    officials: list[tuple[str, str, int]] = field(default_factory=list)  # (name, title, articles)
    events: list[dict] = field(default_factory=list)  # {date, type, name, location}
    fact_articles: dict[str, int] = field(default_factory=dict)  # kind -> articles with at least one


def article_filter(db: sqlite3.Connection, relevant_only: bool, alias: str = "a") -> str:
    """The SQL condition on `articles` every chart shares: no copies, and relevant ones when asked."""
    where = f"{alias}.is_copy = 0"
    if relevant_only:
        if not has_column(db, "articles", "relevant"):
            raise VnieError("this store has no `relevant` column (no topic relevance yet): drop --relevant-only")
        where += f" AND {alias}.relevant = 1"
    return where


def _figures(db: sqlite3.Connection, where: str, unit: str, key: str) -> list[sqlite3.Row]:
    """Sums of one unit's figures grouped by `key`, with the rules of `vnie totals` (answers.totals)."""
    return db.execute(
        f"SELECT {key} AS k, COUNT(*) AS n, SUM(f.value) AS total FROM figures f JOIN articles a ON a.id = f.article_id "
        f"WHERE {where} AND f.unit = ? AND f.per IS NULL AND f.repeat_of IS NULL "
        "AND (f.range IS NULL OR f.range != 'high') GROUP BY k", (unit,)).fetchall()


def corpus_data(db: sqlite3.Connection, options: ReportOptions = ReportOptions()) -> ReportData:
    """Read every number the report shows from an open fact store."""
    where = article_filter(db, options.relevant_only)
    data = ReportData()
    if has_column(db, "articles", "relevant"):
        data.relevant_filter = "relevant articles only" if options.relevant_only else "all articles (relevant or not)"
    data.copies = db.execute("SELECT COUNT(*) FROM articles WHERE is_copy = 1").fetchone()[0]
    rows = db.execute(f"SELECT a.id, a.dated, a.site FROM articles a WHERE {where}").fetchall()
    data.articles = len(rows)
    topics = article_topics(db)
    site_months: dict[str, Counter] = defaultdict(Counter)
    topic_months: dict[str, Counter] = defaultdict(Counter)
    months = []
    for row in rows:
        if not row["dated"]:
            data.undated += 1
            continue
        month = row["dated"][:7]
        months.append(row["dated"][:10])
        site_months[row["site"] or NO_SITE][month] += 1
        for topic in (topics or {}).get(row["id"], []):
            topic_months[topic][month] += 1
    if months:
        data.first, data.last = min(months), max(months)
    data.per_month_site = {site: dict(sorted(c.items())) for site, c in sorted(site_months.items(), key=lambda kv: -sum(kv[1].values()))}
    data.per_month_topic = {t: dict(sorted(c.items())) for t, c in sorted(topic_months.items(), key=lambda kv: -sum(kv[1].values()))}

    for unit, label, divisor in UNITS:
        by_year = {r["k"]: r["total"] / divisor for r in _figures(db, where, unit, GROUPS["year"]) if r["k"] is not None}
        if by_year:
            data.figures_by_year[label] = dict(sorted(by_year.items()))
        by_province = _figures(db, where, unit, "f.province")
        placed = sorted(((r["k"], r["total"] / divisor) for r in by_province if r["k"]), key=lambda kv: -kv[1])
        if placed:
            data.figures_by_province[label] = dict(placed[:options.top_provinces])
        data.figures_unplaced[label] = sum(r["n"] for r in by_province if not r["k"])

    cited = db.execute(
        f"SELECT COALESCE(o.person_id, o.name) AS who, COUNT(DISTINCT a.story_id) AS n FROM officials o "
        f"JOIN articles a ON a.id = o.article_id WHERE {where} GROUP BY who ORDER BY n DESC, who LIMIT ?",
        (options.top_officials,)).fetchall()
    for row in cited:
        best = db.execute(
            f"SELECT o.name, o.title FROM officials o JOIN articles a ON a.id = o.article_id WHERE {where} "
            "AND COALESCE(o.person_id, o.name) = ? ORDER BY a.dated IS NULL, a.dated DESC, length(o.title) DESC LIMIT 1",
            (row["who"],)).fetchone()
        data.officials.append((best["name"], best["title"], row["n"]))

    for row in db.execute(f"SELECT e.name, e.type, e.date, e.month, e.location FROM events e JOIN articles a "
                          f"ON a.id = e.article_id WHERE {where} ORDER BY e.date"):
        day = to_date(row["date"]) or to_date(row["month"])
        if day:
            data.events.append({"date": day.isoformat(), "type": row["type"], "name": row["name"],
                                "location": row["location"]})

    for kind in FACT_KINDS:
        data.fact_articles[kind] = db.execute(
            f"SELECT COUNT(DISTINCT t.article_id) FROM {kind} t JOIN articles a ON a.id = t.article_id WHERE {where}"
        ).fetchone()[0]
    return data


# -- drawing --------------------------------------------------------------------------------------------

def _layout(fig, title: str, **extra) -> None:
    extra.setdefault("margin", {"l": 60, "r": 20, "t": 60, "b": 60})
    extra.setdefault("height", 420)
    fig.update_layout(title=title, template="plotly_white", font={"family": "Noto Sans, DejaVu Sans, sans-serif"}, **extra)


def _month_bars(series: dict[str, dict[str, int]], title: str):
    import plotly.graph_objects as go

    fig = go.Figure()
    for name, months in series.items():
        fig.add_trace(go.Bar(name=name, x=list(months), y=list(months.values())))
    _layout(fig, title, barmode="stack", xaxis={"type": "category", "categoryorder": "category ascending", "title": "month"}, yaxis={"title": "articles"})
    return fig


def charts(data: ReportData) -> list[tuple[str, str, object | None, str]]:
    """(id, heading, plotly figure or None when there is nothing to draw, note) for each chart, in page order."""
    import plotly.graph_objects as go

    out: list[tuple[str, str, object | None, str]] = []
    out.append(("per-month-site", "Articles per month by site",
                _month_bars(data.per_month_site, "Articles per month, by site") if data.per_month_site else None,
                f"{data.undated} articles without a date are not shown." if data.undated else ""))
    if data.per_month_topic:
        out.append(("per-month-topic", "Articles per month by topic",
                    _month_bars(data.per_month_topic, "Articles per month, by topic"),
                    "An article with several topics counts under each."))
    for label in (u[1] for u in UNITS):
        years = data.figures_by_year.get(label)
        fig = None
        if years:
            fig = go.Figure(go.Bar(x=[str(y) for y in years], y=list(years.values()), name=label))
            _layout(fig, f"{label} by the year the figure refers to", xaxis={"type": "category", "title": "year"},
                    yaxis={"title": label}, height=360)
        out.append((f"figures-year-{label.replace(' ', '-')}", f"{label} over time", fig,
                    "Rates, repeated mentions, the high end of ranges and copies of a story are left out."))
        provinces = data.figures_by_province.get(label)
        fig = None
        if provinces:
            names = list(provinces)[::-1]
            fig = go.Figure(go.Bar(x=[provinces[n] for n in names], y=names, orientation="h", name=label))
            _layout(fig, f"{label} by province", xaxis={"title": label}, height=120 + 28 * len(names))
        unplaced = data.figures_unplaced.get(label, 0)
        out.append((f"figures-province-{label.replace(' ', '-')}", f"{label} by province", fig,
                    f"{unplaced} {label} figures name no province in their sentence and are not shown." if unplaced else ""))
    fig = None
    if data.officials:
        labels = [f"{name} · {title}"[:90] for name, title, _ in data.officials][::-1]
        fig = go.Figure(go.Bar(x=[n for _, _, n in data.officials][::-1], y=labels, orientation="h"))
        _layout(fig, "Most cited officials (articles)", xaxis={"title": "articles", "dtick": 1},
                height=120 + 26 * len(labels), margin={"l": 420, "r": 20, "t": 60, "b": 60})
    out.append(("officials", "Most cited officials", fig, "Each person's latest title; a story's copies count once."))
    fig = None
    if data.events:
        by_type: dict[str, list[dict]] = defaultdict(list)
        for event in data.events:
            by_type[event["type"]].append(event)
        fig = go.Figure()
        for kind, events in sorted(by_type.items()):
            fig.add_trace(go.Scatter(
                x=[e["date"] for e in events], y=[kind] * len(events), mode="markers", name=kind,
                marker={"size": 11, "opacity": 0.75},
                text=[e["name"] + (f" — {e['location']}" if e["location"] else "") for e in events],
                hovertemplate="%{x}<br>%{text}<extra></extra>"))
        _layout(fig, "Events calendar", xaxis={"type": "date", "title": "date"}, height=140 + 40 * len(by_type))
    out.append(("events", "Events calendar", fig, "Each event at its own date (the first day of its month or year "
                                                  "when that is all the text gives); hover for its name."))
    fig = None
    if data.articles:
        kinds = list(data.fact_articles)
        fig = go.Figure(go.Bar(x=kinds, y=[data.fact_articles[k] for k in kinds],
                               text=[f"{data.fact_articles[k]} / {data.articles}" for k in kinds], textposition="auto"))
        _layout(fig, "Articles that gave each kind of fact", yaxis={"title": "articles", "range": [0, data.articles]},
                height=360)
    out.append(("fact-kinds", "Articles by kind of fact", fig, ""))
    return out


_CSS = """body{font-family:'Noto Sans','DejaVu Sans',sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table.summary td{padding:2px 14px 2px 0}.note{color:#666;font-size:.9em}.empty{color:#999;font-style:italic}"""


def render(data: ReportData, options: ReportOptions = ReportOptions()) -> str:
    """The whole page: a summary, then each chart (or a line saying there was nothing to draw)."""
    from plotly.offline import get_plotlyjs

    esc = html.escape
    span = f"{data.first} – {data.last}" if data.first else "no dated articles"
    sites = len(data.per_month_site)
    summary = [("Articles", f"{data.articles} ({data.copies} copies of an earlier story left out)"),
               ("Dates", f"{span}; {data.undated} undated"), ("Sites", str(sites)),
               ("Relevance", data.relevant_filter),
               ("Built", f"vnie {__version__}, {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M')} UTC")]
    parts = [f"<h1>{esc(options.title)}</h1>", "<table class=summary>"]
    parts += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in summary]
    parts.append("</table>")
    config = {"displaylogo": False, "responsive": True}
    for chart_id, heading, fig, note in charts(data):
        parts.append(f"<section id='{esc(chart_id)}'><h2>{esc(heading)}</h2>")
        if fig is None:
            parts.append("<p class=empty>Nothing to draw.</p>")
        else:
            parts.append(fig.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{chart_id}",  # type: ignore[attr-defined]
                                     config=config))
        if note:
            parts.append(f"<p class=note>{esc(note)}</p>")
        parts.append("</section>")
    return ("<!DOCTYPE html>\n<html lang='vi'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{esc(options.title)}</title>"
            f"<style>{_CSS}</style><script>{get_plotlyjs()}</script></head><body>\n"
            + "\n".join(parts) + "\n</body></html>\n")


def write_report(db_path: str | Path, out: str | Path, options: ReportOptions = ReportOptions()) -> ReportData:
    """Read the store at `db_path`, write the page to `out`; return the data drawn."""
    db = connect(db_path, create=False)
    try:
        data = corpus_data(db, options)
    finally:
        db.close()
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(render(data, options), encoding="utf-8")
    tmp.replace(target)
    return data
