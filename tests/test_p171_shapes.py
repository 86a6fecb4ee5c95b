"""Shapes from the blind verdicts of sets P169 and P170 (s61) and P171 onwards (s62), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.language.analysis import analyse
from tests.shapes import HEAD, SETTINGS, body_events, body_officials, event_names, subjects


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Tổng diện tích lúa toàn vùng năm 2022 đạt 90.000 ha; trong đó Tháp Mười 21.000 ha, Cao Lãnh 18.500 ha và Tam Nông "
     "12.300 ha.", {"21.000 ha": "diện tích lúa của Tháp Mười", "18.500 ha": "diện tích lúa của Cao Lãnh",
                    "12.300 ha": "diện tích lúa của Tam Nông"}),
    ("Sản lượng chè của tỉnh đạt 120.000 tấn; trong đó Tân Cương 30.000 tấn, Đại Từ 25.000 tấn.",
     {"30.000 tấn": "sản lượng chè của Tân Cương", "25.000 tấn": "sản lượng chè của Đại Từ"}),
    ("Hồ tiêu được trồng nhiều ở huyện Chư Sê (4.100 ha), Chư Pưh (3.200 ha) và Đắk Đoa (2.700 ha).",
     {"4.100 ha": "diện tích trồng hồ tiêu của huyện Chư Sê", "2.700 ha": "diện tích trồng hồ tiêu của Đắk Đoa"}),
    ("Nhiều hợp tác xã đã chuyển sang trồng bưởi như: HTX Tân Phú (45 ha), HTX Mỹ Lợi (hơn 30 ha).",
     {"45 ha": "diện tích trồng bưởi của HTX Tân Phú", "hơn 30 ha": "diện tích trồng bưởi của HTX Mỹ Lợi"}),
    ("Một số làng nghề có doanh thu lớn như: Làng nghề gỗ Đồng Kỵ (TP Từ Sơn) đạt 3.200 tỷ đồng; làng nghề gốm Phù Lãng "
     "đạt 150 tỷ đồng.", {"3.200 tỷ đồng": "doanh thu của Làng nghề gỗ Đồng Kỵ",
                          "150 tỷ đồng": "doanh thu làng nghề gốm Phù Lãng"}),
])
def test_a_list_by_place_or_firm_gives_each_its_measure_of_that_owner(sentence: str, wanted: dict[str, str]) -> None:
    got = subjects(HEAD + sentence)
    assert {k: got.get(k) for k in wanted} == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a market abroad after a trade's measure is no owner of it
    ("Kim ngạch xuất khẩu đạt 5 tỷ USD, trong đó Hoa Kỳ 2 tỷ USD, Nhật Bản 1 tỷ USD.", "2 tỷ USD", "Kim ngạch xuất khẩu"),
    # one plant with its capacity is the capacity's own thing
    ("Tỉnh có hai nhà máy: Nhà máy điện mặt trời Phước Thái (50 MW) và Nhà máy điện gió Đầm Nại (100 MW).", "50 MW",
     "công suất nhà máy điện mặt trời Phước Thái"),
])
def test_items_that_are_no_owners_keep_their_subject(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_capitalised_tu_after_a_word_is_a_name_and_opens_no_range() -> None:
    got = subjects(HEAD + "Năm 2023, huyện Phú Lương thu 9.000 tấn, Đại Từ 25.000 tấn chè búp tươi.")
    assert "25.000 tấn" in got and "Từ 25.000 tấn" not in got
    assert "Từ 20 - 25 tấn" in subjects(HEAD + "Từ 20 - 25 tấn hàng được xuất đi mỗi ngày.")


def test_cacao_the_segmenter_splits_is_one_noun() -> None:
    def tags(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.pos) for t in analyse(text, lazy=False).sentences[0].tokens]
    assert ("ca cao", "N") in tags("Sản lượng ca cao của hợp tác xã đạt 300 tấn.")
    assert ("tươi", "A") in tags("Trái ca cao tươi được thu mua với giá 6.000 đồng/kg.")
    assert ("ca cao", "N") not in tags("Công nhân phải làm ca cao điểm suốt tuần.")
    assert ("ca cao", "N") not in tags("Số ca cao nhất ghi nhận trong ngày.")
    got = subjects(HEAD + "Năm nay, giá hạt ca cao lên men đạt 90.000 đồng/kg, sản lượng ca cao của huyện đạt 1.200 tấn.")
    assert got["90.000 đồng"] is not None and "ca cao" in got["90.000 đồng"]
    assert got["1.200 tấn"] is not None and got["1.200 tấn"].startswith("sản lượng ca cao")


@pytest.mark.parametrize(("sentence", "name", "title", "organization"), [
    ("Ông Shinji Aoki, Cố vấn Văn phòng Nội các của chính phủ Nhật Bản, cho biết như vậy.", "Shinji Aoki",
     "Cố vấn Văn phòng Nội các", "Văn phòng Nội các"),
    ("Bộ trưởng Văn phòng Nội các Nhật Bản Kenji Mori phát biểu tại hội thảo.", "Kenji Mori",
     "Bộ trưởng Văn phòng Nội các Nhật Bản", "Văn phòng Nội các Nhật Bản"),
    ("Phó Chủ tịch Quốc hội Việt Nam ông Trần Quang Phương phát biểu tại diễn đàn.", "Trần Quang Phương",
     "Phó Chủ tịch Quốc hội Việt Nam", "Quốc hội Việt Nam"),
    ("Ông Vũ Hải Hà, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Hàn Quốc, dự buổi làm việc.", "Vũ Hải Hà",
     "Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Hàn Quốc", "Nhóm Nghị sĩ hữu nghị Việt Nam - Hàn Quốc"),
])
def test_cabinets_assemblies_and_friendship_groups_keep_their_whole_body(sentence: str, name: str, title: str,
                                                                         organization: str) -> None:
    got = body_officials(sentence)
    assert got[name][:2] == (title, organization)


def test_a_foreign_name_spaced_around_its_hyphen_is_one_person() -> None:
    got = body_officials("Sáng 2/3, Phó Thủ tướng tiếp Chủ tịch Nhóm Nghị sĩ hữu nghị Hàn Quốc - Việt Nam Lee Jae-Hoon.\n"
                         "Chủ tịch Nhóm Nghị sĩ hữu nghị Hàn Quốc - Việt Nam Lee Jae - Hoon cho biết sẽ tiếp tục đầu tư.")
    assert [n for n in got if n.startswith("Lee")] == ["Lee Jae-Hoon"]


def test_a_district_abroad_takes_no_province_of_the_article() -> None:
    got = body_officials("Gia Lai ký kết hợp tác nông nghiệp với Hàn Quốc.\n"
                         "Ông Choi Min-ho - Phó Chủ tịch huyện Yecheon - cho biết huyện có nhiều nông sản.\n"
                         "Ông Y Bhiêm, Chủ tịch UBND huyện Ea Kar, cho biết như vậy.")
    assert got["Choi Min-ho"][2] is None
    assert got["Y Bhiêm"][2] == "Đắk Lắk"


def test_a_river_or_street_named_like_a_province_is_no_place_of_the_story() -> None:
    got = body_officials("Vải của tỉnh Bắc Giang trồng trên đất ven sông Thái Bình, nhiều nhất tại xã Hồng Giang.\n"
                         "Ông Nguyễn Văn Lợi – Chủ tịch UBND xã Hồng Giang cho biết vụ thu hoạch sắp đến.")
    assert got["Nguyễn Văn Lợi"][2] == "Bắc Giang"
    got = body_officials("Ông Lê Văn Hòa, Hiệu trưởng trường Tiểu học Đông Thọ (phường Đông Thọ, thành phố Thanh Hóa) bị "
                         "xử phạt 10 triệu đồng.")
    assert got["Lê Văn Hòa"][2] == "Thanh Hóa"


def test_an_edition_in_roman_numerals_is_the_same_edition_in_digits() -> None:
    got = body_events("Festival Hoa Đà Lạt lần thứ X-năm 2024 khai mạc tối 5/12/2024 tại Quảng trường Lâm Viên.\n"
                      "Phó Thủ tướng nhấn mạnh, Festival Hoa Đà Lạt lần thứ 10 tiếp tục khẳng định giá trị về hoa.")
    assert len(got) == 1 and got[0][1] == "2024-12-05"


def test_a_theme_worded_as_an_event_is_no_event() -> None:
    got = event_names(HEAD + "Chủ đề xuyên suốt lễ hội tôn vinh “Sắc màu Tây Nguyên”, Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 "
                      "khai mạc tối 10/3/2023.")
    assert got == ["Lễ hội Cà phê Buôn Ma Thuột lần thứ 8"]


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Diễn đàn kinh tế Việt Nam - Nhật Bản nhân kỉ niệm 50 năm quan hệ ngoại giao diễn ra ngày 16/9/2023 tại Hà Nội.",
     "Diễn đàn kinh tế Việt Nam - Nhật Bản"),
    ("Hội chợ VIFA kết nối doanh nghiệp đồ gỗ với nhà nhập khẩu châu Âu.", "Hội chợ VIFA"),
])
def test_an_event_ends_before_its_occasion_and_after_its_code(sentence: str, wanted: str) -> None:
    assert event_names(HEAD + sentence)[:1] == [wanted]


def test_an_event_named_by_its_code_keeps_a_lower_case_name_that_is_no_code() -> None:
    assert event_names(HEAD + "Các sản phẩm đều được bình chọn sản phẩm CNNTTB cấp huyện, thị xã, thành phố.") == []


def test_a_quoted_theme_and_its_translation_are_no_distance_to_the_events_date() -> None:
    got = body_events("Chào mừng 30 năm quan hệ ngoại giao, Diễn đàn hợp tác Việt - Úc (VAF30) với chủ đề “Growing together "
                      "for a brighter and more prosperous future” (Cùng nhau phát triển vì tương lai tươi sáng và thịnh vượng "
                      "hơn) vào ngày 12-13/8/2023 tại TP.HCM.")
    assert got[0][:3] == ("Diễn đàn hợp tác Việt - Úc (VAF30)", "2023-08-12", "2023-08-13")


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Báo cáo ghi nhận doanh thu hợp nhất của tập đoàn năm 2023 đạt 120.500 tỷ đồng.", "120.500 tỷ đồng",
     "doanh thu hợp nhất của tập đoàn"),
    ("Lợi nhuận sau thuế hợp nhất của Vinamilk đạt 9.000 tỷ đồng.", "9.000 tỷ đồng", "Lợi nhuận sau thuế hợp nhất của Vinamilk"),
    ("Trong quý, lợi nhuận gộp đạt 250 tỷ đồng.", "250 tỷ đồng", "lợi nhuận gộp"),
    ("Năm qua, lợi nhuận từ điện đạt 1.900 tỷ đồng.", "1.900 tỷ đồng", "lợi nhuận từ điện"),
    ("Trong đó, doanh thu từ điện chiếm 75%, tương ứng 2.100 tỷ đồng.", "2.100 tỷ đồng", "doanh thu từ điện"),
    ("Doanh thu đạt 500 tỷ đồng, tăng 5%, tương ứng tăng 25 tỷ đồng.", "25 tỷ đồng", "Doanh thu"),
    # a measure's source that is a trade (a verb) stays apart from the goods traded
    ("Riêng doanh thu từ xuất khẩu hơn 3.200 tấn giấy đế là 41,5 tỷ đồng.", "hơn 3.200 tấn", "giấy"),
])
def test_a_measures_modifiers_and_source_stay_in_its_subject(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_two_companies_merging_is_a_verb() -> None:
    tokens = [(t.text, t.pos) for t in analyse("Hai công ty hợp nhất thành một.", lazy=False).sentences[0].tokens]
    assert ("hợp nhất", "V") in tokens


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Ban Tổ chức cho biết, hiện đã có hơn 250 gian hàng đăng ký tham dự.", "hơn 250 gian hàng", "Ban Tổ chức"),
    ("Bên cạnh đó, huyện Lục Ngạn có 20 vùng trồng được cấp mã số với tổng diện tích 150 ha.", "150 ha", "Bên cạnh"),
])
def test_a_speaker_or_a_connective_is_no_owner(sentence: str, figure: str, wanted: str) -> None:
    got = subjects(HEAD + sentence)[figure]
    assert got is not None and wanted not in got


def test_people_who_say_something_after_a_share_stay_its_subject() -> None:
    assert subjects(HEAD + "Theo khảo sát, có đến 35% người dân cho biết, họ muốn mua hàng Việt.")["đến 35%"] == "người dân"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Năm 2024, Thái Lan xuất khẩu 9,9 triệu tấn gạo.", "9,9 triệu tấn", "xuất khẩu gạo của Thái Lan"),
    ("Trong năm, Campuchia nhập khẩu 1,2 triệu tấn phân bón.", "1,2 triệu tấn", "nhập khẩu phân bón của Campuchia"),
    # a holder that is no name keeps the goods alone
    ("Năm 2024, nhà máy sản xuất 12.000 tấn tinh quặng kẽm.", "12.000 tấn", "tinh quặng kẽm"),
    # a subject that holds the amount before it and its goods is the part after `và`
    ("Hằng năm Việt Nam sản xuất được khoảng 30.000 tấn hạt điều và xuất khẩu chiếm khoảng 90% tổng sản lượng.",
     "khoảng 90%", "tỷ lệ xuất khẩu trong tổng sản lượng"),
])
def test_a_mass_a_named_holder_trades_is_that_trade_of_its_goods(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_vietnamese_envoy_takes_no_foreign_embassy_the_article_names() -> None:
    got = body_officials("Cục Lễ tân phối hợp với Đại sứ quán Hàn Quốc tại Việt Nam tổ chức tọa đàm.\n"
                         "Phát biểu tại tọa đàm, Đại sứ Trần Văn Nam, Cục trưởng Cục Lễ tân, cho biết hai nước gắn kết.")
    assert "Hàn Quốc" not in (got["Trần Văn Nam"][0] or "")


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Sơn La có diện tích rừng là 650.000 ha.", "650.000 ha", "diện tích rừng của Sơn La"),
    ("Hiện tỉnh Gia Lai có diện tích cà phê khoảng 100.000 ha.", "khoảng 100.000 ha", "diện tích cà phê của tỉnh Gia Lai"),
    ("Tỉnh Kon Tum đã quy hoạch hơn 10.000 ha để trồng cây sâm Ngọc Linh.", "hơn 10.000 ha", "diện tích sâm Ngọc Linh của Tỉnh Kon Tum"),
])
def test_an_area_of_land_or_of_a_crop_planned_names_that_land_or_crop(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_an_area_set_aside_is_no_money_spent() -> None:
    got = subjects(HEAD + "Tỉnh dành 3.000 ha để trồng mắc ca.")["3.000 ha"]
    assert got is None or not got.startswith(("tiền", "số tiền"))
    assert subjects(HEAD + "Tỉnh chi 50 tỷ đồng để xây dựng chợ.")["50 tỷ đồng"] == "tiền chi để xây dựng chợ"


def test_a_price_in_dong_with_english_thousands_separators_is_thousands() -> None:
    record = process_text(HEAD + "Giá dừa khô dao động từ 95,000-105,000 đồng/chục, cổ phiếu đóng cửa tại 23,700 đồng/cp.", settings=SETTINGS)
    assert [f.value for f in record.figures] == [95000.0, 105000.0, 23700.0]
    # a decimal comma stays one, and so does a comma before a multiplier
    record = process_text(HEAD + "Giá điện 2,5 đồng/kWh, vốn 1,500 triệu đồng.", settings=SETTINGS)
    assert [f.value for f in record.figures] == [2.5, 1500000.0]


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Trong khuôn khổ Festival, còn diễn ra Lễ phong tặng danh hiệu Làng nghề Việt Nam 2024.",
     "Lễ phong tặng danh hiệu Làng nghề Việt Nam 2024"),
    ("Ông Nguyễn Văn Bình cho biết, Lễ phong tặng các danh hiệu làng nghề Việt Nam lần thứ 9 có ý nghĩa quan trọng.",
     "Lễ phong tặng các danh hiệu làng nghề Việt Nam lần thứ 9"),
])
def test_a_ceremony_conferring_a_title_is_an_award(sentence: str, wanted: str) -> None:
    assert event_names(HEAD + sentence) == [wanted]


def test_a_water_works_keeps_its_lower_case_trade() -> None:
    got = body_officials("Ông Phan Văn Tài, Giám đốc Xí nghiệp cấp nước Liên Chiểu thành phố Đà Nẵng cho biết như vậy.")
    assert got["Phan Văn Tài"][1] == "Xí nghiệp cấp nước Liên Chiểu thành phố Đà Nẵng"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Công ty xây dựng nhà máy mới trên diện tích 12 ha.", "12 ha", "diện tích của nhà máy"),
    # a construction company by its name keeps its name
    ("Công ty Xây dựng số 5 có vốn điều lệ 300 tỷ đồng.", "300 tỷ đồng", "vốn điều lệ của Công ty Xây dựng số 5"),
])
def test_a_works_built_is_the_subject_not_its_builder(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_place_and_a_bare_year_before_the_clauses_verb_stay_in_the_name() -> None:
    got = body_events("Gian hàng cà phê Đắk Lắk lần đầu có mặt tại Tuần hàng Việt Nam tại Malaysia 2023 đã thu hút nhiều khách.")
    assert [g[0] for g in got] == ["Tuần hàng Việt Nam tại Malaysia 2023"]
