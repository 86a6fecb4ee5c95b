"""Press conferences that announce an event are meetings of their own (`pipeline/facts/event_press.py`)."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None) -> list[tuple[str, str, str | None, str | None, list[str]]]:
    record = process_text(text, published=published, settings=SETTINGS)
    return [(e.name, e.type, e.date, e.location, e.organizers) for e in record.events]


def test_a_dated_press_conference_is_a_meeting_and_lends_the_festival_nothing():
    events = _events("Sáng 15/3, tại Hà Nội, UBND tỉnh Bắc Giang tổ chức họp báo Lễ hội Vải thiều Lục Ngạn năm 2024.", "2024-03-16")
    assert ("họp báo Lễ hội Vải thiều Lục Ngạn năm 2024", "conference", "2024-03-15", "Hà Nội", ["UBND tỉnh Bắc Giang"]) in events
    festival = next(e for e in events if e[1] == "festival")
    assert festival[2] != "2024-03-15" and festival[3] != "Hà Nội"


def test_the_press_conference_takes_its_own_day_not_the_event_s():
    events = _events("Ngày 2/10, Sở Công Thương tổ chức họp báo giới thiệu Hội nghị xúc tiến thương mại tỉnh Quảng Trị diễn ra vào "
                     "ngày 15/10 tới.", "2023-10-03")
    assert sorted((n, d) for n, _, d, _, _ in events) == [
        ("Hội nghị xúc tiến thương mại tỉnh Quảng Trị", "2023-10-15"),
        ("họp báo giới thiệu Hội nghị xúc tiến thương mại tỉnh Quảng Trị", "2023-10-02")]


def test_an_undated_page_gives_the_press_conference_its_month_and_day_or_the_event_s_year():
    events = _events("Chiều 5/11, UBND tỉnh Cà Mau họp báo công bố Festival Tôm Cà Mau lần thứ nhất năm 2023.", None)
    # the announced event's name writes its year: the press conference before it is of that year
    assert ("họp báo công bố Festival Tôm Cà Mau lần thứ nhất năm 2023", "2023-11-05") in [(n, d) for n, _, d, _, _ in events]
    events = _events("Chiều 5/11, UBND tỉnh Cà Mau họp báo công bố Festival Tôm Cà Mau lần thứ nhất.", None)
    assert ("họp báo công bố Festival Tôm Cà Mau lần thứ nhất", "--11-05") in [(n, d) for n, _, d, _, _ in events]


@pytest.mark.parametrize("text", [
    "Tại buổi họp báo, ông Nguyễn Văn Nam cho biết lễ hội năm nay có 200 gian hàng.",  # told in passing, no event named
    "Chiều 8/1, tại họp báo Chính phủ thường kỳ, Bộ trưởng trả lời câu hỏi của phóng viên.",  # no event it announces
    "UBND tỉnh sẽ tổ chức họp báo Lễ hội Hoa ban năm 2024 trong thời gian tới.",  # not dated: not held yet
])
def test_a_press_conference_that_announces_no_event_or_is_not_dated_is_none(text):
    assert not any(n.lower().startswith("họp báo") for n, *_ in _events(text, "2024-01-09"))


def test_a_centre_that_lists_its_fields_over_a_comma_is_one_organiser():
    events = _events("Ngày 5/6, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch phối hợp với UBND huyện Lạc Sơn tổ chức Hội chợ "
                     "Nông sản Lạc Sơn năm 2024.", "2024-06-06")
    assert events[0][4] == ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "UBND huyện Lạc Sơn"]


def test_a_press_conference_whose_place_and_day_follow_the_event_keeps_both():
    events = _events("Ban tổ chức đã tổ chức họp báo giới thiệu Lễ hội Trái cây Nam Bộ năm 2022 tại TP. Hồ Chí Minh vào ngày 12/5.",
                     "2022-05-20")
    festival = next(e for e in events if e[1] == "festival")
    assert festival[0] == "Lễ hội Trái cây Nam Bộ năm 2022"
    assert festival[2] == "2022" and festival[3] is None  # (the press conference's day and place, not the festival's)
    assert ("họp báo giới thiệu Lễ hội Trái cây Nam Bộ năm 2022", "conference", "2022-05-12", "TP. Hồ Chí Minh") in [
        e[:4] for e in events]


def test_an_event_the_press_conference_says_is_held_later_keeps_its_own_day():
    events = _events("Sở Công Thương họp báo giới thiệu Hội chợ Công Thương tỉnh Hải Dương được tổ chức vào ngày 20/9 tới.",
                     "2023-09-05")
    assert ("Hội chợ Công Thương tỉnh Hải Dương", "fair", "2023-09-20") in [e[:3] for e in events]
