"""Shapes from the blind verdicts of sets P87 to P97 (s51), on sentences of our own. Events: where a name ends (a cost, a
verb, an English-named event after `và`, a colon before listed provinces, a quantity after a purpose verb, `một cách`)
and goes on (`toàn thép`, `tại nước ngoài`, fields joined by `và`); what is no event (a tally of unnamed works, a works'
bare year, a congress aimed at); dates (an anniversary's span, an act's coded number, a bracketed range). Officials: a
post inside a meeting's name, one minister at a time, a parent body in brackets, title ends. Subjects: provinces counted
with their countries, counted things of a body, people counted, places ranked by a count, the works a verb builds."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS, event_names, named_titles, subjects


def test_toan_before_a_noun_goes_on_the_works_name():
    assert event_names("Sáng 8/9, Công ty CP Săm lốp Đồng Nai tổ chức khánh thành dây chuyền lốp xe khách toàn thép DRC Max "
                       "tại KCN Nhơn Trạch.") == ["khánh thành dây chuyền lốp xe khách toàn thép DRC Max"]
    assert event_names("Hôm qua, Bộ Giao thông vận tải tổ chức khởi công dự án mở rộng toàn tuyến đường tỉnh 741 tại "
                       "Bình Phước.") == ["khởi công dự án mở rộng toàn tuyến đường tỉnh 741"]


def test_a_lines_voltage_is_no_verb():
    got = subjects("Năm qua, ngành điện xây mới đường dây trung áp 312km và đường dây hạ áp 905km trên địa bàn.")
    assert got == {"312km": "đường dây trung áp", "905km": "đường dây hạ áp"}
    assert subjects("Điện lực huyện đã kéo mới 14 km đường dây hạ áp trên không và 6 km cáp ngầm.")["14 km"] == \
        "đường dây hạ áp trên không"


def test_a_measure_named_by_an_act_and_its_object_is_a_subject():
    assert subjects("Tại xã Tân Cương, với diện tích trồng chè khoảng 1.200ha, người dân có thu nhập ổn định.") == {
        "khoảng 1.200ha": "diện tích trồng chè"}
    # a measure and a verb alone say too little: no subject without an owner
    assert subjects("Tại xã Tân Cương, với diện tích canh tác khoảng 1.200ha, người dân có thu nhập ổn định.") == {
        "khoảng 1.200ha": None}


def test_provinces_counted_with_their_countries():
    got = subjects("Lãnh đạo 7 tỉnh Việt Nam - Lào - Campuchia đã ký biên bản hợp tác phát triển du lịch.")
    assert got == {"7 tỉnh": "tỉnh Việt Nam - Lào - Campuchia"}
    got = subjects("Buổi làm việc giữa 2 tỉnh Điện Biên và Phongsaly - Lào diễn ra sáng nay tại thành phố Điện Biên Phủ.")
    assert got == {"2 tỉnh": "tỉnh Điện Biên và Phongsaly - Lào"}
    # names that are neither as many as the places nor their countries say nothing of which
    assert subjects("Lãnh đạo 5 tỉnh Long An và Tiền Giang đã dự hội nghị.") == {"5 tỉnh": "tỉnh"}


def test_counted_households_keep_the_body_they_belong_to():
    assert subjects("Năm nay có 27 hộ dân khác thuộc Hợp tác xã Chè Tân Hương cũng mở rộng diện tích.") == {
        "27 hộ": "hộ dân khác thuộc Hợp tác xã Chè Tân Hương"}
    assert subjects("Xã có 40 hộ dân thuộc diện cận nghèo được hỗ trợ vay vốn.") == {"40 hộ": "hộ dân thuộc diện cận nghèo"}


def test_a_ceremony_name_ends_before_its_cost_and_its_verb():
    assert event_names("Sáng 12/4, tỉnh tổ chức lễ khởi công Dự án Khu bến cảng Nam Đồng Hới hơn 9.500 tỷ đồng tại xã Bảo Ninh.") == [
        "lễ khởi công Dự án Khu bến cảng Nam Đồng Hới"]
    assert event_names("Lễ công bố huyện Lục Nam đạt chuẩn nông thôn mới năm 2024 sẽ tổ chức ngày 15/3 tại nhà văn hóa huyện.") == [
        "Lễ công bố huyện Lục Nam đạt chuẩn nông thôn mới năm 2024"]


def test_an_event_named_in_english_after_va_is_another_event():
    names = event_names("Doanh nghiệp tỉnh tham dự Diễn đàn Cà phê Toàn cầu và World Coffee Expo 2024 tại Hàn Quốc.")
    assert names[0] == "Diễn đàn Cà phê Toàn cầu"


def test_abroad_is_no_venue_and_a_scale_no_name():
    assert event_names("Tọa đàm giữa các Đại sứ Việt Nam tại nước ngoài với doanh nghiệp ngành gỗ do Bộ Ngoại giao tổ chức "
                       "ngày 5/6 đã thu hút đông đảo đại biểu.") == [
        "Tọa đàm giữa các Đại sứ Việt Nam tại nước ngoài với doanh nghiệp ngành gỗ"]
    assert event_names("Năm 2019, tỉnh đã tổ chức Hội nghị xúc tiến đầu tư vào tỉnh Quảng Bình quy mô cấp quốc gia, thu hút "
                       "42 dự án.") == ["Hội nghị xúc tiến đầu tư vào tỉnh Quảng Bình"]


def test_a_list_of_parties_takes_no_holder_for_a_bodys_name():
    assert event_names("Hội thảo giữa các nhà khoa học với các doanh nghiệp, hiệp hội do Liên hiệp các Hội Khoa học tổ chức "
                       "chiều 9/9.") == ["Hội thảo giữa các nhà khoa học với các doanh nghiệp, hiệp hội"]


def test_a_post_inside_a_meetings_name_is_held_by_no_one():
    assert named_titles("Tại Hội nghị Tham tán Thương mại khu vực châu Á, Vụ trưởng Vụ Thị trường châu Á Trần Văn Hòa có bài "
                        "phát biểu.") == [("Trần Văn Hòa", "Vụ trưởng Vụ Thị trường châu Á")]
    assert named_titles("Chiều 3/7, Phó Thủ tướng đã tiếp ông Kenji Tanaka - Chủ tịch điều hành Tập đoàn Sumitomo.") == [
        ("Kenji Tanaka", "Chủ tịch điều hành Tập đoàn Sumitomo")]


def test_counted_things_named_by_the_title_they_won():
    assert subjects("Trong số 56 doanh nghiệp đạt Thương hiệu Quốc gia năm 2018, có 20 doanh nghiệp lần đầu được vinh danh.")[
        "56 doanh nghiệp"] == "doanh nghiệp đạt Thương hiệu Quốc gia năm 2018"
    assert subjects("Hội thi năm nay có 14 sản phẩm đạt Giải Nhất.") == {"14 sản phẩm": "sản phẩm đạt Giải Nhất"}


def test_places_where_things_stand_take_no_predicate_of_theirs():
    assert subjects("Phần lớn các chợ trên địa bàn 4 huyện đều được xây dựng từ lâu, nay đã xuống cấp.") == {"4 huyện": "huyện"}
    assert subjects("Năm nay có 6 huyện đều bị thiệt hại nặng do mưa lũ.") == {"6 huyện": "huyện đều bị thiệt hại nặng"}


def test_a_body_counted_things_belong_to_is_named_whole_or_not_at_all():
    assert subjects("Ông biểu dương thành tích của 7 tỉnh biên giới phía Bắc thuộc Cụm Thi đua số 2 trong năm qua.") == {
        "7 tỉnh": "tỉnh biên giới phía Bắc thuộc Cụm Thi đua số 2"}
    assert subjects("Nhà máy là một trong 12 dự án điện gió thuộc danh mục các công trình ưu tiên đầu tư.") == {
        "12 dự án": "dự án điện gió"}


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, settings=SETTINGS).events]


def test_an_anniversarys_day_is_the_end_of_the_span_it_marks():
    text = ("Ngày 20/8, tại thành phố Bắc Ninh, Ban Quản lý các khu công nghiệp tỉnh tổ chức Lễ kỷ niệm 15 năm thành lập.\n\n"
            "Sau 15 năm hình thành và phát triển (20/8/2008-20/8/2023), Ban đã thu hút hơn 1.000 dự án.")
    assert _dated(text) == [("Lễ kỷ niệm 15 năm thành lập", "2023-08-20")]


def test_a_connector_before_a_quoted_name_and_a_list_after_a_colon_are_no_name():
    assert event_names("Năm nay có thêm Lễ hội diễu hành hoa với tên gọi “Sắc Xuân Phương Nam” tại công viên.") == [
        "Lễ hội diễu hành hoa “Sắc Xuân Phương Nam”"]
    assert event_names("Ngày 3/4/2023, Cục Quản lý Thị trường tỉnh tổ chức Hội nghị giao ban giữa các Cục QLTT giáp ranh: "
                       "Cần Thơ, Vĩnh Long, Hậu Giang.") == ["Hội nghị giao ban giữa các Cục QLTT giáp ranh"]


def test_a_tally_of_unnamed_works_is_no_ceremony():
    assert event_names("Chỉ trong 3 năm, tỉnh đã khánh thành 4 nhà máy điện mặt trời quy mô lớn.") == []


def test_two_works_of_one_ceremony_and_a_harbours_opening():
    assert event_names("Sáng 9/3, EVNNPT tổ chức lễ khánh thành Dự án Trạm biến áp 220kV Phước Thái và đường dây 220kV Phước "
                       "Thái - Tháp Chàm tại Ninh Thuận.") == [
        "lễ khánh thành Dự án Trạm biến áp 220kV Phước Thái và đường dây 220kV Phước Thái - Tháp Chàm"]
    assert event_names("Ngày 5/7, Công ty Cảng Chân Mây tổ chức lễ mở cầu cảng số 3 và số 4 tại huyện Phú Lộc.") == [
        "lễ mở cầu cảng số 3 và số 4"]


def test_a_quoted_speech_is_no_quoted_title():
    assert event_names("“Lễ tôn vinh lần thứ III này là dịp để cộng đồng doanh nghiệp nhìn lại chặng đường đã qua và cùng hướng tới "
                       "những mục tiêu mới trong giai đoạn phát triển tiếp theo” - đại diện Ban Tổ chức cho biết.") == [
        "Lễ tôn vinh lần thứ III"]


def test_a_place_before_a_measure_and_the_adverb_after_it_are_no_subject():
    assert subjects("Hôm nay, tại khu vực Đông Nam Bộ giá cao su Bình Phước tiếp tục tăng thêm 500 đồng/kg.") == {
        "500 đồng": "giá cao su Bình Phước"}


def test_people_counted_at_events_and_places_ranked_by_a_count():
    assert subjects("Hội nghị có sự tham dự của 300-350 đại biểu.") == {"300-350 đại biểu": "đại biểu tham dự"}
    assert subjects("Tỉnh Long An đứng thứ ba có 412 dự án, tổng vốn đăng ký 3,1 tỷ USD.")["412 dự án"] == "dự án của Tỉnh Long An"
    assert subjects("Thứ hai là tỉnh Bắc Ninh với 520 dự án.")["520 dự án"] == "dự án của tỉnh Bắc Ninh"
    assert subjects("Hợp tác xã có 6 tổ sản xuất, với hơn 90 xã viên.") == {}  # (members, no communes counted)


def test_fields_joined_by_va_stay_in_a_committees_remit():
    assert event_names("Hai bên đồng chủ trì Khóa họp lần thứ 9 Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế - "
                       "thương mại và khoa học - kỹ thuật từ ngày 3 đến ngày 5/6/2024.") == [
        "Khóa họp lần thứ 9 Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế - thương mại và khoa học - kỹ thuật"]
    assert event_names("Theo Biên bản Khóa họp lần thứ 9 của Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế, hai bên "
                       "thống nhất 40 nội dung.") == ["Khóa họp lần thứ 9 của Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế"]


def test_one_minister_at_a_time_and_a_visitor_coming_to_a_country():
    got = named_titles("Sau phiên chất vấn Bộ trưởng Lê Minh Hoan, Quốc hội chất vấn Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên. "
                       "Bộ Công Thương cho biết sẽ tiếp thu. Bộ Công Thương đã gửi báo cáo.")
    assert ("Lê Minh Hoan", "Bộ trưởng") in got and ("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương") in got
    assert named_titles("Sáng 3/4, Phó Thủ tướng đã tiếp ngài Bat Erdene, Chủ tịch Phân ban Mông Cổ sang Việt Nam tham dự Kỳ họp.") \
        == [("Bat Erdene", "Chủ tịch Phân ban Mông Cổ")]


def test_a_predicate_after_a_head_a_cabinet_a_city_and_a_parent_in_brackets():
    assert event_names("Đặc biệt Triển lãm giới thiệu nhiều tác phẩm gốm sứ đã đạt giải thưởng tại các cuộc thi quốc tế.") == []
    assert named_titles("Ông Suga Taro, nguyên Bộ trưởng Văn phòng nội các Nhật Bản, phát biểu tại buổi lễ.") == [
        ("Suga Taro", "nguyên Bộ trưởng Văn phòng nội các Nhật Bản")]
    got = process_text("Tại Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn Bình đã tiếp ông Lý Minh - Tổng Lãnh sự Trung "
                       "Quốc tại Đà Nẵng.", settings=SETTINGS).officials
    assert [(o.name, o.title, o.province) for o in got][0] == ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh", None)
    assert named_titles("Theo ông Phan Văn Tú, Giám đốc Trung tâm khuyến nông (Sở Nông nghiệp và Phát triển nông thôn Nam Định), "
                        "vụ này được mùa.") == [
        ("Phan Văn Tú", "Giám đốc Trung tâm khuyến nông (Sở Nông nghiệp và Phát triển nông thôn Nam Định)")]


def test_a_congress_aimed_at_a_past_term_and_a_former_fair_are_noevent_names():
    assert event_names("Thực hiện Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ "
                       "XV của Đảng, ngày 3/6, Đảng bộ Sở tổ chức Đại hội lần thứ IV.") == ["Đại hội lần thứ IV"]
    assert event_names("Các chỉ tiêu mà Đại hội nhiệm kỳ trước đề ra đều đạt và vượt.") == []
    assert event_names("Khu trưng bày mới rộng hơn vì nơi tổ chức hội chợ trước đây đã trở nên chật chội.") == []


def test_a_bracketed_day_range_and_an_acts_numbered_code_date():
    assert _dated("Trong 2 ngày (14 và 15-6), Đảng bộ Sở Công Thương tổ chức Đại hội lần thứ IV.") == [
        ("Đại hội lần thứ IV", "--06-14")]
    assert _dated("Thực hiện Công văn số 112 CV/ĐU, ngày 3 tháng 5 năm 2020 của Đảng ủy về Đại hội chi bộ lần thứ II, chi bộ "
                  "đã chuẩn bị chu đáo.") == [("Đại hội chi bộ lần thứ II", None)]


def test_a_title_without_a_photo_credit_a_remit_verb_or_a_dangling_owner():
    assert named_titles("Dự lễ có ông Lê Văn Tâm - nguyên Bộ trưởng Bộ Thương mại ẢNH: T.L") == [
        ("Lê Văn Tâm", "nguyên Bộ trưởng Bộ Thương mại")]
    assert named_titles("Tỉnh ủy giao ông Lê Văn Hà, Phó Giám đốc Sở phụ trách, điều hành công việc.") == [
        ("Lê Văn Hà", "Phó Giám đốc Sở")]
    assert named_titles("Ông Phạm Văn Sơn, nguyên Cục trưởng Cục Thương mại điện tử và Công nghệ thông tin của Bộ này, được "
                        "bổ nhiệm làm Vụ trưởng.")[0] == (
        "Phạm Văn Sơn", "nguyên Cục trưởng Cục Thương mại điện tử và Công nghệ thông tin")


def test_a_senior_post_a_dashed_description_and_a_works_year():
    assert named_titles("Ông Lê Văn Minh, Giám đốc cấp cao chiến lược Tập đoàn Masan cho biết như vậy.") == [
        ("Lê Văn Minh", "Giám đốc cấp cao chiến lược Tập đoàn Masan")]
    assert named_titles("Chị Lò Thị Hoa, Giám đốc Công ty TNHH Chè Mường Thanh - doanh nghiệp gắn bó với chè cổ thụ cho biết: "
                        "công ty mở rộng vùng nguyên liệu.")[0][1] == "Giám đốc Công ty TNHH Chè Mường Thanh"
    assert event_names("Nhà máy sữa Vinamilk Nghệ An được khánh thành 2013, là nhà máy hiện đại nhất vùng.") == []


def test_a_manner_ends_a_name_and_a_cause_stays_in_an_awards_name():
    assert event_names("Huyện tổ chức ngày hội trái cây một cách tiết kiệm, hiệu quả.") == ["ngày hội trái cây"]
    assert event_names("Tối 20/9/2019 đã diễn ra Lễ trao Giải thưởng vì sự nghiệp phát triển bền vững năm 2019.") == [
        "Lễ trao Giải thưởng vì sự nghiệp phát triển bền vững năm 2019"]


def test_the_works_a_verb_of_building_takes_owns_the_attribute_after_co():
    assert subjects("Công ty Cổ phần Môi trường Xanh đầu tư xây dựng 1 trạm xử lý có tổng vốn đầu tư khoảng 80 tỷ đồng.") == {
        "khoảng 80 tỷ đồng": "tổng vốn đầu tư của trạm xử lý"}


def test_a_verb_before_the_place_ends_a_tail():
    assert event_names("Sở tổ chức hội thảo về nâng cao năng lực của các Trung tâm khuyến công các tỉnh Tây Nguyên họp tại "
                       "Đắk Lắk.") == ["hội thảo về nâng cao năng lực của các Trung tâm khuyến công các tỉnh Tây Nguyên"]


def test_a_level_a_multiplier_a_convoy_an_announcing_verb_and_a_named_works_beside_a_dated_one():
    assert subjects("Giá chè búp khô xuất khẩu trong 6 tháng đầu năm đạt mức bình quân 2.100 USD/tấn.") == {
        "2.100 USD": "Giá chè búp khô xuất khẩu"}
    assert subjects("Sản lượng này gấp 5 lần Thái Lan (120 triệu tấn).") == {"120 triệu tấn": "Thái Lan"}
    assert subjects("Đoàn xe chở 20 du khách đã gặp nạn, khiến 4 người bị thương.")["4 người"] == "người bị thương"
    assert named_titles("Tại hội nghị, ông Phạm Văn Nam, Bộ trưởng Bộ Nội vụ công bố Quyết định số 12/QĐ-TTg ngày 5/1/2025.") == [
        ("Phạm Văn Nam", "Bộ trưởng Bộ Nội vụ")]
    text = ("Sáng 20/8/2024, Tổng công ty Hòa Phát đã khởi công xây dựng Nhà máy thép Hòa Phát Dung Quất 3 tại Quảng Ngãi.\n\n"
            "Trong ngày hôm nay, Tổng công ty cũng tổ chức lễ khánh thành Nhà máy Cán thép Hòa Phát Hải Dương tại KCN Kinh Môn.")
    assert "lễ khánh thành Nhà máy Cán thép Hòa Phát Hải Dương" in event_names(text)


def test_a_bare_deputy_ministers_ministry_is_the_one_the_article_is_about():
    text = ("Bộ Công Thương họp khẩn về nguồn cung xăng dầu\n\nChiều 9/2, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên chủ trì cuộc "
            "họp. Cùng tham dự có Thứ trưởng Đỗ Thắng Hải, đại diện Cục Quản lý Giá (Bộ Tài chính) và các đơn vị của Bộ Công "
            "Thương.")
    assert ("Đỗ Thắng Hải", "Thứ trưởng Bộ Công Thương") in named_titles(text)
    assert named_titles("Ông Lê Văn Hải, Phó Cục trưởng Cục Công nghiệp địa phương (Cục CNĐP), cho biết thêm.") == [
        ("Lê Văn Hải", "Phó Cục trưởng Cục Công nghiệp địa phương")]  # (its own short name in brackets is no parent)
