"""A learned second reading of a figure's subject: a choice among the noun phrases of its sentence, or none.

The rules of `subjects.py` read one structure at a time and give None when none fits; people who read the same
sentences name a subject for about half of those figures (`tiền phạt`, `Clip của X` for `thu hút 3.000 lượt xem`,
`căn hộ chung cư` for `50 m2`). This module lists the candidate phrases a figure could measure:

    the phrase ending at each word before the figure in its clause (`phrase_before`), and its shorter endings that
    start at a noun after a verb or preposition (`Hà Nội khởi công | nhà máy nước`);
    the phrase one noun longer on the left (`tỷ lệ | hộ nghèo`);
    the phrase after the amount (`95% | chi phí khám chữa bệnh`) and its longer forms up to the clause's end;
    and none (in fitting, also the rules' own subject, so the weights learn what the rules' answers look like),

describes each by its words, tags and place (the words and kinds of verbs between it and the figure, its lexicon
kind, whether it opens its clause, the figure's unit and counted noun), and scores them with a linear model whose
weights (`lexicons/subject_weights.json`) were fitted on figures people labelled in real news (`benchmarks/
subject_model.py`). The highest score wins, none included, and is taken only when its probability reaches the
threshold stored with the weights; a subject the rules give is never changed.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pipeline.facts.noun_phrases import after_verb, opens_clause, phrase_before
from pipeline.facts.phrases_after import phrase_after
from pipeline.facts.subject_lexicon import (
    LINK_VERBS,
    NO_THING,
    balance_verbs,
    change_verbs,
    entries,
    figure_verbs,
    kind_of,
    low,
    value_links,
)
from pipeline.language.analysis import Sentence, Token
from pipeline.language.textnorm import fold

_NOUNS = frozenset({"N", "Nc", "Np", "Ny", "Nb", "Nu"})
_STOPS = frozenset(",;:.()!?…\"“”")
_WINDOW = 25  # words before the figure a candidate may end at
_AFTER = 14  # words after the amount a candidate may run to
_UNITS = {"VND": "money", "USD": "money"}


@dataclass(frozen=True)
class Candidate:
    """A phrase the figure could measure (None: no subject), how it was found, and its features."""

    text: str | None
    source: str
    features: tuple[str, ...]


def _bucket(n: int, cuts: tuple[int, ...] = (0, 1, 2, 4, 8)) -> str:
    return next((str(c) for c in cuts if n <= c), "big")


def _key(text: str) -> str:
    return " ".join(fold(text).lower().replace("(", " ").replace(")", " ").split())


def candidates(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], rule: str | None,
               rule_kind: str | None, unit: str, counted: str | None) -> list[Candidate]:
    """Every candidate subject of the figure from `sentence.text[start]` to `[end]` (sentence offsets; `spans`: all
    figures of the sentence), the last one None."""
    tokens = list(sentence.tokens)
    base = sentence.start
    absolute = [(base + s, base + e) for s, e in spans]
    f0 = next((n for n, t in enumerate(tokens) if t.end > base + start), len(tokens))
    unit = _UNITS.get(unit, unit)
    context = (
        "fp=" + (low(tokens[f0 - 1].text) if f0 > 0 else "<s>"),
        "fp2=" + " ".join(low(t.text) for t in tokens[max(0, f0 - 2):f0]),
        "cnt=" + ((counted or "").split() or ["-"])[0].lower(),
        "u=" + unit,
    )
    found: list[tuple[str, list[Token]]] = []
    seen: set[tuple[int, int]] = set()

    def add(source: str, run: list[Token]) -> None:
        if run and (run[0].start, run[-1].end) not in seen and _worth(run, tokens.index(run[-1]) == f0 - 1) \
                and not _example(tokens, tokens.index(run[0]), tokens.index(run[-1])) \
                and not _cut_quote(sentence.text[run[0].start - base:run[-1].end - base]):
            seen.add((run[0].start, run[-1].end))
            found.append((source, run))

    def in_figure(t: Token) -> bool:
        return any(s < t.end and t.start < e for s, e in absolute)

    clause = max((n + 1 for n in range(f0) if tokens[n].text == ";"), default=0)  # `Thép 560 triệu USD; dệt may 300 triệu USD`
    for p in range(max(clause, f0 - 1 - _WINDOW), f0):
        run = phrase_before(tokens, p, absolute)
        if not run or tokens.index(run[-1]) >= f0:
            continue
        near = p == f0 - 1 or tokens.index(run[-1]) == f0 - 1
        add("before" if near else "left", run)
        for q in range(1, len(run)):
            if run[q].pos in _NOUNS and run[q - 1].pos not in _NOUNS:
                add("sfx_near" if near else "sfx", run[q:])
        a = tokens.index(run[0])
        if a < clause:
            continue
        if a > clause and (tokens[a - 1].pos in ("N", "Nc") or tokens[a - 1].pos == "M" and not any(
                ch.isdigit() for ch in tokens[a - 1].text)) and not in_figure(tokens[a - 1]):  # `tỷ lệ/M | hộ nghèo`
            add("ext_near" if near else "ext", tokens[a - 1:a] + run)
    run = phrase_after(tokens, base + end, absolute)
    if run:
        add("after", run)
        a = tokens.index(run[0])
        for b in range(tokens.index(run[-1]) + 1, min(len(tokens), a + _AFTER)):
            if tokens[b].text in _STOPS or in_figure(tokens[b]):
                break
            if tokens[b].pos in _NOUNS or tokens[b].pos == "P":
                add("after_ext", tokens[a:b + 1])
    out: list[Candidate] = []
    rank = 0
    rule_key = _key(rule) if rule else None
    for source, run in reversed(found):
        text = sentence.text[run[0].start - base:run[-1].end - base]
        features = _features(tokens, run, f0, source, rank if not source.startswith("after") else 0, context, unit, rule is None)
        rank += not source.startswith("after")
        if rule_key is not None:
            key = _key(text)
            features += ["isrule", "isrule|" + str(rule_kind)] if key == rule_key else (
                ["inrule"] if rule_key in key else ["inrule2"] if key in rule_key else [])
        out.append(Candidate(text, source, tuple(features)))
    if rule is not None and not any(_key(c.text or "") == rule_key for c in out):
        out.append(Candidate(rule, "rule", ("src=rule", "isrule", "isrule|" + str(rule_kind))))
    none = ["NULL", "NULL|u=" + unit, "NULL|prevpos=" + (tokens[f0 - 1].pos if f0 > 0 else "<s>"),
            "NULL|rule=" + ("none" if rule is None else str(rule_kind))]
    out.append(Candidate(None, "none", tuple(none + ["NULL|" + c for c in context])))
    return out


def _example(tokens: list[Token], a: int, b: int) -> bool:
    """The phrase at token a is an item of a list of examples (`các kênh như | siêu thị, | chợ đầu mối`) or the place
    its sentence opens with (`Ở | các kênh`): not what is measured."""
    frame = a - 1 - (a > 0 and low(tokens[a - 1].text) in ("các", "những"))
    if frame >= 0 and low(tokens[frame].text) in ("ở", "tại") and frame <= 1:
        return True  # `Ở các kênh như ...`: the frame the sentence opens with, a place
    listed = b + 1 < len(tokens) and (low(tokens[b + 1].text) in (",", "và", "hoặc") or tokens[b + 1].pos in _NOUNS)  # (not the list's end: `..., hoa quả | vẫn chiếm`)
    for m in range(a - 1, max(-1, a - 12), -1):
        word = low(tokens[m].text)
        if word in ("như", "như là"):
            return (listed or m == a - 1) and any(low(t.text) in ("các", "những", "nhiều") for t in tokens[max(0, m - 5):m])
        if word not in (",", "và") and tokens[m].pos not in _NOUNS:
            return False
    return False


def _cut_quote(text: str) -> bool:
    """The phrase opens a quotation it does not close (`Tỉ lệ "sáng nộp | , chiều trả"`)."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


