"""Figures from the verdicts of sets P72 to P74 (s49), on sentences of our own: `N nghìn M` counts N thousand and M; the
amount a change starts from takes the rate's unit of the amount it ends at (`từ 180 triệu lên 220 triệu sản phẩm/năm`);
a count's predicate reads a passive with its aspect (`dự án đang được triển khai`) and a second thing counted after `và`
(`doanh nghiệp và liên danh xin ...`)."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def _figures(text: str) -> dict[str, tuple[float, str | None, str | None]]:
    return {f.text: (f.value, f.subject, f.per) for f in process_text(text, settings=SETTINGS).figures}


def test_thousands_and_a_remainder_are_one_count():
    figures = _figures("Tổng số lao động của khu công nghiệp là hơn 21 nghìn 450 người.")
    assert figures["hơn 21 nghìn 450 người"][0] == 21450


def test_the_starting_amount_takes_the_rate_of_the_end():
    figures = _figures("Nhà máy nâng công suất từ 150 triệu sản phẩm lên 200 triệu sản phẩm/năm.")
    assert figures["200 triệu sản phẩm"][2] == "năm"
    assert figures["từ 150 triệu sản phẩm"][2] == "năm"


def test_a_counts_predicate_reads_a_passive_with_its_aspect_and_a_second_thing():
    assert _figures("Hiện có 14 dự án đang được triển khai xây dựng, tổng công suất 400 MW.")["14 dự án"][1] == \
        "dự án đang được triển khai xây dựng"
    subject = _figures("Thành phố công khai việc 6 doanh nghiệp và liên danh xin chủ trương đầu tư dự án điện gió.")["6 doanh nghiệp"][1]
    assert subject is not None and subject.startswith("doanh nghiệp và liên danh xin chủ trương đầu tư")


def test_a_sum_a_verb_allots_to_what_cho_names():
    assert _figures("Quảng Trị: Phê duyệt 2,4 tỷ đồng cho chương trình khuyến công địa phương")["2,4 tỷ đồng"][1] == \
        "số tiền phê duyệt cho chương trình khuyến công địa phương"
    assert _figures("Tỉnh bố trí 800 triệu đồng cho các đề án hỗ trợ máy móc.")["800 triệu đồng"][1] == \
        "số tiền bố trí cho các đề án hỗ trợ máy móc"


def test_today_on_a_page_stamped_with_its_month_is_that_month():
    record = process_text(" date 2024-05 Lễ khánh thành Nhà máy may Tiến Thành diễn ra sáng nay tại huyện Kim Bảng.", settings=SETTINGS)
    assert [(e.name, e.date) for e in record.events] == [("Lễ khánh thành Nhà máy may Tiến Thành", "2024-05")]
