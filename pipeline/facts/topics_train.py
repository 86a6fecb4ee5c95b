"""Train and evaluate the topic-relevance model: `python -m pipeline.facts.topics_train`.

    python -m pipeline.facts.topics_train [--labels FILE ...] [--shared DIR] [--out FILE] [--check]

Reads the hand labels (`tests/data/topics/labels*.jsonl`: `{"id", "corpus", "relevant", "topics",
"hard_negative", "kind", "note"}` per article, no texts) and the texts they name from the corpus they were
read in: `bench` (the default: `../shared/bench/vi-news-2956.jsonl.gz`), `dev-real`
(`../shared/eval/dev-real/corpus.jsonl`) or `seeds` (the shipped sample corpus, `corpus/seeds/ID.txt`, as
`extracted/records.jsonl` holds it). The texts of `../shared/` are read at training time, never copied.
With them, the labelled real domain articles of `../domain-eval/pages.jsonl` and `../domain-eval2/pages.jsonl`
(the lead's evaluation sets of industry-and-trade pages and near-misses: texts and labels in one file each that
is never copied into the repository; `--domain FILE ...`, or `--no-domain` to train without them): one in two
of each, by a hash of its id, is trained on, the other half held out; the shipped weights' header says what
they were trained on.

Splits are fixed by a hash of the id (`split_of`): one article in four is the test split, never used to
train or to choose anything; the other three are cut into five cross-validation folds. Per model
(`relevant` and one per topic) an L2 logistic regression with balanced class weights is trained by full-batch
gradient descent (deterministic) over `topics.features`; the weights of the domain-term features (`§topic`,
`§domain`) are pulled towards a fixed positive prior (`PRIOR`) instead of towards zero. The relevance
threshold is the one with the best F1 on the out-of-fold predictions of the training split; the model is
then trained on the whole training split and scored once on the test split. It prints cross-validated and
held-out precision, recall, the confusion matrices, per-topic scores and the hardest held-out errors, and
writes the weights (the strongest features of each model) with a header saying how they were made.
`--check` trains again and fails if the result differs from the shipped weights (the date line aside).
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

from pipeline.facts.topics import BIAS, DOMAIN, HEAD, NOT_RELEVANT, TOPIC_THRESHOLD, features, terms
from pipeline.language.textnorm import normalize

ROOT = Path(__file__).resolve().parents[2]
LABELS = sorted((ROOT / "tests" / "data" / "topics").glob("labels*.jsonl"))
SHARED = ROOT.parent / "shared"
DOMAIN_EVAL = ROOT.parent / "domain-eval" / "pages.jsonl"
DOMAIN_EVAL2 = ROOT.parent / "domain-eval2" / "pages.jsonl"
DOMAIN_FILES = [DOMAIN_EVAL, DOMAIN_EVAL2]
WEIGHTS = Path(__file__).resolve().parent / "lexicons" / "topic_weights.tsv"
KEEP = 3000  # features kept per model, by the size of their weight
L2 = 3e-5  # chosen by the F1 of five-fold cross-validation on the training split (README: "Topic relevance")
STEPS = 500
FOLDS = 5
# prior weights of the domain-term features: `§domain`, `§TOPIC` and `§not_relevant` in the `relevant` model,
# `§TOPIC` in its own
PRIOR = {"relevant_domain": 4.0, "relevant_topic": 1.0, "own_topic": 4.0, "relevant_not": -4.0}


def is_domain(corpus: str) -> bool:
    """Whether `corpus` is one of the lead's labelled domain sets (`domain-eval`, `domain-eval2`, ...: the name
    of the folder holding its `pages.jsonl`)."""
    return corpus.startswith("domain-eval")


def split_of(article_id: str, corpus: str = "bench") -> str:
    """`test` for one article in four (one in two of `domain-eval`), else `fold0` .. `fold4`; fixed by the
    id's SHA-1."""
    h = int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16)
    share = 2 if is_domain(corpus) else 4
    return "test" if h % share == 0 else f"fold{(h // share) % FOLDS}"


def split_title(text: str) -> tuple[str | None, str]:
    """A corpus text whose first line is a headline: (headline, rest)."""
    first, _, rest = text.strip().partition("\n")
    if rest and len(first) <= 200 and not first.rstrip().endswith((".", ":", ";")):
        return first.strip(), rest
    return None, text


