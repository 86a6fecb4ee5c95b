"""Figures and event dates from the verdicts of sets P68 and P69 (s49), on sentences of our own.

Figures: the amount a change starts from (`từ A lên B`) measures what the amount it ends at measures; a time lead with no
comma (`Hiện`, `Hiện nay`, `Năm nay`) does not hide the measure after it; a count inside a measure's owner (`của hai
dự án`) stays in it; a share a name reaches of a target (`Tây Ninh đạt 100% chỉ tiêu ...`) is the target's, owned by
the name. Events: a date the span `Từ tháng X đến nay` opens is no event's date, and a plan about an event (`về tổ
chức`, `công tác tổ chức`) does not date it."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS, subjects


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, settings=SETTINGS).events]


def test_the_amount_a_change_starts_from_measures_what_it_ends_at():
    found = subjects("Công ty nâng công suất lò nung từ 500 tấn/ngày lên 800 tấn/ngày.")
    assert found["từ 500 tấn"] == found["800 tấn"] == "công suất lò nung"


def test_a_time_lead_without_comma_does_not_hide_the_measure():
    assert subjects("Hiện nay diện tích chè của huyện đạt 3.200 ha.")["3.200 ha"] == "diện tích chè của huyện"
    assert subjects("Hiện diện tích hồ tiêu đạt khoảng 16.000 ha.")["khoảng 16.000 ha"] == "diện tích hồ tiêu"


def test_a_count_inside_a_measures_owner_stays_in_it():
    assert subjects("Tổng vốn đầu tư của hai nhà máy là 1.200 tỷ đồng.")["1.200 tỷ đồng"] == "Tổng vốn đầu tư của hai nhà máy"
    # but `một` is an article, not a count: `của một chủ hàng` is whom the goods come from
    assert subjects("Bà Lan mua cà phê của một thương lái ở Đắk Lắk với giá 45.000 đồng/kg.")["45.000 đồng"] != "giá thương lái ở Đắk Lắk"


def test_a_share_of_a_target_is_the_targets_owned_by_the_name():
    found = subjects("Năm 2023, Lâm Đồng đạt 95% chỉ tiêu thu ngân sách, tăng 3% so với năm trước.")
    assert found["95%"] == "chỉ tiêu thu ngân sách của Lâm Đồng"
    assert subjects("Doanh thu đạt 105% kế hoạch năm.")["105%"] == "Doanh thu so với kế hoạch"  # a measure keeps its own
    assert subjects("Từ đầu năm, lượt khách ước đạt 2 triệu lượt, đạt 60% kế hoạch.")["60%"] != "kế hoạch của lượt khách"


def test_a_date_that_opens_a_span_to_now_dates_no_event():
    assert _events("Từ tháng 3-2022 đến nay, Diễn đàn kết nối cung cầu nông sản đã tổ chức 9 phiên.") == [
        ("Diễn đàn kết nối cung cầu nông sản", None)]


def test_a_plan_about_an_event_does_not_date_it():
    events = _events("Ngày 5/3/2024, Sở Công Thương đã ban hành kế hoạch số 45/KH-SCT về tổ chức Hội chợ hàng Việt tỉnh "
                     "Hà Nam năm 2024.")
    assert events == [("Hội chợ hàng Việt tỉnh Hà Nam năm 2024", "2024")]
