"""Events a page tells apart in shapes the twenty-eighth session found merged or misdated on real pages: two works
begun on different days are two groundbreakings though both are a `Khu`; a short name's days given to the long name
that holds it; a page's stamp (`22/12/2019 | 21:08`) run into its lead is not the event's day."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None) -> dict[str, str | None]:
    return {e.name: e.date for e in process_text(text, published=published, settings=SETTINGS).events}


def test_two_works_begun_on_different_days_are_two_groundbreakings():
    events = _events(
        "Sáng 12/6, tại huyện Phù Cát, Công ty CP Đầu tư Hòa Phát tổ chức lễ khởi công Khu công nghiệp Hòa Hội.\n\n"
        "Trước đó, Khu công nghiệp Phù Mỹ đã khởi công vào ngày 20/1/2024, ông Nguyễn Văn Bình cho biết.", "2024-06-12")
    assert events["lễ khởi công Khu công nghiệp Hòa Hội"] == "2024-06-12"
    assert events.get("khởi công Khu công nghiệp Phù Mỹ") == "2024-01-20"


def test_one_work_named_twice_in_a_caption_stays_one_groundbreaking():
    events = _events(
        "Sáng 12/6, Công ty CP Đầu tư Hòa Phát tổ chức lễ khởi công Khu công nghiệp Hòa Hội.\n\n"
        "Nghi thức khởi công Khu công nghiệp Hòa Hội.", "2024-06-12")
    assert events == {"lễ khởi công Khu công nghiệp Hòa Hội": "2024-06-12"}


def test_the_long_name_takes_the_days_its_short_name_gives():
    events = _events(
        "Theo kế hoạch, Festival Biển Nha Trang dự kiến diễn ra từ ngày 9-12/6/2023 tại TP. Nha Trang với các hoạt động "
        "chính: Lễ khai mạc Festival Biển Nha Trang - Khánh Hòa năm 2023; hội chợ ẩm thực.", None)
    assert events.get("Festival Biển Nha Trang - Khánh Hòa năm 2023") == "2023-06-09"


def test_a_page_stamp_run_into_the_lead_is_not_the_event_s_day():
    events = _events("Triển lãm tranh lụa\n22/12/2019 | 21:08Chiều 21/12, tại Đà Lạt, UBND thành phố khai mạc triển lãm "
                     "tranh lụa Bảo Lộc.", None)
    assert events.get("triển lãm tranh lụa Bảo Lộc") == "2019-12-21"


def test_a_range_told_as_lasting_from_now_ends_on_its_day():
    record = process_text("Sáng 2/6, Ngày hội Trái cây do Sở Công Thương tỉnh Tiền Giang tổ chức chính thức diễn ra tại Mỹ Tho. "
                          "Ngày hội Trái cây kéo dài từ nay đến ngày 5/6.", published=None, settings=SETTINGS)
    assert [(e.date, e.date_end) for e in record.events] == [("--06-02", "--06-05")]


def test_an_item_of_a_festival_that_runs_into_the_next_month_takes_its_year():
    events = _events("Lễ hội sầu riêng Krông Pắc lần thứ II năm 2024 diễn ra từ ngày 31/8 đến 2/9/2024 với nhiều hoạt động "
                     "như: Hội thi nông dân sản xuất sầu riêng giỏi; Hội chợ sản phẩm OCOP.", "2024-07-20")
    assert events["Lễ hội sầu riêng Krông Pắc lần thứ II năm 2024"] == "2024-08-31"
    assert events["Hội thi nông dân sản xuất sầu riêng giỏi"] == "2024"


def test_a_festival_that_hosts_a_fair_takes_its_month_not_its_days():
    events = _events("Hội chợ OCOP năm 2024 diễn ra từ ngày 9 - 17/11/2024 tại TP. Sóc Trăng.\n\nNhờ lồng ghép Hội chợ OCOP năm "
                     "2024 vào Lễ hội Oóc Om Bóc, hội chợ thu hút đông khách.", "2024-12-21")
    assert events["Hội chợ OCOP năm 2024"] == "2024-11-09"
    assert events["Lễ hội Oóc Om Bóc"] == "2024-11"


def test_a_headline_s_description_takes_the_body_s_numbered_name():
    events = _events("Ninh Sơn tổ chức lễ hội quảng bá trái cây đặc sản\n\nTối 16/6, tại thị trấn Tân Sơn đã diễn ra Lễ hội "
                     "trái cây lần thứ I năm 2023 của huyện Ninh Sơn.", None)
    assert events == {"Lễ hội trái cây lần thứ I năm 2023": "2023-06-16"}


def test_a_headline_s_second_half_after_an_edition_is_no_part_of_the_name():
    events = _events("Lễ hội Trái cây lần thứ nhất: Đất lành sinh trái ngọt\n\nHàng nghìn du khách đổ về huyện Khánh Sơn dự "
                     "Lễ hội Trái cây lần thứ nhất, trong hai ngày 17 và 18-8-2022.", None)
    assert "Lễ hội Trái cây lần thứ nhất" in events


def test_a_bare_head_told_before_the_event_s_name_lends_it_its_days():
    record = process_text("Theo kế hoạch số 48/KH-OCOP, Hội chợ sẽ diễn ra từ ngày 28/4/2021 đến ngày 03/5/2021 tại Cung quy hoạch "
                          "Hội chợ và Triển lãm tỉnh Quảng Ninh.\n\nCông tác truyền thông về Hội chợ OCOP Quảng Ninh - Hè năm 2021 "
                          "được chú trọng.", published=None, settings=SETTINGS)
    assert [(e.name, e.date, e.date_end) for e in record.events] == [
        ("Hội chợ OCOP Quảng Ninh - Hè năm 2021", "2021-04-28", "2021-05-03")]  # (and the building is no fair)


def test_a_fair_opened_on_the_eve_of_its_days_ends_on_their_last():
    record = process_text("Hội chợ Xuân Giảng Võ khai mạc vào 19h30 ngày 5/2/2018 và diễn ra từ 06/02 - 12/02/2018 tại Cung Văn "
                          "hóa Hữu nghị Hà Nội.", published=None, settings=SETTINGS)
    assert [(e.date, e.date_end) for e in record.events] == [("2018-02-05", "2018-02-12")]


def test_a_press_conference_that_is_the_clause_s_subject_keeps_its_place():
    record = process_text("Buổi họp báo công bố giới thiệu Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 diễn ra ở TP. Hồ Chí Minh cuối "
                          "tuần qua.", published="2023-02-08", settings=SETTINGS)
    festival = next(e for e in record.events if e.type == "festival")
    assert festival.location is None


def test_a_groundbreaking_told_by_its_verb_on_its_day_is_kept_though_its_object_is_a_list():
    events = _events("Ngày 18/9, tại xã Minh Quân, UBND tỉnh phối hợp với Tập đoàn An Việt Phát khởi công xây dựng nhà máy cưa "
                     "xẻ, sấy gỗ thành phẩm, sản xuất, xuất khẩu gỗ dán.", "2020-09-18")
    assert list(events.values()) == ["2020-09-18"]
