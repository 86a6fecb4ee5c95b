"""A year or an edition that closes an event's name: lowercase words the tagger takes for verbs (`Hội nghị Kết nối cung cầu
hàng hóa năm 2024`) and a comma (`Lễ hội Văn hóa Ẩm thực, Món ngon Saigontourist Group 2024`) inside a name that runs on
to it (`event_names.name_end`)."""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import EDITION, classes, person_at
from pipeline.facts.lexicon import entries, load

YEAR_OR_EDITION = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])|" + EDITION.pattern, re.I)


def _place(name: str) -> bool:
    """Whether `name` is a province or a country (`Việt Nam`, `Sóc Trăng`): a place that may end a name before its edition."""
    return load().province(name) is not None or name in entries("countries.txt")


def year_closes(text: str, i: int, tags: dict[int, tuple[str, int]], heads: re.Pattern[str]) -> bool:
    """Whether the lowercase words from `i` run, within eight words and without punctuation, a clause word, a head or
    a person, to `năm <year>` or an edition that closes the name: the word at `i` is inside the name, even where the
    tagger takes it for a verb (`Hội nghị Kết nối cung cầu hàng hóa năm 2024`), also past a place that ends the words
    (`Festival lúa/V gạo Việt Nam lần 2`)."""
    m = re.match(r"((?:[^\W\d_]+\s+){1,8}?)((?i:năm)\s+(?:19|20)\d{2}(?![\d/.,-]\d)|" + EDITION.pattern + r")(?!\w)", text[i:])
    if not m:
        return False
    words = m.group(1).split()
    placed = re.fullmatch(r"((?:[a-zà-ỹđ]+\s+)+)([A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2})\s+", m.group(1))
    words = placed.group(1).split() if placed and _place(placed.group(2)) else words  # (`Festival lúa gạo Việt Nam | lần 2`)
    if any(w[:1].isupper() for w in words) or heads.search(m.group(1)) or person_at(m.group(1)):
        return False
    for stop in classes()["stop"].finditer(text, i, i + m.end(1)):
        at = stop.start()  # a stop that is a whole word (`bị`, not `thiết bị`); `năm` itself is not in the run
        if stop.group().strip().lower() == "năm":
            continue
        if not tags or (at in tags and (at + stop.end() - stop.start() >= tags[at][1] or " " in stop.group())):
            return False
    return True


def edition_after_comma(before: str, rest: str, heads: re.Pattern[str], tags: dict[int, tuple[str, int]],
                         offset: int) -> bool:
    """Whether the words after a comma inside a name run, without a clause word, a head or a person, to a year or
    an edition that closes the name: the comma joins two parts of one name (`Lễ hội Văn hóa Ẩm thực, Món ngon
    Saigontourist Group 2024`, `Triển lãm thiết bị công nghệ chế biến, bao bì thực phẩm - đồ uống Việt Nam lần
    thứ 26`). Not when the name before the comma has its own year or edition (a list of names), and not for a
    bare year (`..., năm 2023`). `tags` (the sentence's POS tags) and `offset` (where `rest` starts) tell a stop
    that is a whole word from a syllable of a longer one."""
    if YEAR_OR_EDITION.search(before):
        return False
    m = re.match(r"\s*((?:[\w&]+,?\s+|[-–]\s+){1,14}?)((?:19|20)\d{2}(?![\d/.,-]\d)|" + EDITION.pattern + r")(?!\w)",
                 rest, re.I)  # (a comma inside: `nông, thủy sản an toàn, chất lượng tỉnh Hòa Bình năm 2019`, two lowercase lists)
    if not m:
        return False
    words = [w.rstrip(",") for w in m.group(1).split() if w not in ("-", "–")]
    phrase = " ".join(words)
    if len(words) < 2 or words[0].lower() in ("năm", "lần", "các", "những", "nhiều") or any(w.isdigit() for w in words):
        return False  # (`Hội chợ X, các doanh nghiệp năm 2023 có ...`: the next clause's subject)
    said = {w.lower() for w in before.split()[1:]}
    if len(said & {w.lower() for w in words}) >= 2 and not words[0][:1].isupper():
        return False  # `hội nghị xúc tiến đầu tư, chương trình xúc tiến đầu tư năm 2022`: a list of like things
    c = classes()
    for stop in c["stop"].finditer(rest, 0, m.end(1)):
        if stop.group().strip().lower() == "năm" and not rest[stop.end():m.end(1)].strip():
            continue  # the `năm` of the closing year
        at = offset + stop.start()  # a stop that is a whole word (`bị`, not `thiết bị`)
        if not tags or (at in tags and (at + stop.end() - stop.start() >= tags[at][1] or " " in stop.group())):
            return False
    return not (heads.search(phrase) or person_at(phrase) or c["review"].search(phrase))


def year_after_and(text: str, pos: int, i: int, end: int, tags: dict[int, tuple[str, int]], heads: re.Pattern[str]) -> bool:
    """Whether the lowercase words after the `và` at `text[i]` run to a year or an edition that closes the name begun at
    `pos` (see `edition_after_comma`): `Tuần lễ mận | và nông sản an toàn tỉnh Sơn La và các tỉnh, thành phố năm 2023`. Not
    before a capital (`Diễn đàn X | và World Coffee Expo 2024`: two events)."""
    rest = text[i:]
    return end > pos and re.match(r"(?i:và)\s+[a-zà-ỹđ]", rest) is not None and edition_after_comma(text[pos:i], rest[3:], heads, tags, i + 3)
