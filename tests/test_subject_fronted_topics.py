"""A bare price or output after a topic fronted before `thì` is the topic's (set P58: `Với những loại như thanh long, xoài
cát thì giá trung bình từ 20 - 30.000 đồng/kg`). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


@pytest.mark.parametrize("text,figure,subject", [
    ("Với những loại như bưởi, cam sành thì giá trung bình từ 25.000 đồng/kg.", "từ 25.000 đồng", "giá trung bình bưởi, cam sành"),
    ("Đối với chôm chôm thì giá bán 18.000 đồng/kg.", "18.000 đồng", "giá bán chôm chôm"),
    ("Còn hồ tiêu thì sản lượng đạt 1.200 tấn.", "1.200 tấn", "sản lượng hồ tiêu"),
])
def test_a_topic_before_thi_owns_a_bare_price_or_output(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_place_before_thi_is_no_goods():
    assert _subjects("Còn tỉnh thì giá bán 18.000 đồng/kg.")["18.000 đồng"] == "giá bán"


@pytest.mark.parametrize("text,figure,subject", [
    # a measure of the same head in brackets right after a figure is of that figure's thing (set P58)
    ("Giá nho xanh Ninh Thuận tại siêu thị đang giảm còn 45.000 đồng/kg (giá gốc niêm yết 60.000 đồng/kg).", "60.000 đồng",
     "giá gốc nho xanh Ninh Thuận tại siêu thị"),
    ("Doanh thu của Hợp tác xã Tân Phú đạt 12 tỷ đồng (doanh thu năm trước 9 tỷ đồng).", "9 tỷ đồng",
     "doanh thu năm trước của Hợp tác xã Tân Phú"),
])
def test_a_variant_in_brackets_is_of_the_thing_before(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_works_named_by_what_it_does_owns_the_sum_after_with():
    """`Đây là nhà máy chế biến/V gỗ với tổng vốn`: the plant's capital, not the wood's (a pre-existing error seen while
    reading set P58)."""
    assert _subjects("Đây là nhà máy chế biến hạt điều với tổng vốn 150 tỷ đồng.")["150 tỷ đồng"] == "tổng vốn của nhà máy chế biến hạt điều"
