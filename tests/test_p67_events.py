"""Events from the verdicts of set P67 (s49), on sentences of our own: a ceremony named only by the headline's verb and
work (`Khởi công Nhà máy X`) is the ceremony the body writes bare (`Dự lễ khởi công có ...`), dated by the one day
its sentence writes before it."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS

TITLE = "Khánh thành Nhà máy chế biến cà phê Đắk Hà Coffee"


def _events(text: str, title: str | None = TITLE) -> list[tuple[str, str | None]]:
    record = process_text(text, title=title, published="2024-03-02", settings=SETTINGS)
    return [(e.name, e.date) for e in record.events]


def test_a_headline_ceremony_is_the_bodys_bare_one():
    body = "Tham dự lễ khánh thành có lãnh đạo tỉnh và các sở, ngành.\n\nNhà máy có công suất 20.000 tấn mỗi năm."
    assert _events(body) == [(TITLE, None)]


def test_the_bare_mention_dates_it_by_the_day_its_sentence_opens_with():
    body = "Sáng 1/3, tại lễ khánh thành, Giám đốc công ty cho biết nhà máy có công suất 20.000 tấn mỗi năm."
    assert _events(body) == [(TITLE, "2024-03-01")]


def test_a_bare_rite_word_without_lễ_makes_no_event():
    body = "Nhà máy được khánh thành, có công suất 20.000 tấn mỗi năm và tạo việc làm cho 300 lao động."
    assert all(name != TITLE for name, _ in _events(body))


def test_a_centre_named_for_fairs_is_the_work_a_ceremony_opens():
    names = [name for name, _ in _events("Sáng 5/6, thành phố khánh thành Trung tâm Hội nghị và Triển lãm Bình Dương "
                                         "giai đoạn 2.", title=None)]
    assert names == ["khánh thành Trung tâm Hội nghị và Triển lãm Bình Dương giai đoạn 2"]
    names = [name for name, _ in _events("Chiều 5/6, tỉnh tổ chức lễ khởi công Nhà Triển lãm C của tỉnh.", title=None)]
    assert names == ["lễ khởi công Nhà Triển lãm C của tỉnh"]


def test_a_fair_held_at_a_centre_is_still_the_fair():
    names = [name for name, _ in _events("Hội chợ Nông sản Tây Nguyên 2024 diễn ra từ ngày 5/6 đến 9/6 tại Trung tâm Hội "
                                         "chợ Triển lãm tỉnh.", title=None)]
    assert names == ["Hội chợ Nông sản Tây Nguyên 2024"]
