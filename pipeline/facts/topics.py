"""Topic relevance: which industry-and-trade topics an article is about, and whether it belongs to the corpus.

A linear model (logistic regression, one per topic plus one for `relevant`) over the article's syllables
and syllable pairs (lower-cased, diacritics kept: `khuyến công`, `xuất khẩu`, `cụm công nghiệp`), the
title counted twice. It needs no tagger, so it costs a few milliseconds an article and reads every
sentence whether or not a fact was found there. The weights are data
(`lexicons/topic_weights.tsv`, with their provenance), trained by `python -m pipeline.facts.topics_train`
on hand-labelled articles (`tests/data/topics/labels.jsonl`); the topic list is `lexicons/topics.tsv`.

`classify(title, text)` gives `(topics, relevant, relevance)`: every topic whose score is at least
`TOPIC_THRESHOLD`, best first, each with the words that weighed most for it; `relevant` is
`relevance >= RELEVANT_THRESHOLD`.

Status (2026-11-30): not yet part of the records. On the 500 labelled bench articles the held-out relevance
is precision 0.84, recall 0.66 (126 articles), below the 0.9/0.9 a corpus filter needs: the bench corpus
has almost no khuyến công articles, so the labels must first grow with articles of the domain itself.
The weights file is written by the training script, not shipped.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipeline.facts.lexicon import rows

TOPIC_THRESHOLD = 0.5
RELEVANT_THRESHOLD = 0.5
BIAS = "<bias>"
_CLAUSE = re.compile(r"[^.,;:!?()\[\]\"“”\n]+")
_SYLLABLE = re.compile(r"[^\W\d_]+")


def features(title: str | None, text: str) -> dict[str, float]:
    """The article as an L2-normalised vector of log-scaled syllable and syllable-pair counts."""
    counts: Counter[str] = Counter()
    for part, weight in ((title or "", 2), (text, 1)):
        for clause in _CLAUSE.findall(part.lower()):
            syllables = _SYLLABLE.findall(clause)
            for s in syllables:
                counts[s] += weight
            for a, b in itertools.pairwise(syllables):
                counts[f"{a} {b}"] += weight
    vector = {f: 1.0 + math.log(n) for f, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {f: v / norm for f, v in vector.items()}


@dataclass(frozen=True)
class TopicModel:
    weights: dict[str, dict[str, float]]  # model ("relevant" or a topic code) -> feature -> weight
    names: dict[str, str]  # topic code -> English name

    def score(self, model: str, vector: dict[str, float]) -> tuple[float, list[str]]:
        """Probability for one model, and the features that weighed most for it."""
        w = self.weights[model]
        contributions = [(w[f] * v, f) for f, v in vector.items() if f in w]
        z = w.get(BIAS, 0.0) + sum(c for c, _ in contributions)
        top = [f for c, f in sorted(contributions, reverse=True)[:5] if c > 0]
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))), top


@lru_cache(maxsize=1)
def load_model() -> TopicModel:
    """The shipped weights, read once per process."""
    weights: dict[str, dict[str, float]] = {}
    for model, feature, weight in rows("topic_weights.tsv"):
        weights.setdefault(model, {})[feature] = float(weight)
    names = {r[0]: r[2] for r in rows("topics.tsv")}
    return TopicModel(weights, names)


@dataclass(frozen=True)
class TopicScore:
    code: str
    score: float
    words: tuple[str, ...]


def classify(title: str | None, text: str) -> tuple[list[TopicScore], bool, float]:
    """(topics at or above the threshold, best first; relevant; relevance score)."""
    model = load_model()
    vector = features(title, text)
    relevance, _ = model.score("relevant", vector)
    topics = []
    for code in model.names:
        if code not in model.weights:
            continue
        p, words = model.score(code, vector)
        if p >= TOPIC_THRESHOLD:
            topics.append(TopicScore(code, round(p, 3), tuple(words)))
    topics.sort(key=lambda t: -t.score)
    return topics, relevance >= RELEVANT_THRESHOLD, round(relevance, 3)
