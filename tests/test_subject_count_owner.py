"""A count whose counted noun alone says little takes what its clause says of the things counted
(`pipeline/facts/subject_count_owner.py`, and the words after the counted noun in `subject_counts.py`)."""

from __future__ import annotations

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


@pytest.mark.parametrize("text,figure,expected", [
    # the topic that has the things counted
    ("Trong đó, nhà đầu tư Hưng Thịnh có 12 dự án.", "12 dự án", "dự án của nhà đầu tư Hưng Thịnh"),
    ("Lớp tập huấn kế toán sẽ khai giảng vào tuần tới với 25 học viên.", "25 học viên", "học viên của Lớp tập huấn kế toán"),
    # a place that has them: where they are
    ("Theo trưởng bản, bản Na Hối có khoảng 90 hộ.", "khoảng 90 hộ", "hộ ở bản Na Hối"),
    # the topic is the people counted
    ("Người Mông ở Lào Cai có hơn 250 nghìn người.", "hơn 250 nghìn người", "Người Mông ở Lào Cai"),
    ("Riêng những hộ làm nghề dệt chiếu trong xã cũng có khoảng 40 hộ.", "khoảng 40 hộ", "hộ làm nghề dệt chiếu trong xã"),
    # a number the clause opens with, restated after a verb of result (not the place the clause names)
    ("Số người mất tích sau trận lũ quét tại xã Nậm Lúc đã tăng lên 17 người.", "17 người", "người mất tích"),
    # where they live
    ("Làng chài Cửa Vạn từng là nơi sinh sống của hơn 700 người.", "hơn 700 người", "người sinh sống ở Làng chài Cửa Vạn"),
    # whose, right after the counted noun
    ("Ông đã đọc báo cáo của hơn 300 dự án của Quỹ Toàn cầu ở châu Phi.", "hơn 300 dự án", "dự án của Quỹ Toàn cầu"),
    # where things are, right after the counted noun
    ("Khách dễ lạc giữa 600 gian hàng ở Hội chợ Xuân Cần Thơ.", "600 gian hàng", "gian hàng ở Hội chợ Xuân Cần Thơ"),
    # lives taken without `của`
    ("Vụ sạt lở cướp đi sinh mạng 14 người.", "14 người", "người thiệt mạng"),
    # a verb complete without the place it goes on with
    ("Mỗi ngày có khoảng 9.000 người lưu thông qua bến phà Cát Lái.", "khoảng 9.000 người", "người lưu thông"),
])
def test_a_count_takes_what_its_clause_says(text, figure, expected):
    assert expected in (_subjects(text)[figure] or "")  # (`Số người mất tích sau ...` says it too)


@pytest.mark.parametrize("text,figure,never", [
    # whom a verb deals with is not what the topic has
    ("Đoàn công tác đã làm việc với 20 người dân.", "20 người", "của Đoàn công tác"),
    # whose ends with its nouns: the verb after them is the clause's own
    ("Chỉ có 40 hộ tại 3 thôn của xã được nhận bò giống.", "40 hộ", "được nhận"),
    # a subordinate clause's topic has nothing of the main clause
    ("Công ty được thành lập khi thị trấn có 3.000 hộ.", "3.000 hộ", "Công ty"),
])
def test_no_owner_where_the_clause_gives_none(text, figure, never):
    assert never not in (_subjects(text).get(figure) or "")
