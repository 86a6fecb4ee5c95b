"""Shapes from the still-wrong verdicts of earlier sets (s51), on sentences of our own: a modifier `toàn` before a noun
inside a works' name (`lốp xe toàn thép`); a line's voltage the tagger takes for a verb (`đường dây trung áp/V 478km`); a
bare measure named by an act and its object (`diện tích trồng chè 12.000ha`); provinces counted with the countries they
lie in (`9 tỉnh Việt Nam - Lào - Campuchia`); counted households with the body they belong to (`hộ dân thuộc HTX X`)."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _events(text: str) -> list[str]:
    return [e.name for e in process_text(text, settings=SETTINGS).events]


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in process_text(text, settings=SETTINGS).figures}


def test_toan_before_a_noun_goes_on_the_works_name():
    assert _events("Sáng 8/9, Công ty CP Săm lốp Đồng Nai tổ chức khánh thành dây chuyền lốp xe khách toàn thép DRC Max "
                   "tại KCN Nhơn Trạch.") == ["khánh thành dây chuyền lốp xe khách toàn thép DRC Max"]
    assert _events("Hôm qua, Bộ Giao thông vận tải tổ chức khởi công dự án mở rộng toàn tuyến đường tỉnh 741 tại "
                   "Bình Phước.") == ["khởi công dự án mở rộng toàn tuyến đường tỉnh 741"]


def test_a_lines_voltage_is_no_verb():
    got = _subjects("Năm qua, ngành điện xây mới đường dây trung áp 312km và đường dây hạ áp 905km trên địa bàn.")
    assert got == {"312km": "đường dây trung áp", "905km": "đường dây hạ áp"}
    assert _subjects("Điện lực huyện đã kéo mới 14 km đường dây hạ áp trên không và 6 km cáp ngầm.")["14 km"] == \
        "đường dây hạ áp trên không"


def test_a_measure_named_by_an_act_and_its_object_is_a_subject():
    assert _subjects("Tại xã Tân Cương, với diện tích trồng chè khoảng 1.200ha, người dân có thu nhập ổn định.") == {
        "khoảng 1.200ha": "diện tích trồng chè"}
    # a measure and a verb alone say too little: no subject without an owner
    assert _subjects("Tại xã Tân Cương, với diện tích canh tác khoảng 1.200ha, người dân có thu nhập ổn định.") == {
        "khoảng 1.200ha": None}


def test_provinces_counted_with_their_countries():
    got = _subjects("Lãnh đạo 7 tỉnh Việt Nam - Lào - Campuchia đã ký biên bản hợp tác phát triển du lịch.")
    assert got == {"7 tỉnh": "tỉnh Việt Nam - Lào - Campuchia"}
    got = _subjects("Buổi làm việc giữa 2 tỉnh Điện Biên và Phongsaly - Lào diễn ra sáng nay tại thành phố Điện Biên Phủ.")
    assert got == {"2 tỉnh": "tỉnh Điện Biên và Phongsaly - Lào"}
    # names that are neither as many as the places nor their countries say nothing of which
    assert _subjects("Lãnh đạo 5 tỉnh Long An và Tiền Giang đã dự hội nghị.") == {"5 tỉnh": "tỉnh"}


def test_counted_households_keep_the_body_they_belong_to():
    assert _subjects("Năm nay có 27 hộ dân khác thuộc Hợp tác xã Chè Tân Hương cũng mở rộng diện tích.") == {
        "27 hộ": "hộ dân khác thuộc Hợp tác xã Chè Tân Hương"}
    assert _subjects("Xã có 40 hộ dân thuộc diện cận nghèo được hỗ trợ vay vốn.") == {"40 hộ": "hộ dân thuộc diện cận nghèo"}
