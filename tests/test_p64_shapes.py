"""Event and figure shapes from the verdicts of set P64 (s48: technology, water, medicine and glass pages), tested on
sentences of our own: a closing day and how long the event lasted, a short form that is held, a work put into use,
a pair before an edition, a short form spelt `Vietnam`, a headline that drops `Lễ`, a planned year, a measure cut
from its figure; and the subjects of a measure after its amount, goods after a contract's weight, a volume a day and
night, a firm's whole name, a payment to the budget."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def _events(text: str, published: str | None = None, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.date, e.date_end) for e in process_text(text, published=published, title=title, settings=SETTINGS).events]


def _figures(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.text: (f.subject, f.per) for f in process_text(text, settings=SETTINGS).figures}


def test_a_closing_day_and_the_days_it_lasted_give_the_first_day():
    text = ("Chiều 15/11, Sở Khoa học và Công nghệ tỉnh Bến Tre bế mạc Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bến Tre 2023 "
            "(Techfest Bến Tre 2023).\nSau 3 ngày diễn ra (13-15/11), sự kiện Techfest Bến Tre 2023 đã khép lại.")
    assert _events(text) == [("Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bến Tre 2023", "2023-11-13", "2023-11-15")]


def test_a_short_form_held_inside_a_sentence_dates_the_event():
    text = ("Năm nay, Ngày hội Đổi mới sáng tạo tỉnh Bình Dương (Techfest Bình Dương) được tổ chức theo hình thức mới.\n\n"
            "Với chủ đề “Kết nối để phát triển”, Techfest Bình Dương 2024 diễn ra từ ngày 5 đến 7-11 tại Thủ Dầu Một.")
    assert _events(text, "2024-10-20") == [("Ngày hội Đổi mới sáng tạo tỉnh Bình Dương (Techfest Bình Dương)", "2024-11-05", "2024-11-07")]


def test_a_work_put_into_use_stays_in_the_ceremony_s_name():
    text = ("Ngày 12/3/2019, Công ty Cổ phần Dược phẩm Trung ương tổ chức lễ khánh thành và chính thức đưa Nhà máy sản xuất "
            "thuốc viên đạt chuẩn EU-GMP vào hoạt động.")
    assert _events(text) == [("lễ khánh thành và chính thức đưa Nhà máy sản xuất thuốc viên đạt chuẩn EU-GMP vào hoạt động",
                              "2019-03-12", None)]
    lower = ("Sáng 9/6/2022, tại KCN Nam Tân Uyên, Công ty TNHH Dong Yang Vina đã khánh thành và đưa vào hoạt động nhà máy "
             "chuyên sản xuất bao bì giấy.")
    assert [n for n, _, _ in _events(lower)] == ["khánh thành nhà máy chuyên sản xuất bao bì giấy"]


def test_a_pair_of_nouns_before_an_edition_is_in_the_name():
    text = "Chiều 20/4/2023, Ngày hội khởi nghiệp Quốc gia của học sinh, sinh viên lần thứ V, năm 2023 đã khép lại tại Huế."
    assert [n for n, _, _ in _events(text)] == ["Ngày hội khởi nghiệp Quốc gia của học sinh, sinh viên lần thứ V, năm 2023"]


def test_a_short_form_spelt_vietnam_is_the_same_exhibition():
    text = ("Từ ngày 9 – 11/10/2024, Triển lãm quốc tế ngành điện tử Việt Nam 2024 (ELECTRO Vietnam 2024) sẽ được tổ chức "
            "tại TP Hồ Chí Minh.\nCác đại biểu tại họp báo công bố triển lãm ELECTRO Việt Nam 2024.")
    assert [n for n, _, _ in _events(text)] == ["Triển lãm quốc tế ngành điện tử Việt Nam 2024"]


def test_a_water_plant_s_first_supply_is_a_ceremony():
    text = "Ngày 3-9-2024, Công ty Cổ phần Cấp nước Đồng Tháp tổ chức lễ phát nước Nhà máy nước Sa Đéc giai đoạn 2."
    assert _events(text) == [("lễ phát nước Nhà máy nước Sa Đéc giai đoạn 2", "2024-09-03", None)]


def test_a_headline_that_drops_le_names_the_body_s_bare_ceremony():
    body = ("Sáng nay, tại huyện Kỳ Anh, Tập đoàn Hòa Phát tổ chức buổi lễ với sự tham dự của lãnh đạo tỉnh.\n"
            "Phó Chủ tịch UBND tỉnh phát biểu tại Lễ khởi động.")
    events = _events(body, title="Chính thức khởi động Dự án Nhà máy thép tấm Hòa Phát tại Hà Tĩnh")
    assert [n for n, _, _ in events] == ["Lễ khởi động Dự án Nhà máy thép tấm Hòa Phát"]


def test_a_planned_year_does_not_date_an_undated_page_s_day():
    text = ("Ngày 12/4, Nhà máy Sinh phẩm Y tại Long An đã chính thức khởi công, dự kiến đi vào hoạt động vào cuối năm 2027.\n"
            "Dự kiến, nhà máy sẽ đi vào hoạt động vào cuối năm 2027 với 500 lao động.")
    assert all(d != "2027-04-12" for _, d, _ in _events(text)), _events(text)


def test_a_measure_cut_from_its_figure_is_no_part_of_the_name():
    title = "Khởi công xây dựng nhà máy sản xuất sữa hạt công suất 50 triệu lít/năm"
    assert [n for n, _, _ in _events(title + "\n\nDự án do Công ty X làm chủ đầu tư.")] == ["Khởi công xây dựng nhà máy sản xuất sữa hạt"]


def test_measures_goods_rates_and_owners_of_figures():
    figures = _figures("Năm 2022, Tổng Công ty Dệt may miền Nam đặt kế hoạch đạt 5.000 tỷ đồng doanh thu và 300 tỷ đồng lợi nhuận.")
    assert figures["5.000 tỷ đồng"][0] == "doanh thu của Tổng Công ty Dệt may miền Nam"
    assert _figures("Hết tháng 2, các doanh nghiệp đã ký hợp đồng xuất khẩu được gần 1,2 triệu tấn gạo.")["gần 1,2 triệu tấn"][0] == "gạo"
    assert _figures("Dự án xây dựng hệ thống cấp nước sạch với công suất 5.000 m3 ngày đêm cho ba xã.")["5.000 m3"][1] == "ngày"
    owned = _figures("Công ty TNHH Thủy tinh nổi Chu Lai có vốn điều lệ 500 tỷ đồng do hai doanh nghiệp góp vốn.")
    assert owned["500 tỷ đồng"][0] == "vốn điều lệ của Công ty TNHH Thủy tinh nổi Chu Lai"
    assert _figures("Năm 2021 Samsung nộp ngân sách 1,2 tỷ USD.")["1,2 tỷ USD"][0] == "nộp ngân sách của Samsung"
