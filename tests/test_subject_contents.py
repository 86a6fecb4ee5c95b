"""Money held in a container and goods traded named after their value (`pipeline/facts/subject_contents.py`, fortieth
session: the wallet named for its cash in blind samples)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,subjects", [
    ("Em Lan đã trả lại chiếc ví có 12 triệu đồng cho người đánh rơi.", ["tiền trong chiếc ví"]),
    ("Kẻ gian giật túi xách (bên trong có 3,5 triệu đồng) của chị Hoa.", ["tiền trong túi xách"]),
    ("Việt Nam đã xuất khẩu 45 triệu USD các sản phẩm cá ngừ sang Nhật Bản.", ["kim ngạch xuất khẩu các sản phẩm cá ngừ"]),
    ("Xuất khẩu và nhập khẩu của tỉnh lần lượt đạt 2,1 tỷ USD và 1,3 tỷ USD.", ["Xuất khẩu", "nhập khẩu của tỉnh"]),  # (no goods after the sums: left as read)
])
def test_money_is_what_a_container_holds_or_goods_are_worth(text, subjects):
    assert _subjects(text) == subjects


@pytest.mark.parametrize("text,subjects", [
    ("Bình Phước hiện còn hơn 150.000 ha rừng tự nhiên.", ["diện tích rừng tự nhiên của Bình Phước"]),
    ("Việt Nam có trên 600.000 ha cà phê.", ["diện tích cà phê của Việt Nam"]),
    ("Huyện có 3.500 ha lúa bị ngập.", ["diện tích lúa"]),  # a place word alone names no place
])
def test_land_a_place_has_is_that_places(text, subjects):
    """(`subject_land.py`, fortieth session)"""
    assert _subjects(text) == subjects
