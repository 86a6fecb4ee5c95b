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
    assert [(n, loc) for n, _, _, loc in events] == [("Lễ hội Ok Om Bok tỉnh Sóc Trăng lần thứ V năm 2023", None)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ngày hội bưởi Phúc Trạch lần thứ III diễn ra từ ngày 10 đến 12/9/2023 tại huyện Hương Khê.", "festival"),
    ("Ngày hội việc làm tỉnh Hà Nam năm 2023 diễn ra ngày 10/9/2023 tại thành phố Phủ Lý.", "fair"),
    ("Ngày hội sản phẩm OCOP tỉnh Hà Nam năm 2023 diễn ra ngày 10/9/2023 tại thành phố Phủ Lý.", "fair"),
])
def test_a_day_of_festivities_is_a_festival_and_a_day_of_trade_a_fair(text, kind):
    record = process_text(text, published="2023-09-01", settings=SETTINGS)
    assert [e.type for e in record.events] == [kind]
