"""Events from the misses of set P73 (s49), on sentences of our own: a session of an intergovernmental committee named
`Khóa họp` is a conference, as `Kỳ họp` and `Phiên họp` are."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def test_a_committee_session_named_khoa_hop_is_a_conference():
    record = process_text("Ngày 20/10/2023, tại Hà Nội đã diễn ra Khóa họp lần thứ 12 Ủy ban liên Chính phủ Việt Nam - Belarus "
                          "về hợp tác kinh tế - thương mại.", settings=SETTINGS)
    assert [(e.name, e.type, e.date) for e in record.events] == [
        ("Khóa họp lần thứ 12 Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế - thương mại", "conference", "2023-10-20")]
    assert process_text("Các học viên của khóa học lần này đều đạt yêu cầu.", settings=SETTINGS).events == []


def test_a_general_assemblys_session_keeps_its_body():
    names = [e.name for e in process_text("Bên lề khóa họp 78 Đại Hội đồng Liên hợp quốc, hai bộ trưởng đã gặp nhau.",
                                          settings=SETTINGS).events]
    assert names == ["khóa họp 78 Đại Hội đồng Liên hợp quốc"]


def test_the_words_after_a_bare_ministry_name_it_and_no_person():
    officials = [o.name for o in process_text("Bộ trưởng sẽ trao đổi với Bộ trưởng Bộ Nông Lâm Ngư nghiệp Nhật Bản về thanh long.",
                                              settings=SETTINGS).officials]
    assert officials == []


def test_a_hyphenated_country_is_no_persons_name():
    officials = {o.name: o.title for o in process_text("Ngày 23-10, đoàn đã làm việc với Bộ trưởng Nguyễn Văn Hải, Chủ tịch Phân ban "
                                                       "Hợp tác Việt Nam-Cu-ba, tại Hà Nội.", settings=SETTINGS).officials}
    assert "Cu-ba" not in officials and "Nguyễn Văn Hải" in officials


def test_an_assistant_or_a_co_chair_keeps_the_word_before_the_post():
    officials = {o.name: o.title for o in process_text("Trợ lý Ngoại trưởng Mỹ John Pratt đã có cuộc gặp với Thứ trưởng Bộ Ngoại giao "
                                                       "Lê Hoài Trung.", settings=SETTINGS).officials}
    assert officials["John Pratt"] == "Trợ lý Ngoại trưởng Mỹ"
    officials = {o.name: o.title for o in process_text("Kỳ họp do Bộ trưởng Bộ Xây dựng - đồng Chủ tịch Ủy ban liên Chính phủ Việt Nam "
                                                       "- Belarus Trần Văn Sơn chủ trì.", settings=SETTINGS).officials}
    assert officials["Trần Văn Sơn"].startswith("đồng Chủ tịch Ủy ban liên Chính phủ")


def test_a_bare_government_is_not_a_foreign_one_the_article_names():
    text = ("Nhận lời mời của Thủ tướng Chính phủ Lê Văn Minh, Thủ tướng Chính phủ nước Cộng hòa Dân chủ nhân dân Lào Sonexay "
            "Siphandone dẫn đầu đoàn đại biểu cấp cao Chính phủ CHDCND Lào thăm Việt Nam.")
    officials = {o.name: o.organization for o in process_text(text, settings=SETTINGS).officials}
    assert officials["Lê Văn Minh"] == "Chính phủ"
