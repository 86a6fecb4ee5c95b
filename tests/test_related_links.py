"""Links to related articles are not the article: a run of links that open with their date (`- 18.05.2024 Khai mạc
triển lãm ...`) is left out wherever it stands, in a plain text and in an HTML page; one dated line, a dated item of
a programme (`- 18/5/2024: Khai mạc hội chợ.`) and the body's own sentences stay."""

from __future__ import annotations

import pytest

from pipeline import process_html, process_text
from pipeline.page.stage import without_related_links

LEAD = ("Ngày 31/5/2024, Sở Công Thương tỉnh Quảng Bình khai mạc Hội chợ Công Thương Quảng Bình năm 2024 tại quảng "
        "trường Hồ Chí Minh với 200 gian hàng.")
LINKS = ("- 18.05.2024 Đặc sắc cuộc thi sáng tác và triển lãm tranh thiếu nhi Hà Tĩnh\n"
         "- 03.05.2024 Khai mạc triển lãm \"Dấu ấn sông Gianh trong điện ảnh\"\n"
         "- 28/04/2024 Khai mạc Hội chợ thương mại Lệ Thủy năm 2024")
BODY = "Hội chợ diễn ra đến hết ngày 4/6/2024 và có nhiều doanh nghiệp ngoài tỉnh tham gia."


def test_a_run_of_dated_links_inside_a_text_is_left_out():
    text = without_related_links(f"{LEAD}\n{LINKS}\n{BODY}")
    assert text == f"{LEAD}\n{BODY}"
    record = process_text(f"{LEAD}\n{LINKS}\n{BODY}")
    assert [e.name for e in record.events] == ["Hội chợ Công Thương Quảng Bình năm 2024"]
    assert "Lệ Thủy" not in record.text


def test_one_dated_line_or_a_programme_item_stays():
    one = f"{LEAD}\n- 18.05.2024 Đặc sắc cuộc thi sáng tác tranh thiếu nhi Hà Tĩnh\n{BODY}"
    assert without_related_links(one) == one
    programme = f"{LEAD}\n- 1/6/2024: Khai mạc hội chợ ẩm thực.\n- 2/6/2024: Hội thảo kết nối cung cầu.\n{BODY}"
    assert without_related_links(programme) == programme


def test_a_run_of_dated_links_in_an_html_page_is_left_out():
    items = "".join(f"<li>{line[2:]}</li>" for line in LINKS.split("\n"))
    html = (f"<html><head><title>Khai mạc Hội chợ Công Thương Quảng Bình</title></head><body><article>"
            f"<h1>Khai mạc Hội chợ Công Thương Quảng Bình</h1><p>{LEAD}</p><ul>{items}</ul><p>{BODY}</p>"
            f"<p>{BODY.replace('ngoài tỉnh', 'trong tỉnh')}</p></article></body></html>")
    record = process_html(html, url="http://127.0.0.1/hoi-cho.html")
    assert "Dấu ấn sông Gianh" not in record.text and "Hội chợ Công Thương Quảng Bình năm 2024" in record.text


_BULLETED = ("\n-\nKhởi công xây dựng Nhiệt điện Sông Hậu 2: Đưa dự án về đích\n-\nViệt Nam áp thuế chống bán phá giá thép"
             " mạ\n-\nXuất khẩu rau quả tăng mạnh sang thị trường Trung Quốc\n-\n"
             "Chiều 5/6, UBND tỉnh Hưng Yên tiếp đoàn công tác của Tập đoàn Lotte.\nHai bên trao đổi về cơ hội đầu tư.")
_DASHED = ("-\nGia Lai: Khu công nghiệp Tây Giang dự kiến khởi công trong tháng 6 -\nQuảng Ngãi gỡ vướng các dự án đất đai -\n"
           "Nhà máy X động thổ mở rộng tại Gia Lai, vốn tăng thêm 830 tỷ đồng\n-\nTuyến đường Phố Hiến - Hưng Hà: cú hích hạ tầng\n"
           "Sáng 5/6, Sở Công Thương Sóc Trăng đóng điện 3 nhà máy điện gió.\nCác nhà máy có tổng công suất 90 MW.")