_WHEN = re.compile(r"(?:(?:giữa|đầu|cuối|hết|trong|từ)\s+)?(?:năm|tháng|quý)\s+[\dIVX/.-]+")


def _worth(run: list[Token], adjacent: bool) -> bool:
    """Whether a phrase could be a subject the rules would give: not a word that says nothing by itself (`số tiền`,
    `tổng số`, a bare `công suất` that the rules leave to its owner) or a time (`tết năm 2020`), nor a thing and its
    verb right before the figure (`Tỉnh đầu tư | 50 tỷ đồng`: a predicate)."""
    kind = kind_of(run)
    if run[0].pos not in _NOUNS or run[-1].pos == "R":
        return False  # (`đã được đầu tư`, `cổ phiếu BBC liên tục`: a clause's words, no thing)
    if kind is not None and (kind[0] in ("generic", "other", "time") or kind[0] == "attribute" and not kind[1]) \
            or low(run[0].text) == "dịp":  # (an occasion, a time too: `riêng dịp hè năm 2023 | tăng 7%`)
        return False
    if low(" ".join(t.text for t in run)) in _NOTHING or _WHEN.fullmatch(low(" ".join(t.text for t in run))):
        return False  # (`giữa năm 2007`, `cuối tháng 3/2024`: a time the lexicon has no entry for)
    return not (adjacent and run[-1].pos == "V" and (kind is None or kind[0] not in ("measure", "attribute", "qualified")))


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    """Verbs that tie a phrase to its figure: links (`là`, `đạt`), verbs of change, measure and balance."""
    return frozenset(LINK_VERBS | figure_verbs() | change_verbs() | balance_verbs() | value_links()
                     | {" ".join(w) for w in entries().links})


