"""Shapes from the blind verdicts of sets P123 to P126 (s56), on sentences of our own.
Subjects: an amount of energy after a verb of making, saving or using it is that act's (`sản lượng điện Tổng công ty sản
xuất`), and shares chained after an amount with a measure take that measure."""

from __future__ import annotations

import pytest

from tests.shapes import subjects

HEAD = "Tin nhanh\n"  # a headline line, so that the sentence under test is read as the body's


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Năm 2023, Công ty Thủy điện Sơn La đã sản xuất 9,2 tỷ kWh điện, vượt kế hoạch được giao.", "9,2 tỷ kWh",
     "sản lượng điện Công ty Thủy điện Sơn La sản xuất"),
    ("Trong 6 tháng, Điện lực Quảng Ngãi đã tiết kiệm được 18 triệu kWh.", "18 triệu kWh",
     "lượng điện Điện lực Quảng Ngãi tiết kiệm được"),
    ("Năm qua, toàn thành phố tiêu thụ khoảng 3,4 tỷ kWh.", "khoảng 3,4 tỷ kWh", "lượng điện toàn thành phố tiêu thụ"),
    # a noun phrase, no one's act: the amount keeps the phrase
    ("Nhà máy có công suất 50 MW, điện năng sản xuất khoảng 180 triệu kWh/năm.", "khoảng 180 triệu kWh", "điện năng sản xuất"),
])
def test_energy_made_is_the_acts(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Năm 2024, Nhà máy Thủy điện Hòa Bình đã sản xuất 8,1 tỷ kWh, bằng 104% kế hoạch năm và tăng 6% so với năm trước.",
     "6%", "sản lượng điện Nhà máy Thủy điện Hòa Bình sản xuất"),
    ("Năm 2024, Nhà máy Thủy điện Hòa Bình đã sản xuất 8,1 tỷ kWh, bằng 104% kế hoạch năm và tăng 6% so với năm trước.",
     "104%", "sản lượng điện Nhà máy Thủy điện Hòa Bình sản xuất"),
    ("Trong 9 tháng, giá trị sản xuất công nghiệp của tỉnh Nam Định đạt 95.000 tỷ đồng, tăng 11% so với cùng kỳ.",
     "11%", "giá trị sản xuất công nghiệp của tỉnh Nam Định"),
])
def test_share_chained_after_amount_takes_its_measure(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


def test_share_with_its_own_measure_is_kept() -> None:
    said = subjects(HEAD + "Doanh thu của Công ty B đạt 800 tỷ đồng, tăng 9%, lợi nhuận tăng 15%.")
    assert said.get("9%") == "Doanh thu của Công ty B"
    assert said.get("15%") != "Doanh thu của Công ty B"
