"""A plain text's own dateline (corpus text without `published`) dates the article, and so does a metadata stamp
(`date: 2024-10-03`); a stamp of a month gives the year of its yearless days; a sentence that names a day, a birth
date and a long line do not."""

from __future__ import annotations

import pytest

from pipeline.documents import RawDocument
from pipeline.page.stage import to_article
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)
BODY = "Sở Công Thương tỉnh tổ chức hội nghị tổng kết công tác khuyến công và xúc tiến thương mại trong năm qua."


def _article(text: str, **meta: str):
    return to_article(RawDocument(key="k", kind="text", data=text, meta=dict(meta)), SETTINGS)


@pytest.mark.parametrize("first, published", [
    ("03/10/2024 08:15 | Kinh tế", "2024-10-03T08:15:00+07:00"),
    ("Thứ Năm, ngày 3 tháng 10 năm 2024", "2024-10-03"),
    ("Cập nhật: 3-10-2024", "2024-10-03"),
    ("date: 2024-10-03", "2024-10-03"),  # a text tool's metadata stamp
    ("date 2024-10-03 (Báo Công Thương) Hội nghị đã diễn ra tại Cần Thơ với 200 đại biểu.", "2024-10-03"),
])
def test_a_dateline_near_the_top_dates_a_plain_text(first, published):
    article = _article(f"Hội nghị khuyến công khu vực phía Nam\n{first}\n{BODY}")
    assert (article.published, article.published_from) == (published, "dateline")


@pytest.mark.parametrize("first", [
    "Ngày 3/10/2024, Sở Công Thương tổ chức hội nghị.",  # a sentence, not a dateline
    "Ngày 3/10/2024 Sở Công Thương họp bàn kế hoạch",
    "Sinh ngày: 18/12/1998",  # a birth date
])
def test_a_sentence_or_a_birth_date_is_no_dateline(first):
    assert _article(f"{first}\n{BODY}").published is None


def test_a_dateline_past_the_fourth_line_or_a_given_date_is_not_read():
    text = "Tiêu đề\nDòng hai của bài\nDòng ba của bài\nDòng bốn của bài\n03/10/2024 08:15\n" + BODY
    assert _article(text).published is None
    given = _article(f"03/10/2024 08:15\n{BODY}", published="2023-01-02")
    assert (given.published, given.published_from) == ("2023-01-02", "corpus")


def test_a_month_stamp_gives_the_year_of_a_yearless_day():
    from pipeline import process_text

    text = ("date 2022-09 (Báo Tiền Giang) Ngày 7-9, Công ty TNHH Thực phẩm Mekong tổ chức lễ khánh thành Nhà máy "
            "chế biến trái cây Mekong tại Khu công nghiệp Long Giang.\nNhà máy có công suất 20.000 tấn mỗi năm.")
    record = process_text(text)
    assert record.published is None  # a month is no day of publication
    assert [(e.name, e.date) for e in record.events] == [("lễ khánh thành Nhà máy chế biến trái cây Mekong", "2022-09-07")]
    record = process_text(text.replace("date 2022-09 ", ""))
    assert [e.date for e in record.events] == ["--09-07"]


@pytest.mark.parametrize("head, published", [
    # a site's clock (today's date on every page) before the article's own stamp with its time
    ("Thứ sáu, ngày 22/11/2024\nHội nghị khuyến công khu vực phía Nam\nThứ Năm 18/10/2018 16:15", "2018-10-18T16:15:00+07:00"),
    # an English-language CMS's stamp, month first
    ("SỞ CÔNG THƯƠNG\nchủ nhật, ngày 12/7/2020\n8/31/2018 10:06:12 AM", "2018-08-31T10:06:00+07:00"),
    ("Tin tức\n8/31/2018 3:06 PM", "2018-08-31T15:06:00+07:00"),
    # a headline run into its stamp on one line
    ("Ký kết thỏa thuận hợp tác tại Diễn đàn Đầu tư 2025 17/10/2025 20:20", "2025-10-17T20:20:00+07:00"),
])
def test_the_articles_stamp_with_its_time_beats_a_page_clock(head, published):
    assert _article(f"{head}\n{BODY}").published == published


