"""Days of events in the sentence shapes of real pages the twenty-fourth session read: days in brackets after a month,
a place then its days, a range written in another sentence with dashes, a frame's time after a comma, an event named
inside its committee's name, and two market days of one programme in two districts."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None = "2023-02-05") -> list[tuple[str, str | None, str | None, str | None]]:
    record = process_text(text, published=published, settings=SETTINGS)
    return [(e.name, e.date, e.date_end, e.location) for e in record.events]


@pytest.mark.parametrize(("text", "start", "end"), [
    # the days in brackets are the month's: the event's first and last day
    ("Lễ hội Cà phê Buôn Ma Thuột dự kiến diễn ra vào trung tuần tháng 3/2023 (từ 10 - 14/3).", "2023-03-10", "2023-03-14"),
    ("Hội chợ Nông sản an toàn tỉnh Sóc Trăng sẽ được tổ chức vào cuối tháng 11/2023 (từ ngày 25 đến 29/11).",
     "2023-11-25", "2023-11-29"),
    # days of another month in the brackets give nothing: the month stands
    ("Hội chợ Nông sản an toàn tỉnh Sóc Trăng sẽ được tổ chức vào tháng 5/2023 (từ ngày 10 đến 14/3).", "2023-05", None),
])
def test_days_in_brackets_after_a_month_are_its_days(text, start, end):
    assert [(d, e) for _, d, e, _ in _events(text)] == [(start, end)]


def test_the_days_after_a_place_date_the_event_and_stay_out_of_the_place():
    events = _events("Phiên chợ đặc sản vùng cao được tổ chức tại xã Mường Lát (từ ngày 12–15/10/2023), thu hút 40 gian hàng.")
    assert events == [("Phiên chợ đặc sản vùng cao", "2023-10-12", "2023-10-15", "xã Mường Lát")]


def test_a_range_written_with_dashes_in_a_later_sentence_ends_the_event():
    events = _events("Sáng 14-8, tại quảng trường trung tâm, Sở Công Thương khai mạc Triển lãm sản phẩm làng nghề tiêu biểu tỉnh Nam Định."
                     "\n\nTriển lãm diễn ra từ ngày 14-8 đến 18-8, với sự tham gia của 70 cơ sở sản xuất.", "2023-08-15")
    assert [(d, e) for _, d, e, _ in events] == [("2023-08-14", "2023-08-18")]


def test_a_surname_inside_a_place_name_is_no_person_that_ends_the_event_name():
    # `Ma` is a family name, but `Buôn Ma Thuột` is one place; `Hội chợ X | Nguyễn Văn A khẳng định`: a person is cut off
    assert [n for n, *_ in _events("Hội chợ Buôn Ma Thuột dự kiến diễn ra từ ngày 10 - 14/3.")] == ["Hội chợ Buôn Ma Thuột"]


def test_a_time_after_the_frame_dates_the_event_of_the_clause():
    events = _events("Trong khuôn khổ Tuần Văn hóa Đất Tổ, tối 20/4/2023, Ban Tổ chức Lễ hội Đền Hùng - Giỗ Tổ Hùng Vương đã khai mạc "
                     "Hội chợ Thương mại vùng Trung du 2023.", None)
    assert ("Hội chợ Thương mại vùng Trung du 2023", "2023-04-20") in [(n, d) for n, d, _, _ in events]
    # the festival named inside the committee's name is not held on the fair's day
    assert all(d != "2023-04-20" for n, d, _, _ in events if n.startswith("Lễ hội"))


def test_market_days_of_two_districts_are_two_events():
    events = _events("Phiên chợ hàng Việt về nông thôn huyện Tam Đường diễn ra từ ngày 5 - 7/10/2023. Sau đó, Phiên chợ hàng Việt "
                     "về nông thôn huyện Phong Thổ sẽ diễn ra từ ngày 20 - 22/10/2023.", "2023-09-20")
    assert [(n, d, e) for n, d, e, _ in events] == [
        ("Phiên chợ hàng Việt về nông thôn huyện Tam Đường", "2023-10-05", "2023-10-07"),
        ("Phiên chợ hàng Việt về nông thôn huyện Phong Thổ", "2023-10-20", "2023-10-22")]


def test_a_press_conference_lends_the_festival_neither_its_place():
    events = _events("Sáng 12/2, tại Hà Nội, UBND tỉnh Sóc Trăng tổ chức họp báo Lễ hội Ok Om Bok tỉnh Sóc Trăng lần thứ V năm 2023.",
                     "2023-02-13")
    assert [(n, loc) for n, _, _, loc in events if not n.startswith("họp báo")] == [("Lễ hội Ok Om Bok tỉnh Sóc Trăng lần thứ V năm 2023", None)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ngày hội bưởi Phúc Trạch lần thứ III diễn ra từ ngày 10 đến 12/9/2023 tại huyện Hương Khê.", "festival"),
    ("Ngày hội việc làm tỉnh Hà Nam năm 2023 diễn ra ngày 10/9/2023 tại thành phố Phủ Lý.", "fair"),
    ("Ngày hội sản phẩm OCOP tỉnh Hà Nam năm 2023 diễn ra ngày 10/9/2023 tại thành phố Phủ Lý.", "fair"),
])
def test_a_day_of_festivities_is_a_festival_and_a_day_of_trade_a_fair(text, kind):
    record = process_text(text, published="2023-09-01", settings=SETTINGS)
    assert [e.type for e in record.events] == [kind]


@pytest.mark.parametrize(("text", "start", "end"), [
    # closed on the day that opens the sentence, after so many days: counted back
    ("Sau bốn ngày diễn ra sôi nổi, tối 12/5, Lễ hội Vải thiều Lục Ngạn năm 2024 đã chính thức bế mạc.", "2024-05-09", "2024-05-12"),
    ("Chiều 12/5, Hội chợ Thương mại Sóc Trăng 2024 đã bế mạc sau 6 ngày.", "2024-05-07", "2024-05-12"),
    # closed, no length told: its month and its last day
    ("Chiều 12/5, Hội chợ Thương mại Sóc Trăng 2024 đã khép lại.", "2024-05", "2024-05-12"),
    # an opening on that day is its first day
    ("Chiều 12/5, Hội chợ Thương mại Sóc Trăng 2024 đã khai mạc.", "2024-05-12", None),
])
def test_an_event_that_closed_on_the_day_told_ends_on_it(text, start, end):
    assert [(d, e) for _, d, e, _ in _events(text, "2024-05-13")] == [(start, end)]


def test_lunar_days_date_no_event_but_the_solar_days_beside_them_do():
    lunar = _events("Lễ hội Lồng Tồng năm 2024 thường kéo dài từ cuối tháng 1 đến hết ngày 15/2 (âm lịch).", "2024-02-01")
    assert [(d, e) for _, d, e, _ in lunar] == [("2024", None)]
    solar = _events("Lễ hội Nghinh Ông Cần Giờ diễn ra từ ngày 14 đến 17/8 âm lịch (tức ngày 16 - 19/9/2024).", "2024-09-01")
    assert [(d, e) for _, d, e, _ in solar] == [("2024-09-16", "2024-09-19")]


def test_the_time_a_later_sentence_gives_for_holding_it_dates_the_event_by_month():
    events = _events("Sở Công Thương tổ chức Hội thi thiết kế bao bì sản phẩm OCOP tỉnh Bạc Liêu năm 2024. Thời gian tổ chức hội thi, "
                     "dự kiến trong tháng 9/2024.", None)
    assert [(n, d) for n, d, _, _ in events] == [("Hội thi thiết kế bao bì sản phẩm OCOP tỉnh Bạc Liêu năm 2024", "2024-09")]


def test_a_spring_fair_of_next_year_is_held_in_december():
    events = _events("Sáng 20/12, tại Hà Nội, Sở Công Thương khai mạc Hội chợ Xuân Giáp Thìn 2024.", "2023-12-19")
    assert [d for _, d, _, _ in events] == ["2023-12-20"]


@pytest.mark.parametrize(("text", "place"), [
    # a venue that lists its fields over commas keeps them; the city after it is another unit
    ("Sáng 20/12, tại Cung triển lãm Kiến trúc, Quy hoạch xây dựng Quốc gia, Hà Nội, Bộ Công Thương khai mạc Hội chợ Hàng Việt 2023.",
     "Cung triển lãm Kiến trúc, Quy hoạch xây dựng Quốc gia"),
    # a dash and a lowercase clause end the place
    ("Festival Trái cây Việt Nam lần thứ 2 sẽ được tổ chức tại tỉnh Tiền Giang - một trong những vựa trái cây lớn nhất cả nước.",
     "tỉnh Tiền Giang"),
])
def test_a_place_runs_over_a_venue_name_and_stops_at_a_dash(text, place):
    assert [loc for *_, loc in _events(text, "2023-12-19")] == [place]


@pytest.mark.parametrize(("text", "start", "end"), [
    # the opening's day lies inside the days the next sentence gives the event: the event is those days
    ("Theo kế hoạch, Tuần hàng nông sản an toàn tỉnh Hưng Yên năm 2023 sẽ được tổ chức tại thành phố Vinh.\n"
     "Sự kiện diễn ra từ ngày 16/10/2023 đến ngày 19/10/2023 tại sân vận động thành phố. Lễ khai mạc Tuần hàng vào 8h00 ngày 17/10/2023.",
     "2023-10-16", "2023-10-19"),
    ("Hội chợ Thương mại biên giới Việt - Lào năm 2023 diễn ra từ ngày 5 - 9/7/2023. Sáng 6/7/2023, Hội chợ Thương mại biên giới "
     "Việt - Lào năm 2023 chính thức khai mạc với 150 gian hàng.", "2023-07-05", "2023-07-09"),
])
def test_an_opening_inside_the_days_given_keeps_the_events_days(text, start, end):
    assert [(d, e) for _, d, e, _ in _events(text)][:1] == [(start, end)]


def test_a_conference_held_within_a_fairs_days_keeps_its_own_day():
    events = _events("Hội chợ OCOP tỉnh Thanh Hóa năm 2023 diễn ra từ ngày 5 đến 9/7/2023. Sáng 6/7/2023, tại Hội chợ diễn ra "
                     "Hội nghị kết nối cung cầu hàng hóa tỉnh Thanh Hóa năm 2023.")
    assert ("Hội nghị kết nối cung cầu hàng hóa tỉnh Thanh Hóa năm 2023", "2023-07-06", None) in [e[:3] for e in events]


def test_the_days_of_a_holiday_yield_to_the_events_own_days():
    events = _events("Nhân dịp nghỉ lễ 2/9, huyện Bắc Hà tổ chức Lễ hội Mận Bắc Hà năm 2023.\n"
                     "Diễn ra từ ngày 30/8 - 3/9, Lễ hội Mận Bắc Hà có nhiều hoạt động trải nghiệm cho du khách.", None)
    assert [(d, e) for _, d, e, _ in events] == [("2023-08-30", "2023-09-03")]


def test_a_past_edition_beside_the_one_reported_is_not_dated_by_the_article():
    events = _events("Ngày hội Sen Đồng Tháp lần 3 năm 2023 diễn ra từ ngày 20 đến 22/6/2023 tại TP Cao Lãnh.\n"
                     "Nhiều hoạt động tại Ngày hội Sen Đồng Tháp lần 2. Ảnh: Báo Đồng Tháp", "2023-06-15")
    assert ("Ngày hội Sen Đồng Tháp lần 2", "2023-06-15") not in [e[:2] for e in events]
    assert ("Ngày hội Sen Đồng Tháp lần 3 năm 2023", "2023-06-20") in [e[:2] for e in events]


def test_a_ceremony_held_at_a_fair_is_no_part_of_the_fairs_name_however_often_written():
    sentence = ("Tối 5/10, UBND tỉnh tổ chức khai mạc Hội chợ nông sản tỉnh Hà Giang năm 2023 và công bố Nhãn hiệu "
                "chứng nhận Cam Sành Hà Giang.")
    events = _events(f"{sentence}\n{sentence}\nCác đại biểu cắt băng khai mạc Hội chợ nông sản tỉnh Hà Giang năm 2023 và "
                     "công bố Nhãn hiệu chứng nhận Cam Sành Hà Giang.", "2023-10-06")
    assert [n for n, *_ in events if n.startswith("Hội chợ")] == ["Hội chợ nông sản tỉnh Hà Giang năm 2023"]


def test_a_ceremony_in_a_week_of_events_is_held_on_its_own_day():
    events = _events("Chuỗi sự kiện Tuần văn hóa ẩm thực tỉnh Thanh Hóa diễn ra từ ngày 11 đến 15/12/2025. Sáng 11/12/2025, UBND "
                     "tỉnh tổ chức lễ khai trương điểm giới thiệu sản phẩm OCOP tại quảng trường Lam Sơn.", "2025-12-10")
    ceremonies = [(d, e) for n, d, e, _ in events if "khai trương" in n]
    assert ceremonies == [("2025-12-11", None)]


def test_a_series_told_after_a_photo_caption_gives_a_fair_its_days_but_not_its_forum():
    events = _events("Sáng 4-9, tại SECC, Hội chợ Thương mại Quốc tế TPHCM lần thứ 5 chính thức khai mạc, đồng thời với "
                     "Diễn đàn Logistics 2025.\n\nLãnh đạo thành phố dự diễn đàn sáng 4-9. Ảnh: NGỌC LAN\n\n"
                     "Chuỗi sự kiện do Bộ Công Thương và UBND TPHCM phối hợp tổ chức, diễn ra từ ngày 4 đến 7-9.", "2025-09-04")
    assert [(n.split()[0], d, e) for n, d, e, _ in events] == [("Hội", "2025-09-04", "2025-09-07"), ("Diễn", "2025-09-04", None)]


def test_an_events_short_form_in_brackets_stands_between_it_and_its_days_as_no_other_event():
    events = _events("Lễ hội Lúa gạo Sóc Trăng và Hội chợ Nông sản ĐBSCL năm 2023 (Hội chợ) được tổ chức từ ngày 10/12 đến 14/12/2023 "
                     "tại TP Sóc Trăng.", "2023-12-01")
    assert [(d, e) for _, d, e, _ in events] == [("2023-12-10", "2023-12-14"), ("2023-12-10", "2023-12-14")]


def test_a_range_without_a_year_ends_in_the_year_the_name_moved_its_start_to():
    events = _events("Festival Gốm sứ tỉnh Bình Dương năm 2024 sẽ được diễn ra từ ngày 22/11 đến 25/11 tại TP Thủ Dầu Một.", "2023-12-01")
    assert [(d, e) for _, d, e, _ in events] == [("2024-11-22", "2024-11-25")]


def test_the_day_something_was_said_of_an_event_does_not_date_it():
    text = ("Huyện Cái Nước sẵn sàng cho Lễ hội Cua Cà Mau\n\nCái Nước đang chuẩn bị các điều kiện tham gia Lễ hội Cua Cà Mau "
            "sắp tới.\n\nNgày 5/10, thông tin từ UBND huyện Cái Nước (tỉnh Cà Mau) cho biết, địa phương đã vận động các "
            "doanh nghiệp nuôi cua mang sản phẩm đi giới thiệu sản phẩm cua Cà Mau.")
    assert "2024-10-05" not in [d for n, d, _, _ in _events(text, "2024-10-06") if n.startswith("Lễ hội Cua")]


@pytest.mark.parametrize("published", [None, "2021-03-30"])
def test_a_series_an_anaphor_opens_gives_days_to_an_event_its_name_dates_by_year(published):
    text = ("Sáng 30/3, Sở Công Thương cho biết UBND tỉnh Bến Tre tổ chức Lễ hội Dừa Bến Tre - Đặc sản các vùng miền năm 2021.\n\n"
            "Ông Nguyễn Văn A thông báo hoạt động lễ hội. Ảnh: T.L\n\n"
            "Chuỗi sự kiện dự kiến sẽ diễn ra 4 ngày (từ ngày 8/4 – 11/4), tại TP Bến Tre.")
    assert [(d, e) for n, d, e, _ in _events(text, published) if n.startswith("Lễ hội Dừa")] == [("2021-04-08", "2021-04-11")]


def test_a_series_of_another_year_than_the_name_gives_no_days():
    text = ("UBND tỉnh tổ chức Lễ hội Dừa Bến Tre năm 2021.\n\nChuỗi sự kiện sẽ diễn ra từ ngày 8/4/2019 đến ngày 11/4/2019.")
    assert [d for n, d, _, _ in _events(text, "2021-03-30") if n.startswith("Lễ hội Dừa")] == ["2021"]


def test_a_month_a_caption_gives_takes_the_day_another_mention_gives_in_it():
    text = ("Khách tham quan phiên chợ dừa sáp Cầu Kè tổ chức tại huyện Cầu Kè vào tháng 6/2022. Ảnh: H.L\n\n"
            "Từ ngày 10-12/6 vừa qua, huyện Cầu Kè đã lần đầu tiên tổ chức phiên chợ dừa sáp Cầu Kè, thu hút nhiều du khách.")
    assert [(d, e) for n, d, e, _ in _events(text, "2022-07-01") if "dừa sáp" in n] == [("2022-06-10", "2022-06-12")]



def test_a_lowercase_festival_of_another_place_lends_the_named_festival_no_day():
    text = ("Huyện Kiến Xương tổ chức Lễ hội Bánh dân gian Kiến Xương lần thứ nhất.\n\n"
            "Sáng 20/9/2024, hàng nghìn người dự lễ hội đền Trần Thái Bình.")
    assert [d for n, d, _, _ in _events(text, "2024-09-21") if n.startswith("Lễ hội Bánh")] == [None]


def test_an_opening_inside_a_range_whose_end_carries_its_own_den_keeps_the_festivals_days():
    text = ("Tối ngày 6-7, tại Công viên Văn Miếu đã diễn ra lễ khai mạc Lễ hội Sen năm 2022.\n\n"
            "Theo ban tổ chức, lễ hội diễn ra từ ngày 5-7 đến 8-7 với nhiều hoạt động sôi nổi.")
    assert [(d, e) for n, d, e, _ in _events(text, "2022-07-07") if n.startswith("Lễ hội Sen")] == [("2022-07-05", "2022-07-08")]


def test_a_short_name_in_brackets_is_the_same_fair_when_written_later_with_its_head():
    text = ("Hội chợ thiết bị và nguyên liệu dệt may quốc tế Long An năm 2019 (Texfair 2019) đang diễn ra tại Long An.\n\n"
            "Hội chợ Texfair 2019 thu hút 300 gian hàng của 120 doanh nghiệp.")
    assert [n for n, _, _, _ in _events(text, "2019-06-01")] == ["Hội chợ thiết bị và nguyên liệu dệt may quốc tế Long An năm 2019"]


def test_an_undated_fair_takes_the_days_a_following_anaphor_gives_after_theo_do():
    text = ("Huyện Tu Mơ Rông chuẩn bị Phiên chợ sâm Ngọc Linh lần thứ nhất.\n\n"
            "Theo đó, sự kiện sẽ diễn ra trong 3 ngày từ ngày 24- 26/4 tại Quảng trường trung tâm huyện.")
    assert [(d, e) for n, d, e, _ in _events(text, "2022-04-15") if n.startswith("Phiên chợ")] == [("2022-04-24", "2022-04-26")]


def test_the_days_in_brackets_right_after_a_mention_named_as_a_time_are_its_own():
    # `trước X (dự kiến từ ngày ... đến ...)`: X is the time of something else, but the bracket right after it dates X,
    # and an act after the bracket (`mà ... chưa có văn bản`) does not take those days
    events = _events(
        "Tại buổi họp báo sáng 28-11, ông Nguyễn Văn Hòa cho biết về tờ trình hỗ trợ doanh nghiệp.\n\n"
        "Nếu trước Kỳ họp thứ 12 HĐND tỉnh Hậu Giang (dự kiến từ ngày 5 đến 7-12) mà Bộ Tài chính chưa có văn bản thì "
        "tờ trình sẽ dừng lại.", "2023-11-29")
    assert ("Kỳ họp thứ 12 HĐND tỉnh Hậu Giang", "2023-12-05", "2023-12-07") in [e[:3] for e in events]


def test_the_date_of_a_named_day_an_event_celebrates_is_not_its_own():
    """`Đây là sự kiện nhằm hưởng ứng ngày Quốc tế Bảo tàng 18/5/2022`: the day's date, not the exhibition's (set P57);
    the event sentence after it that gives a plain day still dates it."""
    text = ("Triển lãm “Sắc màu nghề gốm Việt” có 20 nghệ nhân tham gia.\n"
            "Đây là sự kiện nhằm hưởng ứng ngày Quốc tế Bảo tàng 18/5/2023 và tôn vinh các nghệ nhân.")
    assert [d for _, d, _, _ in _events(text, None)] == [None]
    text = "Triển lãm “Sắc màu nghề gốm Việt” có 20 nghệ nhân tham gia.\nSự kiện diễn ra ngày 18/5/2023 tại Bảo tàng tỉnh."
    assert [d for _, d, _, _ in _events(text, None)] == ["2023-05-18"]


def test_a_bare_opening_ceremony_after_a_festival_gives_its_first_day():
    """`Lễ khai mạc diễn ra từ 18h - 21h30 ngày 29/11`, two sentences after the festival named with its year (set P58)."""
    text = ("Festival trái cây và sản phẩm OCOP Sơn La lần thứ 2 năm 2024 sẽ diễn ra tại Quảng trường Tây Bắc.\n"
            "Festival năm nay quy tụ hơn 200 đơn vị tham gia.\n"
            "Lễ khai mạc diễn ra từ 19h ngày 29/11, với chương trình nghệ thuật đặc sắc.")
    assert [d for _, d, _, _ in _events(text, None)] == ["2024-11-29"]
