"""Shapes from the blind verdicts of sets P171 to P176 (s62) read again, and P177 onwards (s63), on sentences of our own."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.shapes import HEAD, SETTINGS, body_events, body_officials, subjects


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a licence granted `cho` a project: the project owns the capital, not the licence
    ("Năm 2022, tỉnh đã cấp phép cho dự án nhà máy dệt của Công ty TNHH Hòa Phát với tổng vốn đầu tư 30 triệu USD.",
     "30 triệu USD", "tổng vốn đầu tư của dự án nhà máy dệt của Công ty TNHH Hòa Phát"),
    ("UBND tỉnh trao giấy chứng nhận cho dự án khu nghỉ dưỡng Sao Biển với tổng vốn đầu tư 2.000 tỷ đồng.",
     "2.000 tỷ đồng", "tổng vốn đầu tư của dự án khu nghỉ dưỡng Sao Biển"),
    # whatever verb stands before it, a works written right before `với` owns the measure after it
    ("Đáng chú ý là dự án điện gió của Công ty Cổ phần Năng lượng Trường Sơn tại Hướng Hóa với tổng vốn đầu tư trị giá 90 "
     "triệu USD.", "90 triệu USD", "tổng vốn đầu tư của dự án điện gió của Công ty Cổ phần Năng lượng Trường Sơn tại Hướng Hóa"),
    ("Phải nhắc đến nhà máy điện mặt trời Hướng Hóa với công suất 50 MW.",
     "50 MW", "công suất của nhà máy điện mặt trời Hướng Hóa"),
    # a works built `trên` an area: the works' area
    ("Tại đây, công ty tiến hành xây dựng Nhà máy Sản xuất phụ tùng ô tô Đông Hà trên diện tích 25 ha.",
     "25 ha", "diện tích của Nhà máy Sản xuất phụ tùng ô tô Đông Hà"),
])
def test_a_works_written_before_its_measure_owns_it(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # money given `cho` a project is a measure of its own, kept whole
    ("Tỉnh đã hỗ trợ kinh phí cho dự án 500 triệu đồng.", "500 triệu đồng", "số tiền hỗ trợ kinh phí cho dự án"),
    # what a verb other than granting takes before `cho` stays with it
    ("Chương trình nhằm phát triển kỹ năng cho học sinh (25,5%).", "25,5%", "kỹ năng cho học sinh"),
])
def test_what_is_not_a_granted_paper_keeps_its_phrase(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_person_named_after_a_bare_tinh_does_not_hide_the_story_province() -> None:
    got = body_officials("Sáng 12-10, UBND tỉnh Quảng Bình tổ chức gặp mặt doanh nghiệp.\n"
                         "Tham dự có Chủ tịch UBND tỉnh Trần Văn Tuân, 2 phó chủ tịch Phan Mạnh Hùng và Đoàn Ngọc Lâm.")
    assert got["Phan Mạnh Hùng"][2] == "Quảng Bình"
    assert got["Đoàn Ngọc Lâm"][2] == "Quảng Bình"
    assert got["Trần Văn Tuân"][2] == "Quảng Bình"
    got = body_officials("Đoàn công tác của tỉnh Phông Sa Lỳ (Lào) thăm Điện Biên.\n"
                         "Dự buổi làm việc có Chủ tịch UBND tỉnh Phông Sa Lỳ Khăm Pheng Xay Nha Sỏn.")
    assert all(v[2] is None for k, v in got.items() if "Khăm" in k)


def test_a_commune_post_takes_the_province_of_the_districts_the_story_names() -> None:
    got = body_officials("Lễ hội quế lần đầu được tổ chức tại huyện Nam Trà My.\n"
                         "Ông Hồ Văn Lành - Phó Chủ tịch xã Trà Cang cho hay, xã mang đến nhiều sản phẩm quế.")
    assert got["Hồ Văn Lành"][2] == "Quảng Nam"
    got = body_officials("Ông Hồ Văn Lành - Phó Chủ tịch xã Trà Cang cho hay, xã mang đến nhiều sản phẩm quế.")
    assert got["Hồ Văn Lành"][2] is None  # no district, no province: nothing to go on


def test_today_with_its_day_in_brackets_is_one_date() -> None:
    record = process_text(HEAD + "Sáng nay (ngày 14/9), Bộ Công Thương tổ chức Hội nghị xúc tiến thương mại với thị trường "
                          "ASEAN tại Hà Nội.", published="2024-09-14", settings=SETTINGS)
    assert [(d.text, d.value) for d in record.dates] == [("Sáng nay (ngày 14/9)", "2024-09-14")]
    assert [e.date for e in record.events] == ["2024-09-14"]


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # the last months up to the story are a period, no label of a phase (`giai đoạn 1`)
    ("Xuất khẩu của Lào sang thị trường Thái Lan giai đoạn 6 tháng vừa qua đạt 2,1 tỷ USD.", "2,1 tỷ USD",
     "Xuất khẩu của Lào sang thị trường Thái Lan"),
    ("Kim ngạch thương mại hai chiều giai đoạn 3 năm qua đạt 15 tỷ USD.", "15 tỷ USD", "Kim ngạch thương mại hai chiều"),
    # items given respectively after another item's own figures
    ("Đứng đầu là Nhật Bản với 52.000 tấn, chiếm 21%, và Hàn Quốc và Đài Loan lần lượt là 31.000 tấn và 18.500 tấn.",
     "18.500 tấn", "Đài Loan"),
    ("Đứng đầu là Nhật Bản với 52.000 tấn, chiếm 21%, và Hàn Quốc và Đài Loan lần lượt là 31.000 tấn và 18.500 tấn.",
     "31.000 tấn", "Hàn Quốc"),
    # markets listed after `là:` under a trade's measure, written out or abbreviated
    ("Giá trị XK sang các thị trường chính là: Nhật Bản tăng 12,5%; Hàn Quốc giảm 4,2%.", "4,2%", "giá trị XK sang Hàn Quốc"),
    ("Kim ngạch nhập khẩu từ các thị trường lớn là: Trung Quốc tăng 8%, Thái Lan tăng 3%.", "3%",
     "nhập khẩu từ Thái Lan"),
])
def test_periods_respective_items_and_markets_after_la_take_their_measure(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_plain_la_with_no_colon_opens_no_list() -> None:
    got = subjects(HEAD + "Thị trường lớn nhất là Nhật Bản với 52.000 tấn.")
    assert got["52.000 tấn"] == "Nhật Bản"


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # Spanish and Portuguese marks on words no Vietnamese syllable is shaped like: a foreign name, read whole
    ("Tại hội nghị, Bộ trưởng Kinh tế Chile Nicolás Grau đã gặp các doanh nghiệp Việt Nam.", "Nicolás Grau",
     "Bộ trưởng Kinh tế Chile"),
    ("Buổi lễ có sự chứng kiến của Tổng thống Brazil Luiz Inácio Lula da Silva và nhiều bộ trưởng.",
     "Luiz Inácio Lula da Silva", "Tổng thống Brazil"),
    # an apposition's closing dash before the clause's verb is no hyphen inside the name
    ("Đại sứ Nga tại Việt Nam - ông Gennady Bezdetko - cho biết hai bên sẽ mở rộng hợp tác.", "Gennady Bezdetko",
     "Đại sứ Nga tại Việt Nam"),
    # a ministry abroad that holds several portfolios runs over its comma to its country
    ("Ông Kim Jung-il, Bộ trưởng Bộ Thương mại, Công nghiệp Hàn Quốc đã tiếp đoàn.", "Kim Jung-il",
     "Bộ trưởng Bộ Thương mại, Công nghiệp Hàn Quốc"),
])
def test_foreign_officials_in_more_shapes(sentence: str, name: str, title: str) -> None:
    got = body_officials(sentence)
    assert name in got and got[name][0] == title


def test_a_comma_after_a_vietnamese_ministry_still_ends_its_post() -> None:
    got = body_officials("Ông Nguyễn Văn An, Bộ trưởng Bộ Công Thương, Trưởng đoàn Việt Nam phát biểu khai mạc.")
    assert got["Nguyễn Văn An"][0].startswith("Bộ trưởng Bộ Công Thương")
    assert "Hàn Quốc" not in (got["Nguyễn Văn An"][0] or "")
    got = body_officials("Ông John Smith, Bộ trưởng Bộ Thương mại, ông Lee Min, Đại sứ Hàn Quốc cùng dự.")
    assert got["John Smith"][0] == "Bộ trưởng Bộ Thương mại"


@pytest.mark.parametrize("word", ["Nguyễn", "Dương", "Khuê", "Quỳnh", "Nghĩa", "Hường", "Thị", "Ánh"])
def test_vietnamese_syllables_with_marks_still_look_vietnamese(word: str) -> None:
    from pipeline.facts.names import vietnamese_looking
    assert vietnamese_looking(word)
    assert not vietnamese_looking(word[:1] + "ácio")


def test_a_place_abroad_written_with_a_lower_case_word_stays_in_the_name() -> None:
    got = body_events("Ngày 14/10, tại Moskva đã diễn ra Hội nghị xúc tiến đầu tư tỉnh Nghệ An tại Liên bang Nga năm 2024.")
    assert [e[0] for e in got] == ["Hội nghị xúc tiến đầu tư tỉnh Nghệ An tại Liên bang Nga năm 2024"]


def test_a_visit_told_beside_an_event_is_no_part_of_its_name() -> None:
    got = body_events("Lễ ký diễn ra trong khuôn khổ Hội nghị Cấp cao ASEAN - Nhật Bản và chuyến thăm chính thức Nhật Bản của "
                      "Thủ tướng Chính phủ.")
    assert "Hội nghị Cấp cao ASEAN - Nhật Bản" in [e[0] for e in got]
    assert not any("chuyến" in e[0] for e in got)


def test_a_signing_told_in_a_relative_clause_with_no_day_is_no_ceremony() -> None:
    assert body_events("Thái Lan là đối tác duy nhất trong khu vực mà Việt Nam đã ký kết hợp tác chiến lược.") == []
    got = body_events("Sáng 5/3, Việt Nam và Malaysia đã ký kết biên bản ghi nhớ hợp tác thương mại.")
    assert [e[0] for e in got] == ["ký kết biên bản ghi nhớ hợp tác thương mại"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Bên lề Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC lần thứ 35 tại Lima, Bộ trưởng Bộ Công Thương đã có buổi làm việc "
     "song phương.", "Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC lần thứ 35"),
    ("Sáng 12/9, đã diễn ra buổi Gặp gỡ doanh nghiệp Việt Nam - Chile với chủ đề “Kết nối thị trường” tại TP Hồ Chí Minh.",
     "Gặp gỡ doanh nghiệp Việt Nam - Chile"),
])
def test_inter_ministerial_meetings_and_business_meetings_are_events(text: str, wanted: str) -> None:
    assert wanted in [e[0] for e in body_events(text)]


def test_meeting_businesses_as_a_habit_is_no_event() -> None:
    assert body_events("Lãnh đạo tỉnh thường xuyên gặp gỡ doanh nghiệp để tháo gỡ khó khăn.") == []


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Hiện nay, Việt Nam đang đầu tư 3 dự án tại Campuchia với tổng công suất 400 MW, tổng vốn đầu tư 600 triệu USD.",
     "600 triệu USD", "tổng vốn đầu tư của 3 dự án"),
    ("Cụm công nghiệp Cam Hiếu tại huyện Cam Lộ với quy mô 70 ha, tổng vốn đầu tư 300 tỷ đồng đã được khởi công.",
     "300 tỷ đồng", "tổng vốn đầu tư của Cụm công nghiệp Cam Hiếu"),
])
def test_a_measure_listed_after_the_figure_before_shares_its_owner(sentence: str, figure: str, wanted: str) -> None:
    assert (subjects(HEAD + sentence)[figure] or "").startswith(wanted)


def test_a_measure_that_names_its_own_owner_keeps_it() -> None:
    got = subjects(HEAD + "Doanh thu của công ty A đạt 500 tỷ đồng, lợi nhuận của công ty B đạt 20 tỷ đồng.")
    assert got["20 tỷ đồng"] == "lợi nhuận của công ty B"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    # a sum restated in brackets in another currency is the same measure, not its owner alone
    ("Dự án có tổng diện tích 1.200 ha, với tổng vốn đầu tư gần 4.800 tỷ đồng (200 triệu USD).", "200 triệu USD",
     "tổng vốn đầu tư của Dự án"),
    # a bare worth listed after a trade's figures is that trade's worth, and so is the change after it
    ("Năm 2024, xuất khẩu cà phê đạt 1,3 triệu tấn, giảm 17% và giá trị đạt 5,4 tỉ USD, tăng 29% so với năm trước.",
     "5,4 tỉ USD", "giá trị xuất khẩu cà phê"),
    ("Năm 2024, xuất khẩu cà phê đạt 1,3 triệu tấn, giảm 17% và giá trị đạt 5,4 tỉ USD, tăng 29% so với năm trước.",
     "29%", "giá trị xuất khẩu cà phê"),
])
def test_restated_sums_and_a_trades_worth_keep_their_measure(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Trong khi Nhật Bản tiếp tục là thị trường xuất khẩu lớn nhất của Lào với trên 2,1 tỷ USD.", "trên 2,1 tỷ USD",
     "kim ngạch xuất khẩu của Lào sang Nhật Bản"),
    ("Hàn Quốc là thị trường nhập khẩu lớn thứ hai của Việt Nam với 56 tỷ USD, tăng 4%.", "4%",
     "kim ngạch nhập khẩu của Việt Nam từ Hàn Quốc"),
    ("Philippines là thị trường xuất khẩu gạo lớn nhất của Việt Nam với 1,5 triệu tấn, tăng 9%.", "1,5 triệu tấn",
     "lượng xuất khẩu của Việt Nam sang Philippines"),
])
def test_a_trade_told_through_its_market_is_the_trade_with_it(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_market_that_is_no_ranked_trade_keeps_its_subject() -> None:
    got = subjects(HEAD + "Hàn Quốc là nhà đầu tư lớn nhất của Việt Nam với 86 tỷ USD.")
    assert not (got["86 tỷ USD"] or "").startswith("kim ngạch")


def test_things_counted_and_placed_before_with_own_its_measure() -> None:
    got = subjects(HEAD + "Singapore hiện có 5 dự án đầu tư tại Quảng Trị với tổng vốn 120 triệu USD.")
    assert got["120 triệu USD"] is not None and got["120 triệu USD"].startswith("tổng vốn của 5 dự án")


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Xuất khẩu tăng ở nhiều thị trường: sang thị trường Đức tăng 45% (đạt 3,2 triệu USD); sang Nhật Bản tăng 18%, đạt 52 "
     "triệu USD.", "52 triệu USD", "xuất khẩu sang Nhật Bản"),
    ("Xuất khẩu tăng ở nhiều thị trường: sang thị trường Đức tăng 45% (đạt 3,2 triệu USD); sang Nhật Bản tăng 18%, đạt 52 "
     "triệu USD.", "45%", "xuất khẩu sang Đức"),
    ("Ngoài ra, Nhật Bản là thị trường xuất khẩu lớn thứ 2 của Việt Nam với hơn 24 tỷ USD, tăng trưởng tích cực 6%.", "6%",
     "kim ngạch xuất khẩu của Việt Nam sang Nhật Bản"),
    ("Năm nay, doanh thu của tập đoàn đạt 9.000 tỷ đồng (380 triệu USD); còn lợi nhuận tăng 12% lên 800 tỷ đồng (34 triệu USD).",
     "34 triệu USD", "lợi nhuận"),
])
def test_markets_in_lists_and_sums_restated_in_brackets(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_goods_sent_to_a_market_keep_their_own_subject() -> None:
    assert subjects(HEAD + "Hàng hóa sang Lào tăng 5%.")["5%"] == "Hàng hóa sang Lào"


def test_a_ceremonys_works_keeps_the_firm_that_owns_it() -> None:
    got = body_events("Sáng 14/12, tại Khu công nghiệp Bàu Bàng, Tập đoàn Kenda (Đài Loan) đã tổ chức khánh thành giai đoạn 1 Nhà máy "
                      "sản xuất săm lốp xe máy của Công ty TNHH Kenda (Việt Nam).")
    assert [e[0] for e in got] == ["khánh thành giai đoạn 1 Nhà máy sản xuất săm lốp xe máy của Công ty TNHH Kenda (Việt Nam)"]


def test_a_name_closed_by_its_year_ends_at_the_comma_before_the_clauses_subject() -> None:
    got = body_events("Chiều 12/10, trong khuôn khổ Tuần lễ Khởi nghiệp Thanh Hóa năm 2024, Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam (VINASME) "
                      "tổ chức Diễn đàn “Kết nối doanh nghiệp”.")
    assert "Tuần lễ Khởi nghiệp Thanh Hóa năm 2024" in [e[0] for e in got]


def test_a_headline_names_its_event_after_a_colon() -> None:
    record = process_text("Hội thảo trực tuyến: Giải pháp phát triển công nghiệp hỗ trợ ngành cơ khí\n\nSáng 12/5, Sở Công Thương "
                          "tổ chức hội thảo trực tuyến với sự tham gia của nhiều doanh nghiệp.", published="2024-05-13", settings=SETTINGS)
    assert [e.name for e in record.events] == ["Hội thảo trực tuyến: Giải pháp phát triển công nghiệp hỗ trợ ngành cơ khí"]


@pytest.mark.parametrize("sentence", [
    "Tiếp đoàn có Thứ trưởng Bộ Ngoại giao - Lê Thị Thu Hằng, Phó Chủ tịch UBND tỉnh Quảng Ninh - ông Nguyễn Văn Thắng.",
    "Tiếp đoàn có Thứ trưởng Bộ Ngoại giao - bà Lê Thị Thu Hằng, Phó Chủ tịch UBND tỉnh Quảng Ninh - ông Nguyễn Văn Thắng.",
])
def test_titles_dashed_to_their_names_in_a_list_stay_with_them(sentence: str) -> None:
    got = body_officials(sentence)
    assert got["Lê Thị Thu Hằng"][0] == "Thứ trưởng Bộ Ngoại giao"
    assert got["Nguyễn Văn Thắng"][0] == "Phó Chủ tịch UBND tỉnh Quảng Ninh" and got["Nguyễn Văn Thắng"][2] == "Quảng Ninh"


def test_a_chain_of_one_persons_posts_before_a_dash_stays_whole() -> None:
    got = body_officials("Ông Nguyễn Văn An - Giám đốc Sở Công Thương, Trưởng ban tổ chức - cho biết hội chợ thành công.")
    assert got["Nguyễn Văn An"][0] == "Giám đốc Sở Công Thương, Trưởng ban tổ chức"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Tỉnh mời gọi đầu tư 60 dự án trên các lĩnh vực như du lịch (12 dự án), chế biến nông sản (9 dự án), năng lượng (6 dự án).",
     "9 dự án", "dự án chế biến nông sản"),
    ("Tỉnh mời gọi đầu tư 60 dự án trên các lĩnh vực như du lịch (12 dự án), chế biến nông sản (9 dự án), năng lượng (6 dự án).",
     "12 dự án", "dự án du lịch"),
    ("Các doanh nghiệp tham gia đến từ Nhật Bản (14 doanh nghiệp), Hàn Quốc (9 doanh nghiệp).", "9 doanh nghiệp",
     "doanh nghiệp của Hàn Quốc"),
])
def test_a_count_in_brackets_counts_the_things_of_the_item_before_it(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_bracketed_count_after_a_clause_keeps_its_noun() -> None:
    assert subjects(HEAD + "Tỉnh đã thu hút thêm nhiều dự án (12 dự án).")["12 dự án"] == "dự án"


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Thừa ủy quyền của Chủ tịch nước, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã trao Huân chương Lao động cho Công ty.",
     "Võ Văn Hưng", "Chủ tịch UBND tỉnh Quảng Trị"),
    ("Trong chuyến thăm của Thủ tướng Vương quốc Campuchia, Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã ký hai văn kiện hợp tác.",
     "Trần Tuấn Anh", "Bộ trưởng Bộ Công Thương"),
])
def test_a_head_of_state_or_government_before_another_post_is_another_person(sentence: str, name: str, title: str) -> None:
    assert body_officials(sentence)[name][0] == title


def test_one_persons_chain_of_posts_still_reads_whole() -> None:
    got = body_officials("Dự có Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng.")
    assert got["Đinh Tiến Dũng"][0] == "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội"


def test_round_the_clock_is_no_day() -> None:
    record = process_text(HEAD + "Khu vui chơi mở cửa 24/7 với nhiều trò chơi. Hội chợ diễn ra ngày 24/7.", published="2024-07-01",
                          settings=SETTINGS)
    assert [d.text for d in record.dates] == ["ngày 24/7"]


def test_parties_counted_in_a_name_and_listed_after_its_colon_stay_in_it() -> None:
    got = body_events("Các bên đã ký kết văn kiện trong khuôn khổ Hội nghị hợp tác phòng chống buôn lậu ba nước: Việt Nam, Lào và Campuchia "
                      "lần thứ hai.")
    assert [e[0] for e in got] == ["Hội nghị hợp tác phòng chống buôn lậu ba nước: Việt Nam, Lào và Campuchia lần thứ hai"]


def test_an_honoured_holder_keeps_his_body_whole() -> None:
    got = body_officials("Ông Lê Văn Nam – Chủ tịch HĐQT Công ty Cổ phần Sữa Quốc tế vinh dự nhận danh hiệu Doanh nhân tiêu biểu.")
    assert got["Lê Văn Nam"][1] == "Công ty Cổ phần Sữa Quốc tế"


def test_the_rate_of_the_figure_before_is_no_rate_of_the_next() -> None:
    record = process_text(HEAD + "Thương mại hai chiều đã tăng bình quân 15% mỗi năm và dự kiến đạt 8 tỷ USD vào năm 2026.", settings=SETTINGS)
    got = {f.text: (f.subject, f.per) for f in record.figures}
    assert got["15%"][1] == "năm"
    assert got["8 tỷ USD"] == (None, None)
    assert {f.text: f.per for f in process_text(HEAD + "Mỗi giờ tàu đi được 30 km.", settings=SETTINGS).figures}["30 km"] == "giờ"


@pytest.mark.parametrize(("sentence", "figure", "wanted"), [
    ("Dự án Khu công nghiệp Quảng Trị (giai đoạn 2) do Công ty VSIP làm chủ đầu tư có tổng diện tích 480 ha, tổng vốn đầu tư "
     "3.000 tỷ đồng.", "480 ha", "tổng diện tích của Dự án Khu công nghiệp Quảng Trị"),
    ("Dự án Khu công nghiệp Quảng Trị (giai đoạn 2) do Công ty VSIP làm chủ đầu tư có tổng diện tích 480 ha, tổng vốn đầu tư "
     "3.000 tỷ đồng.", "3.000 tỷ đồng", "tổng vốn đầu tư của Dự án Khu công nghiệp Quảng Trị"),
])
def test_the_thing_before_do_owns_its_measures_not_its_investor(sentence: str, figure: str, wanted: str) -> None:
    assert subjects(HEAD + sentence)[figure] == wanted


def test_a_trade_office_head_belongs_to_the_office_and_a_bare_place_is_no_body() -> None:
    got = body_officials("Bà Trần Thu Quỳnh – Trưởng Thương vụ Việt Nam tại Singapore giới thiệu sản phẩm của Việt Nam.")
    assert got["Trần Thu Quỳnh"][1] == "Thương vụ Việt Nam tại Singapore"
    got = body_officials("Theo ông Lê Văn Minh, Tham tán Thương mại tại Canada, xuất khẩu tăng mạnh.")
    assert got["Lê Văn Minh"][0] == "Tham tán Thương mại tại Canada" and got["Lê Văn Minh"][1] is None
