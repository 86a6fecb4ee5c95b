"""A thing read as the owner of the measure written right before its figure keeps that measure
(`pipeline/facts/subject_measure_owner.py`): the plant alone does not say whether a figure is its capacity, its
investment or its area."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,subjects", [
    # the measure right before the figure, its thing before it in the clause
    ("Nhà máy điện gió Quảng Trị 3 có công suất 48 MW, diện tích 12 ha.",
     ["công suất của Nhà máy điện gió Quảng Trị 3", "diện tích của Nhà máy điện gió Quảng Trị 3"]),
    ("Công ty may Tiến Phát được thành lập năm 2015 với tổng diện tích trên 8.000 m2.",
     ["tổng diện tích của Công ty may Tiến Phát"]),
    ("Cụm công nghiệp Đông Hưng được khởi công với tổng vốn đầu tư 320 tỷ đồng.",
     ["tổng vốn đầu tư của Cụm công nghiệp Đông Hưng"]),
    # a price is the thing's without `của`
    ("Thanh long ruột đỏ có giá 25.000 đồng/kg.", ["giá Thanh long ruột đỏ"]),
    # a price of a kind, and `có giá` one word to the segmenter (thirty-ninth session)
    ("Mẫu máy cày này có giá niêm yết 350 triệu đồng.", ["giá niêm yết Mẫu máy cày này"]),
    ("Bộ bàn ghế gỗ này chỉ có giá 8 triệu đồng.", ["giá Bộ bàn ghế gỗ này"]),
    # an adjective of size says its measure, by the unit
    ("Tuyến đê biển Gò Công dài 21 km chạy qua ba huyện.", ["chiều dài của Tuyến đê biển Gò Công"]),
    ("Giếng khoan thăm dò được khoan sâu 3 km dưới đáy biển.", ["độ sâu của Giếng khoan thăm dò"]),
    ("Xưởng chế biến hạt điều rộng 3.500 m2.", ["diện tích của Xưởng chế biến hạt điều"]),
])
def test_a_things_measure_keeps_the_measure(text, subjects):
    assert _subjects(text) == subjects


@pytest.mark.parametrize("text,never", [
    # `của` after the figure names another owner
    ("Những chiếc xà lan chịu được trọng lượng hơn 30 tấn của các khối bê tông.", "trọng lượng của"),
    # the measure ends a verb: no measure of the thing
    ("Đồng yên giảm giá tới 8% trong quý đầu năm.", "giá của"),
    # the subject already holds the measure's word
    ("Hiện giá cổ phiếu VNM được giao dịch ở mức giá 68.000 đồng/CP.", "mức giá giá"),
    # an adjective of size before a share or a volume: a comparison, no size
    ("Lãi suất cho vay cao hơn 2% so với năm trước.", "chiều cao"),
    ("Hồ chứa rộng hơn 5.000 m3 nước.", "chiều rộng"),
])
def test_no_measure_where_it_is_not_the_things(text, never):
    assert all(s is None or never not in s for s in _subjects(text))


def test_a_time_between_a_named_owner_and_its_verb():
    """`subject_named_owner`: a period between the named subject and its verb (`năm 2023`) does not hide the owner."""
    assert _subjects("Tổng công ty Lương thực miền Bắc năm 2023 đạt lợi nhuận sau thuế 120 tỷ đồng.") == [
        "lợi nhuận sau thuế của Tổng công ty Lương thực miền Bắc"]


def test_what_a_bare_measure_applies_to_after_doi_voi():
    """`subject_named_owner.owner_after`: `đối với` right after the figure says what a bare measure applies to."""
    assert _subjects("Mức thu phí 35.000 đồng đối với xe khách dưới 30 chỗ và 60.000 đồng đối với xe container.") == [
        "Mức thu phí đối với xe khách dưới 30 chỗ", "Mức thu phí đối với xe container"]
    assert _subjects("Giá bồi thường 1,5 triệu đồng/m2 đối với đất ở nông thôn.") == ["Giá bồi thường đối với đất ở nông thôn"]


@pytest.mark.parametrize("text,subjects", [
    # a thing put before its doer, closed by a demonstrative, is what the deal's price pays for (fortieth session)
    ("Theo ông Tư, con bò này ông mới mua với giá 35 triệu đồng.", ["giá mua con bò này"]),
    ("Chiếc xe đó anh Tư vừa bán với giá 200 triệu đồng.", ["giá bán Chiếc xe đó"]),
    ("Sau đó hắn mang đi cầm với giá 5 triệu đồng.", ["giá"]),
    # what is offered for sale (`chào bán`) opens the clause
    ("Căn hộ đang được chào bán với giá 3 tỷ đồng.", ["giá Căn hộ"]),
])
def test_a_price_pays_for_the_thing_dealt(text, subjects):
    assert _subjects(text) == subjects
