"""A sum nothing else names takes the verb that moves it (`pipeline/facts/subject_money_acts.py`)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,subjects", [
    ("Anh Tùng đã vay 200 triệu đồng từ quỹ tín dụng nhân dân xã.", ["số tiền vay của Anh Tùng"]),
    ("Đoàn công tác trao 5 triệu đồng hỗ trợ gia đình chị Lan bị sập nhà.", ["số tiền trao hỗ trợ gia đình chị Lan bị sập nhà"]),
    ("Anh Minh gửi về 20 triệu đồng cho bố mẹ ở quê.", ["số tiền gửi về cho bố mẹ ở quê"]),
    ("Bị cáo đã chuyển trả lại 2 tỉ đồng cho ngân hàng.", ["số tiền trả lại cho ngân hàng"]),
    # spending, saving and matching funds (thirty-ninth session); `chi khống` one act
    ("Sau đó, anh Dũng đã tiêu 40 triệu đồng.", ["số tiền tiêu của anh Dũng"]),
    ("Kế toán đã chi khống 2 tỷ đồng cho các chuyến tham quan.", ["số tiền chi khống cho các chuyến tham quan"]),
    ("Nhờ cải cách thủ tục, các hợp tác xã tiết kiệm được khoảng 3 tỷ đồng.", ["số tiền tiết kiệm được"]),
    ("Tỉnh sẽ đối ứng khoảng 120 tỷ đồng.", ["số tiền đối ứng"]),
    # a bare `số tiền` after the verb that moves it, link words between it and the amount
    ("Anh Bình đã vay số tiền 80 triệu đồng.", ["số tiền vay của Anh Bình"]),
    ("Mỗi hộ kinh doanh phải nộp số tiền lên tới gần 5 triệu đồng.", ["số tiền nộp"]),
    ("Hội chữ thập đỏ đã trao số tiền 20 triệu đồng cho gia đình anh Sáu.", ["số tiền trao cho gia đình anh Sáu"]),
])
def test_a_sum_is_named_by_the_verb_that_moves_it(text, subjects):
    assert _subjects(text) == subjects


@pytest.mark.parametrize("text", [
    "Giá vốn hàng bán đã chiếm tới 683 tỷ đồng trong kỳ.",  # a share of a whole, no money moved
    "Doanh thu quý này tăng 10 tỷ đồng so với cùng kỳ.",  # a change
    "Cả gia đình chỉ còn 2 triệu đồng để sống qua tháng.",  # what is left
])
def test_no_act_where_no_money_moves(text):
    assert not any((s or "").startswith("số tiền") for s in _subjects(text))


def test_money_lost_to_theft_is_the_sum_and_whose():
    """(s38) `mất trộm`, `mất cắp`: the tagger splits them `mất/V trộm/N`; the sum is the money stolen and whose."""
    assert _subjects("Một cửa hàng vàng ở Hà Nội bị mất trộm 2 tỷ đồng.") == ["số tiền bị mất trộm của cửa hàng vàng ở Hà Nội"]


def test_who_receives_a_named_sum_is_not_its_giver():
    """(fortieth session: `Người dân nhận số tiền hỗ trợ ...` read as given by `Người dân nhận số tiền`)"""
    assert _subjects("Các hộ dân nhận số tiền hỗ trợ 3 triệu đồng.") == ["số tiền hỗ trợ"]
    assert _subjects("Hội Chữ thập đỏ huyện ủng hộ 15 triệu đồng.") == ["số tiền ủng hộ của Hội Chữ thập đỏ huyện"]


@pytest.mark.parametrize("text, subjects", [
    ("Nhật Bản đã tốn 300 triệu USD cho cuộc thử nghiệm tàu lượn.", ["chi phí của Nhật Bản cho cuộc thử nghiệm tàu lượn"]),
    ("Công ty Minh Phát chi 120 tỷ đồng mua lại nhà máy gạch.", ["số tiền chi của Công ty Minh Phát mua lại nhà máy gạch"]),
    ("Mâm cỗ này chỉ tốn 200.000 đồng.", ["chi phí của Mâm cỗ này"]),
])
def test_a_sum_a_payer_spends_is_the_sum_not_the_payer(text, subjects):
    """(fortieth session: `Mỹ đã tốn 244 triệu USD cho ...` gave `Mỹ`)"""
    assert _subjects(text) == subjects


@pytest.mark.parametrize("text, subjects", [
    ("Ngân sách tỉnh chi 500 tỷ đồng cho giáo dục.", ["Ngân sách tỉnh"]),
    ("Tổng dư nợ, lãi vay ngân hàng phải trả trên 900 tỷ đồng.", ["lãi vay ngân hàng"]),
])
def test_a_fund_or_a_measure_that_pays_keeps_its_reading(text, subjects):
    assert _subjects(text) == subjects


def test_a_sum_an_opening_agent_acts_on_is_theirs_unless_they_only_tell_it():
    """(fortieth session: `Bà Choi ... thu về số tiền hơn 60 triệu USD`: bare `số tiền thu về` named nobody)"""
    assert _subjects("Bà Kim đã lợi dụng vị thế để thu về số tiền hơn 5 triệu USD từ các doanh nghiệp.") == ["số tiền thu về của Bà Kim"]
    assert _subjects("Ông Tâm cho biết, nhà đầu tư đã thu về 5 tỷ đồng.") == ["số tiền thu về"]
