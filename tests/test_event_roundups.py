"""A lead that rounds up several ceremonies dates each one told after it (`Sáng 19/12, ... đồng loạt tổ chức lễ khởi
công, khánh thành các dự án ...`, then `Tại tỉnh X, ... tổ chức Lễ khánh thành Y`), until another day is written; the
round-up itself is no ceremony. Found on the forty-second session's blind count of real domain pages (set P42)."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None = "2024-12-20") -> dict[str, str | None]:
    return {e.name: e.date for e in process_text(text, published=published, settings=SETTINGS).events}


ROUNDUP = ("Sáng 18/12, tại nhiều tỉnh, Tổng công ty Điện lực miền Bắc đồng loạt tổ chức lễ khởi công, khánh thành các công "
           "trình điện trọng điểm.\n\nTại tỉnh Bắc Giang, Tổng công ty tổ chức Lễ khánh thành Trạm biến áp 110 kV Yên Dũng. "
           "Công trình có tổng vốn đầu tư 120 tỷ đồng.\n\nTại tỉnh Thái Bình, đơn vị tổ chức lễ khởi công Đường dây 110 kV "
           "Thái Thụy.")


def test_ceremonies_after_a_roundup_take_its_day():
    events = _events(ROUNDUP)
    assert events.get("Lễ khánh thành Trạm biến áp 110 kV Yên Dũng") == "2024-12-18"
    assert events.get("lễ khởi công Đường dây 110 kV Thái Thụy") == "2024-12-18"


def test_in_an_undated_article_the_roundup_day_is_a_month_and_day():
    assert _events(ROUNDUP, None).get("Lễ khánh thành Trạm biến áp 110 kV Yên Dũng") == "--12-18"


def test_a_day_written_in_between_stops_the_roundup():
    events = _events(ROUNDUP.replace("Tại tỉnh Thái Bình,", "Trước đó, ngày 10/12, tại tỉnh Thái Bình,"))
    assert events.get("lễ khởi công Đường dây 110 kV Thái Thụy") == "2024-12-10"


def test_many_ceremonies_told_at_once_are_no_event_of_their_own():
    events = _events("Ngày 19/4, UBND tỉnh tổ chức động thổ, khởi công và khánh thành nhiều dự án có quy mô lớn. Tham dự có "
                     "lãnh đạo Bộ Xây dựng.")
    assert events == {}


def test_a_planned_stay_of_some_days_then_its_days_dates_the_fair():
    """`dự kiến diễn ra trong 5 ngày, từ ngày 4 - 8/2`: a duration between the plan and the days (s42)."""
    events = process_text("Hội chợ hàng Việt mùa Xuân dự kiến diễn ra trong 5 ngày, từ ngày 4 - 8/2 tại Trung tâm Hội chợ Triển "
                          "lãm tỉnh.", published="2026-01-11", settings=SETTINGS).events
    assert [(e.date, e.date_end) for e in events] == [("2026-02-04", "2026-02-08")]


def test_a_festival_that_gathers_crafts_at_length_takes_the_days_it_gathers():
    """`Festival X với ... (a long list) sẽ hội tụ ... từ ngày 28/4 – 5/5`: a verb of gathering holds it, far as the days are."""
    events = _events("Festival Làng nghề Bắc Ninh 2024 với sự tham gia của 40 làng nghề, cơ sở nghề đến từ các tỉnh trong cả nước: "
                     "Hà Nội, Thái Bình, Nam Định, Hưng Yên, Hải Dương, Vĩnh Phúc… sẽ hội tụ tại Quảng trường Lý Thái Tổ từ ngày "
                     "28/4 – 5/5 tới đây.", "2024-04-01")
    assert events.get("Festival Làng nghề Bắc Ninh 2024") == "2024-04-28"


def test_the_place_of_a_meeting_on_the_plan_is_not_the_fair_s():
    events = process_text("Chiều 8/1, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp cho ý kiến về Đề án tổ chức Hội chợ "
                          "hàng Việt mùa Xuân 2026.", published="2026-01-09", settings=SETTINGS).events
    assert [e.location for e in events] == [None]


def test_a_holder_named_in_the_next_item_of_a_list_is_not_this_event_s():
    events = process_text("Năm qua, tỉnh tham gia Hội nghị tổng kết xây dựng nông thôn mới khu vực miền Trung tại tỉnh Quảng Nam; "
                          "Festival OCOP do Bộ Nông nghiệp và Phát triển nông thôn tổ chức tại tỉnh Nam Định.", published="2024-01-05",
                          settings=SETTINGS).events
    assert [(e.name, e.organizers) for e in events] == [
        ("Hội nghị tổng kết xây dựng nông thôn mới khu vực miền Trung", []),
        ("Festival OCOP", ["Bộ Nông nghiệp và Phát triển nông thôn"])]


def test_a_plan_to_hold_an_event_at_a_place_dates_it_by_the_month_after():
    """`dự kiến tổ chức tại TP.HCM vào đầu tháng 6-2015`: the place between the plan and the month (s42)."""
    events = process_text("Bộ sẽ phối hợp với UBND TP.HCM tổ chức hội nghị xúc tiến tiêu thụ vải thiều năm 2024, dự kiến tổ chức "
                          "tại TP.HCM vào đầu tháng 6-2024.", settings=SETTINGS).events
    assert [(e.date, e.date_precision) for e in events] == [("2024-06", "month")]


def test_the_body_that_submits_a_plan_to_hold_an_event_holds_it():
    events = process_text("Để tôn vinh sản phẩm tiêu biểu, Cục Công Thương địa phương trình Bộ Công Thương phê duyệt kế hoạch tổ chức "
                          "Hội nghị trực tuyến toàn quốc về công tác khuyến công năm 2023.", published="2023-11-02", settings=SETTINGS).events
    assert [e.organizers for e in events] == [["Cục Công Thương địa phương"]]


def test_the_day_written_after_a_relative_word_is_the_event_s():
    """`được tổ chức sáng nay, ngày 26/9/2019`: the day written in apposition, not the publication day `nay` gives (s42)."""
    events = process_text("Phát biểu tại Lễ khánh thành Nhà máy điện mặt trời Hòa Thắng được tổ chức sáng nay, ngày 26/9/2019, ông "
                          "Trần Văn Hải đánh giá cao chủ đầu tư.", published="2019-09-27", settings=SETTINGS).events
    assert [e.date for e in events] == ["2019-09-26"]


def test_the_place_of_a_press_conference_that_presents_an_event_is_not_the_event_s():
    events = process_text("Ngày 31-7, UBND tỉnh Trà Vinh tổ chức họp báo tại Hà Nội để giới thiệu chương trình “Lễ hội Ok Om Bok "
                          "năm 2024”.", published="2024-08-01", settings=SETTINGS).events
    assert [e.location for e in events] == [None]
