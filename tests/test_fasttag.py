"""The fast POS tagger gives exactly underthesea's words, features and tags, on sentences of our own."""

from __future__ import annotations

import json

import pytest

from pipeline.language import fasttag
from pipeline.language.analysis import split_sentences
from pipeline.language.textnorm import normalize
from tests.conftest import DATA


def _own_sentences() -> list[str]:
    sentences = [json.loads(line)["text"] for line in (DATA / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    for path in sorted((DATA / "articles").glob("*.txt")) + sorted((DATA / "store").glob("*.jsonl")):
        raw = path.read_text(encoding="utf-8")
        texts = [json.loads(x)["text"] for x in raw.splitlines() if x.strip()] if path.suffix == ".jsonl" else [raw]
        for text in texts:
            text = normalize(text)
            sentences += [text[s:e] for s, e, _ in split_sentences(text)]
    return sentences


SENTENCES = _own_sentences()


def test_there_are_a_few_hundred_sentences():
    assert len(SENTENCES) >= 300


def test_tags_are_identical_to_underthesea():
    import underthesea

    different = [s for s in SENTENCES if fasttag.pos_tag(s) != underthesea.pos_tag(s)]
    assert different == []


@pytest.mark.parametrize("words", [
    ["Bộ Công Thương", "Phan Thị Thắng"], ["a"], ["TP. HCM", "ngày", "11/10"], ["x  y", "", "Ông"], ["12,47%", "và", "1.765.000.000"],
])
def test_features_are_identical_to_underthesea_templates(words):
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    transformer = CRFPOSTagPredictor.Instance().transformer
    expected = transformer.transform([[(w, "X") for w in words]])[0][0]
    assert fasttag.features(words) == expected


def test_word_segmentation_is_identical_to_underthesea():
    import underthesea
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    assert [s for s in SENTENCES if fasttag.syllables(s) != tokenize(s)] == []
    assert [s for s in SENTENCES if fasttag.word_tokenize(s) != underthesea.word_tokenize(s)] == []


@pytest.mark.parametrize("sentence", ["", "   ", "v.v... H&M 3x4 °C ==> https://a.vn/x?y=1 a@b.vn 0912.345.678",
                                      "Ngày 10/3/2024, ông Nguyễn Văn A (TP.HCM) nói: “Tăng 12,5%”.", "ÔNG"])
def test_word_segmentation_of_odd_sentences(sentence):
    import underthesea

    assert fasttag.word_tokenize(sentence) == underthesea.word_tokenize(sentence)
    assert fasttag.pos_tag(sentence) == underthesea.pos_tag(sentence)