def _texts(corpus: str, ids: set[str], shared: Path) -> dict[str, tuple[str | None, str]]:
    """(title, text) of the wanted ids of one corpus."""
    out: dict[str, tuple[str | None, str]] = {}
    if corpus == "bench":
        with gzip.open(shared / "bench" / "vi-news-2956.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                if obj["id"] in ids:
                    out[obj["id"]] = split_title(normalize(obj["text"]))
    elif corpus == "dev-real":
        for line in (shared / "eval" / "dev-real" / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            if obj["id"] in ids:
                out[obj["id"]] = (normalize(obj.get("title") or "") or None, normalize(obj["text"]))
    elif corpus == "seeds":
        for line in (ROOT / "extracted" / "records.jsonl").read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            stem = Path(obj["source"].get("path") or "").stem
            if stem in ids:
                out[stem] = (obj.get("title"), obj["text"])
    else:
        raise SystemExit(f"unknown corpus {corpus!r}")
    return out


def load_domain(path: Path) -> list[dict]:
    """The labelled real domain articles of `path` (`{"id", "url", "title", "text", "relevant", "topics", ...}`
    per line: one of the lead's evaluation sets, texts and labels together, never copied into the repository),
    as corpus `path`'s folder name (`domain-eval`, `domain-eval2`)."""
    if not path.exists():
        raise SystemExit(f"no {path}: the shipped model is trained on half of it too (--domain FILE ...)")
    corpus = path.parent.name
    if not is_domain(corpus):
        raise SystemExit(f"{path}: a domain set lives in a folder named domain-eval*, not {corpus!r}")
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            title, text = normalize(item.get("title") or "") or None, normalize(item["text"])
            found.append({"id": item["id"], "corpus": corpus, "relevant": bool(item["relevant"]),
                          "topics": item.get("topics") or [], "kind": item.get("kind"), "note": item.get("note"),
                          "title": title, "text": text, "split": split_of(item["id"], corpus),
                          "vector": features(title, text)})
    return found


def load(label_files: list[Path], shared: Path, domains: list[Path] | None = None) -> list[dict]:
    """Every labelled article with its title and text (the first label of an id wins), and those of the
    domain files given."""
    wanted: dict[str, dict] = {}
    for path in label_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                item.setdefault("corpus", "bench")
                wanted.setdefault(item["id"], item)
    found = []
    for corpus in sorted({i["corpus"] for i in wanted.values()}):
        ids = {k for k, i in wanted.items() if i["corpus"] == corpus}
        texts = _texts(corpus, ids, shared)
        missing = ids - set(texts)
        if missing:
            raise SystemExit(f"{len(missing)} labelled ids are not in corpus {corpus}: {sorted(missing)[:5]}")
        for k in sorted(ids):
            title, text = texts[k]
            found.append({**wanted[k], "title": title, "text": text, "split": split_of(k, corpus),
                          "vector": features(title, text)})
    return found + [item for path in domains or [] for item in load_domain(path)]


class Matrix:
    """A sparse article x feature matrix as coordinate arrays (numpy only)."""

    def __init__(self, vectors: list[dict[str, float]], vocab: list[str]):
        index = {f: k for k, f in enumerate(vocab)}
        rows, cols, vals = [], [], []
        for r, v in enumerate(vectors):
            for f, value in v.items():
                if f in index:
                    rows.append(r)
                    cols.append(index[f])
                    vals.append(value)
        self.rows = np.array(rows, dtype=np.int64)
        self.cols = np.array(cols, dtype=np.int64)
        self.vals = np.array(vals, dtype=np.float64)
        self.shape = (len(vectors), len(vocab))

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=self.vals * w[self.cols], minlength=self.shape[0])

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=self.vals * g[self.rows], minlength=self.shape[1])


