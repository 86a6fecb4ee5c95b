"""Shapes from the blind verdicts of sets P123 to P126 (s56), on sentences of our own.
Subjects: an amount of energy after a verb of making, saving or using it is that act's (`sản lượng điện Tổng công ty sản
xuất`), and shares chained after an amount with a measure take that measure."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import SETTINGS, event_names, named_titles, placed_officials, subjects

HEAD = "Tin nhanh\n"  # a headline line, so that the sentence under test is read as the body's


_officials = placed_officials


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Năm 2023, Công ty Thủy điện Sơn La đã sản xuất 9,2 tỷ kWh điện, vượt kế hoạch được giao.", "9,2 tỷ kWh",
     "sản lượng điện Công ty Thủy điện Sơn La sản xuất"),
    ("Trong 6 tháng, Điện lực Quảng Ngãi đã tiết kiệm được 18 triệu kWh.", "18 triệu kWh",
     "lượng điện Điện lực Quảng Ngãi tiết kiệm được"),
    ("Năm qua, toàn thành phố tiêu thụ khoảng 3,4 tỷ kWh.", "khoảng 3,4 tỷ kWh", "lượng điện toàn thành phố tiêu thụ"),
    # a noun phrase, no one's act: the amount keeps the phrase (and, listed after the plant's capacity, the plant's: s64)
    ("Nhà máy có công suất 50 MW, điện năng sản xuất khoảng 180 triệu kWh/năm.", "khoảng 180 triệu kWh",
     "điện năng sản xuất của Nhà máy"),
])
def test_energy_made_is_the_acts(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Năm 2024, Nhà máy Thủy điện Hòa Bình đã sản xuất 8,1 tỷ kWh, bằng 104% kế hoạch năm và tăng 6% so với năm trước.",
     "6%", "sản lượng điện Nhà máy Thủy điện Hòa Bình sản xuất"),
    ("Năm 2024, Nhà máy Thủy điện Hòa Bình đã sản xuất 8,1 tỷ kWh, bằng 104% kế hoạch năm và tăng 6% so với năm trước.",
     "104%", "sản lượng điện Nhà máy Thủy điện Hòa Bình sản xuất so với kế hoạch"),
    ("Trong 9 tháng, giá trị sản xuất công nghiệp của tỉnh Nam Định đạt 95.000 tỷ đồng, tăng 11% so với cùng kỳ.",
     "11%", "giá trị sản xuất công nghiệp của tỉnh Nam Định"),
])
def test_share_chained_after_amount_takes_its_measure(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


def test_share_with_its_own_measure_is_kept() -> None:
    said = subjects(HEAD + "Doanh thu của Công ty B đạt 800 tỷ đồng, tăng 9%, lợi nhuận tăng 15%.")
    assert said.get("9%") == "Doanh thu của Công ty B"
    assert said.get("15%") != "Doanh thu của Công ty B"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    # a list's item before `, quy mô`
    ("Các dự án mới gồm: Khu dịch vụ hậu cần của Công ty Phúc Long tại xã Tân Hòa, quy mô 2,5 ha; nhà xưởng của Công ty An Phát.",
     "2,5 ha", "quy mô của Khu dịch vụ hậu cần của Công ty Phúc Long tại xã Tân Hòa"),
    # the name before a bracket that holds the size
    ("Tỉnh đã bổ sung CCN Đồng Lạc (thuộc xã Nam Tân và xã Đồng Lạc, diện tích 48 ha) vào quy hoạch.", "48 ha",
     "diện tích của CCN Đồng Lạc"),
    # `công suất nhà máy` of the one plant the sentence names
    ("Nhà máy thủy điện Nậm Chiến 3 nằm trên địa bàn xã Ngọc Chiến, công suất nhà máy 36 MW.", "36 MW",
     "công suất Nhà máy thủy điện Nậm Chiến 3"),
    # `với` a value after the count of the things it is of
    ("Tỉnh quy hoạch 20 khu công nghiệp, trong đó 12 khu công nghiệp đã đi vào hoạt động với diện tích cho thuê khoảng 600 ha.",
     "khoảng 600 ha", "diện tích cho thuê của khu công nghiệp đã đi vào hoạt động"),
])
def test_bare_size_takes_the_thing_the_sentence_names(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


@pytest.mark.parametrize(("sentence", "figure"), [
    # two plants named: `công suất nhà máy` says not which
    ("Nhà máy thủy điện A Lưới và Nhà máy thủy điện Sông Bung 4 đã phát điện, công suất nhà máy 156 MW.", "156 MW"),
])
def test_bare_size_with_no_one_thing_keeps_its_subject(sentence: str, figure: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == "công suất nhà máy"


def test_event_a_press_conference_announces_takes_its_own_future_day() -> None:
    """`buổi họp báo công bố X sẽ diễn ra ngày 16/12 tới`: the day X will take place, not none (nor the press conference's)."""
    record = process_text(HEAD + "Sáng ngày 5/11/2023, Hiệp hội Da giày tổ chức buổi họp báo công bố Hội nghị tổng kết năm 2023 "
                          "sẽ diễn ra ngày 15/12/2023 tới tại Hà Nội.", settings=SETTINGS)
    dates = {e.name: e.date for e in record.events}
    assert dates.get("Hội nghị tổng kết năm 2023") == "2023-12-15"
    assert dates.get("họp báo công bố Hội nghị tổng kết năm 2023") == "2023-11-05"


def test_event_a_press_conference_told_after_keeps_its_day_from_the_event() -> None:
    """`Buổi họp báo về Festival X diễn ra sáng 22/4`: the press conference's day, not the festival's (a guard)."""
    record = process_text(HEAD + "Buổi họp báo về Lễ hội Trái cây Nam Bộ diễn ra sáng 22/4/2024 tại TP.HCM.", settings=SETTINGS)
    assert all(e.date != "2024-04-22" for e in record.events if e.name.startswith("Lễ hội"))


@pytest.mark.parametrize(("sentence", "name"), [
    ("Sáng 12/9, phát biểu tại Hội nghị xúc tiến đầu tư tỉnh Ninh Bình, Phó Thủ tướng Trần Hồng Hà đề nghị tỉnh cải thiện môi "
     "trường đầu tư.", "Hội nghị xúc tiến đầu tư tỉnh Ninh Bình"),
    ("Chiều 3/3, tại Diễn đàn doanh nghiệp thành phố Hà Tiên, Chủ tịch UBND tỉnh Nguyễn Văn Bình phát biểu.",
     "Diễn đàn doanh nghiệp thành phố Hà Tiên"),
])
def test_event_a_province_ending_the_name_is_no_person(sentence: str, name: str) -> None:
    """`Ninh`, `Hà` are family names, but after `tỉnh` or `thành phố` the words are a place, not a person the name ran into."""
    assert name in event_names(HEAD + sentence)


@pytest.mark.parametrize(("sentence", "official"), [
    # a number closing a firm's name right before the clause's verb
    ("Đó là thông tin ông Nguyễn Văn Hải - Tổng giám đốc Tổng công ty Sông Đà 10 đưa ra tại hội nghị.",
     ("Nguyễn Văn Hải", "Tổng giám đốc Tổng công ty Sông Đà 10")),
    # the market an envoy is posted to
    ("Ông Phạm Thế Cường - Tham tán thương mại Thương vụ Việt Nam tại thị trường Hàn Quốc cho biết thêm.",
     ("Phạm Thế Cường", "Tham tán thương mại Thương vụ Việt Nam tại thị trường Hàn Quốc")),
])
def test_official_title_keeps_its_number_and_market(sentence: str, official: tuple[str, str]) -> None:
    assert official in named_titles(HEAD + sentence)


def test_official_a_department_at_a_market_is_no_envoy() -> None:
    """Only an envoy's post names the market it serves: a department's title stops before `tại thị trường`."""
    assert ("Lê Văn Hòa", "Giám đốc Sở Công Thương") in named_titles(
        HEAD + "Ông Lê Văn Hòa, Giám đốc Sở Công Thương tại thị trường Nhật Bản cho biết.")


@pytest.mark.parametrize(("sentence", "figures", "subject"), [
    ("Trong khi đó, xuất khẩu sang Nhật Bản tiếp tục tăng 8,5%, đạt 1,2 tỷ USD, chiếm 10% tổng kim ngạch.",
     ("8,5%", "1,2 tỷ USD"), "xuất khẩu sang Nhật Bản"),  # (the share: `subject_ratios`)
    ("Đáng chú ý, xuất khẩu sang Thái Lan lại tăng mạnh 15,2%, đạt 40,5 triệu USD, chiếm 3% trong tổng kim ngạch.",
     ("15,2%", "40,5 triệu USD"), "xuất khẩu sang Thái Lan"),
    ("Nhập khẩu từ Thái Lan giảm 4%, còn 900 triệu USD.", ("4%", "900 triệu USD"), "Nhập khẩu từ Thái Lan"),
])
def test_trade_flow_opening_its_clause_is_its_figures_subject(sentence: str, figures: tuple[str, ...], subject: str) -> None:
    said = subjects(HEAD + sentence)
    assert [said.get(f) for f in figures] == [subject] * len(figures)


def test_trade_flow_chain_stops_at_a_new_subject() -> None:
    """`; lợi nhuận đạt ...`: a figure with a subject of its own after the chain keeps it."""
    said = subjects(HEAD + "Xuất khẩu sang Lào tăng 5%; lợi nhuận của ngành đạt 20 tỷ đồng.")
    assert said.get("5%") == "Xuất khẩu sang Lào"
    assert said.get("20 tỷ đồng") != "Xuất khẩu sang Lào"


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Tính đến hết tháng 10, kim ngạch xuất khẩu của 3 nhóm hàng điện thoại, máy tính, linh kiện đã đạt 90 tỷ USD.", "90 tỷ USD",
     "kim ngạch xuất khẩu của 3 nhóm hàng điện thoại, máy tính, linh kiện"),
    ("Với 3 nhà máy tại tỉnh Hưng Yên, Hải Dương và Bắc Ninh, doanh nghiệp tạo việc làm cho nhiều lao động.", "3 nhà máy",
     "nhà máy tại tỉnh Hưng Yên, Hải Dương và Bắc Ninh"),
])
def test_subject_cut_at_a_coordination_is_made_whole(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


def test_two_measures_in_a_list_are_not_one_subject() -> None:
    """`Doanh thu, lợi nhuận đạt ...`: two measures, the list is not one thing's."""
    assert subjects(HEAD + "Doanh thu, lợi nhuận của công ty đạt 500 tỷ đồng.").get("500 tỷ đồng") != "Doanh thu, lợi nhuận của công ty"


def test_event_a_review_meeting_goes_on_with_its_evaluation() -> None:
    """`... và đánh giá người đại diện vốn`: the review meeting's other task, part of its name; `đánh giá cao` is praise."""
    names = event_names(HEAD + "Tổng công ty vừa tổ chức Hội nghị tổng kết công tác năm 2023 và đánh giá cán bộ quản lý tại các "
                        "đơn vị thành viên.")
    assert any(n.startswith("Hội nghị tổng kết công tác năm 2023 và đánh giá cán bộ quản lý") for n in names)
    names = event_names(HEAD + "Sáng 5/1, Sở tổ chức Hội nghị tổng kết năm 2023 và đánh giá cao sự hỗ trợ của các đơn vị.")
    assert "Hội nghị tổng kết năm 2023" in names


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Trong đó, xuất khẩu sang Hoa Kỳ đạt 2 tỷ USD, tăng 15%; Nhật Bản đạt 0,5 tỷ USD, tăng 8%; Hàn Quốc đạt 0,4 tỷ USD, tăng 3%.",
     "8%", "xuất khẩu sang Nhật Bản"),
    ("Trong đó, xuất khẩu sang Hoa Kỳ đạt 2 tỷ USD, tăng 15%; Nhật Bản đạt 0,5 tỷ USD, tăng 8%; Hàn Quốc đạt 0,4 tỷ USD, tăng 3%.",
     "0,4 tỷ USD", "xuất khẩu sang Hàn Quốc"),
    ("Các thị trường xuất khẩu chính của tôm là Mỹ chiếm 25%, Nhật Bản chiếm 18%.", "18%", "xuất khẩu sang Nhật Bản"),
])
def test_a_list_of_markets_after_a_word_of_trade_is_a_list_of_flows(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    # a count a capacity gives is that capacity, of the works that opens the sentence
    ("Nhà máy may xuất khẩu tại xã Phú Lộc có công suất 3 triệu sản phẩm/năm.", "3 triệu sản phẩm",
     "công suất của Nhà máy may xuất khẩu tại xã Phú Lộc"),
    ("Dự án sản xuất giày dép phục vụ xuất khẩu có công suất 4 triệu sản phẩm/năm.", "4 triệu sản phẩm", "công suất của Dự án"),
    # `số vốn` after the area of a named project is that project's
    ("Dự án khu nghỉ dưỡng Mũi Né Bay có diện tích 120 ha với số vốn khoảng 80 triệu USD.", "khoảng 80 triệu USD",
     "số vốn của Dự án khu nghỉ dưỡng Mũi Né Bay"),
])
def test_capacity_count_and_sum_of_capital_take_their_works(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


@pytest.mark.parametrize(("text", "official"), [
    # a one-sided dash in a province's name: `Bà` is no honorific opening a person's name
    ("Ngày 3-5, tại thị xã Phú Mỹ, tỉnh Bà Rịa- Vũng Tàu, Phó Thủ tướng Chính phủ Trần Hồng Hà dự lễ khánh thành nhà máy.",
     ("Trần Hồng Hà", "Phó Thủ tướng Chính phủ")),
    # `Ủy BCH Trung ương Đảng`, a member of the Central Committee, opening a chain of posts in a list of dignitaries
    ("Dự lễ có các đồng chí: Nguyễn Văn Phong - Ủy BCH Trung ương Đảng, Bộ trưởng Bộ Công Thương; Lê Văn Sơn - Chủ tịch UBND tỉnh "
     "Hà Nam.", ("Nguyễn Văn Phong", "Ủy BCH Trung ương Đảng, Bộ trưởng Bộ Công Thương")),
    # a firm's name glued by a hyphen to what it is (`-đơn vị tham gia`)
    ("Ông Lê Văn Toàn, Giám đốc Công ty TNHH Minh Châu-đơn vị tham gia hội chợ, chia sẻ kinh nghiệm.",
     ("Lê Văn Toàn", "Giám đốc Công ty TNHH Minh Châu")),
])
def test_official_dash_and_abbreviation_shapes(text: str, official: tuple[str, str]) -> None:
    assert official in named_titles(HEAD + text)


def test_official_a_body_named_with_its_abbreviation_ends_before_the_verb() -> None:
    """`Đảng bộ Tổng công ty X (ABC) tổ chức Hội nghị ...`: the article's body, for a bare `Tổng công ty`, ends at `(ABC)`."""
    record = process_text(HEAD + "Ngày 9-7, Đảng bộ Tổng công ty Xăng dầu Miền Nam (XDMN) tổ chức Hội nghị Ban Chấp hành lần thứ hai.\n"
                          "Đồng chí Trần Văn Bình - Bí thư Đảng ủy, Chủ tịch HĐQT Tổng công ty chủ trì Hội nghị.", settings=SETTINGS)
    assert [o.organization for o in record.officials if o.name == "Trần Văn Bình"] == ["Tổng công ty Xăng dầu Miền Nam (XDMN)"]


def test_event_day_in_brackets_after_a_day_of_work_is_the_event_s() -> None:
    """`Sau một ngày làm việc (18/1/2024), hội nghị X đã thành công`: the day the bracket gives is the meeting's."""
    record = process_text(HEAD + "Sau một ngày làm việc (20/3/2024), Hội nghị hợp tác 4 tỉnh biên giới lần thứ X tại tỉnh Savannakhet "
                          "đã thành công tốt đẹp.", settings=SETTINGS)
    assert [e.date for e in record.events if e.name.startswith("Hội nghị hợp tác 4 tỉnh")] == ["2024-03-20"]


def test_event_a_fair_told_by_its_organisers_then_held() -> None:
    """`Ban tổ chức X cho biết, chương trình sẽ diễn ra từ ngày 29.8 - 1.9.2023`: the days of the fair named before."""
    record = process_text(HEAD + "Ngày 23.5, tại buổi họp báo giới thiệu Hội chợ đồ gỗ và nội thất Bình Dương 2023, ông Nam cho biết "
                          "ngành gỗ gặp khó.\nBan tổ chức cho biết, chương trình sẽ diễn ra từ ngày 9.8 - 12.8.2023 tại Bình Dương.",
                          settings=SETTINGS)
    dates = {e.name: (e.date, e.date_end) for e in record.events}
    assert dates.get("Hội chợ đồ gỗ và nội thất Bình Dương 2023") == ("2023-08-09", "2023-08-12")


@pytest.mark.parametrize(("sentence", "figures", "subject"), [
    # a trade in two goods joined by `và`, and the amount and share chained after its change
    ("Cộng chung cả 6 tháng đầu năm 2021 xuất khẩu nhóm hàng thủy sản và sản phẩm thủy sản tăng 12,1% so với cùng kỳ năm 2020, đạt "
     "gần 7,2 tỷ USD, chiếm 2,5% trong tổng kim ngạch xuất khẩu hàng hóa các loại của cả nước.", ("12,1%", "gần 7,2 tỷ USD"),
     "xuất khẩu nhóm hàng thủy sản và sản phẩm thủy sản"),
    # a sector `có vốn đầu tư nước ngoài`, and its change
    ("Trong đó, khu vực nhà nước đạt 90 tỷ đồng, tăng 3%; khu vực có vốn đầu tư nước ngoài đạt 410 tỷ đồng, tăng 7%.",
     ("410 tỷ đồng", "7%"), "khu vực có vốn đầu tư nước ngoài"),
])
def test_trade_of_two_goods_and_foreign_owned_sector(sentence: str, figures: tuple[str, ...], subject: str) -> None:
    said = subjects(HEAD + sentence)
    assert [said.get(f) for f in figures] == [subject] * len(figures)


def test_event_a_list_of_fields_goes_on_through_labour_and_media() -> None:
    """`Hợp tác Thương mại, Đầu tư, Du lịch, Lao động và Truyền thông`: fields of one meeting's name, not its end."""
    names = event_names(HEAD + "Sáng 5/9, tại Đông Hà diễn ra Hội nghị Hợp tác Thương mại, Du lịch, Lao động và Truyền thông giữa ba "
                        "tỉnh Quảng Trị, Savannakhet và Mukdahan.")
    assert any(n.startswith("Hội nghị Hợp tác Thương mại, Du lịch, Lao động và Truyền thông") for n in names)


def test_official_a_member_of_the_members_council_goes_on_the_chain() -> None:
    """`Ủy viên BTV Đảng ủy, Thành viên HĐTV Tập đoàn`: the second post of the chain, not cut at the first."""
    assert ("Phạm Văn Long", "Ủy viên BTV Đảng ủy, Thành viên HĐTV Tập đoàn") in named_titles(
        HEAD + "Tham dự có đồng chí Phạm Văn Long - Ủy viên BTV Đảng ủy, Thành viên HĐTV Tập đoàn; đồng chí Lê Văn Hải - Phó Tổng "
        "Giám đốc Tập đoàn.")


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("Đến cuối năm 2019, công ty niêm yết trên HOSE khi vốn điều lệ ở mức hơn 1.200 tỷ đồng.", "hơn 1.200 tỷ đồng", "vốn điều lệ"),
    ("(Báo X) – Do giá đường xuống thấp nên giá mua mía của các nhà máy đường tại tỉnh Thanh Hóa trong vụ thu hoạch 2018-2019 chỉ "
     "còn 850.000 đồng/tấn (10 CCS), giảm khoảng 100.000 đồng/tấn so với niên vụ trước.",
     "850.000 đồng", "giá mua mía của các nhà máy đường tại tỉnh Thanh Hóa"),
])
def test_a_measure_the_clause_writes_is_the_subject_no_rule_gave(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject


def test_a_change_after_a_change_is_of_the_same_measure() -> None:
    """`tăng 4,2% so với quý trước, nhưng vẫn giảm 2,5% so với cùng kỳ`: both changes of one measure."""
    said = subjects(HEAD + "Tính chung 9 tháng, kim ngạch nhập khẩu hàng hóa ước đạt 3,1 tỷ USD, tăng 4,2% so với quý trước, nhưng vẫn "
                    "giảm 2,5% so với cùng kỳ năm trước.")
    assert said.get("2,5%") is not None and said.get("2,5%") == said.get("4,2%")


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Ông Bình cho biết số nợ người ta đến đòi lên tới hơn 8 tỷ đồng.", "hơn 8 tỷ đồng"),  # a clause, no measure's phrase
])
def test_no_measure_phrase_no_fallback(sentence: str, figure: str) -> None:
    assert subjects(HEAD + sentence).get(figure) != "nợ người ta đến đòi"


