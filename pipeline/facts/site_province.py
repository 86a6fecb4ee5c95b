"""The province a provincial paper or a provincial government site stands for, read from its address.

A provincial post that names no province (`Phó Chủ tịch UBND tỉnh`, `Bí thư Tỉnh ủy`) in an article that names none
either (or several) is the province of the paper that printed it: `baosonla.vn`, `baodaklak.vn`, `gialaitv.vn`,
`tintuc.vinhlong.gov.vn`, `laichau.dcs.vn`, `khuyencongbinhphuoc.gov.vn`. A label of the host matches when it is a
province's name written without spaces or marks (`vinhlong`), or that name after a paper's or a body's prefix (`bao`,
`tinhuy`, `congthuong`, `khuyencong`, `sct`, `congan`, `skhcn`, ...) or before a broadcaster's `tv`. National papers (`baodautu`, `baotintuc`,
`vnexpress`) name no province and give none; neither does a district's or a city's site (`huyendienbien`,
`dalat-info`), whose name may be another province's.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from pipeline.facts.lexicon import Province, load

_PREFIXES = ("bao", "tinhuy", "congthuong", "khuyencong", "sct", "congan", "skhcn", "sokhcn", "skhdt", "sokhdt", "stnmt", "snnptnt",
             "hoinongdan", "phunu", "ubnd", "dulich", "xuctien", "")  # (`conganbackan.vn`, a province's police: s60, set P162)
_SUFFIXES = ("tv", "")


@cache
def _by_label() -> dict[str, Province]:
    """Every province's folded spellings without spaces or marks (`vinhlong`, `daklak`, `tphcm`)."""
    return {re.sub(r"[^a-z]", "", key.lower()): province for key, province in load().provinces.items()}


def site_province(url: str | None) -> Province | None:
    """The province the site at `url` stands for (see the module), or None."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    names = _by_label()
    for label in host.split(".")[:-1]:
        label = label.replace("-", "")
        for prefix in _PREFIXES:
            for suffix in _SUFFIXES:
                core = label[len(prefix):len(label) - len(suffix)] if label.startswith(prefix) and label.endswith(suffix) else ""
                if core and core in names:
                    return names[core]
    return None
