"""Train and evaluate the topic-relevance model: `python -m pipeline.facts.topics_train`.

    python -m pipeline.facts.topics_train [--labels FILE] [--corpus FILE] [--out FILE] [--check]

Reads the hand labels (`tests/data/topics/labels.jsonl`: `{"id", "relevant", "topics", "hard_negative",
"kind", "note"}` per article, no texts) and the texts they name from the corpus they were read in
(`../shared/bench/vi-news-2956.jsonl.gz`, whose texts are not part of the project), keeps one article in
four aside (by a hash of its id, so the split never changes) and trains, on the other three, one L2
logistic regression per topic and one for `relevant` over `topics.features`. It prints precision, recall
and the confusion matrix of `relevant` on the held-out articles with the hardest errors, then writes the
weights (the strongest features of each model) with a header saying how they were made.
`--check` trains again and fails if the result differs from the shipped weights.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from pipeline.facts.topics import BIAS, RELEVANT_THRESHOLD, TOPIC_THRESHOLD, features
from pipeline.language.textnorm import normalize

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "data" / "topics" / "labels.jsonl"
CORPUS = ROOT.parent / "shared" / "bench" / "vi-news-2956.jsonl.gz"
WEIGHTS = Path(__file__).resolve().parent / "lexicons" / "topic_weights.tsv"
KEEP = 2500  # features kept per model, by the size of their weight
L2 = 1e-3
STEPS = 400


def held_out(article_id: str) -> bool:
    """One article in four, fixed by its id."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 4 == 0


def split_title(text: str) -> tuple[str | None, str]:
    """A corpus text whose first line is a headline: (headline, rest)."""
    first, _, rest = text.strip().partition("\n")
    if rest and len(first) <= 200 and not first.rstrip().endswith((".", ":", ";")):
        return first.strip(), rest
    return None, text


def load(labels: Path, corpus: Path) -> list[dict]:
    wanted = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            wanted[item["id"]] = item
    found = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in wanted:
                title, text = split_title(normalize(obj["text"]))
                found.append({**wanted[obj["id"]], "title": title, "text": text})
    missing = set(wanted) - {f["id"] for f in found}
    if missing:
        raise SystemExit(f"{len(missing)} labelled ids are not in {corpus}: {sorted(missing)[:5]}")
    return found


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by full-batch gradient descent with momentum (deterministic)."""
    n, d = x.shape
    w = np.zeros(d, dtype=np.float64)
    b = 0.0
    vw = np.zeros(d)
    vb = 0.0
    positive = max(y.mean(), 1e-3)
    weight = np.where(y > 0, 0.5 / positive, 0.5 / max(1 - positive, 1e-3))  # balanced classes
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * weight
        gw = x.T @ g / n + L2 * w
        gb = float(g.mean())
        vw = 0.9 * vw + gw
        vb = 0.9 * vb + gb
        w -= 2.0 * vw
        b -= 2.0 * vb
    return w, b


def train(items: list[dict]) -> dict[str, dict[str, float]]:
    vectors = [features(i["title"], i["text"]) for i in items]
    df: dict[str, int] = {}
    for v in vectors:
        for f in v:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= 2)
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(items), len(vocab)))
    for row, v in enumerate(vectors):
        for f, value in v.items():
            if f in index:
                x[row, index[f]] = value
    codes = sorted({t for i in items for t in i["topics"]})
    models: dict[str, dict[str, float]] = {}
    for model in ["relevant", *codes]:
        y = np.array([float(i["relevant"]) if model == "relevant" else float(model in i["topics"]) for i in items])
        if y.sum() < 3:
            continue
        w, b = _fit(x, y)
        keep = np.argsort(-np.abs(w))[:KEEP]
        models[model] = {BIAS: round(b, 5), **{vocab[k]: round(float(w[k]), 5) for k in sorted(keep) if abs(w[k]) > 1e-5}}
    return models


def _probability(weights: dict[str, float], vector: dict[str, float]) -> float:
    z = weights.get(BIAS, 0.0) + sum(weights[f] * v for f, v in vector.items() if f in weights)
    return float(1.0 / (1.0 + np.exp(-z)))


def evaluate(models: dict[str, dict[str, float]], items: list[dict]) -> dict:
    """Precision, recall and the confusion matrix of `relevant`, per-topic precision and recall, errors."""
    tp = fp = fn = tn = 0
    errors = []
    topic_counts: dict[str, list[int]] = {}
    for item in items:
        vector = features(item["title"], item["text"])
        p = _probability(models["relevant"], vector)
        said, truth = p >= RELEVANT_THRESHOLD, bool(item["relevant"])
        said = bool(said)
        tp += int(said and truth)
        fp += int(said and not truth)
        fn += int(truth and not said)
        tn += int(not said and not truth)
        if said != truth:
            errors.append((abs(p - RELEVANT_THRESHOLD), item["id"], round(float(p), 3), truth, item.get("kind"), item.get("note")))
        for code, weights in models.items():
            if code == "relevant":
                continue
            c = topic_counts.setdefault(code, [0, 0, 0])
            got, want = bool(_probability(weights, vector) >= TOPIC_THRESHOLD), code in item["topics"]
            c[0] += int(got and want)
            c[1] += int(got and not want)
            c[2] += int(want and not got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "articles": len(items), "precision": round(precision, 3), "recall": round(recall, 3),
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "topics": {k: {"precision": round(v[0] / (v[0] + v[1]), 3) if v[0] + v[1] else None,
                       "recall": round(v[0] / (v[0] + v[2]), 3) if v[0] + v[2] else None, "support": v[0] + v[2]}
                   for k, v in sorted(topic_counts.items())},
        "hardest_errors": [e[1:] for e in sorted(errors, reverse=True)[:10]],
    }


def weights_text(models: dict[str, dict[str, float]], trained: int, result: dict) -> str:
    lines = [
        "# Topic-relevance weights: logistic regression per model over topics.features (syllables and syllable pairs).",
        f"# made by: python -m pipeline.facts.topics_train, on {trained} hand-labelled articles of",
        "# ../shared/bench/vi-news-2956.jsonl.gz (tests/data/topics/labels.jsonl; one in four held out by id hash).",
        f"# held-out ({result['articles']} articles): relevant precision {result['precision']}, recall {result['recall']},"
        f" confusion {json.dumps(result['confusion'])}",
        f"# settings: L2 {L2}, {STEPS} steps, balanced classes, {KEEP} strongest features kept per model",
        "# columns: model<TAB>feature<TAB>weight",
    ]
    for model in sorted(models):
        for feature, weight in sorted(models[model].items()):
            lines.append(f"{model}\t{feature}\t{weight}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.facts.topics_train", description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--check", action="store_true", help="fail if training again changes the shipped weights")
    args = parser.parse_args(argv)
    items = load(args.labels, args.corpus)
    train_items = [i for i in items if not held_out(i["id"])]
    test_items = [i for i in items if held_out(i["id"])]
    models = train(train_items)
    result = evaluate(models, test_items)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    text = weights_text(models, len(train_items), result)
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("the shipped weights are reproduced" if same else f"{args.out} differs from a fresh training run")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({dt.date.today().isoformat()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
