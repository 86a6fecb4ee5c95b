"""Shapes read on real pages in the forty-fourth session: a form of address between a foreign leader's post and name
(`Thủ tướng Campuchia Samdech Techo Hun Sen` kept the honorific in the name), a body set after the name of a title
that named none (`Tham tán Thương mại Lê Phú Cường, Thương vụ Việt Nam tại Philippines` lost the body), and a bare
department given the province of the sentence before, which named two (`giữa tỉnh Nghệ An và tỉnh Lâm Đồng`)."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _officials(text: str) -> dict[str, tuple[str, str | None]]:
    return {o.name: (o.title, o.province) for o in process_text(text, settings=SETTINGS).officials}


@pytest.mark.parametrize("text,name,title", [
    ("Thủ tướng Campuchia Samdech Techo Hun Sen sẽ chủ trì lễ khánh thành chợ biên giới.", "Hun Sen", "Thủ tướng Campuchia"),
    ("Chủ tịch Quốc hội Campuchia Samdech Heng Samrin đã tiếp đoàn công tác.", "Heng Samrin",
     "Chủ tịch Quốc hội Campuchia"),
    ("Bộ trưởng Thương mại Malaysia Datuk Seri Tengku Zafrul Aziz cho biết hai bên sẽ mở rộng hợp tác.",
     "Tengku Zafrul Aziz", "Bộ trưởng Thương mại Malaysia"),
    ("Đại sứ Nhật Bản Ngài Yamada Takio cho biết doanh nghiệp Nhật muốn đầu tư thêm.", "Yamada Takio", "Đại sứ Nhật Bản"),
])
def test_a_form_of_address_between_post_and_name_is_neither_the_name_nor_the_body(text, name, title):
    assert _officials(text) == {name: (title, None)}


@pytest.mark.parametrize("text,name,title", [
    ("Tại hội chợ năm nay, Tham tán Thương mại Lê Phú Cường, Thương vụ Việt Nam tại Philippines, cho biết đã kết nối "
     "doanh nghiệp.", "Lê Phú Cường", "Tham tán Thương mại Thương vụ Việt Nam tại Philippines"),
    ("Phó Giám đốc Trần Văn Bình, Trung tâm Khuyến công tỉnh Nghệ An, cho biết năm nay có 20 đề án.", "Trần Văn Bình",
     "Phó Giám đốc Trung tâm Khuyến công tỉnh Nghệ An"),
])
def test_a_body_set_after_the_name_completes_a_title_that_named_none(text, name, title):
    assert _officials(text)[name][0] == title


@pytest.mark.parametrize("text,name,title", [
    # the body opens the next clause: no apposition
    ("Giám đốc Nguyễn Văn An, Sở Công Thương phối hợp tổ chức hội nghị.", "Nguyễn Văn An", "Giám đốc"),
])
def test_a_body_that_opens_the_next_clause_is_not_the_title_s(text, name, title):
    assert _officials(text)[name][0] == title


def test_a_bare_department_is_not_placed_by_a_sentence_that_names_two_provinces():
    text = ("Sáng 4/6, tại thành phố Vinh, đã diễn ra Hội nghị kết nối giao thương giữa tỉnh Nghệ An và tỉnh Lâm Đồng.\n"
            "Tham dự hội nghị có các đồng chí: Phạm Văn Hóa - Giám đốc Sở Công Thương và Hoàng Trọng Hiền - Giám đốc Sở "
            "Công Thương tỉnh Lâm Đồng.")
    found = _officials(text)
    assert found["Phạm Văn Hóa"] == ("Giám đốc Sở Công Thương", None)
    assert found["Hoàng Trọng Hiền"][1] == "Lâm Đồng"


def test_a_bare_department_takes_the_one_province_the_sentence_before_names():
    text = ("Sáng 4/6, UBND tỉnh Nghệ An tổ chức hội nghị kết nối giao thương.\n"
            "Tham dự hội nghị có đồng chí Phạm Văn Hóa - Giám đốc Sở Công Thương.")
    assert _officials(text)["Phạm Văn Hóa"][1] == "Nghệ An"


def test_a_body_listed_with_other_subjects_after_the_name_is_not_the_title_s():
    text = "Theo Thứ trưởng Nguyễn Thị Nghĩa, Ban Bí thư Trung ương Đảng, Thủ tướng đã có chỉ thị về giáo dục đạo đức."
    assert "Ban Bí thư" not in _officials(text)["Nguyễn Thị Nghĩa"][0]


def test_lower_case_words_an_acronym_in_brackets_stands_for_are_the_body_s_name():
    text = "Cùng dự có Tiến sĩ George Chamberlain, Chủ tịch Trung tâm Thủy sản có trách nhiệm (TCRS) của Hoa Kỳ, Trưởng đoàn."
    assert _officials(text)["George Chamberlain"][0].startswith("Chủ tịch Trung tâm Thủy sản có trách nhiệm (TCRS)")


def test_a_sentence_that_opens_with_a_province_places_its_bare_provincial_posts():
    text = ("Hội nghị xúc tiến đầu tư diễn ra tại Hậu Giang với sự tham dự của UBND tỉnh Hậu Giang.\n"
            "Tỉnh Bến Tre tham dự có ông Nguyễn Hữu Lập - Phó chủ tịch UBND tỉnh cùng đại diện lãnh đạo các sở.")
    assert _officials(text)["Nguyễn Hữu Lập"] == ("Phó chủ tịch UBND tỉnh Bến Tre", "Bến Tre")


def test_a_post_in_a_foreign_region_has_no_province_but_a_district_named_like_a_country_keeps_it():
    text = ("Khai mạc hội chợ tại Quảng Ninh. Tham dự có ông Lê Văn Ánh, Phó Chủ tịch UBND tỉnh Quảng Ninh; bà Hồ Hiểu Ninh, "
            "Phó Giám đốc Sở Thương mại Quảng Tây.")
    found = _officials(text)
    assert found["Hồ Hiểu Ninh"][1] is None and found["Lê Văn Ánh"][1] == "Quảng Ninh"
    assert _officials("Tại Bình Định, ông Nguyễn Văn Dũng, Chủ tịch UBND huyện Phù Mỹ cho biết.")["Nguyễn Văn Dũng"][1] == "Bình Định"


def test_a_bare_title_takes_the_body_its_holder_is_introduced_as_representing():
    text = ("Tham dự có Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn - Trần Thanh Nam; Đại diện Tổng lãnh sự quán Australia "
            "– bà Karen Lanyon, Tham tán Nông nghiệp; Đại sứ quán Australia – bà Amy Guihot.")
    found = _officials(text)
    assert found["Karen Lanyon"][0] == "Tham tán Nông nghiệp Tổng lãnh sự quán Australia"
    assert found["Trần Thanh Nam"][0] == "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"


def test_a_branch_of_two_provinces_is_placed_in_neither_alone():
    text = "Dự có ông Đỗ Đình Hiệu, Giám đốc VCCI - Chi nhánh Thanh Hóa - Ninh Bình; đại diện lãnh đạo Hiệp hội Doanh nghiệp tỉnh."
    assert _officials(text)["Đỗ Đình Hiệu"][1] is None
    assert _officials("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu cho biết.")["Nguyễn Văn An"][1] == "Bà Rịa - Vũng Tàu"


def test_a_body_s_name_that_lists_its_fields_in_capitals_is_whole():
    text = "Ông Bùi Duy Quang, Phó Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch thành phố Hà Nội cho biết."
    assert _officials(text)["Bùi Duy Quang"] == (
        "Phó Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch thành phố Hà Nội", "Hà Nội")



def test_the_youth_union_abbreviated_is_no_surname():
    # forty-fifth session, set P55: `T.Ư Đoàn` opened the name (`Đoàn Nguyễn Đắc Vinh`)
    assert _officials("Tham dự có Bí thư thứ nhất T.Ư Đoàn Nguyễn Thanh Hà.") == {"Nguyễn Thanh Hà": ("Bí thư thứ nhất T.Ư Đoàn", None)}


@pytest.mark.parametrize("text,name,title", [
    # the delegation's body, whose name lists its fields, completes the bare post of who leads it (set P58)
    ("Ngày 15/5, Đoàn công tác Ủy ban Văn hóa, Giáo dục của Quốc hội do Phó Chủ nhiệm Trần Văn Hòa làm Trưởng đoàn đã làm việc "
     "với tỉnh.", "Trần Văn Hòa", "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội"),
    # two bodies listed: the one right before `do` (not both)
    ("Đoàn công tác Sở Công Thương, Sở Tài chính do Phó Giám đốc Lê Văn Bình làm trưởng đoàn đã làm việc với huyện.",
     "Lê Văn Bình", "Phó Giám đốc Sở Tài chính"),
    # the delegation named after the role it leads (set P59)
    ("Ngày 13/2, Thứ trưởng Trần Thanh Nam dẫn đầu đoàn công tác Bộ NN-PTNT đến thăm Hiệp hội Gỗ Bình Dương.",
     "Trần Thanh Nam", "Thứ trưởng Bộ NN-PTNT"),
])
def test_a_delegations_body_completes_its_leaders_post(text, name, title):
    assert _officials(text)[name][0] == title
