"""The province of a district, town or city a post names (`districts.py`, from underthesea's address data), and the
province an official takes from it when the post names no province."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.facts.districts import district_province
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


@pytest.mark.parametrize(("place", "province"), [
    ("UBND huyện Mường Khương", "Lào Cai"),
    ("Phòng Kinh tế và Hạ tầng thị xã Ngã Năm", "Sóc Trăng"),
    ("Thành ủy Tam Kỳ", "Quảng Nam"),
    ("Huyện ủy Krông Búk", "Đắk Lắk"),
    ("UBND TP Long Xuyên", "An Giang"),
    ("UBND quận Ngũ Hành Sơn", "Đà Nẵng"),
    ("UBND huyện Ea H'leo", "Đắk Lắk"),  # (an apostrophe in the name)
    ("UBND huyện Quảng Ninh", "Quảng Bình"),  # a district named like another province lies in its own
    ("xã Tân Phú, huyện Đồng Phú", "Bình Phước"),  # the district after the commune
])
def test_a_district_town_or_city_lies_in_one_province(place, province):
    found = district_province(place)
    assert found is not None and found.name == province


@pytest.mark.parametrize("place", ["UBND huyện", "Công ty Bình Minh", "UBND huyện Vạn Lý Trường", "Sở Công Thương"])
def test_no_named_district_places_nothing(place):
    assert district_province(place) is None


def test_a_name_several_provinces_share_takes_the_one_the_article_names():
    assert district_province("UBND huyện Châu Thành") is None  # (ten provinces have one)
    assert district_province("UBND huyện Châu Thành", "Sáng 3/5, tại tỉnh Trà Vinh, ...").name == "Trà Vinh"
    assert district_province("UBND huyện Châu Thành", "tỉnh Trà Vinh và tỉnh Bến Tre") is None  # (two of them named)


@pytest.mark.parametrize(("text", "name", "province"), [
    ("Ông Hoàng Văn Minh, Chủ tịch UBND huyện Mường Khương, cho biết huyện đã hỗ trợ 12 hộ làm nghề rèn.", "Hoàng Văn Minh", "Lào Cai"),
    ("Bí thư Thành ủy Tam Kỳ Nguyễn Minh Nam cắt băng khai trương điểm giới thiệu sản phẩm OCOP.", "Nguyễn Minh Nam", "Quảng Nam"),
    ("Bà Lý Thị Hồng, Phó Chủ tịch UBND thị xã Ngã Năm, phát biểu tại phiên chợ nông sản.", "Lý Thị Hồng", "Sóc Trăng"),
    ("Ông Trần Văn Hùng, Phó Chủ tịch UBND huyện Quảng Ninh, cho biết toàn huyện có 9 làng nghề.", "Trần Văn Hùng", "Quảng Bình"),
    # a district in two provinces, and the article names neither: no province rather than a guess
    ("Ông Phạm Văn Hòa, Chủ tịch UBND huyện Châu Thành, cho biết huyện có 14 sản phẩm OCOP.", "Phạm Văn Hòa", None),
])
def test_an_official_of_a_district_takes_its_province(text, name, province):
    officials = process_text(text, settings=SETTINGS).officials
    assert [(o.name, o.province) for o in officials] == [(name, province)]


def test_a_provincial_post_takes_the_province_of_the_districts_its_paragraph_names_before_it():
    text = ("Lai Châu khai mạc Lễ hội Trà\n\nTối 12/4, UBND huyện Tân Uyên tổ chức khai mạc Lễ hội Trà lần thứ nhất. Dự có ông "
            "Lê Văn Lương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đại diện thị xã Sa Pa (Lào Cai), tỉnh Sơn La và tỉnh Yên Bái.")
    officials = process_text(text, settings=SETTINGS).officials
    assert [(o.name, o.province) for o in officials] == [("Lê Văn Lương", "Lai Châu")]
    # districts of two provinces before the post: no guess
    two = text.replace("UBND huyện Tân Uyên tổ chức", "UBND huyện Tân Uyên và thị xã Sa Pa tổ chức")
    assert [o.province for o in process_text(two, settings=SETTINGS).officials] == [None]
