"""Unicode and spelling normalisation of Vietnamese text, and the folding used for matching.

`normalize` is applied once, when a page becomes an article: the record's `text` is its result, so
every character offset in a record points into normalised text. The tone-placement step replaces
one character with one character, so after NFC it never changes a length.
"""

from __future__ import annotations

import re
import unicodedata

# Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"

# Old-style ("classic") tone placement is what most Vietnamese papers print: hòa, thúy, khỏe.
# New-style placement puts the mark on the second vowel of an open oa/oe/uy syllable: hoà, thuý.
# Both are folded to the classic placement; "quý" is left alone (there "u" belongs to "qu").
_OPEN_PAIR = re.compile(
    r"(?<![qQ])([oOuU])([\u00e0-\u1ef9\u00c0-\u1ef8])(?![a-zA-Z\u00c0-\u1ef9])"
)
_VOWEL_FOR = {"o": "ae", "O": "AE", "u": "y", "U": "Y"}


def _split_tone(ch: str) -> tuple[str, str]:
    """Return (base letter with other diacritics, tone mark or '')."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in TONE_MARKS)
    base = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), tone


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    base, tone = _split_tone(second)
    if not tone or base.lower() not in _VOWEL_FOR[first.lower()].lower():
        return match.group(0)
    if first.lower() == "o" and base.lower() not in "ae":
        return match.group(0)
    if first.lower() == "u" and base.lower() != "y":
        return match.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def fix_tone_placement(text: str) -> str:
    """Fold new-style tone placement (hoà, thuý) to the classic one (hòa, thúy); same length."""
    return _OPEN_PAIR.sub(_move_tone, text)


_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200c\u200d\ufeff]")


def normalize(text: str) -> str:
    """NFC, classic tone placement, no zero-width or control characters, non-breaking spaces as spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    return fix_tone_placement(text)


def fold(text: str) -> str:
    """Lower-case text without tone marks or diacritics, `đ` as `d`: the key for loose matching.

    The result has the same length as the NFC input, so offsets found in it hold in the input.
    """
    return text.translate(_FOLD)


class _FoldTable(dict):
    """`str.translate` table for `fold`, filled one character at a time as characters are met."""

    def __missing__(self, code: int) -> str:
        base = unicodedata.normalize("NFD", chr(code))[0]
        low = base.lower()
        folded = low if len(low) == 1 else base
        folded = "d" if folded in ("đ", "Đ") else folded
        self[code] = folded
        return folded


_FOLD = _FoldTable()
