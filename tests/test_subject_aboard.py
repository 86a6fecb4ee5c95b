"""People counted aboard a vehicle are the people, not the vehicle (`pipeline/facts/subject_aboard.py`, fortieth
session: the ship named for its passengers in blind samples)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.facts.subject_aboard import aboard
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,subjects", [
    ("Chiếc phà chở hơn 120 người bị mắc cạn trên sông Hậu.", ["người trên phà"]),
    ("Khi đó tàu cá của ông Lâm có 12 người đang thả lưới ở vùng biển Hoàng Sa.", ["người trên tàu cá của ông Lâm"]),
    ("Thời điểm gặp nạn, trên tàu có 5 người, đều quê ở huyện Bình Sơn.", ["người trên tàu"]),
])
def test_people_carried_by_a_vehicle_are_counted_aboard_it(text, subjects):
    assert _subjects(text) == subjects


def test_a_capacity_or_other_counts_are_left_as_read():
    assert aboard("Tàu lặn này có thể chở 4 người.", 21, "người", "Tàu lặn này") == "Tàu lặn này"
    assert aboard("Tàu chở 300 tấn hàng.", 9, "tấn", "Tàu") == "Tàu"
    assert aboard("Công ty có 300 người.", 12, "người", "Công ty") == "Công ty"