@pytest.mark.parametrize(("text", "gone", "first", "one"), [
    # headlines each set between bullet-only lines; one bulleted line is a list item of the article
    (_BULLETED, ["Nhiệt điện", "thép", "rau quả"], "Chiều 5/6, UBND tỉnh Hưng Yên",
     "Các nội dung chính:\n-\nHỗ trợ máy móc thiết bị cho cơ sở\n-\nSở Công Thương tổng kết năm."),
    # headlines closed by a separator dash; one such line is a headline of the article's own
    (_DASHED, ["Tây Giang", "động thổ", "Phố Hiến"], "Sáng 5/6, Sở Công Thương Sóc Trăng",
     "Hội chợ OCOP Sóc Trăng 2024 -\nSáng 5/6, Sở Công Thương khai mạc hội chợ."),
])
def test_a_block_of_related_headlines_is_left_out(text, gone, first, one):

    kept = without_related_links(text)
    assert not [g for g in gone if g in kept]
    assert kept.strip().startswith(first) and text.rstrip()[-12:] in kept
    assert without_related_links(one) == one


def test_a_text_ends_at_the_heading_of_a_link_or_comment_block():
    tail = ("Những tin cũ hơn\nKết luận của đồng chí Trưởng Ban Chỉ đạo tại Hội nghị tổng kết Chương trình MTQG\n"
            "Ý kiến bạn đọc")
    text = f"{LEAD}\n{BODY}\n{BODY}\n{BODY}\n{BODY}\n{tail}"
    assert without_related_links(text) == f"{LEAD}\n{BODY}\n{BODY}\n{BODY}\n{BODY}"
    record = process_text(text)
    assert [e.name for e in record.events] == ["Hội chợ Công Thương Quảng Bình năm 2024"]
    # a heading that opens a short text is no block's end: nothing is cut before the body has begun
    assert without_related_links(f"Tin mới\n{LEAD}") == f"Tin mới\n{LEAD}"


def test_an_english_related_posts_heading_ends_the_text():
    body = "Ngày 12/5, Công ty đã khánh thành nhà máy chế biến gỗ tại Bình Định. " * 8
    text = without_related_links(f"{body}\nP.V\nRelated posts:\nHội thi Thợ giỏi Cao su Đồng Nai 2021\nCao su Bình Long vượt kế hoạch")
    assert text.endswith("P.V") and "Hội thi" not in text


BODY_LONG = "Ngày 12/5, Sở Công Thương tỉnh Hà Nam tổ chức hội nghị về tiết kiệm điện với nhiều doanh nghiệp tham dự. " * 6


def test_headlines_after_the_closing_byline_are_left_out():
    text = without_related_links(f"{BODY_LONG}\nThu Hà\nKhai mạc Hội chợ Xuân Hà Nam năm 2026\nCHUYÊN ĐỀ - Số 3: Điện mặt trời mái nhà")
    assert text.endswith("Thu Hà")
    kept = f"{BODY_LONG}\nThu Hà\nBài viết này được cập nhật lúc 10 giờ."
    assert without_related_links(kept) == kept


def test_a_link_line_opened_by_an_unaccented_slug_is_left_out():
    text = without_related_links(f"Huyện Kim Bảng tổ chức lễ đón bằng công nhận làng nghề.\nton vinh lang nghe mam tom kim bang "
                                 f"Huyện Kim Bảng tổ chức hội diễn văn nghệ công nhân\n{BODY_LONG}")
    assert "hội diễn" not in text and text.startswith("Huyện Kim Bảng tổ chức lễ đón")


def test_a_menu_of_hot_topics_is_left_out():
    text = without_related_links("1. Dòng sự kiện:\n  2. Bão số 3 đổ bộ Quảng Ninh\n  3. Kỳ họp thứ 7 Quốc hội khóa XV\n\n"
                                 f"Khai trương phố ẩm thực mới ở Đà Nẵng\n\n{BODY_LONG}")
    assert "Kỳ họp" not in text and "Khai trương phố ẩm thực" in text


def test_a_headline_between_the_last_sentence_and_the_credits_is_a_link():
    body = ("Sáng 9/10, Công ty TNHH Lốp xe An Phát khánh thành nhà máy lốp xe tại KCN Nam Đình Vũ, Hải Phòng. "
            "Nhà máy có công suất 5 triệu lốp mỗi năm và tạo việc làm cho 800 lao động địa phương. " * 3).strip()
    text = f"{body}\n\n\nKhởi công xây dựng Nhà máy nhiệt điện Quỳnh Lập 2\n\n\nTheo TTXVN\n\nlanhn\n"
    kept = without_related_links(text)
    assert "Quỳnh Lập" not in kept and "Theo TTXVN" in kept
    assert all("Quỳnh Lập" not in e.name for e in process_text(text).events)
    plain = f"{body}\n\nKhởi công xây dựng Nhà máy nhiệt điện Quỳnh Lập 2"  # no credits after it: the text's own last line
    assert without_related_links(plain) == plain
