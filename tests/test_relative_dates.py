"""Relative dates resolved by dateparser against the publication date, at their own precision."""

from datetime import date

import pytest

from pipeline.facts.relative_dates import find

PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("Tuần trước, Sở Công Thương tỉnh Nghệ An đã họp bàn kế hoạch.", "2024-05-08", "day"),
    ("Tháng trước, nhà máy điện mặt trời được đóng điện.", "2024-04", "month"),
    ("Năm ngoái, tổng vốn đầu tư đạt 560 tỷ đồng.", "2023", "year"),
    ("Năm nay, tỉnh dự kiến hỗ trợ 20 cơ sở.", "2024", "year"),
    ("Hội chợ khai mạc 3 ngày trước tại Cần Thơ.", "2024-05-12", "day"),
    ("Đoàn công tác đã làm việc với doanh nghiệp 2 tuần trước.", "2024-05-01", "day"),
    ("Dự án được khởi công 2 năm trước.", "2022", "year"),
])
def test_relative_dates_resolve_against_publication(text, value, precision):
    found = list(find(text, PUBLISHED))
    assert [(v, p) for _, _, v, p in found] == [(value, precision)]
    start, end, _, _ = found[0]
    assert text[start:end].lower().split()[-1] in ("trước", "ngoái", "nay")


@pytest.mark.parametrize("text", [
    "Doanh thu tăng 12% so với cùng kỳ năm trước.",  # the baseline of a comparison
    "Nhà máy khởi công 2 năm trước khi có quy hoạch.",  # before another event, not before publication
    "Dự án đã treo 17 năm nay.",  # a duration
    "Nhiều năm nay, làng nghề gặp khó khăn.",
    "Tháng trước đó, công ty đã ký hợp đồng.",
])
def test_not_dates_counted_from_publication(text):
    assert list(find(text, PUBLISHED)) == []


def test_nothing_without_a_publication_date():
    assert list(find("Năm ngoái, tỉnh đạt 3 tỷ đồng.", None)) == []


def test_dates_stage_reports_relative_dates():
    from pipeline.facts.dates import in_sentence
    from pipeline.language.analysis import Sentence

    text = "Năm ngoái, ngày 11/10, tỉnh tổ chức hội chợ; tháng trước tỉnh khai mạc hội nghị."
    sentence = Sentence(text=text, start=0, end=len(text), paragraph=0, tokens=())
    facts = {(d.text, d.value, d.precision) for d in in_sentence(sentence, PUBLISHED)}
    assert ("Năm ngoái", "2023", "year") in facts
    assert ("tháng trước", "2024-04", "month") in facts
    assert ("ngày 11/10", "2024-10-11", "day") in facts
