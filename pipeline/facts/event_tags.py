"""What the POS tags say at the end of an event's name: a noun after a split-off word, a title in sentence case, the
token that holds a character, a lowercase syllable the tagger glued to a name, a photographer's byline (helpers of
`event_names.py`)."""

from __future__ import annotations

import re


def next_start(text: str, end: int) -> int:
    """Where the next token starts after `end` (past spaces)."""
    return end + len(text[end:]) - len(text[end:].lstrip())


def noun_after(text: str, tags: dict[int, tuple[str, int]], end: int) -> bool:
    """Whether a lowercase common noun follows at `end` (`nguyên phụ liệu`, not `đã khai mạc`)."""
    nxt = next_start(text, end)
    tag = tags.get(nxt, ("", nxt))[0]
    return tag == "N" and text[nxt:nxt + 1].islower()


def sentence_case(text: str, tags: dict[int, tuple[str, int]], pos: int, i: int) -> bool:
    """Whether the name so far is one capitalised word after lowercase ones, so that the lowercase word at `i`
    goes on a title in sentence case (`về Biến đổi khí hậu`, `diễn đàn Tương lai châu Á`), even where the tagger
    takes it for a verb; two capitalised words (`Ký ức Trường Sơn` + `tái dựng`) or a proper noun (`cầu Đại Ngãi`
    + `bắc qua`) end a name."""
    tokens = [(text[k:tags[k][1]], tags[k][0]) for k in sorted(tags) if pos <= k < i]
    run = 0  # the capitalised words that end the name so far
    while run < len(tokens) and tokens[-1 - run][0][:1].isupper():
        run += 1
    return run == 1 and tokens[-1][1] != "Np" and not tokens[-1][0].isupper()


def token_start(tags: dict[int, tuple[str, int]], end: int) -> int:
    """The start of the token that holds the character before `end`, or -1."""
    return max((k for k in tags if k < end), default=-1)


def unglued(text: str, tags: dict[int, tuple[str, int]], end: int) -> int:
    """`end` without a lowercase syllable the tagger glued to a name before a verb (`Trường Sơn khắc` + `họa`)."""
    owner = token_start(tags, end)
    if owner < 0 or tags[owner][1] != end:
        return end
    words = text[owner:end].split()
    if len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and all(w[:1].isupper() for w in words[:-1]):
        return end - len(words[-1])
    return end


# `- T.ĐIỂU chụp lại`, `- N.B`: a photographer's initials and name, a credit without `Ảnh`
_INITIAL = re.compile(r"[A-ZĐ]\.\s?(\w+)")


def byline(text: str) -> bool:
    """Whether `text` opens with a photographer's initial and upper-case name (`T.ĐIỂU`, `N. HÙNG`, `N.B`)."""
    m = _INITIAL.match(text)
    return m is not None and m.group(1).isupper()
