"""Event names as unseen real pages write them (forty-third session, set P44): the second party after `với` when the
first has its own `và`, the round of a series in brackets after a year, the place of the work cut from an inauguration,
a work named by its parts, and a start of works told as background."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.facts import event_contained
from pipeline.record import Event, Evidence
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str = "2024-05-20") -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, published=published, settings=SETTINGS).events]


@pytest.mark.parametrize("text,name", [
    ("Sáng 18/5, lãnh đạo tỉnh chứng kiến Lễ ký kết thỏa thuận hợp tác giữa Hiệp hội Dệt may và Da giày tỉnh Long An "
     "(Việt Nam) với Hiệp hội Doanh nghiệp tỉnh Chiba.",
     "Lễ ký kết thỏa thuận hợp tác giữa Hiệp hội Dệt may và Da giày tỉnh Long An (Việt Nam) với Hiệp hội Doanh nghiệp tỉnh Chiba"),
    ("Ngày 15/5, Sở Công Thương tổ chức Hội nghị bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2024 (đợt 2) tại thành phố.",
     "Hội nghị bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2024 (đợt 2)"),
    ("Sáng 12/5, tỉnh Quảng Ngãi tổ chức khánh thành Nhà máy chế biến gỗ Tân Phát giai đoạn 2, thuộc Khu công nghiệp Tịnh Phong.",
     "khánh thành Nhà máy chế biến gỗ Tân Phát giai đoạn 2"),
    ("Sáng 10/5, Dự án Nhà máy điện gió Bạc Liêu 3A, 3B và 3C vừa được khởi công tại xã Vĩnh Hậu.",
     "khởi công Dự án Nhà máy điện gió Bạc Liêu 3A, 3B và 3C"),
])
def test_the_name_is_whole_as_the_page_writes_it(text, name):
    assert [n for n, _ in _events(text)] == [name]


def test_a_start_of_works_told_with_no_day_is_background():
    text = "Ông Hùng cho biết, nhà máy thủy điện Nậm Pia được khởi công vào tháng 3/2022 và dự kiến phát điện cuối năm nay."
    assert _events(text) == []


def test_a_week_of_tourism_is_a_festival_whose_name_goes_on_past_a_spaced_dash():
    events = process_text("Ngày 20/3, Tuần Du lịch – Văn hóa Điện Biên 2024 khai mạc tại thành phố Điện Biên Phủ.",
                          published="2024-03-21", settings=SETTINGS).events
    assert [(e.name, e.type, e.date) for e in events] == [("Tuần Du lịch – Văn hóa Điện Biên 2024", "festival", "2024-03-20")]


def test_a_site_of_a_nationwide_ceremony_gives_it_the_day_just_told():
    text = ("Sáng 19/8, tại xã Tân Lập, UBND tỉnh tổ chức Lễ khánh thành Nhà máy chế biến gỗ An Phát. Đây là một trong những "
            "điểm cầu trực tuyến của Lễ khởi công, khánh thành các công trình chào mừng 80 năm Quốc khánh.")
    events = _events(text, "2025-08-20")
    assert len(events) == 2 and events[1][0].startswith("Lễ khởi công, khánh thành các công trình")
    assert [d for _, d in events] == ["2025-08-19", "2025-08-19"]


@pytest.mark.parametrize("text,name", [
    ("Sáng 3/11, Hội Nông dân huyện tổ chức Lễ khai giảng lớp đào tạo nghề mây tre đan 30 học viên đến từ các xã.",
     "Lễ khai giảng lớp đào tạo nghề mây tre đan"),
    ("Ngày 12/10, UBND tỉnh tổ chức Hội nghị gặp mặt doanh nghiệp nhân ngày Doanh nhân Việt Nam.", "Hội nghị gặp mặt doanh nghiệp"),
])
def test_who_take_part_and_the_occasion_are_no_part_of_the_name(text, name):
    assert [n for n, _ in _events(text, "2023-10-13")] == [name]


def test_a_bare_part_is_named_by_the_whole_it_is_in():
    text = "Tối 5/8, Hội chợ thương mại (HCTM) trong Lễ hội Trái cây Nam Bộ 2024 đã khai mạc tại thành phố Mỹ Tho."
    assert _events(text, "2024-08-06")[0] == ("Hội chợ thương mại (HCTM) trong Lễ hội Trái cây Nam Bộ 2024", "2024-08-05")


def test_an_organiser_ends_before_sap_the_adverb_of_what_is_soon():
    text = "Ngày 10/3, Tập đoàn Hòa Phú sắp tổ chức Lễ khởi công Nhà máy chế biến cà phê Hòa Phú tại tỉnh Đắk Lắk."
    events = process_text(text, published="2025-03-01", settings=SETTINGS).events
    assert [e.organizers for e in events] == [["Tập đoàn Hòa Phú"]]


def test_an_item_a_one_day_host_lists_is_held_on_its_day():
    text = ("Ngày 2/9/2024, Ban Tổ chức Ngày hội Khởi nghiệp tỉnh Hà Nam năm 2024 họp bàn phương án tổ chức.\n\n"
            "Theo đó, Ngày hội dự kiến sẽ được tổ chức vào ngày 18/10/2024, gồm 3 hoạt động chính: trưng bày sản phẩm, "
            "tổ chức vòng chung kết cuộc thi Khởi nghiệp sáng tạo và Diễn đàn khởi nghiệp sáng tạo tỉnh.")
    assert dict(_events(text, "2024-09-03"))["Diễn đàn khởi nghiệp sáng tạo tỉnh"] == "2024-10-18"


def test_an_item_of_a_host_held_over_days_keeps_its_month():
    text = ("Lễ hội Trà Thái Nguyên diễn ra từ ngày 10 đến 14/11/2024, gồm các hoạt động: Hội chợ trà và Hội thảo phát triển "
            "thương hiệu chè Thái Nguyên.")
    dates_ = dict(_events(text, "2024-11-01"))
    assert dates_["Hội thảo phát triển thương hiệu chè Thái Nguyên"] in ("2024-11", "2024-11-10")


def test_the_opening_of_an_event_called_su_kien_is_the_event_itself():
    text = "Tối 15/6, Sở Công Thương tổ chức Lễ khai mạc sự kiện Tuần lễ Trái cây Nam Bộ tại thành phố Mỹ Tho."
    assert [n for n, _ in _events(text, "2024-06-16")] == ["Tuần lễ Trái cây Nam Bộ"]


def test_a_comma_written_inside_the_quotes_ends_a_listed_event_s_name():
    text = ('Thông qua các hoạt động của hội chợ như: Hội thi "Tài hoa gốm Việt," các hoạt động xúc tiến thương mại của '
            'các làng nghề; Hội thảo khoa học về gốm sứ sẽ tạo điều kiện cho các đơn vị giao lưu.')
    names = [name for name, _ in _events(text)]
    assert any(n.startswith('Hội thi "Tài hoa gốm Việt') for n in names)
    assert not any("xúc tiến" in n for n in names)


def test_an_event_named_as_the_second_half_of_a_joint_name_is_that_event():
    opening = "lễ khai mạc “Triển lãm quảng bá sản phẩm OCOP phục vụ du lịch và Phiên chợ Việt tại xã Thanh Oai năm 2024"
    text = f"Tối 20/5, Sở Công Thương tổ chức {opening}. Triển lãm tại xã Thanh Oai năm 2024 có 45 gian hàng phiên chợ Việt."
    at, later, short = text.index(opening), text.index("phiên chợ Việt"), text.index("Triển lãm tại")
    events = [  # (as the mentions come: the opening, the exhibition it opens named short, the market named short)
        Event(name=opening, type="ceremony", subtype="opening", date="2024-05-20", date_precision="day",
              evidence=Evidence(start=at, end=at + len(opening), sentence=text)),
        Event(name="Triển lãm tại xã Thanh Oai năm 2024", type="exhibition", date="2024", date_precision="year",
              evidence=Evidence(start=short, end=short + 34, sentence=text)),
        Event(name="phiên chợ Việt", type="fair", date="2024", date_precision="year",
              evidence=Evidence(start=later, end=later + len("phiên chợ Việt"), sentence=text)),
    ]
    (kept,) = event_contained.contained(events)
    assert kept.name.startswith("Triển lãm") and kept.name.endswith("Phiên chợ Việt tại xã Thanh Oai năm 2024")
    assert kept.date == "2024-05-20"


def test_a_plan_that_writes_the_event_s_act_again_dates_it():
    text = ("Sở Công Thương xây dựng Kế hoạch bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2020, dự kiến "
            "bình chọn 11 sản phẩm cấp tỉnh vào tháng 7/2020.")
    assert _events(text, published="2020-03-01") == [("bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2020", "2020-07")]


def test_a_plan_of_something_else_does_not_date_the_event():
    text = "Sở tổ chức Hội chợ hàng Việt năm 2020, dự kiến doanh thu đạt 5 tỷ đồng vào tháng 9/2020."
    assert _events(text, published="2020-03-01")[0][1] == "2020"


@pytest.mark.parametrize("text,name", [
    ("Ngày 10-10, tại TP Quy Nhơn diễn ra Hội nghị xúc tiến đầu tư vào các tỉnh Duyên hải Trung Bộ do UBND TPHCM tổ chức.",
     "Hội nghị xúc tiến đầu tư vào các tỉnh Duyên hải Trung Bộ"),
    ("Quỹ tổ chức Hội nghị Xúc tiến đầu tư vào 9 tỉnh, thành Vùng duyên hải miền Trung vào đầu tháng 3/2024 tại Đà Nẵng.",
     "Hội nghị Xúc tiến đầu tư vào 9 tỉnh, thành Vùng duyên hải miền Trung"),
    ("Từ ngày 8 đến 11-5, Festival lúa gạo Việt Nam lần 2 sẽ diễn ra tại Sóc Trăng.", "Festival lúa gạo Việt Nam lần 2"),
])
def test_where_investment_goes_and_a_place_before_the_edition_are_in_the_name(text, name):
    assert _events(text)[0][0] == name


@pytest.mark.parametrize("text,date", [
    # a plan is no source of what is said: its days date the event
    ("Theo kế hoạch từ ngày 8 đến 11-11, Festival lúa gạo Việt Nam lần 2 sẽ diễn ra tại Sóc Trăng.", "--11-08"),
    # a day in brackets after `sáng nay`, far after the name, past its organisers
    ("Tại buổi Tọa đàm về xây dựng và bảo vệ thương hiệu, đấu tranh chống hàng giả do Hiệp hội Chống hàng giả và Bảo vệ "
     "thương hiệu Việt Nam phối hợp với Cục Quản lý Thị trường (Bộ Công Thương) tổ chức sáng nay (20/6), Phó Thủ tướng chỉ "
     "đạo các lực lượng.", "--06-20"),
])
def test_an_undated_article_s_day_told_by_a_plan_or_after_today(text, date):
    (event,) = process_text(text, settings=SETTINGS).events
    assert event.date == date


def test_the_time_an_event_is_held_told_by_the_next_sentence_refines_its_month():
    text = ("Sự kiện Festival tôm Cà Mau sẽ diễn ra vào giữa tháng 12/2023.\n"
            "Ngày 18/7, UBND tỉnh Cà Mau đã có kế hoạch tổ chức Festival tôm Cà Mau.\n"
            "Theo đó, thời gian tổ chức sự kiện từ ngày 13 đến ngày 16/12/2023 với sự tham gia của 600 gian hàng.")
    (event,) = process_text(text, published="2023-07-18", settings=SETTINGS).events
    assert (event.date, event.date_end) == ("2023-12-13", "2023-12-16")


@pytest.mark.parametrize("text,name", [
    ("Tỉnh tổ chức Lễ kỷ niệm 50 năm ngày giải phóng tỉnh vào sáng 30/4.", "Lễ kỷ niệm 50 năm ngày giải phóng tỉnh"),
    ("Lễ hội truyền thống kỷ niệm 156 năm ngày hy sinh của Anh hùng dân tộc Nguyễn Trung Trực sẽ diễn ra từ ngày 28/9 "
     "đến ngày 30/9 tại tỉnh Kiên Giang.",
     "Lễ hội truyền thống kỷ niệm 156 năm ngày hy sinh của Anh hùng dân tộc Nguyễn Trung Trực"),
    ("Ngày 15/5, UBND tỉnh Ninh Thuận tổ chức Hội thảo khoa học Quốc tế: “Mô hình phát triển Ninh Thuận trở thành trung "
     "tâm năng lượng tái tạo”.",
     "Hội thảo khoa học Quốc tế: “Mô hình phát triển Ninh Thuận trở thành trung tâm năng lượng tái tạo”"),
])
def test_the_day_an_anniversary_remembers_and_a_quoted_title_after_a_colon_are_in_the_name(text, name):
    assert _events(text)[0][0] == name


def test_a_headline_s_short_name_with_its_year_is_the_body_s_event_held_that_year():
    text = ("Trưng bày sản phẩm OCOP tại Lễ hội Nguyễn Trung Trực 2024: quảng bá văn hóa vùng, miền\n"
            "Lễ hội truyền thống kỷ niệm 156 năm ngày hy sinh của Anh hùng dân tộc Nguyễn Trung Trực sẽ diễn ra từ ngày "
            "28/9/2024 đến ngày 30/9/2024 tại tỉnh Kiên Giang.")
    events = _events(text, published="2024-09-20")
    assert len(events) == 1 and events[0][1] == "2024-09-28"


@pytest.mark.parametrize("text,kind", [
    ("Tối 12/5, Tuần lễ Thời trang áo dài - lụa Hà Nội 2024 khai mạc tại phố đi bộ.", "festival"),
    ("Ngày 3/5, tỉnh khai mạc Tuần lễ xúc tiến đầu tư tỉnh Kon Tum năm 2024 với nhiều hội thảo.", "conference"),
    ("Ngày 3/5, Sở khai mạc Tuần lễ hàng Việt Nam tại thành phố.", "fair"),
])
def test_a_week_s_type_follows_what_it_holds(text, kind):
    (event,) = process_text(text, published="2024-05-13", settings=SETTINGS).events
    assert event.type == kind


def test_a_term_s_end_does_not_unsettle_the_year_the_article_tells_as_its_own():
    text = ("Ngày 16/7, tại TP Đông Hà, HĐND tỉnh Quảng Trị đã tổ chức Kỳ họp thứ 17, Khóa VI, nhiệm kỳ 2011 – 2016.\n"
            "UBND tỉnh trình bày báo cáo tình hình kinh tế, xã hội 6 tháng đầu năm 2015 và nhiệm vụ 6 tháng cuối năm.")
    (event,) = process_text(text, settings=SETTINGS).events
    assert event.date == "2015-07-16"


def test_a_lower_case_kind_in_a_listed_programme_is_no_event_even_dated_by_the_year():
    text = ("Năm 2024, tỉnh cho phép tổ chức các hội chợ. Bao gồm: Hội chợ Xuân 2024; lĩnh vực thủ công mỹ nghệ, hàng tiêu "
            "dùng; hội chợ sản phẩm làng nghề, sản phẩm OCOP, sản phẩm công nghiệp nông thôn và ngày hội sản phẩm miền núi.")
    names = [name for name, _ in _events(text, published="2024-01-10")]
    assert not any(n.startswith("hội chợ sản phẩm làng nghề") for n in names)


def test_a_market_day_written_cho_phien_is_a_fair_and_its_name_ends_before_trung_thoi_diem():
    text = ("Chiều 26.3, tại Hội An, CLB Điểm đến Quảng Nam tổ chức Chợ phiên du lịch và sản phẩm OCOP Quảng Nam 2022.\n"
            "Lần 3 sẽ diễn ra từ ngày 3 - 5.6 tại chợ phiên Làng chài Tân Thành trùng thời điểm Festival nghệ thuật biển Tân Thành.")
    events = process_text(text, published="2022-03-26", settings=SETTINGS).events
    assert ("Chợ phiên du lịch và sản phẩm OCOP Quảng Nam 2022", "fair") in [(e.name, e.type) for e in events]
    assert not any("trùng" in e.name for e in events)


def test_a_market_told_as_a_place_is_no_event():
    text = "Đến đây, du khách còn được hòa mình trong không khí của chợ phiên \"biên giới\" là nơi buôn bán của người dân ba nước."
    assert _events(text) == []


def test_the_owner_of_the_work_after_an_address_is_no_part_of_the_place():
    text = ("Ngày 23-2, tỉnh Nghệ An tổ chức lễ khánh thành Tổng kho Xăng dầu DKC tại xã Nghi Thiết (huyện Nghi Lộc) của Công ty "
            "CP Tập đoàn Thiên Minh Đức.")
    (event,) = process_text(text, published="2019-02-24", settings=SETTINGS).events
    assert event.location == "xã Nghi Thiết (huyện Nghi Lộc)"


@pytest.mark.parametrize("text,name", [
    ("Ngày 5/6, tại Đà Nẵng, Bộ Kế hoạch và Đầu tư tổ chức Hội nghị xúc tiến đầu tư vào vùng kinh tế trọng điểm miền Trung.",
     "Hội nghị xúc tiến đầu tư vào vùng kinh tế trọng điểm miền Trung"),
    ("Ngày 5/6, tỉnh tổ chức Hội nghị công bố Quy hoạch phát triển kinh tế - xã hội tỉnh đến năm 2020, tầm nhìn đến năm 2050.",
     "Hội nghị công bố Quy hoạch phát triển kinh tế - xã hội tỉnh đến năm 2020, tầm nhìn đến năm 2050"),
])
def test_a_region_invested_in_and_a_plan_s_horizon_are_in_the_name(text, name):
    assert _events(text, published="2024-06-06")[0] == (name, "2024-06-05")


def test_an_event_decided_not_to_be_held_is_none():
    text = "Chủ tịch UBND tỉnh quyết định không tổ chức Hội nghị đối thoại với cộng đồng doanh nghiệp trong 6 tháng đầu năm 2020."
    assert _events(text, published="2020-04-10") == []


def test_papers_signed_handed_over_are_a_signing_and_the_event_after_its_place_is_no_part_of_it():
    text = ("Sáng 5/6, lãnh đạo thành phố chứng kiến lễ trao biên bản ghi nhớ về hợp tác thúc đẩy giao thương giữa các đơn vị.\n"
            "Sáng 30/12, tại TP. Hội An lễ hội văn hóa ẩm thực xứ Quảng lần thứ I với chủ đề “Món ngon xứ Quảng” đã được khai mạc.")
    events = process_text(text, published="2024-06-06", settings=SETTINGS).events
    assert events[0].subtype == "signing"
    assert events[1].location == "TP. Hội An"


@pytest.mark.parametrize("text", [
    "Chợ phiên Bắc Hà hấp dẫn du khách quốc tế với nhiều sản vật vùng cao.",
    "Cha mẹ tôi bán khô ở chợ phiên chủ nhật xã Vĩnh Thắng hơn 10 năm.",
])
def test_an_undated_standing_weekly_market_is_no_event(text):
    assert _events(text) == []


def test_that_is_and_a_named_event_in_lower_case_names_the_event_a_headline_told():
    text = ("Đó là hội nghị xúc tiến Đầu tư, Thương mại, Du lịch giữa vùng ĐBSCL và thành phố Hồ Chí Minh năm 2016 do Ban Chỉ "
            "đạo Tây Nam Bộ tổ chức vào ngày 01/7/2016.")
    assert _events(text) == [("hội nghị xúc tiến Đầu tư, Thương mại, Du lịch giữa vùng ĐBSCL và thành phố Hồ Chí Minh năm 2016",
                              "2016-07-01")]
    assert _events("Đây là hội nghị lớn nhất từ trước đến nay của tỉnh.") == []


def test_a_fair_s_name_the_article_counts_in_the_plural_is_a_series_not_one_market():
    text = ("Phiên chợ Việt tại ngoại thành: Người dân và doanh nghiệp cùng có lợi\n"
            "Năm nay, Sở Công Thương Hà Nội dự kiến tổ chức khoảng 10 phiên chợ Việt tại các huyện ngoại thành.")
    assert _events(text) == []


def test_a_review_meeting_s_name_goes_on_over_the_span_it_reviews_to_its_next_tasks():
    text = ("Chiều 19/12, Thủ tướng dự Hội nghị tổng kết công tác ngành Công Thương năm 2025, giai đoạn 2021-2025 và triển khai "
            "nhiệm vụ trọng tâm năm 2026.")
    assert _events(text, published="2025-12-19") == [
        ("Hội nghị tổng kết công tác ngành Công Thương năm 2025, giai đoạn 2021-2025 và triển khai nhiệm vụ trọng tâm năm 2026",
         "2025-12-19")]


def test_a_planned_morning_with_its_weekday_dates_the_event():
    text = "Bộ Công Thương chuẩn bị tổ chức Hội nghị khối Công Thương địa phương năm 2023, dự kiến vào sáng Thứ Ba, ngày 18/4/2023."
    assert _events(text, published="2023-04-10")[0][1] == "2023-04-18"


def test_a_head_glued_to_a_verb_by_a_hyphen_is_no_event_but_a_pair_of_countries_is_one():
    assert _events("Ông Hùng, Trưởng ban tổ chức hội thi-đánh giá: năm nay có nhiều đổi mới.") == []
    assert _events("Ngày 5/5, Sở tổ chức Hội chợ Việt - Đức tại Hà Nội.")[0][0] == "Hội chợ Việt - Đức"


def test_an_event_that_opens_an_item_of_a_programme_s_list_is_named_by_the_whole_item():
    text = ("Phiên chợ sâm Ngọc Linh diễn ra từ ngày 6 đến ngày 9/2 với 10 hoạt động chính gồm: Giải bóng đá mini giao hữu; Lễ "
            "hội khinh khí cầu bay về đại ngàn; Hội nghị gặp mặt già làng, trưởng thôn, người có uy tín tiêu biểu trên địa bàn; "
            "Liên hoan ẩm thực đồng bào dân tộc Xơ Đăng.")
    names = [name for name, _ in _events(text, published="2023-02-01")]
    assert "Lễ hội khinh khí cầu bay về đại ngàn" in names
    assert "Hội nghị gặp mặt già làng, trưởng thôn, người có uy tín tiêu biểu trên địa bàn" in names


def test_a_quoted_title_in_a_list_item_still_closes_its_name():
    text = ("Chương trình gồm: Tọa đàm \"Lý triều rồng bay Đại Việt\" nhân dịp tái bản bộ sách; Tọa đàm “Đọc sách cùng nhau”, "
            "chia sẻ về những cuốn sách gối đầu giường; triển lãm sách.")
    names = [name for name, _ in _events(text, published="2017-04-01")]
    assert 'Tọa đàm "Lý triều rồng bay Đại Việt"' in names


def test_a_full_stop_after_a_letter_the_splitter_kept_ends_the_name_before_the_next_sentence():
    text = ("Sáng 4/4, tại xã Hồ Đắc Kiện đã diễn ra lễ khánh thành Dự án hạ tầng kỹ thuật Cụm Công nghiệp Xây Đá B. Dự án được "
            "khánh thành nhằm chào mừng ngày lễ lớn.")
    assert _events(text, published="2025-04-05")[0][0] == "lễ khánh thành Dự án hạ tầng kỹ thuật Cụm Công nghiệp Xây Đá B"
    assert process_text("Sáng 4/4, tại UBND P. Trung Đô đã diễn ra Hội nghị đối thoại với doanh nghiệp.", published="2025-04-05",
                        settings=SETTINGS).events[0].location == "UBND P. Trung Đô"
