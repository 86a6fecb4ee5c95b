"""The pieces a figure's subject is read with (`subjects.py`, `noun_phrases.py`, `subject_lexicon.py`), on sentences
of our own: the noun phrase after an amount, the links that value or size any phrase, and the modules' size."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.facts import figures, noun_phrases, subject_lexicon
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import normalize


def _after(text: str, amount: str) -> str:
    sentence = analyse(normalize(text)).sentences[0]
    end = sentence.start + sentence.text.index(amount) + len(amount)
    run = noun_phrases.phrase_after(list(sentence.tokens), end, [])
    return noun_phrases.phrase_text(sentence, run) if run else ""


@pytest.mark.parametrize("text,amount,phrase", [
    ("Nga gửi 40 tấn hàng viện trợ cho Lào.", "40 tấn", "hàng viện trợ"),
    ("Malaysia trả lại 3.000 tấn rác thải nhựa.", "3.000 tấn", "rác thải nhựa"),
    ("Họ nhập 60 tỷ USD hàng hóa nước này.", "60 tỷ USD", "hàng hóa nước này"),
    ("Bão phá hủy hơn 10.000 km đường bị ngập.", "10.000 km", "đường"),
    ("Công ty thu 5 tỷ đồng năm 2020.", "5 tỷ đồng", ""),
    ("Chi 5 tỷ đồng mỗi năm.", "5 tỷ đồng", ""),
    ("Có 73% người được hỏi đồng ý.", "73%", ""),
    ("Pin phủ kín 267 ha phía dưới.", "267 ha", ""),
    ("Họ đi 10 km về phía bắc.", "10 km", ""),
    ("Anh gửi lại cho mẹ 60% thu nhập hàng tháng.", "60%", "thu nhập"),
])
def test_phrase_after_an_amount(text, amount, phrase):
    assert _after(text, amount) == phrase


@pytest.mark.parametrize("sentence,subject", [
    ("Bức tranh trị giá 2 tỷ đồng được trưng bày.", "Bức tranh"),
    ("Con đê dài 12 km chạy dọc bờ biển.", "Con đê"),
    ("Khối đá nặng 30 tấn được cẩu lên.", "Khối đá"),
    ("Kho hàng trong cảng trị giá 10 tỷ đồng.", "Kho hàng trong cảng"),  # the whole phrase, not its end `cảng`
])
def test_value_links_take_any_phrase_before_them(sentence, subject):
    (f,) = figures.extract(analyse(normalize(sentence)))
    assert f.subject == subject


def test_counts_keep_their_counted_noun_not_a_phrase_after():
    (f,) = figures.extract(analyse(normalize("Tỉnh có 300 hộ dân tham gia làng nghề.")))
    assert (f.unit, f.subject) == ("count", None)


def test_lexicon_kinds_are_known():
    kinds = {kind for kind, _ in subject_lexicon.entries().kinds.values()}
    assert kinds == {"measure", "attribute", "entity", "generic", "time", "other"}


def test_subject_modules_stay_small():
    here = Path(subject_lexicon.__file__).parent
    for name in ("subjects.py", "noun_phrases.py", "subject_lexicon.py"):
        assert len((here / name).read_text(encoding="utf-8").splitlines()) <= 400, name
