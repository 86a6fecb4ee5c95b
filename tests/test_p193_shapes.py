"""Shapes from the blind verdicts of sets P193 and P194 (s66), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import HEAD, SETTINGS, event_names, subjects


def _figures(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in process_text(HEAD + text, settings=SETTINGS).figures]


def _events(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.type, e.location) for e in process_text(HEAD + text, settings=SETTINGS).events}


def test_both_ends_of_a_range_measure_one_thing() -> None:
    found = _figures("Sáng nay, giá vàng miếng SJC đang ở mức 80,5 - 82,5 triệu đồng/lượng, theo công ty cho biết.")
    assert found == [("80,5 - 82,5 triệu đồng", "giá vàng miếng SJC")] * 2


def test_a_gem_is_no_quarter() -> None:
    # `đá quý` (a gem) inside a firm's name is no `quý` (a quarter) that ends the measure's phrase
    subject = subjects(HEAD + "Sáng 12/5/2024, giá bạc miếng niêm yết tại Công ty Vàng bạc đá quý Phú Quý ở mức 900.000 đồng/lượng.")[
        "900.000 đồng"]
    assert subject is None or not subject.endswith("đá")
    assert subjects(HEAD + "Doanh thu thuần quý III đạt 500 tỷ đồng.")["500 tỷ đồng"] == "Doanh thu thuần"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # activities counted (`hoạt động`, a noun the tagger reads as a verb) own the cost after `với`
    ("Năm 2024, huyện tổ chức 5 hoạt động quảng bá du lịch với tổng kinh phí 2 tỷ đồng.", "2 tỷ đồng",
     "tổng kinh phí của 5 hoạt động quảng bá du lịch"),
    # and so do things counted with their scope written after them
    ("Năm 2024, huyện tổ chức 5 hoạt động quảng bá du lịch trong và ngoài nước với tổng kinh phí 2 tỷ đồng.", "2 tỷ đồng",
     "tổng kinh phí của 5 hoạt động quảng bá du lịch trong và ngoài nước"),
    ("Tỉnh đã thu hút 45 dự án trong và ngoài nước với tổng vốn đăng ký 12.000 tỷ đồng.", "12.000 tỷ đồng",
     "tổng vốn đăng ký của 45 dự án trong và ngoài nước"),
])
def test_a_cost_after_things_counted_is_theirs(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_natural_area_is_the_measure() -> None:
    found = subjects(HEAD + "Tại buổi làm việc, lãnh đạo tỉnh Gia Lai cho biết, tỉnh có diện tích tự nhiên hơn 15.000 km2, đất đai màu "
                            "mỡ, khí hậu thuận lợi cho cây cà phê.")
    assert found["hơn 15.000 km2"] == "diện tích tự nhiên của tỉnh"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a thing of an area or a power, named alone: its area or capacity
    ("Công ty đang xây dựng cụm công nghiệp Tân An 75 ha tại xã Tân An.", "75 ha", "diện tích cụm công nghiệp Tân An"),
    ("Giai đoạn 1 là 50MW, giai đoạn 2 là 30MW.", "50MW", "công suất giai đoạn 1"),
    ("Giai đoạn 1 là 50MW, giai đoạn 2 là 30MW.", "30MW", "công suất giai đoạn 2"),
    ("Dự án có quy mô diện tích đất sử dụng khoảng 11 ha và 0,6 ha mặt nước.", "0,6 ha", "diện tích mặt nước"),
    # a measure said already, and a rate, are left alone
    ("Dự án có quy mô diện tích đất sử dụng khoảng 11 ha và 0,6 ha mặt nước.", "khoảng 11 ha", "quy mô diện tích đất sử dụng"),
    ("Nhà máy có công suất 50 MW.", "50 MW", "công suất của Nhà máy"),
])
def test_a_unit_says_the_measure_of_a_thing(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_meeting_of_a_body_named_as_an_event_is_one() -> None:
    # attended and held somewhere: a meeting of the forum; a membership is none
    found = _events("Tháng 1 tới, đoàn công tác của tỉnh sẽ tham dự Diễn đàn Kinh tế Thế giới tại Davos. Việt Nam tham gia Diễn đàn "
                    "Hợp tác Kinh tế châu Á - Thái Bình Dương từ năm 1998 và đóng góp nhiều sáng kiến.")
    assert found == {"Diễn đàn Kinh tế Thế giới": ("forum", "Davos")}


def test_a_training_course_is_an_event() -> None:
    found = _events("Tại khóa tập huấn “Kỹ năng bán hàng trực tuyến” do Sở Công Thương tổ chức tại TP Huế ngày 5/6/2024, các học "
                    "viên được hướng dẫn nhiều kỹ năng.")
    assert found == {"khóa tập huấn “Kỹ năng bán hàng trực tuyến”": ("training", "TP Huế")}


def test_a_number_in_a_name_is_not_cut_at_its_decimal_comma() -> None:
    names = event_names(HEAD + "Ngày 3/4/2024, UBND huyện tổ chức khánh thành hệ thống điện mặt trời áp mái 12,5 kWp tại Trường THCS "
                               "Lê Lợi.")
    assert names == ["khánh thành hệ thống điện mặt trời áp mái 12,5 kWp"]


def test_a_sitting_named_by_number_and_body_takes_no_topic() -> None:
    names = event_names(HEAD + "Ngày 10/7, phát biểu tại Kỳ họp thứ 12 HĐND tỉnh về việc phát triển du lịch cộng đồng, ông Trần Văn "
                               "Minh, Giám đốc Sở Du lịch cho biết tỉnh sẽ đầu tư thêm.")
    assert names == ["Kỳ họp thứ 12 HĐND tỉnh"]


def test_a_firms_seat_before_the_event_is_not_its_place() -> None:
    found = _events("Ông John Smith, Giám đốc Công ty Blue Ocean Holdings tại Malaysia và lãnh đạo tỉnh đã ký kết biên bản ghi nhớ "
                    "hợp tác đầu tư vào ngày 5/5/2024.")
    assert found == {"ký kết biên bản ghi nhớ hợp tác đầu tư": ("ceremony", None)}
    # a place framing the sentence still places it
    found = _events("Ngày 5/5/2024, tại TP Đà Lạt, lãnh đạo tỉnh và Công ty Blue Ocean Holdings đã ký kết biên bản ghi nhớ hợp tác.")
    assert found == {"ký kết biên bản ghi nhớ hợp tác": ("ceremony", "TP Đà Lạt")}


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a share after `chiếm` with its whole written right after it: the part's share of that whole
    ("Năm 2023, xuất khẩu gạo đạt 4,7 tỷ USD, chiếm 1,3% trong tổng kim ngạch xuất khẩu của cả nước.", "1,3%",
     "tỷ lệ xuất khẩu gạo trong tổng kim ngạch xuất khẩu của cả nước"),
    ("Toàn tỉnh có đất nông nghiệp chiếm 70,5% diện tích đất tự nhiên, đất lâm nghiệp chiếm 20%.", "70,5%",
     "tỷ lệ đất nông nghiệp trong diện tích đất tự nhiên"),
    # a share whose part is a share already keeps its word
    ("Thị phần của công ty chiếm 12% tổng doanh thu toàn ngành.", "12%", "Thị phần của công ty trong tổng doanh thu toàn ngành"),
    # a share of a plan is the measure against the plan
    ("Năm 2024, doanh thu của công ty đạt 1.200 tỷ đồng, bằng 110% so với cùng kỳ và đạt 95% kế hoạch.", "95%",
     "doanh thu của công ty so với kế hoạch"),
    ("Năm 2024, doanh thu của công ty đạt 1.200 tỷ đồng, vượt 5% kế hoạch.", "vượt 5%", "doanh thu của công ty vượt kế hoạch"),
])
def test_a_share_says_of_what_whole(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_the_board_of_a_provinces_zones_is_the_provinces() -> None:
    found = {o.name: o.province for o in process_text(
        HEAD + "Chiều 19/5, Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Đình Xứng đã tiếp đoàn doanh nghiệp. Ông Nguyễn Văn Thi, Trưởng ban "
               "quản lý KKT Nghi Sơn đã ký kết biên bản ghi nhớ. Ông Lê Văn An, Trưởng ban Quản lý các KCN cho biết như vậy. Ông "
               "Trần Văn Bình, Giám đốc Ban quản lý dự án giao thông phát biểu.", settings=SETTINGS).officials}
    assert found == {"Nguyễn Đình Xứng": "Thanh Hóa", "Nguyễn Văn Thi": "Thanh Hóa", "Lê Văn An": "Thanh Hóa",
                     "Trần Văn Bình": None}  # (a project's board is no province's)


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # the share chained after a trade's change and amount is that trade's share of the whole
    ("Trong khi đó, xuất khẩu sang Nhật Bản tiếp tục tăng 8,5%, đạt 1,2 tỷ USD, chiếm 10% tổng kim ngạch.", "10%",
     "tỷ lệ xuất khẩu sang Nhật Bản trong tổng kim ngạch"),
    # an amount of land opening the part is no part of it
    ("Hiện huyện có 12.000 ha cà phê, chiếm gần 20% tổng diện tích cà phê toàn tỉnh.", "gần 20%",
     "tỷ lệ cà phê trong tổng diện tích cà phê toàn tỉnh"),
    # a whole read up to the clause after it
    ("Lượng khách của thị trường này chiếm khoảng 30% tổng lượng khách quốc tế đã có dấu hiệu sụt giảm.", "khoảng 30%",
     "tỷ lệ Lượng khách của thị trường này trong tổng lượng khách quốc tế"),
])
def test_a_chained_share_is_of_its_whole(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a report's `ghi nhận` links the measure before it to the figure
    ("Trong quý III, sản lượng thép cán nóng ghi nhận 2,9 triệu tấn, giảm 21%.", "2,9 triệu tấn", "sản lượng thép cán nóng"),
    # a named plant's capacity written before goods per year is its capacity of those goods
    ("Nhà máy Xi măng Hoàng Mai 2 đi vào vận hành tháng 8/2015, với công suất 600.000 tấn xi măng/năm.", "600.000 tấn",
     "công suất xi măng của Nhà máy Xi măng Hoàng Mai 2"),
    # cashless payment is one kind of payment, no negation that cuts the measure
    ("Năm 2023, doanh số thanh toán không tiền mặt tại ngân hàng này đạt gần 500 nghìn tỷ đồng.", "gần 500 nghìn tỷ đồng",
     "doanh số thanh toán không tiền mặt tại ngân hàng này"),
    # a rate of things counted is the share of those things, their count no part of it
    ("Năm nay tỉnh có 120 sản phẩm dự thi, trong đó 54 sản phẩm được công nhận (đạt tỷ lệ 45%).", "45%",
     "tỷ lệ sản phẩm được công nhận"),
    # a plan's share of an amount names the goods, not the amount
    ("Năm 2023, công ty sản xuất 19,4 triệu lít bia, đạt 35,3% kế hoạch năm.", "35,3%", "bia so với kế hoạch"),
    # the works before an investor's `do` clause owns the capital after it
    ("Dự án Điện gió số 3-Bình Thuận, do Tập đoàn Hải Nam đầu tư với tổng vốn 1.200 tỷ đồng, có quy mô 10 trụ.", "1.200 tỷ đồng",
     "tổng vốn của Dự án Điện gió số 3-Bình Thuận"),
    # the projects counted before a comma own the capital after it
    ("Đến nay, tỉnh đã thu hút được 95 dự án, tổng vốn đầu tư đăng ký hơn 2,1 tỷ USD.", "hơn 2,1 tỷ USD",
     "tổng vốn đầu tư đăng ký của 95 dự án"),
    # a phase a firm starts owns the capacity after it
    ("Sau lễ khánh thành giai đoạn 1, Công ty cổ phần điện gió Phú Lạc khởi công giai đoạn 2 có công suất 25 MW.", "25 MW",
     "công suất giai đoạn 2"),
    # a long measure opening its clause is read whole
    ("Theo hiệp hội, tháng 6/2021 sản lượng bán hàng tôn mạ kim loại và sơn phủ màu của các thành viên hiệp hội đạt 310.000 tấn.",
     "310.000 tấn", "sản lượng bán hàng tôn mạ kim loại và sơn phủ màu của các thành viên hiệp hội"),
])
def test_subjects_of_set_p195_p196_shapes(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_phases_number_counts_no_project() -> None:
    found = subjects(HEAD + "Ngày 20/1, UBND tỉnh tổ chức lễ khánh thành giai đoạn 1 và khởi công giai đoạn 2 dự án Nhà máy điện gió "
                            "Phú Lạc với công suất 30 MW.")
    assert "2 dự án" not in found and "1 dự án" not in found


def test_a_place_ends_before_a_dash_and_a_description() -> None:
    found = _events("Ngày 5/6/2015, Công ty Hoa Sen tổ chức lễ khởi công nhà máy tôn tại Khu công nghiệp Đông Hồi – tiếp theo nhà "
                    "máy ở Nam Cấm.")
    assert found == {"lễ khởi công nhà máy tôn": ("ceremony", "Khu công nghiệp Đông Hồi")}
    # an administrative unit after the dash is still the place
    found = _events("Ngày 5/6/2015, Công ty Hoa Sen tổ chức lễ khởi công nhà máy tôn tại Khu công nghiệp Nam Cấm – tỉnh Nghệ An.")
    assert found == {"lễ khởi công nhà máy tôn": ("ceremony", "Khu công nghiệp Nam Cấm – tỉnh Nghệ An")}


def test_a_record_date_is_not_the_meetings_day() -> None:
    found = process_text(HEAD + "Ngày 18/11/2025, Công ty Thép Phú Mỹ sẽ chốt danh sách cổ đông để tổ chức Đại hội đồng cổ đông bất "
                                "thường năm 2025. Đại hội dự kiến diễn ra trong tháng 12/2025.", settings=SETTINGS).events
    assert [(e.name, e.date) for e in found] == [("Đại hội đồng cổ đông bất thường năm 2025", "2025-12")]


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # bare measures listed after a trade are of that trade
    ("Trong tháng 3, xuất khẩu cà phê đạt 200 nghìn tấn với kim ngạch 500 triệu USD, giá 2.500 USD/tấn.", "500 triệu USD",
     "kim ngạch xuất khẩu cà phê"),
    ("Trong tháng 3, xuất khẩu cà phê đạt 200 nghìn tấn với kim ngạch 500 triệu USD, giá 2.500 USD/tấn.", "2.500 USD",
     "giá xuất khẩu cà phê"),
    # a value in brackets after the period compared with is the measure in that period
    ("Năm 2023, giá xuất khẩu bình quân đạt 45 USD/tấn, giảm 20% so với cùng kỳ năm 2022 (56 USD/tấn).", "56 USD",
     "giá xuất khẩu bình quân cùng kỳ năm 2022"),
    # the goods of a list of markets after the first word of trade
    ("Năm qua, xuất khẩu cao su của Việt Nam sang các thị trường chính: Ấn Độ đạt 200 nghìn tấn, tăng 5%; Hàn Quốc đạt 80 nghìn "
     "tấn, giảm 2%.", "80 nghìn tấn", "xuất khẩu cao su sang Hàn Quốc"),
    # a bare act after a measure of goods and its owner takes both
    ("Năm 2023, sản xuất thép thô của các doanh nghiệp trong hiệp hội đạt 19 triệu tấn, tăng 5% và tiêu thụ 18 triệu tấn, tăng 4%.",
     "4%", "tiêu thụ thép thô của các doanh nghiệp trong hiệp hội"),
    # a sum paid right before the act it pays for
    ("Năm 2024, tỉnh bố trí 5,2 tỷ đồng thực hiện các đề án khuyến công.", "5,2 tỷ đồng",
     "kinh phí bố trí thực hiện các đề án khuyến công"),
])
def test_subjects_of_set_p195_trades_and_sums(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_change_right_after_an_amount_is_the_amounts_not_a_change_of_an_aspect() -> None:
    found = subjects(HEAD + "Với sản phẩm thép cuộn, Công ty Hòa Bình đã cung cấp ra thị trường 120.000 tấn, giảm 4% so với tháng trước.")
    assert found["4%"] == found["120.000 tấn"] is not None
    found = subjects(HEAD + "Tổng khối lượng giao dịch đạt 176,7 triệu đơn vị, giá trị 3.997 tỷ đồng, tăng 27,35% về lượng.")
    assert found["27,35%"] is None


def test_a_line_broken_after_a_conjunction_is_one_sentence() -> None:
    found = process_text(HEAD + "Trong hai ngày 29 và 30/9/2023, Hội Khoa học và\nCông nghệ Mỏ Việt Nam đã tổ chức Hội nghị Khoa học Kỹ "
                                "thuật Mỏ toàn quốc lần thứ 28 tại TP Quy Nhơn.", settings=SETTINGS).events
    assert [(e.name, e.date, e.date_end) for e in found] == [
        ("Hội nghị Khoa học Kỹ thuật Mỏ toàn quốc lần thứ 28", "2023-09-29", "2023-09-30")]


def test_the_place_set_off_by_commas_before_the_event_is_its_place() -> None:
    found = _events("Để chuẩn bị cho nhà máy chế biến gỗ xây dựng tại huyện Tân Kỳ chính thức đi vào hoạt động trong tháng 8, sáng ngày "
                    "27/7/2024, tại hội trường UBND huyện, Công ty CP lâm nghiệp Sông Con đã tổ chức hội nghị phát triển vùng "
                    "nguyên liệu.")
    assert found == {"hội nghị phát triển vùng nguyên liệu": ("conference", "hội trường UBND huyện")}


def test_a_government_meeting_with_businesses_is_named_whole() -> None:
    names = event_names(HEAD + "Tại Hội nghị Chính phủ với các doanh nghiệp Nhà nước hôm 27/2/2025, lãnh đạo tập đoàn nêu mục tiêu sản "
                               "xuất năm nay.")
    assert names == ["Hội nghị Chính phủ với các doanh nghiệp Nhà nước"]


def test_the_holder_of_other_fairs_named_after_an_event_is_not_its() -> None:
    found = process_text(HEAD + "Ngày 5/5/2024, Sở vận động các làng nghề tham gia hội chợ triển lãm sản phẩm làng nghề tại lễ hội Tràng "
                                "An và một số hội chợ triển lãm do Bộ Công Thương tổ chức.", settings=SETTINGS).events
    assert [e.organizers for e in found] == [[] for _ in found] and found
    found = process_text(HEAD + "Hội chợ Hàng Việt 2024 do Sở Công Thương tổ chức tại Nam Định từ ngày 5/6/2024.", settings=SETTINGS).events
    assert [e.organizers for e in found] == [["Sở Công Thương"]]


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # money spent on an act on a works names the money with the act
    ("Đầu tư hơn 1,5 tỷ USD mở rộng Nhà máy lọc dầu Nghi Sơn", "hơn 1,5 tỷ USD", "vốn đầu tư mở rộng Nhà máy lọc dầu Nghi Sơn"),
    # a province's domestic revenue is a measure
    ("Trong đó, thu nội địa ước đạt 13.051 tỷ đồng, tăng 0,6% so với cùng kỳ.", "ước đạt 13.051 tỷ đồng", "thu nội địa"),
    # a change after `, tương ứng` is the amount's, and `tương ứng` alone no subject
    ("Lợi nhuận trước thuế phấn đấu đạt trên 6,6 nghìn tỷ đồng, tương ứng tăng trên 6,9% so với năm 2024.", "trên 6,9%",
     "Lợi nhuận trước thuế"),
])
def test_subjects_of_set_p198_shapes(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_list_of_markets_after_a_markets_figure_is_a_list_of_flows() -> None:
    found = subjects(HEAD + "Sản phẩm gỗ xuất khẩu của tỉnh đã có mặt trên 80 thị trường, trong đó các thị trường chủ lực là Hoa Kỳ đạt "
                            "kim ngạch xuất khẩu 568 triệu USD, Nhật Bản 103 triệu USD, Australia 29 triệu USD.")
    assert found == {"568 triệu USD": "kim ngạch xuất khẩu sang Hoa Kỳ", "103 triệu USD": "xuất khẩu sang Nhật Bản",
                     "29 triệu USD": "xuất khẩu sang Australia"}


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a forest cover held `ở mức cao` is the measure
    ("Tỉnh duy trì độ che phủ rừng ở mức cao gần 60%, đứng đầu khu vực.", "gần 60%", "độ che phủ rừng"),
    # a side that contributes a share holds its stake
    ("Trong liên doanh, phía Hàn Quốc góp 60% vốn đầu tư và phía Việt Nam góp 40% còn lại.", "40%", "tỷ lệ vốn góp của phía Việt Nam"),
    ("Trong liên doanh, phía Hàn Quốc góp 60% vốn đầu tư và phía Việt Nam góp 40% còn lại.", "60%", "tỷ lệ vốn góp của phía Hàn Quốc"),
])
def test_subjects_of_set_p197_p198_shares(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted
