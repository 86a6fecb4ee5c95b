"""Facts that run into the end of a truncated text: a page cut in the middle of a word (`Giám đốc Sở Công T`, `Phó Cục
trưởng Cục Triển lãm N` as the last words of an excerpt) leaves a title or a name whose last word is only its start. When
the text does not end a sentence (no final `.`, `!`, `?`, `…`, closing quote or bracket) and its last word is a capital
with at most one letter after it, that word is taken as cut: an official's title and organisation lose it, and an event
whose name ends in it is dropped (its name is not known). A whole last word is kept (`... giám khảo của Cuộc thi nấu ăn
Taste of Australia` may end a caption)."""

from __future__ import annotations

import re

from pipeline.record import Event, Official

_ENDED = re.compile(r"[.!?…\"”’')\]»]\s*$")


def _cut_word(text: str) -> tuple[int, str] | None:
    """Where the last, cut word of a truncated `text` starts and the word; None when the text ends a sentence."""
    body = text.rstrip()
    if not body or _ENDED.search(body):
        return None
    m = re.search(r"(\S+)$", body)
    if m is None or not re.fullmatch(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]?", m.group(1)):
        return None  # (only a capital and at most one letter more is surely a cut word: `Sở Công T`, `Cục Triển lãm N`)
    return m.start(1), m.group(1)


def _without(value: str | None, word: str) -> str | None:
    if value is None or not value.endswith(word):
        return value
    return value[:-len(word)].rstrip(" ,-–") or None


def at_the_cut(text: str, officials: list[Official], events: list[Event]) -> tuple[list[Official], list[Event]]:
    """The officials and events of `text` without the cut word a truncated text ends with (see the module)."""
    cut = _cut_word(text)
    if cut is None:
        return officials, events
    at, word = cut
    kept = []
    for o in officials:
        if o.evidence.end > at and o.title and o.title.endswith(word):
            o = o.model_copy(update={"title": _without(o.title, word), "organization": _without(o.organization, word)})
        kept.append(o)
    return kept, [e for e in events if not (e.evidence.end > at and e.name.endswith(word))]
