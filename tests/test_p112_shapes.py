"""Shapes from the blind verdicts of sets P112 and P113 (s54), on sentences of our own.
Subjects: a holder's trade read from its verb (`toàn tỉnh đã xuất khẩu được ...`), a change chained right after it,
who says a figure (`Theo bà X, ...`) never its subject, a price read across the places listed after it, a vessel or a
tank right before its size, a connective with a comma (`Bên cạnh đó,`) before a list of measures.
Events: a verb-named ceremony dated only by month or year is background, an example after `như` or an aim is none, an
event named only inside a committee of another event told opens none, a work's description runs on to its brand."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS, event_names, subjects

HEAD = "Tin nhanh\n"  # a headline line, so that the sentence under test is read as the body's


def test_a_holder_that_exports_or_imports_owns_the_turnover():
    found = subjects(HEAD + "Trong 9 tháng qua, toàn tỉnh đã xuất khẩu được gần 2,5 tỷ USD, tăng 12,4% so với cùng kỳ.")
    assert found == {"gần 2,5 tỷ USD": "kim ngạch xuất khẩu của toàn tỉnh", "12,4%": "kim ngạch xuất khẩu của toàn tỉnh"}
    assert subjects(HEAD + "Tính chung cả năm, tỉnh Long An đã xuất siêu 1,2 tỷ USD.") == {"1,2 tỷ USD": "xuất siêu của tỉnh Long An"}
    assert subjects(HEAD + "Năm 2023, các doanh nghiệp trong khu công nghiệp nhập khẩu 800 triệu USD.")["800 triệu USD"] == \
        "kim ngạch nhập khẩu của các doanh nghiệp trong khu công nghiệp"


def test_exports_as_a_noun_before_dat_are_no_verb_of_a_holder():
    found = subjects(HEAD + "Trong đó, xuất khẩu đạt 640 triệu USD, còn nhập khẩu đạt 410 triệu USD.")
    assert not any(s and s.startswith("kim ngạch") for s in found.values()), found


def test_who_says_a_figure_is_never_its_subject():
    found = subjects(HEAD + "Theo bà Trần Thị Lan, trong quý I, toàn ngành tăng 8,5% so với cùng kỳ.")
    assert "Trần Thị Lan" not in (found["8,5%"] or "")


def test_a_price_read_across_the_places_listed_after_it():
    found = subjects(HEAD + "Hiện giá tiêu ghi nhận tại các vùng trồng trọng điểm như huyện Chư Sê, Đak Đoa dao động từ "
                            "140.000 - 145.000 đồng/kg.")
    assert set(found.values()) == {"giá tiêu"}


def test_a_vessel_or_a_tank_right_before_its_size_owns_it():
    assert subjects(HEAD + "Tháng 5, nhà máy đóng tàu hạ thủy tàu chở hàng 34.000 tấn cho chủ tàu Nhật Bản.")["34.000 tấn"] == \
        "trọng tải tàu chở hàng"
    assert subjects(HEAD + "Khí amoniac rò rỉ từ bồn chứa 25m3 của nhà máy.")["25m3"] == "dung tích bồn chứa"
    assert subjects(HEAD + "Chiếc tàu chở 4.500 tấn xi măng cập cảng.")["4.500 tấn"] != "trọng tải tàu chở"  # its cargo


def test_a_connective_and_its_comma_before_a_list_of_measures():
    found = subjects(HEAD + "Bên cạnh đó, doanh thu dịch vụ vận tải, kho bãi 6 tháng ước đạt 12.300 tỷ đồng.")
    assert found["ước đạt 12.300 tỷ đồng"] == "doanh thu dịch vụ vận tải, kho bãi"


def test_a_groundbreaking_dated_only_by_month_or_year_is_background():
    assert event_names(HEAD + "Cuối năm 2022, công ty đã khởi công xây dựng Nhà máy chế biến hạt điều Bình Phước.") == []
    assert event_names(HEAD + "Nhà máy nhiệt điện Quảng Trạch II khởi công tháng 3/2026, phát điện tháng 6/2029.") == []
    assert event_names(HEAD + "Sáng 12/3, công ty khởi công xây dựng Nhà máy chế biến hạt điều Bình Phước.") == [
        "khởi công xây dựng Nhà máy chế biến hạt điều Bình Phước"]


def test_a_groundbreaking_given_as_an_example_or_an_aim_is_no_event():
    assert event_names(HEAD + "Tập đoàn đang tập trung vào các dự án trọng điểm như khởi công Nhà máy đạm Ninh Bình 2.") == []
    assert event_names(HEAD + "Năm nay, tổng công ty phấn đấu khởi công Nhà máy điện khí Cà Ná.") == []


def test_an_event_named_only_in_a_committee_that_co_runs_another_opens_none():
    names = event_names(HEAD + "Sáng 14/5, hội thảo “Phát triển chuỗi giá trị cà phê” do Sở Công Thương phối hợp cùng Ban Tổ "
                               "chức Lễ hội Cà phê Buôn Ma Thuột tổ chức.")
    assert names == ["hội thảo “Phát triển chuỗi giá trị cà phê”"]


def test_a_works_description_runs_on_to_its_brand():
    names = event_names(HEAD + "Chiều 9/4, Ban Quản lý các khu công nghiệp tổ chức lễ trao giấy chứng nhận đầu tư cho dự án Nhà "
                               "máy sản xuất vải dệt thoi cao cấp và phụ liệu may mặc Sunrise Textile tại KCN Nhơn Trạch.")
    assert names == ["lễ trao giấy chứng nhận đầu tư cho dự án Nhà máy sản xuất vải dệt thoi cao cấp và phụ liệu may mặc Sunrise Textile"]


def test_two_events_joined_by_va_stay_two():
    names = event_names(HEAD + "Sáng 5/4, tỉnh tổ chức lễ khởi công dự án nhà máy chế biến gỗ và Hội nghị Xúc tiến đầu tư.")
    assert names == ["lễ khởi công dự án nhà máy chế biến gỗ", "Hội nghị Xúc tiến đầu tư"]


def test_the_records_keep_the_new_subjects_in_their_evidence():
    record = process_text(HEAD + "Như vậy, toàn tỉnh đã xuất siêu 4,2 tỷ USD.", settings=SETTINGS)
    (figure,) = record.figures
    assert figure.subject == "xuất siêu của toàn tỉnh" and figure.evidence.sentence.endswith("xuất siêu 4,2 tỷ USD.")


def test_a_groundbreaking_held_officially_in_a_month_is_still_one():
    names = event_names(HEAD + "Cuối tháng 10/2024, nhân dịp kỷ niệm 20 năm thành lập, công ty đã chính thức khởi công xây dựng "
                               "Nhà máy may Hải Hậu 3 tại xã Hải Phong.")
    assert names == ["khởi công xây dựng Nhà máy may Hải Hậu 3"]


def test_imports_reached_after_a_revenue_of_trade_are_no_holders_trade():
    found = subjects(HEAD + "Trong đó, thu hoạt động xuất nhập khẩu ước đạt 6.200 tỷ đồng, giảm 2,1% so với cùng kỳ.")
    assert not any(s and s.startswith("kim ngạch") for s in found.values()), found


# set P114 (s54): goods listed after an enumeration marker, a sector read as a verb, a share that opens its clause, a
# titled name's theme, a place's market day, ports and brands as the bodies of posts

def test_goods_an_enumeration_lists_change_themselves():
    found = subjects(HEAD + "Một số mặt hàng có mức tăng mạnh, tiêu biểu là máy móc, thiết bị tăng 48,2%, gỗ và sản phẩm gỗ tăng 21%.")
    assert found["48,2%"] == "máy móc, thiết bị"
    found = subjects(HEAD + "Nhiều nhóm hàng khác cũng tăng trưởng tốt như cao su, hạt điều ước đạt 120 triệu USD, chè đạt 9 triệu USD.")
    assert found["ước đạt 120 triệu USD"] == "cao su, hạt điều"
    found = subjects(HEAD + "Ở kênh hiện đại như siêu thị, cửa hàng tiện lợi, hàng Việt chiếm 85%.")  # one enumeration of places
    assert found["85%"] == "hàng Việt"


def test_a_sector_the_tagger_reads_as_a_verb_opens_its_item():
    found = subjects(HEAD + "Trong đó, thủy sản tăng 12%, dệt may tăng 8,3%, da giày tăng 5%.")
    assert found == {"12%": "thủy sản", "8,3%": "dệt may", "5%": "da giày"}


def test_a_share_that_opens_its_clause_is_of_the_rest_of_it():
    found = subjects(HEAD + "Mục tiêu đến năm 2030: 80% doanh nghiệp nhỏ và vừa sử dụng hóa đơn điện tử; 50% hộ kinh doanh bán hàng trực tuyến.")
    assert found == {"80%": "doanh nghiệp nhỏ và vừa sử dụng hóa đơn điện tử", "50%": "hộ kinh doanh bán hàng trực tuyến"}


def test_a_titled_name_takes_no_theme_after_it():
    names = event_names(HEAD + "Sáng 9/9, Tỉnh đoàn tổ chức Diễn đàn Ứng dụng công nghệ số trong quảng bá nông sản của thanh niên với "
                               "nội dung \"Thanh niên khởi nghiệp số\".")
    assert names == ["Diễn đàn Ứng dụng công nghệ số trong quảng bá nông sản của thanh niên"]
    names = event_names(HEAD + "Tối 3/4, Liên hoan ẩm thực đường phố với chủ đề \"Hương vị Sóc Trăng\" khai mạc.")  # a plain name: its theme names it
    assert names == ["Liên hoan ẩm thực đường phố với chủ đề \"Hương vị Sóc Trăng\""]


def test_a_places_market_day_is_no_fair():
    assert event_names(HEAD + "Mỗi sáng chủ nhật, phiên chợ Bắc Hà lại đông vui hơn thường lệ.") == []
    assert event_names(HEAD + "Sáng 14/1, phiên chợ Bắc Hà đặc biệt chào Xuân được tổ chức tại trung tâm huyện.") != []


def test_a_port_and_a_brand_are_the_bodies_of_posts():
    from tests.shapes import named_titles
    assert named_titles(HEAD + "Ông Lê Văn Sơn - Giám đốc cảng quốc tế Cái Mép cho biết sản lượng tăng.") == [
        ("Lê Văn Sơn", "Giám đốc cảng quốc tế Cái Mép")]
    assert named_titles(HEAD + "Về phía Hoa Sen Group, có ông Trần Ngọc Chu – Chủ tịch HĐQT.") == [
        ("Trần Ngọc Chu", "Chủ tịch HĐQT Hoa Sen Group")]
    assert named_titles(HEAD + "Dự hội nghị, Trung tâm Khuyến công Ninh Thuận có ông Lê Văn Bình - Giám đốc.") == [
        ("Lê Văn Bình", "Giám đốc Trung tâm Khuyến công Ninh Thuận")]


def test_a_bare_value_after_voi_is_of_the_thing_the_sentence_opens_with():
    found = subjects(HEAD + "Lượng hàng hóa bình ổn được chuẩn bị với tổng trị giá khoảng 3.500 tỷ đồng.")
    assert found["khoảng 3.500 tỷ đồng"] == "tổng trị giá của Lượng hàng hóa bình ổn được chuẩn bị"
    found = subjects(HEAD + "Dự án Nhà máy đạm Ninh Bình 2 do Tập đoàn Hóa chất Việt Nam là chủ đầu tư với tổng trị giá 1,1 tỷ USD.")
    assert found["1,1 tỷ USD"] == "tổng trị giá của Dự án Nhà máy đạm Ninh Bình 2"


def test_the_first_item_after_gom_owns_its_measure():
    found = subjects(HEAD + "Danh sách gồm Cụm công nghiệp Tân Bình (huyện Yên Sơn) có diện tích lớn nhất 75 ha; Cụm công nghiệp "
                            "Sơn Nam, diện tích 50 ha.")
    assert found["75 ha"] == "diện tích của Cụm công nghiệp Tân Bình"


def test_a_mass_a_passive_verb_of_trade_follows_is_that_trade():
    found = subjects(HEAD + "Ngoài xuất khẩu, khoảng 45.000 tấn được tiêu thụ trong nước.")
    assert found["khoảng 45.000 tấn"] == "sản lượng tiêu thụ trong nước"


# set P115 (s54): an ordinal after `lần` counts nothing, a dash joins two sectors of one measure, an edition after
# `đây là` is no name's, one festival named with its season or its province, foreign provinces' posts

def test_an_ordinal_after_lan_counts_nothing():
    found = subjects(HEAD + "Sáng 3/6, công ty khởi động đợt bảo dưỡng tổng thể lần 4 nhà máy đạm.")
    assert "4 nhà máy" not in found


def test_two_sectors_joined_by_a_spaced_dash_are_one_measure():
    assert subjects(HEAD + "Tổng doanh thu thương mại - du lịch đạt hơn 5.200 tỷ đồng.") == {
        "hơn 5.200 tỷ đồng": "Tổng doanh thu thương mại - du lịch"}


def test_an_edition_told_after_day_la_is_no_part_of_the_name():
    names = event_names(HEAD + "Tham gia chuỗi hoạt động tại Lễ hội Đền Trần, đây là lần thứ 3 huyện tổ chức Hội chợ OCOP.")
    assert "Lễ hội Đền Trần" in names and not any("lần thứ 3" in n for n in names)


def test_one_festival_named_with_its_season_or_its_province():
    names = event_names(HEAD + "Khách tham quan gian hàng tại Lễ hội Đền Trần Nam Định năm 2025.\nTrước giờ khai mạc Lễ hội Đền "
                               "Trần mùa xuân năm 2025 diễn ra tối 12/2, huyện tổ chức phiên chợ quê.")
    assert [n for n in names if n.startswith("Lễ hội")] == ["Lễ hội Đền Trần Nam Định năm 2025"]


def test_a_foreign_provinces_posts_take_no_vietnamese_province():
    found = process_text(HEAD + "Tiếp Đoàn công tác của tỉnh Bắc Ninh có ông Park Ji-Hoon, Tỉnh trưởng Gyeonggi và ông Choi Min, "
                                "Chủ tịch Hội đồng tỉnh Gyeonggi.", settings=SETTINGS).officials
    assert [(o.name, o.province) for o in found] == [("Park Ji-Hoon", None), ("Choi Min", None)]


def test_a_city_without_accents_is_no_foreign_province():
    found = process_text("Khai trương phố đêm tại Nghệ An\nTối 2/10, ông Trần Văn Bình - Phó Bí thư Thành ủy - Chủ tịch UBND thành "
                         "phố Vinh cho biết phố đêm đã đi vào hoạt động.", settings=SETTINGS).officials
    assert [(o.name, o.province) for o in found] == [("Trần Văn Bình", "Nghệ An")]


def test_a_trade_promotion_office_abroad_names_its_city():
    from tests.shapes import named_titles
    assert named_titles(HEAD + "Ông Lê Văn Hải, Giám đốc Văn phòng Xúc tiến Thương mại Việt Nam tại Dubai cho biết như vậy.") == [
        ("Lê Văn Hải", "Giám đốc Văn phòng Xúc tiến Thương mại Việt Nam tại Dubai")]


def test_a_meeting_that_introduces_an_event_does_not_date_it():
    found = process_text(HEAD + "Ngày 5/11, Ban Tổ chức họp giới thiệu Lễ trao giải Sản phẩm công nghiệp nông thôn tiêu biểu năm 2024.",
                         settings=SETTINGS).events
    assert [(e.name, e.date) for e in found] == [("Lễ trao giải Sản phẩm công nghiệp nông thôn tiêu biểu năm 2024", "2024")]


def test_a_bare_average_is_no_subject():
    assert subjects(HEAD + "Giai đoạn 2016-2020, tăng trưởng của tỉnh đạt mức khá, bình quân chung tăng 9,5%/năm.")["9,5%"] is None


# set P116 (s54): a programme item's day, firms' names, a lost full stop, a price basis

def test_a_programme_items_day_is_no_part_of_its_name():
    names = event_names(HEAD + "Lễ hội có nhiều hoạt động như: Hội thi Ẩm thực bắt đầu từ ngày 12-11; Hội thi Đua ghe ngo bắt đầu từ "
                               "ngày 14-11; Giải bóng chuyền.")
    assert "Hội thi Ẩm thực" in names and "Hội thi Đua ghe ngo" in names


def test_a_firms_name_is_no_person():
    from tests.shapes import named_titles
    assert named_titles(HEAD + "Tới thăm công nhân Công ty Cổ phần Than Hà Tu, Chủ tịch nước đánh giá cao nỗ lực của công ty.") == []
    assert named_titles(HEAD + "Tập đoàn Ma San bổ nhiệm ông Dominic Heaton làm Tổng Giám đốc của Công ty Tài nguyên Ma San.") == [
        ("Dominic Heaton", "Tổng Giám đốc của Công ty Tài nguyên Ma San")]
    assert named_titles(HEAD + "Giám đốc Công ty Hoàng Anh Nguyễn Văn Bình cho biết như vậy.") == [
        ("Nguyễn Văn Bình", "Giám đốc Công ty Hoàng Anh")]


def test_a_next_sentences_word_after_a_lost_full_stop_ends_a_title():
    from tests.shapes import named_titles
    assert named_titles(HEAD + "Phát biểu khai mạc, ông Vũ Văn Tâm - Cục trưởng Cục Xúc tiến thương mại, Bộ Công Thương Đây cho biết, "
                               "đây là hoạt động quan trọng.") == [("Vũ Văn Tâm", "Cục trưởng Cục Xúc tiến thương mại, Bộ Công Thương")]


def test_a_price_basis_alone_is_no_subject():
    found = subjects(HEAD + "- Tính theo giá so sánh năm 2010 ước thực hiện tháng 9 được 1.850,2 tỷ đồng, tăng 8,1% so với tháng trước.")
    assert found["1.850,2 tỷ đồng"] is None
