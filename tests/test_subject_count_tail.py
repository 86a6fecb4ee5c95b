"""The last reading of a count no other rule gave a subject (`pipeline/facts/subject_count_tail.py`, fortieth session:
counts left without a subject were the largest class of wrong subjects in blind samples)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in figures.extract(analyse(normalize(text)))]


@pytest.mark.parametrize("text,subject", [
    ("Hiện còn 9 xã chưa có điện lưới quốc gia.", "xã chưa có điện lưới quốc gia"),
    ("Trong đợt lũ, gần 4.000 người đã phải sơ tán khỏi vùng nguy hiểm.", "người đã phải sơ tán khỏi vùng nguy hiểm"),
    ("Cuộc mít tinh diễn ra với sự tham gia của khoảng 20.000 người.", "người tham gia"),
    ("Hơn 800 học viên đang theo học tại các trung tâm của công ty.", "học viên đang theo học tại các trung tâm của công ty"),
    ("Ngành công thương còn 5 dự án không hiệu quả phải xử lý.", "dự án không hiệu quả phải xử lý"),
])
def test_a_count_says_which_ones_by_the_words_after_it(text, subject):
    assert _subjects(text) == [subject]


@pytest.mark.parametrize("text", [
    "Giữa 2 người xảy ra cãi vã.",  # the count in the clause's opening phrase: what follows is the clause's
    "Ngư dân 3 tỉnh lao đao vì giá cá giảm.",  # the fishermen's predicate, not the provinces'
    "Đoàn kiểm tra có 5 người.",  # nothing after the count
    "Có 20 người sáng nay đến thăm.",  # a time after the count
])
def test_nothing_is_guessed_where_the_words_after_a_count_are_not_its_own(text):
    (subject,) = _subjects(text)
    assert subject in ("người", "tỉnh")  # the counted noun alone (none until the forty-sixth session)


def test_a_count_after_the_opening_phrase_is_read():
    assert _subjects("Tại hội nghị có 300 người tham dự đến từ các tỉnh.") == ["người tham dự"]


def test_a_count_in_a_place_of_one_unit():
    """(`của 11 người trong một gia đình ở New Delhi hồi tuần trước`: `một` opens the place's noun; `hồi` a time)"""
    text = "Cảnh sát điều tra cái chết của 9 người trong một gia đình ở Bình Dương hồi tuần trước."
    assert _subjects(text) == ["người trong một gia đình ở Bình Dương"]
