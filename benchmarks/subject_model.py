"""Figure subjects against people's labels: fit, cross-check and measure the subject model.

    python benchmarks/subject_model.py [--shared DIR] [--cv] [--holdout FS14,FS15] [--write] [--threshold T]

`tests/data/subject_labels/labels.jsonl` holds what people who read real news sentences (bench articles of
`../shared/bench/`, never shown vnie's output) wrote as the subject of 1,700 figures vnie found there, in sets of
100 to 200 (`FS9` ... `FS17`): the article, a hash of the sentence, where the figure starts and how long it is,
the subject (or null) and the other phrases they would accept, as character offsets in the sentence, and whether
the figure is clear (reasonable readers would agree on what it measures). No text is stored.

The script runs the page, language and facts stages on those articles with the current code, records for each
labelled figure what `subject_model.reading` is given (the rules' subject and its kind), lists its candidates
(`subject_model.candidates`) and marks those people would accept: a candidate is right when it contains one of
the accepted phrases and lies within one (folded), none is right when the subject is null.

- no option: how often the rules alone and the installed model are right, on the clear figures of each set;
- `--cv`: the same for a model fitted on every other set (leave one set out);
- `--holdout SETS`: a model fitted without SETS, measured on them;
- `--write`: fit on every set and write `pipeline/facts/lexicons/subject_weights.json` (weights of at least
  0.1 in size, and the threshold).

The model is a softmax over the candidates of a figure, fitted by AdaGrad with an L2 penalty (`L2`; 20 passes,
seeded shuffle), so a fit is reproducible.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gzip
import hashlib
import json
import math
import random
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.documents import Rejected  # noqa: E402
from pipeline.facts import figures, subject_model  # noqa: E402
from pipeline.facts.subject_model import Candidate  # noqa: E402
from pipeline.language.analysis import analyse  # noqa: E402
from pipeline.language.textnorm import fold, normalize  # noqa: E402
from pipeline.page.stage import to_article  # noqa: E402
from pipeline.reading.inputs import read_inputs  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "subject_labels" / "labels.jsonl"
SENTENCES = ROOT / "tests" / "data" / "sentences.jsonl"
WEIGHTS = ROOT / "pipeline" / "facts" / "lexicons" / subject_model.WEIGHTS
SHARED = ROOT.parent / "shared"
THRESHOLD = 0.35  # the least probability at which the model's answer is taken (see the README's Quality section)
L2 = 0.03  # the L2 penalty of a fit (0.1 and 0.3 were right less often with each set unseen: see the README)
MIN_WEIGHT = 0.1


def _key(text: str) -> str:
    return " ".join(re.sub(r"[\"“”'‘’(),.:;]", " ", fold(text).lower()).split())


def sentence_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def examples(labels: list[dict], shared: Path) -> list[dict]:
    """One example per label whose figure the current code still finds: its candidates and which are right."""
    wanted = {label["article"] for label in labels}
    with gzip.open(shared / "bench" / "vi-news-2956.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if json.loads(line).get("id") in wanted]
    calls: dict[tuple[str, int], tuple] = {}
    by_article: dict[str, dict[tuple[str, int], tuple]] = {}
    with _recording(calls):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            settings = Settings()
            for doc in read_inputs([path], settings):
                if isinstance(doc, Rejected):
                    continue
                calls.clear()
                article = to_article(doc, settings)
                figures.extract(analyse(article.text), article.published)
                by_article[str(doc.meta.get("id"))] = {(sentence_key(c[0].text), c[1]): c for c in calls.values()}
    out = []
    for label in labels:
        call = by_article.get(label["article"], {}).get((label["sentence"], label["at"]))
        if call is None:
            continue  # the figure is no longer found where people labelled it
        sentence = call[0]
        accepted = [_key(sentence.text[s:e]) for s, e in ([label["subject"]] if label["subject"] else []) + label["also"]]

        def right(text: str | None, accepted: list[str] = accepted, none: bool = label["subject"] is None) -> bool:
            if text is None:
                return none
            key = _key(text)
            return any(a in key for a in accepted) and any(key in a for a in accepted)

        out.append(_example(label["set"], label["clear"], call, right))
    return out


@contextlib.contextmanager
def _recording(calls: dict) -> Iterator[None]:
    """While in the block, `subject_model.reading` records the inputs production gives it (by the figure's offset in
    the analysed text) and answers as the rules alone."""
    real = subject_model.reading

    def record(sentence, start, end, spans, rule, kind, unit, counted):  # type: ignore[no-untyped-def]
        calls[(sentence.text, sentence.start + start)] = (sentence, start, end, list(spans), rule, kind, unit, counted)
        return rule

    subject_model.reading = record  # type: ignore[assignment]
    try:
        yield
    finally:
        subject_model.reading = real  # type: ignore[assignment]


def _example(name: str, clear: bool, call: tuple, right: Callable[[str | None], bool]) -> dict:
    found = subject_model.candidates(*call)
    return {"set": name, "clear": clear, "candidates": found, "right": [right(c.text) for c in found],
            "rule": call[4], "rule_right": right(call[4]), "unit": call[6]}


def own_examples() -> list[dict]:
    """The figure cases of `tests/data/sentences.jsonl` that say a subject (or none): the project's own sentences,
    written for the rules, as a set `own` that every fit also learns from."""
    calls: dict[tuple[str, int], tuple] = {}
    out = []
    with _recording(calls):
        for row in map(json.loads, SENTENCES.read_text(encoding="utf-8").splitlines()):
            if row["kind"] != "figure" or not any("subject" in e for e in row["expect"]):
                continue
            calls.clear()
            found = figures.extract(analyse(normalize(row["text"])), row.get("published"))
            starts = {start: call for (_, start), call in calls.items()}
            for want in row["expect"]:
                figure = next((f for f in found if f.text == want["text"]), None) if "subject" in want else None
                call = starts.get(figure.evidence.start) if figure is not None else None
                if call is None:
                    continue
                accepted = [_key(want["subject"])] if want["subject"] else []

                def right(text: str | None, accepted: list[str] = accepted, none: bool = want["subject"] is None) -> bool:
                    return none if text is None else _key(text) in accepted

                out.append(_example("own", True, call, right))
    return out


def fit(data: list[dict], passes: int = 20, rate: float = 0.1, l2: float = L2, seed: int = 0) -> dict[str, float]:
    """Softmax weights that put the right candidates of each figure first."""
    weights: dict[str, float] = collections.defaultdict(float)
    squares: dict[str, float] = collections.defaultdict(lambda: 1e-8)
    usable = [e for e in data if any(e["right"])]
    order = random.Random(seed)
    for _ in range(passes):
        order.shuffle(usable)
        for example in usable:
            scores = [sum(weights.get(f, 0.0) for f in c.features) for c in example["candidates"]]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            p = [x / total for x in exp]
            good = sum(p[n] for n, ok in enumerate(example["right"]) if ok)
            grad: dict[str, float] = collections.defaultdict(float)
            for n, c in enumerate(example["candidates"]):
                target = p[n] / good if example["right"][n] else 0.0
                for f in c.features:
                    grad[f] += p[n] - target
            for f, g in grad.items():
                g += l2 * weights[f]
                squares[f] += g * g
                weights[f] -= rate * g / math.sqrt(squares[f])
    return {f: w for f, w in weights.items() if abs(w) >= MIN_WEIGHT}


def decide(example: dict, weights: dict[str, float], threshold: float) -> int:
    """The index of the candidate production would give (`subject_model.reading`'s policy)."""
    found: list[Candidate] = example["candidates"]
    if example["rule"] is not None:
        n = next(n for n, c in enumerate(found) if "isrule" in c.features)
    else:
        n = found.index(subject_model.answer(found, weights, threshold)) if weights else len(found) - 1
    return n


def measure(data: list[dict], weights: dict[str, float], threshold: float) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    for example in data:
        if not example["clear"]:
            continue
        n = decide(example, weights, threshold)
        given = example["candidates"][n].text is not None
        counts["figures"] += 1
        counts["right"] += example["right"][n]
        counts["given"] += given
        counts["given right"] += given and example["right"][n]
        counts["rules right"] += example["rule_right"]
        counts["rules given"] += example["rule"] is not None
        counts["rules given right"] += example["rule"] is not None and example["rule_right"]
    return counts


def line(name: str, c: collections.Counter) -> str:
    n = c["figures"] or 1
    return (f"{name}: model {c['right']}/{c['figures']} ({c['right'] / n:.2f}) rules {c['rules right']}/{c['figures']} "
            f"({c['rules right'] / n:.2f}); subjects given right: model {c['given right']}/{c['given']}, "
            f"rules {c['rules given right']}/{c['rules given']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--cv", action="store_true", help="leave one set out")
    parser.add_argument("--holdout", help="comma-separated sets to fit without and measure on")
    parser.add_argument("--write", action="store_true", help=f"fit on every set and write {WEIGHTS.name}")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args(argv)
    if not (args.shared / "bench").is_dir():
        print(f"no bench corpus under {args.shared}: nothing to measure")
        return 0
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    data = examples(labels, args.shared)
    sets = sorted({e["set"] for e in data}, key=lambda s: int(s[2:]))
    print(f"{len(data)} of {len(labels)} labelled figures found by the current code")
    own = own_examples()
    print(f"{len(own)} figures of the project's own sentences (set `own`, in every fit)")
    if args.cv or args.holdout:
        held = [[s] for s in sets] if args.cv else [args.holdout.split(",")]
        total: collections.Counter = collections.Counter()
        for group in held:
            weights = fit([e for e in data if e["set"] not in group] + own)
            c = measure([e for e in data if e["set"] in group], weights, args.threshold)
            total.update(c)
            print(line("+".join(group) + " (unseen by the fit)", c))
        if args.cv:
            print(line("all, each unseen", total))
        return 0
    if args.write:
        weights = fit(data + own)
        WEIGHTS.write_text(json.dumps({
            "about": "figure subject model (pipeline/facts/subject_model.py), fitted by benchmarks/subject_model.py",
            "threshold": args.threshold, "labels": len(data),
            "weights": {f: round(w, 3) for f, w in sorted(weights.items())}}, ensure_ascii=False, separators=(",", ":")) + "\n",
            encoding="utf-8")
        print(f"wrote {WEIGHTS} ({len(weights)} weights)")
    subject_model._model.cache_clear()
    installed, threshold = subject_model.weights(), args.threshold
    for s in sets:
        print(line(s, measure([e for e in data if e["set"] == s], installed, threshold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
