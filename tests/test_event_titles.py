"""An event named only in the page's title names the body's one bare mention of its kind (s42: P43's pages whose body
does not write the headline)."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)
BODY = ("Phát biểu khai mạc Phiên chợ, đồng chí Lò Thị Hoa, Giám đốc Trung tâm Xúc tiến thương mại tỉnh nhấn mạnh tiềm năng "
        "nông sản của tỉnh.\n\nPhiên chợ diễn ra từ ngày 12 đến 14/9 tại quảng trường trung tâm.")


def _events(text: str, title: str | None) -> list[tuple[str, str | None]]:
    return [(e.name, e.date) for e in process_text(text, published="2025-09-12", title=title, settings=SETTINGS).events]


def test_the_title_names_the_body_s_one_bare_event_of_its_kind():
    events = _events(BODY, "Khai mạc Phiên chợ nông sản tỉnh Sơn La lần thứ 2 năm 2025")
    assert events == [("Phiên chợ nông sản tỉnh Sơn La lần thứ 2 năm 2025", "2025-09-12")]


def test_a_title_of_another_kind_or_no_title_leaves_the_bare_event_alone():
    assert _events(BODY, "Khai mạc Hội thảo phát triển nông sản tỉnh Sơn La năm 2025") == [("Phiên chợ", "2025-09-12")]
    assert _events(BODY, None) == [("Phiên chợ", "2025-09-12")]


def test_a_body_that_writes_its_headline_is_read_as_written():
    title = "Khai mạc Phiên chợ nông sản tỉnh Sơn La lần thứ 2 năm 2025"
    assert [n for n, _ in _events(title + "\n\n" + BODY, title)] == ["Phiên chợ nông sản tỉnh Sơn La lần thứ 2 năm 2025"]


REVIEW = ("Tham dự và chủ trì Hội nghị có ông Trần Văn Bình, Giám đốc Sở Công Thương; cùng đại diện các sở, ngành tỉnh.\n\n"
          "Hội nghị đã thông qua báo cáo kết quả thực hiện nhiệm vụ của ngành năm 2023 và kế hoạch năm 2024.")


def test_a_title_names_an_event_the_body_only_mentions_bare():
    # s47 (set P60): the body's bare `Hội nghị` was no event of its own; the title names it, the body's first mention is its evidence
    record = process_text(REVIEW, title="Sở Công Thương Cà Mau tổ chức Hội nghị tổng kết công tác năm 2023", settings=SETTINGS)
    (event,) = record.events
    assert (event.name, event.type) == ("Hội nghị tổng kết công tác năm 2023", "conference")
    assert REVIEW[event.evidence.start:event.evidence.end] == "Hội nghị" and event.evidence.start == REVIEW.index("Hội nghị")


def test_a_title_whose_kind_the_body_never_writes_bare_adds_nothing():
    record = process_text(REVIEW, title="Sở Công Thương Cà Mau tổ chức Hội thảo chuyển đổi số năm 2023", settings=SETTINGS)
    assert record.events == []
