"""Hard-wrapped texts (`pipeline/page/linebreaks.py`): a line break inside a sentence becomes a space, so a name
broken across lines is one name again; ordinary texts keep their line breaks, and offsets stay valid."""
from __future__ import annotations

from pipeline import process_text
from pipeline.documents import RawDocument
from pipeline.page.linebreaks import unwrapped
from pipeline.page.stage import to_article
from pipeline.settings import Settings

WRAPPED = (
    "Kiện toàn Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh\n"
    "Ngày 12/3/2025, UBND tỉnh ban hành Quyết định số 512/QĐ-UBND về\n"
    "việc kiện toàn Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh\n"
    "(Ban Chỉ đạo 389). Theo đó, Ban Chỉ đạo 389 tỉnh bao gồm 25 thành viên.\n"
    "Đồng chí Trần Văn Nam – Phó Chủ tịch UBND tỉnh làm Trưởng Ban. Đồng chí Giám\n"
    "đốc Sở Công Thương Lê Minh Khoa làm Phó Trưởng Ban Thường trực. Ủy viên là Phạm\n"
    "Văn Hùng, Giám đốc Sở Tài chính. Phó Trưởng Ban Chỉ đạo là Phó\n"
    "Giám đốc Công an tỉnh Nguyễn Hữu Tâm và các thành viên là lãnh đạo các sở, ngành\n"
    "liên quan của tỉnh.\n"
)
PLAIN = ("Hội chợ OCOP khai mạc\n\nSáng 3/5, Sở Công Thương khai mạc Hội chợ OCOP tỉnh năm 2025.\n"
         "Hội chợ có 200 gian hàng.\nBan tổ chức\nSở Công Thương\nPhòng Quản lý thương mại\n"
         "Liên hệ: 0123 456 789\nĐịa chỉ: số 1 đường Lê Lợi\n")


def test_a_wrapped_text_is_joined_and_keeps_its_length():
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "Giám đốc Sở Công Thương Lê Minh Khoa làm" in text and "Ủy viên là Phạm Văn Hùng, Giám đốc" in text
    assert text.startswith("Kiện toàn Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh\nNgày")  # the headline stays


def test_an_ordinary_text_keeps_its_line_breaks():
    assert unwrapped(PLAIN) == PLAIN


def test_officials_broken_across_lines_are_whole_in_the_article():
    article = to_article(RawDocument(key="k", kind="text", data=WRAPPED, meta={}), Settings(min_chars=10))
    assert "Phạm Văn Hùng" in article.text
    record = process_text(WRAPPED, published="2025-03-13", settings=Settings(min_chars=10))
    got = {o.name: o.title for o in record.officials}
    assert got.get("Lê Minh Khoa") == "Giám đốc Sở Công Thương"
    assert got.get("Phạm Văn Hùng") == "Giám đốc Sở Tài chính"


def test_a_break_after_an_abbreviated_unit_before_its_place_is_joined():
    """Corpora that split after every dot break `UBND Q.` / `7, cho biết` and `tại TP.` / `Cần Thơ`: the place goes on the
    line before; a break after `TP.` that ends a sentence (`trung tâm TP.` / `Bên cạnh đó`) stays."""
    text = ("Phố đi bộ mới mở\n\"Chúng tôi sẽ mở rộng phố đi bộ\", ông Trần Văn Nam, Phó chủ tịch UBND Q.\n7, cho biết.\n"
            "Nhiều du khách từ TP.\nCần Thơ đã đến.\nXe không được vào trung tâm TP.\nBên cạnh đó, phí gửi xe tăng.\n")
    joined = unwrapped(text)
    assert len(joined) == len(text)
    assert "UBND Q. 7, cho biết" in joined and "từ TP. Cần Thơ" in joined and "trung tâm TP.\nBên cạnh đó" in joined
    record = process_text(text, published="2025-03-13", settings=Settings(min_chars=10))
    assert {o.name: o.title for o in record.officials}.get("Trần Văn Nam") == "Phó chủ tịch UBND Q. 7"
