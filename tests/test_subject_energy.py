"""Whose electricity an amount of energy is when a verb of supplying the grid gives it (`pipeline/facts/subject_energy.py`,
forty-third session: blind judges of unseen real pages found a bare `Nhà máy`, `dự án` or nothing in three of 120 samples)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,subject", [
    ("Khi hoàn thành, nhà máy thủy điện sẽ cung cấp cho lưới điện quốc gia khoảng 95 triệu kWh mỗi năm.",
     "sản lượng điện nhà máy thủy điện cung cấp cho lưới điện quốc gia"),
    ("Trang trại điện gió Ia Pết sau khi vận hành sẽ hòa vào lưới điện quốc gia hơn 300 triệu kWh/năm.",
     "sản lượng điện Trang trại điện gió Ia Pết hòa vào lưới điện quốc gia"),
    ("Hằng năm, cụm hồ thủy điện phát lên lưới bình quân 1,2 tỷ kWh.", "sản lượng điện cụm hồ thủy điện phát lên lưới"),
])
def test_energy_given_to_the_grid_is_the_giver_s_electricity(text, subject):
    assert _subjects(text)[0] == subject


@pytest.mark.parametrize("text,subject", [
    ("Sản lượng điện của nhà máy năm 2024 đạt 520 triệu kWh.", "Sản lượng điện của nhà máy"),  # a measure read already
    # used, not given to the grid: since s56 the amount its user uses (`subject_energy._MADE`), not the grid's
    ("Ông Hùng cho biết gia đình tiêu thụ 300 kWh mỗi tháng.", "lượng điện gia đình tiêu thụ"),
])
def test_other_energy_amounts_are_left_to_the_other_readings(text, subject):
    assert _subjects(text)[0] == subject
