"""A figure in brackets right after an item of a list is that item's (`pipeline/facts/subject_bracketed.py`, forty-third
session: the neighbouring item's owner, or a bare item with no measure, on unseen real pages)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


def test_each_item_owns_the_size_in_its_brackets():
    subjects = _subjects("Nổi bật là các dự án: nhà máy bao bì An Phát (vốn đầu tư 120 triệu USD), nhà máy linh kiện điện tử "
                         "thông minh Goertek (Tập đoàn Goertek, vốn đầu tư hơn 260 triệu USD).")
    assert subjects["120 triệu USD"] == "vốn đầu tư của nhà máy bao bì An Phát"
    assert subjects["hơn 260 triệu USD"] == "vốn đầu tư của nhà máy linh kiện điện tử thông minh Goertek"


def test_a_bare_sum_of_an_item_takes_the_measure_the_sentence_names_before():
    subjects = _subjects("Các dự án có số vốn đầu tư trên 500 tỷ đồng gồm Dự án Khu du lịch sinh thái Hồ Tà Đùng (hơn 900 tỷ "
                         "đồng, Công ty cổ phần Tà Đùng); Dự án Khu nghỉ dưỡng Đồi Thông (gần 700 tỷ đồng, Công ty Đồi Thông).")
    assert subjects["hơn 900 tỷ đồng"] == "vốn đầu tư của Dự án Khu du lịch sinh thái Hồ Tà Đùng"
    assert subjects["gần 700 tỷ đồng"] == "vốn đầu tư của Dự án Khu nghỉ dưỡng Đồi Thông"


@pytest.mark.parametrize("text,figure", [
    ("Kinh phí đầu tư hơn 47.500 tỷ đồng (khoảng 2,16 tỷ USD).", "khoảng 2,16 tỷ USD"),  # a sum restated, no item
    ("Bị cáo đã lấy trộm chiếc xe máy (trị giá 25 triệu đồng) của anh Nam.", "25 triệu đồng"),  # a value, no item's size
])
def test_brackets_that_hold_no_item_s_size_are_left_alone(text, figure):
    assert not (_subjects(text)[figure] or "").startswith("vốn đầu tư của")
