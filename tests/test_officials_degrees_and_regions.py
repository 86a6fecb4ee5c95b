"""Officials from the verdicts of sets P63 and P64 (s48), on sentences of our own: a degree before the name is no part
of the post, a code that opens the next clause is no parent body, continents and world regions are places (no family
name `Châu`), and a Lao name runs on over its hyphenated parts."""

from __future__ import annotations

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.organization) for o in process_text(text, settings=SETTINGS).officials}


def test_a_degree_before_the_name_is_no_part_of_the_post():
    assert _officials("Sáng 3/9, Bộ trưởng Bộ Nông nghiệp Tiến sĩ Lê Minh Hoan đã dự lễ khai mạc.") == {
        "Lê Minh Hoan": ("Bộ trưởng Bộ Nông nghiệp", "Bộ Nông nghiệp")}
    assert _officials("Chiều 5/4, Giám đốc Bệnh viện tỉnh Bác sĩ Trần Văn Hùng phát biểu.")["Trần Văn Hùng"][0] == "Giám đốc Bệnh viện tỉnh"


def test_a_code_that_opens_the_next_clause_is_no_parent_body():
    officials = _officials("Theo ông Đỗ Văn Tuấn, Phó Tổng giám đốc PVN, EPC-01 là gói thầu lớn nhất của dự án.")
    assert officials["Đỗ Văn Tuấn"][0] == "Phó Tổng giám đốc PVN"


def test_continents_and_regions_are_places_not_family_names():
    officials = _officials("Ông Mark Jones, Giám đốc của Bosch Đông Nam Á, Nam Á và Châu Đại Dương cho biết nhà máy sẽ mở rộng.")
    assert officials["Mark Jones"][0] == "Giám đốc của Bosch Đông Nam Á, Nam Á và Châu Đại Dương"
    assert "Châu Thị Hạnh" in _officials("Bà Châu Thị Hạnh, Phó Giám đốc Sở Công Thương tỉnh Sóc Trăng phát biểu.")


def test_a_lao_name_runs_on_over_its_hyphenated_parts():
    officials = _officials("Đến dự có Thứ trưởng Bộ Công Thương nước Cộng hòa dân chủ nhân dân Lào Khăm Phăn Xay-nha-vông "
                           "cùng đoàn công tác.")
    assert list(officials) == ["Khăm Phăn Xay-nha-vông"]


def test_lao_names_in_a_list_of_leaders_keep_every_syllable():
    officials = _officials("Phía bạn Lào có các đồng chí lãnh đạo: Bun Thoong Phôm Ma Vông - Phó Tỉnh trưởng tỉnh Hủa Phăn; "
                           "Sổm Phết Xay Ya Sít - Giám đốc Sở Công thương tỉnh Hủa Phăn.")
    assert list(officials) == ["Bun Thoong Phôm Ma Vông", "Sổm Phết Xay Ya Sít"]
    vietnamese = _officials("Dự lễ có các đồng chí lãnh đạo: Lò Văn Mừng - Phó Bí thư Tỉnh ủy; Mùa A Sùng - Phó Chủ tịch UBND tỉnh.")
    assert list(vietnamese) == ["Lò Văn Mừng", "Mùa A Sùng"]


def test_who_appoints_is_no_part_of_the_appointee_s_post():
    officials = _officials("Sáng 3/8, Phó Thủ tướng Lê Văn Thành đã trao Quyết định của Thủ tướng Chính phủ bổ nhiệm Thứ trưởng "
                           "Bộ Tài chính Trần Văn Sơn giữ chức Chủ tịch Hội đồng Thành viên Tập đoàn Điện lực Việt Nam.")
    assert officials["Trần Văn Sơn"][0] == "Thứ trưởng Bộ Tài chính"
