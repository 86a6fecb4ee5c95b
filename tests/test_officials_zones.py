"""A capitalised run after a zone's word is the zone's name, not a person (forty-third session: `KCN Chu Lai` read as a
person `Chu Lai`, a family name and a given name, cut the title `Chủ tịch HĐTV kiêm Giám đốc Công ty ... KCN Chu Lai`)."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _officials(text: str) -> dict[str, str]:
    return {o.name: o.title for o in process_text(text, settings=SETTINGS).officials}


@pytest.mark.parametrize("text,name,title", [
    ("Ông Trần Văn Hòa, Chủ tịch HĐTV kiêm Giám đốc Công ty TNHH MTV Phát triển hạ tầng KCN Chu Lai cho biết như vậy.",
     "Trần Văn Hòa", "Chủ tịch HĐTV kiêm Giám đốc Công ty TNHH MTV Phát triển hạ tầng KCN Chu Lai"),
    ("Bà Lê Thị Mai, Phó Giám đốc Công ty Cổ phần Cảng Cam Ranh, cho biết sản lượng tăng.",
     "Lê Thị Mai", "Phó Giám đốc Công ty Cổ phần Cảng Cam Ranh"),
])
def test_a_zone_s_name_that_looks_like_a_person_stays_in_the_title(text, name, title):
    assert _officials(text) == {name: title}


@pytest.mark.parametrize("text,name,title", [
    ("Ông Lê Văn Bình, Phó Chánh Văn phòng Điều phối xây dựng nông thôn mới tỉnh Nghệ An cho biết, lớp học sẽ mở.",
     "Lê Văn Bình", "Phó Chánh Văn phòng Điều phối xây dựng nông thôn mới tỉnh Nghệ An"),
    ("Tham dự có ông Trần Văn Hải - Bí thư Tỉnh ủy tỉnh Đồng Nai, Tổng lãnh sự quán Nhật Bản tại TP Hồ Chí Minh, đại diện các sở.",
     "Trần Văn Hải", "Bí thư Tỉnh ủy tỉnh Đồng Nai"),
    ("Ông Karel Novak, Trưởng Phòng Kinh tế, Đại sứ quán Cộng hòa Séc tại Việt Nam, cho biết như vậy.",
     "Karel Novak", "Trưởng Phòng Kinh tế, Đại sứ quán Cộng hòa Séc tại Việt Nam"),
])
def test_a_body_s_name_the_programme_it_serves_and_another_attendee_after_a_province(text, name, title):
    assert _officials(text) == {name: title}
