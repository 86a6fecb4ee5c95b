"""Officials from the verdicts of set P67 (s49), on sentences of our own: a bare `Thứ trưởng` is of the ministry that
hosts the meeting (`Tại Bộ X, Thứ trưởng Y tiếp ...`) or of the article's only Vietnamese ministry when the others it
names are foreign (`Bộ Kinh tế ... Nhật Bản`); a province that ends a brand (`Công ty Vinaseafood Quảng Ngãi`) is not
the article's province for a provincial post that names none."""

from __future__ import annotations

from pipeline import process_text
from tests.shapes import SETTINGS


def _officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.province) for o in process_text(text, settings=SETTINGS).officials}


def test_a_bare_vice_minister_is_of_the_ministry_that_hosts_the_meeting():
    officials = _officials("Sáng 4/3, tại Bộ Tài chính, Thứ trưởng Lê Văn Thành đã tiếp đoàn công tác của Ngân hàng "
                           "Phát triển châu Á do ông John Smith dẫn đầu.")
    assert officials["Lê Văn Thành"][0] == "Thứ trưởng Bộ Tài chính"


def test_a_minister_told_after_another_ministry_named_in_his_sentence_keeps_his_bare_title():
    officials = _officials("Thứ trưởng Lê Văn Thành đề nghị Bộ Xây dựng sớm hoàn thiện hồ sơ, còn Bộ Y tế sẽ góp ý.")
    assert officials["Lê Văn Thành"][0] == "Thứ trưởng"


def test_a_foreign_ministry_does_not_hide_the_articles_only_vietnamese_one():
    text = ("Ngày 8/5, Bộ trưởng Bộ Công Thương Trần Văn Hải và Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng "
            "Hàn Quốc, ông Park Min-soo đồng chủ trì phiên họp.\n\n"
            "Đoàn Việt Nam do Thứ trưởng Đỗ Minh Quân dẫn đầu, cùng đại diện các cục, vụ của Bộ Công Thương.")
    officials = _officials(text)
    assert officials["Đỗ Minh Quân"][0] == "Thứ trưởng Bộ Công Thương"
    home = _officials(text.replace("Hàn Quốc, ông", "và Bộ Nội vụ, ông"))
    assert home["Đỗ Minh Quân"][0] == "Thứ trưởng"  # a second Vietnamese ministry: which one is his, the article does not say


def test_a_province_that_ends_a_brand_is_not_the_articles_province():
    text = ("Khởi công nhà máy Vinaseafood Quảng Ngãi\n\n"
            "Sáng 9/8, Công ty Cổ phần Vinaseafood Quảng Ngãi khởi công nhà máy chế biến tại xã Bình Sơn.\n\n"
            "Dự lễ có ông Trần Minh Đức, Phó Chủ tịch HĐND tỉnh; bà Lê Thị Hoa, Giám đốc Sở Công Thương tỉnh Đắk Lắk "
            "cùng lãnh đạo Công ty Vinaseafood Quảng Ngãi.")
    officials = _officials(text)
    assert officials["Trần Minh Đức"][1] == "Đắk Lắk"
    assert officials["Lê Thị Hoa"][1] == "Đắk Lắk"


def test_a_bare_spokesperson_at_a_ministrys_press_briefing_is_the_ministrys():
    officials = _officials("Chiều 12/3, tại họp báo thường kỳ Bộ Ngoại giao, Người phát ngôn Phạm Thu Hằng cho biết Thủ tướng sẽ "
                           "dự hội nghị.")
    assert officials["Phạm Thu Hằng"][0] == "Người phát ngôn Bộ Ngoại giao"


def test_an_envoys_post_goes_on_over_tai_and_the_country():
    officials = _officials("Nhân dịp thăm Hội chợ, ông Lê Văn Hòa - Tham tán thương mại tại Đức, đã gặp đại diện ban tổ chức.")
    assert officials["Lê Văn Hòa"][0] == "Tham tán thương mại tại Đức"
