"""Counts and sums the forty-sixth session's blind judges (sets P57, P58) found without a usable subject: a sum after `với`
owned by the things counted right before it (not by the clause's opening), a count with nothing more said of its things
(its counted noun, never null), the whole country after a word of time, a sum a verb of support pays for an act right
after it, a model or project named by what it does, a list of goods, firms a verb deals with after `đối với`, and a
count's tail cut at an event's predicate or a time. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


@pytest.mark.parametrize("text,figure,subject", [
    ("Tỉnh có 52 dự án đầu tư trực tiếp nước ngoài còn hiệu lực với tổng vốn đăng ký 2,3 tỷ USD.", "2,3 tỷ USD",
     "tổng vốn đăng ký của 52 dự án đầu tư trực tiếp nước ngoài còn hiệu lực"),
    ("Huyện có 9 dự án FDI với tổng vốn đăng ký 120 triệu USD.", "120 triệu USD", "tổng vốn đăng ký của 9 dự án FDI"),
    ("Thành phố có 14 cụm công nghiệp với tổng diện tích 560 ha.", "560 ha", "tổng diện tích của 14 cụm công nghiệp"),
])
def test_a_sum_after_with_belongs_to_the_things_counted_before_it(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure,owner", [
    # sizes are no counts: the plant owns the cost, not the sea area before `với`
    ("Nhà máy điện gió Hòa Bình 5 có công suất 80MW, diện tích 6ha đất và 310ha biển với tổng vốn đầu tư 3.100 tỷ đồng.",
     "3.100 tỷ đồng", "Nhà máy điện gió Hòa Bình 5"),
    ("Khu đô thị có quy mô khoảng 31 ha với tổng mức đầu tư 2.900 tỷ đồng.", "2.900 tỷ đồng", "Khu đô thị"),
])
def test_a_size_before_with_owns_no_sum(text, figure, owner):
    assert _subjects(text)[figure].endswith(owner)


@pytest.mark.parametrize("text,figure,subject", [
    ("Hiện cả nước có trên 4.800 làng nghề.", "trên 4.800 làng nghề", "làng nghề cả nước"),
    ("Đến nay, toàn tỉnh có 37 làng nghề.", "37 làng nghề", "làng nghề toàn tỉnh"),
    ("Mười tám sản phẩm trên cũng được đánh giá cao. Năm nay có 18 sản phẩm.", "18 sản phẩm", "sản phẩm"),
    ("Huyện có 6 hợp tác xã.", "6 hợp tác xã", "hợp tác xã"),
])
def test_a_count_keeps_at_least_the_things_it_counts(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure,subject", [
    ("Hỗ trợ 350 triệu đồng thực hiện đề án khuyến công.", "350 triệu đồng", "số tiền hỗ trợ thực hiện đề án khuyến công"),
    ("Doanh nghiệp tài trợ 2 tỷ đồng xây trường học.", "2 tỷ đồng", "số tiền tài trợ xây trường học"),
])
def test_a_sum_of_support_pays_for_the_act_right_after_it(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_model_named_by_what_it_does_owns_its_cost():
    text = "Mô hình trình diễn máy sấy nông sản có tổng kinh phí thực hiện trên 2.450 triệu đồng."
    assert _subjects(text)["trên 2.450 triệu đồng"] == "tổng kinh phí thực hiện của Mô hình trình diễn máy sấy nông sản"


def test_a_verb_of_the_clause_does_not_join_a_works_name():
    assert _subjects("Dự án đạt doanh thu 300 tỷ đồng.")["300 tỷ đồng"] == "doanh thu của Dự án"


@pytest.mark.parametrize("text,figure,subject", [
    ("Có gần 3.000 xe chở 12.500 tấn tôm, cua, cá sống xuất khẩu.", "12.500 tấn", "tôm, cua, cá"),
    ("Công ty thu mua 800 tấn mít, xoài và dứa.", "800 tấn", "mít, xoài và dứa"),
    ("Hợp tác xã bán 5 tấn cá, hộ dân thu về 200 triệu đồng.", "5 tấn", "cá"),  # two items: the next clause's subject
])
def test_an_amount_before_a_list_of_goods_is_of_all_of_them(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure,subject", [
    # firms a verb of sanction or inspection deals with after `đối với` (set P58)
    ("Đoàn liên ngành đã phát hiện và xử lý vi phạm hành chính đối với 02 doanh nghiệp.", "02 doanh nghiệp",
     "doanh nghiệp bị xử lý vi phạm hành chính"),
    ("Phòng đã kiểm tra, đánh giá mức độ ô nhiễm môi trường đối với 9 cơ sở chế biến.", "9 cơ sở",
     "cơ sở chế biến được kiểm tra, đánh giá mức độ ô nhiễm môi trường"),
    ("Chi cục đã kiểm tra 40 cơ sở, xử phạt đối với 6 cơ sở.", "6 cơ sở", "cơ sở bị xử phạt"),
])
def test_things_a_verb_deals_with_after_doi_voi_are_named_with_it(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure,subject", [
    # what takes place is the event, not the people its size counts (set P58)
    ("Đêm nhạc khai mạc lễ hội có quy mô hơn 15.000 người sẽ diễn ra vào tối 20/7.", "hơn 15.000 người", "người"),
    # a part of a period after `trong` is no place of the things counted (set P58)
    ("Sở dự kiến tổ chức 4 phiên chợ trong cuối năm 2024.", "4 phiên chợ", "phiên chợ được tổ chức"),
    # the topic after a whole opening clause of `Sau khi` owns the things counted (set P58)
    ("Sau khi mở rộng địa giới với các xã của huyện Ba Vì, huyện Mê Linh, Hà Nội hiện có 210 làng nghề.", "210 làng nghề",
     "làng nghề của Hà Nội"),
])
def test_a_count_tail_stops_at_an_events_predicate_and_a_time(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_count_of_two_kinds_keeps_both():
    """`đến từ 19 tỉnh, thành phố`: both words counted, not the last alone (set P58)."""
    assert _subjects("Các đặc sản đến từ 19 tỉnh, thành phố trong cả nước.")["đến từ 19 tỉnh, thành phố"] == "tỉnh, thành phố"
