"""A share of a noun phrase followed by a predicate measures the part of whom the predicate holds, not the whole
(`pipeline/facts/subject_share_predicate.py`); so does a count of people named by their origin."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


@pytest.mark.parametrize("text,figure,expected", [
    ("Khảo sát cho thấy khoảng 62% số người được hỏi ủng hộ việc cấm xe máy ở nội đô.", "khoảng 62%",
     "số người được hỏi ủng hộ việc cấm xe máy ở nội đô"),
    ("Hiện có 35% hợp tác xã bị thua lỗ kéo dài.", "35%", "hợp tác xã bị thua lỗ kéo dài"),
    ("Theo báo cáo, 80% trẻ em vùng cao là người dân tộc thiểu số.", "80%", "trẻ em vùng cao là người dân tộc thiểu số"),
    ("Có tới 27% doanh nghiệp có kế hoạch mở rộng sản xuất.", "tới 27%", "doanh nghiệp có kế hoạch mở rộng sản xuất"),
    # one predicate of two verbs
    ("Trận lũ khiến 45 người chết và mất tích.", "45 người", "người chết và mất tích"),
    # a count of people named by their origin
    ("Cảnh sát phát hiện hơn 70 người Campuchia đã nhập cảnh trái phép.", "hơn 70 người",
     "người Campuchia đã nhập cảnh trái phép"),
])
def test_the_part_of_whom_the_predicate_holds(text, figure, expected):
    assert _subjects(text)[figure] == expected


@pytest.mark.parametrize("text,figure,never", [
    # a share a verb takes: the predicate after it is the act's
    ("Việc chuyển nhượng 49% cổ phần nhà máy bị kéo dài nhiều tháng.", "49%", "bị kéo dài"),
    # what people say is a clause of its own
    ("Có 58% người dân cho rằng giá điện quá cao.", "58%", "cho rằng"),
    # a condition, then the main clause
    ("Nếu 100% cổ đông đồng ý thì công ty mới được niêm yết.", "100%", "được niêm yết"),
    # a link to another amount is no predicate
    ("Khoảng 30% số vốn là 12 tỷ đồng.", "Khoảng 30%", "là"),
    # a bare number before `đạt` names no part of the share
    ("Năm 2016, lượng khách tham quan vịnh là 3 triệu lượt, đạt 30% công suất khai thác.", "30%", "triệu lượt"),
])
def test_no_predicate_that_is_not_the_parts(text, figure, never):
    assert never not in (_subjects(text).get(figure) or "")


def test_shares_of_one_subject_are_told_apart_by_their_wholes():
    found = figures.extract(analyse(normalize(
        "Chi phí vận chuyển chiếm khoảng 15% giá gạo xuất khẩu và chiếm khoảng 25% giá rau quả, 40% giá hoa tươi.")))
    assert [f.subject for f in found] == ["Chi phí vận chuyển trong giá gạo xuất khẩu", "Chi phí vận chuyển trong giá rau quả",
                                          "Chi phí vận chuyển trong giá hoa tươi"]
    # a plan's shares are no wholes the subject is part of
    found = figures.extract(analyse(normalize("Doanh thu đạt 1.200 tỷ đồng, bằng 55% kế hoạch và 60% dự toán năm.")))
    assert not any(" trong " in (f.subject or "") for f in found)
