"""One event under its English and its Vietnamese name (`event_translations.tsv`): `cuộc thi Hoa hậu Trái đất 2018` and
`Miss Earth 2018` are one contest; two contests of one year under other names stay two."""

from __future__ import annotations

from pipeline import process_text
from pipeline.facts.event_aliases import translated
from pipeline.facts.event_lexicon import Mention
from pipeline.language.analysis import analyse
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, published="2024-11-20", settings=SETTINGS).events]


def test_an_english_and_a_vietnamese_name_of_one_contest_are_one_event():
    text = ("Tối 9/11, đêm chung kết cuộc thi Hoa hậu Trái đất 2024 diễn ra tại Manila, Philippines. "
            "Đại diện Việt Nam lọt vào top 8 của cuộc thi Miss Earth 2024 với phần thi ứng xử ấn tượng.")
    assert _events(text) == [("đêm chung kết cuộc thi Hoa hậu Trái đất 2024", "2024-11-09")]  # (the final's night, named with it: s52)


def test_two_contests_of_one_year_stay_two():
    text = ("Cuộc thi Hoa hậu Thế giới 2024 khai mạc tại Ấn Độ. "
            "Trước đó, cuộc thi Miss Earth 2024 đã kết thúc tại Philippines.")
    assert [name for name, _ in _events(text)] == ["Cuộc thi Hoa hậu Thế giới 2024", "cuộc thi Miss Earth 2024"]


def test_other_years_are_other_editions():
    sentence = analyse("Cuộc thi Miss Universe 2023 và cuộc thi Hoa hậu Hoàn vũ 2024.").sentences[0]
    a = Mention("cuộc thi Miss Universe 2023", "contest", None, 0, 27, sentence, True, head="cuộc thi")
    b = Mention("cuộc thi Hoa hậu Hoàn vũ 2024", "contest", None, 31, 60, sentence, True, head="cuộc thi")
    c = Mention("cuộc thi Hoa hậu Hoàn vũ 2023", "contest", None, 31, 60, sentence, True, head="cuộc thi")
    assert not translated(a, b) and translated(a, c) and not translated(b, c)


def test_a_country_after_of_is_the_same_national_contest():
    text = ("Một thí sinh của cuộc thi Hoa hậu Hoàn vũ Ý đã trượt chân khi trình diễn. "
            "Cuộc thi Miss Universe của Ý đang diễn ra tại một khách sạn ở Milan.")
    assert [name for name, _ in _events(text)] == ["cuộc thi Hoa hậu Hoàn vũ Ý"]


def test_two_names_the_article_writes_side_by_side_are_one_event():
    """(s38) `X - Y` written once, in a sentence of neither mention: each later mention by either name is that event."""
    text = ("Ban tổ chức cuộc thi Vietnam Startup Wheels 2024 đã công bố 20 đội vào chung kết. "
            "Nhà tài trợ chính của cuộc thi Khởi nghiệp Việt Nam 2024 sẽ trao giải cho đội thắng cuộc. "
            "Sáng 12-10, các phần thi của vòng chung kết Khởi nghiệp Việt Nam 2024 - Vietnam Startup Wheels 2024 đã bắt đầu.")
    assert len(_events(text)) == 1


def test_a_short_name_given_in_brackets_dates_the_event_where_it_is_held():
    """(s38) `X (Y, hay còn gọi là Z)`: a later sentence that opens with Z and says it is held gives X its days."""
    text = ("Đội tuyển Việt Nam đã sẵn sàng cho Đại hội Thể thao Đông Nam Á 2025 (Southeast Asian Games, hay còn gọi là SEA "
            "Games) tại Thái Lan. SEA Games năm nay diễn ra từ ngày 9/12 đến 20/12 tại Bangkok.")
    (event,) = process_text(text, published="2025-11-20", settings=SETTINGS).events
    assert (event.date, event.date_end) == ("2025-12-09", "2025-12-20")
