"""Regenerate `pages/*.html` and `pages/expected.json` from `articles.py` and `templates.py`, on purpose.

    python -m tests.fixturesite.build_pages

It also checks the annotation against the text (every official and figure is in the body, no
boilerplate name is) and prints word counts and how alike the article bodies are, so that only the
syndicated copy is a near-duplicate.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from pathlib import Path

from .articles import ARTICLES, SYNDICATED_FROM, Article
from .templates import Context, boilerplate_names, render

PAGES = Path(__file__).resolve().parent / "pages"
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text: str) -> bytes:
    """Encode to windows-1258 as Windows does: precomposed where the code page has it, else base + tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out += (base + tones).encode("cp1258")  # raises if the code page really lacks it
    return bytes(out)


def context_for(article: Article) -> Context:
    """Related news and "most read" links point at other articles the same host really serves."""
    others = [a for a in ARTICLES if a.host == article.host and a.kind == "article" and a.key != article.key]
    start = sum(map(ord, article.key)) % len(others)
    ring = others[start:] + others[:start]
    related = tuple(ring[i % len(ring)].route for i in range(len(article.related)))
    most_read = tuple((a.route, a.title) for a in ring[len(article.related) : len(article.related) + 4])
    return Context(related_hrefs=related, most_read=most_read)


def page_bytes(article: Article) -> bytes:
    html = render(article, context_for(article))
    return encode_cp1258(html) if article.encoding == "cp1258" else html.encode(article.encoding)


def expected_entry(article: Article) -> dict:
    return {
        "host": article.host,
        "file": f"{article.key}.html",
        "kind": article.kind,
        "title": article.title,
        "published": article.date,
        "officials": [{"name": o.name, "role": o.role} for o in article.officials],
        "boilerplate_names": boilerplate_names(article),
        "figures": list(article.figures),
    }


def check(article: Article, html: str) -> list[str]:
    """Problems with an article's annotation; empty when it is consistent with the text."""
    body = article.body
    problems = [f"official {o.name!r} not in body" for o in article.officials if o.name not in body]
    problems += [f"role {o.role!r} not in body" for o in article.officials if o.role not in body]
    problems += [f"figure {f!r} not in body" for f in article.figures if f not in body]
    for name in boilerplate_names(article):
        if name in body:
            problems.append(f"boilerplate name {name!r} is in the body")
        if name not in html:
            problems.append(f"boilerplate name {name!r} is not on the page")
    for name in article.related_names:
        if not any(name in title for title in article.related):
            problems.append(f"related name {name!r} is in no related title")
    return problems


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def similarity_report() -> list[str]:
    lines = []
    bodies = {a.key: _shingles(a.body) for a in ARTICLES}
    worst = (0.0, "", "")
    for a, b in itertools.combinations(bodies, 2):
        score = len(bodies[a] & bodies[b]) / len(bodies[a] | bodies[b])
        if {a, b} == {"syndicated", SYNDICATED_FROM}:
            lines.append(f"syndicated copy vs {SYNDICATED_FROM}: Jaccard {score:.2f}")
        elif score > worst[0]:
            worst = (score, a, b)
    lines.append(f"most alike other pair: {worst[1]} / {worst[2]}: Jaccard {worst[0]:.2f}")
    return lines


def build() -> None:
    routes = [(a.host, a.route) for a in ARTICLES]
    assert len(set(routes)) == len(routes), "two articles on one route"
    assert len({a.route for a in ARTICLES}) == len(ARTICLES), "expected.json is keyed by route: keep routes unique"
    problems = []
    expected = {}
    for article in ARTICLES:
        data = page_bytes(article)
        (PAGES / f"{article.key}.html").write_bytes(data)
        html = data.decode("cp1258" if article.encoding == "cp1258" else "utf-8")
        problems += [f"{article.key}: {p}" for p in check(article, unicodedata.normalize("NFC", html))]
        expected[article.route] = expected_entry(article)
        words = len(article.body.split())
        print(f"{article.key:40} host {article.host} {article.layout} {words:4} words {len(data):6} bytes")
    (PAGES / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("\n".join(similarity_report()))
    if problems:
        raise SystemExit("\n".join(problems))


if __name__ == "__main__":
    build()
