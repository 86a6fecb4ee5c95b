"""Event names judged as a whole (`pipeline/facts/event_extent.py`), on sentence cases of our own.

The sentence gate (`test_sentences.py`) matches an event by containment; here the ev5 cases of
`tests/data/sentences.jsonl` must give exactly their events: the same names, types and dates, nothing more.
"""

from __future__ import annotations

import json

import pytest

from pipeline import process_text
from pipeline.language.analysis import analyse, split_sentences
from pipeline.settings import Settings
from tests.conftest import DATA

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)
CASES = [c for c in (json.loads(line) for line in (DATA / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
                     if line.strip()) if c["kind"] == "event" and c.get("note", "").startswith(("ev5", "NEGATIVE ev5"))]


def test_there_are_cases_for_every_rule():
    assert len(CASES) >= 25
    assert sum(not c["expect"] for c in CASES) >= 9  # negatives measure precision


@pytest.mark.parametrize("case", CASES, ids=[c["note"][:60] for c in CASES])
def test_events_exactly(case):
    record = process_text(case["text"], published=case["published"], settings=SETTINGS)
    got = sorted((e.name, e.type, e.date) for e in record.events)
    want = sorted((e["name"], e["type"], e["date"]) for e in case["expect"])
    assert got == want, case["note"]


def test_a_name_cut_where_it_goes_on_is_kept_only_as_a_weak_mention_that_later_mentions_join():
    text = ("Tối 3/7, huyện tổ chức hội chợ đặc sản và giới thiệu hàng nông nghiệp tại sân vận động. "
            "Hội chợ kéo dài đến ngày 10/7.")
    assert process_text(text, published="2024-07-04", settings=SETTINGS).events == []


def test_a_short_name_that_is_still_a_name_stays():
    text = "Sáng 12/5, Sở Công Thương khai mạc Hội chợ OCOP Quảng Trị và giới thiệu đặc sản miền núi tại Đông Hà."
    names = [e.name for e in process_text(text, published="2024-05-13", settings=SETTINGS).events]
    assert names == ["Hội chợ OCOP Quảng Trị"]


@pytest.mark.parametrize("text, pieces", [
    ("Saigon Co.op mở siêu thị Co.opMart Bến Lức. Ngày mai khai trương.", 2),
    ("Tập đoàn khởi công GO! Bình Phước tại phường Tân Phú. Dự án rộng 2 ha.", 2),
    ("Thật tuyệt vời! Ngày mai chúng tôi trở lại.", 2),
    ("Công ty ABC! Năm nay lãi lớn.", 1),
    ("Kết quả đạt mức khá.Năm 2021, tỉnh triển khai 9 đề án.", 2),  # a missing space still ends a sentence
])
def test_sentences_are_not_broken_inside_brand_names(text, pieces):
    spans = [text[s:e] for s, e, _ in split_sentences(text)]
    assert len(spans) == pieces, spans
    assert "".join(spans).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text,paragraphs", [
    ("Sở Công Thương phối hợp\nvới Thành đoàn tổ chức lễ mít tinh.\nTham dự có 300 đoàn viên.", 2),  # a wrapped line
    ("Hội chợ OCOP 2024\nKhai mạc sáng nay tại Vinh.", 2),  # a headline before a lead: a capital goes on
    ("Doanh thu tăng 12%.\nthị trường vẫn khó.", 2),  # a sentence's end is a paragraph's end
    ("Sở Công Thương phối hợp\n\nvới Thành đoàn.", 2),  # a blank line between is a paragraph break
])
def test_a_line_wrapped_inside_a_sentence_is_one_paragraph(text, paragraphs):
    spans = list(split_sentences(text))
    assert len({p for _, _, p in spans}) == paragraphs, [text[s:e] for s, e, _ in spans]
    assert all("\n" not in text[s:e] or text[s:e].count("\n") == 1 for s, e, _ in spans)


def test_a_text_scattered_one_word_per_line_is_read_as_running_text():
    """A page whose text came one word per line still gives its sentences, people and events."""
    from pipeline.facts import dates, events, officials

    running = ("Sáng 7.11.2016, Phó Chủ tịch UBND huyện Nguyễn Văn Tâm khai mạc Phiên chợ Hàng Việt về nông thôn "
               "tại huyện U Minh. Phiên chợ có 40 gian hàng.")
    scattered = "Tin tức\n\n" + "\n".join(running.split())
    spans = list(split_sentences(scattered))
    assert len({p for _, _, p in spans}) == 2  # the heading, then one paragraph of running text
    assert len(spans) == 3
    analysis = analyse(scattered)
    assert [" ".join(e.name.split()) for e in events.extract(analysis, dates.extract(analysis, "2016-11-08"))] == [
        "Phiên chợ Hàng Việt về nông thôn"]  # the name as written, over its lines
    assert [o.name for o in officials.extract(analysis)] == ["Nguyễn Văn Tâm"]
    # short lines that are a list, not scattered words, stay lines of their own
    listed = "Thành phần:\n- Sở Công Thương\n- Sở Tài chính\n- UBND huyện"
    assert len({p for _, _, p in split_sentences(listed)}) == 4


