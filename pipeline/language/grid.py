"""Syllable units of a sentence: the grid the fact extractors walk.

A unit is a run of word characters (with inner `.` or `/`, as in `TP.HCM`, `Đ/c`, `9/2024`) or one
punctuation character, with its offsets into the article text. Extractors use units to test
capitalisation and to find the edges of names and organisations; underthesea's tokens and POS tags
are looked up by offset (`Grid.pos_at`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from pipeline.language.analysis import Sentence

_UNIT = re.compile(r"\w+(?:[./&]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Unit:
    text: str
    start: int
    end: int

    @property
    def punct(self) -> bool:
        return not self.text[0].isalnum()

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def alpha(self) -> bool:
        return self.text.isalpha()


class Grid:
    """A sentence's units, with lookups from text offsets to unit indices and POS tags."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.units = [
            Unit(m.group(), sentence.start + m.start(), sentence.start + m.end())
            for m in _UNIT.finditer(sentence.text)
        ]
        self.by_start = {u.start: i for i, u in enumerate(self.units)}
        self.by_end = {u.end: i for i, u in enumerate(self.units)}
        self._pos: dict[int, str] | None = None

    @cached_property
    def token_starts(self) -> set[int]:
        """Offsets where underthesea's words start (read lazily: reading them tags the sentence)."""
        return {t.start for t in self.sentence.tokens}

    def _tags(self) -> dict[int, str]:
        if self._pos is None:
            self._pos = {}
            for token in self.sentence.tokens:
                for i in range(self.index_at(token.start), len(self.units)):
                    if self.units[i].start >= token.end:
                        break
                    self._pos[i] = token.pos
        return self._pos

    def __len__(self) -> int:
        return len(self.units)

    def index_at(self, offset: int) -> int:
        """Index of the first unit starting at or after `offset`."""
        for i, unit in enumerate(self.units):
            if unit.start >= offset or unit.end > offset:
                return i
        return len(self.units)

    def pos_at(self, i: int) -> str:
        return self._tags().get(i, "")

    def text(self, i: int, j: int) -> str:
        """The sentence text from unit i to unit j-1, as written."""
        if i >= j:
            return ""
        s = self.sentence
        return s.text[self.units[i].start - s.start:self.units[j - 1].end - s.start]
