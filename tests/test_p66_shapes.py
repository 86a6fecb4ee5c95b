"""Shapes from the verdicts of set P66 (s48: provincial industry news, power plants and grids), tested on sentences of
our own: registered capital is its investor's, a year is no owner, a thermal plant
named by its kind keeps it; a theme after `vì`, a ceremony's objects after `đưa vào hoạt động những`, and the year a
headline gives an event the body writes without it."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS, subjects


def _events(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, title=title, settings=SETTINGS).events]


def test_registered_capital_is_its_investor_s():
    found = subjects("Năm nay, tập đoàn LG cam kết mở rộng đầu tư với tổng vốn đăng ký 1 tỷ USD tại Hải Phòng.")
    assert found["1 tỷ USD"] == "tổng vốn đăng ký của tập đoàn LG"


def test_a_year_is_no_owner():
    found = subjects("Tại Hội nghị xúc tiến đầu tư 2022, UBND tỉnh đã trao chủ trương đầu tư cho 20 nhà đầu tư, với số vốn trên 50.000 tỷ đồng.")
    assert found["trên 50.000 tỷ đồng"] is None or "2022" not in found["trên 50.000 tỷ đồng"]


def test_a_thermal_plant_named_by_its_kind_keeps_it():
    found = subjects("Với công suất 20 MW, dự án nhà máy nhiệt điện đốt bằng bã mía được xây dựng tại huyện Phụng Hiệp.")
    assert found["20 MW"] == "công suất của dự án nhà máy nhiệt điện"


def test_a_theme_after_vi_and_the_works_a_ceremony_puts_into_use():
    assert _events("Sáng 5/3/2023, Bộ Công Thương tổ chức Hội thảo Phát triển năng lượng tái tạo vì tương lai xanh của Việt Nam tại Hà Nội.") == [
        ("Hội thảo Phát triển năng lượng tái tạo vì tương lai xanh của Việt Nam", "2023-03-05")]
    assert _events("Sáng 9/5/2024, Thủ tướng dự lễ khánh thành và đưa vào hoạt động những hạng mục đầu tiên của Khu liên hợp Gang thép Dung Quất.") == [
        ("lễ khánh thành và đưa vào hoạt động những hạng mục đầu tiên của Khu liên hợp Gang thép Dung Quất", "2024-05-09")]


def test_a_headline_s_year_dates_an_event_the_body_writes_without_it():
    body = ("Hội chợ hàng công nghiệp nông thôn tiêu biểu tỉnh Nghệ An được tổ chức với quy mô 200 gian hàng.\n"
            "Các gian hàng trưng bày sản phẩm của 100 doanh nghiệp trong và ngoài tỉnh.")
    events = _events(body, title="Hơn 200 gian hàng tham gia Hội chợ hàng công nghiệp nông thôn tiêu biểu Nghệ An năm 2023")
    assert events == [("Hội chợ hàng công nghiệp nông thôn tiêu biểu tỉnh Nghệ An", "2023")]


def test_one_of_a_kind_is_no_event_and_a_byline_is_no_name():
    # s48, set P67: `một trong số ít hội chợ ...` names a kind; `CTV` after a head is the reporter's byline
    text = ("Bộ trưởng đánh giá cao Hội chợ hàng nông sản quốc tế Quảng Tây 2024; nhấn mạnh đây là một trong số ít hội chợ "
            "lớn cấp quốc gia được tổ chức đầu năm.")
    assert [n for n, _ in _events(text)] == ["Hội chợ hàng nông sản quốc tế Quảng Tây 2024"]
    assert all("CTV" not in n for n, _ in _events("Sáng 5/4/2023, Thứ trưởng Bộ Công Thương chủ trì hội thảo CTV"))
