"""Shapes from the blind verdicts of sets P117 and P118 (s55), on sentences and sites of our own.
Officials: a provincial post that names no province takes the province of the paper that printed it (`baosonla.vn`), else
the one place its sentence says things happen in; the head of government or state and a minister before one name are two
people. Events: after a frame (`Tại hội nghị`), a lowercase head's people are the next clause's subject. Subjects: a count
whose clause opens with its group (`Nhóm sản phẩm X có 35 sản phẩm`, `Nhóm X: 32 sản phẩm`) or with a craft (`dệt thổ
cẩm có hơn 1.000 người`) is of that group or those who do the craft."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline import process_text
from pipeline.facts.site_province import site_province
from tests.shapes import SETTINGS, event_names, named_titles, placed_officials, subjects

HEAD = "Tin nhanh\n"  # a headline line, so that the sentence under test is read as the body's


_officials = placed_officials


@pytest.mark.parametrize(("url", "province"), [
    ("https://baosonla.vn/kinh-te/a-123.html", "Sơn La"),
    ("https://www.baodaklak.vn/channel/1/2019/x", "Đắk Lắk"),
    ("https://gialaitv.vn/tin/x", "Gia Lai"),
    ("https://tintuc.vinhlong.gov.vn/xem/id/1", "Vĩnh Long"),
    ("http://laichau.dcs.vn/a", "Lai Châu"),
    ("https://khuyencongbinhphuoc.gov.vn/Tin-tuc/x", "Bình Phước"),
    ("https://baodautu.vn/x", None),
    ("https://baotintuc.vn/x", None),
    ("https://vnexpress.net/x", None),
    ("http://huyendienbien.gov.vn/x", None),
    ("https://www.dalat-info.vn/x", None),
    (None, None),
])
def test_a_provincial_paper_stands_for_its_province(url, province):
    found = site_province(url)
    assert (found.name if found else None) == province


def test_a_bare_provincial_post_takes_the_province_of_the_paper():
    text = HEAD + ("Sáng 9-3, đoàn công tác đã đến thăm nhà máy. Cùng đi có Bí thư Tỉnh ủy Nguyễn Văn Tâm; Phó Bí thư Tỉnh ủy, "
                   "Chủ tịch UBND tỉnh Lê Minh Hải. Bộ trưởng Bộ Công Thương Trần Văn Bình phát biểu.")
    on_site = {name: province for name, _, province in _officials(text, "https://baothanhhoa.vn/a-1.html")}
    assert on_site == {"Nguyễn Văn Tâm": "Thanh Hóa", "Lê Minh Hải": "Thanh Hóa", "Trần Văn Bình": None}
    national = {name: province for name, _, province in _officials(text, "https://vnexpress.net/a-1.html")}
    assert national["Nguyễn Văn Tâm"] is None and national["Lê Minh Hải"] is None


def test_a_post_that_names_its_province_keeps_it_whatever_the_paper():
    text = HEAD + "Ông Nguyễn Văn Tâm, Phó Chủ tịch UBND tỉnh Nghệ An, đã làm việc với đoàn."
    assert _officials(text, "https://baothanhhoa.vn/a-2.html")[0][2] == "Nghệ An"


def test_a_bare_provincial_post_takes_the_one_place_its_sentence_is_about():
    text = HEAD + ("Đồng chí Trần Quang Minh, Phó Chủ tịch thường trực UBND tỉnh chào mừng đoàn doanh nghiệp của Hiệp hội đến "
                   "tìm hiểu đầu tư tại Hà Nam. Ông Lò Văn Sơn, Phó Chủ tịch UBND tỉnh tiếp đoàn tại Hòa Bình và Sơn La.")
    found = {name: province for name, _, province in _officials(text, None)}
    assert found["Trần Quang Minh"] == "Hà Nam"
    assert found["Lò Văn Sơn"] is None  # two places: which one the post is, the sentence does not say


def test_the_head_of_government_and_a_minister_before_one_name_are_two_people():
    found = dict(named_titles(HEAD + "Được sự đồng ý của Thủ tướng Chính phủ, Bộ trưởng Bộ Công Thương Lê Văn Hòa dẫn đầu "
                                     "đoàn công tác. Chủ tịch nước, Bộ trưởng Bộ Tài chính Đỗ Minh Phúc cũng có mặt."))
    assert found == {"Lê Văn Hòa": "Bộ trưởng Bộ Công Thương", "Đỗ Minh Phúc": "Bộ trưởng Bộ Tài chính"}
    kept = dict(named_titles(HEAD + "Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Phạm Văn Long phát biểu."))
    assert kept["Phạm Văn Long"] == "Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao"  # a deputy may hold a ministry


def test_after_a_frame_a_lowercase_heads_people_are_the_next_clauses_subject():
    names = event_names(HEAD + "Sáng 12/1, Hội đồng thẩm định sản phẩm tỉnh họp để xét sản phẩm. Tại hội nghị các thành viên "
                               "Hội đồng đã thảo luận, kiểm tra hồ sơ. Tại hội nghị lãnh đạo Sở cũng đã phát biểu.")
    assert not any("thành viên" in n or "lãnh đạo" in n for n in names), names


def test_a_framed_lowercase_head_keeps_a_name_that_is_no_clause():
    names = event_names(HEAD + "Tại hội nghị các tỉnh Tây Nguyên lần thứ 5 năm 2023, các đại biểu đã thảo luận về khuyến công.")
    assert names == ["hội nghị các tỉnh Tây Nguyên lần thứ 5 năm 2023"]


def test_a_count_whose_clause_opens_with_its_group_is_of_that_group():
    found = subjects(HEAD + "Nhóm sản phẩm chế biến nông sản và thực phẩm có 41 sản phẩm (nước mắm, bánh tráng). Trong đó, "
                            "nhóm hàng thủ công mỹ nghệ có 12 sản phẩm.")
    assert found == {"41 sản phẩm": "Nhóm sản phẩm chế biến nông sản và thực phẩm",
                     "12 sản phẩm": "nhóm hàng thủ công mỹ nghệ"}
    labelled = subjects(HEAD + "– Nhóm sản phẩm đồ uống: 7 sản phẩm; nhóm dược liệu: 3 sản phẩm.")
    assert labelled == {"7 sản phẩm": "Nhóm sản phẩm đồ uống", "3 sản phẩm": "nhóm dược liệu"}


def test_a_count_of_people_whose_clause_opens_with_a_craft_is_of_those_who_do_it():
    found = subjects(HEAD + "Hiện nay, làm nón lá có khoảng 600 người, đan lát có hơn 250 người.")
    assert found == {"khoảng 600 người": "người làm nón lá", "hơn 250 người": "người đan lát"}


def test_a_count_after_a_place_is_not_read_as_a_craft():
    found = subjects(HEAD + "Xã Tân Lập có 320 hộ, trong đó nhiều hộ làm nghề mộc.")
    assert found["320 hộ"] != "hộ Xã Tân Lập" and not (found["320 hộ"] or "").startswith("hộ xã")


def test_the_cli_places_officials_by_the_site_of_a_corpus_entry(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    entry = {"id": "a1", "url": "https://baophuyen.vn/kinh-te/x-1.html", "title": "Tỉnh làm việc với doanh nghiệp",
             "text": "Tỉnh làm việc với doanh nghiệp\n\nSáng 3/4, Phó Chủ tịch UBND tỉnh Đào Mỹ Hạnh đã làm việc với "
                     "các doanh nghiệp trong khu công nghiệp về kế hoạch sản xuất năm nay."}
    corpus.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "--quiet"], check=True)
    record = json.loads((out / "records.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert [(o["name"], o["province"], o["province_2025"]) for o in record["officials"]] == [("Đào Mỹ Hạnh", "Phú Yên", "Đắk Lắk")]


def test_a_measure_the_first_item_of_a_list_names_is_shared_by_the_bare_items_after_it():
    found = subjects(HEAD + "Trong đó, công suất điện than khoảng 21.400 MW (chiếm 30,1%), thủy điện khoảng 19.800 MW (chiếm 27,9%), "
                            "điện mặt trời (kể cả mái nhà) khoảng 12.300 MW (chiếm 17,3%), điện gió khoảng 4.100 MW (chiếm 5,8%).")
    assert found["khoảng 19.800 MW"] == "công suất thủy điện"
    assert found["khoảng 12.300 MW"] == "công suất điện mặt trời"
    assert found["khoảng 4.100 MW"] == "công suất điện gió"
    assert found["5,8%"] == "công suất điện gió"  # a share in brackets with no base of its own is the amount's
    crops = subjects(HEAD + "Năm nay, diện tích lúa đạt 8.200 ha, ngô 1.400 ha và khoai lang 650 ha.")
    assert crops == {"8.200 ha": "diện tích lúa", "1.400 ha": "diện tích ngô", "650 ha": "diện tích khoai lang"}


def test_an_item_that_names_its_own_measure_or_a_clause_keeps_its_subject():
    found = subjects(HEAD + "Quý III, doanh thu đạt 420 tỷ đồng, lợi nhuận sau thuế 35 tỷ đồng, khoản chi phí khác là 4 tỷ đồng.")
    assert found["35 tỷ đồng"] == "lợi nhuận sau thuế" and not found["4 tỷ đồng"].startswith("doanh thu")
    shares = subjects(HEAD + "Công ty X đã mua với tổng khối lượng 2 triệu tấn (chiếm khoảng 15% tổng sản lượng cả nước).")
    assert shares["2 triệu tấn"] == "tổng khối lượng" and shares["khoảng 15%"] != "tổng khối lượng"  # its own base


def test_a_capacity_told_per_turbine_or_unit_is_a_rate():
    figures = process_text(HEAD + "Dự án có 20 tuabin, công suất 4,5 MW mỗi trụ. Nhà máy có 2 tổ máy, công suất 300 MW mỗi tổ máy.",
                           settings=SETTINGS).figures
    assert {f.text: f.per for f in figures if f.unit == "MW"} == {"4,5 MW": "tuabin", "300 MW": "tổ máy"}


def test_a_place_abroad_and_an_edition_after_a_name_are_the_names():
    names = event_names(HEAD + "Ngày 3/6, Tuần lễ Việt Nam tại Hàn Quốc lần thứ 5, năm 2023, khai mạc tại Seoul.")
    assert names == ["Tuần lễ Việt Nam tại Hàn Quốc lần thứ 5, năm 2023"]
    assert event_names(HEAD + "Ngày 3/6, Hội chợ Hàng Việt tại Lào khai mạc tại Viêng Chăn.") == ["Hội chợ Hàng Việt"]


def test_a_verb_of_what_an_event_made_after_a_comma_ends_its_name():
    names = event_names(HEAD + "Ngày 12/4, tỉnh Quảng Bình tổ chức Hội nghị xúc tiến đầu tư và phát triển du lịch, tạo sức "
                               "hút lớn với nhà đầu tư.")
    assert names == ["Hội nghị xúc tiến đầu tư và phát triển du lịch"]


def test_a_count_of_persons_that_restates_the_people_before_it_is_of_them():
    found = subjects(HEAD + "Dự kiến khách tham quan hội chợ khoảng 5.000 người; đại biểu dự hội nghị hơn 300 người.")
    assert found["khoảng 5.000 người"] == "khách tham quan hội chợ"
    assert found["hơn 300 người"] == "đại biểu dự hội nghị"


def test_an_item_after_riêng_shares_the_measure_before_its_owner():
    found = subjects(HEAD + "Năm 2023, kim ngạch xuất khẩu của tỉnh đã đạt 2,4 tỷ USD, riêng gạo đã đạt 800 triệu USD.")
    assert found["800 triệu USD"] == "kim ngạch xuất khẩu gạo"


def test_words_of_kind_alone_after_a_head_name_no_event():
    assert event_names(HEAD + "Khi Cục liên kết với doanh nghiệp để tổ chức hội chợ thương mại quốc tế tại TP.HCM thì trung tâm "
                              "đã kín chỗ, chờ đến 1 - 2 năm sau.") == []
    assert event_names(HEAD + "Sáng 5/5, Sở tổ chức Hội chợ thương mại quốc tế Việt - Lào tại Quảng Trị.") == [
        "Hội chợ thương mại quốc tế Việt - Lào"]
    assert event_names(HEAD + "Thứ trưởng dự Hội nghị xúc tiến thương mại quốc tế tại Huế ngày 12/10/2024.") == [
        "Hội nghị xúc tiến thương mại quốc tế"]  # (a day told: one held)


def test_a_process_is_no_ceremony():
    assert event_names(HEAD + "Trả lời câu hỏi về tiến trình ký Hiệp định Thương mại tự do Việt Nam - Canada, người phát ngôn "
                              "nêu rõ: \"Ngày 5/3/2019, Quốc hội Canada đã thông qua\".") == []


def test_a_province_that_ends_a_persons_name_places_no_one():
    text = HEAD + ("Sáng 1/3, tại khu công nghiệp Bình Xuyên, công ty tổ chức lễ ra mắt nhà máy. Đến dự có đồng chí Nguyễn Văn "
                   "Sơn - Chủ tịch UBND tỉnh; đồng chí Hà Hòa Bình - Phó Chủ tịch UBND tỉnh.")
    found = {name: province for name, _, province in _officials(text, None)}
    assert found["Nguyễn Văn Sơn"] != "Hòa Bình" and found["Hà Hòa Bình"] != "Hòa Bình"


def test_a_qualifier_put_before_a_measure_owns_nothing():
    assert subjects(HEAD + "Với trên tổng diện tích 6.000 m2, hội chợ có 200 gian hàng.")["6.000 m2"] == "tổng diện tích"


def test_the_end_of_a_change_from_a_year_to_a_year_is_the_starts_measure():
    found = subjects(HEAD + "Ngân hàng Thế giới tháng trước nói rằng tăng trưởng GDP của Thái Lan được dự báo “tăng mạnh” từ "
                            "1,5% trong năm 2022 lên 3,4% trong năm 2023.")
    assert found["3,4%"] == found["từ 1,5%"] == "tăng trưởng GDP của Thái Lan"


def test_a_measure_a_named_owner_reaches_is_the_owners():
    found = subjects(HEAD + "Quý 3 vừa qua, Cảng Quy Nhơn đạt doanh thu hợp nhất 312,5 tỷ đồng, giảm 9% so với cùng kỳ.")
    assert found == {"312,5 tỷ đồng": "doanh thu hợp nhất của Cảng Quy Nhơn", "9%": "doanh thu hợp nhất của Cảng Quy Nhơn"}
    assert subjects(HEAD + "Năm nay Công ty Sông Đà lần đầu tiên đạt lợi nhuận 80 tỷ đồng.")["80 tỷ đồng"] == "lợi nhuận của Công ty Sông Đà"
    assert subjects(HEAD + "Năm 2023, xuất khẩu đạt 3 tỷ USD.")["3 tỷ USD"] == "xuất khẩu"  # (a year opens no owner)


def test_an_area_whose_owner_follows_it_is_that_owners():
    found = subjects(HEAD + "Nhà máy sẽ chế biến mủ cho 4.200 ha của Công ty Cao su Chư Prông và 900 ha của Nông trường Ia Pết.")
    assert found == {"4.200 ha": "diện tích của Công ty Cao su Chư Prông", "900 ha": "diện tích của Nông trường Ia Pết"}


def test_a_firms_function_director_is_one_role():
    record = process_text(HEAD + "Ông Lê Văn Nam, Giám đốc Kinh doanh cảng Tân Cảng cho biết sản lượng tăng. Bà Trần Thị Hoa, "
                                 "Giám đốc Tài chính Công ty Cổ phần Hưng Thịnh, cho biết thêm.", settings=SETTINGS)
    found = {o.name: (o.role, o.organization) for o in record.officials}
    assert found == {"Lê Văn Nam": ("Giám đốc Kinh doanh", "cảng Tân Cảng"),
                     "Trần Thị Hoa": ("Giám đốc Tài chính", "Công ty Cổ phần Hưng Thịnh")}


def test_a_word_cut_by_a_truncated_text_is_left_out_of_a_title():
    titles = dict(named_titles(HEAD + "Sáng 5/3, tỉnh tổ chức hội nghị về quyền lợi người tiêu dùng.\n\nĐồng chí Lê Văn Hải - "
                                      "Tỉnh ủy viên, Giám đốc Sở Tài chính T"))
    assert titles["Lê Văn Hải"] == "Tỉnh ủy viên, Giám đốc Sở Tài chính"
    whole = dict(named_titles(HEAD + "Sáng 5/3, tỉnh tổ chức hội nghị.\n\nĐồng chí Lê Văn Hải - Giám đốc Sở Tài chính tỉnh Lâm Đồng"))
    assert whole["Lê Văn Hải"] == "Giám đốc Sở Tài chính tỉnh Lâm Đồng"  # (a whole last word is kept)