def test_event_name_after_its_owner_stops_before_its_verb() -> None:
    """`đại hội đồng cổ đông thường niên 2023 của Mía Đường X | tổ chức ngày 26/9`: the owner ends the name, not the verb."""
    names = event_names(HEAD + "Tại đại hội đồng cổ đông thường niên 2024 của Cao su Đồng Phú tổ chức ngày 20/4 đã thông qua kế "
                        "hoạch chia cổ tức.")
    assert "đại hội đồng cổ đông thường niên 2024 của Cao su Đồng Phú" in names


def test_official_a_power_machinery_corporation_is_whole() -> None:
    assert ("Trần Văn Hải", "Tổng Giám đốc Tổng Công ty Máy động lực và Máy nông nghiệp Việt Nam (VEAM)") in named_titles(
        HEAD + "Ông Trần Văn Hải, Tổng Giám đốc Tổng Công ty Máy động lực và Máy nông nghiệp Việt Nam (VEAM) cho biết kế hoạch.")


def test_official_a_station_head_s_organisation_opens_with_the_station() -> None:
    """`Trưởng trạm Trồng trọt và Bảo vệ thực vật huyện X`: the station, `Trạm ...`, not a name without its unit."""
    record = process_text(HEAD + "Ông Lê Văn Tài – Trưởng trạm Khuyến nông huyện Hàm Tân cho biết diện tích lúa giảm.", settings=SETTINGS)
    assert [o.organization for o in record.officials if o.name == "Lê Văn Tài"] == ["Trạm Khuyến nông huyện Hàm Tân"]


