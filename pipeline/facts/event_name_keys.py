"""How two events' names are compared: folded (`name_key`), as sets of words with editions as numbers (`name_words`),
and as one name written twice (`alike`: a word more or less in a long name, or a season or a province more or less)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import load
from pipeline.language.textnorm import fold


def name_key(name: str) -> str:
    """A name folded to lower case without accents and quotes, its words single-spaced: how names are compared."""
    return " ".join(re.sub(r"[\"“”'‘’]", " ", fold(name.lower())).split())


_ORDINALS = {"nhat": "1", "hai": "2", "ba": "3", "tu": "4", "nam": "5", "sau": "6", "bay": "7", "tam": "8", "chin": "9",
             "muoi": "10"}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(word: str) -> str | None:
    """A Roman numeral's value as digits (`x`: `10`, `xiv`: `14`), or None."""
    if not re.fullmatch(r"x{0,4}(?:ix|iv|v?i{0,3})|xl|l", word) or not word:
        return None
    values = [_ROMAN[c] for c in word]
    return str(sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values)))


def name_words(key: str) -> set[str]:
    """The words of a folded name, an edition written in words or Roman numerals as its number (`lần thứ nhất`,
    `lần thứ I`: `1`; `lần thứ X-năm 2024`: `10`): the opening of `Ngày hội trái cây ngon lần thứ I` opens `ngày Hội trái
    cây lần thứ nhất`."""
    words = re.findall(r"[^\W_]+", key)
    return {(_ORDINALS.get(w) or _roman(w) or w) if k and words[k - 1] == "thu" else w for k, w in enumerate(words)}


@lru_cache(maxsize=1)
def _places() -> re.Pattern[str]:
    names = sorted((k for k in load().provinces if len(k) > 3), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:tinh\s+|thanh pho\s+)?(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _core(key: str) -> str:
    """A folded name without the season and the province it names (its years kept: two years are two editions)."""
    return " ".join(_places().sub(" ", re.sub(r"(?<!\w)mua\s+(?:xuan|ha|thu|dong)(?!\w)", " ", key)).split())


def alike(a: str, b: str) -> bool:
    """Whether two folded names are one, or one long name worded twice with one small word more or less (`Hội thi tuyên
    truyền sử dụng ...` and `hội thi "Tuyên truyền về sử dụng ..."`): at least eight words and one of difference."""
    if a == b or len(a.split()) >= 4 and _core(a) == _core(b) and len(_core(a).split()) >= 4:
        return True  # (`Lễ hội chùa Keo Thái Bình năm 2024` and `Lễ hội chùa Keo mùa thu năm 2024`: one festival, s54 set P115)
    x, y = a.split(), b.split()
    return min(len(x), len(y)) >= 8 and abs(len(x) - len(y)) == 1 and len(set(x) ^ set(y)) == 1
