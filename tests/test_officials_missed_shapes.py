"""Officials named in shapes of world and business news the forty-second session found missed on fresh gold sets: a
Korean name hyphenated with spaces before its title, a bank's chief economist, a foreign name after `Theo` at the
sentence's start, a commune's chairman named by the bare local unit; and the dashes that only look like such a hyphen."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _officials(text: str) -> dict[str, str]:
    return {o.name: o.title for o in process_text(text, settings=SETTINGS).officials}


@pytest.mark.parametrize("text,name,title", [
    # a Korean given name after its family name, hyphenated with spaces, one syllable spelt as Vietnamese
    ("Hôm qua, ông Lee Jae - hyung, người phát ngôn của Ủy ban Hòa bình Triều Tiên, cho biết hai bên sẽ họp lại.",
     "Lee Jae - hyung", "người phát ngôn của Ủy ban Hòa bình Triều Tiên"),
    ("Theo ông Cho Sung - hyuck, Tổng giám đốc Công ty LG Display Việt Nam, nhà máy sẽ mở rộng.",
     "Cho Sung - hyuck", "Tổng giám đốc Công ty LG Display Việt Nam"),
    # a bank's chief economist
    ("Theo TS Cấn Văn Lực, chuyên gia kinh tế trưởng của BIDV, tín dụng năm nay có thể tăng 14%.",
     "Cấn Văn Lực", "chuyên gia kinh tế trưởng của BIDV"),
    ("Bà Andrea Coppola, chuyên gia kinh tế trưởng của Ngân hàng Thế giới tại Việt Nam, nhận định lạm phát sẽ giảm.",
     "Andrea Coppola", "chuyên gia kinh tế trưởng của Ngân hàng Thế giới tại Việt Nam"),
    # `Theo` capitalised at the sentence's start before a listed given name: the source is a person
    # a bare local unit closing the title before a comma (`Chủ tịch xã, ông X`)
    ("Trao đổi với phóng viên, Chủ tịch xã, ông Lò Văn Piệng cho biết đã di dời 12 hộ dân.", "Lò Văn Piệng", "Chủ tịch xã"),
    ("Theo ông Hà Văn Thắng, Phó chủ tịch huyện, đường đã thông xe.", "Hà Văn Thắng", "Phó chủ tịch huyện"),
    # a judge of a court; a court's post held beside the rank names the person better
    ("Thẩm phán Tòa án Tối cao Philippines Antonio Carpio cho rằng Tổng thống có nghĩa vụ bảo vệ lãnh thổ.", "Antonio Carpio",
     "Thẩm phán Tòa án Tối cao Philippines"),
    ("Phiên tòa do Thẩm phán Trần Thị Mai, Phó Chánh án TAND huyện Châu Thành làm chủ tọa.", "Trần Thị Mai",
     "Phó Chánh án TAND huyện Châu Thành"),
    # an organising board named by what it organises (s42)
    ("Tham dự có bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức hội chợ; ông Trần Văn Bình, Giám đốc Sở Công Thương.",
     "Lê Thị Hoa", "Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức hội chợ"),
    ("Theo bà Trần Thị Minh Nguyệt, Phó trưởng ban Tổ chức thành lập Hiệp hội, doanh nghiệp ngành này còn manh mún.",
     "Trần Thị Minh Nguyệt", "Phó trưởng ban Tổ chức thành lập Hiệp hội"),
    # a bare title's body after a dash; a term (`khóa cũ`) is part of the post, and the post elected to is the title (s42)
    ("Dự lễ có bà Trần Thị Lan - Phó Cục trưởng - Cục Xúc tiến thương mại, cùng lãnh đạo các sở.", "Trần Thị Lan",
     "Phó Cục trưởng - Cục Xúc tiến thương mại"),
    ("Đại hội đã bầu ông Lê Văn Hải, Phó Chủ tịch Hiệp hội Dệt may khóa cũ, giữ chức Chủ tịch Hiệp hội Dệt may.", "Lê Văn Hải",
     "Chủ tịch Hiệp hội Dệt may"),
    ("Theo Michael Kokalari, giám đốc điều hành Công ty VinaCapital, thị trường sẽ hồi phục.",
     "Michael Kokalari", "giám đốc điều hành Công ty VinaCapital"),
])
def test_foreign_and_rare_names_before_their_title(text, name, title):
    assert _officials(text).get(name) == title


@pytest.mark.parametrize("text,bad", [
    # a dash before a Vietnamese word after a foreign name is an apposition, no hyphen inside the name
    ("Cựu Tổng thống Mỹ Barack Obama - người từng thăm Hà Nội - vừa ra sách mới.", "Barack Obama - người"),
    ("Ông Hun Sen - được bầu lại năm 2018 - phát biểu tại hội nghị.", "Hun Sen - được"),
    # a newspaper after `Theo` is a source, not a person
    ("Theo Wall Street Journal, giám đốc điều hành của Tesla sẽ từ chức.", "Wall Street Journal"),
])
def test_no_name_runs_over_a_dash_or_a_source(text, bad):
    assert bad not in _officials(text)


def test_a_delegation_s_head_is_of_the_delegation_s_province_not_the_host_s():
    """`Đoàn đại biểu Hà Tĩnh do Phó Chủ tịch UBND tỉnh X ... tham dự` at a meeting held in Nghệ An (s42)."""
    record = process_text("Chiều 24/3, tại TP Vinh (Nghệ An) diễn ra hội nghị kết nối giao thương.\n\nĐoàn đại biểu Quảng Bình do "
                          "Phó Chủ tịch UBND tỉnh Hồ An Phong cùng lãnh đạo một số sở tham dự hội nghị.", published="2023-03-25",
                          settings=SETTINGS)
    assert [(o.name, o.province) for o in record.officials] == [("Hồ An Phong", "Quảng Bình")]
