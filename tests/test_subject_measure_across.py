"""A measure with a place or a time between it and its figure is still its subject (`pipeline/facts/subject_measure_across.py`)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,expected", [
    ("Ông Hải cho biết nhu cầu vốn hiện nay trên địa bàn huyện khoảng 300 tỷ đồng.", "nhu cầu vốn hiện nay trên địa bàn huyện"),
    ("Theo kiểm toán, giá trị lợi thế kinh doanh của nhà máy tại thời điểm bàn giao là 12 tỷ đồng.",
     "giá trị lợi thế kinh doanh của nhà máy tại thời điểm bàn giao"),
])
def test_a_measure_across_a_place(text, expected):
    assert expected in _subjects(text)


@pytest.mark.parametrize("text", [
    "Công ty cổ phần Hòa Phát tại Hải Dương trao tặng 50 triệu đồng.",  # a measure inside a company's name
    "Thủy điện Sơn La xả 3.000 m3/s vào sáng nay.",  # a verb of another clause between
])
def test_no_measure_across_a_clause(text):
    assert not any((s or "").startswith(("cổ phần", "điện")) for s in _subjects(text))
