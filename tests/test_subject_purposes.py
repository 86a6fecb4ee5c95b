"""Sums and sizes the forty-fifth session's blind judges found bare or lost on unseen real pages: money approved for a
purpose (`phê duyệt 440 triệu đồng để ...`, `... phục vụ cho ...`, the next sum of the list after `và`), a sum the tagger
glued into `đồng phục`, the cost of a named plan (`phê duyệt kế hoạch khuyến công năm 2023, với tổng kinh phí thực hiện`),
capital `trong nước`, and the thing written right before its size. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


def test_money_before_phuc_vu_is_money():
    subjects = _subjects("Sở đã bố trí 350 triệu đồng phục vụ cho công tác tập huấn.")
    assert "350 triệu đồng" in subjects


def test_a_uniform_is_no_money():
    assert not [f for f in figures.extract(analyse(normalize("Công ty tặng 300 bộ đồng phục cho công nhân."))) if f.unit == "VND"]


@pytest.mark.parametrize("text,figure,subject", [
    ("Năm nay, UBND huyện phê duyệt 250 triệu đồng để hỗ trợ cơ sở mua máy sấy.", "250 triệu đồng",
     "kinh phí phê duyệt để hỗ trợ cơ sở mua máy sấy"),
    ("Tỉnh phê duyệt 900 triệu đồng phục vụ cho hoạt động xúc tiến thương mại và 300 triệu đồng để hỗ trợ đào tạo nghề.",
     "900 triệu đồng", "kinh phí phê duyệt phục vụ cho hoạt động xúc tiến thương mại"),
    ("Tỉnh phê duyệt 900 triệu đồng phục vụ cho hoạt động xúc tiến thương mại và 300 triệu đồng để hỗ trợ đào tạo nghề.",
     "300 triệu đồng", "kinh phí phê duyệt để hỗ trợ đào tạo nghề"),
])
def test_money_approved_is_named_by_what_it_is_for(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_the_cost_of_a_named_plan_is_the_plan_s():
    subjects = _subjects("UBND tỉnh vừa phê duyệt kế hoạch khuyến công năm 2025, với tổng kinh phí thực hiện gần 3 tỷ đồng.")
    assert subjects["gần 3 tỷ đồng"] == "tổng kinh phí thực hiện của kế hoạch khuyến công năm 2025"


def test_a_cost_done_with_a_verb_takes_no_place_for_its_owner():
    subjects = _subjects("Dự án được triển khai tại các huyện, thị xã và TP Huế với tổng kinh phí hỗ trợ trên 2 tỷ đồng.")
    assert "Huế" not in (subjects["trên 2 tỷ đồng"] or "")


def test_domestic_capital_keeps_trong_nuoc():
    subjects = _subjects("Năm 2024, tỉnh thu hút 120 triệu USD vốn đầu tư nước ngoài và 5.000 tỷ đồng vốn đầu tư trong nước.")
    assert subjects["5.000 tỷ đồng"] == "vốn đầu tư trong nước"


@pytest.mark.parametrize("text,figure,subject", [
    ("Bà con livestream tại vườn cam diện tích 3 ha của một gia đình trong xã.", "3 ha", "diện tích vườn cam của một gia đình"),
    ("Phiên livestream diễn ra ở vườn bưởi diện tích 3 ha.", "3 ha", "diện tích vườn bưởi"),
])
def test_the_thing_right_before_a_size_is_what_it_sizes(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_share_of_people_keeps_where_they_are_before_what_they_do():
    subjects = _subjects("Huyện phấn đấu đến năm 2026 có 40% số hộ kinh doanh trên địa bàn huyện tham gia thanh toán không dùng tiền mặt.")
    assert subjects["40%"] == "số hộ kinh doanh trên địa bàn huyện tham gia thanh toán không dùng tiền mặt"


@pytest.mark.parametrize("text,figure,subject", [
    ("Doanh thu của hợp tác xã năm 2024 đạt 12 tỷ đồng, tốc độ tăng trưởng bình quân là 15%.", "15%",
     "tốc độ tăng trưởng bình quân của doanh thu của hợp tác xã"),
    ("Sản lượng điện thương phẩm đạt 2.100 triệu kWh (tăng 8%), tỷ lệ tăng trưởng hàng năm khoảng 9%.", "khoảng 9%",
     "tỷ lệ tăng trưởng hàng năm của sản lượng điện thương phẩm"),
])
def test_a_bare_rate_of_growth_after_a_comma_is_of_the_measure_before(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_rate_of_growth_that_opens_its_sentence_stays_bare():
    subjects = _subjects("Tốc độ tăng trưởng bình quân đạt 7%.")
    assert subjects["7%"] == "Tốc độ tăng trưởng bình quân"


@pytest.mark.parametrize("text,figure,subject", [
    ("Theo phương án mới, nhà máy vẫn giữ nguyên công suất thiết kế 50MW.", "50MW", "công suất thiết kế của nhà máy"),
    ("Dự án Điện gió Hòa Thắng có tổng công suất 100MW, dự kiến cung cấp khoảng 300 triệu kWh điện mỗi năm.", "khoảng 300 triệu kWh",
     "sản lượng điện Dự án Điện gió Hòa Thắng cung cấp"),
    ("Tỉnh sẽ có 2 vùng nuôi tôm công nghệ cao, với diện tích 500 ha.", "500 ha", "diện tích của 2 vùng nuôi tôm công nghệ cao"),
])
def test_a_measure_keeps_its_kind_and_a_size_after_a_comma_is_of_the_things_counted(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_an_amount_each_year_written_after_it_is_a_rate_of_the_year():
    (f,) = [f for f in figures.extract(analyse(normalize("Nhà máy phát lên lưới khoảng 90 triệu kWh điện mỗi năm."))) if f.unit == "kWh"]
    assert f.per == "năm"


def test_a_share_each_month_is_no_rate():
    (f,) = figures.extract(analyse(normalize("Anh gửi lại cho mẹ 60% thu nhập hàng tháng.")))
    assert f.per is None


def test_a_pronoun_owns_no_measure():
    subjects = _subjects("Theo tìm hiểu, nhà đất tại số 12 Lê Lợi trước đây thuộc sở hữu nhà nước (diện tích sử dụng là 246m2) được giao "
                         "cho công ty.")
    assert not (subjects["246m2"] or "").split(" của ")[-1].startswith("đây")


@pytest.mark.parametrize("text,figure,subject", [
    ("Sáng 3/2, chuyến xe chở thanh long ruột đỏ với hơn 20 tấn đã được thông quan.", "hơn 20 tấn", "thanh long ruột đỏ"),
    ("Tính đến hết tháng 6, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu, lối mở trên địa bàn tỉnh Lạng Sơn đạt 3.100 triệu USD.",
     "3.100 triệu USD", "tổng kim ngạch xuất nhập khẩu qua các cửa khẩu, lối mở trên địa bàn tỉnh Lạng Sơn"),
])
def test_goods_carried_and_a_measure_over_listed_places(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_cost_paid_from_a_budget_is_the_cost_not_the_budget():
    subjects = _subjects("Năm 2023, tỉnh triển khai 6 đề án; kinh phí đối ứng từ ngân sách tỉnh 420 triệu đồng.")
    assert subjects["420 triệu đồng"] == "kinh phí đối ứng từ ngân sách tỉnh"


@pytest.mark.parametrize("text,subject", [
    ("Do ảnh hưởng của dịch bệnh, khoảng 60% doanh nghiệp đã phải tạm dừng sản xuất.", "doanh nghiệp đã phải tạm dừng sản xuất"),
    ("Năm 2023, 45% hợp tác xã đã ứng dụng thương mại điện tử.", "hợp tác xã đã ứng dụng thương mại điện tử"),
])
def test_a_share_of_firms_keeps_its_predicate_after_aspect_words(text, subject):
    (f,) = [f for f in figures.extract(analyse(normalize(text))) if f.unit == "percent"]
    assert f.subject == subject


def test_each_sum_of_a_list_is_of_the_works_counted_after_the_sum_before_it():
    subjects = _subjects("Đến nay có 8 dự án đi vào hoạt động với số vốn trên 1.700 tỷ đồng và 6 dự án đang được khởi công với số vốn 900 tỷ đồng.")
    assert subjects["900 tỷ đồng"] == "số vốn của 6 dự án đang được khởi công"


def test_the_next_measure_of_a_list_shares_the_owner_of_the_one_before():
    subjects = _subjects("Năm 2024, doanh thu của Tổng công ty Điện lực miền Trung đạt 42.000 tỷ đồng, lợi nhuận 900 tỷ đồng.")
    assert subjects["900 tỷ đồng"] == "lợi nhuận của Tổng công ty Điện lực miền Trung"


@pytest.mark.parametrize("text,figure,subject", [
    ("Đến nay, trên địa bàn tỉnh có 95 dự án FDI còn hiệu lực, với tổng vốn đăng ký trên 4 tỷ USD.", "trên 4 tỷ USD",
     "tổng vốn đăng ký của 95 dự án FDI còn hiệu lực"),
    ("Toàn tỉnh có 40 chợ, trong đó có 3 chợ hạng 1 và 37 chợ hạng 3.", "3 chợ", "chợ hạng 1"),
])
def test_works_own_their_capital_past_a_comma_and_a_rank_keeps_its_number(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,subject", [
    ("Theo khảo sát, khoảng 35% DNNVV đã phải thu hẹp sản xuất.", "DNNVV đã phải thu hẹp sản xuất"),
    ("Có 45% DN được khảo sát cho biết đơn hàng giảm.", "DN được khảo sát"),
])
def test_a_share_of_firms_named_by_initials_keeps_its_predicate(text, subject):
    (f,) = [f for f in figures.extract(analyse(normalize(text))) if f.unit == "percent"]
    assert f.subject == subject
