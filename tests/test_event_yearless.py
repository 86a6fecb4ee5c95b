"""Events and officials of undated general news (the eighteenth session's hand count on unseen bench articles): a
month without a year (`--MM`), a guessed year that another mention's paragraph or a later year of the event's own
sentence contradicts, a programme's year (`Đề án 2020`) that is not the story's, a holder's time glued to it, a
place that runs into a time, a quotation that points back, a member of a body, a minister's ministry."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.facts import dates, events
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _undated(text: str):
    analysis = analyse(normalize(text))
    return events.extract(analysis, dates.extract(analysis, None), undated=True)


@pytest.mark.parametrize(("text", "date"), [
    ("Các bộ trưởng đã gặp nhau tại Hội nghị Bộ trưởng Kinh tế ASEAN hồi tháng 8.", "--08"),
    ("Hội thảo quốc tế về logistics xanh sẽ diễn ra vào cuối tháng 11 tại Đà Nẵng.", "--11"),
])
def test_a_month_without_its_year_is_kept_as_the_month_alone(text, date):
    (e,) = _undated(text)
    assert (e.date, e.date_precision) == (date, "month_only")


def test_a_month_with_a_publication_date_takes_its_year():
    analysis = analyse(normalize("Hội nghị Bộ trưởng Kinh tế ASEAN diễn ra hồi tháng 8."))
    (e,) = events.extract(analysis, dates.extract(analysis, "2024-10-02"))
    assert e.date == "2024-08" and e.date_precision == "month"


def test_a_founding_year_told_by_another_mention_does_not_date_the_day():
    text = ("Chiều 12-9, Hội Nông dân tỉnh tổ chức tọa đàm nhân 15 năm phong trào nông dân sản xuất giỏi.\n"
            "Phát biểu tại tọa đàm, đại biểu nhớ lại phong trào ra đời vào năm 2005 với vài chục hộ.")
    (e,) = _undated(text)
    assert (e.date, e.date_precision) == ("--09-12", "month_day")


def test_a_later_year_in_the_events_own_sentence_overrules_the_articles_one_year():
    text = ("Chiều 5/10, Sở Công Thương tổ chức hội nghị tổng kết 5 năm (2015-2020) thực hiện chương trình khuyến công.\n"
            "Từ tháng 11/2016, tỉnh đã triển khai phần mềm quản lý cơ sở công nghiệp nông thôn.")
    (e,) = _undated(text)
    assert (e.date, e.date_precision) == ("--10-05", "month_day")


def test_a_programmes_year_is_not_the_storys_year():
    text = ("Ngày 14/10 tại Huế đã diễn ra Hội thảo “Dạy học ngoại ngữ cho học sinh vùng cao”.\n"
            "Hội thảo do Đại học Huế và Đề án 2020 phối hợp tổ chức.\nĐề án 2020 đã đi được hơn nửa chặng đường.")
    (e,) = _undated(text)
    assert (e.date, e.date_precision) == ("--10-14", "month_day")


@pytest.mark.parametrize(("text", "holder"), [
    ("Công ty Cổ phần Thép Việt Nhật sáng 20/5 đã khánh thành Nhà máy cán thép số 2.", "Công ty Cổ phần Thép Việt Nhật"),
    ("Tổng công ty Điện lực miền Trung đêm 3/2 chính thức khai trương Trung tâm điều khiển từ xa.",
     "Tổng công ty Điện lực miền Trung"),
])
def test_the_time_after_a_ceremonys_holder_is_not_part_of_it(text, holder):
    (e,) = process_text(text, settings=SETTINGS).events
    assert e.organizers == [holder]


def test_a_place_ends_before_a_time():
    (e,) = process_text("Hai bộ trưởng đã trao đổi bên lề lễ kỷ niệm Chiến thắng ở Moskva 2 tuần trước.",
                        settings=SETTINGS).events
    assert e.location == "Moskva"


@pytest.mark.parametrize("text", [
    '"Diễn đàn kinh tế này mở ra cơ hội lớn cho doanh nghiệp hai nước ", ông Lâm nói.',
    "Năm 2012, ông được bầu làm ủy viên Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc.",
    "Bà từng là ủy viên thường vụ Hội nghị Chính trị Hiệp thương tỉnh Quảng Đông khóa 10.",
])
def test_a_quotation_pointing_back_and_a_member_of_a_body_name_no_event(text):
    assert process_text(text, settings=SETTINGS).events == []


@pytest.mark.parametrize(("text", "organization"), [
    ("Bộ trưởng Nông nghiệp Hoa Kỳ Sonny Perdue đã tới thăm Việt Nam.", "Bộ Nông nghiệp Hoa Kỳ"),
    ("Thứ trưởng Công Thương Cao Quốc Hưng chủ trì hội nghị.", "Bộ Công Thương"),
    ("Thứ trưởng Bộ Công Thương Cao Quốc Hưng chủ trì hội nghị.", "Bộ Công Thương"),
])
def test_a_ministers_title_without_bo_names_the_ministry(text, organization):
    (o,) = process_text(text, settings=SETTINGS).officials
    assert o.organization == organization


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Hội thi tay nghề ngành nước diễn ra từ ngày 14/10 đến 17/10 tại Cần Thơ.", "--10-14", "--10-17"),
    ("Du khách có thể ghé Hội chợ sách cũ Hà Nội từ ngày 2 đến 5-11 ở phố Đinh Lễ.", "--11-02", "--11-05"),
])
def test_a_range_without_its_year_gives_both_days(text, start, end):
    (e,) = _undated(text)
    assert (e.date, e.date_end, e.date_precision) == (start, end, "month_day")


def test_the_day_its_own_sentence_writes_beats_a_month_told_elsewhere():
    text = ("Khánh thành trang trại điện gió Phước Hữu\n\n"
            "Sáng 14-3, Công ty Điện gió Phước Hữu đã khánh thành trang trại điện gió Phước Hữu.\n\n"
            "Sau 8 tháng thi công, tháng 11-2021 trang trại điện gió Phước Hữu đã hòa lưới điện quốc gia.")
    found = _undated(text)
    assert [e.date for e in found] == ["--03-14"]


def test_a_bare_written_year_leaves_a_days_month_and_day_in_the_facts():
    record = process_text("Ca sĩ dự Gala Âm nhạc 2019 tại Đà Lạt tối 7/9 rồi về TP HCM.", settings=SETTINGS)
    assert [(d.text, d.value, d.precision) for d in record.dates] == [("tối 7/9", "--09-07", "month_day")]


def test_a_year_the_story_plans_ahead_for_does_not_date_its_day():
    """(s38) `sẽ ... vào năm 2019`, `kể từ năm 2019`: what is planned from then; the meeting came before it."""
    text = ("Trong phiên họp của Hiệp hội Cà phê Ca cao diễn ra tại Buôn Ma Thuột vào sáng 14/10, các doanh nghiệp thống nhất "
            "sẽ áp dụng bộ tiêu chuẩn mới vào năm 2019.\n"
            "Kể từ năm 2019, mọi lô cà phê xuất khẩu phải có chứng nhận truy xuất nguồn gốc.")
    (e,) = _undated(text)
    assert (e.date, e.date_precision) == ("--10-14", "month_day")


def test_a_whole_years_results_do_not_date_a_day_before_december():
    """(s38) `năm 2021 đạt ...` told in a story of 18 June: the year had ended, the conference came the year after."""
    text = ("Sáng 18-6, UBND tỉnh tổ chức hội nghị tổng kết chương trình xúc tiến thương mại.\n"
            "Giám đốc Sở cho biết kim ngạch xuất khẩu năm 2021 đạt 1,2 tỷ USD.\n"
            "Du lịch năm 2021 đã đón hơn 2 triệu lượt khách.")
    (e,) = _undated(text)
    assert (e.date, e.date_precision) == ("--06-18", "month_day")


@pytest.mark.parametrize("decade", ["những năm thập kỷ 1970", "thập niên 1990", "những năm 1980"])
def test_a_decade_told_of_a_person_s_past_does_not_date_an_undated_article(decade):
    text = ("Dự kiến ngày 24.12 tới, Thủ tướng sẽ chủ trì lễ khánh thành chợ biên giới tại tỉnh Tbong Khmum.\n"
            f"Đây là chiến trường xưa, nơi ông từng có mặt trong {decade}. Nơi ông từng xung trận trong {decade}.")
    analysis = analyse(normalize(text))
    assert dates.reference_year(analysis.text) is None
    assert not [d for d in dates.extract(analysis, None) if "24.12" in d.text]  # a day whose year the article does not give
