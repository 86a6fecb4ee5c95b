"""Shapes from the blind verdicts of sets P183 (waste and biomass power; khuyến công in the Central Highlands) and P184
(ports and logistics; chemicals, fertiliser and rubber), s64, on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import HEAD, SETTINGS, body_events, body_officials, subjects


def _pers(text: str) -> dict[str, str | None]:
    from pipeline import process_text
    from tests.shapes import SETTINGS
    return {f.text: f.per for f in process_text(HEAD + text, settings=SETTINGS).figures}


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a list's intro names cargo through ports: each item's change is of that cargo
    ("Nhiều khu vực cảng biển có khối lượng hàng hóa thông qua tăng mạnh như khu vực Nghệ An tăng 42%, khu vực Bình Định "
     "tăng 31%.", "31%", "khối lượng hàng hóa thông qua khu vực Bình Định"),
    ("Một vài cảng có lượng hàng container tăng nhanh, như cảng biển Đà Nẵng tăng 25%, cảng biển Cần Thơ tăng 12%.",
     "12%", "lượng hàng container qua cảng biển Cần Thơ"),
    ("Các địa phương dẫn đầu về lượng hàng hóa thông qua gồm: Quảng Ninh tăng 18% và Thanh Hóa tăng 9%.",
     "9%", "lượng hàng hóa thông qua Thanh Hóa"),
])
def test_items_after_an_intro_of_cargo_take_the_cargo(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # `công suất` and what the plant does with it, written right before the figure: the plant's
    ("Nhà máy có công suất xử lý 800 tấn rác/ngày, công suất phát điện đạt 15 MW.", "800 tấn", "công suất xử lý của Nhà máy"),
    # the measure listed after it shares that owner, past the goods and time of the rate
    ("Nhà máy có công suất xử lý 800 tấn rác/ngày, công suất phát điện đạt 15 MW.", "15 MW", "công suất phát điện của Nhà máy"),
    # the goods of a rate own no measure: not `công suất tiếp nhận của rác` (from `nhà máy điện rác`)
    ("Đây là nhà máy điện rác lớn của miền Bắc, có công suất tiếp nhận 3.000 tấn rác/ngày.", "3.000 tấn", "công suất tiếp nhận"),
    # nor its time
    ("Nhà máy sẽ xử lý 600 tấn rác/ngày đêm với tổng công suất phát điện lên tới 12 MWh.", "lên tới 12 MWh",
     "tổng công suất phát điện"),
])
def test_a_capacity_and_what_it_does_belong_to_the_works(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a works named right before goods per year: its capacity
    ("Tổ hợp gồm Nhà máy sản xuất phân bón DAP 330.000 tấn/năm và Nhà máy sản xuất NPK 150.000 tấn/năm.", "150.000 tấn",
     "công suất của Nhà máy sản xuất NPK"),
    ("Khu liên hợp có nhà máy xử lý nước thải 2.000 m3/ngày.", "2.000 m3", "công suất của nhà máy xử lý nước thải"),
    # `X công suất N` with a product the tagger takes for a number
    ("Dự án gồm nhiều hạng mục, trong đó có Nhà máy sản xuất xút công suất 60.000 tấn/năm.", "60.000 tấn",
     "công suất của Nhà máy sản xuất xút"),
    # not what a works consumes
    ("Nhà máy đã tiêu thụ 40 tấn than/ngày.", "40 tấn", "than"),
])
def test_a_works_before_goods_over_time_is_measured_by_its_capacity(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # things counted, their relative clause, a comma, then `với`: the things counted own the measure
    ("Đến nay tỉnh mới có 4 dự án điện sinh khối đi vào vận hành, với tổng công suất 120 MW.", "120 MW",
     "tổng công suất của 4 dự án điện sinh khối đi vào vận hành"),
    # what a works runs on or uses is not the owner: the works is
    ("Công ty xin đầu tư nhà máy điện chạy bằng vỏ trấu tại huyện Chợ Mới với công suất 15 MW.", "15 MW",
     "công suất của nhà máy điện chạy bằng vỏ trấu tại huyện Chợ Mới"),
    ("Đây là dự án có sử dụng đất với tổng vốn đầu tư 1.500 tỷ đồng.", "1.500 tỷ đồng",
     "tổng vốn đầu tư của dự án có sử dụng đất"),
    # a time after `từ` is no means: the firm that opens the clause owns its area
    ("Công ty Hòa Phong được xây dựng và hoạt động từ tháng 3/2015 với tổng diện tích trên 8.000 m2.", "trên 8.000 m2",
     "tổng diện tích của Công ty Hòa Phong"),
])
def test_the_works_or_things_counted_before_with_own_its_measure(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Giai đoạn 2 tái chế 5 tấn nhựa PE/ngày đêm.", "5 tấn", "ngày"),
    ("Nhà máy sản xuất 25.000 tấn PAC/năm.", "25.000 tấn", "năm"),
    ("Nhà máy sản xuất 25.000 tấn phân bón/năm.", "25.000 tấn", "năm"),
])
def test_goods_with_their_grade_letters_before_a_time_make_a_rate(sentence: str, figure: str, wanted: str) -> None:
    assert _pers(sentence)[figure] == wanted


def test_a_full_name_after_a_body_holds_the_posts_a_titled_name_before_it_does_not_share() -> None:
    got = body_officials("Đi cùng đoàn có Bộ trưởng Bộ Xây dựng, Nguyễn Văn Sơn, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Giàng A Tủa, "
                         "Bí thư Tỉnh ủy Hà Giang Lê Văn Bình.")
    assert got["Nguyễn Văn Sơn"][:2] == ("Bộ trưởng Bộ Xây dựng", "Bộ Xây dựng")
    assert got["Giàng A Tủa"][:2] == ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Ủy ban Dân tộc")
    # a name with no title before it keeps the apposed post
    got = body_officials("Dự buổi làm việc có ông Trần Văn Bình, Giám đốc Hợp tác xã Mây tre Phú Vinh.")
    assert got["Trần Văn Bình"][0] == "Giám đốc Hợp tác xã Mây tre Phú Vinh"


def test_the_manner_of_speaking_before_a_colon_is_no_part_of_the_body() -> None:
    got = body_officials("Ông Lê Văn Tâm, Giám đốc Chi nhánh hồ hởi: “Năm nay sản lượng tăng rất khá”.")
    assert got["Lê Văn Tâm"][0] == "Giám đốc Chi nhánh"
    got = body_officials("Ông Lê Văn Tâm, cố vấn truyền thông cấp cao, nói.")  # a post's own adjective before a comma stays
    assert got["Lê Văn Tâm"][0] == "cố vấn truyền thông cấp cao"


def test_a_side_named_with_a_dash_and_an_abbreviation_is_whole() -> None:
    got = body_officials("Sáng 5/3, Tập đoàn Dệt – May Miền Bắc (TMB) và Tập đoàn Hóa chất Việt Nam (Vinachem) ký kết hợp tác.\n"
                         "Về phía Tập đoàn Dệt – May Miền Bắc (TMB) có đồng chí Phạm Văn Hải – Bí thư Đảng ủy, Chủ tịch Hội đồng Thành "
                         "viên tập đoàn.")
    assert got["Phạm Văn Hải"][1] == "Tập đoàn Dệt – May Miền Bắc"


def test_a_firms_second_name_after_a_dash_is_no_person() -> None:
    # a firm whose name ends with a country's word (`Việt Ý`), then a dash and plain Vietnamese words: the firm's second name
    got = body_officials("Tại lễ khởi công, ông Lý Văn Lực, Tổng Giám đốc khu vực Đông Nam Á, Tập đoàn ABC - Chủ tịch HĐQT Công ty "
                         "Cổ phần Cơ khí Việt Ý - Minh Long cho biết, dự án đã xong.")
    assert "Minh Long" not in got
    got = body_officials("Giám đốc Cơ quan Năng lượng Chile - Diego Pardow cho biết, dự án đã xong.")
    assert got["Diego Pardow"][0] == "Giám đốc Cơ quan Năng lượng Chile"


def test_a_ceremony_is_not_dated_by_another_act_of_its_works() -> None:
    text = ("Hải Dương: Khánh thành nhà máy đốt rác phát điện trị giá 50 triệu USD\n"
            "Sự kiện có sự tham dự của lãnh đạo tỉnh Hải Dương.\n"
            "Nhà máy được khởi công xây dựng tháng 3/2021 và hoàn thành vào tháng 9/2023 với công suất xử lý rác 500 tấn/ngày, "
            "công suất phát điện 10 MW.")
    events = [e for e in process_text(text, settings=SETTINGS).events if "Khánh thành" in e.name]
    assert events and events[0].date is None
    # the sentence that tells its own act still dates it
    text = ("Hải Dương: Khánh thành nhà máy đốt rác phát điện trị giá 50 triệu USD\n"
            "Ngày 12/10/2023, nhà máy đốt rác phát điện đã chính thức khánh thành.")
    events = [e for e in process_text(text, settings=SETTINGS).events if "Khánh thành" in e.name]
    assert events and events[0].date == "2023-10-12"


def test_how_long_since_is_no_part_of_a_name_written_twice() -> None:
    got = body_events("Công ty Đạm Hà Bắc tổ chức lễ đón nhận tấn urê thứ 3 triệu sau 5 năm vận hành\n"
                      "Ngày 9/6/2019, Công ty Đạm Hà Bắc tổ chức lễ đón nhận tấn urê thứ 3 triệu sau 5 năm vận hành.")
    assert [e[0] for e in got] == ["lễ đón nhận tấn urê thứ 3 triệu"]


def test_an_announced_shareholders_meeting_with_its_day_is_that_meeting() -> None:
    record = process_text(HEAD + "Công ty Cổ phần Phân bón Bình Điền vừa công bố kế hoạch tổ chức Đại hội đồng cổ đông (ĐHĐCĐ) thường niên "
                          "năm 2025.\nTheo đó, công ty dự kiến tổ chức ĐHĐCĐ thường niên năm 2025 vào ngày 18/4/2025 tại TP HCM.",
                          published="2025-02-10", settings=SETTINGS)
    assert [(e.name, e.date) for e in record.events] == [("Đại hội đồng cổ đông (ĐHĐCĐ) thường niên năm 2025", "2025-04-18")]
    # a bare next edition with no day stays no event
    record = process_text(HEAD + "Tỉnh Quảng Nam sẽ tổ chức hội chợ năm 2026.", published="2025-02-10", settings=SETTINGS)
    assert record.events == []
    # the shareholders as a body that decides: no meeting
    assert body_events("ĐHĐCĐ Bình Điền cũng thống nhất bầu ông Nguyễn Văn Hòa làm thành viên HĐQT.") == []


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a mass right after a verb that handles waste: the amount so handled, of the name that opens the clause
    ("Hiện nay, Thái Bình mỗi ngày phát sinh khoảng 900 tấn rác thải sinh hoạt.", "khoảng 900 tấn",
     "lượng rác thải sinh hoạt phát sinh của Thái Bình"),
    ("Nhà máy điện rác Cam Ranh rộng 8 ha, xử lý 150–200 tấn rác mỗi ngày.", "150–200 tấn", "lượng rác xử lý"),
    # a second measure of a fronted `Với` list is the thing's after it too
    ("Với vốn đầu tư 60 triệu USD, tổng công suất 800 tấn/ngày, Nhà máy sẽ giải quyết rác của cả tỉnh.", "800 tấn",
     "tổng công suất của Nhà máy"),
    ("Với vốn đầu tư 60 triệu USD, tổng công suất 800 tấn/ngày, Nhà máy sẽ giải quyết rác của cả tỉnh.", "60 triệu USD",
     "vốn đầu tư của Nhà máy"),
    # money set aside with no `được`
    ("Năm nay, 5 tỷ đồng dành cho các đề án khuyến công địa phương.", "5 tỷ đồng", "tiền dành cho đề án khuyến công địa phương"),
])
def test_amounts_handled_set_aside_or_fronted_say_what_they_are(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_time_each_of_the_amount_before_is_no_rate_of_the_next() -> None:
    pers = _pers("Nhà máy xử lý 300 tấn rác mỗi ngày, tổng vốn đầu tư 500 tỷ đồng, phát điện công suất 6 MW.")
    assert pers["300 tấn"] == "ngày"
    assert pers["500 tỷ đồng"] is None
    assert pers["6 MW"] is None
    assert _pers("Mỗi năm, nhà máy sản xuất khoảng 200.000 tấn.")["khoảng 200.000 tấn"] == "năm"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # prices listed region by region take the first item's measure
    ("Giá bưởi ở khu vực miền Nam là 12.000đ/kg, miền Trung 15.000đ/kg, miền Bắc 18.000đ/kg.", "15.000đ", "giá bưởi của miền Trung"),
    ("Giá bưởi ở tỉnh Vĩnh Long là 12.000đ/kg, Hậu Giang 15.000đ/kg, Sóc Trăng 18.000đ/kg.", "18.000đ", "giá bưởi của Sóc Trăng"),
    # an opener that ranks what it names is no owner
    ("Shopee dẫn đầu thị trường. Tiếp theo là sàn Lazada tăng trưởng 35% về doanh số.", "35%", "doanh số của sàn Lazada"),
])
def test_items_by_region_and_ranked_names_take_their_measure(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_place_drops_a_photo_credit_and_keeps_a_ministry_named_with_va() -> None:
    got = body_events("Lãnh đạo Bộ phát biểu tại Lễ công bố hợp tác chiến lược sáng ngày 12/9, tại Hà Nội (ảnh: VGP)")
    assert got[0][3] == "Hà Nội"
    got = body_events("Ngày 20/3, tại Văn phòng Bộ Khoa học và Công nghệ (quận Hoàn Kiếm), Phiên chợ Công nghệ Hà Nội 2024 đã thu hút "
                      "nhiều doanh nghiệp.")
    assert got[0][3].startswith("Văn phòng Bộ Khoa học và Công nghệ")


def test_a_posts_term_is_no_part_of_its_body() -> None:
    got = body_officials("Hiệp hội Xi măng Việt Nam (VNCA) tổ chức Đại hội nhiệm kỳ VI.\nChủ tịch Hiệp hội nhiệm kỳ VI Lê Văn Tới phát biểu.")
    assert got["Lê Văn Tới"][1] == "Hiệp hội Xi măng Việt Nam (VNCA)"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Lượng xi măng tiêu thụ giảm 3%, đạt 60 triệu tấn và xuất khẩu giảm 8%.", "8%", "xuất khẩu xi măng"),
    ("Sản xuất phôi thép tăng 6%/năm; xuất khẩu tăng 11%/năm, còn nhập khẩu tăng 2%/năm.", "2%", "nhập khẩu phôi thép"),
    # a name is no goods: the owner the measure before names is shared instead
    ("Tiêu thụ sản phẩm của VICEM đạt 20 triệu tấn; xuất khẩu đạt 3 triệu tấn.", "3 triệu tấn", "xuất khẩu của VICEM"),
])
def test_a_bare_trade_after_a_measure_of_goods_is_that_trade_of_them(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_time_adverb_or_praise_ends_a_bare_head_and_a_listed_task_is_no_contest() -> None:
    assert body_events("Ông Trần Văn Nam cho biết, việc tổ chức hội thảo ngay từ đầu năm 2025 nhằm cập nhật quy định mới.") == []
    assert body_events("Bộ được giao chuẩn bị kỹ nội dung, chương trình Hội nghị thiết thực, hiệu quả.") == []
    assert body_events("Ngoài việc mở các lớp tập huấn; tổ chức bình chọn sản phẩm CNNT tiêu biểu, Trung tâm còn hỗ trợ 7 cơ sở.") == []
    # a contest named with its place and year, or told with its day, stays
    assert [e[0] for e in body_events("Sở Công Thương tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Kon Tum "
                                      "năm 2023.")] == ["bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Kon Tum năm 2023"]
    assert len(body_events("Sáng 15/6, Hội đồng tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu.")) == 1


def test_two_heads_joined_by_va_open_one_event() -> None:
    got = body_events("Ngày 12/9/2024, tại TP HCM, Bộ Xây dựng tổ chức Triển lãm và Hội thảo quốc tế về vật liệu xanh lần thứ 3.")
    assert [e[0] for e in got] == ["Triển lãm và Hội thảo quốc tế về vật liệu xanh lần thứ 3"]
    got = body_events("Ngày 8/11/2023, tại Big C Thăng Long, UBND tỉnh Sơn La khai mạc Tuần lễ giới thiệu và diễn đàn kết nối tiêu thụ "
                      "xoài tỉnh Sơn La 2023.")
    assert [e[0] for e in got] == ["Tuần lễ giới thiệu và diễn đàn kết nối tiêu thụ xoài tỉnh Sơn La 2023"]
    # a named second event after the first head's own words stays apart; a venue is none
    got = body_events("Sáng 14/7, Thủ tướng dự Diễn đàn cấp cao và Triển lãm quốc tế về nông nghiệp số 2022.")
    assert [e[0] for e in got] == ["Triển lãm quốc tế về nông nghiệp số 2022"]
    assert body_events("Sự kiện diễn ra ngày 5/4 tại Trung tâm Hội chợ và Triển lãm Sài Gòn.") == []


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Tỉnh đặt mục tiêu tiết kiệm 6-9% tổng mức tiêu thụ năng lượng trong giai đoạn tới.", "6-9%", "mức tiết kiệm tổng mức tiêu thụ năng lượng"),
    ("Hệ thống pin mặt trời đã tiết kiệm được 20% tổng nhu cầu sử dụng điện của bệnh viện.", "20%",
     "mức tiết kiệm tổng nhu cầu sử dụng điện của bệnh viện"),
    ("Các doanh nghiệp dệt may có thể tiết kiệm từ 10 đến 15% mức tiêu thụ điện.", "từ 10 đến 15%", "mức tiết kiệm tiêu thụ điện"),
])
def test_a_share_saved_is_of_the_whole_written_after_it(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_share_saved_compared_with_something_names_no_whole() -> None:
    assert subjects(HEAD + "Loại phân này giúp nông dân tiết kiệm 12% so với các loại phân thông thường.")["12%"] != \
        "mức tiết kiệm so với các loại phân thông thường"


def test_a_home_market_is_no_goods_a_bare_trade_takes() -> None:
    got = subjects(HEAD + "Quý III, tiêu thụ nội địa đạt 5 triệu tấn, tăng 4%; xuất khẩu đạt 700.000 tấn, tăng 105%.")
    assert got["105%"] != "xuất khẩu nội địa"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Đưa vào hoạt động nhà máy dệt vốn gần 30 triệu USD", "gần 30 triệu USD", "vốn của nhà máy dệt"),
    ("Tỉnh vừa khởi công nhà máy may vốn 300 tỷ đồng.", "300 tỷ đồng", "vốn của nhà máy may"),
])
def test_a_capital_written_right_after_a_works_is_the_works(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted
