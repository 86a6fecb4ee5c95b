"""Shapes from the blind verdicts of sets P169 and P170 (s61) and P171 onwards (s62), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.language.analysis import analyse
from tests.shapes import HEAD, subjects


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Tổng diện tích lúa toàn vùng năm 2022 đạt 90.000 ha; trong đó Tháp Mười 21.000 ha, Cao Lãnh 18.500 ha và Tam Nông "
     "12.300 ha.", {"21.000 ha": "diện tích lúa của Tháp Mười", "18.500 ha": "diện tích lúa của Cao Lãnh",
                    "12.300 ha": "diện tích lúa của Tam Nông"}),
    ("Sản lượng chè của tỉnh đạt 120.000 tấn; trong đó Tân Cương 30.000 tấn, Đại Từ 25.000 tấn.",
     {"30.000 tấn": "sản lượng chè của Tân Cương", "25.000 tấn": "sản lượng chè của Đại Từ"}),
    ("Hồ tiêu được trồng nhiều ở huyện Chư Sê (4.100 ha), Chư Pưh (3.200 ha) và Đắk Đoa (2.700 ha).",
     {"4.100 ha": "diện tích trồng hồ tiêu của huyện Chư Sê", "2.700 ha": "diện tích trồng hồ tiêu của Đắk Đoa"}),
    ("Nhiều hợp tác xã đã chuyển sang trồng bưởi như: HTX Tân Phú (45 ha), HTX Mỹ Lợi (hơn 30 ha).",
     {"45 ha": "diện tích trồng bưởi của HTX Tân Phú", "hơn 30 ha": "diện tích trồng bưởi của HTX Mỹ Lợi"}),
    ("Một số làng nghề có doanh thu lớn như: Làng nghề gỗ Đồng Kỵ (TP Từ Sơn) đạt 3.200 tỷ đồng; làng nghề gốm Phù Lãng "
     "đạt 150 tỷ đồng.", {"3.200 tỷ đồng": "doanh thu của Làng nghề gỗ Đồng Kỵ",
                          "150 tỷ đồng": "doanh thu làng nghề gốm Phù Lãng"}),
])
def test_a_list_by_place_or_firm_gives_each_its_measure_of_that_owner(sentence: str, wanted: dict[str, str]) -> None:
    got = subjects(HEAD + sentence)
    assert {k: got.get(k) for k in wanted} == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a market abroad after a trade's measure is no owner of it
    ("Kim ngạch xuất khẩu đạt 5 tỷ USD, trong đó Hoa Kỳ 2 tỷ USD, Nhật Bản 1 tỷ USD.", "2 tỷ USD", "Kim ngạch xuất khẩu"),
    # one plant with its capacity is the capacity's own thing
    ("Tỉnh có hai nhà máy: Nhà máy điện mặt trời Phước Thái (50 MW) và Nhà máy điện gió Đầm Nại (100 MW).", "50 MW",
     "Nhà máy điện mặt trời Phước Thái"),
])
def test_items_that_are_no_owners_keep_their_subject(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_capitalised_tu_after_a_word_is_a_name_and_opens_no_range() -> None:
    got = subjects(HEAD + "Năm 2023, huyện Phú Lương thu 9.000 tấn, Đại Từ 25.000 tấn chè búp tươi.")
    assert "25.000 tấn" in got and "Từ 25.000 tấn" not in got
    assert "Từ 20 - 25 tấn" in subjects(HEAD + "Từ 20 - 25 tấn hàng được xuất đi mỗi ngày.")


def test_cacao_the_segmenter_splits_is_one_noun() -> None:
    def tags(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.pos) for t in analyse(text, lazy=False).sentences[0].tokens]
    assert ("ca cao", "N") in tags("Sản lượng ca cao của hợp tác xã đạt 300 tấn.")
    assert ("tươi", "A") in tags("Trái ca cao tươi được thu mua với giá 6.000 đồng/kg.")
    assert ("ca cao", "N") not in tags("Công nhân phải làm ca cao điểm suốt tuần.")
    assert ("ca cao", "N") not in tags("Số ca cao nhất ghi nhận trong ngày.")
    got = subjects(HEAD + "Năm nay, giá hạt ca cao lên men đạt 90.000 đồng/kg, sản lượng ca cao của huyện đạt 1.200 tấn.")
    assert got["90.000 đồng"] is not None and "ca cao" in got["90.000 đồng"]
    assert got["1.200 tấn"] is not None and got["1.200 tấn"].startswith("sản lượng ca cao")