def _fit(x: Matrix, y: np.ndarray, prior: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised (towards `prior`) logistic regression, balanced classes, gradient descent with momentum."""
    n, d = x.shape
    w = prior.copy()
    b = 0.0
    vw = np.zeros(d)
    vb = 0.0
    positive = min(max(y.mean(), 1e-3), 1 - 1e-3)
    weight = np.where(y > 0, 0.5 / positive, 0.5 / (1 - positive))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x.dot(w) + b)))
        g = (p - y) * weight
        gw = x.tdot(g) / n + L2 * (w - prior)
        gb = float(g.mean())
        vw = 0.9 * vw + gw
        vb = 0.9 * vb + gb
        w -= 2.0 * vw
        b -= 2.0 * vb
    return w, b


def _prior(model: str, vocab: list[str]) -> np.ndarray:
    prior = np.zeros(len(vocab))
    for k, f in enumerate(vocab):
        if model == "relevant" and f == DOMAIN:
            prior[k] = PRIOR["relevant_domain"]
        elif model == "relevant" and f == f"§{NOT_RELEVANT}":
            prior[k] = PRIOR["relevant_not"]
        elif model == "relevant" and f.startswith("§"):
            prior[k] = PRIOR["relevant_topic"]
        elif f == f"§{model}":
            prior[k] = PRIOR["own_topic"]
    return prior


def topic_codes() -> list[str]:
    return sorted({topic for entries in terms().by_first.values() for _, topic, _ in entries})


def train(items: list[dict], only_relevant: bool = False) -> dict[str, dict[str, float]]:
    """One model for `relevant` and (unless `only_relevant`) one per topic with at least three positive articles."""
    vectors = [i["vector"] for i in items]
    df: dict[str, int] = {}
    for v in vectors:
        for f in v:
            df[f] = df.get(f, 0) + 1
    lexical = {DOMAIN, *(f"§{t}" for t in topic_codes())}
    vocab = sorted(f for f, n in df.items() if n >= 2 or f in lexical)
    x = Matrix(vectors, vocab)
    models: dict[str, dict[str, float]] = {}
    codes = [] if only_relevant else sorted({t for i in items for t in i["topics"]})
    for model in ["relevant", *codes]:
        y = np.array([float(i["relevant"]) if model == "relevant" else float(model in i["topics"]) for i in items])
        if y.sum() < 3:
            continue
        w, b = _fit(x, y, _prior(model, vocab))
        keep = np.argsort(-np.abs(w), kind="stable")[:KEEP]
        models[model] = {BIAS: round(b, 5), **{vocab[k]: round(float(w[k]), 5) for k in sorted(keep) if abs(w[k]) > 1e-5}}
    return models


def probability(weights: dict[str, float], vector: dict[str, float]) -> float:
    z = weights.get(BIAS, 0.0) + sum(weights[f] * v for f, v in vector.items() if f in weights)
    return float(1.0 / (1.0 + np.exp(-z)))


def confusion(pairs: list[tuple[float, bool]], threshold: float) -> dict:
    tp = sum(p >= threshold and t for p, t in pairs)
    fp = sum(p >= threshold and not t for p, t in pairs)
    fn = sum(p < threshold and t for p, t in pairs)
    tn = len(pairs) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"articles": len(pairs), "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn}}


def choose_threshold(pairs: list[tuple[float, bool]]) -> float:
    """The threshold (0.05 .. 0.95 by 0.01) with the best F1, the one nearest 0.5 among equals."""
    candidates = [round(0.05 + k / 100, 2) for k in range(91)]
    return max(candidates, key=lambda t: (confusion(pairs, t)["f1"], -abs(t - 0.5)))


def evaluate(models: dict[str, dict[str, float]], items: list[dict], threshold: float) -> dict:
    """Precision, recall and the confusion matrix of `relevant` (overall and by corpus), per topic, hardest errors."""
    pairs, errors = [], []
    by_corpus: dict[str, list[tuple[float, bool]]] = {}
    topic_counts: dict[str, list[int]] = {}
    for item in items:
        vector = item["vector"]
        p = probability(models["relevant"], vector)
        truth = bool(item["relevant"])
        pairs.append((p, truth))
        by_corpus.setdefault(item["corpus"], []).append((p, truth))
        if (p >= threshold) != truth:
            errors.append((round(abs(p - threshold), 3), item["id"], round(p, 3), truth, item.get("kind"), item.get("note")))
        for code, weights in models.items():
            if code != "relevant":
                c = topic_counts.setdefault(code, [0, 0, 0])
                got, want = probability(weights, vector) >= TOPIC_THRESHOLD, code in item["topics"]
                c[0] += int(got and want)
                c[1] += int(got and not want)
                c[2] += int(want and not got)
    shared = [pair for corpus, found in by_corpus.items() if not is_domain(corpus) for pair in found]
    return {
        **confusion(pairs, threshold),
        "shared": confusion(shared, threshold),
        "by_corpus": {k: confusion(v, threshold) for k, v in sorted(by_corpus.items())},
        "topics": {k: {"precision": round(v[0] / (v[0] + v[1]), 3) if v[0] + v[1] else None,
                       "recall": round(v[0] / (v[0] + v[2]), 3) if v[0] + v[2] else None, "support": v[0] + v[2]}
                   for k, v in sorted(topic_counts.items())},
        "hardest_errors": [e[1:] for e in sorted(errors, reverse=True)[:12]],
    }


def cross_validate(items: list[dict]) -> list[tuple[float, bool]]:
    """Out-of-fold relevance of every training article (five folds)."""
    pairs = []
    for k in range(FOLDS):
        fold = f"fold{k}"
        models = train([i for i in items if i["split"] != fold], only_relevant=True)
        pairs += [(probability(models["relevant"], i["vector"]), bool(i["relevant"]))
                  for i in items if i["split"] == fold]
    return pairs


def run(label_files: list[Path], shared: Path, domains: list[Path]) -> tuple[dict[str, dict[str, float]], dict]:
    """Train on the training split and score: (models, results with threshold, CV and held-out scores)."""
    items = load(label_files, shared, domains)
    train_items = [i for i in items if i["split"] != "test"]
    test_items = [i for i in items if i["split"] == "test"]
    oof = cross_validate(train_items)
    threshold = choose_threshold(oof)
    models = train(train_items)
    return models, {
        "labelled": len(items), "trained_on": len(train_items), "threshold": threshold,
        "domain": {path.parent.name: sum(i["corpus"] == path.parent.name for i in items) for path in domains},
        "cross_validated": confusion(oof, threshold), "held_out": evaluate(models, test_items, threshold),
    }


def scores_line(result: dict) -> str:
    return (f"{result['articles']} articles, precision {result['precision']}, recall {result['recall']},"
            f" confusion {json.dumps(result['confusion'])}")


def weights_text(models: dict[str, dict[str, float]], result: dict, label_files: list[Path], date: str,
                 domains: list[Path]) -> str:
    held, cv = result["held_out"], result["cross_validated"]
    lines = [
        "# Topic-relevance weights: logistic regression per model over topics.features (syllables, syllable pairs,",
        "# domain-term features of topic_terms.tsv, over the whole article and over its head), trained by:",
        "# python -m pipeline.facts.topics_train",
        f"# trained: {date}",
        f"# labels: {', '.join(_shown(p) for p in label_files)} ({result['labelled']} articles; texts read from",
        "# ../shared/bench/vi-news-2956.jsonl.gz, ../shared/eval/dev-real/corpus.jsonl and corpus/seeds at training time)",
        *[f"# domain: {result['domain'][path.parent.name]} labelled real domain articles of {_shown(path)} (texts and labels"
          " there, never in the repository), one in two held out by SHA-1 of the id" for path in domains],
        *(["# domain: - (trained without the labelled domain sets)"] if not domains else []),
        f"# split: one in four held out by SHA-1 of the id; trained on the other {result['trained_on']}",
        f"# threshold: {result['threshold']} (best F1 on five-fold cross-validation of the training split)",
        f"# cross-validated: precision {cv['precision']}, recall {cv['recall']}, confusion {json.dumps(cv['confusion'])}",
        f"# held-out: {scores_line(held)}",
        f"# held-out shared: {scores_line(held['shared'])} (bench, dev-real, seeds)",
        *[f"# held-out {corpus}: {scores_line(held['by_corpus'][corpus])}"
          for corpus in sorted(held["by_corpus"]) if is_domain(corpus)],
        f"# settings: L2 {L2} towards the prior {json.dumps(PRIOR)}, {STEPS} steps, balanced classes,"
        f" {KEEP} strongest features kept per model, head: the headline and the lead's first {HEAD} syllables",
        "# columns: model<TAB>feature<TAB>weight",
    ]
    for model in sorted(models):
        for feature, weight in sorted(models[model].items()):
            lines.append(f"{model}\t{feature}\t{weight}")
    return "\n".join(lines) + "\n"


def _shown(path: Path) -> str:
    """A path as the weights' header gives it: relative to the checkout (`../` for a sibling folder)."""
    if path.is_relative_to(ROOT):
        return str(path.relative_to(ROOT))
    return f"../{path.relative_to(ROOT.parent)}" if path.is_relative_to(ROOT.parent) else str(path)


def _undated(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("# trained:"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.facts.topics_train", description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, nargs="+", default=LABELS)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder holding bench/ and eval/")
    parser.add_argument("--domain", type=Path, nargs="+", default=DOMAIN_FILES,
                        help="labelled real domain articles (JSON Lines with texts, in folders named domain-eval*),"
                             " half trained on, half held out")
    parser.add_argument("--no-domain", action="store_true", help="train without the domain files")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--check", action="store_true", help="fail if training again changes the shipped weights")
    args = parser.parse_args(argv)
    labels = [p.resolve() for p in args.labels]
    domains = [] if args.no_domain else [p.resolve() for p in args.domain]
    models, result = run(labels, args.shared, domains)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    text = weights_text(models, result, labels, dt.date.today().isoformat(), domains)
    if args.check:
        same = _undated(args.out.read_text(encoding="utf-8")) == _undated(text)
        print("the shipped weights are reproduced" if same else f"{args.out} differs from a fresh training run")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