def test_a_brand_s_initials_glued_by_a_dot_end_no_sentence() -> None:
    """`Công ty Cổ phần Dược phẩm TV.Pharm cho biết`: one sentence, and the whole firm's name in the post."""
    assert ("Hà Văn Sơn", "Tổng giám đốc Công ty Cổ phần Dược phẩm TV.Pharm") in named_titles(
        HEAD + "Ông Hà Văn Sơn, Tổng giám đốc Công ty Cổ phần Dược phẩm TV.Pharm cho biết nhà máy đạt chuẩn GMP-EU.")


def test_a_change_after_a_share_of_a_target_is_not_the_target_s() -> None:
    """`thép ước đạt 4,85 triệu tấn, đạt 88,1% kế hoạch năm, tăng 23,2%`: the steel's change, not `kế hoạch`."""
    said = subjects(HEAD + "Sản lượng sản phẩm chủ lực: xi măng ước đạt 2,1 triệu tấn, đạt 95% kế hoạch năm, tăng 8,4%; thép ước đạt "
                    "4,85 triệu tấn, đạt 88,1% kế hoạch năm, tăng 23,2%.")
    assert (said.get("23,2%"), said.get("88,1%")) == ("thép", "thép so với kế hoạch")
    assert said.get("8,4%") != "kế hoạch"


