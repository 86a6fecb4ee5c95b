"""Shapes from the blind verdicts of sets P143 to P152 (s59), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import SETTINGS

HEAD = "Tin nhanh\n"  # a headline line, so that the sentence under test is read as the body's


def _officials(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    record = process_text(HEAD + text, settings=SETTINGS)
    return {o.name: (o.title, o.organization, o.province) for o in record.officials}


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    record = process_text(HEAD + text, settings=SETTINGS)
    return [(e.name, e.date, e.date_end, e.location) for e in record.events]


@pytest.mark.parametrize(("sentence", "name", "title", "body"), [
    ("Phó Giám đốc kiêm Kế toán trưởng Công ty CP Cơ khí Hà Bắc - bà Lê Thị Hoa cho biết đơn hàng tăng.", "Lê Thị Hoa",
     "Phó Giám đốc kiêm Kế toán trưởng Công ty CP Cơ khí Hà Bắc", "Công ty CP Cơ khí Hà Bắc"),
    ("Tổng Giám đốc kiêm Chủ tịch HĐQT Công ty TNHH Máy nông nghiệp Sông Công – ông Phạm Đức Vinh phát biểu.",
     "Phạm Đức Vinh", "Tổng Giám đốc kiêm Chủ tịch HĐQT Công ty TNHH Máy nông nghiệp Sông Công",
     "Công ty TNHH Máy nông nghiệp Sông Công"),
])
def test_a_kiem_chain_before_a_dash_and_the_name_is_one_title(sentence: str, name: str, title: str, body: str) -> None:
    got = _officials(sentence)
    assert got[name][:2] == (title, body)


@pytest.mark.parametrize(("sentence", "name", "body"), [
    ("Giám đốc Công ty CP Cơ khí Hà Bắc - bà Lê Thị Hoa cho biết đơn hàng tăng.", "Lê Thị Hoa", "Công ty CP Cơ khí Hà Bắc"),
    ("Chủ tịch HĐQT Công ty TNHH Đúc Minh Tâm, ông Đỗ Văn Lực giới thiệu dây chuyền mới.", "Đỗ Văn Lực",
     "Công ty TNHH Đúc Minh Tâm"),
])
def test_a_body_ending_like_a_name_before_the_introduced_holder(sentence: str, name: str, body: str) -> None:
    got = _officials(sentence)
    assert list(got) == [name] and got[name][1] == body
