"""Sums in a list of who gave what: `... gửi tiền ủng hộ gồm: Cty X: 500.000 đồng; Chị Kim Anh: 100.000 đồng`.

Charity news lists each donor and their sum after a colon, under a head that says what the money is (`tiền ủng hộ`,
`quyên góp`, `đóng góp`): each sum is that money of its donor (`tiền ủng hộ của Chị Kim Anh`), not the donor alone."""

from __future__ import annotations

import re

_HEAD = re.compile(r"(?<!\w)(?P<act>ủng hộ|quyên góp|đóng góp|hỗ trợ|giúp đỡ|trao tặng)(?:\s+[^:;.]{0,40}?)?\s*(?:(?i:gồm|như sau|cụ thể))?\s*:",
                   re.IGNORECASE)
_DONOR = re.compile(r"(?:^|[;:.\n]\s*)(?P<who>[^;:.\n]{2,80}?)\s*:\s*$")


def donated(text: str, start: int) -> str | None:
    """For a sum at `text[start]` right after `Donor:` in a list under a head of giving (`tiền ủng hộ gồm:`): `tiền <act>
    của <Donor>` (the donor's place in brackets left out); else None."""
    head = next((m for m in _HEAD.finditer(text, 0, start)), None)
    if head is None:
        return None
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)  # (`Chị X (TP. Hồ Chí Minh): ...`: its place aside)
    donor = _DONOR.search(masked, head.end() - 1, start)
    if donor is None or donor.start("who") < head.end():
        return None
    who = " ".join(donor.group("who").split()).strip(" ,-–")
    if not who or not who[:1].isupper() or len(who.split()) > 12:
        return None
    return f"tiền {head.group('act').lower()} của {who}"
