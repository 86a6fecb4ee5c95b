"""Ceremonies dated by the sentence that tells their act, named to the project a part of a work belongs to, not run on
into a span of time; a press conference's own day; committees named by what they do (s48, from the verdicts of set
P63; sentences of our own)."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(e.name, e.date, e.type) for e in process_text(text, published=published, settings=SETTINGS).events]


def _titles(text: str) -> dict[str, str | None]:
    return {o.name: o.title for o in process_text(text, settings=SETTINGS).officials}


def test_a_ceremony_takes_the_day_of_the_sentence_that_tells_its_act():
    text = ("Ngày 15/9/2021, sau hơn 6 tháng thi công, dự án Nhà máy điện gió Hòa Đông 2 tại huyện Vĩnh Châu do Công ty "
            "cổ phần Năng lượng Hòa Đông làm chủ đầu tư đã chính thức khánh thành. Trước đó, đêm 28/8/2021, Nhà máy điện "
            "gió Hòa Đông 2 đã hòa lưới điện quốc gia.\n\n"
            "Lễ khánh thành Nhà máy điện gió Hòa Đông 2 có sự tham dự của lãnh đạo tỉnh và nhà đầu tư.")
    assert _events(text) == [("Lễ khánh thành Nhà máy điện gió Hòa Đông 2", "2021-09-15", "ceremony")]


def test_a_ceremony_over_a_part_runs_on_to_its_project():
    text = "Ngày 5/4/2024, tại Sơn La, EVN tổ chức Lễ khánh thành tổ máy số 2, dự án Nhà máy thủy điện Nậm Chiến mở rộng."
    assert _events(text) == [("Lễ khánh thành tổ máy số 2, dự án Nhà máy thủy điện Nậm Chiến mở rộng", "2024-04-05", "ceremony")]
    cut = "Ngày 5/4/2024, EVN tổ chức lễ khởi công giai đoạn 3, dự án Cảng Long Sơn tại Bà Rịa - Vũng Tàu."
    assert _events(cut) == [("lễ khởi công giai đoạn 3, dự án Cảng Long Sơn", "2024-04-05", "ceremony")]


def test_a_span_of_time_and_an_ordinal_in_a_ceremony_s_name():
    text = "Ngày 2/10/2019, Nhà máy Đạm Cà Mau tổ chức lễ đón nhận tấn urê thứ 8 triệu sau 7 năm vận hành thương mại."
    assert _events(text, "2019-10-03") == [("lễ đón nhận tấn urê thứ 8 triệu", "2019-10-02", "ceremony")]


def test_a_press_conference_s_day_is_not_the_day_of_the_event_it_announces():
    text = ("Thông tin trên được đưa ra tại buổi họp báo ngày 12/10/2023 về Triển lãm quốc tế ngành nhựa và cao su "
            "Plastics Vietnam 2023 dành cho doanh nghiệp phía Nam.")
    assert [(n, d) for n, d, _ in _events(text)] == [("Triển lãm quốc tế ngành nhựa và cao su Plastics Vietnam 2023", "2023")]


def test_the_sea_and_islands_week_is_a_festival():
    text = "Sáng 8/6/2023, tại Phú Quốc, UBND tỉnh Kiên Giang tổ chức Tuần lễ Biển và Hải đảo Việt Nam năm 2023."
    assert [t for _, _, t in _events(text)] == ["festival"]


def test_a_committee_named_by_what_it_does_keeps_its_remit():
    titles = _titles("Dự buổi khai mạc có ông Lò Văn Tiến, Ủy viên Ban chỉ đạo hoạt động xuất nhập khẩu qua biên giới, "
                     "Phó Giám đốc Sở Công Thương; ông Hà Văn Sáu, Giám đốc Trung tâm Khuyến công tỉnh Lai Châu.")
    assert titles["Lò Văn Tiến"] == "Ủy viên Ban chỉ đạo hoạt động xuất nhập khẩu qua biên giới, Phó Giám đốc Sở Công Thương"
    titles = _titles("Phát biểu khai mạc, ông Trần Quốc Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban tổ chức các hoạt động "
                     "xúc tiến thương mại tỉnh năm 2024, cảm ơn các doanh nghiệp.")
    assert titles["Trần Quốc Nam"] == "Phó Chủ tịch UBND tỉnh, Trưởng Ban tổ chức các hoạt động xúc tiến thương mại tỉnh năm 2024"


def test_a_committee_s_remit_stops_at_a_verb_of_saying_and_needs_a_member_s_post():
    titles = _titles("Ông Lê Văn Hòa, Phó Giám đốc Sở Công Thương, trưởng Ban tổ chức hội chợ nhận định sức mua năm nay tăng.")
    assert titles["Lê Văn Hòa"] == "Phó Giám đốc Sở Công Thương, trưởng Ban tổ chức hội chợ"
    assert _titles("Tại cuộc họp của Văn phòng thường trực Ban chỉ đạo quốc gia về phòng chống thiên tai, Đại tá Trần Văn Bảy "
                   "cho biết các tàu đã vào bờ.") == {}


def test_a_work_begun_in_a_year_told_as_background_is_no_ceremony():
    assert _events("Nhà máy Thủy điện Sơn La là công trình trọng điểm được khởi công xây dựng vào năm 2005 tại huyện Mường La.") == []
    assert _events("Ngày 2/12/2005, Nhà máy Thủy điện Sơn La được khởi công xây dựng tại huyện Mường La.") == [
        ("khởi công Nhà máy Thủy điện Sơn La", "2005-12-02", "ceremony")]