def test_event_whose_success_another_follows_takes_not_its_days() -> None:
    """`Tiếp nối thành công của Triển lãm X, Hội chợ Y ... sẽ được tổ chức từ ngày 5-2 đến 12-2`: the days are Y's; X, held
    before, does not take them (a frame, class `frame`)."""
    record = process_text(HEAD + "Tiếp nối thành công của Triển lãm thành tựu “70 năm ngành Công Thương”, Hội chợ Mùa Xuân 2025 với "
                          "thông điệp “Kết nối sản xuất” sẽ được tổ chức từ ngày 5-2 đến 12-2-2025 tại Hà Nội.", settings=SETTINGS)
    dates = {e.name: (e.date, e.date_end) for e in record.events}
    assert dates.get("Hội chợ Mùa Xuân 2025") == ("2025-02-05", "2025-02-12")
    assert dates.get("Triển lãm thành tựu “70 năm ngành Công Thương”", (None, None))[0] != "2025-02-05"


def test_figure_hundreds_written_after_nghin() -> None:
    """`1 nghìn 200 ha`: 1.200 ha, not 200 ha."""
    record = process_text(HEAD + "Toàn tỉnh có 23 cụm công nghiệp với tổng diện tích 1 nghìn 200 ha.", settings=SETTINGS)
    assert [(f.text, f.value) for f in record.figures if f.unit == "ha"] == [("1 nghìn 200 ha", 1200.0)]


