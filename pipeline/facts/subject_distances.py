"""A distance's subject: what is that far (`thị trấn Windsor, cách thủ đô London | hơn 30 km`), read around `cách`."""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import clause_topic, opens_clause, phrase_before
from pipeline.facts.subject_items import opening_thing
from pipeline.facts.subject_lexicon import NOUN, country_only, low, place_only, stop_words
from pipeline.language.analysis import Sentence, Token


def distance_from(tokens: list[Token], run: list[Token]) -> int | None:
    """Where `cách` (`at a distance from`) stands in or right before the phrase before a figure, if it does."""
    if not run:
        return None
    inside = [tokens.index(t) for t in run if low(t.text) == "cách"]
    if inside:
        return inside[-1]
    k = tokens.index(run[0]) - 1
    return k if k >= 0 and low(tokens[k].text) == "cách" else None


def far_thing(tokens: list[Token], far: int, i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """What is far when `cách` stands at token `far` before the distance (its last token before the figure is `i`): the
    phrase before `cách` that opens its clause (`Khu chợ mới | cách`), past an adverb; after a comma the place just
    named when a place follows `cách` (`tới Gangneung, cách Seoul 260 km`), else the sentence's opening thing (`Khu rừng
    này nằm phía sau ..., cách khoảng 2 km`); never the place after `cách` alone, but `cách` and that place after
    the far thing (`_far_from`). [] when there is none."""
    end = max([n for n in range(far) if tokens[n].pos != "R"] or [0])
    away = phrase_before(tokens, end, spans) if far > 0 else []
    if far > 1 and tokens[far - 1].text == ",":
        place = phrase_before(tokens, far - 2, spans) if i > far else []
        place = place[max([n + 1 for n, t in enumerate(place) if t.pos == "V"] or [0]):]  # `chiếm | sân bay Qayyara`
        place = place if place and place[-1].pos == "Np" and place[0].pos in NOUN else []
        if place:
            return place + _far_from(tokens, place, far, i)
        away = clause_topic(tokens, far - 1, spans) or opening_thing(tokens)
        away = away[:next((n for n, t in enumerate(away) if t.pos == "V" and n + 1 < len(away) and away[n + 1].pos == "E"), len(away))]
    while away and (away[-1].pos == "V" or low(away[-1].text) in stop_words()):
        away = away[:-1]  # `Thủy điện Sơn La nằm | cách`
    away = away if away and away[0].pos in NOUN and opens_clause(tokens, away) else []
    return away + _far_from(tokens, away, far, i) if away else []


def _far_from(tokens: list[Token], away: list[Token], far: int, i: int) -> list[Token]:
    """`cách` and the place after it when they follow the far thing right away (`thị trấn Windsor, cách thủ đô London`
    `hơn 30 km`): said with them, the distance reads as one (alone, `thị trấn Windsor: 30 km` reads as a size). [] when
    the far thing stands elsewhere in the sentence or nothing is named after `cách`."""
    last = tokens.index(away[-1])
    if i <= far or not (last == far - 1 or last == far - 2 and tokens[far - 1].text == ","):
        return []
    place = tokens[far + 1:i + 1]
    return tokens[last + 1:i + 1] if place and place[0].pos in NOUN and len(place) <= 6 else []


# `cách` and the place the figure right after it is measured from (not a time: `cách đây`), and an adverb ending it
_FROM = re.compile(r"(?<!\w)(?i:cách)\s+(?!(?i:đây|đó|nhau)(?!\w))([^,;.()\d]{2,40}?)\s*$")
_ADVERB_END = re.compile(r"(?:\s+(?i:chỉ|khoảng|chừng|độ|tầm|hơn|gần|xấp xỉ|ước|ước tính|là|vào|có|chưa đầy|chưa tới))+$")


def said_from(before: str, subject: str | None, unit: str) -> str | None:
    """A distance's subject with `cách` and the place it is far from when they come right before the figure and the
    subject stands further back (`loa của Hàn Quốc nằm cách biên giới hai nước | khoảng 4,5 km`: `loa của Hàn Quốc cách
    biên giới hai nước`); alone, `loa của Hàn Quốc: 4,5 km` reads as the loudspeakers' range. With no subject, the distance
    to the place (`khoảng cách đến trung tâm tỉnh Quảng Ngãi`)."""
    if subject is None and unit == "km":  # `Cách trung tâm tỉnh Quảng Ngãi 100 km`, `rơi cách đường băng 1,6 km`: how far from it
        m = _FROM.search(before)
        place = _ADVERB_END.sub("", m.group(1)).strip() if m is not None else ""
        if not place or len(place.split()) > 8 or not place[:1].isalpha():
            return None
        thing = re.split(r"[,;:]", before[:m.start()])[-1].strip() if m is not None else ""  # `7h thứ bảy, tâm bão | cách Phan Rang`
        plain = 1 <= len(thing.split()) <= 5 and not re.search(r"\d|(?<!\w)(?i:nhưng|và|thì|chỉ|trong|tại|ở|đã|sẽ)(?!\w)", thing)
        return f"khoảng cách từ {thing} đến {place}" if plain else f"khoảng cách đến {place}"
    if subject is None or unit != "km" or re.search(r"(?<!\w)(?i:cách)(?!\w)", subject):
        return subject
    m = _FROM.search(before)
    place = _ADVERB_END.sub("", m.group(1)) if m is not None else ""
    if m is None or not place or len(place.split()) > 6 or subject not in before[:m.start()]:
        return subject
    return f"{subject} cách {place}"


_PLACES = re.compile(r"(?:(?i:các)\s+)?(?i:quận|huyện|thị xã|xã|phường|tỉnh|thành phố|TP\.?)\s")  # `quận Ba Đình và Hoàn Kiếm`
_ROUTE = re.compile(r"(?<!\w)(?i:đi qua|chạy qua|xuyên qua|qua|nối)\s+(?:(?i:địa bàn)\s+)?(?:(?i:các|hai|ba)\s+)?")


def route_thing(sentence: Sentence, start: int, subject: str | None, unit: str) -> str | None:
    """For a length whose subject only names a place a route runs through (`tuyến xe buýt nhanh số 1 qua địa bàn các quận
    ... và huyện Bình Chánh | dài 23 km`): the thing before `qua`/`nối`, the route itself; else `subject`."""
    if subject is None or unit != "km" or not (place_only(subject) or country_only(subject) or _PLACES.match(subject)):
        return subject
    text = sentence.text
    at = text.rfind(subject, 0, start)
    route = [m for m in _ROUTE.finditer(text, max(0, at - 120), at) if not re.search(r"[.;:()]", text[m.end():at])]
    if at < 0 or not route or re.search(r"(?<!\w)(?i:cách)(?!\w)", text[route[0].start():start]):
        return subject  # (`qua huyện X tại tỉnh Y cách Bangkok 300 km`: a distance from a place, not a route's length)
    tokens = list(sentence.tokens)
    k = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].end <= sentence.start + route[0].start()), -1)
    n = k
    while n >= 0 and (tokens[n].pos in NOUN | {"A", "M"} or low(tokens[n].text) == "số" or tokens[n].pos == "V" and n > 0 and tokens[n - 1].pos in ("N", "Nc")) and k - n < 10:
        n -= 1  # the thing's nouns, its number included (`tuyến xe buýt nhanh số 1`)
    run = tokens[n + 1:k + 1]
    while run and run[0].pos not in NOUN:
        run = run[1:]
    thing = text[run[0].start - sentence.start:run[-1].end - sentence.start] if run else ""
    if not run or run[0].pos not in NOUN or place_only(thing) or country_only(thing):
        return subject
    through = text[route[0].start():at + len(subject)]
    return f"{thing} {through}" if len(through.split()) <= 6 else thing  # `Sông Chảy qua xã Đông Khê`; a long list of places left out