_NOTHING = frozenset({"tổng số", "tổng cộng", "tất cả"}) | NO_THING


def _features(tokens: list[Token], run: list[Token], f0: int, source: str, rank: int, context: tuple[str, ...],
              unit: str, rule_none: bool) -> list[str]:
    a, b = tokens.index(run[0]), tokens.index(run[-1])
    between = tokens[b + 1:f0] if not source.startswith("after") else []
    features = ["src=" + source, "rank=" + _bucket(rank, (0, 1, 2, 4)), "dist=" + _bucket(len(between))]
    features += [c + "|src=" + source for c in context]
    features += ["bw=" + low(t.text) for t in between] if len(between) <= 6 else ["bw_last=" + low(t.text) for t in between[-2:]]
    features.append("nv=" + str(min(sum(t.pos == "V" for t in between), 3)))
    verbs = [low(t.text) for t in between if t.pos == "V"]
    if verbs:  # a link or a verb of change/measure (`đạt`, `tăng`, `có công suất`) or another verb (`áp dụng`, `mua`)
        features.append("verbs=" + ("link" if all(v in _links() for v in verbs) else "other"))
        features.append("lastverb=" + ("link" if verbs[-1] in _links() else "other"))
    if any(t.text == "," for t in between):
        features.append("comma")
    kind = kind_of(run)
    features += ["fpos=" + run[0].pos, "lpos=" + run[-1].pos, "len=" + _bucket(len(run), (1, 2, 3, 5, 8)),
                 "kind=" + (kind[0] if kind else "none"), "k1=" + ((kind_of(run[:1]) or ("none",))[0]),
                 "fw2=" + " ".join(low(t.text) for t in run[:2])]
    if any(t.pos == "Np" for t in run):
        features.append("np")
    if opens_clause(tokens, run):
        features.append("opens")
    if after_verb(tokens, run):
        features.append("afterverb")
    features += ["prev=" + (low(tokens[a - 1].text) if a > 0 else "<s>"), "prevpos=" + (tokens[a - 1].pos if a > 0 else "<s>"),
                 "fw=" + low(run[0].text), "lw=" + low(run[-1].text),
                 "next=" + (low(tokens[b + 1].text) if b + 1 < len(tokens) else "</s>")]
    plain = list(features)
    features += ["u=" + unit + "|" + f for f in plain if f.split("=")[0] in ("src", "kind", "dist", "fpos", "nv")]
    features += ["src=" + source + "|" + f for f in plain if f.split("=")[0] in ("lpos", "kind", "len", "fpos", "next")]
    if rule_none:
        features += ["rnone|" + f for f in plain]
    return features


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float]:
    """The fitted weights and the least probability at which the model's answer is taken (no weights: the rules
    alone)."""
    try:
        data = json.loads(resources.files("pipeline.facts.lexicons").joinpath(WEIGHTS).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, 2.0
    return {k: float(v) for k, v in data["weights"].items()}, float(data["threshold"])


WEIGHTS = "subject_weights.json"


def weights() -> dict[str, float]:
    return _model()[0]


def reading(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], rule: str | None,
            rule_kind: str | None, unit: str, counted: str | None) -> str | None:
    """The figure's subject: the rules' (`rule`, of kind `rule_kind`) when they give one; else the candidate the
    model prefers, when its probability reaches the model's threshold; else None."""
    model, threshold = _model()
    if rule is not None or not model:
        return rule
    return answer(candidates(sentence, start, end, spans, rule, rule_kind, unit, counted), model, threshold).text


def answer(found: list[Candidate], model: dict[str, float], threshold: float) -> Candidate:
    """The candidate the model prefers when its probability reaches `threshold`, else none (the last candidate)."""
    best, probability = choose(found, model)
    return best if probability >= threshold else found[-1]


def score(candidate: Candidate, model: dict[str, float]) -> float:
    return sum(model.get(f, 0.0) for f in candidate.features)


def choose(found: list[Candidate], model: dict[str, float] | None = None) -> tuple[Candidate, float]:
    """The best candidate and its probability among them."""
    model = weights() if model is None else model
    scores = [score(c, model) for c in found]
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    best = max(range(len(found)), key=lambda n: (scores[n], -n))
    return found[best], 1.0 / total