def test_a_page_stamp_after_a_headline_dates_no_event():
    from pipeline import process_text

    text = ("Ký kết 5 thỏa thuận tại Diễn đàn Đầu tư Mùa thu 2025 17/10/2025 20:20\n"
            "Ngày 16-10, Trung tâm Xúc tiến Thương mại đã tổ chức Diễn đàn Đầu tư Mùa thu 2025 tại TP.HCM.")
    record = process_text(text)
    assert [(e.name, e.date) for e in record.events] == [("Diễn đàn Đầu tư Mùa thu 2025", "2025-10-16")]


def test_a_month_stamp_gives_no_year_to_a_day_months_after_it():
    from pipeline import process_text

    text = ("date 2017-03 (PL)- Ngày 4-10, tại KCN Nam Cấm diễn ra lễ khởi công Nhà máy Tôn Hoa Sen Nghệ An.\n"
            "Nhà máy có tổng vốn hơn 2.300 tỷ đồng.")
    assert [e.date for e in process_text(text).events] == ["--10-04"]  # October after a March stamp: not that year's
    assert [e.date for e in process_text(text.replace("Ngày 4-10", "Ngày 4-3")).events] == ["2017-03-04"]


def test_of_two_timed_stamps_a_site_clock_and_the_article_stamp_the_earlier_dates_it():
    text = f"Chủ nhật, 15/02/2026 21:24 (GMT+7)\nThứ hai, 18/01/2021 09:25 (GMT+7)\n\nKhởi công nhà máy điện gió\n{BODY}"
    assert _article(text).published == "2021-01-18T09:25:00+07:00"


def test_under_a_site_clock_the_stamp_below_the_headline_dates_the_article():
    head = "Thứ tư 14/05/2025 10:02\nĐường dây nóng: 0900.000.000\nKinh tế - Đầu tư\nKhởi công cụm công nghiệp Tân Hưng\n20/03/2019 07:30"
    assert _article(f"{head}\n{BODY}").published == "2019-03-20T07:30:00+07:00"
    # without a clock above, a stamp past the fourth line is still not read
    assert _article(head.replace("Thứ tư 14/05/2025 10:02", "Trang chủ") + f"\n{BODY}").published is None


def test_under_a_weekday_clock_in_words_the_timed_stamp_below_the_headline_dates_the_article():
    head = "Thứ hai, Ngày 9 Tháng 6 Năm 2025\n\nNông sản Tuyên Quang\n\nGửi Email In trang\nHàm Yên chuẩn bị hội chợ cam\n\n12/10/2020 08:15"
    assert _article(f"{head}\n{BODY}").published == "2020-10-12T08:15:00+07:00"
    # alone, the weekday's date in words dates the article
    assert _article(f"Thứ hai, Ngày 9 Tháng 6 Năm 2025\n\nHàm Yên chuẩn bị hội chợ cam\n{BODY}").published == "2025-06-09"


def test_a_clock_over_the_sites_hotline_alone_dates_nothing():
    head = "Thứ sáu 13/02/2026 05:08\nHotline: 024.355.63.010\nEmail: toasoan@example.vn\nThương hiệu\n\nKhởi công nhà máy X"
    assert _article(f"{head}\n{BODY}").published is None
    # a stamp below the headline still dates the page
    assert _article(f"{head}\n08/12/2024 10:15\n{BODY}").published == "2024-12-08T10:15:00+07:00"


def test_a_posting_stamp_under_a_site_clock_dates_the_article_and_the_headline_is_below_them():
    # the site's clock (today's date, with its time) and the posting stamp above the headline (s66, set P193)
    article = _article(f"Thứ Ba, 30/04/2024 02:40:43 GMT+7\nTin đăng lúc 18-07-2016\nLượt xem: 4608\n"
                       f"Khánh thành nhà máy may ở Bạc Liêu\n{BODY}")
    assert (article.published, article.title) == ("2016-07-18", "Khánh thành nhà máy may ở Bạc Liêu")
    # without the clock, the stamps are read as before: the timed one
    article = _article(f"Khánh thành nhà máy may ở Bạc Liêu\nNgày đăng: 18/07/2016\n{BODY}")
    assert article.published == "2016-07-18"


def test_a_text_tools_stamp_before_the_headline_is_no_part_of_the_title():
    article = _article(f"date 2025-09-12 Đổ xô tìm hiểu lắp điện mặt trời mái nhà\n{BODY}")
    assert (article.published, article.title) == ("2025-09-12", "Đổ xô tìm hiểu lắp điện mặt trời mái nhà")
