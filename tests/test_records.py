"""Records: the committed JSON Schema, JSON round trips, exact evidence offsets, a reproducible extracted/."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.record import SCHEMA_PATH, Evidence, Figure, Record, Source, schema_text

from .conftest import ROOT, read_jsonl


def test_committed_schema_is_current():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run python -m pipeline.record"


def test_every_record_validates_and_round_trips(corpus_run):
    _, out = corpus_run
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines():
        jsonschema.validate(json.loads(line), schema)
        assert Record.from_json(line).to_json() == line


def test_evidence_offsets_point_at_the_fact(corpus_run):
    _, out = corpus_run
    for rec in read_jsonl(out / "records.jsonl"):
        text = rec["text"]
        for kind in ("figures", "dates"):
            for fact in rec[kind]:
                ev = fact["evidence"]
                assert text[ev["start"]:ev["end"]] == fact["text"]
                assert ev["sentence"] in text
        for event in rec["events"]:
            ev = event["evidence"]
            assert text[ev["start"]:ev["end"]] == event["name"]
        for official in rec["officials"]:
            ev = official["evidence"]
            assert official["name"] in text[ev["start"]:ev["end"]]
            for mention in official["mentions"]:
                assert text[mention["start"]:mention["end"]] == mention["text"]


def test_a_fresh_run_reproduces_extracted(corpus_run):
    _, out = corpus_run
    assert (out / "records.jsonl").read_text(encoding="utf-8") == (ROOT / "extracted" / "records.jsonl").read_text(encoding="utf-8")


def test_ids_are_stable_and_distinct(corpus_run):
    _, out = corpus_run
    ids = [r["id"] for r in read_jsonl(out / "records.jsonl")]
    assert len(set(ids)) == len(ids) == 5
    assert all(len(i) == 16 for i in ids)


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=200), value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_any_text_and_value_survive_json(text, value):
    fig = Figure(value=value, unit="VND", text=text, evidence=Evidence(start=0, end=len(text), sentence=text))
    rec = Record(id="x", source=Source(path=text), text=text, figures=[fig])
    back = Record.from_json(rec.to_json())
    assert back.text == text and back.source.path == text
    assert back.figures[0].value == value


def test_fact_diff_reads_as_facts_gained_and_lost(tmp_path):
    from pipeline.diff import fact_diff, totals

    old = tmp_path / "old.jsonl"
    new = tmp_path / "new.jsonl"
    records = read_jsonl(ROOT / "extracted" / "records.jsonl")
    old.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    changed = json.loads(json.dumps(records[0]))
    lost_official = changed["officials"].pop(0)
    changed["figures"][0]["value"] += 1
    new.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [changed, *records[1:-1]]), encoding="utf-8")
    diffs = {d.id: d for d in fact_diff(old, new)}
    assert set(diffs) == {records[0]["id"], records[-1]["id"]}
    first = diffs[records[0]["id"]]
    assert first.status == "changed" and any(lost_official["name"] in line for line in first.lost["officials"])
    assert len(first.lost["figures"]) == len(first.gained["figures"]) == 1
    assert diffs[records[-1]["id"]].status == "removed"
    assert totals(list(diffs.values())).startswith("2 records differ")
    assert fact_diff(old, old) == []
