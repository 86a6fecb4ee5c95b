"""Events from the verdicts of set P68 (s49), on sentences of our own: what a work is made ready for (`sẵn sàng cho X`)
takes no day from the work's inauguration; a field after `trong lĩnh vực` is part of a meeting's topic; `lễ vận hành
(thương mại)` is an inauguration; a headline in capitals yields the name to the body's sentence-case spelling."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.name, e.type, e.date) for e in process_text(text, settings=SETTINGS).events]


def test_what_a_work_is_made_ready_for_takes_no_day_from_its_inauguration():
    events = _events("Ngày 2/4/2024, Nhà thi đấu tỉnh chính thức khánh thành, sẵn sàng cho Hội chợ Thương mại Xuân "
                     "tỉnh Bắc Giang lần thứ 5.")
    assert ("Hội chợ Thương mại Xuân tỉnh Bắc Giang lần thứ 5", "fair", None) in events
    assert any(kind == "ceremony" and date == "2024-04-02" for _, kind, date in events)


def test_a_field_after_trong_linh_vuc_is_the_meetings_topic():
    events = _events("Ngày 9/5/2024, Sở Công Thương tổ chức hội thảo chia sẻ kinh nghiệm trong lĩnh vực chế biến gỗ "
                     "xuất khẩu cho 80 doanh nghiệp.")
    assert events == [("hội thảo chia sẻ kinh nghiệm trong lĩnh vực chế biến gỗ xuất khẩu", "workshop", "2024-05-09")]


def test_a_ceremony_of_commercial_running_is_an_inauguration():
    record = process_text("Sáng 12/6/2023, Tập đoàn X tổ chức Lễ vận hành thương mại Nhà máy điện khí Nhơn Trạch 3.",
                          settings=SETTINGS)
    assert [(e.name, e.subtype, e.date) for e in record.events] == [
        ("Lễ vận hành thương mại Nhà máy điện khí Nhơn Trạch 3", "inauguration", "2023-06-12")]
    assert process_text("Nhà máy sẽ vận hành thương mại vào năm 2026 và hòa lưới điện quốc gia.", settings=SETTINGS).events == []


def test_a_headline_in_capitals_yields_the_name_to_the_bodys_spelling():
    text = ("HỘI CHỢ NÔNG SẢN AN TOÀN TỈNH BẮC NINH NĂM 2023\n\n"
            "Sở Công Thương tổ chức Hội chợ nông sản an toàn tỉnh Bắc Ninh năm 2023 từ ngày 5 đến 9/10/2023.")
    assert _events(text) == [("Hội chợ nông sản an toàn tỉnh Bắc Ninh năm 2023", "fair", "2023-10-05")]
