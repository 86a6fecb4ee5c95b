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
_OF_CONTEST = re.compile(r"\s+(?i:cuộc thi|hội thi)\s+[“\"][^”\"]{3,150}[”\"](?:\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}(?!\d))?")
_RUN_ON = re.compile(r"\s+(?i:và)\s+(?i:trao giải)$")


def awarded(mention: Mention | None) -> Mention | None:
    """The mention as an award ceremony when a contest's name follows `trao giải` (see the module), or cut before a run-on
    `và Trao giải`; else the mention."""
    if mention is None:
        return None
    of_contest = _OF_CONTEST.match(mention.sentence.text, mention.end) if mention.subtype == "award" else None
    if of_contest:  # `Lễ trao giải Chung kết toàn quốc | cuộc thi “Phụ nữ khởi nghiệp ...” năm 2023`: the contest awarded (s60, set P162)
        return replace(mention, name=mention.sentence.text[mention.start:of_contest.end()], end=of_contest.end())
    run_on = _RUN_ON.search(mention.name)
    if run_on and run_on.start() > len(mention.head):
        return replace(mention, name=mention.name[:run_on.start()], end=mention.start + run_on.start())
    act = _AWARDED.search(mention.sentence.text, 0, mention.start)
    if mention.type != "contest" or act is None or not mention.name[:1].isupper():
        return mention
    at = act.start() + act.group().lower().find("trao giải")
    return replace(mention, name=mention.sentence.text[at:mention.end], start=at, type="ceremony", subtype="award")


def without_awarded(mentions: list[Mention | None]) -> list[Mention | None]:
    """The mentions of a sentence without a contest whose name lies inside an award ceremony's (`lễ trao giải ... cuộc thi “X”
    năm 2023`): one event, the ceremony."""
    awards = [m for m in mentions if m is not None and m.subtype == "award"]
    return [m for m in mentions if m is None or m.type != "contest"
            or not any(a.start <= m.start and m.end <= a.end for a in awards)]