@pytest.mark.parametrize("text, published, want", [
    # a person named with a post right after the head ends the name, honorific and all; a bare head is no event
    ("Tại buổi Lễ Công bố Bà Trần Thị Hoa – Phó Chủ tịch UBND huyện Kim Sơn nhấn mạnh ý nghĩa của danh hiệu.",
     "2024-05-02", []),
    # a quotation that opens with `Hội nghị này` points back to a meeting named before: no title
    ("“Hội nghị này nhằm kết nối doanh nghiệp với hệ thống phân phối”, ông Minh cho biết.", "2024-05-02", []),
    # a numbered document's day dates the document, not the meeting the headline names
    ("Hội nghị triển khai kế hoạch hợp tác giữa Sở Công Thương tỉnh Bến Tre và Sở Công Thương tỉnh Trà Vinh\n\n"
     "Theo Thỏa thuận số 112/TT-BT-TV ngày 3/4/2023 của hai tỉnh, ngày 20/6/2024 Sở Công Thương tỉnh Bến Tre đã làm "
     "việc với Sở Công Thương tỉnh Trà Vinh, triển khai kế hoạch hợp tác giữa Sở Công Thương tỉnh Bến Tre và Sở Công "
     "Thương tỉnh Trà Vinh.", "2024-06-25",
     [("Hội nghị triển khai kế hoạch hợp tác giữa Sở Công Thương tỉnh Bến Tre và Sở Công Thương tỉnh Trà Vinh",
       "conference", "2024-06-20")]),
])
def test_names_end_before_a_person_and_documents_date_nothing(text, published, want):
    record = process_text(text, published=published, settings=SETTINGS)
    assert [(e.name, e.type, e.date) for e in record.events] == want


def test_a_month_of_the_year_and_a_day_of_that_month_date_the_event_to_the_day():
    text = ("Khởi công xây dựng chợ Phú Lộc\n\nSáng 12/4, tại xã Phú Lộc, Công ty Thành Công đã khởi công xây dựng chợ "
            "Phú Lộc, quy mô 200 điểm kinh doanh.\n\nTham dự lễ khởi công có lãnh đạo huyện.\n\n"
            "Chợ Phú Lộc khởi công trong tháng 4/2021 và dự kiến hoàn thành trong quý 2/2022.")
    events = process_text(text, published=None, settings=SETTINGS).events
    assert [(e.name, e.date) for e in events] == [("Khởi công xây dựng chợ Phú Lộc", "2021-04-12")]


@pytest.mark.parametrize("text, name", [
    # one more item after a comma that opens with a two-word noun the name already has
    ("Tháng 12 tới, Bắc Kạn sẽ tổ chức tuần lễ miến dong và các sản phẩm OCOP, sản phẩm bản địa tại Hải Phòng.",
     "tuần lễ miến dong và các sản phẩm OCOP, sản phẩm bản địa"),
    # the second word of a pair
    ("Ngày 3/5, doanh nghiệp tham gia hội chợ kết nối sản phẩm OCOP vùng, miền tại Quảng Bình.",
     "hội chợ kết nối sản phẩm OCOP vùng, miền"),
    # the head again after a closed name opens a description
    ("Sáng 25/10, Hội chợ Mùa Xuân lần thứ hai - năm 2026, hội chợ có quy mô lớn nhất từ trước đến nay, khai mạc.",
     "Hội chợ Mùa Xuân lần thứ hai - năm 2026"),
    # a road that joins two places: `với` joins, the second end is part of the name
    ("Chiều 27-3, Phó Thủ tướng dự lễ khánh thành đường nối quốc lộ 1 với Khu công nghiệp Phú Mỹ 3.",
     "lễ khánh thành đường nối quốc lộ 1 với Khu công nghiệp Phú Mỹ 3"),
    # the cost after `với vốn đầu tư` is no part of the name, even when the amount lies past it
    ("Ngày 3/5, Công ty X tổ chức Lễ khởi công Dự án Nhà máy điện rác Long An với vốn đầu tư 1.320 tỷ đồng.",
     "Lễ khởi công Dự án Nhà máy điện rác Long An"),
    # a mistyped edition (`lần thức II`) still closes the name
    ("Sáng 29/5, Hội Hồ tiêu tỉnh Đồng Nai tổ chức Đại hội lần thức II nhiệm kỳ 2024-2029.",
     "Đại hội lần thức II nhiệm kỳ 2024-2029"),
    # `nhân kỷ niệm` opens the occasion, no part of the name (set P57)
    ("Sáng 5/9, Ngày hội Văn hóa các dân tộc tỉnh Lào Cai và nhân kỷ niệm 20 năm thành lập huyện khai mạc.",
     "Ngày hội Văn hóa các dân tộc tỉnh Lào Cai"),
    # a short name with the same head in brackets right after the full one is the same event (set P57)
    ("Ngày 3/6, Hội chợ Thương mại quốc tế Việt - Lào 2024 (Hội chợ Việt - Lào 2024) khai mạc tại Quảng Trị.",
     "Hội chợ Thương mại quốc tế Việt - Lào 2024"),
    # a congress's term goes on past the body's short name in brackets, in numerals and years (set P58)
    ("Sáng 3/6, Đại hội Hiệp hội Gỗ Việt Nam (VIFOREST) nhiệm kỳ V (2024–2029) khai mạc tại Hà Nội.",
     "Đại hội Hiệp hội Gỗ Việt Nam (VIFOREST) nhiệm kỳ V (2024–2029)"),
    # `châu Á` is one capitalised name to the tagger's verb (set P58)
    ("Ngày 3/6, đại biểu tham dự Hội nghị quốc tế lần thứ 3 của Hiệp hội Thép châu Á tại Đà Nẵng.",
     "Hội nghị quốc tế lần thứ 3 của Hiệp hội Thép châu Á"),
    # `mới` of a title before a dash and after `mới -` is an adjective (set P58)
    ("Sáng 5/9, Hội thảo Công nghệ mới - Sản phẩm mới diễn ra tại Hà Nội.", "Hội thảo Công nghệ mới - Sản phẩm mới"),
    # the initials of the words before them in brackets are written inside the name, which goes on (set P57)
    ("Ngày 5/9, Sở tổ chức Hội thi sản phẩm thủ công mỹ nghệ (TCMN) tiêu biểu cấp tỉnh và trao giải tại Huế.",
     "Hội thi sản phẩm thủ công mỹ nghệ (TCMN) tiêu biểu cấp tỉnh"),
])
def test_where_a_name_goes_on_and_where_it_ends(text, name):
    events = process_text(text, published="2026-02-01", settings=SETTINGS).events
    assert [e.name for e in events] == [name]


