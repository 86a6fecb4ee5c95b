"""Lexicons: the data files in `pipeline/facts/lexicons/`, loaded once and compiled into regular expressions.

Each file starts with `#` lines saying what it holds and where it comes from; the rest is one entry a
line (tab-separated columns for `.tsv`). Matching is case-insensitive and tolerant of tone placement
because texts are normalised first (`textnorm.normalize`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from pipeline.language.textnorm import fold, normalize


def _rows(name: str) -> list[list[str]]:
    text = resources.files("pipeline.facts.lexicons").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([normalize(cell.strip()) for cell in line.split("\t")])
    return rows


def alternation(words: list[str]) -> str:
    """A regex alternation of the words, longest first, spaces matching any run of spaces."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)


@dataclass(frozen=True)
class Province:
    name: str
    province_2025: str


@dataclass(frozen=True)
class Lexicon:
    roles: tuple[str, ...]
    org_heads: tuple[str, ...]
    surnames: frozenset[str]
    honorifics: tuple[str, ...]
    provinces: dict[str, Province]  # folded variant -> province
    event_types: tuple[tuple[str, str, str | None], ...]
    units: tuple[tuple[str, str, float], ...]
    count_nouns: tuple[str, ...]
    qualifiers: tuple[tuple[str, str], ...]

    def province(self, text: str) -> Province | None:
        """The province a name or variant refers to (`Hậu giang`, `TP.HCM`), or None."""
        return self.provinces.get(" ".join(fold(text).split()))

    @property
    def province_pattern(self) -> str:
        variants = []
        for row in _rows("provinces.tsv"):
            variants.append(row[0])
            if len(row) > 1 and row[1]:
                variants.extend(v for v in row[1].split("|") if v)
        return alternation(variants)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """All lexicons, read once per process."""
    provinces: dict[str, Province] = {}
    for row in _rows("provinces.tsv"):
        province = Province(row[0], row[2] if len(row) > 2 and row[2] else row[0])
        variants = [row[0]] + ([v for v in row[1].split("|") if v] if len(row) > 1 else [])
        for variant in variants:
            provinces[" ".join(fold(variant).split())] = province
    return Lexicon(
        roles=tuple(r[0] for r in _rows("roles.txt")),
        org_heads=tuple(r[0] for r in _rows("org_heads.txt")),
        surnames=frozenset(unicodedata.normalize("NFC", r[0]) for r in _rows("surnames.txt")),
        honorifics=tuple(r[0] for r in _rows("honorifics.txt") + _rows("address_forms.txt")),
        provinces=provinces,
        event_types=tuple((r[0], r[1], r[2] if len(r) > 2 and r[2] else None) for r in _rows("event_types.tsv")),
        units=tuple((r[0], r[1], float(r[2])) for r in _rows("units.tsv")),
        count_nouns=tuple(r[0] for r in _rows("count_nouns.txt")),
        qualifiers=tuple((r[0], r[1]) for r in _rows("qualifiers.tsv")),
    )


def rows(name: str) -> list[list[str]]:
    """The entries of one lexicon file: comment lines left out, cells normalised, split on tabs."""
    return _rows(name)


@cache
def entries(name: str) -> tuple[str, ...]:
    """The first column of a lexicon file (`countries.txt`), normalised, in file order."""
    return tuple(row[0] for row in _rows(name))


@cache
def word_classes(name: str) -> dict[str, tuple[str, ...]]:
    """A `class<TAB>word` lexicon (such as `event_words.tsv`) as {class: words in file order}."""
    classes: dict[str, list[str]] = {}
    for row in _rows(name):
        classes.setdefault(row[0], []).append(row[1])
    return {key: tuple(words) for key, words in classes.items()}


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated lexicon, each cell normalised, empty cells kept as ''."""
    return tuple(tuple(row) for row in _rows(name))
