"""The country of a foreign leader's bare post (`Tổng thống Donald Trump`: `Tổng thống Mỹ`), from `lexicons/world_leaders.tsv`.

News write the best-known foreign leaders with their post alone; the title then reads like one of Viet Nam's own posts
(`Thủ tướng` for Theresa May), and a journalist asking who held `Thủ tướng` gets her. A bare post that is one of the posts
the lexicon lists for the person takes the person's country; a family name alone (`Trump`) does when the lexicon's people
of that family name are all of one country. Any other title is left as written.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.facts.lexicon import table
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
