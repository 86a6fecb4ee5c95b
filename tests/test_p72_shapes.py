"""Figures and events from the verdicts of set P72 (s49), on sentences of our own: a measure after a work the firm
before it runs or invests in is the work's (`Công ty X được cấp phép vận hành Nhà máy Y, công suất ...`); an adverb of
manner ends a fair's name (`Phiên chợ Tết | chủ yếu được tổ chức ...`)."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS, subjects


def test_a_measure_after_the_work_a_firm_runs_is_the_works():
    found = subjects("Công ty CP Điện gió Hướng Hóa được cấp phép vận hành Nhà máy điện gió Hướng Linh 4, công suất 30 MW, "
                     "tổng vốn đầu tư 1.200 tỷ đồng.")
    assert found["30 MW"] == "công suất của Nhà máy điện gió Hướng Linh 4"
    assert found["1.200 tỷ đồng"] == "tổng vốn đầu tư của Nhà máy điện gió Hướng Linh 4"
    found = subjects("Công ty này đề xuất đầu tư dự án điện mặt trời Phước Hữu ở xã Phước Hữu với công suất thiết kế 50 MW.")
    assert found["50 MW"] == "công suất thiết kế của dự án điện mặt trời Phước Hữu"
    assert subjects("Công ty X có vốn điều lệ 500 tỷ đồng.")["500 tỷ đồng"] == "vốn điều lệ của Công ty X"


def test_an_adverb_of_manner_ends_a_fairs_name():
    names = [e.name for e in process_text("Năm nay, Phiên chợ Xuân biên giới chủ yếu được tổ chức tại các xã vùng cao vào ngày "
                                          "20/1/2025.", settings=SETTINGS).events]
    assert names == ["Phiên chợ Xuân biên giới"]
