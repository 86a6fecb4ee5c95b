"""Events, dates and officials from the verdicts of set P71 (s49), on sentences of our own: farm produce the tagger takes
for a verb stays in an event's name (`Festival thanh long`); a bare `sáng nay` on a page with no date is the day the
article glossed (`sáng nay (21/10)`); two numbers joined by a dash inside a body's name are part of it (`HTX Muối 1-5
Ninh Diêm`, `Công ty May 19-5`)."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def test_farm_produce_the_tagger_takes_for_a_verb_stays_in_a_name():
    names = [e.name for e in process_text("Năm nay, lần đầu tiên huyện sẽ tổ chức Festival thanh long.", settings=SETTINGS).events]
    assert names == ["Festival thanh long"]
    names = [e.name for e in process_text("Sáng 5/6, tỉnh khai mạc Ngày hội vải thiều Lục Ngạn năm 2024.", settings=SETTINGS).events]
    assert names == ["Ngày hội vải thiều Lục Ngạn năm 2024"]


def test_a_bare_sang_nay_is_the_day_the_article_glossed():
    text = ("Sáng nay (14/9/2024), Bộ trưởng đã dự lễ khánh thành Nhà máy chế biến chè Mộc Châu.\n\n"
            "Chiều nay, Bộ trưởng cũng dự Hội thi pha chè “Tinh hoa trà Việt” tại thị trấn Mộc Châu.")
    events = {e.name: e.date for e in process_text(text, settings=SETTINGS).events}
    assert events["Hội thi pha chè “Tinh hoa trà Việt”"] == "2024-09-14"
    # with no gloss in the article, a bare relative day on an undated page dates nothing
    alone = process_text("Chiều nay, Bộ trưởng cũng dự Hội thi pha chè “Tinh hoa trà Việt” tại thị trấn Mộc Châu.", settings=SETTINGS)
    assert [e.date for e in alone.events] == [None]


def test_two_numbers_joined_by_a_dash_inside_a_name_are_part_of_it():
    officials = {o.name: o.title for o in process_text("Ông Lê Văn Tám, Chủ nhiệm HTX Muối 1-5 Ninh Diêm cho biết giá muối "
                                                       "đã tăng.", settings=SETTINGS).officials}
    assert officials["Lê Văn Tám"] == "Chủ nhiệm HTX Muối 1-5 Ninh Diêm"
    officials = {o.name: o.title for o in process_text("Viện kiểm sát đề nghị cho Lê Thị Hoa - nguyên Chủ tịch HĐQT Công ty "
                                                       "Minh Phát 30-36 tháng tù.", settings=SETTINGS).officials}
    assert officials["Lê Thị Hoa"] == "nguyên Chủ tịch HĐQT Công ty Minh Phát"  # (a sentence's months, no part of the name)
