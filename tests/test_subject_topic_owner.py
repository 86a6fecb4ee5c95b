"""The topic of a sentence owns a bare measure its clause goes on to give (`pipeline/facts/subject_topic_owner.py`): a
common noun phrase or a name the tagger takes for a common noun, which `subject_named_owner` does not read."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,expected", [
    # a list of the topic's sizes, then the measure after `với`
    ("UAV50 dài 6 m, sải cánh rộng 12 m, bay liên tục trong 20 giờ với tầm bay khoảng 2.500 km.", "tầm bay của UAV50"),
    # the measure after a comma, the topic measured by an adjective first (`tối đa` is the figure's qualifier)
    ("Tàu tuần tra dài 80 m, lượng giãn nước 1.500 tấn, tốc độ tối đa 30 km/giờ.", "tốc độ của Tàu tuần tra"),
    # a measure that opens the clause lends the owner it names
    ("Doanh thu bán lẻ của chuỗi siêu thị ước đạt 900 tỷ đồng với lợi nhuận ước đạt 45 tỷ đồng.",
     "lợi nhuận của chuỗi siêu thị"),
    # `mức` before the measure, an adverb before the verb
    ("Nhà cung cấp thiết bị mạng này hiện sở hữu mức vốn hóa 300 tỷ USD.", "mức vốn hóa của Nhà cung cấp thiết bị mạng này"),
    # a person owns wealth, past `được cho là`
    ("Ông Trần Văn Khải được cho là sở hữu khối tài sản khoảng 9.000 tỷ đồng.", "tài sản của Ông Trần Văn Khải"),
    # an opening frame ending with a comma is no topic
    ("Với bốn động cơ mới, máy bay vận tải X-9 đạt tốc độ tối đa 900 km/h.", "tốc độ của máy bay vận tải X-9"),
    # a place a verb of motion goes through is no nearer owner
    ("Tuyến đường sắt nhẹ Nam Sơn chạy qua xã Tân Lập có chiều dài hơn 12 km.", "chiều dài của Tuyến đường sắt nhẹ Nam Sơn"),
    # `số` before the measure, as `mức`
    ("Năm 2020, nhà đầu tư Hàn Quốc xin thực hiện dự án với số vốn đăng ký 300 triệu USD.", "số vốn đăng ký của nhà đầu tư Hàn Quốc"),
])
def test_the_topic_owns_the_measure(text, expected):
    assert expected in _subjects(text)


@pytest.mark.parametrize("text,never", [
    # a person has no capacity
    ("Ông Tâm cho hay nhà xưởng với công suất 40 tấn mỗi ngày vẫn chưa chạy.", "của Ông Tâm"),
    # the subject of a subordinate clause owns nothing of the main clause
    ("Hợp tác xã do nông dân góp 80% vốn, có vốn điều lệ 2 tỷ đồng.", "của nông dân"),
    # the verb's own subject is nearer than the topic
    ("Bộ Quốc phòng muốn tàu mới đạt tốc độ tối đa 60 km/h.", "của Bộ"),
    # a copula: the topic is the measure, it does not own it
    ("Điều đáng lo là lưu lượng xe tăng trên 10% mỗi năm.", "lưu lượng của"),
    # a list item of its own, not a measure of the topic
    ("Tháng 5: Hội thao công nhân, kinh phí dự kiến 30 triệu đồng.", "kinh phí của Hội thao"),
    # a share of a whole, not a topic
    ("Tỉnh đã thu hút 120 dự án, phần lớn là công nghiệp chế biến, với tổng vốn 8.000 tỷ đồng.", "của phần lớn"),
])
def test_no_topic_owner(text, never):
    assert not any(never in (s or "") for s in _subjects(text))


@pytest.mark.parametrize("text,expected", [
    ("Đồng bảng đã mất 12% giá trị kể từ đầu năm.", "giá trị của Đồng bảng"),
    ("Lạm phát tăng cao nên đồng tiền này đã giảm 25% giá trị.", "giá trị của đồng tiền này"),
    ("Hợp tác xã tăng 18% sản lượng so với vụ trước.", "sản lượng của Hợp tác xã"),
])
def test_a_change_of_the_topics_measure(text, expected):
    assert expected in _subjects(text)
