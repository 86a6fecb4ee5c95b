"""Figures, events and officials from the verdicts of set P70 (s49), on sentences of our own: a number that names a body
or a document (`Ban Chỉ đạo 389`, `Nghị quyết 19`) counts nothing; a noun the tagger split from its verb (`nhà | cung
ứng`, `chuỗi | cung ứng`) stays whole in a count's predicate; the items of a list before a valued thing that share its
head are all valued (`hàng hóa nhập lậu, hàng giả trị giá ...`); a day in brackets after a name dates its event (`tại
Tokyo (19-11)`; not a score, `thắng (2-1)`); a review meeting's name runs on over `và dự kiến nhiệm vụ ...`; a photo
credit ends a post (`– ảnh K.Giới`); `vừa và nhỏ` is inside an association's name."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def _record(text: str, published: str | None = None):
    return process_text(text, published=published, settings=SETTINGS)


def test_a_number_that_names_a_body_or_a_document_counts_nothing():
    figures = _record("Theo báo cáo của Ban Chỉ đạo 389 tỉnh, lực lượng chức năng đã kiểm tra 412 cơ sở.").figures
    assert [f.text for f in figures] == ["412 cơ sở"]
    assert _record("Thực hiện Nghị quyết 19 tỉnh đã hỗ trợ 25 hộ.").figures[0].text == "25 hộ"


def test_a_noun_split_from_its_verb_stays_whole_in_a_counts_predicate():
    subject = {f.text: f.subject for f in _record("Hiện có 57 doanh nghiệp trong tỉnh đang tham gia chuỗi cung ứng của "
                                                  "các tập đoàn lớn, theo Sở Công Thương.").figures}["57 doanh nghiệp"]
    assert subject is not None and "chuỗi cung ứng" in subject


def test_the_items_of_a_list_that_share_the_head_are_valued_together():
    subject = {f.text: f.subject for f in _record("Đội quản lý thị trường số 3 tiêu hủy hàng hóa nhập lậu, hàng giả, hàng "
                                                  "kém chất lượng trị giá hơn 800 triệu đồng.").figures}["hơn 800 triệu đồng"]
    assert subject == "hàng hóa nhập lậu, hàng giả, hàng kém chất lượng"
    subject = {f.text: f.subject for f in _record("Mỗi tháng công ty trả 900.000 đồng tiền điện, tiền nước cho mỗi phân "
                                                  "xưởng 300.000 đồng.").figures}["300.000 đồng"]
    assert subject is None or not subject.startswith("tiền điện")  # (the item before belongs to the figure before)


def test_a_day_in_brackets_after_a_name_dates_its_event_but_a_score_does_not():
    record = _record("Đoàn tham dự Hội nghị Xúc tiến đầu tư tỉnh Bình Phước tại Seoul (14-10) và Hội nghị kết nối "
                     "doanh nghiệp tại Busan (16-10).", published="2024-10-20")
    assert [(e.name, e.date) for e in record.events] == [
        ("Hội nghị Xúc tiến đầu tư tỉnh Bình Phước", "2024-10-14"), ("Hội nghị kết nối doanh nghiệp", "2024-10-16")]
    assert _record("Đội tuyển tỉnh đã thắng (3-2) trong trận chung kết.", published="2024-10-20").dates == []


def test_a_review_meetings_name_runs_on_over_its_planned_tasks():
    record = _record("Sáng 12/1/2024, Sở Công Thương tổ chức Hội nghị tổng kết công tác năm 2023 và dự kiến nhiệm vụ "
                     "trọng tâm năm 2024.")
    assert [e.name for e in record.events] == ["Hội nghị tổng kết công tác năm 2023 và dự kiến nhiệm vụ trọng tâm năm 2024"]


def test_a_photo_credit_ends_a_post():
    officials = {o.name: o.title for o in _record("Lãnh đạo tỉnh trao đổi với ông Rajiv Kumar – Tổng Lãnh sự Ấn Độ tại "
                                                  "TP.Hồ Chí Minh – ảnh T.Hà").officials}
    assert officials["Rajiv Kumar"] == "Tổng Lãnh sự Ấn Độ tại TP.Hồ Chí Minh"


def test_vua_va_nho_is_inside_an_associations_name():
    officials = {o.name: o.title for o in _record("Ông Lê Minh Đức - Chủ tịch Hiệp hội Doanh nghiệp vừa và nhỏ tỉnh Long "
                                                  "An cho biết như vậy.").officials}
    assert officials["Lê Minh Đức"] == "Chủ tịch Hiệp hội Doanh nghiệp vừa và nhỏ tỉnh Long An"
