"""A gate on hand-written sentence cases of our own (tests/data/sentences.jsonl): per-kind recall
and precision floors (precision for every kind: a case with an empty `expect` is a negative), pinned at what the extractors reach, so a rule change that loses cases fails.

Matching, per kind: an official by name (its role scored apart); a figure by value and unit; a date by
its ISO value; an event by name (ignoring case; a name that contains or is contained in the expected
one counts) and type. Sentences are short, so the minimum length check is relaxed.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from pipeline import process_text
from pipeline.errors import Skip
from pipeline.language.textnorm import normalize
from pipeline.settings import Settings
from tests.conftest import DATA

CASES = [json.loads(line) for line in (DATA / "sentences.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
# Floors: what the extractors reached on 2026-11-30, rounded down (`python -m tests.test_sentences` prints them).
FLOORS = {
    "official": {"recall": 0.97, "precision": 0.98, "role": 0.98, "organization": 0.98},
    "figure": {"recall": 0.98, "precision": 1.0},
    "date": {"recall": 0.94, "precision": 0.96},
    "event": {"recall": 0.99, "precision": 0.98, "type": 0.99, "date": 0.99},
}
SETTINGS = Settings(min_chars=10, min_vietnamese=0.0)


def _same_event(a: str, b: str) -> bool:
    a, b = a.lower().strip(" .,"), b.lower().strip(" .,")
    return a == b or a in b or b in a


def score() -> dict[str, Counter]:
    counts: dict[str, Counter] = {kind: Counter() for kind in FLOORS}
    for case in CASES:
        kind, expect = case["kind"], case["expect"]
        c = counts[kind]
        try:
            record = process_text(case["text"], published=case.get("published"), settings=SETTINGS)
        except Skip:
            c["expected"] += len(expect)
            continue
        c["expected"] += len(expect)
        if kind == "official":
            got = {o.name: o for o in record.officials}
            c["found"] += len(got)
            for e in expect:
                if e["name"] in got:
                    c["hit"] += 1
                    c["role_hit"] += got[e["name"]].role == e.get("role")
                    if "organization" in e:  # (the post's body as the record gives it, tone placement aside)
                        c["org_expected"] += 1
                        c["org_hit"] += normalize(got[e["name"]].organization or "") == normalize(e["organization"] or "")
            c["extra"] += len(set(got) - {e["name"] for e in expect})
        elif kind == "figure":
            got = {(round(f.value, 6), f.unit) for f in record.figures}
            want = {(round(float(e["value"]), 6), e["unit"]) for e in expect}
            c["found"] += len(got)
            c["hit"] += len(got & want)
            c["extra"] += len(got - want)
        elif kind == "date":
            got = {d.value for d in record.dates}
            want = {e["value"] for e in expect}
            c["found"] += len(got)
            c["hit"] += len(want & got)
            c["extra"] += len(got - want)
        else:
            c["found"] += len(record.events)
            c["extra"] += sum(not any(_same_event(ev.name, e["name"]) for e in expect) for ev in record.events)
            for e in expect:
                match = next((ev for ev in record.events if _same_event(ev.name, e["name"])), None)
                if match is not None:
                    c["hit"] += 1
                    c["type_hit"] += match.type == e.get("type")
                    c["date_hit"] += match.date == e.get("date")
                    c["date_expected"] += 1
    return counts


@pytest.fixture(scope="module")
def counts():
    return score()


def _ratios(c: Counter) -> dict[str, float]:
    out = {"recall": c["hit"] / c["expected"] if c["expected"] else 1.0}
    if c["found"]:
        out["precision"] = 1 - c["extra"] / c["found"]
    if c["hit"] and "role_hit" in c:
        out["role"] = c["role_hit"] / c["hit"]
    if c["hit"] and "type_hit" in c:
        out["type"] = c["type_hit"] / c["hit"]
    if c["org_expected"]:
        out["organization"] = c["org_hit"] / c["org_expected"]
    if c["date_expected"]:
        out["date"] = c["date_hit"] / c["date_expected"]
    return out


@pytest.mark.parametrize("kind", list(FLOORS))
def test_sentence_cases_stay_above_their_floors(counts, kind):
    got = _ratios(counts[kind])
    for measure, floor in FLOORS[kind].items():
        assert got.get(measure, 0.0) >= floor - 1e-9, (kind, measure, got, counts[kind])


if __name__ == "__main__":  # python -m tests.test_sentences: print the current scores
    for kind, c in score().items():
        print(kind, {k: round(v, 3) for k, v in _ratios(c).items()}, dict(c))
