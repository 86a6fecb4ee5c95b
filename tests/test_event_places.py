"""Where an event is and who organises it (`pipeline/facts/event_places.py`): a place stops at a clause word or
after a province's name, and an organiser keeps its brackets whole and stops at `phối hợp`."""
from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _event(text):
    (event,) = process_text(text, published="2024-05-02", settings=SETTINGS).events
    return event


@pytest.mark.parametrize("text, location", [
    ("Sáng 1/5, tại Bến Tre quảng bá đặc sản dừa, tỉnh tổ chức Lễ hội Dừa năm 2024.", "Bến Tre"),
    ("Văn phòng đại diện tại Quảng Nam tổ chức thành công Festival Làng nghề Quảng Nam 2024.", "Quảng Nam"),
    ("Sáng 1/5, Sở Công Thương tổ chức Hội chợ OCOP Thanh Hóa 2024 tại Quảng trường Lam Sơn, thu hút 200 gian hàng.",
     "Quảng trường Lam Sơn"),
])
def test_a_place_ends_where_the_clause_goes_on(text, location):
    assert _event(text).location == location


def test_an_organiser_keeps_its_brackets_and_stops_at_phoi_hop():
    event = _event("Chiều 1/5, Bộ Công Thương (Cục Thương mại điện tử và Kinh tế số), Hiệp hội Thương mại điện tử "
                   "phối hợp tổ chức Hội thảo “Thương mại điện tử xuyên biên giới” tại Hà Nội.")
    assert event.organizers == ["Bộ Công Thương (Cục Thương mại điện tử và Kinh tế số)", "Hiệp hội Thương mại điện tử"]
    assert event.location == "Hà Nội"


def test_a_body_named_with_va_is_one_organiser():
    event = _event("Hội thảo do Bộ Khoa học và Công nghệ và UBND tỉnh Bắc Ninh phối hợp tổ chức sáng 1/5.")
    assert event.organizers == ["Bộ Khoa học và Công nghệ", "UBND tỉnh Bắc Ninh"]


def test_a_fronted_do_names_the_organiser():
    event = _event("Do Sở Công Thương tỉnh Bình Thuận tổ chức, Hội chợ Hàng tiêu dùng Bình Thuận 2019 diễn ra từ ngày 5/9/2019.")
    assert event.organizers == ["Sở Công Thương tỉnh Bình Thuận"]


def test_a_plan_to_hold_an_event_names_no_organiser():
    event = _event("Sở Kế hoạch và Đầu tư báo cáo dự thảo kế hoạch tổ chức Hội nghị Xúc tiến đầu tư tỉnh Gia Lai năm 2023.")
    assert event.organizers == []


def test_an_organiser_is_cut_before_its_other_act():
    # `X tổ chức sơ kết ... kết hợp tổ chức Hội thảo Y`: X, not X and its first act
    event = _event("Sáng 1/5, Hiệp hội Điều Việt Nam tổ chức sơ kết tình hình ngành điều 6 tháng đầu năm kết hợp tổ chức "
                   "Hội thảo “Cơ hội xuất khẩu điều sang EU”.")
    assert event.organizers == ["Hiệp hội Điều Việt Nam"]


@pytest.mark.parametrize("text, parties", [
    ("Sáng 4/5, UBND tỉnh Bến Tre và Hiệp hội Dừa Việt Nam đã ký kết thỏa thuận hợp tác.",
     ["UBND tỉnh Bến Tre", "Hiệp hội Dừa Việt Nam"]),
    ("Sáng 4/5, Tập đoàn Dầu khí Việt Nam (PVN) và Equinor ASA (Na Uy) vừa tổ chức lễ ký kết bản ghi nhớ về điện gió.",
     ["Tập đoàn Dầu khí Việt Nam (PVN)", "Equinor ASA (Na Uy)"]),
    ("Sáng 4/5, Bộ trưởng Nguyễn Văn A và Bộ trưởng Lê Văn B đã ký kết biên bản ghi nhớ về thương mại.", []),  # people
])
def test_the_parties_of_a_signing_are_its_organisers(text, parties):
    assert _event(text).organizers == parties


