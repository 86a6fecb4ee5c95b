"""Events a page tells apart in shapes the twenty-eighth session found merged or misdated on real pages: two works
begun on different days are two groundbreakings though both are a `Khu`; a short name's days given to the long name
that holds it; a page's stamp (`22/12/2019 | 21:08`) run into its lead is not the event's day."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None) -> dict[str, str | None]:
    return {e.name: e.date for e in process_text(text, published=published, settings=SETTINGS).events}


def test_two_works_begun_on_different_days_are_two_groundbreakings():
    events = _events(
        "Sáng 12/6, tại huyện Phù Cát, Công ty CP Đầu tư Hòa Phát tổ chức lễ khởi công Khu công nghiệp Hòa Hội.\n\n"
        "Trước đó, Khu công nghiệp Phù Mỹ đã khởi công vào ngày 20/1/2024, ông Nguyễn Văn Bình cho biết.", "2024-06-12")
    assert events["lễ khởi công Khu công nghiệp Hòa Hội"] == "2024-06-12"
    assert events.get("khởi công Khu công nghiệp Phù Mỹ") == "2024-01-20"


def test_one_work_named_twice_in_a_caption_stays_one_groundbreaking():
    events = _events(
        "Sáng 12/6, Công ty CP Đầu tư Hòa Phát tổ chức lễ khởi công Khu công nghiệp Hòa Hội.\n\n"
        "Nghi thức khởi công Khu công nghiệp Hòa Hội.", "2024-06-12")
    assert events == {"lễ khởi công Khu công nghiệp Hòa Hội": "2024-06-12"}


def test_the_long_name_takes_the_days_its_short_name_gives():
    events = _events(
        "Theo kế hoạch, Festival Biển Nha Trang dự kiến diễn ra từ ngày 9-12/6/2023 tại TP. Nha Trang với các hoạt động "
        "chính: Lễ khai mạc Festival Biển Nha Trang - Khánh Hòa năm 2023; hội chợ ẩm thực.", None)
    assert events.get("Festival Biển Nha Trang - Khánh Hòa năm 2023") == "2023-06-09"


def test_a_page_stamp_run_into_the_lead_is_not_the_event_s_day():
    events = _events("Triển lãm tranh lụa\n22/12/2019 | 21:08Chiều 21/12, tại Đà Lạt, UBND thành phố khai mạc triển lãm "
                     "tranh lụa Bảo Lộc.", None)
    assert events.get("triển lãm tranh lụa Bảo Lộc") == "2019-12-21"
