"""Counts and sums the forty-fifth session's blind judges found without a usable subject on unseen real pages: a count
of things a verb of the trade acts on (`hỗ trợ 67 đề án`), a sum after `với` whose works are counted earlier in its
clause, two verbs of the things counted joined before any object, the whole place that has them (`trên địa bàn tỉnh có
2 cụm công nghiệp`) and the booths of a fair a verb of the clause opens. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


@pytest.mark.parametrize("text,figure,subject", [
    ("Năm qua, Trung tâm Khuyến công tỉnh đã hỗ trợ 24 đề án với số tiền gần 4 tỷ đồng.", "24 đề án", "đề án được hỗ trợ"),
    ("Sáu tháng đầu năm, khu kinh tế Nghi Sơn thu hút được 18 dự án.", "18 dự án", "dự án được thu hút"),
    ("Hội đồng thẩm định đã lựa chọn ra 36 sản phẩm để đề nghị tặng giấy chứng nhận.", "36 sản phẩm", "sản phẩm được lựa chọn"),
    ("UBND tỉnh vừa cấp giấy chứng nhận cho 41 sản phẩm, bộ sản phẩm tiêu biểu.", "41 sản phẩm", "sản phẩm được cấp giấy chứng nhận"),
    ("Trung tâm đã hoàn thành 2 kế hoạch và 19 đề án trong năm.", "19 đề án", "đề án được hoàn thành"),
    ("Năm nay, tỉnh được giao 900 triệu đồng kinh phí khuyến công quốc gia cho 3 đề án.", "3 đề án", "đề án được giao"),
    ("Ngành công thương sẽ tổ chức 12 hội chợ trong năm 2025.", "12 hội chợ", "hội chợ được tổ chức"),
])
def test_a_count_of_things_a_verb_acts_on_says_so_in_the_passive(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure", [
    ("Tỉnh có 14 đề án khuyến công trong năm nay.", "14 đề án"),  # having is no act on them
    ("Đoàn đã khảo sát 5 tỉnh trong chuyến công tác.", "5 tỉnh"),  # places: which ones is told by names
    ("Lực lượng quản lý thị trường đã xử phạt 3 cơ sở kinh doanh.", "3 cơ sở"),  # a penalty: no `được`
])
def test_no_passive_for_having_places_or_times(text, figure):
    subject = _subjects(text)[figure]
    assert subject is None or " được " not in subject


def test_words_after_the_count_still_win_over_the_verb_before_it():
    subjects = _subjects("Đến nay, huyện đã thu hút được 9 dự án đầu tư vào Cụm công nghiệp Tân Phú.")
    assert subjects["9 dự án"] == "dự án đầu tư vào Cụm công nghiệp Tân Phú"


@pytest.mark.parametrize("text,figure,subject", [
    ("Năm 2024, tỉnh đang triển khai 9 đề án khuyến công cho các hợp tác xã, với tổng kinh phí hỗ trợ là hơn 1,5 tỷ đồng.",
     "hơn 1,5 tỷ đồng", "tổng kinh phí hỗ trợ của 9 đề án khuyến công"),
    ("Có 3 đề án khuyến công quốc gia và 11 đề án khuyến công địa phương được thực hiện với tổng kinh phí 2,6 tỷ đồng.",
     "2,6 tỷ đồng", "tổng kinh phí của 3 đề án khuyến công quốc gia và 11 đề án khuyến công địa phương"),
])
def test_a_bare_sum_after_với_is_the_cost_of_the_works_counted_in_its_clause(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_sum_after_another_sum_is_not_given_the_works_counted_before_both():
    subjects = _subjects("Tỉnh hỗ trợ 4 đề án 700 triệu đồng, với tổng kinh phí đối ứng 2 tỷ đồng.")
    assert "đề án" not in (subjects["2 tỷ đồng"] or "")


@pytest.mark.parametrize("text,figure,subject", [
    ("Hiện xã có khoảng 60 hộ gìn giữ và phát triển nghề dệt chiếu.", "khoảng 60 hộ", "hộ gìn giữ và phát triển nghề dệt chiếu"),
    ("Huyện có 02 cụm công nghiệp đã được quy hoạch nhưng chưa đi vào hoạt động.", "02 cụm công nghiệp",
     "cụm công nghiệp đã được quy hoạch nhưng chưa đi vào hoạt động"),
])
def test_two_verbs_of_the_things_counted_stay_together(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_the_whole_place_that_has_a_count_names_which_ones():
    subjects = _subjects("Hiện nay, trên địa bàn huyện Đức Trọng có 4 cụm công nghiệp, với 20 dự án đã đi vào hoạt động.")
    assert subjects["4 cụm công nghiệp"] == "cụm công nghiệp trên địa bàn huyện Đức Trọng"


def test_the_booths_of_a_fair_a_verb_opens():
    subjects = _subjects("Chiều nay, Sở Công Thương khai mạc hội chợ hàng nông sản an toàn với quy mô 80 gian hàng.")
    assert subjects["80 gian hàng"] == "gian hàng của hội chợ hàng nông sản an toàn"


@pytest.mark.parametrize("text,figure,subject", [
    ("Năm nay có 58 doanh nghiệp với tổng số 140 sản phẩm được công nhận đạt Thương hiệu quốc gia.", "58 doanh nghiệp",
     "doanh nghiệp có sản phẩm được công nhận đạt Thương hiệu quốc gia"),
    ("Hội thi diễn ra sáng 9/5, với sự tham gia của 80 thí sinh đến từ 12 đơn vị.", "đến từ 12 đơn vị", "đơn vị có thí sinh tham gia"),
    ("Hội chợ năm nay có 150 gian hàng của 20 tỉnh, thành phố.", "20 tỉnh, thành phố", "tỉnh, thành phố có gian hàng"),
])
def test_who_holds_or_sends_what_is_counted_before(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure,subject", [
    ("Năm 2023, các doanh nghiệp FDI nộp ngân sách 2.000 tỷ đồng và tạo việc làm cho 35.000 lao động.", "35.000 lao động",
     "lao động được tạo việc làm"),
    ("Đoàn thăm hỏi và tặng quà cho 300 hộ nghèo.", "300 hộ", "hộ nghèo được tặng quà"),
])
def test_a_deed_after_và_still_serves_the_people_counted(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_word_after_và_that_is_no_deed_serves_no_one():
    subjects = _subjects("Bệnh viện điều trị bệnh không lây nhiễm và mạn tính cho 5.000 người.")
    assert "được mạn tính" not in (subjects["5.000 người"] or "")


def test_what_is_said_of_the_things_held_ends_at_the_next_clause():
    subjects = _subjects("Có 60 doanh nghiệp với 150 sản phẩm đạt Thương hiệu quốc gia năm 2024 là những doanh nghiệp dẫn đầu ngành.")
    assert subjects["60 doanh nghiệp"] == "doanh nghiệp có sản phẩm đạt Thương hiệu quốc gia năm 2024"
