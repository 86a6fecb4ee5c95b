"""Sums in a list of who gave what: `... gửi tiền ủng hộ gồm: Cty X: 500.000 đồng; Chị Kim Anh: 100.000 đồng`.

Charity news lists each donor and their sum after a colon, under a head that says what the money is (`tiền ủng hộ`,
`quyên góp`, `đóng góp`): each sum is that money of its donor (`tiền ủng hộ của Chị Kim Anh`), not the donor alone. A sentence that only goes on
such a list (three donors' lines or more, `bạn đọc (Q.3, TP.HCM): 100.000 đồng; ...`) gives `số tiền của` the donor."""

from __future__ import annotations

import re

_HEAD = re.compile(r"(?<!\w)(?P<act>ủng hộ|quyên góp|đóng góp|hỗ trợ|giúp đỡ|trao tặng)(?:\s+[^:;.]{0,40}?)?\s*(?:(?i:gồm|như sau|cụ thể))?\s*:",
                   re.IGNORECASE)
_ITEM = re.compile(r"\)\s*:\s*[\d.]+\s*(?:đồng|USD|triệu)")  # `... (Q.3, TP.HCM): 500.000 đồng`: a donor's line
_KNOWN = re.compile(r"(?:ông|bà|anh|chị|cô|chú|em|cháu|bạn đọc|gia đình|nhóm|vợ chồng)(?!\w)")  # donors written in lower case
_DONOR = re.compile(r"(?:^|[;:.\n]\s*)(?P<who>[^;:.\n]{2,80}?)\s*:\s*$")


def donated(text: str, start: int) -> str | None:
    """For a sum at `text[start]` right after `Donor:` in a list under a head of giving (`tiền ủng hộ gồm:`): `tiền <act>
    của <Donor>` (the donor's place in brackets left out); else None."""
    head = next((m for m in _HEAD.finditer(text, 0, start)), None)
    listed = head is None and len(_ITEM.findall(text)) >= 3  # a list's later lines, its head in an earlier sentence
    if head is None and not listed:
        return None
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)  # (`Chị X (TP. Hồ Chí Minh): ...`: its place aside)
    opened = head.end() if head is not None else 0
    donor = _DONOR.search(masked, max(0, opened - 1), start)
    if donor is None or donor.start("who") < opened:
        return None
    who = " ".join(donor.group("who").split()).strip(" ,-–")
    if not who or "(" in who or ")" in who or not (who[:1].isupper() or _KNOWN.match(who)) or len(who.split()) > 12:
        return None  # (a line cut by the sentence splitter: `2, P.Tân Phong, Q.7, TP.HCM): ...`)
    return f"tiền {head.group('act').lower()} của {who}" if head is not None else f"số tiền của {who}"
