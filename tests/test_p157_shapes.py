"""Shapes from the blind verdicts of sets P157 and P158 (s60), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import HEAD, SETTINGS, subjects
from tests.shapes import body_events as _events
from tests.shapes import body_officials as _officials


def _typed(text: str) -> list[tuple[str, str, str | None, str | None]]:
    record = process_text(HEAD + text, settings=SETTINGS)
    return [(e.name, e.type, e.subtype, e.date) for e in record.events]


@pytest.mark.parametrize(("sentence", "figures", "wanted"), [
    ("Năm 2024, xuất khẩu sang Lào, Campuchia và Thái Lan lần lượt đạt 410 triệu USD, 260 triệu USD và 95 triệu USD.",
     ["260 triệu USD", "95 triệu USD"], ["xuất khẩu sang Campuchia", "xuất khẩu sang Thái Lan"]),
    ("Kim ngạch nhập khẩu từ Nhật Bản và Đức lần lượt đạt 3,2 tỷ USD và 1,1 tỷ USD.", ["3,2 tỷ USD", "1,1 tỷ USD"],
     ["Kim ngạch nhập khẩu từ Nhật Bản", "Kim ngạch nhập khẩu từ Đức"]),
    ("Lợi nhuận của Công ty Bình Minh và Công ty Hải Đăng lần lượt đạt 14 tỷ đồng và 9 tỷ đồng.", ["14 tỷ đồng", "9 tỷ đồng"],
     ["Lợi nhuận của Công ty Bình Minh", "Lợi nhuận của Công ty Hải Đăng"]),
])
def test_a_respective_list_of_owners_gives_each_figure_its_own(sentence: str, figures: list[str], wanted: list[str]) -> None:
    got = subjects(HEAD + sentence)
    assert [got[f] for f in figures] == wanted


def test_a_list_of_owners_without_respectively_is_left_whole() -> None:
    got = subjects(HEAD + "Diện tích của xã An Phú và xã Tân Hòa là 12 ha và 8 ha.")
    assert got["12 ha"] == got["8 ha"]


def test_starch_the_tagger_reads_as_a_verb_stays_in_the_goods() -> None:
    got = subjects(HEAD + "Một số sản phẩm giảm, như: tinh bột sắn ước đạt 5.120 tấn, giảm 2,4%; bột cá ước đạt 800 tấn.")
    assert got["ước đạt 5.120 tấn"] == "tinh bột sắn"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Lễ khởi công Nhà máy chế tạo Chip bán dẫn đánh dấu bước ngoặt của ngành điện tử tỉnh.",
     "Lễ khởi công Nhà máy chế tạo Chip bán dẫn"),
    ("Sáng 5/3, Công ty Tân Phú tổ chức lễ khánh thành nhà máy sản xuất phân bón hữu cơ tại huyện Cư Jút.",
     "lễ khánh thành nhà máy sản xuất phân bón hữu cơ"),
    ("Hội chợ Nông sản Tây Nguyên 2025 mở ra cơ hội cho các hợp tác xã.", "Hội chợ Nông sản Tây Nguyên 2025"),
])
def test_a_works_name_runs_on_over_what_it_makes_and_ends_before_what_the_event_means(sentence: str, name: str) -> None:
    assert [e[0] for e in _events(sentence)] == [name]


def test_a_kind_written_before_the_name_that_holds_it_again_is_no_part_of_the_name() -> None:
    got = _events("Sáng 12/6, tại diễn đàn Diễn đàn Doanh nghiệp Việt - Hàn, ông Lê Văn Tùng cho biết như vậy.")
    assert [e[0] for e in got] == ["Diễn đàn Doanh nghiệp Việt - Hàn"]


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Ngày 20/11, Sở Khoa học và Công nghệ tổ chức Ngày hội Sáng tạo trẻ và Trao giải Cuộc thi Ý tưởng khởi nghiệp năm 2024.",
     [("Ngày hội Sáng tạo trẻ", "festival", None, "2024-11-20"),
      ("Trao giải Cuộc thi Ý tưởng khởi nghiệp năm 2024", "ceremony", "award", "2024-11-20")]),
    ("Ngày 9/12, Tỉnh đoàn tổ chức trao giải Cuộc thi Thanh niên sáng tạo năm 2023.",
     [("trao giải Cuộc thi Thanh niên sáng tạo năm 2023", "ceremony", "award", "2023-12-09")]),
])
def test_a_contest_after_its_award_is_the_award_ceremony(sentence: str, wanted: list[tuple[str, str, str | None, str]]) -> None:
    assert _typed(sentence) == wanted


def test_a_contest_of_next_year_launched_today_keeps_the_day_in_its_own_year() -> None:
    text = "Tối 10/10/2025, Sở tổ chức Lễ trao giải Techfest Open 2025. Cùng ngày, tỉnh phát động Cuộc thi “Ý tưởng xanh 2026”."
    got = {e[0]: e[3] for e in _typed(text)}
    assert got["Cuộc thi “Ý tưởng xanh 2026”"] == "2025-10-10"


def test_a_contest_dated_in_its_own_year_when_not_launched_on_that_day() -> None:
    got = _typed("Ngày 15/5, Ban tổ chức công bố kết quả Cuộc thi Sáng tạo số 2026 tại Hà Nội. Năm 2025 là năm thứ ba.")
    assert [e[3] for e in got if e[1] == "contest"] in ([], ["2026-05-15"])


@pytest.mark.parametrize(("sentence", "events"), [
    ("Cũng theo trường, nhà trường đã ký kết hợp tác 5 đơn vị, trong đó có Tập đoàn Hòa Phát.", []),
    ("Sáng 5/3, Trường Đại học Vinh ký kết thỏa thuận hợp tác với 3 doanh nghiệp tại TP Vinh.", ["ký kết thỏa thuận hợp tác"]),
])
def test_a_count_of_partners_signed_with_is_no_ceremony_without_a_day(sentence: str, events: list[str]) -> None:
    assert [e[0] for e in _events(sentence)] == events


def test_what_an_agreement_plans_is_no_event_unless_it_is_named() -> None:
    text = ("Theo bản ghi nhớ, hai bên sẽ tổ chức khóa đào tạo ngắn hạn cho các kỹ sư và hội thảo chuyên đề về vi mạch tại "
            "Đà Nẵng.")
    assert _events(text) == []


def test_an_enrolment_ceremony_is_a_ceremony_of_its_course() -> None:
    got = _typed("Chiều 2/8, tại Đà Nẵng đã diễn ra Lễ tuyển sinh Khóa đào tạo kỹ sư bán dẫn năm 2025.")
    assert [(e[0], e[1], e[2]) for e in got] == [("Lễ tuyển sinh Khóa đào tạo kỹ sư bán dẫn năm 2025", "ceremony", "opening")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Sáng 12/3, Tỉnh ủy Nam Định tổ chức Hội nghị quán triệt Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư "
     "nhân.", "Hội nghị quán triệt Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân"),
    ("Chiều 4/6, Sở Công Thương tổ chức Hội nghị triển khai Nghị quyết 19 của Chính phủ và Chỉ thị 15/CT-TTg của Thủ tướng "
     "tại Hà Nam.", "Hội nghị triển khai Nghị quyết 19 của Chính phủ và Chỉ thị 15/CT-TTg của Thủ tướng"),
])
def test_a_meeting_named_after_a_resolution_takes_its_issuer_and_subject(sentence: str, name: str) -> None:
    assert [e[0] for e in _events(sentence)] == [name]


@pytest.mark.parametrize(("sentence", "name", "body"), [
    ("Bà Lê Thị Hằng, Giám đốc Trung tâm thông tin Khoa học Công nghệ tỉnh Ninh Bình cho biết số liệu.", "Lê Thị Hằng",
     "Trung tâm thông tin Khoa học Công nghệ tỉnh Ninh Bình"),
    ("Tham dự có TS. Đỗ Văn Hải, Viện trưởng Viện thông tin Khoa học xã hội.", "Đỗ Văn Hải", "Viện thông tin Khoa học xã hội"),
    ("Ông Lê Quốc Bảo, Giám đốc Trung tâm thông tin cho biết thêm về kế hoạch.", "Lê Quốc Bảo", "Trung tâm"),
    ("Có mặt GS. Marie Dubois, Giám đốc nghiên cứu, Trường Kinh doanh Rennes cùng đoàn.", "Marie Dubois",
     "Trường Kinh doanh Rennes"),
])
def test_a_body_after_its_field_or_a_director_s_function(sentence: str, name: str, body: str) -> None:
    assert _officials(sentence)[name][1] == body


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Một số sản phẩm tăng như: khí CO2 ước đạt 350 tấn, tăng 12,4%; gạch nung ước đạt 9 triệu viên.", "ước đạt 350 tấn", "khí CO2"),
    ("Sản lượng tăng như: hạt điều khô ước đạt 410,5 tấn, tăng 3,8%; chè búp ước đạt 95 tấn.", "ước đạt 410,5 tấn",
     "sản lượng hạt điều khô"),
    ("Sản phẩm chủ yếu như: Đá xây dựng các loại 88,4 nghìn m3, tăng 2,1%; điện thương phẩm 120 triệu kWh.", "88,4 nghìn m3",
     "Đá xây dựng các loại"),
    ("Trong khi đó, xuất khẩu các sản phẩm dệt, da giày và phụ kiện cũng đạt 9 tỷ USD, tăng 11%.", "9 tỷ USD",
     "xuất khẩu các sản phẩm dệt, da giày và phụ kiện"),
])
def test_a_listed_good_the_segmenter_glued_or_the_tagger_read_as_a_verb(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence)[figure] == subject


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Tỉnh có 4 cụm công nghiệp: Ea Kar với diện tích 40 ha; Cư Kuin với diện tích 62,5 ha và Krông Pắc với diện tích 30 ha.",
     "62,5 ha", "diện tích của Cư Kuin"),
    ("Dự án Nhà máy Bao bì An Phát Xanh: Tổng vốn đầu tư 18,6 triệu USD.", "18,6 triệu USD",
     "Tổng vốn đầu tư của Dự án Nhà máy Bao bì An Phát Xanh"),
    ("Khu công nghiệp Nam Cầu Kiền nằm trên địa bàn huyện Thủy Nguyên có qui mô 263 ha.", "263 ha",
     "qui mô của Khu công nghiệp Nam Cầu Kiền"),
])
def test_a_bare_size_takes_the_works_its_line_or_its_item_names(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence)[figure] == subject


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Huyện Tứ Kỳ có nhiều làng nghề nhất với 6 làng nghề, huyện Gia Lộc có 4 làng nghề, thị xã Kinh Môn 2 làng nghề.",
     {"4 làng nghề": "làng nghề của huyện Gia Lộc", "2 làng nghề": "làng nghề của thị xã Kinh Môn"}),
    ("Hải Dương có 5 làng nghề, Bắc Ninh có 7 làng nghề được công nhận.", {"5 làng nghề": "làng nghề của Hải Dương"}),
])
def test_counts_of_one_kind_listed_place_by_place(sentence: str, wanted: dict[str, str]) -> None:
    got = subjects(HEAD + sentence)
    assert {k: got[k] for k in wanted} == wanted


def test_a_bare_unit_word_is_no_place_of_a_listed_count() -> None:
    got = subjects(HEAD + "Tỉnh có 12 doanh nghiệp, trong đó 3 doanh nghiệp FDI.")
    assert got["12 doanh nghiệp"] == "doanh nghiệp"


def test_the_worth_after_a_count_is_no_part_of_what_it_counts() -> None:
    got = subjects(HEAD + "Đến nay, các đơn vị đã ký được 6 hợp đồng trị giá 42 tỷ đồng.")
    assert "trị giá" not in (got["6 hợp đồng"] or "")


def test_billions_of_products_are_a_count_and_a_bracket_restating_them_is_the_same_capacity() -> None:
    record = process_text(HEAD + "Theo hồ sơ, doanh nghiệp muốn nâng quy mô công suất từ 2,4 tỷ sản phẩm/năm (tương đương 800 tấn sản phẩm) lên "
                                 "5 tỷ sản phẩm/năm (tương đương 1.900 tấn sản phẩm).", settings=SETTINGS)
    got = {f.text: (f.subject, f.per) for f in record.figures}
    assert got["từ 2,4 tỷ sản phẩm"] == got["800 tấn"] == got["5 tỷ sản phẩm"] == got["1.900 tấn"] == ("quy mô công suất", "năm")


def test_a_bracket_keeps_the_subject_read_for_it() -> None:
    got = subjects(HEAD + "Bộ phim đạt doanh thu 300 triệu USD toàn cầu, đồng thời thu 120 tỷ đồng (tương đương 5 triệu USD) ở Việt Nam.")
    assert got["5 triệu USD"] != "số tiền thu" or got["120 tỷ đồng"] == "số tiền thu"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Tổng giá trị sản xuất công nghiệp là 9.120 tỷ đồng, tăng 6,1%, trong đó: khai khoáng tăng 2,4%, chế biến chế tạo tăng 7,9%.",
     "2,4%", "giá trị sản xuất khai khoáng"),
    ("Nhiều ngành có chỉ số tăng cao như: ngành giấy (tăng 21,5%), sản xuất đồ uống (tăng 12,3%).", "21,5%", "chỉ số ngành giấy"),
    ("Nhiều mặt hàng mở rộng giá trị xuất khẩu, trong đó như: hồ tiêu đạt 320 triệu USD (tăng 18,2%); sắn đạt 90 triệu USD.",
     "320 triệu USD", "giá trị xuất khẩu hồ tiêu"),
    ("Nhiều mặt hàng mở rộng giá trị xuất khẩu, trong đó như: hồ tiêu đạt 320 triệu USD (tăng 18,2%); sắn đạt 90 triệu USD.",
     "18,2%", "giá trị xuất khẩu hồ tiêu"),
    ("Hàng dệt may của tỉnh xuất khẩu tới 40 thị trường, trong đó Hoa Kỳ (chiếm 61%), châu Âu (18%).", "18%",
     "xuất khẩu sang châu Âu"),
])
def test_a_listed_item_takes_the_measure_its_list_opens_with(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence)[figure] == subject


def test_a_listed_province_exports_and_a_verb_item_keeps_its_own_measure() -> None:
    got = subjects(HEAD + "Các tỉnh có giá trị xuất khẩu gỗ lớn như: Bình Định (4,2%); Gia Lai (1,9%).")
    assert got["4,2%"] == "giá trị xuất khẩu của Bình Định"
    got = subjects(HEAD + "Công ty có doanh thu 800 tỷ đồng/năm, trong đó nộp ngân sách từ 40 đến 50 tỷ đồng/năm.")
    assert not (got["từ 40 đến 50 tỷ đồng"] or "").startswith("doanh thu nộp")


def test_a_signed_change_in_brackets_is_of_the_item_before_it() -> None:
    got = subjects(HEAD + "Các sản phẩm tăng như: quạt điện (+12,4%), thép thanh, thép cuộn (+30,2%), bia (+5,1%).")
    assert [got["12,4%"], got["30,2%"], got["5,1%"]] == ["quạt điện", "thép thanh, thép cuộn", "bia"]


def test_a_metal_s_or_an_acid_s_purity_is_its_grade_not_a_figure() -> None:
    record = process_text(HEAD + "Năm 2022, kẽm thỏi 99,95% đạt 11.800 tấn; axit sunfuaric 98% đạt 16.200 tấn. Nhôm tăng 5% đạt 2 tỷ USD.",
                          settings=SETTINGS)
    got = {f.text: f.subject for f in record.figures}
    assert "99,95%" not in got and "98%" not in got and "5%" in got
    assert got["16.200 tấn"] == "axit sunfuaric 98%"


def test_information_technology_in_an_organiser_s_name_is_no_verb_of_saying() -> None:
    got = _events("Ngày 9/3, Trường Đại học Công nghệ thông tin và Truyền thông Thái Nguyên tổ chức hội thảo khoa học quốc tế "
                  "về vi mạch ICTA 2025.")
    assert [(e[0], e[1]) for e in got] == [("hội thảo khoa học quốc tế về vi mạch ICTA 2025", "2025-03-09")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ngày 5/8, Sở tổ chức Hội nghị “Tổng kết chương trình năng suất chất lượng giai đoạn 2021-2025” tham dự Hội nghị có ông "
     "Lê Văn Hòa.", "Hội nghị “Tổng kết chương trình năng suất chất lượng giai đoạn 2021-2025”"),
    ("Ngày 20/1, Cục tổ chức Hội thảo với chủ đề “Đo lường cho chuyển đổi xanh” để kỷ niệm Ngày Đo lường Việt Nam.",
     "Hội thảo với chủ đề “Đo lường cho chuyển đổi xanh”"),
    ("Sáng 3/5, Sở tổ chức Hội thảo “Chuyển đổi số doanh nghiệp” lần thứ 2 tại Huế.", "Hội thảo “Chuyển đổi số doanh nghiệp” lần thứ 2"),
])
def test_a_quoted_title_ends_the_name_unless_an_edition_follows(sentence: str, name: str) -> None:
    assert [e[0] for e in _events(sentence)] == [name]


def test_an_award_of_two_years_keeps_both_in_its_name() -> None:
    got = _events("Sáng 25/4, tại Hà Nội, diễn ra Lễ trao Giải thưởng Chất lượng Quốc gia 2021, 2022 cho 98 doanh nghiệp.")
    assert [e[0] for e in got] == ["Lễ trao Giải thưởng Chất lượng Quốc gia 2021, 2022"]


@pytest.mark.parametrize(("sentence", "name", "title", "body"), [
    ("Về phía Trường Đại học Bách khoa, tham dự hội thảo có GS.TS Lê Minh Đức – Hiệu trưởng và đại diện các khoa.", "Lê Minh Đức",
     "Hiệu trưởng Trường Đại học Bách khoa", "Trường Đại học Bách khoa"),
    ("Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Chính phủ Hoàng gia Campuchia Samdech Techo Hun Manet tại Phnôm Pênh.",
     "Hun Manet", "Thủ tướng Chính phủ Hoàng gia Campuchia", "Chính phủ Hoàng gia Campuchia"),
    ("Ông Trần Văn Hùng, Phó Chủ tịch Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam, cho rằng đơn hàng tăng.", "Trần Văn Hùng",
     "Phó Chủ tịch Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam", "Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam"),
])
def test_a_side_s_act_a_leader_s_address_and_a_craft_are_no_body_s_end(sentence: str, name: str, title: str, body: str) -> None:
    assert _officials(sentence)[name][:2] == (title, body)


def test_an_envoy_s_posting_in_the_people_s_republic_stays_in_the_post() -> None:
    got = _officials("Ông Lê Văn An, Đại sứ Việt Nam tại Cộng hòa Nhân dân Trung Hoa, phát biểu khai mạc diễn đàn.")
    assert got["Lê Văn An"][0] == "Đại sứ Việt Nam tại Cộng hòa Nhân dân Trung Hoa"


def test_a_technology_fair_named_by_its_brand_is_a_fair() -> None:
    got = process_text(HEAD + "Techmart Tây Nguyên 2008 sẽ diễn ra từ ngày 5 đến 8/11 tại TP Buôn Ma Thuột.", settings=SETTINGS).events
    assert [(e.name, e.type, e.date, e.date_end) for e in got] == [("Techmart Tây Nguyên 2008", "fair", "2008-11-05", "2008-11-08")]


@pytest.mark.parametrize(("sentence", "figure", "per"), [
    ("Thu nhập bình quân đạt 7 triệu đồng/người/tháng.", "7 triệu đồng", "người/tháng"),
    ("Cửa hàng bán khẩu trang với giá 50.000 đồng/10 chiếc.", "50.000 đồng", "10 chiếc"),
    ("Cuộc thi thu hút 312 dự án/ý tưởng tham gia.", "312 dự án", None),
    ("Mỗi trường có 25 học sinh/lớp.", "25 học sinh", "lớp"),
])
def test_a_rate_keeps_its_unit_and_time_a_price_its_count(sentence: str, figure: str, per: str | None) -> None:
    record = process_text(HEAD + sentence, settings=SETTINGS)
    assert {f.text: f.per for f in record.figures}[figure] == per


@pytest.mark.parametrize(("sentence", "name"), [
    ("Khánh thành nhà máy chế biến chanh dây công suất 30 nghìn tấn/năm\nSáng 5/4, Công ty Nafoods tổ chức lễ khánh thành nhà máy "
     "chế biến chanh dây tại Nghệ An.", "lễ khánh thành nhà máy chế biến chanh dây"),
    ("Sáng nay 12/10, Phó Thủ tướng dự lễ trao giải Chung kết toàn quốc cuộc thi “Phụ nữ khởi nghiệp xanh” năm 2024 tại Hà Nội.",
     "lễ trao giải Chung kết toàn quốc cuộc thi “Phụ nữ khởi nghiệp xanh” năm 2024"),
    ("Ngày 9/11, Hội Nông dân tỉnh tổ chức trao giải Hội thi Sáng tạo nhà nông năm 2022 cho các tác giả đạt giải.",
     "trao giải Hội thi Sáng tạo nhà nông năm 2022"),
])
def test_an_award_takes_its_contest_and_a_works_sheds_what_a_headline_says_of_it(sentence: str, name: str) -> None:
    got = process_text("Tin nhanh\n" + sentence if "\n" not in sentence else sentence, settings=SETTINGS).events
    assert [e.name for e in got] == [name]


def test_a_signing_told_as_a_deadline_is_no_ceremony() -> None:
    assert _events("Quy định không áp dụng cho doanh nghiệp đã ký hợp đồng gia công trước ngày 1/3/2020.") == []


@pytest.mark.parametrize(("url", "province"), [
    ("https://conganbackan.vn/tin-tuc/hoi-nghi.html", "Bắc Kạn"),
    ("https://skhcn.hatinh.gov.vn/bai-viet", "Hà Tĩnh"),
    ("https://phunuvietnam.vn/bai-viet", None),
])
def test_a_provincial_body_s_site_stands_for_its_province(url: str, province: str | None) -> None:
    from pipeline.facts.site_province import site_province
    found = site_province(url)
    assert (found.name if found else None) == province


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Dự án thứ hai là KCN Hòa Tâm có số vốn hơn 1.900 tỷ đồng trên diện tích 300 ha.", "300 ha", "diện tích của KCN Hòa Tâm"),
    ("Dự án thứ hai là KCN Hòa Tâm có số vốn hơn 1.900 tỷ đồng trên diện tích 300 ha.", "hơn 1.900 tỷ đồng", "số vốn của KCN Hòa Tâm"),
])
def test_a_works_named_by_la_owns_the_measures_it_has(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence)[figure] == subject


def test_a_measure_had_by_a_name_after_the_figure_is_not_that_name_s() -> None:
    got = subjects(HEAD + "Trong đó vốn điều lệ đạt hơn 35.000 tỷ đồng, ngân hàng tiếp tục là NHTM có vốn điều lệ lớn nhất.")
    assert got["hơn 35.000 tỷ đồng"] == "vốn điều lệ"


def test_the_law_a_training_explains_stays_in_its_name() -> None:
    got = _events("Ngày 6/5, Cục Hóa chất phối hợp với Công ty CP Hóa chất Đức Giang đã tổ chức hội nghị tập huấn các quy định của "
                  "pháp luật về an toàn hóa chất đối với axit và các hóa chất có tính ăn mòn sử dụng trong ngành mạ cho các doanh "
                  "nghiệp, lãnh đạo chủ chốt.")
    assert len(got) == 1 and got[0][0].startswith("hội nghị tập huấn các quy định của pháp luật về an toàn hóa chất")
