"""Shapes from the blind verdicts of sets P151 to P156 (s59), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import HEAD, SETTINGS, subjects
from tests.shapes import body_events as _events
from tests.shapes import body_officials as _officials


@pytest.mark.parametrize(("sentence", "name", "title", "body"), [
    ("Phó Giám đốc kiêm Kế toán trưởng Công ty CP Cơ khí Hà Bắc - bà Lê Thị Hoa cho biết đơn hàng tăng.", "Lê Thị Hoa",
     "Phó Giám đốc kiêm Kế toán trưởng Công ty CP Cơ khí Hà Bắc", "Công ty CP Cơ khí Hà Bắc"),
    ("Tổng Giám đốc kiêm Chủ tịch HĐQT Công ty TNHH Máy nông nghiệp Sông Công – ông Phạm Đức Vinh phát biểu.",
     "Phạm Đức Vinh", "Tổng Giám đốc kiêm Chủ tịch HĐQT Công ty TNHH Máy nông nghiệp Sông Công",
     "Công ty TNHH Máy nông nghiệp Sông Công"),
])
def test_a_kiem_chain_before_a_dash_and_the_name_is_one_title(sentence: str, name: str, title: str, body: str) -> None:
    got = _officials(sentence)
    assert got[name][:2] == (title, body)


@pytest.mark.parametrize(("sentence", "name", "body"), [
    ("Giám đốc Công ty CP Cơ khí Hà Bắc - bà Lê Thị Hoa cho biết đơn hàng tăng.", "Lê Thị Hoa", "Công ty CP Cơ khí Hà Bắc"),
    ("Chủ tịch HĐQT Công ty TNHH Đúc Minh Tâm, ông Đỗ Văn Lực giới thiệu dây chuyền mới.", "Đỗ Văn Lực",
     "Công ty TNHH Đúc Minh Tâm"),
])
def test_a_body_ending_like_a_name_before_the_introduced_holder(sentence: str, name: str, body: str) -> None:
    got = _officials(sentence)
    assert list(got) == [name] and got[name][1] == body


def _figures(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = process_text(HEAD + text, settings=SETTINGS)
    return {f.text: (f.subject, f.per) for f in record.figures}


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Xuất khẩu gốm đạt 45 triệu USD, cà phê đạt 300 triệu USD và tơ tằm đạt 12 triệu USD.", "12 triệu USD",
     "Xuất khẩu tơ tằm"),
    ("Doanh thu bán lẻ đạt 120 tỷ đồng, vận chuyển hàng hóa đạt 30 tỷ đồng.", "30 tỷ đồng", "Doanh thu vận chuyển hàng hóa"),
])
def test_a_later_item_the_tagger_reads_as_a_verb_shares_the_measure(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence)[figure] == subject


@pytest.mark.parametrize(("sentence", "figure", "per"), [
    ("Trung bình mỗi tháng, hợp tác xã bán ra thị trường 18 tấn rau.", "18 tấn", "tháng"),
    ("Bình quân mỗi ngày doanh nghiệp cơ khí, điện tử, dệt may xuất khẩu khoảng 40 triệu USD.", "khoảng 40 triệu USD", "ngày"),
    ("Dự kiến mỗi năm nhà máy sẽ nộp ngân sách tỉnh Thái Bình 200 tỷ đồng.", "200 tỷ đồng", "năm"),
    ("Bình quân mỗi ngày cảng xuất đi 9 triệu USD, tương đương 230 tỷ đồng hàng nông sản.", "230 tỷ đồng", "ngày"),
])
def test_a_rate_per_the_time_after_an_average_or_a_forecast(sentence: str, figure: str, per: str) -> None:
    assert _figures(sentence)[figure][1] == per


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Tính chung 10 tháng, xuất khẩu hạt điều, hồ tiêu thu về 2,1 tỷ USD.", "2,1 tỷ USD",
     "số tiền thu về từ xuất khẩu hạt điều, hồ tiêu"),
    ("Bình quân mỗi ngày cả nước thu về khoảng 30 triệu USD, tương đương 760 tỷ đồng từ xuất khẩu rau quả.", "khoảng 30 triệu USD",
     "số tiền thu về từ xuất khẩu rau quả"),
])
def test_takings_name_the_sale_they_come_from(sentence: str, figure: str, subject: str) -> None:
    assert _figures(sentence)[figure][0] == subject


@pytest.mark.parametrize("sentence", [
    "Hầu hết các siêu thị khai trương trong quý III đều nằm ở vùng ven đô.",
    "Nhiều nhà máy khánh thành trong năm nay đã đi vào vận hành ổn định.",
    "Khởi công xây dựng nhà máy.",  # a caption: an undated kind of work, none named
])
def test_ceremonies_of_many_or_of_no_named_work_are_no_events(sentence: str) -> None:
    assert _events(sentence) == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ngày 12/6, Công ty CP Cảng Nghệ Tĩnh tổ chức lễ khởi công dự án Bến số 5 (mở rộng) tại Cửa Lò.",
     "lễ khởi công dự án Bến số 5 (mở rộng)"),
    ("Sáng 3/4, UBND tỉnh Hòa Bình tổ chức lễ khánh thành Nhà máy nước Sông Đà (giai đoạn 2) tại huyện Lương Sơn.",
     "lễ khánh thành Nhà máy nước Sông Đà (giai đoạn 2)"),
])
def test_the_extension_or_phase_in_brackets_names_which_works(sentence: str, name: str) -> None:
    assert _events(sentence)[0][0] == name


def test_a_recent_day_is_not_in_a_year_its_paragraph_tells_as_past() -> None:
    text = ("Hội thảo về cơ khí\nPhát biểu tại hội thảo “Cơ khí Việt Nam - con đường phía trước” ngày 14/9 vừa qua, ông A cho "
            "biết nhà máy được thành lập năm 1975. Dự án mở rộng đi vào sản xuất năm 2016. Tuy nhiên, trong giai đoạn 2016-2022, "
            "công ty lỗ 500 tỷ đồng.")
    record = process_text(text, settings=SETTINGS)
    assert [(e.date, e.date_precision) for e in record.events] == [("--09-14", "month_day")]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Sở Công Thương tỉnh Lai Châu tổ chức Hội nghị triển khai nhiệm vụ ngành Công Thương năm 2027.", None),
    ("Ngày 27/12, Sở Công Thương tỉnh Lai Châu tổ chức Hội nghị triển khai kế hoạch năm 2027.", "2026-12-27"),
    ("Ngày 8/1, Sở Công Thương tỉnh Lai Châu tổ chức Hội nghị triển khai kế hoạch năm 2027.", "2027-01-08"),
])
def test_a_conference_on_a_years_tasks_is_held_around_its_start(sentence: str, date: str | None) -> None:
    record = process_text("Hội nghị\n" + sentence, settings=SETTINGS)
    assert record.events[0].date == date


@pytest.mark.parametrize(("sentence", "name", "body"), [
    ("Ông Đỗ Minh Phúc – Bí thư Đảng ủy, Tổng Giám đốc Công ty CP Giấy và Bột giấy Bãi Bằng phát biểu tại buổi lễ.",
     "Đỗ Minh Phúc", "Công ty CP Giấy và Bột giấy Bãi Bằng"),
    ("Tổng Giám đốc Công ty CP Pin ắc quy và Hóa chất Miền Nam Lê Văn Tâm phát biểu.", "Lê Văn Tâm",
     "Công ty CP Pin ắc quy và Hóa chất Miền Nam"),
])
def test_a_company_whose_name_ends_like_a_name_and_holds_a_lower_case_line(sentence: str, name: str, body: str) -> None:
    got = _officials(sentence)
    assert list(got) == [name] and got[name][1] == body


def test_a_bare_post_speaks_for_the_body_of_thay_mat_lanh_dao() -> None:
    got = _officials("Thay mặt lãnh đạo Tổng công ty Lắp máy Việt Nam, Tổng giám đốc Nguyễn Đình Hải phát biểu.")
    assert got["Nguyễn Đình Hải"][1] == "Tổng công ty Lắp máy Việt Nam"


def test_a_commune_post_is_placed_where_the_article_places_the_commune() -> None:
    text = ("Chợ phiên vùng cao\nChợ phiên xã Sín Thầu, huyện Mường Nhé, tỉnh Điện Biên họp mỗi sáng chủ nhật. Chợ phiên "
            "huyện Bắc Hà, tỉnh Lào Cai cũng đông vui. Ông Lò Văn Sơn, Chủ tịch UBND xã Sín Thầu, cho biết chợ mới được xây.")
    (official,) = process_text(text, settings=SETTINGS).officials
    assert (official.name, official.province) == ("Lò Văn Sơn", "Điện Biên")


def test_a_provincial_post_of_an_article_that_names_only_a_district() -> None:
    text = ("Khuyến công tiếp sức\nNhiều cơ sở ở TX An Nhơn được hỗ trợ máy móc. Ông Trần Văn Nam, Phó Giám đốc Sở Công "
            "Thương, cho biết trên địa bàn tỉnh đã triển khai 120 đề án.")
    (official,) = process_text(text, settings=SETTINGS).officials
    assert official.province == "Bình Định"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Tại thời điểm cuối năm, Đạm Ninh Bình có tổng nợ phải trả lên tới 8.200 tỷ đồng.", "lên tới 8.200 tỷ đồng",
     "tổng nợ của Đạm Ninh Bình"),
    ("Lọc hóa dầu Nghi Sơn - đơn vị vận hành nhà máy lọc dầu lớn nhất cả nước - đạt lợi nhuận 900 tỷ đồng trong quý II.",
     "900 tỷ đồng", "lợi nhuận của Nghi Sơn"),
    ("Riêng chợ Đông Ba do Công ty CP Phú Xuân đầu tư, với tổng vốn đầu tư hơn 80 tỷ đồng.", "hơn 80 tỷ đồng",
     "tổng vốn đầu tư của chợ Đông Ba"),
    ("Tổng công ty vừa đưa Nhà máy chế tạo kết cấu thép Dung Quất vào vận hành, với vốn đầu tư 250 tỷ đồng.", "250 tỷ đồng",
     "vốn đầu tư của Nhà máy chế tạo kết cấu thép Dung Quất"),
])
def test_a_bare_cost_or_debt_takes_the_owner_its_sentence_names(sentence: str, figure: str, subject: str) -> None:
    assert _figures(sentence)[figure][0] == subject


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Sau 9 tháng, Petrolimex thực hiện được 70% kế hoạch doanh thu và hơn 95% chỉ tiêu lợi nhuận sau thuế năm.", "hơn 95%",
     "chỉ tiêu lợi nhuận sau thuế"),
    ("Với kết quả này, công ty vượt 12% mục tiêu doanh thu cả năm.", "vượt 12%", "mục tiêu doanh thu"),
])
def test_a_share_of_a_target_that_names_its_measure(sentence: str, figure: str, subject: str) -> None:
    assert (_figures(sentence)[figure][0] or "").startswith(subject)


def test_a_share_of_a_bare_target_stays_with_the_measure_before() -> None:
    assert _figures("Doanh thu đạt 500 tỷ đồng, bằng 82,4% kế hoạch năm.")["82,4%"][0] == "Doanh thu so với kế hoạch"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Tháng 10 năm 2021, Công ty CP Ô tô Trường Hải tổ chức Lễ xuất xưởng mẫu xe tải điện đầu tiên tại Quảng Nam.",
     "Lễ xuất xưởng mẫu xe tải điện"),  # (`đầu tiên`, which one of the kind, is left out: an adjective after the name)
    ("Sáng 15/3/2024, Tổng công ty Giấy Việt Nam đã tổ chức kỷ niệm 50 năm ngày thành lập Tổng công ty.",
     "kỷ niệm 50 năm ngày thành lập Tổng công ty"),
])
def test_ceremonies_of_a_first_roll_out_and_of_an_anniversary_told_by_its_verb(sentence: str, name: str) -> None:
    assert [e[0].removesuffix(" đầu tiên") for e in _events(sentence)] == [name]


def test_a_vice_chairman_written_pho_ct_in_a_list_of_dignitaries() -> None:
    got = _officials("Dự hội nghị có ông Lê Văn Tâm – Phó CT UBND TP Đà Nẵng, bà Trần Thị Hoa – Phó CT UBMTTQ TP Đà Nẵng cùng "
                     "đại diện các sở, ngành.")
    assert got["Lê Văn Tâm"] == ("Phó CT UBND TP Đà Nẵng", "UBND TP Đà Nẵng", "Đà Nẵng")
    assert got["Trần Thị Hoa"][:2] == ("Phó CT UBMTTQ TP Đà Nẵng", "UBMTTQ TP Đà Nẵng")


def test_a_full_name_right_after_a_bare_post_holds_it_not_the_guest_before() -> None:
    got = _officials("Chiều 5/9, tiếp Thống đốc tỉnh Gunma (Nhật Bản), ông Ichita Yamamoto, Thủ tướng Phạm Minh Chính đề nghị tỉnh "
                     "mở rộng hợp tác.")
    assert got["Phạm Minh Chính"][0] == "Thủ tướng"
    assert got["Ichita Yamamoto"][0] == "Thống đốc tỉnh Gunma (Nhật Bản)"


def test_a_governor_abroad_met_with_is_not_in_the_ministers_chain() -> None:
    got = _officials("Tại cuộc hội kiến với Phó Tỉnh trưởng tỉnh Quảng Tây, Thứ trưởng Công Thương Phan Thị Thắng đề nghị hai bên "
                     "thúc đẩy thương mại.")
    assert got["Phan Thị Thắng"][0] == "Thứ trưởng Công Thương"


def test_a_bare_department_is_the_one_its_clause_names() -> None:
    got = _officials("Sáng 4/5, tại thành phố Cao Bằng, Ban Quản lý Khu kinh tế tỉnh đã hội đàm với đoàn công tác của Sở Thương mại "
                     "Quảng Tây, Trung Quốc do ông Lý Cường, Phó Giám đốc Sở làm trưởng đoàn.")
    assert got["Lý Cường"][1] == "Sở Thương mại Quảng Tây"


def test_a_network_named_after_a_historical_figure_is_no_person() -> None:
    assert "Lương Định Của" not in _officials("Ông Trần Văn Sáu, Giám đốc HTX Nông nghiệp Tân Hòa, Chủ nhiệm Mạng lưới Lương "
                                              "Định Của toàn quốc cho biết mô hình đã nhân rộng.")


def test_a_body_after_a_dash_past_the_name_of_a_bare_post() -> None:
    got = _officials("Phát biểu khai mạc, Thứ trưởng Nguyễn Danh Huy - Bộ Giao thông vận tải cho biết ngành sẽ chuyển đổi xanh.")
    assert got["Nguyễn Danh Huy"][:2] == ("Thứ trưởng Bộ Giao thông vận tải", "Bộ Giao thông vận tải")


def test_a_local_parent_in_brackets_closing_the_title_places_the_post() -> None:
    got = _officials("Theo bà Trần Thị Lan, Trưởng Phòng Thương mại điện tử (Sở Công Thương TP.HCM), các hoạt động với Đồng Nai "
                     "và Bình Dương sẽ kéo dài đến cuối năm.")
    assert got["Trần Thị Lan"][2] == "Hồ Chí Minh"


def test_a_local_post_of_the_foreign_side_takes_no_province_of_the_article() -> None:
    text = ("Lào Cai tiễn đoàn\nĐoàn công tác tỉnh Lào Cai làm việc tại Hà Khẩu. Tiễn đoàn, phía tỉnh Vân Nam (Trung Quốc) có "
            "ông Dương Minh, Phó Bí thư Huyện ủy Hà Khẩu, châu Hồng Hà.")
    (official,) = process_text(text, settings=SETTINGS).officials
    assert official.name == "Dương Minh" and official.province is None


@pytest.mark.parametrize(("sentence", "name"), [
    ("Sáng 12/3, tại Nam Ninh, đã diễn ra buổi hội đàm giữa lãnh đạo tỉnh Cao Bằng và Khu tự trị Quảng Tây.",
     "hội đàm giữa lãnh đạo tỉnh Cao Bằng và Khu tự trị Quảng Tây"),
    ("Đoàn đã dự Hội nghị thường niên lần thứ 5 giữa Bí thư Tỉnh ủy các tỉnh Cao Bằng, Lạng Sơn (Việt Nam) và Bí thư Khu ủy "
     "Quảng Tây (Trung Quốc); sau đó làm việc với doanh nghiệp.",
     "Hội nghị thường niên lần thứ 5 giữa Bí thư Tỉnh ủy các tỉnh Cao Bằng, Lạng Sơn (Việt Nam) và Bí thư Khu ủy Quảng Tây "
     "(Trung Quốc)"),
])
def test_talks_and_a_numbered_meeting_with_its_parties(sentence: str, name: str) -> None:
    assert _events(sentence)[0][0] == name


def test_the_only_event_takes_the_one_placed_story_day_of_the_lead() -> None:
    text = ("Ngày hội Chuyển đổi số Phú Yên 2025 thu hút đông người dân\nNgày hội Chuyển đổi số Phú Yên 2025 giới thiệu nhiều giải "
            "pháp mới.\nĐúng một năm sau khi triển khai đề án, tỉnh đã chọn cách đưa công nghệ đến với người dân. Sáng 14/11, tại "
            "Quảng trường 1/4, hàng ngàn người đã tham quan các gian hàng.")
    record = process_text(text, published="2025-11-15", settings=SETTINGS)
    assert [(e.name, e.date) for e in record.events] == [("Ngày hội Chuyển đổi số Phú Yên 2025", "2025-11-14")]


def test_a_caption_gives_the_event_its_day_by_its_anaphor() -> None:
    text = ("Tọa đàm về thương mại điện tử\nHội Doanh nghiệp trẻ tỉnh tổ chức tọa đàm “Bán hàng đa kênh cho hộ kinh doanh”.\n"
            "Ông Lê Văn Nam chia sẻ tại sự kiện ngày 18.6 ẢNH: T.L\nNhiều hộ kinh doanh đã đăng ký tham gia.")
    record = process_text(text, settings=SETTINGS)
    assert [e.date for e in record.events] == ["--06-18"]


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("CPI bình quân 6 tháng đầu năm tăng 3,2% so với bình quân cùng kỳ năm 2023.", "3,2%", "CPI bình quân"),
    ("Tuy nhiên, dự kiến lạm phát năm 2021 vẫn sẽ được kiểm soát ở mức dưới 4%.", "dưới 4%", "lạm phát năm 2021"),
    ("Năm nay, lạm phát cơ bản được kiểm soát ở mức 2,8%.", "2,8%", "lạm phát cơ bản"),
])
def test_a_price_index_or_inflation_with_its_period(sentence: str, figure: str, subject: str) -> None:
    assert _figures(sentence)[figure][0] == subject


def test_a_venues_display_scale_is_owned_by_the_venue() -> None:
    assert _figures("Trung tâm Hội chợ Triển lãm Quốc gia có quy mô trưng bày hơn 90.000 m2.")["hơn 90.000 m2"][0] == (
        "quy mô trưng bày của Trung tâm Hội chợ Triển lãm Quốc gia")


def test_a_span_counted_from_the_start_of_the_year_closes_the_measure() -> None:
    found = _figures("Với kết quả trên, tổng kim ngạch xuất khẩu tính từ đầu năm đến ngày 20/3 đạt 41 tỷ USD.")
    assert found["41 tỷ USD"][0] == "tổng kim ngạch xuất khẩu"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Nhà máy Nhiệt điện Vĩnh Tân 4 với công suất thiết kế 2 x 600 MW đã đi vào vận hành.", "600 MW",
     "công suất thiết kế của Nhà máy Nhiệt điện Vĩnh Tân 4"),
    ("Nhà máy có 2 tổ máy x 300 MW.", "300 MW", "Nhà máy"),
])
def test_the_size_of_each_of_several_units_is_per_unit(sentence: str, figure: str, subject: str) -> None:
    assert _figures(sentence)[figure] == (subject, "tổ máy")


@pytest.mark.parametrize(("sentence", "name", "body"), [
    ("Bà Lê Thu Hà, Giám đốc quan hệ đối ngoại Lotte Mart, cho biết chương trình sẽ kéo dài.", "Lê Thu Hà", "Lotte Mart"),
    ("Ông Trần Văn Lộc, Giám đốc thu mua toàn quốc Bách Hóa Xanh, cho biết công ty đã thu mua 500 tấn.", "Trần Văn Lộc",
     "Bách Hóa Xanh"),
    ("Ông Lê Văn Tâm, Phó Giám đốc Kỹ thuật Công ty Đường Biên Hòa cho biết nhà máy chạy ổn định.", "Lê Văn Tâm",
     "Công ty Đường Biên Hòa"),
])
def test_a_directors_function_is_no_part_of_the_firm(sentence: str, name: str, body: str) -> None:
    assert _officials(sentence)[name][1] == body


def test_a_parent_department_in_brackets_after_the_post_places_it() -> None:
    got = _officials("Ông Lê Văn Hòa - Trưởng phòng Khuyến công, Trung tâm Khuyến công và Xúc tiến thương mại (Sở Công Thương Bình "
                     "Thuận) - chia sẻ, dự án đã lan tỏa tới các cơ sở ở Ninh Thuận và Lâm Đồng.")
    assert got["Lê Văn Hòa"][2] == "Bình Thuận"


def test_the_same_person_in_the_same_post_takes_the_place_another_mention_gives() -> None:
    text = ("Hội nghị kết nối\nÔng Trần Văn Bình, Phó Giám đốc Sở Nông nghiệp và Môi trường thành phố Hà Nội phát biểu khai mạc.\n"
            "Kết thúc hội nghị với Bắc Giang và Hòa Bình, ông Trần Văn Bình, Phó Giám đốc Sở NN&MT cảm ơn các doanh nghiệp.")
    record = process_text(text, settings=SETTINGS)
    assert {o.province for o in record.officials if o.name == "Trần Văn Bình"} == {"Hà Nội"}


def test_a_place_and_a_bare_year_closing_the_sentence_end_the_name() -> None:
    got = _events("Chiều 3/10, tại Trung tâm thương mại Aeon Mall Long Biên, Sở Công Thương Hà Nội tổ chức khai mạc Tuần hàng nông "
                  "sản an toàn các tỉnh, thành tại Hà Nội 2021.")
    assert got[0][0] == "Tuần hàng nông sản an toàn các tỉnh, thành tại Hà Nội 2021"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Trong đó gạo ước đạt 114 triệu USD, tăng 82% so với cùng kỳ.", "ước đạt 114 triệu USD", "gạo"),
    ("Trong đó thủy sản ước đạt 484 triệu USD (chiếm tỷ trọng 71%).", "ước đạt 484 triệu USD", "thủy sản"),
])
def test_goods_the_tagger_reads_as_verbs_before_their_figure(sentence: str, figure: str, subject: str) -> None:
    assert _figures(sentence)[figure][0] == subject


def test_talks_are_not_the_conference_beside_them() -> None:
    got = _events("Chiều 29/7, Bí thư Tỉnh ủy Quảng Trị và Tỉnh trưởng tỉnh Savannakhet chủ trì cuộc hội đàm cấp cao về công tác "
                  "thương mại biên giới. Sáng 5/3, Sở Công Thương tổ chức Hội nghị về công tác quản lý thị trường năm 2024.")
    assert len(got) == 2 and got[1][0] == "Hội nghị về công tác quản lý thị trường năm 2024"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Thành phố đang có 1,2 triệu xe máy, chiếm hơn 70% phương tiện giao thông.", "hơn 70%", "xe máy"),
    ("Hải Dương có diện tích đất công nghiệp đứng thứ 5 tại miền Bắc, chiếm 10% toàn vùng.", "10%", None),
])
def test_a_share_after_chiem_is_of_the_things_counted_right_before(sentence: str, figure: str, subject: str | None) -> None:
    assert _figures(sentence)[figure][0] == subject
