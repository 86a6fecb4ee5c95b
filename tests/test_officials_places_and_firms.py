"""Where a post is: provinces written with the short vowels of their local spelling (`Dăk Lăk`, `Đăk Nông`) are the provinces
(`lexicons/provinces.tsv`; s47, from a real page of set P61 where the unknown spelling left a bare `tỉnh` that took
another province); and a firm's address or description after its name is no part of a post (set P62)."""

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


@pytest.mark.parametrize("text, title", [
    # a firm's address after its name is no part of the post (s47, set P62)
    ("Ông Lê Văn Tám, Giám đốc Công ty TNHH Chế biến dừa Lương Quới, xã Lương Quới, huyện Giồng Trôm cho biết công ty đã "
     "xuất khẩu sang 12 nước.", "Giám đốc Công ty TNHH Chế biến dừa Lương Quới"),
    # nor a description of the firm set off by a dash
    ("Bà Trần Thị Mai, Tổng giám đốc công ty cổ phần Sao Ta- doanh nghiệp xuất khẩu tôm hàng đầu cả nước chia sẻ như vậy.",
     "Tổng giám đốc công ty cổ phần Sao Ta"),
])
def test_a_firm_s_address_or_description_is_no_part_of_the_post(text, title):
    (official,) = process_text(text, settings=SETTINGS).officials
    assert official.title == title


def test_a_commune_s_district_stays_in_a_local_post():
    (official,) = process_text("Ông Trần Văn An, Chủ tịch UBND xã Hữu Định, huyện Châu Thành cho biết như vậy.", settings=SETTINGS).officials
    assert official.title == "Chủ tịch UBND xã Hữu Định, huyện Châu Thành"
