"""A trade's amount told through its market (s63, set P177):

    Mỹ tiếp tục là thị trường xuất khẩu lớn nhất của Campuchia với trên 9,2 tỷ USD   -> kim ngạch xuất khẩu của Campuchia sang Mỹ
    Trung Quốc là thị trường nhập khẩu lớn nhất của Việt Nam với 110 tỷ USD, tăng 15%  -> kim ngạch nhập khẩu của Việt Nam từ Trung Quốc

The market opens the clause, `là thị trường xuất khẩu|nhập khẩu` ranks it, and the amount after `với` (or its change
right after it) is the trade with that market, not the market itself.
"""

from __future__ import annotations

import re

_MARKET = re.compile(
    r"(?:^|[,;:]\s*)(?:(?i:trong khi|trong đó|tuy nhiên|ngoài ra|còn|hiện nay|hiện)\s*,?\s+)?(?P<market>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3})\s+(?:(?i:tiếp tục|vẫn|hiện|hiện nay|đã|cũng|vẫn tiếp tục)\s+)*"
    r"(?i:là)\s+(?i:thị trường)\s+(?P<flow>(?i:xuất khẩu|nhập khẩu))(?P<rank>\s+[^\W\d][^,;:()]{0,30}?)??"
    r"(?:\s+(?i:của)\s+(?P<holder>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3}))?\s+(?i:với)\s+"
    r"(?:(?P<measure>(?i:tổng kim ngạch|kim ngạch|giá trị|trị giá))\s+)?(?:(?i:đạt|là|khoảng|hơn|trên|gần|xấp xỉ|lên tới|lên đến)\s+)*"
    r"(?P<amount>[\d.,]+\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*,\s*(?i:tăng|giảm)(?:\s+(?i:trưởng))?(?:\s+(?i:tích cực|mạnh|nhẹ|cao))?\s+"
    r"(?:(?i:khoảng|hơn|gần|trên)\s+)?)?$")  # (`với hơn 1,3 tỷ USD, tăng trưởng tích cực 17%`)


_TO_MARKET = re.compile(r"\s*(?:(?i:và)\s+)?(?i:sang)\s+(?:(?i:thị trường)\s+)?(?P<market>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3})(?=\s+(?i:tăng|giảm|đạt|chiếm)\s)")


def sent_to(before: str, subject: str | None) -> str | None:
    """A market after `sang` opening an item of a list of exports whose figure reads only the market (`...; sang Trung Quốc
    tăng 186%, đạt 317,73 triệu USD`; `sang thị trường Malaysia tăng 116%`): the exports to it (`xuất khẩu sang Trung
    Quốc`); else `subject`."""
    item = before[max(before.rfind(";"), before.rfind(":"), 0):].lstrip(";:")
    m = _TO_MARKET.match(item)
    if m is None:
        return subject
    market = m.group("market")
    trade = subject is not None and re.fullmatch(r"(?i:xuất khẩu|kim ngạch xuất khẩu|kim ngạch|giá trị xuất khẩu)", subject) is not None
    if subject is not None and not trade and re.sub(r"^(?i:thị trường)\s*", "", subject) not in ("", market):
        return subject
    return f"{subject[:1].lower()}{subject[1:]} sang {market}" if trade and subject else f"xuất khẩu sang {market}"


def market_flow(before: str, subject: str | None, money: bool) -> str | None:
    """The trade with the market that opens the clause of the figure whose text starts after `before` (see the module),
    when the figure is the amount after `với` or its change; else `subject`. `money`: the figure is a sum (its measure
    `kim ngạch`, else `lượng` of goods, as a change's amount says: `với 300.000 tấn, tăng 5%`)."""
    m = _MARKET.search(before)
    if m is None:
        return subject
    goods = not money if m.group("amount") is None else re.search(r"(?<!\w)(?i:tấn|kg|tạ|lít|m3)(?!\w)", m.group("amount")) is not None
    measure = (m.group("measure") or ("lượng" if goods else "kim ngạch")).lower()
    flow = m.group("flow").lower()
    holder = f" của {m.group('holder')}" if m.group("holder") else ""
    link = "sang" if flow == "xuất khẩu" else "từ"
    return f"{measure} {flow}{holder} {link} {m.group('market')}"
