"""Shapes from the blind verdicts of sets P98 and P99 (s52) and the figure verdicts of P87 to P97, on sentences of our
own. Subjects: which things a count counts (the words after its noun: a verb with its object, `trên cả nước`), a count
owning a phrase (its verb is the phrase's), a target of a company's revenue, a share a verb causes, the capital of a
works, the trade turnover of a country.
Officials: a name's last word written in lower case, a party committee's place before its person, a standing executive.
Events: a line in capitals ending in its place, a campaign's week or month, undated training named by its bare verb."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS, event_names, named_titles, subjects


def test_a_count_keeps_the_verb_and_object_that_say_which_ones():
    assert subjects("Năm nay có 25 hợp tác xã có những sản phẩm đạt chuẩn OCOP.") == {
        "25 hợp tác xã": "hợp tác xã có những sản phẩm đạt chuẩn OCOP"}
    assert subjects("Có 120 doanh nghiệp trên cả nước đăng ký tham gia giải thưởng.") == {
        "120 doanh nghiệp": "doanh nghiệp trên cả nước đăng ký tham gia giải thưởng"}


def test_a_count_that_owns_a_phrase_leaves_the_phrases_verb():
    assert subjects("Báo cáo cho thấy kết quả kinh doanh của 5 nhà máy đã có những chuyển biến tích cực.") == {
        "5 nhà máy": "nhà máy"}
    assert subjects("Lễ hội diễn ra với sự tham gia của khoảng 3.000 người.")["khoảng 3.000 người"] == "người tham gia"


def test_a_target_of_a_companys_revenue_is_the_companys():
    assert subjects("Năm 2024, Vinamilk đặt mục tiêu doanh thu đạt 63.000 tỷ đồng.") == {
        "63.000 tỷ đồng": "mục tiêu doanh thu của Vinamilk"}
    assert subjects("Năm 2023, Hòa Phát đặt kế hoạch lợi nhuận sau thuế 8.000 tỷ đồng.")["8.000 tỷ đồng"] != "kế hoạch lợi nhuận"


def test_a_share_a_verb_causes_keeps_what_holds_of_the_part():
    assert subjects("Cơn bão khiến hơn 40% hộ dân bị mất điện.") == {"hơn 40%": "hộ dân bị mất điện"}


def test_a_works_capital_is_the_works():
    assert subjects("Theo Sở Xây dựng, dự án cầu Rạch Miễu 2 được khởi công năm 2020, với tổng giá trị đầu tư 5.000 tỷ đồng.") == {
        "5.000 tỷ đồng": "tổng giá trị đầu tư của dự án cầu Rạch Miễu 2"}


def test_trade_turnover_is_of_the_country_that_leads():
    assert subjects("Về thị trường, Hàn Quốc dẫn đầu với kim ngạch đạt 2,1 tỷ USD trong quý I.") == {
        "2,1 tỷ USD": "kim ngạch của Hàn Quốc"}


def test_a_name_whose_last_word_is_in_lower_case_is_the_full_one():
    text = ("Ông Lê Văn Hùng, Giám đốc Công ty Cơ khí Hà Nội cho biết nhà máy sẽ mở rộng. Tham dự buổi lễ có "
            "Giám đốc Công ty Cơ khí Hà Nội, ông Lê Văn hùng.")
    assert [name for name, _ in named_titles(text)] == ["Lê Văn Hùng"]


def test_a_party_committees_place_is_no_person():
    assert named_titles("Bí thư huyện ủy Lâm Hà, ông Nguyễn Văn Lực cho biết huyện đã có điện lưới.") == [
        ("Nguyễn Văn Lực", "Bí thư huyện ủy Lâm Hà")]
    assert named_titles("Bí thư Huyện ủy Lý Nhân Trần Văn Khoa phát biểu tại hội nghị.") == [
        ("Trần Văn Khoa", "Bí thư Huyện ủy Lý Nhân")]
    assert named_titles("Bí thư Huyện ủy Nguyễn Văn Tư cho biết kế hoạch.") == [("Nguyễn Văn Tư", "Bí thư Huyện ủy")]


def test_a_standing_executive_keeps_the_company():
    got = named_titles("Bà Phạm Thị Lan, Phó Tổng giám đốc, Thường trực điều hành Công ty cổ phần Dệt may Thành Công, "
                       "cho biết đơn hàng đã kín.")
    assert got == [("Phạm Thị Lan", "Phó Tổng giám đốc, Thường trực điều hành Công ty cổ phần Dệt may Thành Công")]


def test_a_line_in_capitals_ends_before_its_place():
    text = ("HỘI NGHỊ \"XÚC TIẾN ĐẦU TƯ VÀO NGÀNH CƠ KHÍ\" TẠI ĐÀ NẴNG\n"
            "Sáng 12/3/2024, Bộ Công Thương tổ chức hội nghị với sự tham gia của 200 doanh nghiệp.")
    assert event_names(text) == ['HỘI NGHỊ "XÚC TIẾN ĐẦU TƯ VÀO NGÀNH CƠ KHÍ"']


def test_a_campaigns_week_or_month_is_no_event():
    assert event_names("Sở Công Thương phát động “Tháng hành động vì an toàn thực phẩm” trên địa bàn tỉnh.") == []
    assert event_names("Điện lực tỉnh phát động “Tuần lễ tuyên truyền sử dụng điện an toàn” trong toàn ngành.") == []
    assert event_names("Tuần lễ hàng Việt Nam tại Lào Cai khai mạc ngày 5/6.") == ["Tuần lễ hàng Việt Nam"]


def test_undated_training_named_by_its_bare_verb_is_a_programmes_activity():
    assert event_names("Tin kinh tế\nCác hoạt động chính của dự án gồm: tổ chức tập huấn các hợp tác xã về kỹ năng quản lý tài chính và "
                       "tiếp cận thị trường.") == []
    assert event_names("Ngày 12/12, Sở Công Thương đã tổ chức tập huấn sản xuất sạch hơn cho cán bộ quản lý.") == [
        "tập huấn sản xuất sạch hơn cho cán bộ quản lý"]
    assert event_names("Sở Công Thương mở lớp tập huấn kỹ năng livestream bán hàng cho 50 học viên.") == [
        "lớp tập huấn kỹ năng livestream bán hàng"]


def test_a_source_that_says_owns_nothing_of_what_it_says():
    got = subjects("Công ty Điện lực Quảng Nam cho biết: 5 tháng đầu năm toàn tỉnh đã tiết kiệm được hơn 4,4 triệu kWh điện.")
    assert "Điện lực" not in (got["hơn 4,4 triệu kWh"] or "")


def test_a_signing_of_unnamed_papers_inside_the_event_told_is_no_event():
    lead = "Tin kinh tế địa phương\n"
    got = event_names(lead + "Sáng 12/4, tại Hội nghị xúc tiến đầu tư tỉnh Bình Phước năm 2024, UBND tỉnh đã trao giấy chứng nhận "
                  "đầu tư và ký kết biên bản ghi nhớ với nhiều nhà đầu tư.")
    assert got == ["Hội nghị xúc tiến đầu tư tỉnh Bình Phước năm 2024"]
    assert event_names(lead + "Ngày 5/6, tại Hà Nội, Bộ Công Thương và Tập đoàn Central Group đã ký kết biên bản ghi nhớ về hợp "
                   "tác tiêu thụ hàng Việt.") == ["ký kết biên bản ghi nhớ về hợp tác tiêu thụ hàng Việt"]


def test_a_size_a_verb_of_opening_or_besides_ends_a_name():
    assert event_names("Tin kinh tế\nTối 12-1, khai mạc hội chợ Hàng Việt Nam chất lượng cao (HVNCLC) mở màn bằng màn múa lân.") == [
        "hội chợ Hàng Việt Nam chất lượng cao (HVNCLC)"]
    assert event_names("Tin kinh tế\nNăm nay huyện tổ chức hội chợ xuân biên giới quy mô hoành tráng từ ngày 2/2.") == [
        "hội chợ xuân biên giới"]


def test_a_cambodian_ladys_titles_are_no_part_of_her_name():
    got = named_titles("Bà Chumteav Oknha Sok Lina, Chủ tịch Hiệp hội Doanh nhân nữ Campuchia, phát biểu tại hội chợ.")
    assert [name for name, _ in got] == ["Sok Lina"]


def test_an_attribute_opening_the_sentence_with_its_place_is_of_the_thing_after():
    got = subjects("Với diện tích 40 ha ở Khu công nghiệp Tâm Thắng, Nhà máy Phân bón Cư Jút được khởi công năm 2019.")
    assert got["40 ha"] == "diện tích của Nhà máy Phân bón Cư Jút"


def test_supply_and_demand_stay_in_a_name_the_tagger_split():
    got = process_text("Tin kinh tế\nSáng 12/10, Hội nghị Kết nối cung cầu hàng hóa giữa Hà Nội và các tỉnh năm 2023 chính thức "
                       "khai mạc tại Cung Văn hóa Hữu nghị.", settings=SETTINGS).events
    assert [e.name for e in got] == ["Hội nghị Kết nối cung cầu hàng hóa giữa Hà Nội và các tỉnh năm 2023"]


def test_a_time_of_day_before_the_day_still_dates_the_event():
    got = process_text("Tin kinh tế\nHội nghị Xúc tiến đầu tư tỉnh Đắk Nông năm 2024 dự kiến diễn ra lúc 8 giờ 30 ngày 15-4 tại "
                       "Trung tâm Hội nghị tỉnh.", settings=SETTINGS).events
    assert [(e.name, e.date) for e in got] == [("Hội nghị Xúc tiến đầu tư tỉnh Đắk Nông năm 2024", "2024-04-15")]


def test_the_and_of_a_departments_own_name_joins_no_parties():
    got = event_names("Tin kinh tế\nNgày 3/6, tại Hà Nội, đã diễn ra Lễ ký kết Biên bản hợp tác giữa Cục Quản lý và Phát triển Thị "
                      "trường trong nước, Cục Xúc tiến thương mại với Tập đoàn Aeon.")
    assert got == ["Lễ ký kết Biên bản hợp tác giữa Cục Quản lý và Phát triển Thị trường trong nước, Cục Xúc tiến thương mại "
                   "với Tập đoàn Aeon"]
    assert event_names("Tin kinh tế\nChiều 2/3, Lễ ký kết hợp tác giữa Cục Xúc tiến thương mại và Tập đoàn Lotte, Thứ trưởng "
                       "Phan Thị Thắng phát biểu.") == ["Lễ ký kết hợp tác giữa Cục Xúc tiến thương mại và Tập đoàn Lotte"]


def test_a_bare_body_in_a_title_is_the_one_the_article_names():
    got = named_titles("Tin kinh tế\nCông ty TNHH Cơ khí Phú Thịnh vừa đầu tư dây chuyền mới. Ông Lê Văn Phú, Giám đốc Công ty, cho biết "
                       "sản lượng tăng gấp đôi.")
    assert got == [("Lê Văn Phú", "Giám đốc Công ty TNHH Cơ khí Phú Thịnh")]
    got = named_titles("Tin kinh tế\nCông ty Than Hà Tu và Công ty Than Núi Béo ký kết hợp tác. Ông Nguyễn Văn An, Giám đốc Công ty, "
                       "cho biết sản lượng tăng.")
    assert got == [("Nguyễn Văn An", "Giám đốc Công ty")]  # (two companies: which one, the text does not say)


def test_a_counted_nouns_short_form_in_brackets_leaves_its_words_after():
    got = subjects("Đoàn công tác đã đến thăm và chúc Tết 7 doanh nghiệp (DN) FDI tiêu biểu tại huyện Yên Phong, gồm: Công ty A.")
    assert got == {"7 doanh nghiệp": "doanh nghiệp FDI tiêu biểu tại huyện Yên Phong"}


def test_a_yearly_rate_written_a_few_words_after_the_amount():
    got = process_text("Cảng đặt mục tiêu nâng công suất các bến lên 8 triệu tấn hàng hóa qua cảng mỗi năm.", settings=SETTINGS).figures
    assert [(f.text, f.per) for f in got] == [("8 triệu tấn", "năm")]
    got = process_text("Công ty xuất khẩu 5.000 tấn cà phê và 200 tấn hồ tiêu mỗi năm.", settings=SETTINGS).figures
    assert [f.per for f in got][0] is None  # (`và`: the next item's time)


def test_small_and_medium_firms_lacking_capital_are_what_the_share_is_of():
    got = subjects("Tin nhanh\nHơn 70% doanh nghiệp vừa và nhỏ thiếu vốn đầu tư đổi mới công nghệ.")
    assert got == {"Hơn 70%": "doanh nghiệp vừa và nhỏ thiếu vốn đầu tư đổi mới công nghệ"}


def test_punctuation_or_a_connective_is_no_subject():
    for place in ("Khu Công nghệ cao Hòa Lạc", "Khu công nghiệp Hòa Khánh"):
        (subject,) = subjects(f"Tin nhanh\n| Hiện tỷ lệ lấp đầy trong {place} trên 60% |").values()
        assert subject is None or any(ch.isalpha() for ch in subject)
    got = subjects("Tin nhanh\nKết quả đã có 25 sản phẩm của 18 doanh nghiệp được công nhận đạt danh hiệu.")
    assert got["25 sản phẩm"] == "sản phẩm"


def test_a_title_ends_before_cho_biet_and_a_comma():
    got = named_titles("Bà Trần Thị Mai – Giám đốc Công ty BSA, Phó Chủ tịch Hội Doanh nhân Trẻ Hà Nội (HBA), Trưởng Ban tổ chức cho "
                       "biết, năm 2022, khi các dự án khởi nghiệp trên khắp thế giới chịu ảnh hưởng bởi dịch bệnh, lượng hồ sơ vẫn tăng.")
    assert got == [("Trần Thị Mai", "Giám đốc Công ty BSA, Phó Chủ tịch Hội Doanh nhân Trẻ Hà Nội (HBA), Trưởng Ban tổ chức")]


def test_an_ampersand_in_a_bodys_name_goes_on_like_va():
    got = named_titles("Ông Lê Văn Bình - Giám đốc Trung tâm Khuyến công & xúc tiến thương mại cho biết, năm nay có nhiều đề án mới.")
    assert got == [("Lê Văn Bình", "Giám đốc Trung tâm Khuyến công & xúc tiến thương mại")]


def test_a_fair_a_workshop_presents_stays_in_the_workshops_name():
    got = event_names("Tin nhanh\nNgày 10-5-2019, tại Hà Nội, Bộ Công Thương tổ chức Hội thảo giới thiệu thông tin hội chợ nhập khẩu quốc "
                      "tế Thượng Hải 2019 cho doanh nghiệp.")
    assert got[0] == "Hội thảo giới thiệu thông tin hội chợ nhập khẩu quốc tế Thượng Hải 2019"


def test_a_name_goes_on_past_doi_voi_and_a_prime_ministers_samdech_thipadei():
    assert event_names("Tin nhanh\nNgày 20/6, UBND tỉnh tổ chức Hội thảo lấy ý kiến đối với Đề án phát triển cảng biển Cần Thơ.") == [
        "Hội thảo lấy ý kiến đối với Đề án phát triển cảng biển Cần Thơ"]
    got = named_titles("Tin nhanh\nThủ tướng Vương quốc Campuchia Samdech Thipadei Hun Manet dự lễ khai trương cửa khẩu.")
    assert got == [("Hun Manet", "Thủ tướng Vương quốc Campuchia")]


def test_the_post_spoken_for_is_no_post_of_the_speaker():
    got = named_titles("Phát biểu tại buổi lễ, thay mặt Thủ tướng Chính phủ, Phó Thủ tướng Trịnh Đình Dũng chúc mừng tỉnh Hà Tĩnh.")
    assert got == [("Trịnh Đình Dũng", "Phó Thủ tướng")]


def test_a_periods_horizon_and_vision_stay_in_a_name():
    got = event_names("Tin nhanh\nTại Hội thảo Phát triển ngành cà phê Việt Nam giai đoạn đến năm 2030, tầm nhìn đến năm 2050, các chuyên "
                      "gia cho rằng cần tăng chế biến sâu.")
    assert got == ["Hội thảo Phát triển ngành cà phê Việt Nam giai đoạn đến năm 2030, tầm nhìn đến năm 2050"]


def test_a_rate_per_hour_after_the_goods_and_a_yearly_average():
    got = process_text("Tin nhanh\nNhà máy đường có lò hơi công suất 120 tấn hơi/h.", settings=SETTINGS).figures
    assert [(f.text, f.per) for f in got] == [("120 tấn", "giờ")]
    got = process_text("Tin nhanh\nNhà máy thủy điện có điện lượng trung bình năm khoảng 150 triệu kWh.", settings=SETTINGS).figures
    assert [(f.text, f.per) for f in got] == [("khoảng 150 triệu kWh", "năm")]
