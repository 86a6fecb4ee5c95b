"""Bytes to text: reject empty and binary input, find the encoding, refuse mojibake.

UTF-8 is tried first; a page that is not UTF-8 is decoded with the charset it declares (`<meta charset>`
or `http-equiv`), else with charset-normalizer's guess, and the run's error log gets a
`legacy_encoding` warning for it. Text that still looks like mis-decoded UTF-8 (`Ä‘`, `á»`) or is
full of replacement characters is rejected as `mis_encoded`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from pipeline.errors import Skip

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|Ä[\u0080-\u00bf‘]|á»|áº|Æ°|Ä‘|\ufffd")


# Charsets that cannot write Vietnamese: a page declaring one of them is lying, so detection decides.
_NOT_VIETNAMESE = ("utf-8", "utf_8", "ascii", "iso8859-1", "latin-1", "cp1252")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page's bytes; raise `Skip` for empty, binary or mis-encoded input.

    declared: the charset an HTTP header gave. UTF-8 that decodes cleanly wins over any declaration (a
    header that lies is common); otherwise the header's charset, then the page's own, then detection.
    """
    if not data.strip():
        raise Skip("empty", "the file has no content")
    if _looks_binary(data):
        raise Skip("binary", "NUL or control bytes: not a text page")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    warnings: list[str] = []
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data, declared)
        warnings.append(f"legacy_encoding: decoded as {encoding}")
    bad = len(_MOJIBAKE.findall(text))
    if bad and bad > max(3, len(text) // 2000):
        raise Skip("mis_encoded", f"{bad} mis-decoded sequences (text was {encoding} of another encoding)")
    return Decoded(text, encoding, warnings)


def _decode_legacy(data: bytes, header: str | None) -> tuple[str, str]:
    for declared in (_known(header), declared_charset(data)):
        if declared and declared not in _NOT_VIETNAMESE:
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise Skip("mis_encoded", "not UTF-8 and no encoding could be detected")
    return str(best), best.encoding
