"""Shapes from the verdicts of sets P64 and P65 (s48: logistics, border trade and trade promotion abroad), tested on
sentences of our own: an announcement and the standard it announces, an event's own opening told by a verb, what
coincides with an event, a signing that prepares an exhibition; counted names joined by `và` or a comma, goods before
an aspect word, a granary's area; a national association's lower-case name and a city's country in brackets."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, settings=SETTINGS).events]


def _figures(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in process_text(text, settings=SETTINGS).figures}


def _officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.organization) for o in process_text(text, settings=SETTINGS).officials}


def test_an_announcement_names_the_standard_it_announces():
    assert _events("Sáng 8/1/2025, UBND huyện Cần Giuộc tổ chức Lễ công bố xã Long Hậu đạt chuẩn nông thôn mới kiểu mẫu năm 2024.") == [
        ("Lễ công bố xã Long Hậu đạt chuẩn nông thôn mới kiểu mẫu năm 2024", "2025-01-08")]


def test_an_event_s_own_opening_told_by_a_verb_is_no_second_event():
    text = "Ngày 5/11/2024, tại siêu thị Aeon ở Osaka, Tuần hàng Việt Nam tại Nhật Bản năm 2024 đã chính thức khai trương."
    assert [n for n, _ in _events(text)] == ["Tuần hàng Việt Nam tại Nhật Bản năm 2024"]


def test_what_coincides_with_an_event_is_not_dated_by_it():
    text = ("Phiên chợ hàng Việt tại Viêng Chăn diễn ra từ ngày 3-12-2024 đến ngày 8-12-2024, trùng với thời gian diễn ra "
            "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 tại Lào.")
    dated = dict(_events(text))
    assert dated.get("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56") in (None, "2024-12")  # (its month at most, not the fair's days)


def test_a_signing_that_prepares_an_exhibition_does_not_date_it():
    text = ("Ngày 15-5-2024, Cục Xúc tiến thương mại và Hiệp hội Nhựa Việt Nam tổ chức lễ ký thỏa thuận hợp tác tổ chức "
            "Triển lãm quốc tế ngành nhựa Việt Nam lần thứ 8 tại TP Hồ Chí Minh.")
    dated = dict(_events(text))
    assert dated.get("Triển lãm quốc tế ngành nhựa Việt Nam lần thứ 8") is None


def test_counted_names_joined_by_va_or_a_comma():
    assert _figures("Hội nghị thu hút hơn 150 doanh nghiệp Việt Nam và Hàn Quốc tham dự.")["hơn 150 doanh nghiệp"].startswith(
        "doanh nghiệp Việt Nam và Hàn Quốc")
    assert _figures("Tăng cường nguồn cung tại 2 chợ Hóc Môn, Bình Điền")["2 chợ"] == "chợ Hóc Môn, Bình Điền"


def test_goods_before_an_aspect_word_and_a_granary_s_area():
    assert _figures("Tại hội nghị, khoảng 50 tấn vải thiều tiếp tục được xuất khẩu sang Nhật Bản.")["khoảng 50 tấn"] == "vải thiều"
    assert _figures("Lục Ngạn là vựa vải thiều lớn nhất của tỉnh Bắc Giang, với khoảng 28.000 ha.")["khoảng 28.000 ha"] == "diện tích vựa vải thiều"


def test_a_national_association_s_lower_case_name_and_a_city_s_country():
    officials = _officials("Dự lễ có ông Nguyễn Thiện Nhân, Chủ tịch Trung ương Hội hữu nghị Việt Nam - Hàn Quốc phát biểu.")
    assert officials["Nguyễn Thiện Nhân"][0] == "Chủ tịch Trung ương Hội hữu nghị Việt Nam - Hàn Quốc"
    posted = _officials("Ngày 3/6, Tổng Lãnh sự Việt Nam tại Osaka (Nhật Bản), ông Ngô Trịnh Hà, đã tiếp đoàn doanh nghiệp.")
    assert posted["Ngô Trịnh Hà"] == ("Tổng Lãnh sự Việt Nam tại Osaka (Nhật Bản)", "Tổng lãnh sự quán Việt Nam tại Osaka")


def test_a_meeting_held_in_two_formats_keeps_its_name():
    text = ("Sáng 12/9/2024, tại Cần Thơ, Bộ Công Thương tổ chức Hội thảo trực tiếp và trực tuyến về phát triển thương mại "
            "điện tử vùng Đồng bằng sông Cửu Long.")
    assert _events(text) == [("Hội thảo trực tiếp và trực tuyến về phát triển thương mại điện tử vùng Đồng bằng sông Cửu Long",
                              "2024-09-12")]
