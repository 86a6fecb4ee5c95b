"""Days of an event told apart from its name (s48, from the verdicts of set P62): a range written with dashes, a bare
`Triển lãm hội chợ` that points back to the exhibition, a bare opening ceremony that dates the article's one fair,
and an opening whose object is a display space."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _record(text: str, published: str | None = None, title: str | None = None):
    return process_text(text, published=published, title=title, settings=SETTINGS)


def _events(text: str, published: str | None = None, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.date, e.date_end) for e in _record(text, published, title).events]


def test_a_range_written_with_dashes_gives_both_days():
    dates = [(d.text, d.value) for d in _record("Hội chợ nông sản Đồng Tháp diễn ra từ ngày 15-3 đến 19-3-2019 tại TP Cao Lãnh.").dates]
    assert dates == [("từ ngày 15-3 đến 19-3-2019", "2019-03-15"), ("từ ngày 15-3 đến 19-3-2019", "2019-03-19")]
    assert _events("Hội chợ nông sản Đồng Tháp diễn ra từ 29-12 đến 2-1-2021 tại TP Cao Lãnh.", "2020-12-20") == [
        ("Hội chợ nông sản Đồng Tháp", "2020-12-29", "2021-01-02")]  # (a range across the new year starts in the old one)


def test_a_dashed_span_of_counts_is_no_range():
    values = [d.value for d in _record("Giá phân bón tăng từ 10-12 đến 15-18% so với năm 2022.").dates]
    assert all(not v.endswith("-15") and not v.startswith("2022-12") for v in values[1:]), values
    assert "2022" in values


def test_a_bare_exhibition_fair_points_back_to_the_named_exhibition():
    text = ("Chiều cùng ngày, Sở Công Thương đã họp báo giới thiệu Triển lãm “Sản phẩm công nghiệp nông thôn tiêu biểu vùng "
            "Tây Bắc”. Triển lãm hội chợ diễn ra từ ngày 3-11 đến 7-11-2021 tại TP Điện Biên Phủ.")
    assert _events(text) == [("Triển lãm “Sản phẩm công nghiệp nông thôn tiêu biểu vùng Tây Bắc”", "2021-11-03", "2021-11-07")]


def test_a_bare_opening_dates_the_article_s_one_fair():
    text = ("Hội chợ Thương mại nông sản Bắc Giang 2019 là dịp để doanh nghiệp giới thiệu sản phẩm tới người tiêu dùng.\n"
            "Đến nay đã có 120 doanh nghiệp đăng ký tham gia với 200 gian hàng.\n"
            "Lễ khai mạc sẽ được tổ chức vào 8h sáng ngày 20/6 tại Nhà văn hóa tỉnh, sau đó là chương trình nghệ thuật.")
    assert _events(text) == [("Hội chợ Thương mại nông sản Bắc Giang 2019", "2019-06-20", None)]
    said = ("Hội chợ Thương mại nông sản Bắc Giang 2019 là dịp để doanh nghiệp giới thiệu sản phẩm tới người tiêu dùng.\n"
            "Các gian hàng mở cửa từ ngày 20/6, là ngày khai mạc của hội chợ.")
    assert _events(said) == [("Hội chợ Thương mại nông sản Bắc Giang 2019", "2019-06-20", None)]


def test_an_opening_beside_two_long_events_dates_neither():
    text = ("Hội chợ Thương mại nông sản Bắc Giang 2019 là dịp để doanh nghiệp giới thiệu sản phẩm tới người tiêu dùng.\n"
            "Cùng với đó, Lễ hội Vải thiều Lục Ngạn 2019 sẽ quảng bá thương hiệu vải thiều của tỉnh.\n"
            "Đến nay đã có 120 doanh nghiệp đăng ký tham gia với 200 gian hàng.\n"
            "Lễ khai mạc sẽ được tổ chức vào 8h sáng ngày 20/6 tại Nhà văn hóa tỉnh.")
    dated = {name: date for name, date, _ in _events(text)}
    assert dated["Hội chợ Thương mại nông sản Bắc Giang 2019"] == "2019"  # (the opening may be the festival's, named just before it)


def test_a_bare_opening_dates_the_fair_a_title_names():
    body = ("(BGO) - Ông Trần Văn An, Giám đốc Sở Công Thương cho biết đây là hoạt động lớn nhất của ngành trong năm.\n"
            "Một trong những mục tiêu của Tuần lễ là kết nối tiêu thụ nông sản của tỉnh.\n"
            "Ngay sau lễ khai mạc được tổ chức vào 20h ngày 14/7 tại quảng trường trung tâm là chương trình nghệ thuật.")
    events = _events(body, title="Sắp diễn ra Tuần lễ nông sản an toàn Bắc Giang 2018")
    assert events == [("Tuần lễ nông sản an toàn Bắc Giang 2018", "2018-07-14", None)]


def test_an_opening_of_a_display_space_is_named_by_the_space():
    text = ("Tối 12/9/2022, tại quảng trường trung tâm, UBND tỉnh Lạng Sơn tổ chức lễ khai mạc không gian trưng bày sản phẩm "
            "OCOP vùng biên giới.")
    assert _events(text) == [("lễ khai mạc không gian trưng bày sản phẩm OCOP vùng biên giới", "2022-09-12", None)]