@pytest.mark.parametrize("text, bodies", [
    # an adverb after the body is no part of it
    ("Sáng 1/5, Tổng công ty Điện lực miền Bắc (EVNNPC) cũng tổ chức Lễ khánh thành Trạm biến áp 220kV Bảo Thắng.",
     ["Tổng công ty Điện lực miền Bắc (EVNNPC)"]),
    # a body that assigns the event to another: both bodies, not one run on over `giao cho`
    ("Hội thi Sản phẩm OCOP tỉnh Yên Bái 2024 do UBND tỉnh Yên Bái giao cho Sở Công Thương tỉnh Yên Bái tổ chức từ "
     "ngày 3/5.", ["UBND tỉnh Yên Bái", "Sở Công Thương tỉnh Yên Bái"]),
    # capitalised names listed inside one body's name
    ("Sáng 1/5, Ban Quản lý các dự án ADB, WB và JICA tỉnh Sóc Trăng vừa tổ chức Hội chợ nông sản an toàn Sóc Trăng.",
     ["Ban Quản lý các dự án ADB, WB và JICA tỉnh Sóc Trăng"]),
    # `tỉnh này`: which province, the record cannot say
    ("Tại Bến Tre, sáng 1/5, Sở Công Thương tỉnh này đã phối hợp UBND huyện Giồng Trôm tổ chức phiên chợ hàng Việt "
     "về nông thôn năm 2024.", ["UBND huyện Giồng Trôm"]),
])
def test_an_organiser_is_a_whole_body_and_only_one(text, bodies):
    assert _event(text).organizers == bodies


@pytest.mark.parametrize("text, bodies, location", [
    # a body named before a comma and `tổ chức`, with its acronym; the sentence's last dot is no part of the place
    ("Ngày 2-5, Hiệp hội Cà phê Ca cao Việt Nam (Vicofa), tổ chức Đại hội đại biểu nhiệm kỳ VII tại TP HCM.",
     ["Hiệp hội Cà phê Ca cao Việt Nam (Vicofa)"], "TP HCM"),
    # a branch of an association, and a trade union, hold their own events
    ("Sáng 1/5, Chi hội doanh nghiệp huyện Đạ Huoai tổ chức Đại hội lần thứ hai, nhiệm kỳ 2024-2029.",
     ["Chi hội doanh nghiệp huyện Đạ Huoai"], None),
    ("Sáng 1/5, Công đoàn ngành Công Thương tỉnh Nghệ An tổ chức Hội thi thợ giỏi năm 2024.",
     ["Công đoàn ngành Công Thương tỉnh Nghệ An"], None),
    # `Ban chỉ đạo` is a body's name, not the verb `chỉ đạo` that ends one
    ("Sáng 1/5, tại Hà Nội, Văn phòng Ban chỉ đạo Tiết kiệm năng lượng - Bộ Công Thương tổ chức Lễ trao giải “Giải "
     "thưởng hiệu quả năng lượng năm 2024”.", ["Văn phòng Ban chỉ đạo Tiết kiệm năng lượng - Bộ Công Thương"], "Hà Nội"),
])
def test_an_organiser_before_a_comma_or_of_a_branch(text, bodies, location):
    event = _event(text)
    assert (event.organizers, event.location) == (bodies, location)


def test_an_event_joined_by_ket_hop_has_the_organisers_of_the_one_before():
    text = ("Sáng 1/5, Hội Doanh nghiệp huyện Cần Giuộc tổ chức Đại hội lần thứ III, nhiệm kỳ 2024 - 2029, kết hợp "
            "lễ kỷ niệm 15 năm thành lập.")
    events = process_text(text, published="2024-05-02", settings=SETTINGS).events
    assert [(e.type, e.organizers) for e in events] == [("congress", ["Hội Doanh nghiệp huyện Cần Giuộc"]),
                                                         ("ceremony", ["Hội Doanh nghiệp huyện Cần Giuộc"])]


