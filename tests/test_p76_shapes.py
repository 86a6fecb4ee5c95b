"""Events from the verdicts of set P76 (s49), on sentences of our own: the programme `Nông thôn mới` keeps its `mới` in a
name; a page's date stamp opening a sentence names no work of a passive ceremony."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def _names(text: str) -> list[str]:
    return [e.name for e in process_text(text, settings=SETTINGS).events]


def test_nong_thon_moi_keeps_its_moi():
    assert _names("Sáng 12/11, huyện tổ chức Hội nghị tổng kết 10 năm xây dựng Nông thôn mới giai đoạn 2011-2020.") == [
        "Hội nghị tổng kết 10 năm xây dựng Nông thôn mới giai đoạn 2011-2020"]


def test_a_date_stamp_names_no_work_of_a_passive_ceremony():
    assert all("09" not in name for name in _names(" date 2021-09 Dự án đã được khởi công trong ngày hôm nay, 15/9."))


def test_a_works_planned_start_is_no_ceremony():
    assert _names("Tỉnh đang triển khai khởi công thực hiện dự án đường ven biển Quảng Ninh - Hải Phòng vào quý IV/2024, "
                  "góp phần kết nối vùng.") == []
    assert _names("Sáng 5/3/2024, tỉnh đã khởi công dự án đường ven biển Quảng Ninh - Hải Phòng.") == [
        "khởi công dự án đường ven biển Quảng Ninh - Hải Phòng"]
