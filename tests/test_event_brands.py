"""A bare event after the brand name it was told by (`pipeline/facts/event_brands.py`; s47, from set P61). The
sentences are written for these tests."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.name, e.type, e.date) for e in process_text(text, published="2024-08-01", settings=SETTINGS).events]


def test_a_bare_event_takes_the_brand_written_before_it():
    text = ("Bà Nguyễn Thị Lan, Phó Giám đốc Trung tâm Xúc tiến thương mại, cho biết DANANG EXPO 2024 dự kiến thu hút hơn 200 "
            "doanh nghiệp với 350 gian hàng. Hội chợ dự kiến diễn ra từ ngày 15 đến 18-9 tại Cung Thể thao Tiên Sơn.")
    assert _events(text) == [("DANANG EXPO 2024", "fair", "2024-09-15")]


def test_a_brand_glued_to_expo_is_a_brand_too():
    text = ("Ban tổ chức cho biết VietnamExpo 2024 sẽ có 500 gian hàng của 20 quốc gia. "
            "Hội chợ dự kiến diễn ra từ ngày 3 đến 6-10 tại Hà Nội.")
    assert _events(text)[0][0] == "VietnamExpo 2024"


def test_two_brands_or_no_brand_leave_the_bare_event_alone():
    two = ("Sau VIETBUILD 2023, ban tổ chức chuẩn bị DANANG EXPO 2024 với 350 gian hàng. "
           "Hội chợ dự kiến diễn ra từ ngày 15 đến 18-9 tại Đà Nẵng.")
    assert _events(two)[0][0] == "Hội chợ"
    none = "Ban tổ chức cho biết có 350 gian hàng. Hội chợ dự kiến diễn ra từ ngày 15 đến 18-9 tại Đà Nẵng."
    assert _events(none)[0][0] == "Hội chợ"


def test_the_brand_is_the_event_s_evidence_as_written():
    text = ("Ban tổ chức cho biết DANANG EXPO 2024 dự kiến thu hút hơn 200 doanh nghiệp. "
            "Hội chợ dự kiến diễn ra từ ngày 15 đến 18-9 tại Cung Thể thao Tiên Sơn.")
    (event,) = process_text(text, published="2024-08-01", settings=SETTINGS).events
    assert text[event.evidence.start:event.evidence.end] == event.name == "DANANG EXPO 2024"
    assert event.name in event.evidence.sentence


def test_the_initials_of_an_authority_and_a_year_are_no_brand():
    text = "Theo UBND 2024, sẽ có 350 gian hàng. Hội chợ dự kiến diễn ra từ ngày 15 đến 18-9 tại Đà Nẵng."
    assert [e.name for e in process_text(text, published="2024-08-01", settings=SETTINGS).events] == ["Hội chợ"]
