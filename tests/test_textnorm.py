"""Normalisation keeps offsets: tone placement is one character for one, folding keeps length."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from pipeline.language.textnorm import fix_tone_placement, fold, normalize


def test_new_style_tones_fold_to_classic():
    assert normalize("Hoà Bình, Thuý, khoẻ, thuỷ điện") == "Hòa Bình, Thúy, khỏe, thủy điện"
    assert normalize("quý, hoàng, HOÀ") == "quý, hoàng, HÒA"


def test_nfd_input_becomes_nfc():
    assert normalize(unicodedata.normalize("NFD", "Nguyễn Văn Hòa")) == "Nguyễn Văn Hòa"


def test_fold_removes_marks_and_d():
    assert fold("Đắk Lắk điện mặt trời") == "dak lak dien mat troi"


vietnamese = st.text(alphabet="aăâeêioôơuưyđAĂÂĐOÔƠUƯYàáảãạòóỏõọùúủũụỳýỷỹỵèéẻẽẹ qQhHtT.,", max_size=80)


@given(vietnamese)
def test_tone_placement_keeps_length(text):
    nfc = unicodedata.normalize("NFC", text)
    assert len(fix_tone_placement(nfc)) == len(nfc)
    assert fix_tone_placement(fix_tone_placement(nfc)) == fix_tone_placement(nfc)


@given(st.text(max_size=80))
def test_fold_keeps_length(text):
    nfc = unicodedata.normalize("NFC", text)
    assert len(fold(nfc)) == len(nfc)


def test_slash_and_hyphen_lookalikes_become_plain():
    """`Ngày 6⁄10⁄2017` (U+2044) is a date like `Ngày 6/10/2017`; one character each, so offsets hold."""
    text = "Ngày 6\u204410\u20442017, từ 5\u20108\u2215\uff0f"
    out = normalize(text)
    assert out == "Ngày 6/10/2017, từ 5-8//" and len(out) == len(text)


def test_eth_typed_for_d_with_stroke_becomes_d():
    """`ÐBSCL`, `Ðà Nẵng` with U+00D0 (and `ð`, U+00F0) read, fold and search as `ĐBSCL`, `Đà Nẵng`; offsets hold."""
    text = "Ðoàn công tác tới Ðà Nẵng, ÐBSCL và ðường"
    out = normalize(text)
    assert out == "Đoàn công tác tới Đà Nẵng, ĐBSCL và đường" and len(out) == len(text)
    assert fold(out) == "doan cong tac toi da nang, dbscl va duong"
