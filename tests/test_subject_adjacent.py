"""The attribute written right before a figure says what it measures (`pipeline/facts/subject_adjacent.py`, forty-third
session: a neighbouring measure or a phase was taken on unseen real pages where the sentence writes the figure's own)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


@pytest.mark.parametrize("text,figure,subject", [
    ("Tổng vốn đầu tư nhà máy là 2.300 tỷ đồng với công suất 50 MW.", "50 MW", "công suất của nhà máy"),
    ("Khu công nghiệp có tổng vốn 1.200 tỷ đồng, diện tích 300 ha (giai đoạn 1), công suất xử lý nước thải 5.000 m3.",
     "300 ha", "diện tích của Khu công nghiệp"),
    ("Ở giai đoạn 2, nhà đầu tư sẽ lắp thêm 20 tuabin, với công suất thiết kế 5,5 MW/tuabin.", "5,5 MW", "công suất thiết kế của giai đoạn 2"),
])
def test_the_attribute_before_a_figure_is_what_it_measures_of_its_owner(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure", [
    ("Dự án nhà máy cán thép Hòa Bình tại xã X có vốn đầu tư 900 tỷ đồng, quy mô 150.000 tấn thép / năm.", "150.000 tấn"),
    ("Bị cáo đã lấy trộm chiếc xe máy hiệu Wave, trị giá khoảng 25 triệu đồng.", "khoảng 25 triệu đồng"),
])
def test_the_stuff_after_a_figure_and_a_value_are_not_replaced(text, figure):
    subject = _subjects(text)[figure]
    assert subject is not None and not subject.startswith(("quy mô", "trị giá"))


def test_a_phrase_that_owns_nothing_is_not_made_an_owner():
    subjects = _subjects("Huyện thu hút 120 dự án, phần lớn là du lịch, với diện tích quy hoạch 5.400 ha.")
    assert subjects["5.400 ha"] == "diện tích quy hoạch"


def test_a_name_after_an_acronym_stays_one_word_of_the_tagger():
    # `[à-ỹ]` holds capitals such as `Đ`: `CCN Đại Nghĩa` was split as an acronym glued to a lower-case word
    from pipeline.language.analysis import tag
    text = "Trong đó, CCN Đại Nghĩa 2 có quy mô diện tích hơn 25,5ha, KCN Ấp Bắc có 40 ha."
    assert ("CCN Đại Nghĩa", "Np") in [(t.text, t.pos) for t in tag(text, 0, len(text))]
    assert _subjects(text)["hơn 25,5ha"] == "diện tích của CCN Đại Nghĩa 2"


@pytest.mark.parametrize("text,figure,subject", [
    ("Bắc Ninh: Giá trị sản xuất công nghiệp 9 tháng đầu năm 2024 tăng 12%", "12%", "Giá trị sản xuất công nghiệp của Bắc Ninh"),
    ("Tiền Giang: Kim ngạch xuất khẩu quý I đạt 1,1 tỷ USD", "1,1 tỷ USD", "Kim ngạch xuất khẩu của Tiền Giang"),
    ("Ông Nam: Doanh thu đạt 5 tỷ đồng", "5 tỷ đồng", "Doanh thu"),  # a person's words, no province
])
def test_a_bare_measure_after_a_province_and_a_colon_is_the_province_s(text, figure, subject):
    assert _subjects(text)[figure] == subject
