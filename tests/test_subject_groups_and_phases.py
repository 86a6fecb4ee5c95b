"""Subjects the forty-seventh session found wrong on bench articles: a bare group noun before a count of things
(`nhóm 4 dự án ...`) is no subject, the things counted are; a project phase written inside a quoted project name
(`dự án "... - giai đoạn 1"`) is part of that name, so the bare measure after it is the named project's. The
sentences are written for these tests."""

from __future__ import annotations

import re

import pytest

from pipeline.facts import figures
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures.extract(analyse(normalize(text)))}


@pytest.mark.parametrize("text,figure,subject", [
    ("Ngành có nhóm 5 dự án chế biến thủy sản chậm tiến độ.", "5 dự án", "dự án chế biến thủy sản chậm tiến độ"),
    ("Tỉnh có nhóm 12 doanh nghiệp dệt may xuất khẩu chủ lực.", "12 doanh nghiệp", "doanh nghiệp dệt may xuất khẩu chủ lực"),
])
def test_a_bare_group_of_things_gives_way_to_the_things_counted(text, figure, subject):
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text,figure,subject", [
    ("Đội tiền trạm gồm 7 người.", "7 người", "Đội tiền trạm"),
    ("Một đoàn 40 người đã tới thăm nhà máy.", "40 người", "đoàn"),
])
def test_a_group_of_people_still_owns_the_members_counted(text, figure, subject):
    assert _subjects(text)[figure].endswith(subject)


@pytest.mark.parametrize("text,figure,subject", [
    ("Dự án \"Cải tạo kênh tiêu thoát nước khu vực phía Tây - giai đoạn 2\" có tổng vốn đầu tư 850 tỷ đồng.", "850 tỷ đồng",
     "tổng vốn đầu tư của Dự án \"Cải tạo kênh tiêu thoát nước khu vực phía Tây - giai đoạn 2\""),
    ("Công trình “Nâng cấp đê biển Tây giai đoạn 1” có tổng mức đầu tư 420 tỷ đồng.", "420 tỷ đồng",
     "tổng mức đầu tư của Công trình “Nâng cấp đê biển Tây giai đoạn 1”"),
])
def test_a_phase_inside_a_quoted_name_belongs_to_the_name(text, figure, subject):
    assert _subjects(text)[figure] == re.sub(r"[\"“”]", "", subject)  # (the name's quotes are dropped)


def test_a_phase_outside_quotes_still_names_the_phase():
    assert _subjects("Giai đoạn 1 của dự án có tổng vốn đầu tư 1.200 tỷ đồng.")["1.200 tỷ đồng"].startswith("tổng vốn đầu tư Giai đoạn 1")
