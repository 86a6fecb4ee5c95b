"""How long an event lasts, in shapes the twenty-ninth session found on real articles without a publication date: a
range's end when another paragraph writes a year, an end told by `mở cửa ... đến hết` or `làm việc đến`, a closing
day with the days worked told in another sentence, a count of days before the first, a `--MM-DD` day the article
writes elsewhere with its year, and a meeting named with another's head (`Hội nghị | Diễn đàn X`)."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str, published: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {e.name: (e.date, e.date_end) for e in process_text(text, published=published, settings=SETTINGS).events}


def test_a_range_keeps_its_end_when_another_paragraph_writes_a_year():
    events = _events(
        "Viện Cơ khí năng lượng được thành lập năm 2009 theo quyết định của Bộ.\n\n"
        "Từ ngày 12 đến 14/10 tại Cần Thơ diễn ra hội thảo khoa học về cơ khí chế tạo toàn quốc lần thứ 5.")
    assert events["hội thảo khoa học về cơ khí chế tạo toàn quốc lần thứ 5"] == ("--10-12", "--10-14")


def test_an_exhibition_open_to_visitors_until_a_day_ends_then():
    events = _events(
        "Sáng 3/3, Triển lãm “Gốm Bát Tràng xưa và nay” khai mạc tại Bảo tàng Hà Nội.\n\n"
        "Triển lãm sẽ mở cửa đón khách tham quan đến hết ngày 20/3.")
    assert events["Triển lãm “Gốm Bát Tràng xưa và nay”"] == ("--03-03", "--03-20")


def test_an_exhibition_opened_one_day_and_lasting_to_another_keeps_both_without_a_year():
    events = _events("Triển lãm Sắc màu Tây Nguyên được khai mạc từ sáng 10-6 và sẽ kéo dài đến hết ngày 10-8.")
    assert events["Triển lãm Sắc màu Tây Nguyên"] == ("--06-10", "--08-10")


def test_a_meeting_that_works_until_a_day_ends_then():
    events = _events(
        "Sáng 8/10, Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh khóa XV khai mạc tại Vĩnh Long.\n\n"
        "Theo chương trình, Hội nghị làm việc đến ngày 10/10.")
    assert events["Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh khóa XV"] == ("--10-08", "--10-10")


def test_a_meeting_closed_after_days_told_in_another_sentence_starts_that_many_days_before():
    events = _events(
        "Chiều 16/11, Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38 đã bế mạc tại Bali.\n\n"
        "Sau 3 ngày làm việc, các bộ trưởng đã thông qua tuyên bố chung về an ninh năng lượng.", "2023-11-17")
    assert events["Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38"] == ("2023-11-14", "2023-11-16")


def test_a_meeting_told_as_lasting_days_from_its_first_ends_on_the_last():
    events = _events("Hội nghị Thương mại ASEAN - Ấn Độ lần thứ 5 diễn ra trong 3 ngày bắt đầu từ ngày 4/12 tại New Delhi.")
    assert events["Hội nghị Thương mại ASEAN - Ấn Độ lần thứ 5"] == ("--12-04", "--12-06")
    dated = _events("Hội chợ Nông sản Đồng Tháp kéo dài 5 ngày, từ ngày 2/9 tại Quảng trường thành phố.", "2024-08-30")
    assert dated["Hội chợ Nông sản Đồng Tháp"] == ("2024-09-02", "2024-09-06")


def test_a_day_without_a_year_takes_the_year_the_article_writes_for_that_day():
    events = _events(
        "Khánh thành nhà máy thức ăn chăn nuôi Hùng Cường Long An\n\n"
        "Sáng 9/4, Nhà máy Hùng Cường Long An đã chính thức khánh thành.\n\n"
        "Ngày 9/4/2021, tại khu công nghiệp Tân Kim, huyện Cần Giuộc, nhà máy đã đi vào hoạt động.")
    assert events["Khánh thành nhà máy thức ăn chăn nuôi Hùng Cường Long An"] == ("2021-04-09", None)


def test_a_conference_named_with_a_forum_s_whole_name_is_the_forum():
    events = _events(
        "Chuẩn bị cho Hội nghị Diễn đàn Thanh niên Mê Kông 2019\n\n"
        "Theo Trung ương Đoàn, Diễn đàn Thanh niên Mê Kông 2019 sẽ diễn ra tại TP. Cần Thơ từ ngày 15-17/8/2019.")
    assert len(events) == 1 and list(events.values()) == [("2019-08-15", "2019-08-17")]


def test_a_range_keeps_its_end_past_a_short_aside_after_its_first_day():
    events = _events("Lễ hội Đường hoa Tết năm nay sẽ diễn ra từ ngày 24-1 (29 Tết) đến ngày 29-1 (mùng 4 Tết).", "2020-01-10")
    assert events["Lễ hội Đường hoa Tết"] == ("2020-01-24", "2020-01-29")


def test_a_contest_closed_by_a_verb_before_its_name_ends_on_that_day():
    """`Chiều 12-8, ... đã bế mạc Hội thi X năm 2019`: the day is its last; its name's year still dates it."""
    events = _events("Chiều 12-8, Bộ Chỉ huy Quân sự tỉnh đã bế mạc Hội thi tuyên truyền viên giỏi năm 2019.")
    assert events["Hội thi tuyên truyền viên giỏi năm 2019"] == ("2019", "2019-08-12")
    events = _events("Chiều 12-8, Bộ Chỉ huy Quân sự tỉnh đã khai mạc Hội thi tuyên truyền viên giỏi năm 2019.")
    assert events["Hội thi tuyên truyền viên giỏi năm 2019"][1] is None  # (an opening is no last day)


def test_a_closing_after_asides_between_commas_is_the_events_own_and_counts_back_the_days():
    events = _events(
        "Tối 14/5, sau 4 ngày tranh tài, Hội thi Thợ giỏi ngành Công Thương tỉnh Nam Định, do Công đoàn "
        "ngành phối hợp với Sở Công Thương tổ chức, đã bế mạc.", "2024-05-15")
    assert events["Hội thi Thợ giỏi ngành Công Thương tỉnh Nam Định"] == ("2024-05-11", "2024-05-14")
    # a closing verb with a subject of its own after the comma belongs to that subject
    other = _events("Sáng 14/5, Hội chợ Nông sản Nam Định khai mạc, hội nghị xúc tiến thương mại thì đã kết thúc.", "2024-05-15")
    assert other["Hội chợ Nông sản Nam Định"] == ("2024-05-14", None)


def test_a_subjectless_range_in_the_next_sentence_gives_the_contest_its_days():
    events = _events(
        "Các đội đã tranh tài ở phần thực hành tại Hội thi thợ giỏi ngành điện tổ chức sáng 22-9.\n\n"
        "Diễn ra từ ngày 19 đến 22-9, các đội thi tài ở nhiều nội dung.", "2023-09-23")
    assert events["Hội thi thợ giỏi ngành điện"] == ("2023-09-19", "2023-09-22")
