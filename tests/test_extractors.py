"""Each extractor on sentences of our own, in shapes and places the seed articles do not have."""

from __future__ import annotations

import pytest

from pipeline.facts import dates, events, figures, officials
from pipeline.facts.numbers import parse_digits, parse_words
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _analyse(text):
    return analyse(normalize(text))


@pytest.mark.parametrize("text,value", [
    ("1.765.000.000", 1765000000), ("12,47", 12.47), ("8.498", 8498), ("1,5", 1.5), ("2.442", 2442), ("1.234.567,8", 1234567.8),
])
def test_digits(text, value):
    assert float(parse_digits(text)) == value


@pytest.mark.parametrize("text,value", [
    ("hai", 2), ("mười lăm", 15), ("ba trăm", 300), ("hai trăm năm mươi", 250), ("một nghìn", 1000), ("hai tỷ", 2e9),
])
def test_words(text, value):
    assert float(parse_words(text)) == value


@pytest.mark.parametrize("sentence,expected", [
    ("Tổng vốn đầu tư dự án khoảng 45 triệu USD.", [(45e6, "USD", "about")]),
    ("Nhà máy điện gió Hướng Linh có công suất 1,2 GW.", [(1200, "MW", None)]),
    ("Hệ thống điện mặt trời mái nhà 500 kWp đã vận hành.", [(500, "kWp", None)]),
    ("Diện tích quy hoạch 120 héc-ta, trong đó 35 ha đã giải phóng mặt bằng.", [(120, "ha", None), (35, "ha", None)]),
    ("Doanh thu ước đạt 2 tỷ 300 triệu đồng, tăng 8% so với năm trước.", [(2.3e9, "VND", "estimated"), (8, "percent", None)]),
    ("Lãi suất giảm từ 10-15%.", [(10, "percent", None), (15, "percent", None)]),
    ("Tỉnh hỗ trợ hai tỷ đồng cho làng nghề.", [(2e9, "VND", None)]),
    ("Sản lượng điện đạt 3 tỷ kWh trong năm 2023.", [(3e9, "kWh", None)]),
    ("Theo Nghị định 45/2012/NĐ-CP, có 6/20 tỉnh ngày 11/10 năm 2024.", []),
])
def test_figures(sentence, expected):
    found = [(f.value, f.unit, f.qualifier) for f in figures.extract(_analyse(sentence)) if f.unit != "count"]
    assert [(pytest.approx(v), u, q) for v, u, q in expected] == found


def test_counts_name_the_counted_noun():
    found = figures.extract(_analyse("Năm 2023, tỉnh có hơn 200 doanh nghiệp tham gia với 70 gian hàng."))
    assert [(f.value, f.counted, f.qualifier) for f in found] == [(200, "doanh nghiệp", "more_than"), (70, "gian hàng", None)]


@pytest.mark.parametrize("sentence,name,title,province", [
    ("Phó Giám đốc Sở Công Thương tỉnh Đồng Tháp Nguyễn Văn Dũng cho biết.", "Nguyễn Văn Dũng",
     "Phó Giám đốc Sở Công Thương tỉnh Đồng Tháp", "Đồng Tháp"),
    ("Bà Lê Thị Kim Oanh – Giám đốc Trung tâm Khuyến công tỉnh Nghệ An nhấn mạnh vai trò.", "Lê Thị Kim Oanh",
     "Giám đốc Trung tâm Khuyến công tỉnh Nghệ An", "Nghệ An"),
    ("Chủ tịch UBND huyện Lâm Hà Trần Quốc Việt dự lễ.", "Trần Quốc Việt", "Chủ tịch UBND huyện Lâm Hà", "Lâm Đồng"),  # (huyện Lâm Hà lies in Lâm Đồng)
    ("Ông Hà Văn Sơn (Chủ tịch Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi) phát biểu.", "Hà Văn Sơn",
     "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi", "Quảng Ngãi"),
    ("Giám đốc Sở Công Thương TP.HCM, bà Bùi Thị Ngọc Hiếu, cho biết.", "Bùi Thị Ngọc Hiếu",
     "Giám đốc Sở Công Thương TP.HCM", "Hồ Chí Minh"),
])
def test_officials(sentence, name, title, province):
    (official,) = officials.extract(_analyse(sentence))
    assert (official.name, official.title, official.province) == (name, title, province)


@pytest.mark.parametrize("sentence", [
    "Anh Nguyễn Văn Bình, công nhân nhà máy, chia sẻ niềm vui.",
    "Sở Công Thương tỉnh Nam Định cho biết đã hỗ trợ 20 đề án.",
    "Cửa hàng nằm trên đường Lê Lợi, xã Trần Hưng Đạo.",
])
def test_no_official_without_a_position(sentence):
    assert officials.extract(_analyse(sentence)) == []


def test_short_mentions_and_merged_titles():
    text = ("Ông Lê Văn Tâm, Giám đốc Sở Công Thương tỉnh Bình Định, cho biết tỉnh đã hỗ trợ 12 đề án.\n"
            "Theo ông Tâm, năm tới Sở sẽ tập trung vào làng nghề.")
    (o,) = officials.extract(_analyse(text))
    assert [m.text for m in o.mentions] == ["Lê Văn Tâm", "ông Tâm"]
    assert o.province_2025 == "Gia Lai"


