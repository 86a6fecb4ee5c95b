"""Sittings told by `họp phiên` (`event_sittings.py`), in the shape the thirty-sixth session found on real government
news: the body, the verb and which sitting, dated by the day that opens the sentence, joined by a bare `phiên họp X`."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None = "2023-06-02") -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, published=published, settings=SETTINGS).events]


def test_a_body_that_sits_is_a_named_sitting_dated_by_its_sentence():
    assert _events("Ngày 1/6, Chính phủ họp phiên thường kỳ tháng 5/2023 dưới sự chủ trì của Thủ tướng.") == [
        ("phiên họp thường kỳ tháng 5/2023 của Chính phủ", "2023-06-01")]
    assert _events("Sáng nay, Ủy ban Thường vụ Quốc hội họp phiên thứ 24 để cho ý kiến về dự án luật.") == [
        ("phiên họp thứ 24 của Ủy ban Thường vụ Quốc hội", "2023-06-02")]


def test_a_bare_sitting_elsewhere_in_the_article_joins_the_named_one():
    events = _events("Ngày 1/6, Chính phủ họp phiên thường kỳ tháng 5/2023.\n\n"
                     "Phát biểu tại phiên họp Chính phủ, Thủ tướng yêu cầu đẩy mạnh giải ngân vốn đầu tư công.")
    assert events == [("phiên họp thường kỳ tháng 5/2023 của Chính phủ", "2023-06-01")]


def test_a_meeting_without_a_sitting_word_is_no_sitting():
    assert _events("Các bộ đã họp bàn phương án điều hành giá xăng dầu.") == []


def test_a_sitting_named_only_by_its_number_takes_the_body_that_holds_it():
    from pipeline import process_text
    from pipeline.settings import Settings

    text = "Sáng 28/6, HĐND tỉnh Yên Bái khóa XIX tổ chức kỳ họp thứ nhất để bầu các chức danh chủ chốt của nhiệm kỳ mới."
    events = process_text(text, published="2021-06-29", settings=Settings(min_chars=10, min_vietnamese=0.0)).events
    assert [(e.name, e.date) for e in events] == [("kỳ họp thứ nhất HĐND tỉnh Yên Bái khóa XIX", "2021-06-28")]


def test_a_monthly_sitting_keeps_its_month_in_its_name_and_is_dated_by_its_day():
    """`phiên họp Chính phủ thường kỳ tháng 3-2019 sáng nay 2-4`: the month says which sitting, the day dates it."""
    from pipeline import process_text
    from pipeline.settings import Settings

    text = "Thủ tướng phát biểu khai mạc phiên họp Chính phủ thường kỳ tháng 5-2020 sáng nay 2-6."
    events = process_text(text, published="2020-06-02", settings=Settings(min_chars=10, min_vietnamese=0.0)).events
    assert [(e.name, e.date) for e in events] == [("phiên họp Chính phủ thường kỳ tháng 5-2020", "2020-06-02")]
