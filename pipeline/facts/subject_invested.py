"""More money a named investor puts in: `LGD đầu tư tăng thêm 1,4 tỷ USD`, `Samsung đầu tư thêm 2 tỷ USD vào Bắc Ninh`.

The rules read the investor and its verb as the subject (`LGD đầu tư`), which names who, not what: the sum is the
investor's added capital, `vốn đầu tư tăng thêm của LGD`. Only a capitalised name right before the verb (`đầu tư`, `rót
vốn`, `bơm`) and `thêm`, `tăng thêm`, `bổ sung` right before the sum, and only when the subject found is that name, with
the verb or without it: forty-seventh session, from the verdicts of set P60. A work that opens its clause and is
invested in more in the passive (`Nhà máy X ... sẽ được đầu tư thêm 38,8 triệu USD`) takes the added capital too
(set P61), and so does a work built with a sum that opens its sentence (a headline: `86 triệu USD xây dựng nhà máy X`).
"""

from __future__ import annotations

import re

_MORE = re.compile(r"(?P<owner>(?:(?:[Tt]ập đoàn|[Cc]ông ty|[Tt]ổng công ty|[Nn]hà đầu tư)\s+)?[A-ZĐ][\w&.-]*(?:\s+[A-ZĐ0-9][\w&.-]*){0,6})\s+(?:(?i:đã|sẽ|vừa|tiếp tục|quyết định)\s+)*"
                   r"(?P<verb>(?i:đầu tư|rót vốn|bơm vốn|tăng vốn(?:\s+(?i:đầu tư|điều lệ))?))\s+(?P<more>(?i:tăng thêm|thêm|bổ sung))\s+"
                   r"(?:(?i:khoảng|hơn|gần|trên|gần như)\s+)?$")  # (`Công ty X tăng vốn đầu tư thêm 1,4 tỷ USD`, s57)


_ASIDE = re.compile(r"\s*\([^)]*\)")
_PASSIVE = re.compile(r"(?:^|[,;:]\s*)(?P<work>(?:Nhà máy|Dự án|Công trình|Khu|Cụm|Trung tâm|Tổ hợp|Kho)\s[^,;:]*?)\s+(?:(?i:sẽ|đã|vừa|"
                      r"tiếp tục)\s+)*(?i:được)\s+(?i:đầu tư|rót vốn|bơm vốn)\s+(?P<more>(?i:tăng thêm|thêm|bổ sung))\s+"
                      r"(?:(?i:khoảng|hơn|gần|trên)\s+)?$")


def invested_more(before: str, subject: str | None) -> str | None:
    """The added capital of the named investor before the sum (see the module) when `subject` is that investor, else
    `subject`; `before` is the sentence up to the sum. A work that opens its clause and is invested in more in the
    passive (`Nhà máy X tại Cần Thơ của Công ty Y (...) sẽ được đầu tư thêm 38,8 triệu USD`) takes the added capital
    in place of a bare sum word (`số tiền được đầu tư`) or none."""
    work = _PASSIVE.search(_ASIDE.sub("", before))  # (an aside in brackets may hold commas)
    if work and (subject is None or subject == work["work"].strip() or subject.lower().startswith(("số tiền", "vốn đầu tư", "tổng số tiền"))):
        return f"vốn đầu tư {work['more'].lower()} vào {work['work'].strip()}"
    m = _MORE.search(before)
    if m is None or subject is None or subject not in (m["owner"], f"{m['owner']} {m['verb']}", f"{m['owner']} {m['verb'].split()[0]}"):
        return subject  # (the rules may cut the verb's first word alone: `Công ty X tăng`)
    return f"vốn đầu tư {m['more'].lower()} của {m['owner']}"


_BUILT = re.compile(r"\s+(?:(?i:để)\s+)?(?P<verb>(?i:xây dựng|đầu tư|mở rộng|nâng cấp|xây))\s+(?P<work>(?i:nhà máy|dự án|công trình|khu|cụm|"
                    r"trung tâm|chợ|cảng|kho|tuyến|đường|cầu)(?:\s+[^\s,.;:!?()]+){1,8})")


def built_with(before: str, after: str, subject: str | None) -> str | None:
    """A sum that opens its sentence and a verb of building or investing and a work right after it: the capital for that
    work (a headline: `86 triệu USD xây dựng nhà máy vỏ lon nước giải khát`: `vốn xây dựng nhà máy vỏ lon nước giải
    khát`), when nothing else was found; else `subject`."""
    built = _BUILT.match(after) if subject is None and not before.strip() else None
    return f"vốn {built['verb'].lower()} {built['work']}" if built else subject


_BY = re.compile(r"(?:^\W*|[,;:]\s*)(?P<owner>(?!(?i:mức|tổng|vốn|số|nguồn|kinh phí|giá trị|chi phí|dự án|nhà máy)(?!\w))(?:(?:[Cc]hủ đầu tư|[Tt]ập đoàn|[Cc]ông ty(?:\s+(?i:TNHH|CP|cổ phần))?|[Tt]ổng công ty|"
                 r"[Nn]hà đầu tư|[Ll]iên doanh)\s+)?[A-ZĐ][\w&.-]*(?:\s+[A-ZĐ0-9][\w&.-]*){0,6})\s+(?:(?i:đã|sẽ|vừa|tiếp tục|"
                 r"quyết định|cũng|đã và đang)\s+)*(?P<verb>(?i:đầu tư|rót vốn|bơm vốn))\s+(?:(?i:khoảng|hơn|gần|trên|tổng cộng)\s+)?$")
_INTO = re.compile(r"\s+(?i:vào)\s+(?P<what>[^\W\d_][^,;.()\"“”]{1,50}?)(?=\s*[,;.()\"“”]|\s+(?i:để|nhằm|với|trong|từ|và|từ năm|"
                   r"tính đến|giai đoạn)(?!\w)|\s*$)")


def invested_by(before: str, after: str, subject: str | None) -> str | None:
    """The capital a named investor puts in, right after its verb (`Samsung đã đầu tư 2 tỷ USD vào Bắc Ninh`: `vốn đầu tư
    của Samsung vào Bắc Ninh`, `Chủ đầu tư Dongtam Group đã đầu tư hơn 500 triệu USD vào khu cảng`), when the subject found
    is none, the investor or the bare `số tiền đầu tư`; `before` is the sentence up to the sum, `after` from its end. A
    name's capitalised run (a firm's word before it) that opens its clause owns it, never a measure (`Mức đầu tư ...`) nor
    a country after a common noun (`Một doanh nghiệp Hàn Quốc đã đầu tư`): fiftieth session, from the verdicts of set P77."""
    m = _BY.search(before)
    if m is None or subject is not None and subject not in (m["owner"], f"{m['owner']} {m['verb']}", "số tiền đầu tư"):
        return subject
    into = _INTO.match(after)
    return f"vốn đầu tư của {m['owner']}" + (f" vào {into['what']}" if into else "")