def test_kinds_of_product_listed_in_a_frame_are_no_events():
    # `OCOP` labels a kind of product, no name: the items of `các hoạt động như:` stay kinds
    text = ("Sáng 29/9, khai mạc Diễn đàn OCOP năm 2024. Trong khuôn khổ diễn đàn còn có các hoạt động như: triển lãm "
            "sản phẩm OCOP, hội thi sản phẩm OCOP tiêu biểu, các hội nghị, hội thảo và ký kết biên bản hợp tác.")
    events = process_text(text, published="2024-09-30", settings=SETTINGS).events
    assert [e.name for e in events] == ["Diễn đàn OCOP năm 2024"]


def test_kinds_listed_with_semicolons_are_no_events():
    text = ("Trong khuôn khổ chương trình, Cà Mau sẽ tổ chức Hội thi gạo ngon ĐBSCL năm 2026 với các hoạt động như: hội "
            "chợ thương mại tổng hợp; hội thảo kết nối sản xuất - tiêu thụ ngành hàng lúa gạo; cuộc thi chế biến món ngon.")
    events = process_text(text, published="2025-12-20", settings=SETTINGS).events
    assert [e.name for e in events] == ["Hội thi gạo ngon ĐBSCL năm 2026"]


@pytest.mark.parametrize("text", [
    # what the event holds, the tagger's noun `bao gồm` (set P57)
    "Diễn đàn bao gồm 3 phiên thảo luận chuyên đề về hạ tầng và chuỗi cung ứng.",
    # what the guests said of it: the verb before `đây là` is the clause's predicate (set P57)
    "Đại diện các hợp tác xã tham dự lễ ra mắt đánh giá đây là cơ hội để mở rộng thị trường.",
    "Các chuyên gia tại hội thảo nhận định thị trường sẽ phục hồi.",
    # a company written short (`Cty`) before a fair's words is the company (set P58)
    "Ông Hùng, Tổng Giám đốc Cty Hội chợ Triển lãm quốc tế Sài Gòn cho biết số doanh nghiệp tăng.",
])
def test_a_head_followed_by_its_clause_names_no_event(text):
    assert process_text(text, published="2026-02-01", settings=SETTINGS).events == []


def test_a_rite_complete_without_an_object_is_a_ceremony_when_held_or_dated():
    """`tổ chức Lễ dâng hương và báo công` (set P58), but not one kind of a list of yearly activities."""
    held = process_text("Sáng 10/3/2025, tại Đền Hùng, Tổng công ty Giấy Việt Nam tổ chức Lễ dâng hương và báo công.",
                        published=None, settings=SETTINGS).events
    assert [(e.name, e.type, e.subtype, e.date) for e in held] == [("Lễ dâng hương và báo công", "ceremony", "anniversary", "2025-03-10")]
    kinds = process_text("Bảo tàng còn tổ chức các hoạt động thường niên như: Lễ dâng hương tưởng nhớ các vua, chương trình Vui tết.",
                         published=None, settings=SETTINGS).events
    assert kinds == []