def test_official_a_people_s_committee_post_takes_the_paper_s_province_though_a_country_is_named() -> None:
    """`Chủ tịch UBND tỉnh ... làm việc với Thị trưởng Port Hedland (Australia)`: the committee is the province's own."""
    text = ("Tin nhanh\nSáng 22/7, đồng chí Nguyễn Văn Thắng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp Thị trưởng thành phố "
            "Busan (Hàn Quốc).")
    assert ("Nguyễn Văn Thắng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ", "Phú Thọ") in _officials(text, "https://baophutho.vn/x.htm")


def test_official_a_foreign_province_s_post_takes_no_paper_province() -> None:
    """`Phó Tỉnh trưởng tỉnh Savannakhet`, or a bare `Phó Chủ tịch tỉnh` of a Lao delegation: no Vietnamese province."""
    said = _officials("Tin nhanh\nTiếp đoàn có ông Sổm Phết, Phó Tỉnh trưởng tỉnh Savannakhet (Lào).", "https://baoquangtri.vn/x.htm")
    assert all(p is None for _, _, p in said)


def test_event_an_announcement_s_name_stops_before_its_count() -> None:
    """`Lễ công bố sản phẩm đạt THQG Việt Nam năm 2020 | có 124 doanh nghiệp`: a count of who is announced, no part of the name."""
    names = event_names(HEAD + "Lễ công bố sản phẩm đạt Thương hiệu quốc gia năm 2024 có 190 doanh nghiệp với 400 sản phẩm được "
                        "công nhận.")
    assert "Lễ công bố sản phẩm đạt Thương hiệu quốc gia năm 2024" in names


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    # a measure's kind the tagger reads as a verb (`xây dựng`), after `với`
    ("Giai đoạn 2 sẽ đầu tư xây dựng Trung tâm hội nghị 2 tầng với tổng diện tích xây dựng là 5.000m2.", "5.000m2",
     "tổng diện tích xây dựng"),
    # no one named: the electricity saved
    ("Nhờ vậy, mỗi năm đã tiết kiệm được hơn 2 triệu kWh điện.", "hơn 2 triệu kWh", "lượng điện tiết kiệm được"),
])
def test_measure_before_a_qualified_figure_and_saved_energy(sentence: str, figure: str, subject: str) -> None:
    assert subjects(HEAD + sentence).get(figure) == subject
