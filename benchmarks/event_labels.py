"""Events against hand labels of real articles: how many of what vnie extracts now are right.

    python benchmarks/event_labels.py [--shared DIR] [--show]

`tests/data/event_labels/labels.jsonl` holds people's verdicts on the events vnie extracted (code of
2026-11-30) from 478 real articles (617 events, 78 misses; 138 of the events were first counted unseen): bench articles (`../shared/bench/`) and the lead's labelled real pages of the
domain (`../domain-eval*/pages.jsonl`, outside the repository). Each row is one extracted event: its offsets, a
hash of its name, the verdict (`right`, or the first error among `not_event`, `extent`, `type`, `date`,
`duplicate`), and what was right (a hash of the right name, the right date) when the verdict is an extent or a
date, and where the name should end (`want_end`, an offset, when people's name starts where vnie's does). Rows with `miss` are events the article reports that vnie did not list (a hash of their name). No text is
stored: names are compared by `name_key` (folded, tones removed, spaces collapsed).

The script runs the page, language and facts stages on those articles with the current code and matches each
event to the labelled event at the same offsets (or overlapping them, or with the same name): it is right when
its name and date are those the label says are right; an event labelled `not_event`, `duplicate` or `type`
that is still extracted is wrong; events at places nobody labelled are counted apart (`unlabelled`), as are
labelled right events no longer extracted (`lost`) and misses now found. The labels were made on one version
of the code and are a development set: every change measured here has been seen by it; unseen articles are the
real test.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.documents import Rejected  # noqa: E402
from pipeline.facts import dates, events  # noqa: E402
from pipeline.language.analysis import analyse  # noqa: E402
from pipeline.language.textnorm import fold  # noqa: E402
from pipeline.page.stage import to_article  # noqa: E402
from pipeline.reading.inputs import read_inputs  # noqa: E402
from pipeline.record import Event  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "event_labels" / "labels.jsonl"
SHARED = ROOT.parent / "shared"
ABSENT = ("not_event", "duplicate", "type")


def name_key(name: str) -> str:
    """The short hash a label keeps of an event's name (the name itself is not stored)."""
    return hashlib.sha1(" ".join(fold(name).split()).strip(" .,:;\"“”'").encode("utf-8")).hexdigest()[:12]


def date_matches(want: str | None, got: str | None) -> bool:
    """Whether an event's date is the labelled one. A day without its year (`--07-09`, precision `month_day`,
    younger than the labels) matches a labelled day with that month and day, or a label that wants no date: the
    labels were made when such an event had none, so they cannot check its day (it was checked by hand)."""
    if got and got.startswith("--"):
        return want is None or want.endswith(got[1:])
    return (want or None) == got


def source(corpus: str, shared: Path) -> Path:
    """Where the texts of a labelled corpus are read from."""
    if corpus == "bench":
        return shared / "bench" / "vi-news-2956.jsonl.gz"
    return shared.parent / corpus / "pages.jsonl"


_STAMP = re.compile(r"\s*date (\d{4}-\d{2}-\d{2})\s")


def _lines(corpus: str, ids: set[str], shared: Path) -> dict[str, str]:
    path = source(corpus, shared)
    opener = gzip.open if path.name.endswith(".gz") else open
    out = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj.get("id") in ids:
                if corpus != "bench":  # the lead's pages: only the fields a run of them was given
                    obj = {k: obj[k] for k in ("id", "title", "text", "url") if obj.get(k)}
                    stamp = _STAMP.match(obj.get("text", ""))
                    if stamp:  # the page's own date, stored before its text: a fetch would have read it as `published`
                        obj["published"] = stamp.group(1)
                out[obj["id"]] = json.dumps(obj, ensure_ascii=False)
    return out


def extracted(corpus: str, ids: set[str], shared: Path) -> dict[str, list[Event]]:
    """The events the current code extracts from each labelled article of one corpus."""
    lines = _lines(corpus, ids, shared)
    settings = Settings()
    out: dict[str, list[Event]] = {}
    TEXTS.clear()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(lines[i] + "\n" for i in sorted(lines)), encoding="utf-8")
        for doc in read_inputs([path], settings):
            if isinstance(doc, Rejected):
                continue
            article = to_article(doc, settings)
            analysis = analyse(article.text)
            found = dates.extract(analysis, article.published)
            out[str(doc.meta.get("id"))] = events.extract(analysis, found, undated=not article.published)
            TEXTS[str(doc.meta.get("id"))] = article.text
    return out


