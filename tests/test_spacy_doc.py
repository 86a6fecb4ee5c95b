"""spaCy: underthesea's words in a Doc, vnie's facts as span groups and entities, DocBin files `spacy train` reads."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.cli import main
from pipeline.spacy_doc import SPAN_KEYS, make_nlp, to_doc
from tests.conftest import read_jsonl

TEXT = ("Thứ trưởng Bộ Công Thương Phan Thị Thắng dự Hội nghị xúc tiến thương mại tại Cần Thơ ngày 11/10/2024.\n\n"
        "Năm ngoái,  vốn đầu tư đạt hơn 560 tỷ đồng.")


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def test_the_component_puts_facts_on_the_doc(nlp):
    doc = nlp(TEXT)
    assert doc.text == TEXT and nlp.pipe_names == ["vnie"]
    words = [t.text for t in doc]
    assert "Công Thương" in words and "Phan Thị Thắng" in words  # underthesea's words, not syllables
    assert {t.tag_ for t in doc if t.text == "Phan Thị Thắng"} == {"Np"}
    assert {t.pos_ for t in doc if t.text == "Phan Thị Thắng"} == {"PROPN"}
    official = doc.spans["officials"][0]
    assert official.text == "Thứ trưởng Bộ Công Thương Phan Thị Thắng" and official._.title == "Thứ trưởng Bộ Công Thương"
    figure = doc.spans["figures"][0]
    assert (figure.text, figure._.value, figure._.unit) == ("hơn 560 tỷ đồng", 560e9, "VND")
    event = doc.spans["events"][0]
    assert (event._.type, event._.date) == ("conference", "2024-10-11")
    assert [d._.date for d in doc.spans["dates"]] == ["2024-10-11"]
    assert {(e.text, e.label_) for e in doc.ents} == {(official.text, "OFFICIAL"), (event.text, "EVENT")}


def test_publication_date_resolves_relative_dates():
    nlp = make_nlp(component=False)
    nlp.add_pipe("vnie", config={"published": "2024-05-15"})
    doc = nlp(TEXT)
    assert [(d.text, d._.date) for d in doc.spans["dates"]] == [("11/10/2024", "2024-10-11"), ("Năm ngoái", "2023")]


def test_a_doc_of_every_corpus_record_has_its_facts(corpus_run):
    records = read_jsonl(corpus_run[1] / "records.jsonl")
    nlp = make_nlp(component=False)
    for record in records:
        doc = to_doc(record, nlp)
        assert doc.text == record["text"]
        for key in SPAN_KEYS:
            assert len(doc.spans[key]) == len(record[key]), (record["id"], key)
            for span, fact in zip(doc.spans[key], record[key], strict=True):
                ev = fact["evidence"]
                assert record["text"][ev["start"]:ev["end"]].strip() in span.text


def test_export_spacy_loads_and_spacy_train_starts(corpus_run, tmp_path):
    from spacy.tokens import DocBin

    out = tmp_path / "spacy"
    assert main(["export", "--db", str(corpus_run[1] / "vnie.db"), "--format", "spacy", "-o", str(out)]) == 0
    nlp = make_nlp(component=False)
    docs = [doc for name in ("train", "dev") for doc in DocBin().from_disk(out / f"{name}.spacy").get_docs(nlp.vocab)]
    assert len(docs) == 5 and all(doc.user_data["id"] for doc in docs)
    assert sum(len(doc.spans["officials"]) for doc in docs) == 8
    assert any(e.label_ == "EVENT" for doc in docs for e in doc.ents)
    assert any(t.tag_ == "Np" for doc in docs for t in doc)

    model = tmp_path / "model"
    done = subprocess.run([sys.executable, "-m", "spacy", "train", str(out / "config.cfg"), "--paths.train",
                           str(out / "train.spacy"), "--paths.dev", str(out / "dev.spacy"), "--training.max_steps", "2",
                           "--training.eval_frequency", "1", "-o", str(model)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Training pipeline" in done.stdout and (model / "model-last").is_dir()
    import spacy

    trained = spacy.load(model / "model-last")  # the tokenizer comes back through vnie's entry point
    assert "Công Thương" in [t.text for t in trained("Bộ Công Thương")]


def test_pipeline_spacy_is_the_public_name_and_a_blank_spacy_pipeline_can_add_vnie():
    """`from pipeline.spacy import make_nlp` (the name the README gives), and a spaCy user's own pipeline:
    `spacy.blank("vi")` with vnie's tokenizer, then `nlp.add_pipe("vnie")` found through the registry."""
    import spacy

    import pipeline.spacy as vnie_spacy

    doc = vnie_spacy.make_nlp()("Giám đốc Sở Công Thương tỉnh Nghệ An Nguyễn Văn Hải cho biết năm 2024 tỉnh hỗ trợ "
                                "35 đề án khuyến công với tổng kinh phí hơn 12 tỷ đồng.")
    officials = list(doc.spans["officials"])
    assert len(officials) == 1 and officials[0].text.endswith("Nguyễn Văn Hải")
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnie.underthesea"}}})
    nlp.add_pipe("vnie")
    assert nlp.pipe_names == ["vnie"] and "Công Thương" in [t.text for t in nlp("Bộ Công Thương họp.")]