@pytest.mark.parametrize("text, bodies, location", [
    # a time before the body that organises
    ("Sáng 29/4 Hội Doanh nghiệp huyện Châu Thành đã tổ chức Đại hội lần thứ III nhiệm kỳ 2024-2029.",
     ["Hội Doanh nghiệp huyện Châu Thành"], None),
    # who approved is no organiser
    ("Ngày 1/5, tại Hà Nội, được sự đồng ý của Bộ Nội vụ, Bộ Công Thương, Hiệp hội Điều Việt Nam tổ chức Đại hội bất "
     "thường năm 2024.", ["Hiệp hội Điều Việt Nam"], "Hà Nội"),
    # a mission abroad named with its country is no place of the event; `nhà ở` is housing, no `ở` of place
    ("Ngày 1/5, Tổng Công ty Đất đai và nhà ở Hàn Quốc phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc tổ chức hội nghị "
     "trực tuyến doanh nghiệp toàn cầu năm 2024.", None, None),
])
def test_organisers_after_a_time_not_approvers_and_no_mission_place(text, bodies, location):
    event = _event(text)
    assert event.location == location
    if bodies is not None:
        assert event.organizers == bodies


@pytest.mark.parametrize("text, bodies", [
    # the headline names the fair; the lead says who holds it
    ("Hội chợ Công Thương Phú Yên năm 2024 tại TP Tuy Hòa\n\nSáng 1/5, Sở Công Thương tỉnh Phú Yên phối hợp với UBND TP "
     "Tuy Hòa tổ chức Hội chợ Công Thương Phú Yên năm 2024.", ["Sở Công Thương tỉnh Phú Yên", "UBND TP Tuy Hòa"]),
    # `Ban tổ chức` is a committee's name, not the verb that ends a body
    ("Sáng 1/5, Ban tổ chức lễ hội đã tổ chức Lễ hội Cà phê Buôn Ma Thuột lần thứ 9.", ["Ban tổ chức lễ hội"]),
    # a body cut before `là` (what it is), not run on into the clause
    ("Sáng 1/5, Sở Công Thương tỉnh Hậu Giang là cơ quan thường trực tổ chức Hội chợ OCOP Hậu Giang năm 2024.",
     ["Sở Công Thương tỉnh Hậu Giang"]),
])
def test_organisers_from_another_mention_of_the_event_and_whole_bodies(text, bodies):
    assert _event(text).organizers == bodies


@pytest.mark.parametrize("text", [
    # the plant opened is the verb's subject, not who opens it
    "Sáng 1/5, Nhà máy Điện gió Hướng Linh 7 đã chính thức khánh thành và đi vào hoạt động.",
    # `X làm chủ đầu tư và đã khởi công`: the verb shares the sentence's subject, X holds nothing
    "Dự án Cầu Rạch Miễu 2 được giao cho Công ty CP Đầu tư Cầu đường Bến Tre làm chủ đầu tư và đã khởi công ngày 1/5.",
])
def test_what_a_ceremony_opens_is_no_organiser(text):
    assert all(not e.organizers for e in process_text(text, published="2024-05-02", settings=SETTINGS).events)


def test_a_later_mention_held_at_a_place_gives_the_location():
    text = ("Hội chợ OCOP Hà Tĩnh năm 2024 khai mạc\n\nSáng 1/5, Sở Công Thương tỉnh Hà Tĩnh khai mạc Hội chợ OCOP Hà Tĩnh "
            "năm 2024. Hội chợ được tổ chức tại Quảng trường Thành Sen, thành phố Hà Tĩnh, với 200 gian hàng.")
    assert _event(text).location == "Quảng trường Thành Sen"  # (a place runs to a comma)


def test_a_later_mention_that_is_not_held_somewhere_gives_no_location():
    text = ("Hội chợ OCOP Hà Tĩnh năm 2024 khai mạc\n\nSáng 1/5, Sở Công Thương tỉnh Hà Tĩnh khai mạc Hội chợ OCOP Hà Tĩnh "
            "năm 2024. Các sản phẩm của Hội chợ được bán tại nhiều siêu thị ở Hà Nội.")
    assert _event(text).location is None


