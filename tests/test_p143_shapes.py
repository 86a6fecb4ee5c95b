"""Shapes from the blind verdicts of sets P142 to P144 (s58), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import HEAD, SETTINGS, subjects
from tests.shapes import body_events as _events
from tests.shapes import body_officials as _officials


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Tiếp đoàn, Thủ hiến Bang Kerala Pinarayi Vijayan đề nghị hai bên mở đường bay thẳng.", "Pinarayi Vijayan",
     "Thủ hiến Bang Kerala"),
    ("Thống đốc tỉnh Shizuoka Heita Kawakatsu cho biết tỉnh sẵn sàng đón lao động Việt Nam.", "Heita Kawakatsu",
     "Thống đốc tỉnh Shizuoka"),
    ("Thống đốc bang Queensland Annastacia Palaszczuk đã gặp đoàn doanh nghiệp Việt Nam.", "Annastacia Palaszczuk",
     "Thống đốc bang Queensland"),
])
def test_foreign_leader_after_a_region_of_one_word(sentence: str, name: str, title: str) -> None:
    assert _officials(sentence)[name][0] == title


@pytest.mark.parametrize(("sentence", "name", "title", "body"), [
    ("Bộ trưởng tiếp ông Rajiv Mehta, Lãnh sự danh dự Việt Nam tại bang Maharashtra, Ấn Độ.", "Rajiv Mehta",
     "Lãnh sự danh dự Việt Nam tại bang Maharashtra", "Lãnh sự quán danh dự Việt Nam tại bang Maharashtra"),
    ("Dự hội nghị có ông Lê Minh Tuấn, Tổng Lãnh sự Việt Nam tại thành phố Nam Ninh (Trung Quốc).", "Lê Minh Tuấn",
     "Tổng Lãnh sự Việt Nam tại thành phố Nam Ninh (Trung Quốc)", "Tổng lãnh sự quán Việt Nam tại thành phố Nam Ninh"),
])
def test_envoy_posted_to_a_region_named_in_lower_case(sentence: str, name: str, title: str, body: str) -> None:
    assert _officials(sentence)[name][:2] == (title, body)


def test_ministry_abroad_whose_name_has_two_va() -> None:
    found = _officials("Bộ trưởng Doanh nghiệp vừa và nhỏ và khởi nghiệp Hàn Quốc Lee Young đã thăm nhà máy ở Bắc Ninh.")
    assert found["Lee Young"][:2] == ("Bộ trưởng Doanh nghiệp vừa và nhỏ và khởi nghiệp Hàn Quốc",
                                      "Bộ Doanh nghiệp vừa và nhỏ và khởi nghiệp Hàn Quốc")


def test_a_local_body_does_not_run_over_va_to_a_country() -> None:
    found = _officials("Chủ tịch UBND tỉnh Nguyễn Văn Bình và đoàn doanh nghiệp Nhật Bản đã khảo sát cảng.")
    assert found["Nguyễn Văn Bình"][1] == "UBND tỉnh"


def test_agency_named_after_what_it_runs_is_no_event() -> None:
    found = _events("Các đơn vị như Cục Hội chợ Triển lãm Thượng Hải và Tổng cục Hội nghị Quốc tế đều đánh giá cao sự kiện.")
    assert found == []


def test_event_coinciding_with_a_dated_one_takes_no_day_from_the_sentence_before() -> None:
    found = _events("Sáng 5-9, Tuần hàng Việt Nam tại Malaysia khai mạc tại Kuala Lumpur.\n\n"
                    "Sự kiện diễn ra từ ngày 5-9 và kéo dài đến ngày 12-9, trùng với thời gian diễn ra Hội nghị Bộ trưởng "
                    "Kinh tế ASEAN lần thứ 55 tại Kuala Lumpur.\n\n"
                    "Việt Nam là nước duy nhất tổ chức hội chợ trong thời gian diễn ra hội nghị này.")
    meeting = next(e for e in found if e[0].startswith("Hội nghị Bộ trưởng"))
    assert meeting[1] is None


def test_place_stops_at_a_bracketed_photo_credit() -> None:
    found = _events("Ngày 3/10, Diễn đàn Hợp tác kinh tế Việt Nam – Lào khai mạc tại Viêng Chăn (Ảnh Minh Anh - TTXVN).")
    assert found[0][3] == "Viêng Chăn"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Toàn huyện có 12 xã đạt tiêu chí số 5 – trường học và 3 xã đạt chuẩn nông thôn mới.", "12 xã",
     "xã đạt tiêu chí số 5 – trường học"),
    ("Năm nay thêm 4 huyện đạt tiêu chí điện huyện nông thôn mới.", "4 huyện", "huyện đạt tiêu chí điện huyện nông thôn mới"),
    ("Cụ thể, số xã chưa có trạm y tế được xây mới là 9 xã.", "9 xã", "số xã chưa có trạm y tế"),
])
def test_count_of_places_says_which_ones(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Tỉnh phấn đấu đến năm 2025 đảm bảo 98% số hộ dân trên địa bàn tỉnh được sử dụng nước sạch.", "98%",
     "số hộ dân trên địa bàn tỉnh được sử dụng nước sạch"),
    ("Mục tiêu là đạt trên 90% số trường học trong toàn huyện được kết nối internet.", "trên 90%",
     "số trường học trong toàn huyện được kết nối internet"),
])
def test_share_after_a_goal_verb_keeps_the_predicate_of_the_part(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


def test_share_after_an_act_keeps_no_predicate() -> None:
    found = subjects(HEAD + "Tập đoàn đã chuyển nhượng 60% cổ phần của công ty con được định giá cao.")
    assert found.get("60%") == "cổ phần của công ty con"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Nhà máy có công suất 30 MW, chi phí đầu tư khoảng 900 tỷ đồng.", "khoảng 900 tỷ đồng", "chi phí đầu tư của Nhà máy"),
    ("Nhà máy nhiệt điện Vĩnh Tân 4 có công suất thiết kế 1.200 MW.", "1.200 MW",
     "công suất thiết kế của Nhà máy nhiệt điện Vĩnh Tân 4"),
    ("Vùng ven biển có điều kiện thuận lợi cho các tua bin gió công suất 4 MW.", "4 MW", "công suất tua bin gió"),
])
def test_plant_measures_take_the_plant(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


@pytest.mark.parametrize(("sentence", "name", "title", "role"), [
    ("Ông Lê Văn Cường - Phó Tổng GĐ Công ty CP May Hưng Long cho biết đơn hàng tăng.", "Lê Văn Cường",
     "Phó Tổng GĐ Công ty CP May Hưng Long", "Phó Tổng GĐ"),
    ("Bà Anna Berg, Giám đốc Vùng của Tập đoàn Nestlé khẳng định nhà máy sẽ mở rộng.", "Anna Berg",
     "Giám đốc Vùng của Tập đoàn Nestlé", "Giám đốc Vùng"),
])
def test_abbreviated_and_regional_directors(sentence: str, name: str, title: str, role: str) -> None:
    record = process_text(HEAD + sentence, settings=SETTINGS)
    found = {o.name: o for o in record.officials}[name]
    assert (found.title, found.role) == (title, role)


def test_province_in_brackets_after_a_post_places_it() -> None:
    found = _officials("Ông Trần Văn Bảy, Giám đốc HTX nuôi trồng thủy sản Tân Phú (Bến Tre) chia sẻ, giá cá tăng mạnh.")
    assert found["Trần Văn Bảy"][2] == "Bến Tre"


def test_a_body_named_by_its_acronym_takes_the_province_of_its_full_name() -> None:
    found = _officials("Ông Nguyễn Văn Tâm, Phó Chủ tịch Hiệp hội Cơ khí Thành phố Hồ Chí Minh (HAMI) cho biết hội có 300 "
                       "hội viên.\nTiến sĩ Lê Văn Quốc - Chủ tịch HAMI chia sẻ về 5 nhiệm kỳ.")
    assert found["Lê Văn Quốc"][2] == "Hồ Chí Minh"


def test_kết_hợp_ends_a_name_but_not_hợp_tác() -> None:
    names = [e[0] for e in _events("Hội Cơ khí vừa tổ chức Lễ Kỷ niệm 20 năm thành lập Hội kết hợp Ngày hội Cơ khí 2024.")]
    assert "Lễ Kỷ niệm 20 năm thành lập Hội" in names
    names = [e[0] for e in _events("Ngày 16/7, Hội nghị Sơ kết hợp tác giữa Bộ Y tế và UBND tỉnh Nghệ An diễn ra.")]
    assert names == ["Hội nghị Sơ kết hợp tác giữa Bộ Y tế và UBND tỉnh Nghệ An"]


def test_title_case_fields_of_one_name_across_commas() -> None:
    found = _events("Sự kiện diễn ra trong khuôn khổ Triển lãm Quốc tế về Máy móc, Thiết bị, Vật liệu và Sản phẩm Nhựa tại Hà Nội.")
    assert found[0][0] == "Triển lãm Quốc tế về Máy móc, Thiết bị, Vật liệu và Sản phẩm Nhựa"
    found = _events("Sáng 6/4, Diễn đàn Doanh nghiệp, Sở Tài chính và Ngân hàng Nhà nước đã họp.")
    assert found[0][0] == "Diễn đàn Doanh nghiệp"  # a list of bodies, no fields


def test_two_kinds_of_works_one_ceremony_opens() -> None:
    found = _events("Ngày 19/8/2025, tỉnh tổ chức Lễ khởi công, khánh thành các dự án, công trình chào mừng Quốc khánh.")
    assert found[0][0] == "Lễ khởi công, khánh thành các dự án, công trình"


def test_place_stops_before_a_dash_and_an_acronym() -> None:
    found = _events("Ngày 5/6/2025, Triển lãm Quốc tế Nhựa và Cao su khai mạc tại Hà Nội - VIPLAS 2025.")
    assert found[0][3] == "Hà Nội"


def test_undated_article_gives_a_day_before_no_guessed_year() -> None:
    found = _events("Ngày 19/8, tại xã Lao Bảo, tỉnh tổ chức Lễ khánh thành Nhà máy Điện gió Hòa Bình.\n\n"
                    "Đây là một trong những điểm cầu tổ chức Lễ khởi công các công trình chào mừng Quốc khánh (2/9/1945-2/9/2025).\n\n"
                    "Nhà máy góp phần thực hiện cam kết phát thải ròng bằng 0 vào năm 2050.")
    assert {name: date for name, date, *_ in found}.get("Lễ khởi công các công trình") == "--08-19"


def test_this_morning_with_a_slashed_day_in_brackets_is_that_day() -> None:
    record = process_text("Thứ ba 05/11/2024 19:17\n\nKhai mạc hội chợ\n\nSáng nay (13/7), Hội chợ Nông sản Bến Tre khai mạc.",
                          settings=SETTINGS)
    assert [e.date for e in record.events] == ["2024-07-13"]  # the day the bracket writes, not the page's stamp


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Riêng công nghiệp cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 6,5%.", "6,5%",
     "công nghiệp cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"),
    ("Ngành khai khoáng giảm 2%; sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí tăng 9,1%.",
     "9,1%", "sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí"),
    ("Ngành công nghiệp chế biến, chế tạo tương ứng tăng 11,2%.", "11,2%", "Ngành công nghiệp chế biến, chế tạo"),
    ("Cả năm, vải các loại ước đạt 120 triệu m2, tăng 4%.", "ước đạt 120 triệu m2", "vải các loại"),
    ("Như vậy, trong 9 tháng năm 2023, Bình Dương xuất siêu gần 7 tỷ USD.", "gần 7 tỷ USD", "xuất siêu của Bình Dương"),
    ("Sau sáp nhập, sản phẩm công nghiệp chủ lực của tỉnh Gia Lai tăng 3 sản phẩm.", "3 sản phẩm",
     "sản phẩm công nghiệp chủ lực của tỉnh Gia Lai"),
])
def test_subjects_named_whole(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


def test_a_name_cut_at_và_and_made_whole_to_its_acronym_is_its_own_event() -> None:
    names = [e[0] for e in _events("Ngày 5/6/2024 khai mạc 2 triển lãm chuyên ngành, gồm: Triển lãm quốc tế máy móc và nguyên phụ liệu "
                                   "ngành nhựa (PMF), Triển lãm phụ kiện bao bì (PackTex).")]
    assert names == ["Triển lãm quốc tế máy móc và nguyên phụ liệu ngành nhựa (PMF)", "Triển lãm phụ kiện bao bì (PackTex)"]


def test_innovation_stays_in_a_contest_name() -> None:
    names = [e[0] for e in _events("Ngày 9/12/2023, Chung kết Cuộc thi đổi mới sáng tạo Ngành Nông nghiệp tỉnh Long An năm 2023 "
                                   "diễn ra tại Tân An.")]
    assert names == ["Chung kết Cuộc thi đổi mới sáng tạo Ngành Nông nghiệp tỉnh Long An năm 2023"]


def test_a_review_meeting_told_by_its_verb() -> None:
    names = [e[0] for e in _events("Sở Công Thương tổ chức tổng kết hoạt động ngành công thương năm 2023, triển khai nhiệm vụ "
                                   "năm 2024. Phó Chủ tịch UBND tỉnh đã đến dự.")]
    assert names == ["tổng kết hoạt động ngành công thương năm 2023, triển khai nhiệm vụ năm 2024"]
    assert _events("Sở Công Thương đã tổ chức tốt công tác tổng kết.") == []  # no year reviewed: no meeting named


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Trưởng Ban Chỉ đạo Tây Nguyên Nguyễn Văn Hòa phát biểu tại hội nghị.", "Nguyễn Văn Hòa", "Trưởng Ban Chỉ đạo Tây Nguyên"),
    ("Ông Lê Văn Tư, phó trưởng Phòng dự báo Trung Bộ, Tây Nguyên và Nam Bộ cho biết mưa sẽ giảm.", "Lê Văn Tư",
     "phó trưởng Phòng dự báo Trung Bộ, Tây Nguyên và Nam Bộ"),
])
def test_the_country_s_regions_close_a_body_like_a_province(sentence: str, name: str, title: str) -> None:
    assert _officials(sentence)[name][0] == title


def test_a_body_named_after_a_historical_figure_is_no_person() -> None:
    found = _officials("Chúng tôi đã gặp ông Nguyễn Văn Dòng - Chủ tịch Hiệp hội In Việt Nam, Giám đốc Xí nghiệp In Lê Lợi.")
    assert set(found) == {"Nguyễn Văn Dòng"}
    found = _officials("Giám đốc Công ty In Hà Nội Nguyễn Văn Năm cho biết đơn hàng tăng.")
    assert set(found) == {"Nguyễn Văn Năm"}  # a person's name after a firm's name stays a person


@pytest.mark.parametrize(("sentence", "name", "title", "body"), [
    ("Ông Trần Văn Mạnh, Phó Tổng biên tập phụ trách Tạp chí Công nghiệp Nông thôn phát biểu tại hội thảo.", "Trần Văn Mạnh",
     "Phó Tổng biên tập phụ trách Tạp chí Công nghiệp Nông thôn", "Tạp chí Công nghiệp Nông thôn"),
    ("Ông Lê Văn Hải, Cục trưởng Cục Điều tra Chống buôn lậu (Tổng cục Hải quan) cho biết.", "Lê Văn Hải",
     "Cục trưởng Cục Điều tra Chống buôn lậu", "Cục Điều tra Chống buôn lậu"),
])
def test_body_whole_after_a_qualified_or_lower_case_part(sentence: str, name: str, title: str, body: str) -> None:
    found = _officials(sentence)[name]
    assert found[0].startswith(title) and found[1] == body


def test_deputies_of_a_bare_association_are_its_head_s_association() -> None:
    found = _officials("Ông Ngô Văn Tư được tín nhiệm giữ chức Chủ tịch Hội Cơ khí TPHCM nhiệm kỳ 2025–2030. Các Phó Chủ tịch Hội "
                       "gồm: Nguyễn Văn Lâm, Trần Văn Quang và Lê Văn Xuân.")
    assert found["Ngô Văn Tư"][1] == "Hội Cơ khí TPHCM"
    assert {found[n][1] for n in ("Nguyễn Văn Lâm", "Trần Văn Quang", "Lê Văn Xuân")} == {"Hội Cơ khí TPHCM"}
    assert found["Lê Văn Xuân"][2] == "Hồ Chí Minh"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Thổ Nhĩ Kỳ áp thuế chống bán phá giá đối với sợi dún nhập khẩu từ Việt Nam với biên độ từ 12,5% – 40,1%.", "40,1%", "biên độ"),
    ("Bia Paulaner có nồng độ cồn 5,5%.", "5,5%", "nồng độ cồn của Bia Paulaner"),
    ("Tổng công ty phấn đấu tổng doanh thu đạt 12.000 tỷ đồng, nộp ngân sách 900 tỷ đồng.", "900 tỷ đồng",
     "nộp ngân sách của Tổng công ty"),
    ("Xuất khẩu gỗ và các sản phẩm từ gỗ trong tháng 5 đạt 1,2 tỷ USD.", "1,2 tỷ USD", "Xuất khẩu gỗ và các sản phẩm từ gỗ"),
])
def test_range_ends_strength_aims_and_joined_goods(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


def test_a_range_end_with_its_own_subject_keeps_it() -> None:
    found = subjects(HEAD + "Siêu thị đang tiêu thụ sản phẩm này từ 1,5 tấn đến 1,8 tấn chuối/ngày.")
    assert found.get("đến 1,8 tấn") == "chuối"


def test_a_name_in_mixed_case_is_no_caption_in_capitals() -> None:
    found = _events("Sáng 19/8/2025, tỉnh tổ chức Lễ khởi công khu công nghiệp Tây Bắc Hồ Xá.")
    assert found[0][0] == "Lễ khởi công khu công nghiệp Tây Bắc Hồ Xá"


def test_a_stray_closing_quote_leaves_the_name() -> None:
    record = process_text("'Ngày hội Bia Hà Nội' năm 2013 tại Quảng Ninh\n\n(VTC) - Ngày hội năm nay có nhiều bất ngờ.", settings=SETTINGS)
    assert [e.name for e in record.events] == ["Ngày hội Bia Hà Nội năm 2013"]


def test_two_purposes_across_a_comma_after_a_purpose_phrase() -> None:
    found = _events("Sáng 15/6, Thủ tướng chủ trì Hội nghị trực tuyến về tháo gỡ khó khăn, thúc đẩy sản xuất, tiêu thụ xi măng.")
    assert found[0][0] == "Hội nghị trực tuyến về tháo gỡ khó khăn, thúc đẩy sản xuất, tiêu thụ xi măng"


@pytest.mark.parametrize("text", [
    "Sáng 15/4/2025, Công ty tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống Nhà in X (30-4-1955 / 30-4-2025) tại Hà Nội.",
    "Công ty tổ chức lễ Kỷ niệm 40 năm ngày thành lập (25/7/1974 –\n18/7/2014) và đón nhận Huân chương.",
])
def test_an_anniversary_is_not_dated_by_the_span_it_remembers(text: str) -> None:
    assert not any((date or "").startswith(("1955", "1974")) for _, date, *_ in _events(text))


def test_the_other_flow_of_a_named_good_across_a_bracketed_change() -> None:
    found = subjects(HEAD + "Năm 2024, sản xuất xi măng đạt 60 triệu tấn (giảm 2% so với năm 2023), tiêu thụ đạt 58 triệu tấn "
                            "(giảm 3,5% so với năm 2023).")
    assert found.get("58 triệu tấn") == "tiêu thụ xi măng"
    assert found.get("3,5%") == "tiêu thụ xi măng"


def test_a_bare_association_is_the_one_its_clause_names() -> None:
    found = _officials("Tham dự có Hiệp hội Gốm sứ Thái Lan CICT (6 đại diện) trưởng đoàn là ông Somchai Prasert – Chủ tịch Hiệp hội; "
                       "Hiệp hội Gốm sứ Philippines CTMA trưởng đoàn là bà Maria Santos – Chủ tịch Hiệp hội.")
    assert found["Somchai Prasert"][1] == "Hiệp hội Gốm sứ Thái Lan CICT"
    assert found["Maria Santos"][1] == "Hiệp hội Gốm sứ Philippines CTMA"
    found = _officials("Về phía Hiệp hội Tinh dầu Hương liệu Việt Nam có TS. Lê Văn Phi - Chủ tịch Hiệp hội; TS. Ngô Văn Quang - "
                       "Phó Chủ tịch.")
    assert found["Lê Văn Phi"][1] == "Hiệp hội Tinh dầu Hương liệu Việt Nam"


def test_an_honorific_at_a_sentence_start_is_no_part_of_a_name() -> None:
    assert "Park Ji Hoon" in _officials("PNO - Ông Park Ji Hoon - Giám đốc Công ty LG Vina nhận định thị trường hấp dẫn.")


def test_a_former_post_after_a_comma_ends_a_body() -> None:
    found = _officials("Ông Nguyễn Văn Nhu - Phó Giám đốc Sở Nội vụ tỉnh Vĩnh Long, Nguyên Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Vĩnh "
                       "Long; TS. Bùi Văn Thanh - Trưởng khoa Lý luận chính trị.")
    assert found["Nguyễn Văn Nhu"][1] == "Sở Nội vụ tỉnh Vĩnh Long"


def test_a_signed_statistics_list_names_each_item_whole() -> None:
    found = subjects(HEAD + "Một số sản phẩm tăng cao như: Phân bón các loại +8,5%; sản phẩm bằng plastic +12,7%; xe có động cơ chở được "
                            "từ 5 người trở lên +43,5%.")
    assert found.get("8,5%") == "Phân bón các loại"
    assert found.get("43,5%") == "xe có động cơ chở được từ 5 người trở lên"


@pytest.mark.parametrize(("sentence", "name", "body"), [
    ("Ông Lý Minh, Phó chủ tịch phụ trách sản xuất tập đoàn Linglong kiêm Tổng giám đốc Linglong Việt Nam, cho biết.", "Lý Minh",
     "tập đoàn Linglong"),
    ("Bộ trưởng ký thỏa thuận với ông John Carter, Phó Chủ tịch điều hành phụ trách hoạt động toàn cầu AMD.", "John Carter", "AMD"),
    ("Ông Trần Văn Hoàn, Chủ tịch Hội đồng quản trị (HĐQT) VINAMOTOR cho biết doanh thu tăng.", "Trần Văn Hoàn", "VINAMOTOR"),
    ("Về phía Công ty Cổ phần Cao su Sài Gòn, có ông Lê Văn Nhựt – Bí thư Đảng ủy, Tổng Giám đốc Công ty cùng đại diện các phòng ban.",
     "Lê Văn Nhựt", "Công ty Cổ phần Cao su Sài Gòn"),
])
def test_remits_and_bare_firms_give_way_to_the_body(sentence: str, name: str, body: str) -> None:
    assert _officials(sentence)[name][1] == body


def test_a_committee_followed_by_its_clause_verb_has_no_remit() -> None:
    found = _officials("Tiến sĩ Lê Văn Nam, Trưởng ban Tổ chức chủ trì buổi họp báo.")
    assert found["Lê Văn Nam"][0] == "Trưởng ban Tổ chức"


def test_a_licence_granting_ceremony_is_an_event() -> None:
    found = _events("Sáng 19/11, Ban Quản lý Khu kinh tế đã tổ chức buổi lễ cấp Giấy chứng nhận đầu tư xây dựng “Nhà máy dược phẩm X” "
                    "cho Công ty Cổ phần Y.")
    assert [(name, date) for name, date, *_ in found] == [("lễ cấp Giấy chứng nhận đầu tư xây dựng “Nhà máy dược phẩm X”", "--11-19")]


def test_a_code_in_brackets_after_the_owner_keeps_it_the_owner() -> None:
    found = subjects(HEAD + "Bình Minh (mã BMP) chỉ ghi nhận 5,3 tỷ đồng lợi nhuận.")
    assert found.get("5,3 tỷ đồng") == "lợi nhuận của Bình Minh"
    found = subjects(HEAD + "Quy mô hai giai đoạn (hiện hữu và mở rộng) có tổng diện tích lên tới hơn 316 ha.")
    assert found.get("hơn 316 ha") == "tổng diện tích"  # a gloss in brackets is no code: no owner read through it


def test_two_parties_after_giữa_do_not_share_the_last_one_s_title() -> None:
    found = _officials("Cuộc gặp giữa ông Nguyễn Văn Được và bà Mary Stone, Phó Chủ tịch phụ trách đối ngoại của Tập đoàn ABC, diễn ra "
                       "tốt đẹp.")
    assert "Nguyễn Văn Được" not in found and found["Mary Stone"][1] == "Tập đoàn ABC"
    found = _officials("Dự lễ có ông Nguyễn Văn Ân và bà Trần Thị Bình, Phó Giám đốc Sở Công Thương.")
    assert found["Nguyễn Văn Ân"][0] == "Phó Giám đốc Sở Công Thương"  # a list closed by `và` still shares its title


def test_a_change_right_after_an_amount_takes_its_owned_measure() -> None:
    found = subjects(HEAD + "Bình Minh (mã BMP) chỉ ghi nhận 5,3 tỷ đồng lợi nhuận, tương ứng giảm gần 40% so với cùng kỳ.")
    assert found.get("gần 40%") == "lợi nhuận của Bình Minh"
