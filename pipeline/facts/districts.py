"""The province a district-level place lies in: `huyện Văn Chấn` (Yên Bái), `thành phố Cao Lãnh` (Đồng Tháp), `Thành ủy
Bảo Lộc` (Lâm Đồng), `TP Châu Đốc` (An Giang), `huyện Quảng Ninh` (Quảng Bình, though a province has the name).

The gazetteer is underthesea's own address data (`underthesea/address/data/mapping.json`, from vietnamadminunits 1.0.4):
the 681 districts, towns and cities of Việt Nam before the 2025 reform with the province each lay in, read once per
process from the installed package. A name several provinces share (`huyện Châu Thành`, in ten) is settled by the
article: the one of those provinces it names and no other; else it places nothing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from pipeline.facts.lexicon import Province, load
from pipeline.language.textnorm import fold

# the unit's word before its name, and the party committee of each unit (`Huyện ủy Thới Bình` is huyện Thới Bình's)
_KINDS = {"huyen": "huyen", "huyen uy": "huyen", "quan": "quan", "quan uy": "quan", "thi xa": "thi xa", "tx": "thi xa", "tx.": "thi xa",
          "thi uy": "thi xa", "thanh pho": "thanh pho", "tp": "thanh pho", "tp.": "thanh pho", "thanh uy": "thanh pho"}
_UNIT = re.compile(r"(?<!\w)(?:(?i:huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ|huyện|quận|thị xã|"
                   r"thành phố)|TP\.?|Tp\.?|TX\.?)\s*((?:[A-ZĐÀ-Ỹ\d][\w'’-]*)(?:\s+[A-ZĐÀ-Ỹ\d][\w'’-]*){0,3})")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[tuple[str, str], frozenset[str]]:
    """(unit kind, folded name) -> the provinces (the lexicon's names) with a unit of that name."""
    path = resources.files("underthesea").joinpath("address/data/mapping.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    shorts = {v["name"]: v["short"] for v in data["old_province_names"].values()}
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in data["ward_mapping"]:
        words = row["old_district"].split()
        size = 2 if fold(words[0]).lower() in ("thi", "thanh") else 1
        kind = fold(" ".join(words[:size])).lower()
        province = load().province(shorts.get(row["old_province"], row["old_province"]))
        if province is not None:
            out[(kind, _key(" ".join(words[size:])))].add(province.name)
    return {k: frozenset(v) for k, v in out.items()}


def _key(name: str) -> str:
    return " ".join(fold(name).lower().replace("’", "'").split())


def district_province(place: str, text: str = "") -> Province | None:
    """The province of the last district, town or city `place` names by its unit word (`UBND huyện Văn Chấn`), or None
    when it names none the gazetteer knows; a name several provinces share takes the only one of them `text` names."""
    for m in reversed(list(_UNIT.finditer(place))):
        unit = _KINDS.get(" ".join(fold(place[m.start():m.start(1)]).lower().split()))
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            found = _gazetteer().get((unit or "", _key(" ".join(words[:n]))))
            if found:
                named = found if len(found) == 1 else {p for p in found if p in _named(text)}
                return load().province(next(iter(named))) if len(named) == 1 else None
    return None


def only_district_province(text: str) -> Province | None:
    """The one province every district, town or city `text` names by its unit word lies in (`huyện Tân Uyên`, `Huyện ủy
    Tân Uyên`: Lai Châu; `text` is a paragraph up to a provincial post, `official_places`); None when they lie in several
    or none is known."""
    found = {p.name for m in _UNIT.finditer(text) if (p := district_province(m.group(), text)) is not None}
    return load().province(found.pop()) if len(found) == 1 else None


def _named(text: str) -> set[str]:
    """The provinces (the lexicon's names) `text` names."""
    return {p.name for p in (load().province(m.group()) for m in _provinces().finditer(text)) if p}


@lru_cache(maxsize=1)
def _provinces() -> re.Pattern[str]:
    """The lexicon's province pattern (compiled here: `official_context`, which has one, reads `names`, which reads this
    module, and the package keeps no import cycle)."""
    return re.compile(rf"(?<!\w)(?:{load().province_pattern})(?!\w)")


def provinces_of(name: str) -> frozenset[str]:
    """The provinces (the lexicon's names) with a district, town or city of this name, of any kind (`Châu Đốc`: An
    Giang); empty when none."""
    return _by_name().get(_key(name), frozenset())


@lru_cache(maxsize=1)
def _by_name() -> dict[str, frozenset[str]]:
    """Folded name -> the provinces with a unit of that name, whatever its kind."""
    out: dict[str, set[str]] = defaultdict(set)
    for (_, name), found in _gazetteer().items():
        out[name] |= found
    return {k: frozenset(v) for k, v in out.items()}
