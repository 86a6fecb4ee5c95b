"""A fast part-of-speech tagger that gives exactly what `underthesea.pos_tag` gives.

underthesea 9.5's `pos_tag` segments words with `word_tokenize` (a CRF with a compiled featurizer) and
then tags them with a CRF whose features come from a Python template engine that re-parses each
template with a regular expression and rebuilds every column of the sentence for every word and
template (quadratic in the sentence length); that is about 80% of the time of vnie's language stage.
This module builds the same feature strings, for the same template and the same model file, with the
columns computed once per sentence, and calls the same compiled `CRFTagger`. The output is identical:
`tests/test_fasttag.py` compares the two on hundreds of sentences, and `vnie bench` over a whole corpus.
"""

from __future__ import annotations

from functools import lru_cache

# underthesea's POS template (pipeline/pos_tag/model_crf.py), in its order.
_LOWER = (-2, -1, 0, 1, 2)
_TITLE = (0, -1, 1)
_WORD = (-2, -1, 0, 1, 2)
_PAIRS = ((-2, -1), (-1, 0), (0, 1), (1, 2))
_TAG = (-3, -2, -1)
_TAG_PAIRS = ((-3, -2), (-2, -1))


def _istitle(word: str) -> bool:
    """underthesea's `text_istitle`: every space-separated syllable starts with a title-case letter."""
    if not word:
        return False
    try:
        return all(part[0].istitle() for part in word.split(" "))
    except IndexError:
        return False


def _name(a: int, b: int | None = None, column: bool = False, func: str | None = None) -> str:
    inside = f"{a}" if b is None else f"{a},{b}"
    return f"T[{inside}]" + ("[1]" if column else "") + (f".{func}" if func else "")


_NAMES = {
    "lower": [_name(k, func="lower") for k in _LOWER],
    "title": [_name(k, func="istitle") for k in _TITLE],
    "word": [_name(k) for k in _WORD],
    "pair": [_name(a, b) for a, b in _PAIRS],
    "tag": [_name(k, column=True) for k in _TAG],
    "tag_pair": [_name(a, b, column=True) for a, b in _TAG_PAIRS],
}


def _column(name: str, values: list[str], k: int, n: int) -> list[str]:
    """`name=value` for offset k at every position: BOS before the sentence, EOS after it."""
    head = f"{name}="
    return [head + ("BOS" if i + k < 0 else "EOS" if i + k >= n else values[i + k]) for i in range(n)]


def _pair_column(name: str, words: list[str], a: int, b: int, n: int) -> list[str]:
    head = f"{name}="
    return [head + ("BOS" if i + a < 0 else "EOS" if i + a >= n or i + b >= n else " ".join(words[i + a:i + b + 1]))
            for i in range(n)]


def features(words: list[str]) -> list[list[str]]:
    """The feature strings underthesea's POS CRF sees for a segmented sentence (every tag column is `X`).

    Built column by column (one list per template, in template order), then zipped into rows.
    """
    n = len(words)
    lower = [w.lower() for w in words]
    title = [str(_istitle(w)) for w in words]
    tags = ["X"] * n
    columns = [_column(name, lower, k, n) for name, k in zip(_NAMES["lower"], _LOWER, strict=False)]
    columns += [_column(name, title, k, n) for name, k in zip(_NAMES["title"], _TITLE, strict=False)]
    columns += [_column(name, words, k, n) for name, k in zip(_NAMES["word"], _WORD, strict=False)]
    columns += [_pair_column(name, words, a, b, n) for name, (a, b) in zip(_NAMES["pair"], _PAIRS, strict=False)]
    columns += [_column(name, tags, k, n) for name, k in zip(_NAMES["tag"], _TAG, strict=False)]
    columns += [_pair_column(name, tags, a, b, n) for name, (a, b) in zip(_NAMES["tag_pair"], _TAG_PAIRS, strict=False)]
    return [list(row) for row in zip(*columns, strict=False)]


@lru_cache(maxsize=1)
def _model():
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return CRFPOSTagPredictor.Instance().model  # the same compiled CRF and model file as underthesea.pos_tag


@lru_cache(maxsize=1)
def _word_tokenize():
    from underthesea import word_tokenize

    return word_tokenize


def tag_words(words: list[str]) -> list[tuple[str, str]]:
    """POS tags for already segmented words."""
    if not words:
        return []
    return list(zip(words, _model().tag(features(words)), strict=False))


def pos_tag(sentence: str) -> list[tuple[str, str]]:
    """`underthesea.pos_tag(sentence)`, faster: the same segmentation, model and tags."""
    return tag_words(_word_tokenize()(sentence))
