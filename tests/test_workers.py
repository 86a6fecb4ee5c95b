"""A process pool over a corpus larger than one batch: the same records and store as one process, the
tasks of several documents, the last batch, and the CPU seconds a run reports."""

from __future__ import annotations

import json

from pipeline.run import runner
from pipeline.run.runner import run
from pipeline.run.storefeed import StoreFeeder
from pipeline.settings import Settings

from .conftest import ROOT, read_jsonl, store_rows


def _corpus(path, count: int) -> None:
    """`count` articles made from the shipped sample's texts, each with a sentence of its own (a date, an amount,
    a number of firms), so most are stories of their own and some stay near-copies of another."""
    texts = [r["text"] for r in read_jsonl(ROOT / "extracted" / "records.jsonl")]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            text = texts[i % len(texts)]
            if i % 7:  # every seventh a repost of an earlier article with only its own last line
                text += (f"\nNgày {1 + i % 28}/{1 + i % 12}/20{10 + i % 15}, tỉnh hỗ trợ {i + 1} tỷ đồng cho "
                         f"{i + 3} cơ sở công nghiệp nông thôn.")
            fh.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")


def test_a_pool_over_several_batches_gives_the_records_and_store_of_one_process(tmp_path):
    count = runner.BATCH_PER_WORKER * 2 + 2 * runner.CHUNK + 3  # one full batch, then a short last one
    corpus = tmp_path / "many.jsonl"
    _corpus(corpus, count)
    one = run([corpus], tmp_path / "one", Settings(progress=False))
    two = run([corpus], tmp_path / "two", Settings(progress=False, workers=2))
    assert one.written == two.written == count
    assert (tmp_path / "one" / "records.jsonl").read_bytes() == (tmp_path / "two" / "records.jsonl").read_bytes()
    assert store_rows(tmp_path / "one" / "vnie.db") == store_rows(tmp_path / "two" / "vnie.db")
    assert one.copies == two.copies > 0 and one.stories == two.stories
    # CPU seconds: the workers' own in a pool, none in one process; the main's in both
    assert one.cpu["main"] > 0 and one.cpu["workers"] == 0
    assert two.cpu["main"] > 0 and two.cpu["workers"] > 0
    assert set(two.to_dict()["cpu_seconds"]) == {"main", "workers"}


def test_the_store_feeder_finishes_without_waiting_then_closes(tmp_path):
    record = read_jsonl(ROOT / "extracted" / "records.jsonl")[0]
    feeder = StoreFeeder(tmp_path / "vnie.db")
    feeder.add(json.dumps(record, ensure_ascii=False))
    feeder.finish()
    feeder.finish()  # twice is once
    feeder.close()
    assert feeder.error is None and feeder.changed == {record["id"]}
