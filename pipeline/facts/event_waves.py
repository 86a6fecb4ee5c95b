"""Ceremonies of a wave: a ceremony with no day of its own told after a dated wave of ceremonies of its verb (`(18.2.2022), Thái
Bình đã khởi công, động thổ 5 dự án` ... `Năm dự án bao gồm: Khởi công Tòa nhà X ... Động thổ Nhà máy Y`) is one of the wave,
on its day. Moved out of `event_years` (fifty-eighth session) to keep that module small."""

from __future__ import annotations

import re

from pipeline.record import DateFact

_WAVE_VERBS = r"(?:khởi công|động thổ|khánh thành|gắn biển)"
_WAVE = re.compile(rf"(?:(?i:lễ)\s+)?(?i:{_WAVE_VERBS}(?:\s*(?:,|và)\s*{_WAVE_VERBS})*)\s+(?i:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|"
                   r"hàng loạt|loạt|đồng loạt)\s+(?i:dự án|công trình)")


def in_wave(events: list, dated: list[DateFact | None]) -> list[DateFact | None]:
    """A ceremony with no day of its own told after a dated wave of ceremonies of its verb (`(18.2.2022), Thái Bình đã khởi
    công, động thổ 5 dự án` ... `Năm dự án bao gồm: Khởi công Tòa nhà X ... Động thổ Nhà máy Y`): one of the wave, on its
    day."""
    out = list(dated)
    waves = [(d, e.mentions[0]) for d, e in zip(dated, events, strict=True) if d is not None and d.precision in ("day", "month_day")
             and _WAVE.match(e.mentions[0].name.strip())]
    for i, event in enumerate(events):
        head, own = event.first.head.lower(), dated[i]
        if event.first.type != "ceremony" or (own is not None and own.precision != "year") or not re.fullmatch(_WAVE_VERBS, head):
            continue
        start = event.mentions[0].sentence.start
        wave = max((w for w in waves if w[1].sentence.start < start and head in w[1].sentence.text[max(0, w[1].start - 25):w[1].end].lower()),
                   default=None, key=lambda w: w[1].sentence.start)  # (`đã khởi công, | động thổ 5 dự án`)
        if wave is not None and (own is None or own.value[:4] == wave[0].value[:4]):
            out[i] = wave[0]
    return out