@pytest.mark.parametrize("sentence,published,expected", [
    ("Sáng 20-5-2022, tại TP Cao Lãnh đã diễn ra lễ khánh thành.", None, [("2022-05-20", "day")]),
    ("Đến hết tháng 9/2024 và trong quý III/2024, sản lượng tăng.", None, [("2024-09", "month"), ("2024-Q3", "quarter")]),
    ("Ngày 15/4, hội chợ khai mạc.", "2019-04-16", [("2019-04-15", "day")]),
    ("Hôm qua, sở đã họp.", "2021-06-18", [("2021-06-17", "day")]),
    ("Trong 9 tháng đầu năm, giai đoạn 2021-2022, 6/20 tỉnh.", "2022-10-01", []),
])
def test_dates(sentence, published, expected):
    found = [(d.value, d.precision) for d in dates.extract(_analyse(sentence), published)]
    assert found == expected


def test_events_named_generic_and_bare():
    text = normalize(
        "Ngày 12/6, tại TP Quy Nhơn, Sở Công Thương phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức "
        "Hội thảo Kết nối cung cầu hàng hóa lần thứ 3 năm 2023.\n"
        "Tại hội thảo, các doanh nghiệp tham gia nhiều hội chợ trong nước.\n"
        "Cũng trong tháng 6, lễ khởi công Nhà máy chế biến gỗ Phù Cát diễn ra sáng 20/6."
    )
    analysis = analyse(text)
    found = events.extract(analysis, dates.extract(analysis, "2023-06-13"))
    assert [(e.type, e.date, e.edition) for e in found] == [("workshop", "2023-06-12", 3), ("ceremony", "2023-06-20", None)]
    assert found[0].location == "TP Quy Nhơn"
    assert found[0].organizers == ["Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh"]
    assert found[1].subtype == "groundbreaking" and found[1].name == "lễ khởi công Nhà máy chế biến gỗ Phù Cát"


def test_large_multipliers():
    (f,) = figures.extract(_analyse("Quy mô thị trường đạt 1,2 triệu tỉ đồng."))
    assert f.value == pytest.approx(1.2e15) and f.unit == "VND"


@pytest.mark.parametrize("text, values", [
    ("Hội chợ diễn ra 14 - 16/11/2025 tại Hạ Long.", ["2025-11-14", "2025-11-16"]),
    ("Tuần hàng diễn ra 26/4–01/5/2024 tại Lào Cai.", ["2024-04-26", "2024-05-01"]),
    ("Lễ hội (20-22/9/2025) thu hút nhiều du khách.", ["2025-09-20", "2025-09-22"]),
    ("Theo văn bản 30 - 2/10/2025 của tỉnh, kế hoạch được giữ nguyên.", ["2025-10-02"]),
])
def test_a_range_written_without_tu_keeps_both_days(text, values):
    assert [d.value for d in dates.extract(analyse(text), None)] == values


@pytest.mark.parametrize("text, published, values", [
    # `mùng`/`mồng` before a day of the first ten
    ("Từ ngày mùng 8 đến ngày 12/3, phiên chợ hàng Việt diễn ra tại huyện Tân Hồng.", "2023-03-05",
     ["2023-03-08", "2023-03-12"]),
    ("Sáng mồng 4/7, làng nghề tổ chức lễ giỗ tổ.", "2022-07-05", ["2022-07-04"]),
    ("Ngày mùng 6 tháng 2 năm 2024, chợ phiên mở cửa.", None, ["2024-02-06"]),
    # a dotted day in brackets after a day word; a bracketed decimal is no date
    ("Trong tối (3.8), lễ hội pháo hoa khai mạc bên sông Hàn.", "2019-08-04", ["2019-08-03"]),
    ("Lợi nhuận tăng (3.8) lần so với năm trước.", "2019-08-04", []),
    # an undated page: a yearless day takes the one year its paragraph names, not another paragraph's
    ("Từ ngày 14/10 đến 16/10, tuần hàng OCOP sẽ diễn ra tại Cần Thơ. Đây là hoạt động của kế hoạch xúc tiến "
     "thương mại năm 2023.\nNăm 2019, tỉnh đã tổ chức 5 hội chợ.", None, ["2023-10-14", "2023-10-16", "2023", "2019"]),
    ("Ngày 5/6, hội nghị diễn ra. Năm 2020 và năm 2021 tỉnh đã hỗ trợ 20 đề án.", None, ["2021-06-05", "2020", "2021"]),
    # a range whose first day writes its year keeps it; a range over years is not moved into one
    ("Hội chợ diễn ra từ ngày 25/7/2022 đến ngày 31/7/2022 tại Cửa Việt.", None, ["2022-07-25", "2022-07-31"]),
    ("Ông công tác tại đây từ ngày 5/4/1992 đến 27/5/1994.", None, ["1992-04-05", "1994-05-27"]),
    ("Dự án thi công từ 1/7/2023 đến 15/2, vượt kế hoạch.", None, ["2023-07-01", "2024-02-15"]),
])
def test_day_words_and_an_undated_paragraphs_year(text, published, values):
    assert [d.value for d in dates.extract(analyse(text), published)] == values
