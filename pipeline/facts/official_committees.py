"""A committee named by what it does: `Ban chỉ đạo`, `Ban tổ chức`, `Ban điều hành` and the remit that follows in lower
case to the end of the clause (`Ủy viên Ban chỉ đạo hoạt động thương mại biên giới, ...`, `Trưởng Ban tổ chức các
hoạt động xúc tiến thương mại tỉnh năm 2022`) are one body: the remit's verbs (`hoạt động`, `xúc tiến`) are part of
its name, not a predicate. A person's name, a title, an honorific or a verb of a clause (`đã`, `phát biểu`) ends it,
and so does a remit longer than a committee's name runs; a list of tasks joined by commas goes on to the verb of the clause
(`Trưởng Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã | đã chủ trì`), else it ends at its first comma."""

from __future__ import annotations

import re

from pipeline.facts.official_context import Context

# the committee's head as the scan has read it so far (`Ban`, `Ban chỉ đạo`), not `Ban Tổ chức Tỉnh ủy` (a party organ)
# (held by a member's post right before it: `Trưởng Ban`, `Phó Trưởng ban`, `Ủy viên Ban`, `Phó ban`; not `Văn phòng thường trực Ban`)
_COMMITTEE = re.compile(r"(?<!\w)(?i:trưởng|phó|ủy viên|uỷ viên|thành viên)\s+[Bb]an(?:\s+(?i:chỉ đạo|tổ chức|điều hành))?\s*$")
_DOING = re.compile(r"(?i:chỉ đạo|tổ chức|điều hành)(?!\w)")
# words of a clause, not of a remit
_CLAUSE = re.compile(r"(?i:đã|sẽ|đang|vừa|là|được|bị|cho biết|cho rằng|phát biểu|nhấn mạnh|khẳng định|chủ trì|"
                     r"tham dự|dự|cùng|thì|nhưng|mà|khi|trong đó)(?!\w)")
_YEAR = re.compile(r"(?i:năm)\s+(?:19|20)\d\d(?!\d)")  # the year of what it organises (`... tỉnh năm 2024`)
_LONGEST = 16  # words of a remit at most


def committee_remit(c: Context, k: int) -> int | None:
    """The unit after the clause end (exclusive) when unit k opens a lower-case remit after a committee's head
    (`Ban chỉ đạo | hoạt động thương mại biên giới,`), else None."""
    before = c.before(k)
    head = _COMMITTEE.search(before)
    if head is None or k >= c.n or c.units[k].cap or c.units[k].punct:
        return None
    if not _DOING.search(head.group()) and not _DOING.match(c.rest(k)):
        return None  # a bare `Ban` + a lower-case word (`Ban quản lý ...`) is read by the scan as before
    words, i, end = 0, k, None
    while i < c.n:
        if c.units[i].punct:
            if c.units[i].text != "," or end is not None and words > _LONGEST:
                break
            end = end if end is not None and words else i  # (the remit's first end; a list of tasks may go on)
            if not (i + 1 < c.n and not c.units[i + 1].cap and not c.units[i + 1].punct and i + 1 not in c.role_starts):
                break
            i += 1
            continue
        if i in c.role_starts or c.match(c.pats.honorific, i) or c.units[i].cap and c.is_name_start(i):
            return end
        if i in c.token_starts:
            if not words and _CLAUSE.match(c.rest(i)):
                return None  # `Trưởng ban Tổ chức | chủ trì buổi họp báo`: the clause's verb right after the committee, no remit (s58)
            if words and (_CLAUSE.match(c.rest(i)) or c.match(c.pats.stop, i) is not None and not _YEAR.match(c.rest(i))):
                return (i if _CLAUSE.match(c.rest(i)) else end) if end is not None else None  # (`..., hợp tác xã | đã chủ
                # trì`: the list's last task ends where the clause's verb opens; another stop past a comma: at the comma)
            words += 1
        i += 1
    if end is not None:
        return end  # (past a comma no verb of the clause closed: the remit ends at its first comma)
    return i if 0 < words <= _LONGEST and (i >= c.n or c.units[i].text in (",", ";", ".", ")")) else None
