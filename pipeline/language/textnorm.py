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


# Removed: C0 controls but tab and newline, DEL, C1 controls, zero-width characters, the byte-order mark,
# soft hyphen, and the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
# U+202A-U+202E, U+2066-U+2069), which change how a line is shown, never what it says. An HTML page
# loses them in trafilatura; a text file or a corpus entry loses them here, so both read the same.
_CONTROL = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Spaces of every width (no-break, en, em, thin, ideographic U+3000, ...) become a plain space and line or
# paragraph separators a newline: one character for one, so no offset moves.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINES = re.compile("[\u0085\u2028\u2029]")
# A lone surrogate (from a JSON `\\ud800` escape) cannot be written as UTF-8: it becomes U+FFFD.
_SURROGATE = re.compile("[\ud800-\udfff]")


_PHOTO_NUMBER = re.compile(r"((?<!\w)(?i:ảnh)\s*\d{1,2})(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


def normalize(text: str) -> str:
    """NFC, classic tone placement, no zero-width, bidirectional or control characters, every kind of space
    as a plain space, slash and hyphen look-alikes as `/` and `-`, the eth `Ð` as `Đ`, a photo's number glued to the caption after it
    cut off by a line break (`ảnh 1Phó Chủ tịch`), and no lone surrogates (each becomes U+FFFD). The result is what the record stores,
    so every offset found later points into it."""
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _LINES.sub("\n", _SPACES.sub(" ", text)).translate(_LOOKALIKES)
    text = _PHOTO_NUMBER.sub("\\1\n", text)  # `... Cửa Lò 2022 ảnh 1Phó Chủ tịch ...`: a photo's number glued to its caption
    return fix_tone_placement(text)


# Slashes and hyphens that look like `/` and `-` (`Ngày 6⁄10⁄2017` with U+2044): one character each, as NFKC maps them;
# and the Icelandic eth some Vietnamese sites type for `Đ`/`đ` (`ÐBSCL`, `Ðà Nẵng` with U+00D0), which no font tells apart.
_LOOKALIKES = {0x2044: "/", 0x2215: "/", 0xFF0F: "/", 0x2010: "-", 0x2011: "-", 0x00D0: "Đ", 0x00F0: "đ"}


def clean_surrogates(text: str) -> str:
    """`text` with every lone surrogate as U+FFFD, so that it can be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


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
