"""The country of a foreign leader's bare post (`Tổng thống Donald Trump`: `Tổng thống Mỹ`), from `lexicons/world_leaders.tsv`.

News write the best-known foreign leaders with their post alone; the title then reads like one of Viet Nam's own posts
(`Thủ tướng` for Theresa May), and a journalist asking who held `Thủ tướng` gets her. A bare post that is one of the posts
the lexicon lists for the person takes the person's country; a family name alone (`Trump`) does when the lexicon's people
of that family name are all of one country. Any other title is left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import alternation, table
from pipeline.facts.official_pairs import Found
from pipeline.language.analysis import Sentence
from pipeline.language.textnorm import fold


def _key(name: str) -> str:
    return " ".join(fold(name).lower().replace(" - ", "-").replace(".", " ").split())


@lru_cache(maxsize=1)
def _leaders() -> tuple[dict[str, tuple[str, frozenset[str]]], dict[str, list[tuple[str, frozenset[str]]]]]:
    """Full names (every spelling) → (country, posts), and family names → (country, posts) of each who bears them."""
    full: dict[str, tuple[str, frozenset[str]]] = {}
    family: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in table("world_leaders.tsv"):
        posts = frozenset(_key(p) for p in row[3].split("|"))
        for spelling in [row[0], *(s for s in row[1].split("|") if s)]:
            full[_key(spelling)] = (row[2], posts)
            family.setdefault(_key(spelling).split()[-1], []).append((row[2], posts))
    return full, family


def country_of(name: str, title: str) -> str | None:
    """The country of the bare post `title` held by the foreign leader `name`, or None (not in the lexicon, not one of
    their posts, or a family name several countries' leaders bear)."""
    full, family = _leaders()
    post = _key(title)
    found = full.get(_key(name))
    if found is not None:
        return found[0] if post in found[1] else None
    if " " in _key(name):
        return None
    countries = {country for country, posts in family.get(_key(name), []) if post in posts}
    return countries.pop() if len(countries) == 1 else None


@lru_cache(maxsize=1)
def _after_post() -> re.Pattern[str]:
    """A listed leader's full name (any spelling) after a post, perhaps with a country or `nước này` between (`Chủ tịch
    Tập Cận Bình`, `lãnh đạo Triều Tiên Kim Jong-un`, `Chủ tịch nước này Tập Cận Bình`)."""
    rows = table("world_leaders.tsv")
    spellings = {s for row in rows for s in [row[0], *row[1].split("|")] if s}
    posts = {p for row in rows for p in row[3].split("|")} | {"lãnh đạo"}
    countries = {row[2] for row in rows}
    return re.compile(rf"(?<!\w)(?P<post>(?i:{alternation(sorted(posts))}))(?:\s+(?P<country>{alternation(sorted(countries))}|(?i:nước này)))?"
                      rf"\s+(?P<name>{alternation(sorted(spellings))})(?![\w-])")


def named_after_post(sentence: Sentence, taken: set[str]) -> list[Found]:
    """Listed leaders named right after one of their posts whom the name model missed: a Sino-Vietnamese rendering reads as
    no Vietnamese name (`Chủ tịch Tập Cận Bình`), a lower-case `lãnh đạo` is no title of office elsewhere. The post must be
    one the lexicon lists for the person (`lãnh đạo` counts as `nhà lãnh đạo`), and a country written between must be theirs."""
    full, _ = _leaders()
    found = []
    for m in _after_post().finditer(sentence.text):
        country, posts = full[_key(m.group("name"))]
        post = _key(m.group("post"))
        if fold(m.group("name")).lower() in taken or (post not in posts and f"nha {post}" not in posts):
            continue
        if m.group("country") and m.group("country").lower() != "nước này" and m.group("country") != country:
            continue
        role = m.group("post")[:1].upper() + m.group("post")[1:]
        found.append(Found(name=m.group("name"), role=role, title=f"{m.group('post')} {country}", organization=country,
                           start=sentence.start + m.start("name"), end=sentence.start + m.end("name"), sentence=sentence))
    return found
