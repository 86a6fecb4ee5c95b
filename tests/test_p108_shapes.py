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


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, settings=SETTINGS).events]


def test_a_range_of_amounts_is_no_day():
    found = _dated(HEAD + "Sáng 12/5, hai bên đã ký kết biên bản ghi nhớ về dự án nhà máy linh kiện với số vốn từ 3-3,5 tỷ USD.")
    assert found == [("ký kết biên bản ghi nhớ về dự án nhà máy linh kiện", "--05-12")]


def test_a_goals_year_in_a_name_dates_nothing():
    text = ("Diễn đàn xanh\n\nBên lề Hội nghị Đối tác vì các mục tiêu phát triển bền vững 2030 (SDG) lần thứ ba, sáng 9/6, "
            "Bộ trưởng đã chủ trì phiên thảo luận về năng lượng.")
    assert _dated(text)[0][1] == "--06-09"
    assert _dated(HEAD + "Tại Hội nghị COP28, Việt Nam khẳng định cam kết đạt phát thải ròng bằng 0 vào năm 2050.") == [("Hội nghị COP28", None)]


def test_a_sum_after_a_pact_is_no_part_of_its_name():
    names = [name for name, _ in _dated(HEAD + "Chiều 4/9, lãnh đạo tỉnh chứng kiến lễ trao Biên bản ghi nhớ hợp tác giữa "
                                         "UBND tỉnh Bắc Giang và Tập đoàn Luxshare về dự án mở rộng nhà máy với số vốn 500 triệu USD.")]
    assert names == ["lễ trao Biên bản ghi nhớ hợp tác giữa UBND tỉnh Bắc Giang và Tập đoàn Luxshare về dự án mở rộng nhà máy"]


def test_who_is_received_is_not_who_receives():
    officials = [(o.name, o.title) for o in process_text(
        HEAD + "Tại buổi tiếp Tổng giám đốc Tập đoàn Foxconn Young Liu, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đề nghị mở rộng đầu tư.",
        settings=SETTINGS).officials]
    assert ("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương") in officials


def test_a_bodys_initials_are_no_person():
    text = HEAD + "Theo Quyết định số 500/QĐ-TTg của Thủ tướng CP ngày 15/5/2023, công suất điện gió ngoài khơi đạt 6.000 MW."
    assert [o.name for o in process_text(text, settings=SETTINGS).officials] == []


def test_a_sources_credit_in_brackets_leaves_the_day_to_the_event():
    text = HEAD + "(Theo TTXVN) Ngày 15/9/2023, tại Đà Lạt, Sở Công Thương khai mạc “Tuần lễ Cà phê Lâm Đồng 2023”."
    assert _dated(text) == [("Tuần lễ Cà phê Lâm Đồng 2023", "2023-09-15")]


def test_a_meeting_and_exhibition_of_one_name_are_one_event():
    found = process_text(HEAD + "Sáng 6/10, Hội nghị và triển lãm năng lượng sạch - CEE 2023 đã khai mạc tại TP.HCM.", settings=SETTINGS).events
    assert [(e.name, e.type) for e in found] == [("Hội nghị và triển lãm năng lượng sạch - CEE 2023", "conference")]


def test_the_goods_a_fair_shows_stay_in_its_name_and_its_days_in_brackets_date_it():
    text = HEAD + ("Trong 4 ngày (từ 12 - 15/11/2024), Hội chợ Thủ công mỹ nghệ và các sản phẩm làng nghề khu vực miền Trung "
                   "sẽ được UBND tỉnh Quảng Nam tổ chức.")
    found = process_text(text, settings=SETTINGS).events
    assert [(e.name, e.date, e.date_end) for e in found] == [
        ("Hội chợ Thủ công mỹ nghệ và các sản phẩm làng nghề khu vực miền Trung", "2024-11-12", "2024-11-15")]


def test_a_kind_the_tagger_reads_as_a_verb_stays_in_the_noun():
    assert subjects(HEAD + "Doanh thu của ngành công nghiệp hỗ trợ chiếm khoảng 20% doanh thu toàn ngành.")["khoảng 20%"] == \
        "tỷ lệ Doanh thu của ngành công nghiệp hỗ trợ trong doanh thu toàn ngành"
    assert subjects(HEAD + "Công ty Tân Quang đầu tư 900 tỷ đồng xây nhà máy nước giải khát ở Long An.")["900 tỷ đồng"] == \
        "vốn đầu tư xây nhà máy nước giải khát"


def test_the_days_remembered_in_brackets_are_no_part_of_a_name():
    assert _dated(HEAD + "Sáng 12/6, Công ty Cơ khí Hà Nội tổ chức lễ kỷ niệm 60 năm ngày thành lập công ty (12/6/1965-12/6/2025).") == [
        ("lễ kỷ niệm 60 năm ngày thành lập công ty", "2025-06-12")]


def test_after_an_edition_a_verb_opens_the_clause():
    assert [name for name, _ in _dated(HEAD + "Ban tổ chức Lễ hội Trái cây Nam Bộ lần 3 trao quà cho các hộ khó khăn của huyện.")] == [
        "Lễ hội Trái cây Nam Bộ lần 3"]


def test_where_exported_goods_go_names_the_announcement():
    assert [name for name, _ in _dated(HEAD + "Lễ công bố xuất khẩu lô vải thiều đầu tiên của Bắc Giang sang thị trường Nhật Bản")] == [
        "Lễ công bố xuất khẩu lô vải thiều đầu tiên của Bắc Giang sang thị trường Nhật Bản"]


def test_a_verb_after_a_dash_ends_a_title():
    officials = process_text(HEAD + "Ông Trần Văn Hải-Phó Giám đốc Sở Công Thương-cho biết: “Năm nay sản lượng tăng.”", settings=SETTINGS).officials
    assert [(o.name, o.title) for o in officials] == [("Trần Văn Hải", "Phó Giám đốc Sở Công Thương")]


def test_value_added_is_one_measure():
    assert subjects(HEAD + "Giá trị tăng thêm của ngành dệt may, da giày tăng trên 12%.") == {
        "trên 12%": "Giá trị tăng thêm của ngành dệt may, da giày"}


def test_a_passive_buy_with_its_buyer_and_year_prices_the_named_thing_that_opens_the_sentence():
    found = subjects(HEAD + "Tàu Biển Đông Star có trọng tải 22.000 DWT, được công ty mua năm 2012 với giá 15 triệu USD.")
    assert found["15 triệu USD"] == "giá Tàu Biển Đông Star"


def test_retail_the_tagger_reads_as_a_verb_is_the_measures_noun():
    assert subjects(HEAD + "Trong đó, bán lẻ hàng hóa ước đạt 12.500 tỷ đồng.") == {"ước đạt 12.500 tỷ đồng": "bán lẻ hàng hóa"}
    assert subjects(HEAD + "Quý I, tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ 8.400 tỷ đồng.")["8.400 tỷ đồng"] == \
        "tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ"


def test_a_dominant_share_is_its_holders_and_the_rest_its_own():
    assert subjects(HEAD + "Tại chợ, rau Đà Lạt chiếm ưu thế khoảng 60%, còn lại 40% rau Trung Quốc.") == {
        "khoảng 60%": "rau Đà Lạt", "40%": "rau Trung Quốc"}
