"""Shapes from the blind verdicts of sets P161 and P162 (s60) and P163 onwards (s61), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import HEAD, SETTINGS


def _posts(text: str) -> list[tuple[str, str | None, str | None]]:
    record = process_text(HEAD + text, settings=SETTINGS)
    return [(o.name, o.title, o.organization) for o in record.officials]


@pytest.mark.parametrize(("sentence", "name", "organization"), [
    ("Anh Lê Văn Minh, Bí thư Đoàn Thanh niên xã Tân Lập, cho biết xã có 12 mô hình kinh tế.", "Lê Văn Minh",
     "Đoàn Thanh niên xã Tân Lập"),
    ("Ông Hà Quang Đức, Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh Yên Bái, đề nghị hỗ trợ doanh nghiệp.", "Hà Quang Đức",
     "Đoàn Đại biểu Quốc hội tỉnh Yên Bái"),
    ("Bà Trịnh Thu Hà, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, dự hội nghị.", "Trịnh Thu Hà",
     "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
])
def test_a_body_whose_first_word_is_a_family_name_is_no_person(sentence: str, name: str, organization: str) -> None:
    got = _posts(sentence)
    assert [o[0] for o in got] == [name]
    assert got[0][2] == organization


@pytest.mark.parametrize(("sentence", "organization"), [
    ("Bà Vũ Thị Lan, Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh Thái Bình, phát biểu tại hội nghị.",
     "Ban Vì sự tiến bộ của phụ nữ tỉnh Thái Bình"),
    ("Ông Đỗ Văn Hải, Phó Trưởng ban Vì sự tiến bộ phụ nữ huyện Kim Sơn, cho biết như vậy.",
     "Ban Vì sự tiến bộ phụ nữ huyện Kim Sơn"),
])
def test_the_committee_for_the_advancement_of_women_keeps_its_whole_name(sentence: str, organization: str) -> None:
    got = _posts(sentence)
    assert [o[2] for o in got] == [organization]