TEXTS: dict[str, str] = {}  # the article texts of the last `extracted` call, for `_moved`


def _words(text: str) -> set[str]:
    return set(fold(text).lower().split()) - {"-", "–", ","}


def _moved(event: Event, row: dict, text: str) -> bool:
    """Whether `event` is the labelled event `row` named now by another of its mentions (a fuller one later in the
    article): the labelled span's words and the new name's share all of the shorter one's, two words at least."""
    old, new = _words(text[row["start"]:row["end"]]), _words(event.name)
    return len(old) >= 2 and len(new) >= 2 and (old <= new or new <= old)


def score(labels: list[dict], shared: Path, show: bool = False) -> Counter:
    """Counts: right, wrong (and why), unlabelled, lost, misses and misses found."""
    by_article: dict[tuple[str, str], list[dict]] = {}
    for row in labels:
        by_article.setdefault((row["corpus"], row["article"]), []).append(row)
    counts: Counter = Counter()
    for corpus in sorted({c for c, _ in by_article}):
        if not source(corpus, shared).exists():
            counts[f"corpus absent: {corpus}"] += 1
            continue
        ids = {a for c, a in by_article if c == corpus}
        found = extracted(corpus, ids, shared)
        for article in sorted(ids):
            rows = by_article[(corpus, article)]
            judged = [r for r in rows if "miss" not in r]
            misses = {r["miss"]: r for r in rows if "miss" in r}
            counts["misses"] += len(misses)
            used: set[int] = set()
            for event in found.get(article, []):
                key, start, end = name_key(event.name), event.evidence.start, event.evidence.end
                if key in misses:
                    counts["misses found"] += 1
                    counts["right" if date_matches(misses[key].get("want_date"), event.date) else "wrong"] += 1
                    continue
                hit = next((k for k, r in enumerate(judged) if k not in used and r["start"] == start), None)
                if hit is None:
                    hit = next((k for k, r in enumerate(judged) if k not in used and (
                        (r["start"] < end and start < r["end"]) or key in (r["name"], r.get("want_name")))), None)
                if hit is None:
                    moved = next((k for k, r in enumerate(judged) if k not in used and r["verdict"] not in ABSENT
                                  and _moved(event, r, TEXTS.get(article, ""))), None)
                    if moved is not None:
                        used.add(moved)  # named now by another mention: neither right nor wrong by these labels
                        counts["moved"] += 1
                        if show:
                            print(f"  ~  {article}: {event.name!r} {event.date} (moved)")
                        continue
                    counts["unlabelled"] += 1
                    if show:
                        print(f"  ?  {article}: {event.name!r} {event.date}")
                    continue
                used.add(hit)
                row = judged[hit]
                if row["verdict"] in ABSENT:
                    counts["wrong"] += 1
                    counts[f"wrong: {row['verdict']}"] += 1
                    if show:
                        print(f"  -  {article}: {event.name!r} ({row['verdict']})")
                    continue
                name_ok = key == row["want_name"]
                date_ok = date_matches(row.get("want_date"), event.date)
                counts["right" if name_ok and date_ok else "wrong"] += 1
                if not (name_ok and date_ok):
                    counts["wrong: name" if not name_ok else "wrong: date"] += 1
                    if show:
                        print(f"  -  {article}: {event.name!r} {event.date} ({'name' if not name_ok else 'date'}"
                              f"{'' if name_ok else ''}, want date {row.get('want_date')})")
            lost = [r for k, r in enumerate(judged) if k not in used and r["verdict"] not in ABSENT]
            counts["lost"] += len(lost)
            counts["lost right"] += sum(1 for r in lost if r["verdict"] == "right")
            if show:
                for r in lost:
                    print(f"  x  {article}: {TEXTS.get(article, '')[r['start']:r['end']]!r} ({r['verdict']}) lost")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--show", action="store_true", help="print every event that is not right")
    args = parser.parse_args(argv)
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = score(labels, args.shared, args.show)
    judged = counts["right"] + counts["wrong"]
    precision = counts["right"] / judged if judged else 0.0
    print(f"labelled events extracted: {judged}, right {counts['right']} ({precision:.2f}); "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k.startswith("wrong: "))
          + "".join(f"; {k}" for k in sorted(counts) if k.startswith("corpus absent"))
          + f"; unlabelled {counts['unlabelled']}, moved to another mention {counts['moved']}, lost {counts['lost']} (right as labelled {counts['lost right']}), misses found {counts['misses found']} of {counts['misses']}")
    print(json.dumps({"precision": round(precision, 3), **counts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
