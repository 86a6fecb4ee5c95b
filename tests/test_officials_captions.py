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


def _titles(text: str) -> dict[str, str]:
    return {o.name: o.title for o in process_text(text, settings=SETTINGS).officials}


@pytest.mark.parametrize("text,name,title", [
    ("(Đồng chí Nguyễn Anh Tuấn, Giám đốc điều hành giới thiệu thành phẩm nguyên liệu thuốc lá)", "Nguyễn Anh Tuấn",
     "Giám đốc điều hành"),
    ("Ông Trần Minh Đức, Tổng giám đốc kiểm tra dây chuyền sản xuất mới của nhà máy.", "Trần Minh Đức", "Tổng giám đốc"),
])
def test_a_caption_s_act_after_a_bare_title_is_no_body_of_it(text, name, title):
    assert _titles(text)[name] == title


def test_a_title_with_its_body_still_ends_before_the_caption_s_act():
    text = "Ông Lê Văn Hải, Giám đốc Công ty Cổ phần Ngân Sơn giới thiệu sản phẩm với đoàn công tác."
    assert _titles(text)["Lê Văn Hải"] == "Giám đốc Công ty Cổ phần Ngân Sơn"
