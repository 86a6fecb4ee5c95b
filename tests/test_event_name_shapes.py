"""Event names exactly as written, in shapes the twenty-sixth session found cut or run on in real pages nobody here
wrote (the sentence-case gate matches names by containment, so a name cut short would still count there)."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.settings import Settings

SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _names(text: str, published: str = "2023-06-06") -> list[str]:
    return [e.name for e in process_text(text, published=published, settings=SETTINGS).events]


@pytest.mark.parametrize(("text", "names"), [
    # where a channel or ship goes, `vào sông X`, `vào cảng X`, is part of the name (thirty-seventh session)
    ("Sáng 12/2, Bộ Giao thông vận tải tổ chức Lễ khánh thành luồng tàu trọng tải 30.000 tấn vào sông Tiền tại Tiền Giang.",
     ["Lễ khánh thành luồng tàu trọng tải 30.000 tấn vào sông Tiền"]),
    # an apostrophe inside a word of a Latin name
    ("Tại cuộc thi World’s Best Coffee ở Seoul, cà phê Cầu Đất đoạt giải ba.", ["cuộc thi World’s Best Coffee"]),
    # a capitalised `Bà` after a capitalised word of the name: its heroine or deity, no person
    ("Tối 5/6, UBND thành phố khai mạc Lễ hội Vía Bà Chúa Xứ núi Sam năm 2023 tại khu du lịch núi Sam.",
     ["Lễ hội Vía Bà Chúa Xứ núi Sam năm 2023"]),
    # a dot inside an abbreviation does not end a congress's association
    ("Ngày 5.6, tại Đại hội đại biểu Hội Doanh nhân trẻ TP.Hải Phòng lần thứ V, Chủ tịch UBND thành phố tặng cờ thi đua.",
     ["Đại hội đại biểu Hội Doanh nhân trẻ TP.Hải Phòng lần thứ V"]),
    # `hiện đại` after a field it qualifies (thirty-eighth session)
    ("Sáng 5/5, Sở Nông nghiệp tổ chức Hội thảo phát triển nông nghiệp hiện đại tại Long An.",
     ["Hội thảo phát triển nông nghiệp hiện đại"]),
    # `đầu tiên của` a place, `hiện đại` after the equipment it qualifies
    ("Sáng 2/6, Tập đoàn Hà Đô khánh thành nhà máy điện gió đầu tiên của tỉnh Gia Lai.",
     ["khánh thành nhà máy điện gió đầu tiên của tỉnh Gia Lai"]),
    ("Sáng 2/6, Công ty Chè Mộc Châu khánh thành Nhà máy chế biến chè xanh dây chuyền hiện đại tại xã Tân Lập.",
     ["khánh thành Nhà máy chế biến chè xanh dây chuyền hiện đại"]),
    # the projects a signing lists over `và dự án`
    ("Ngày 2/6, UBND tỉnh Bình Định và Tập đoàn X đã ký kết thỏa thuận đầu tư các dự án Khu công nghiệp Phù Cát và dự án "
     "Cảng tổng hợp Phù Mỹ.", ["ký kết thỏa thuận đầu tư các dự án Khu công nghiệp Phù Cát và dự án Cảng tổng hợp Phù Mỹ"]),
    # `đầu tiên sang` a market, a park's list of fields over a comma
    ("Sáng 5/6, Bộ NN-PTNT tổ chức lễ công bố xuất khẩu lô thanh long ruột đỏ đầu tiên sang thị trường Úc.",
     ["lễ công bố xuất khẩu lô thanh long ruột đỏ đầu tiên sang thị trường Úc"]),
    ("Sáng 2/6, Công ty X chính thức khởi công xây dựng Khu công nghiệp, đô thị và dịch vụ VSIP Nghệ An tại xã Hưng Tây.",
     ["khởi công xây dựng Khu công nghiệp, đô thị và dịch vụ VSIP Nghệ An"]),
    # the board of a festival meets: `họp` is no part of its name
    ("Ngày 2/6, Ban tổ chức Lễ hội Cà phê họp triển khai kế hoạch tổ chức.", ["Lễ hội Cà phê"]),
    # a festival area, a standing task: no events
    ("Trung tâm rộng 2 ha, có nhà trưng bày 1.200 m2 và khu tổ chức lễ hội ngoài trời 3.000 m2.", []),
    ("Hội thi sáng tạo kỹ thuật là một trong những nội dung trọng tâm của chương trình khuyến công.", []),
    # s36: the goals a congress set name no congress; since the forty-fifth session not even with its edition (a blind judge
    # counted `vượt mục tiêu Đại hội Đảng bộ tỉnh lần thứ XIX` wrong: cited for its targets, no occurrence told)
    ("Các chỉ tiêu Đại hội Đảng bộ tỉnh đề ra đều đạt và vượt.", []),
    ("Tỉnh quyết tâm hoàn thành các mục tiêu mà Đại hội Đảng bộ tỉnh lần thứ XV đề ra.", []),
    # s36: the years of a reviewed period in brackets stay in the name when it goes on after them
    ("Sáng 2/6, Sở Công Thương tổ chức Hội nghị tổng kết 5 năm (2018-2023) thực hiện Đề án khuyến công quốc gia.",
     ["Hội nghị tổng kết 5 năm (2018-2023) thực hiện Đề án khuyến công quốc gia"]),
    # s42: the ministers of a group of countries name a meeting after a lowercase head or a modifier; a minister of
    # a Bộ who speaks after a bare head is a person
    ("Sáng 21/8, Thứ trưởng Bộ Công Thương dự hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 tại Viêng Chăn.",
     ["hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56"]),
    ("Đoàn Việt Nam tham dự Hội nghị hẹp Bộ trưởng Năng lượng ASEAN - Nhật Bản diễn ra ngày 26/9 tại Kuala Lumpur.",
     ["Hội nghị hẹp Bộ trưởng Năng lượng ASEAN - Nhật Bản"]),
    ("Phát biểu tại hội nghị Bộ trưởng Bộ Tài chính Hồ Đức Phớc nhấn mạnh yêu cầu giải ngân vốn đầu tư công.", []),
    # s42: a named event with a year as the predicate of `là`; a capitalised head alone after `là` stays generic
    ("Hoạt động được mong chờ nhất là Lễ hội văn hóa ẩm thực Bến Tre 2023 được tổ chức tại quảng trường Đồng Khởi.",
     ["Lễ hội văn hóa ẩm thực Bến Tre 2023"]),
    ("Điểm đến được yêu thích nhất năm nay là Hội chợ quê hương ở công viên trung tâm.", []),
    # s42: an acronym in brackets closes the first of two events joined by `và`
    ("Ngày 15/9, tại Nam Ninh đã khai mạc Hội chợ Trung Quốc-ASEAN (CAEXPO) và Hội nghị thượng đỉnh Thương mại-Đầu tư Trung "
     "Quốc-ASEAN (CABIS) 2024.", ["Hội chợ Trung Quốc-ASEAN (CAEXPO)", "Hội nghị thượng đỉnh Thương mại-Đầu tư Trung Quốc-ASEAN (CABIS) 2024"]),
    # s42: a second region joined by `và` stays in the name
    ("Tỉnh đưa sản phẩm tham gia Hội chợ sản phẩm OCOP khu vực Đồng bằng sông Hồng và miền Bắc tại tỉnh Hưng Yên.",
     ["Hội chợ sản phẩm OCOP khu vực Đồng bằng sông Hồng và miền Bắc"]),
    ("Chiều 5/3, tại TP Vinh diễn ra hội nghị kết nối giao thương giữa TP Đà Nẵng với các địa phương phía Bắc và Bắc Trung Bộ gồm: "
     "Hà Tĩnh, Nghệ An.", ["hội nghị kết nối giao thương giữa TP Đà Nẵng với các địa phương phía Bắc và Bắc Trung Bộ"]),
    # s42: the ceremony's act told again after `và` opens a second ceremony
    ("Sáng 10/3, Phó Thủ tướng dự lễ khởi công dự án khu công nghiệp hơn 300ha và khởi công nhà máy chế biến cà phê lớn nhất tỉnh.",
     ["lễ khởi công dự án khu công nghiệp hơn 300ha", "khởi công nhà máy chế biến cà phê"]),
    # s42: the works a ceremony counts and lists after a colon are all in its name
    ("Sáng 5/6, tỉnh tổ chức lễ khởi công 3 dự án: Khu công nghiệp Hòa Phú, Cụm công nghiệp Ea Lê và Nhà máy nước Buôn Hồ.",
     ["lễ khởi công 3 dự án: Khu công nghiệp Hòa Phú, Cụm công nghiệp Ea Lê và Nhà máy nước Buôn Hồ"]),
    # s42: one event singled out after `đặc biệt là` is no predicate of kind
    ("Sở sẽ hỗ trợ doanh nghiệp tham gia nhiều hoạt động, đặc biệt là Hội nghị kết nối cung - cầu giữa TP. Hồ Chí Minh và các "
     "tỉnh, thành năm 2024 dự kiến diễn ra vào tháng 8 tới.", ["Hội nghị kết nối cung - cầu giữa TP. Hồ Chí Minh và các tỉnh, thành năm 2024"]),
])
def test_names_end_where_the_event_does(text, names):
    assert _names(text) == names


def test_an_acronym_in_brackets_closes_a_name_a_lowercase_verb_follows():
    """(s38) though the verb is misspelt, so that no stop word catches it (`dự kiễn`)."""
    names = _names("Hai bên hướng tới ký kết tại Hội nghị cấp cao Diễn đàn Hợp tác Nông nghiệp châu Á (AFAC) dự kiễn diễn ra ở Hà "
                   "Nội vào tháng 10.")
    assert "Hội nghị cấp cao Diễn đàn Hợp tác Nông nghiệp châu Á (AFAC)" in names and not any("kiễn" in n for n in names)
