"""Ceremonies and fairs the forty-seventh session's blind judges (set P60) found cut or undated: a work owned by a list
of firms keeps the whole list in its ceremony's name (`pipeline/facts/event_owners.py`), a passive ceremony's work is
read past the amount that describes it and over `và` between two nouns of its name, and a fair opened `tại` a long venue
takes the day written after it (`được khai mạc tại ..., TP.HCM vào ngày 14-8`). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text):
    return process_text(text, settings=SETTINGS).events


@pytest.mark.parametrize("text, name", [
    ("Chiều 12/9, Lễ khởi công Nhà máy sản xuất linh kiện điện tử của các Công ty: TNHH Sunrise Tech, TNHH Kỳ Anh Vina "
     "và TNHH Delta Parts đã diễn ra tại Khu công nghiệp Quế Võ.",
     "Lễ khởi công Nhà máy sản xuất linh kiện điện tử của các Công ty: TNHH Sunrise Tech, TNHH Kỳ Anh Vina và TNHH Delta Parts"),
    ("Sáng 4/3, Lễ khánh thành nhà xưởng của Công ty TNHH Minh Long và Công ty TNHH Sao Việt được tổ chức tại Long An.",
     "Lễ khánh thành nhà xưởng của Công ty TNHH Minh Long và Công ty TNHH Sao Việt"),
])
def test_a_work_owned_by_listed_firms_keeps_them_all(text, name):
    assert [e.name for e in _events(text)] == [name]


def test_a_list_of_firms_does_not_run_into_a_lowercase_clause():
    (event,) = _events("Sáng 4/3, Lễ khánh thành nhà xưởng của Công ty TNHH Minh Long, ông Trần Văn Hải phát biểu.")
    assert event.name == "Lễ khánh thành nhà xưởng của Công ty TNHH Minh Long"


def test_a_passive_ceremony_reads_its_work_past_the_amount_that_describes_it():
    (event,) = _events("Sáng 9/10, dự án xây dựng nhà máy sấy và bảo quản nông sản Tân Phú tổng vốn đầu tư 120 tỷ đồng "
                       "chính thức được khởi công.")
    assert (event.name, event.date) == ("khởi công dự án xây dựng nhà máy sấy và bảo quản nông sản Tân Phú", "--10-09")


def test_a_fair_opened_at_a_long_venue_takes_the_day_after_it():
    (event,) = _events("Hơn 400 doanh nghiệp đã tham gia Triển lãm quốc tế Máy nông nghiệp lần thứ 5 (Agri Machinery "
                       "Vietnam – 2019) được khai mạc tại Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), quận 7, TP.HCM vào ngày 14-8.")
    assert event.date.endswith("-08-14")


@pytest.mark.parametrize("text, name", [
    # a short Latin name in brackets a few words on: the words between are the rest of the name
    ("Ngày 12/6, Triển lãm Quốc tế ngành thực phẩm, đồ uống và bao bì Đà Nẵng (Danang Food Pack) đã khai mạc tại Đà Nẵng.",
     "Triển lãm Quốc tế ngành thực phẩm, đồ uống và bao bì Đà Nẵng (Danang Food Pack)"),
    ("Hội chợ quốc tế lần thứ 9 về thiết bị và công nghệ ngành gỗ và nội thất (VietnamWood 2024) diễn ra từ ngày 5 - 8/9/2024.",
     "Hội chợ quốc tế lần thứ 9 về thiết bị và công nghệ ngành gỗ và nội thất (VietnamWood 2024)"),
    # two works of one head joined by `và`: one ceremony over both
    ("Ngày 9/8, Tập đoàn Điện lực tổ chức khánh thành Nhà máy thủy điện Sông Bung 2 và Nhà máy thủy điện Sông Bung 4 tại Quảng Nam.",
     "khánh thành Nhà máy thủy điện Sông Bung 2 và Nhà máy thủy điện Sông Bung 4"),
    # the named work ends before the project it belongs to
    ("Sáng 2/4, Công ty Cổ phần Mía đường Lam Sơn khởi công xây dựng Nhà máy đường Lam Sơn 2 thuộc dự án chế biến mía đường "
     "và điện sinh khối tại huyện Thọ Xuân.", "khởi công xây dựng Nhà máy đường Lam Sơn 2"),
    # no object ends on a verb whose complement was cut
    ("Sáng 8-4, Công ty TNHH Thái Dương đã khởi công xây dựng nhà máy sản xuất chai nhựa cung cấp cho các hãng nước giải khát "
     "tại khu công nghiệp Long Hậu.", "khởi công xây dựng nhà máy sản xuất chai nhựa"),
])
def test_where_a_work_or_a_glossed_name_ends(text, name):
    assert [e.name for e in _events(text)] == [name]


def test_a_bracket_after_a_clause_word_does_not_join_the_name():
    (event,) = _events("Ngày 12/6, Triển lãm Quốc tế ngành thực phẩm đã khai mạc tại Trung tâm Hội chợ (Ariyana Convention Centre).")
    assert event.name == "Triển lãm Quốc tế ngành thực phẩm"


def test_a_quoted_word_of_a_passive_work_stays_in_its_name():
    (event,) = _events("Sáng 2/4, nhà máy “xanh” Sữa Mộc Châu chính thức khánh thành, trở thành nhà máy sữa hiện đại nhất vùng.")
    assert event.name == "khánh thành nhà máy “xanh” Sữa Mộc Châu"


@pytest.mark.parametrize("text, name", [
    # a signing's object goes on to the party it is signed with, after `với` or `cùng`
    ("Đầu năm 2023, UBND tỉnh Hậu Giang đã ký kết biên bản ghi nhớ hợp tác với Công ty Cổ phần Tập đoàn Sao Mai với tổng vốn "
     "2.000 tỷ đồng.", "ký kết biên bản ghi nhớ hợp tác với Công ty Cổ phần Tập đoàn Sao Mai"),
    ("Chiều 9/11, UBND tỉnh Bến Tre đã ký kết biên bản ghi nhớ cùng các nhà đầu tư Nhật Bản để nghiên cứu đầu tư điện gió.",
     "ký kết biên bản ghi nhớ cùng các nhà đầu tư Nhật Bản"),
    # two heads of one event joined by a dash: one event, not the second head's piece too
    ("Sáng 14/9, Triển lãm – Hội chợ Hàng mây tre đan Quảng Ninh 2023 khai mạc tại Hạ Long.",
     "Triển lãm – Hội chợ Hàng mây tre đan Quảng Ninh 2023"),
])
def test_p62_event_names(text, name):
    assert [e.name for e in _events(text)] == [name]
