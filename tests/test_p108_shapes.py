"""Shapes from the blind verdicts of sets P108 and P109 (s53), on sentences of our own.
Subjects: goods sold or bought before the verb that leads to a bare price (a passive subject, a topic before `thì` or a
comma, a fronted object), a measure after a period that opens the clause (`Trong 3 năm qua diện tích ...`), a works
named by what it does opening the sentence (`Dự án tổ hợp chế biến ...`); `quanh` before a figure qualifies it."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS, subjects

HEAD = "Tin nhanh\n"  # a headline line, so that the sentence under test is read as the body's


def test_goods_sold_before_the_verb_own_a_bare_price():
    assert subjects(HEAD + "Gạo hữu cơ của hợp tác xã được bán với giá 35.000 đồng/kg.")["35.000 đồng"] == "Gạo hữu cơ của hợp tác xã"
    assert subjects(HEAD + "Thông thường tôm càng xanh bán với giá 250.000 đồng/kg.")["250.000 đồng"] == "giá tôm càng xanh"
    assert subjects(HEAD + "Riêng sầu riêng loại 1 thì thương lái thu mua với giá 90.000 đồng/kg.")["90.000 đồng"] == "giá sầu riêng loại 1"
    assert subjects(HEAD + "Riêng hồ tiêu, thương lái mua với giá 140.000 đồng/kg.")["140.000 đồng"] == "giá hồ tiêu"


def test_a_seller_a_count_or_a_place_before_the_verb_is_no_goods():
    assert subjects(HEAD + "Hiện chị đang bán với giá 60.000 đồng/kg.")["60.000 đồng"] == "giá"
    assert subjects(HEAD + "Năm nay, hơn 20 triệu cổ phiếu bán ra với giá 15.000 đồng.")["15.000 đồng"] == "giá cổ phiếu"
    assert subjects(HEAD + "Tuy nhiên, nho nhập từ Mỹ, Úc đang được bán với giá 150.000 đồng/kg.")["150.000 đồng"] == "giá"
    assert subjects(HEAD + "Lô hàng này anh vừa mua với giá 12 triệu đồng.")["12 triệu đồng"] == "giá mua Lô hàng này"


def test_a_period_opening_the_clause_owns_no_measure():
    assert subjects(HEAD + "Trong 3 năm qua diện tích cà phê tái canh đạt 12.000 ha.") == {"12.000 ha": "diện tích cà phê tái canh"}
    assert subjects(HEAD + "Bình quân 4 năm qua (2020 – 2023) diện tích mía đạt 8.500 ha.") == {"8.500 ha": "diện tích mía"}


def test_a_works_named_by_what_it_does_opens_the_sentence():
    found = subjects(HEAD + "Dự án tổ hợp chế biến gỗ Phú Tài được khởi công năm 2022, có tổng diện tích hơn 15 ha.")
    assert found["hơn 15 ha"] == "tổng diện tích của Dự án tổ hợp chế biến gỗ Phú Tài"


def test_quanh_before_a_figure_is_its_qualifier():
    figures = process_text(HEAD + "Lợi suất trái phiếu vẫn duy trì quanh 6%, cao hơn lãi suất tiền gửi.", settings=SETTINGS).figures
    assert [(f.text, f.qualifier, f.subject) for f in figures] == [("quanh 6%", "about", "Lợi suất trái phiếu")]
