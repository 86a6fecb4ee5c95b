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


def features(words: list[str]) -> list[list[str]]:
    """The feature strings underthesea's POS CRF sees for a segmented sentence (every tag column is `X`)."""
    n = len(words)
    lower = [w.lower() for w in words]
    title = [str(_istitle(w)) for w in words]
    out = []
    for i in range(n):
        row = []
        for name, k in zip(_NAMES["lower"], _LOWER):
            j = i + k
            row.append(f"{name}={'BOS' if j < 0 else 'EOS' if j >= n else lower[j]}")
        for name, k in zip(_NAMES["title"], _TITLE):
            j = i + k
            row.append(f"{name}={'BOS' if j < 0 else 'EOS' if j >= n else title[j]}")
        for name, k in zip(_NAMES["word"], _WORD):
            j = i + k
            row.append(f"{name}={'BOS' if j < 0 else 'EOS' if j >= n else words[j]}")
        for name, (a, b) in zip(_NAMES["pair"], _PAIRS):
            ja, jb = i + a, i + b
            row.append(f"{name}={'BOS' if ja < 0 else 'EOS' if ja >= n or jb >= n else ' '.join(words[ja:jb + 1])}")
        for name, k in zip(_NAMES["tag"], _TAG):
            j = i + k
            row.append(f"{name}={'BOS' if j < 0 else 'EOS' if j >= n else 'X'}")
        for name, (a, b) in zip(_NAMES["tag_pair"], _TAG_PAIRS):
            ja, jb = i + a, i + b
            row.append(f"{name}={'BOS' if ja < 0 else 'EOS' if ja >= n or jb >= n else ' '.join(['X'] * (jb - ja + 1))}")
        out.append(row)
    return out


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
    return list(zip(words, _model().tag(features(words))))


def pos_tag(sentence: str) -> list[tuple[str, str]]:
    """`underthesea.pos_tag(sentence)`, faster: the same segmentation, model and tags."""
    return tag_words(_word_tokenize()(sentence))
