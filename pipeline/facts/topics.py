"""Topic relevance: which industry-and-trade topics an article is about, and whether it belongs to the corpus.

A linear model (logistic regression, one for `relevant` and one per topic of `lexicons/topics.tsv`) over
the article's syllables and syllable pairs (lower-cased, diacritics kept: `khuyến công`, `xuất khẩu`), the
title counted three times, plus one feature per topic from the domain terms of `lexicons/topic_terms.tsv`
(`§energy`, ..., and `§domain` for all of them): the model's prior, so that a term the labelled articles
seldom contain (`khuyến công`, `cụm công nghiệp`) still counts; and two for the terms of the head, the
headline and the lead (`¶domain`, `¶not_relevant`), where an article says what it is about: a domain word
only in passing further down weighs less than one in the head. It needs no tagger: a few milliseconds an
article, reading every sentence whether or not a fact was found there.

The weights are data (`lexicons/topic_weights.tsv`, whose header says how they were trained and how they
scored on held-out articles), written by `python -m pipeline.facts.topics_train` from hand-labelled articles
(`tests/data/topics/`); the relevance threshold, chosen on cross-validation folds of the training articles,
is in that header too (`# threshold: ...`).

`classify(title, text)` gives a `Topics`: every topic whose probability is at least `TOPIC_THRESHOLD`, best
first, each with the words that weighed most for it; `relevance`, the probability that the article belongs
to an industry-and-trade corpus; `relevant`, `relevance >= threshold`.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from pipeline.errors import SettingsError
from pipeline.facts.lexicon import rows

TOPIC_THRESHOLD = 0.5
TITLE_WEIGHT = 3
TERM_SCALE = 3.0  # §topic = 1 - exp(-TERM_SCALE * weighted hits / sqrt(syllables))
# the head: the headline and the text's first HEAD syllables (a clause begun before that counts whole); chosen by
# the F1 of five-fold cross-validation on the training split (README: "Topic relevance"), 0 for no head features
HEAD = 80
BIAS = "<bias>"
DOMAIN = "§domain"
NOT_RELEVANT = "not_relevant"  # the rows of topic_terms.tsv that speak against relevance, not a topic
_CLAUSE = re.compile(r"[^.,;:!?()\[\]\"“”\n]+")
_SYLLABLE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Terms:
    by_first: dict[str, list[tuple[tuple[str, ...], str, float]]]  # first syllable -> (term syllables, topic, strength)


@lru_cache(maxsize=1)
def terms() -> Terms:
    """The domain terms of `topic_terms.tsv`, indexed by their first syllable."""
    by_first: dict[str, list[tuple[tuple[str, ...], str, float]]] = defaultdict(list)
    for topic, term, strength in rows("topic_terms.tsv"):
        syllables = tuple(_SYLLABLE.findall(term.lower()))
        by_first[syllables[0]].append((syllables, topic, float(strength)))
    return Terms(dict(by_first))


def _clauses(title: str | None, text: str) -> list[tuple[list[str], int]]:
    return [(_SYLLABLE.findall(clause), weight)
            for part, weight in ((title or "", TITLE_WEIGHT), (text, 1)) for clause in _CLAUSE.findall(part.lower())]


def analyse(title: str | None, text: str) -> tuple[dict[str, float], dict[str, Counter[str]]]:
    """The article as a feature vector, and the domain terms found in it by topic.

    The vector: log-scaled syllable and syllable-pair counts, L2-normalised, plus `§TOPIC` (and
    `§not_relevant`) and `§domain` (every topic's terms), each `1 - exp(-TERM_SCALE * hits / sqrt(syllables))`
    where hits sums the strength of every term found; `¶domain` and `¶not_relevant`, `1 - exp(-hits)` over the
    headline and the lead (the clauses begun within the text's first `HEAD` syllables) only.
    """
    counts: Counter[str] = Counter()
    found: dict[str, Counter[str]] = defaultdict(Counter)
    hits: dict[str, float] = defaultdict(float)
    index = terms().by_first
    syllable_count = 0
    head: dict[str, float] = defaultdict(float)  # domain and not_relevant term hits in the headline and lead
    lead = 0
    for syllables, weight in _clauses(title, text):
        syllable_count += weight * len(syllables)
        in_head = weight > 1 or lead < HEAD
        lead += len(syllables) if weight == 1 else 0
        words = syllables + [f"{a} {b}" for a, b in itertools.pairwise(syllables)]
        for _ in range(weight):
            counts.update(words)
        if index.keys() & set(syllables):
            for i, s in enumerate(syllables):
                for term, topic, strength in index.get(s, ()):
                    if tuple(syllables[i:i + len(term)]) == term:
                        hits[topic] += weight * strength
                        found[topic][" ".join(term)] += weight
                        if in_head:
                            head[NOT_RELEVANT if topic == NOT_RELEVANT else "domain"] += strength
    vector = {f: 1.0 + math.log(n) for f, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    vector = {f: v / norm for f, v in vector.items()}
    root = math.sqrt(max(syllable_count, 1))
    for topic, n in hits.items():
        vector[f"§{topic}"] = 1.0 - math.exp(-TERM_SCALE * n / root)
    domain = sum(n for topic, n in hits.items() if topic != NOT_RELEVANT)
    if domain:
        vector[DOMAIN] = 1.0 - math.exp(-TERM_SCALE * domain / root)
    if HEAD:
        for kind, n in head.items():
            vector[f"¶{kind}"] = 1.0 - math.exp(-n)
    return vector, found


def features(title: str | None, text: str) -> dict[str, float]:
    """The article as a feature vector (see `analyse`)."""
    return analyse(title, text)[0]


@lru_cache(maxsize=1)
def topic_codes() -> tuple[str, ...]:
    """The closed list of topic codes (`lexicons/topics.tsv`), in its order."""
    return tuple(r[0] for r in rows("topics.tsv"))


def check_topic(code: str) -> str:
    """A topic code as typed (`--topic`), checked against the closed list; a `SettingsError` names them all."""
    wanted = code.strip().lower().replace("-", "_").replace(" ", "_")
    if wanted not in topic_codes():
        raise SettingsError(f"unknown topic {code!r}; one of {', '.join(topic_codes())}")
    return wanted


@dataclass(frozen=True)
class TopicModel:
    weights: dict[str, dict[str, float]]  # model ("relevant" or a topic code) -> feature -> weight
    names: dict[str, str]  # topic code -> English name
    threshold: float  # `relevant` is relevance >= threshold
    models: tuple[str, ...]  # the columns of `matrix`
    index: dict[str, int]  # feature -> row of `matrix`
    matrix: np.ndarray  # features x models
    bias: np.ndarray  # one per model

    def scores(self, vector: dict[str, float], explain: float = TOPIC_THRESHOLD) -> dict[str, tuple[float, list[str]]]:
        """Every model's probability and, for those of at least `explain`, the features that weighed most for
        it (at most five, positive only)."""
        known = [(self.index[f], v, f) for f, v in vector.items() if f in self.index]
        rows = np.fromiter((k for k, _, _ in known), dtype=np.int64, count=len(known))
        values = np.fromiter((v for _, v, _ in known), dtype=np.float64, count=len(known))
        parts = self.matrix[rows] * values[:, None]  # contribution of each feature to each model
        z = np.clip(self.bias + parts.sum(axis=0), -40.0, 40.0)
        p = 1.0 / (1.0 + np.exp(-z))
        out = {}
        for m, model in enumerate(self.models):
            top: list[str] = []
            if p[m] >= explain and len(known):
                column = parts[:, m]
                best = np.argsort(-column, kind="stable")[:5]
                top = [known[k][2] for k in best if column[k] > 0]
            out[model] = (float(p[m]), top)
        return out


WEIGHTS = "topic_weights.tsv"


@lru_cache(maxsize=1)
def load_model() -> TopicModel:
    """The shipped weights and threshold, read once per process."""
    text = resources.files("pipeline.facts.lexicons").joinpath(WEIGHTS).read_text(encoding="utf-8")
    threshold = 0.5
    weights: dict[str, dict[str, float]] = {}
    for line in text.splitlines():
        if line.startswith("# threshold:"):
            threshold = float(line.split(":", 1)[1].split()[0])
        elif line.strip() and not line.startswith("#"):
            model, feature, value = line.split("\t")
            weights.setdefault(model, {})[feature] = float(value)
    models = tuple(sorted(weights))
    index = {f: k for k, f in enumerate(sorted({f for w in weights.values() for f in w if f != BIAS}))}
    matrix = np.zeros((len(index), len(models)))
    for m, model in enumerate(models):
        for feature, weight in weights[model].items():
            if feature != BIAS:
                matrix[index[feature], m] = weight
    bias = np.array([weights[m].get(BIAS, 0.0) for m in models])
    names = {r[0]: r[2] for r in rows("topics.tsv")}
    return TopicModel(weights, names, threshold, models, index, matrix, bias)


@dataclass(frozen=True)
class TopicScore:
    code: str
    score: float
    words: tuple[str, ...]


@dataclass(frozen=True)
class Topics:
    topics: tuple[TopicScore, ...]  # at or above TOPIC_THRESHOLD, best first
    relevant: bool
    relevance: float


def _words(top: list[str], found: dict[str, Counter[str]], code: str) -> tuple[str, ...]:
    """The deciding features of model `code` as words: a `§topic` feature stands for the terms of that topic
    found, `§domain` for those of `code` itself."""
    words: list[str] = []
    for f in top:
        if f == DOMAIN or f.startswith("¶"):
            terms_found = [t for t, _ in found.get(code, Counter()).most_common(2)]
        elif f.startswith("§"):
            terms_found = [t for t, _ in found.get(f[1:], Counter()).most_common(2)]
        else:
            terms_found = [f]
        words.extend(t for t in terms_found if t not in words)
    return tuple(words[:5])


@lru_cache(maxsize=8)
def classify(title: str | None, text: str) -> Topics:
    """The topics of one article, and whether it belongs to an industry-and-trade corpus (the last few
    articles' answers are kept: the run asks once to filter, once to write the record)."""
    model = load_model()
    vector, found = analyse(title, text)
    scores = model.scores(vector, min(TOPIC_THRESHOLD, model.threshold))
    relevance = scores["relevant"][0]
    topics = [TopicScore(code, round(scores[code][0], 3), _words(scores[code][1], found, code))
              for code in model.names if code in scores and scores[code][0] >= TOPIC_THRESHOLD]
    topics.sort(key=lambda t: (-t.score, t.code))
    return Topics(tuple(topics), relevance >= model.threshold, round(relevance, 3))
