"""A day written without its year in an article without a publication date: the event keeps its month and day
(`--07-09`, precision `month_day`), and the store, search and exports treat it as in no period."""
from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.db.export import to_date
from pipeline.db.schema import connect
from pipeline.db.search import Query, search
from pipeline.db.sync import sync_lines

INAUGURATION = ("Khánh thành nhà máy chế biến gỗ tại Tuyên Quang\n\n"
                "Sáng 9/7, tại xã Sơn Nam, Công ty cổ phần Lâm sản Hà Giang tổ chức lễ khánh thành Nhà máy chế biến "
                "gỗ Sơn Nam với tổng vốn đầu tư 250 tỷ đồng.")


def _events(text, published=None):
    return [(e.name, e.date, e.date_precision) for e in process_text(text, published=published).events]


@pytest.mark.parametrize("text, published, want", [
    (INAUGURATION, None, ("lễ khánh thành Nhà máy chế biến gỗ Sơn Nam", "--07-09", "month_day")),
    (INAUGURATION, "2021-07-10", ("lễ khánh thành Nhà máy chế biến gỗ Sơn Nam", "2021-07-09", "day")),
    ("Tin công thương\n\nChiều 29-2, Sở Công Thương tỉnh Bình Định tổ chức Hội thảo “Chuyển đổi số trong doanh "
     "nghiệp nhỏ và vừa” tại thành phố Quy Nhơn.", None,
     ("Hội thảo “Chuyển đổi số trong doanh nghiệp nhỏ và vừa”", "--02-29", "month_day")),
    ("Tin công thương\n\nNgày 12/11/2019, Sở Công Thương tỉnh Cà Mau tổ chức Hội nghị kết nối cung cầu hàng hóa "
     "tại thành phố Cà Mau.", None, ("Hội nghị kết nối cung cầu hàng hóa", "2019-11-12", "day")),
    ("Tin công thương\n\nSở Công Thương tỉnh Cà Mau tổ chức Hội nghị kết nối cung cầu hàng hóa tại thành phố "
     "Cà Mau, thu hút nhiều doanh nghiệp tham gia.", None, ("Hội nghị kết nối cung cầu hàng hóa", None, None)),
])
def test_an_undated_articles_day_keeps_its_month_and_day(text, published, want):
    assert want in _events(text, published)


def test_a_sentence_that_writes_a_year_gives_no_month_day():
    # the year is written (`năm 2018`), so the day is dated in it, never left without a year
    events = _events("Tin công thương\n\nNgày 5/6, Sở Công Thương tổ chức Hội chợ hàng Việt năm 2018 tại thành "
                     "phố Vinh với 200 gian hàng.")
    assert events and all(not (date or "").startswith("--") for _, date, _ in events)


def test_the_store_search_and_exports_put_a_month_day_in_no_period(tmp_path):
    record = process_text(INAUGURATION)
    assert record.published is None and [e.date for e in record.events] == ["--07-09"]
    db_path = tmp_path / "vnie.db"
    sync_lines(db_path, [record.to_json()])
    db = connect(db_path, create=False)
    try:
        row = db.execute("SELECT date, date_precision, month FROM events").fetchone()
        assert tuple(row) == ("--07-09", "month_day", None)
        # the facts list holds the day the event's date was read from, at the same precision
        assert [tuple(r) for r in db.execute("SELECT text, value, precision FROM dates")] == [("Sáng 9/7", "--07-09", "month_day")]
        assert search(db, Query(kind="event"))  # found when no period is asked for
        for since, until in (("2020", None), (None, "2030"), ("2020-07", "2020-07")):
            assert not search(db, Query(kind="event", since=since, until=until)), (since, until)
    finally:
        db.close()
    assert to_date("--07-09") is None and to_date("2020-07-09").isoformat() == "2020-07-09"
