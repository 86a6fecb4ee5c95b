"""Provinces written with the short vowels of their local spelling (`Dăk Lăk`, `Đăk Nông`) are the provinces
(`lexicons/provinces.tsv`; s47, from a real page of set P61 where the unknown spelling left a bare `tỉnh` that took
another province)."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


@pytest.mark.parametrize("text, title, province", [
    ("Theo ông Trần Văn Quý - Giám đốc Sở Công Thương tỉnh Dăk Lăk tỉnh hiện có tám đầu mối xăng dầu.",
     "Giám đốc Sở Công Thương tỉnh Dăk Lăk", "Đắk Lắk"),
    ("Ông Lê Văn Bình, Phó Giám đốc Sở Công Thương tỉnh Đăk Nông, cho biết giá cà phê tăng.",
     "Phó Giám đốc Sở Công Thương tỉnh Đăk Nông", "Đắk Nông"),
])
def test_a_local_spelling_is_the_province(text, title, province):
    (official,) = process_text(text, settings=SETTINGS).officials
    assert (official.title, official.province) == (title, province)
