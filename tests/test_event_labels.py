"""Events against people's labels of real articles (`benchmarks/event_labels.py`): the labels file holds no text,
and the current code keeps at least the share of right events it had when the labels were made."""

from __future__ import annotations

import json
import os

import pytest

from benchmarks.event_labels import LABELS, SHARED, name_key, score, source

ROWS = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
# The bench texts are in ../shared (required under CI); the lead's domain pages (../domain-eval*) are outside it and
# only scored where they are.
PRESENT = [r for r in ROWS if source(r["corpus"], SHARED).exists()]
HERE = source("bench", SHARED).exists()


def test_labels_hold_ids_offsets_hashes_and_dates_only():
    judged = [r for r in ROWS if "miss" not in r]
    assert len(judged) >= 350 and len({(r["corpus"], r["article"]) for r in ROWS}) >= 250
    for row in judged:
        assert set(row) == {"corpus", "article", "start", "end", "name", "verdict", "want_name", "want_date", "want_end"}
        assert row["want_end"] is None or row["want_end"] > row["start"]
        assert row["verdict"] in {"right", "not_event", "extent", "type", "date", "duplicate"}
        assert len(row["name"]) == 12 and row["end"] > row["start"]
        assert row["want_date"] is None or row["want_date"][:2] in ("19", "20")
    for row in (r for r in ROWS if "miss" in r):
        assert set(row) == {"corpus", "article", "miss", "want_date"} and len(row["miss"]) == 12


def test_name_key_ignores_case_tones_spacing_and_end_punctuation():
    assert name_key("Hội chợ  OCOP Quảng Ninh.") == name_key("hoi cho ocop quang ninh")
    assert name_key("Hội chợ OCOP") != name_key("Hội nghị OCOP")


@pytest.mark.skipif(not HERE and not os.environ.get("CI"), reason="../shared/bench is not here")
def test_the_current_code_is_right_on_at_least_the_share_it_was_when_labelled():
    counts = score(PRESENT, SHARED)
    judged = counts["right"] + counts["wrong"]
    labelled_right = sum(1 for r in PRESENT if r.get("verdict") == "right")
    assert judged >= 0.88 * sum(1 for r in PRESENT if "miss" not in r)  # (0.90 before the fortieth session left out a name
    # of two editions, `lần thứ 17 và 18`, a duplicate `Đại hội 19`, three festivals told as traditions (`Lễ hội Vu Lan ... đã
    # trở thành nét văn hóa`) and what work aims at (`hướng tới lễ kỷ niệm ...`): 6 events gone here, 5 labelled wrong, the
    # last labelled right but judged wrong by the session's blind judge; 0.91 before the thirty-seventh session left out
    # works begun `từ năm 2015` told after the verb's object, one event gone here, labelled wrong; 0.93 before the sixth session left out
    # bare ceremony verbs, `khởi công` alone: 4 events gone here, all labelled wrong, none right; 0.92 before the
    # eighteenth left out quotations opened by `Hội nghị thượng đỉnh này` and members of a body, `ủy viên Hội nghị X`)
    assert counts["right"] >= labelled_right  # 0.60 of the events as labelled; changes must not lose right ones
    # (a wrong event that is gone is no loss; one now named by a fuller mention is counted apart as `moved`). Leaving
    # out undated side mentions beside a dated event (`event_contained.side_mentions_dropped`, fifth session) was a
    # trade: 6 labelled right events for 11 wrong here, 3 for 29 on the domain pages; precision must stay above it.
    assert counts["lost right"] <= 6  # (5 since the fortieth session)
    assert counts["right"] / judged >= 0.69