def test_an_event_held_in_the_passive_has_no_holder_and_a_ceremony_is_no_place():
    text = ("Hội chợ Nông sản Lâm Đồng được tổ chức kết hợp với Festival Hoa Đà Lạt 2024 từ ngày 1/5 đến ngày 5/5 tại "
            "Trung tâm Văn hóa tỉnh Lâm Đồng.")
    assert all(not e.organizers for e in process_text(text, published="2024-05-02", settings=SETTINGS).events)
    event = _event("Phát biểu tại Lễ khai mạc Hội chợ Công Thương Hà Tĩnh 2024 sáng 1/5, ông Nguyễn Văn A cho biết hội chợ có 200 gian hàng.")
    assert event.location is None


def test_a_superlative_in_the_country_is_no_place_and_an_organiser_stops_at_thuc_hien():
    event = _event("Sáng 1/5, Tập đoàn Thành Công khánh thành nhà máy sản xuất ô tô lớn nhất tại Việt Nam ở Ninh Bình.")
    assert event.location != "Việt Nam"
    event = _event("Hội chợ Thương mại quốc tế Việt - Trung 2024 do Bộ Công Thương chỉ đạo, UBND tỉnh Lạng Sơn thực hiện và "
                   "được tổ chức từ ngày 1/5.")
    assert all("thực hiện" not in o for o in event.organizers)


@pytest.mark.parametrize("text, bodies, location", [
    # the investor (`do X làm chủ đầu tư`) of a work whose ceremony is held in the passive organises nothing; the place
    # after the mention's own held verb, however far, is the ceremony's
    ("Sáng 1/5, lễ khánh thành Nhà máy điện gió Hòa Đông do Công ty cổ phần Năng lượng Hòa Đông làm chủ đầu tư đã được "
     "tổ chức tại xã Hòa Đông, huyện Vĩnh Châu.", [], "xã Hòa Đông, huyện Vĩnh Châu"),
    # a body's short name in brackets is left out, not cut at its `là`
    ("Ngày 1/5, Tổng công ty Sông Thu (gọi tắt là STC) tổ chức lễ khởi công nhà xưởng đóng tàu mới.", ["Tổng công ty Sông Thu"], None),
    # a town's centre after `tại` and a comma is a place, not a body: the province after it holds the ceremony
    ("Tối 1/5, tại Quảng trường 3/2, Trung tâm thành phố Tuyên Quang, tỉnh Tuyên Quang long trọng tổ chức Lễ công bố "
     "quy hoạch tỉnh.", ["tỉnh Tuyên Quang"], "Quảng trường 3/2"),
])
def test_no_investor_or_town_centre_as_organiser(text, bodies, location):
    event = _event(text)
    assert (event.organizers, event.location) == (bodies, location)


@pytest.mark.parametrize("text, organizers", [
    ("Hội thảo Giáo dục mở 2024 do Văn phòng Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) tại Hà Nội tổ chức.",
     ["Văn phòng Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) tại Hà Nội"]),
    ("Tọa đàm Trẻ em và sách 2024 do Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội tổ chức.",
     ["Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"]),
    ("Hội chợ Nông sản 2024 do Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn phối hợp tổ chức.",
     ["Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Diễn đàn Du lịch 2024 do Tổng cục Du lịch, Hiệp hội Du lịch tổ chức.", ["Tổng cục Du lịch", "Hiệp hội Du lịch"]),
])
def test_a_body_whose_name_lists_its_fields_is_one_organiser(text, organizers):
    """(fortieth session: `Ủy ban Văn hóa, Giáo dục, Thanh niên ...` was cut after its second field)"""
    assert _event(text).organizers == organizers


def test_a_venue_ends_before_the_body_that_holds_the_event_and_that_body_keeps_its_listed_fields():
    """`tại Nhà văn hóa huyện X, Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch TP. Y phối hợp với ... tổ chức Chương trình
    “Festival Z”`: the venue is the house of culture, the centre (whose name lists its fields) and the district hold it
    (set P58)."""
    event = _event("Tối 28/4, tại Nhà văn hóa huyện Gia Lâm, Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch TP. Hà Nội phối hợp "
                   "với UBND huyện Gia Lâm tổ chức Chương trình “Festival hoa Hà Nội” lần 3 năm 2024.")
    assert event.location == "Nhà văn hóa huyện Gia Lâm"
    assert event.organizers == ["Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch TP. Hà Nội", "UBND huyện Gia Lâm"]
