"""An award ceremony written as the act before a contest's name, without `lễ` (s60, from set P158):

    Sở KH&CN ... tổ chức Festival Khởi nghiệp đổi mới sáng tạo và Trao giải Cuộc thi Sinh viên nghiên cứu khoa học ...
        `Festival Khởi nghiệp đổi mới sáng tạo` (festival) and `Trao giải Cuộc thi Sinh viên ...` (ceremony, award)

A contest's mention right after `trao giải` (after `tổ chức`, `và`, or capitalised as a title) is the award ceremony
held that day, not the contest, which ran before it: its name takes the act and its type is an award ceremony. A
name that runs on over `và Trao giải` ends before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention

_AWARDED = re.compile(r"(?:(?<=\s)|^)(?:(?:(?i:tổ chức|và)\s+)(?i:trao giải)|Trao giải)\s+$")
_RUN_ON = re.compile(r"\s+(?i:và)\s+(?i:trao giải)$")


def awarded(mention: Mention | None) -> Mention | None:
    """The mention as an award ceremony when a contest's name follows `trao giải` (see the module), or cut before a run-on
    `và Trao giải`; else the mention."""
    if mention is None:
        return None
    run_on = _RUN_ON.search(mention.name)
    if run_on and run_on.start() > len(mention.head):
        return replace(mention, name=mention.name[:run_on.start()], end=mention.start + run_on.start())
    act = _AWARDED.search(mention.sentence.text, 0, mention.start)
    if mention.type != "contest" or act is None or not mention.name[:1].isupper():
        return mention
    at = act.start() + act.group().lower().find("trao giải")
    return replace(mention, name=mention.sentence.text[at:mention.end], start=at, type="ceremony", subtype="award")
