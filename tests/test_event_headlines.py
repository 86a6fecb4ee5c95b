"""A headline's or a caption's event joins the body's one event of its kind (`event_headlines.py`), in shapes the
thirty-sixth session found on real articles: a headline that shortens an exhibition's title, a caption that names a
groundbreaking as a launch; and two body events of the kind, or a headline with its own year, stay apart."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _names(text: str, published: str | None = "2024-03-10") -> list[str]:
    return [e.name for e in process_text(text, published=published, settings=SETTINGS).events]


def test_a_headline_that_shortens_the_bodys_exhibition_is_that_exhibition():
    names = _names(
        "Đông đảo người dân tham quan triển lãm về làng nghề gốm Bát Tràng và Phù Lãng\n\n"
        "Sáng 9-3, tại Hà Nội, Sở Công Thương khai mạc triển lãm ảnh và hiện vật “Gốm Bát Tràng, Phù Lãng - hồn đất Việt”.\n\n"
        "Triển lãm kéo dài đến hết tháng 3.")
    assert names == ["triển lãm ảnh và hiện vật “Gốm Bát Tràng, Phù Lãng - hồn đất Việt”"]


def test_a_headline_event_stays_apart_when_the_body_names_two_of_its_kind_or_it_writes_its_own_year():
    two = _names(
        "Khai mạc hội chợ nông sản an toàn\n\n"
        "Sáng 9-3, tại Thái Bình, khai mạc Hội chợ OCOP Thái Bình. Cùng ngày, tại Nam Định, khai mạc Hội chợ Thương mại Nam Định.")
    assert len(two) == 3
    dated = _names(
        "Hội chợ Nông sản Thái Bình 2023 thu hút đông khách\n\n"
        "Sáng 9-3, tại Thái Bình, khai mạc Hội chợ OCOP Thái Bình 2024.")
    assert len(dated) == 2


def test_a_launch_and_a_groundbreaking_of_one_project_are_one_ceremony():
    names = _names(
        "Sáng 9/3, Bộ Giao thông Vận tải khởi công dự án xây cầu Rạch Miễu 2 tại tỉnh Tiền Giang.\n\n"
        "Lễ khởi động dự án đầu tư xây dựng cầu Rạch Miễu 2.\n\nCầu dài 17 km.")
    assert names == ["khởi công dự án xây cầu Rạch Miễu 2"]


def test_a_yearly_contest_named_without_its_year_takes_the_one_the_article_writes():
    names = _names(
        "Người mẫu Mai Anh úp mở chuyện thi Hoa hậu Biển Việt Nam 2024\n\n"
        "Người đẹp cho biết cô đang chuẩn bị cho cuộc thi Hoa hậu Biển Việt Nam.", None)
    assert names == ["cuộc thi Hoa hậu Biển Việt Nam 2024"]
    two = _names("Cô từng thi Hoa hậu Biển Việt Nam 2022 và Hoa hậu Biển Việt Nam 2024.\n\n"
                 "Người đẹp cho biết cô đang chuẩn bị cho cuộc thi Hoa hậu Biển Việt Nam.", None)
    assert two == ["cuộc thi Hoa hậu Biển Việt Nam"]  # two years: no one edition


def test_a_restart_is_another_ceremony_dated_by_the_lead_day_alone_on_an_undated_page():
    """`tái khởi công X` (a restart) in the headline is not the groundbreaking the body tells of years before; an undated
    page's lead day with no year backing it dates it as its month and day (`--03-12`), not with a guessed year."""
    text = ("Tái khởi công đường cao tốc Cần Thơ - Cà Mau sau 6 năm đình trệ\n\n"
            "Sáng 12/3, dự án đường cao tốc Cần Thơ - Cà Mau được khởi động trở lại sau nhiều năm thiếu vốn.\n\n"
            "Dự án từng được giao cho một nhà đầu tư tư nhân và đã khởi công cuối tháng 10/2012.\n\n"
            "Tuyến đường dài hơn 110 km, đi qua ba tỉnh.")
    events = process_text(text, published=None, settings=SETTINGS).events
    assert [(e.name, e.date) for e in events if e.type == "ceremony"] == [
        ("Tái khởi công đường cao tốc Cần Thơ - Cà Mau", "--03-12")]
