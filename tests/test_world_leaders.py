"""A foreign leader's bare post takes the leader's country (`lexicons/world_leaders.tsv`), and nothing else does."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.facts.world_leaders import country_of
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


@pytest.mark.parametrize("name,title,country", [
    ("Donald Trump", "Tổng thống", "Mỹ"), ("Donald Trump", "tổng thống", "Mỹ"), ("Theresa May", "Thủ tướng", "Anh"),
    ("Moon Jae In", "Tổng thống", "Hàn Quốc"), ("Bashar al - Assad", "Tổng thống", "Syria"), ("Trump", "Tổng thống", "Mỹ"),
    ("Tập Cận Bình", "Chủ tịch", "Trung Quốc"), ("Lavrov", "Ngoại trưởng", "Nga"), ("Taro Kono", "Ngoại trưởng", "Nhật Bản"),
    ("Ri Yong - ho", "Ngoại trưởng", "Triều Tiên"),
])
def test_a_listed_leaders_bare_post_is_of_their_country(name, title, country):
    assert country_of(name, title) == country


@pytest.mark.parametrize("name,title", [
    ("Donald Trump", "Chủ tịch"),  # not one of his posts (a company's chairman)
    ("Nguyễn Xuân Phúc", "Thủ tướng"),  # Viet Nam's own
    ("John Smith", "Tổng thống"),  # nobody the lexicon lists
    ("Theresa May", "Tổng thống"),
    ("Donald Trump Jr", "Tổng thống"),  # a full name that is not the listed one
])
def test_no_country_for_anyone_else(name, title):
    assert country_of(name, title) is None


def test_the_record_says_the_country_and_no_province():
    record = process_text("Tờ báo cho biết Tổng thống Donald Trump không biết gì về việc này. Thủ tướng Nguyễn Xuân Phúc "
                          "cũng phát biểu tại hội nghị.", settings=SETTINGS)
    found = {o.name: (o.title, o.organization, o.province) for o in record.officials}
    assert found["Donald Trump"] == ("Tổng thống Mỹ", "Mỹ", None)
    assert found["Nguyễn Xuân Phúc"][0] == "Thủ tướng"


def _officials(text: str) -> dict[str, str]:
    return {o.name: o.title for o in process_text(text, settings=SETTINGS).officials}


@pytest.mark.parametrize("text,name,title", [
    # s42: a Sino-Vietnamese rendering after a bare post reads as no Vietnamese name; the lexicon knows the person
    ("Tổng thống Philippines nói sẽ trao đổi với Chủ tịch Tập Cận Bình trong chuyến thăm tới.", "Tập Cận Bình", "Chủ tịch Trung Quốc"),
    ("Bắc Kinh cam kết siết an toàn lao động. Chủ tịch nước này Tập Cận Bình từng nói đó là bài học.", "Tập Cận Bình",
     "Chủ tịch Trung Quốc"),
    # a lower-case `lãnh đạo` before the country, for a leader whose post is `nhà lãnh đạo`
    ("Tổng thống Mỹ chỉ trích lãnh đạo Triều Tiên Kim Jong-un trong bài phát biểu.", "Kim Jong-un", "lãnh đạo Triều Tiên"),
])
def test_a_listed_leader_after_one_of_their_posts_is_an_official(text, name, title):
    assert _officials(text).get(name) == title


@pytest.mark.parametrize("text,name", [
    ("Công ty chọn ông làm chủ tịch Donald Trump Jr cho biết.", "Donald Trump"),  # not one of his posts
    ("Thủ tướng Nhật Bản gặp lãnh đạo Hàn Quốc Kim Jong-un tại Seoul.", "Kim Jong-un"),  # a country not his
])
def test_a_listed_name_after_another_post_or_country_is_no_leader(text, name):
    assert name not in _officials(text)
