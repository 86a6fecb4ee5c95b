"""A photo caption's verb written with a capital right after a person's name is no part of the name (forty-third session:
`Nguyễn Hòa Bình Phát biểu tại hội nghị` gave a second official `Nguyễn Hòa Bình Phát` on an unseen real page)."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _names(text: str) -> set[str]:
    return {o.name for o in process_text(text, settings=SETTINGS).officials}


@pytest.mark.parametrize("text,name", [
    ("Chủ tịch UBND tỉnh Trần Văn Lâm Phát biểu tại buổi lễ khánh thành nhà máy.", "Trần Văn Lâm"),
    ("Giám đốc Sở Công Thương Lê Thị Hồng Vân Trao đổi với doanh nghiệp tại hội chợ.", "Lê Thị Hồng Vân"),
    ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên Cắt băng khai mạc hội chợ. Ảnh: TTXVN", "Nguyễn Hồng Diên"),
])
def test_a_caption_verb_is_cut_from_the_name_before_it(text, name):
    assert _names(text) == {name}


def test_a_given_name_spelt_like_the_verb_s_first_syllable_stays():
    assert _names("Giám đốc Sở Công Thương Lê Văn Phát phát biểu tại hội nghị.") == {"Lê Văn Phát"}
