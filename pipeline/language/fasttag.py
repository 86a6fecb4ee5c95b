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


# (`name=`, offset) of every column, in template order; a pair column is keyed by its first offset.
_HEADS = {
    "lower": [(_name(k, func="lower") + "=", k) for k in _LOWER],
    "title": [(_name(k, func="istitle") + "=", k) for k in _TITLE],
    "word": [(_name(k) + "=", k) for k in _WORD],
    "pair": [(_name(a, b) + "=", a) for a, b in _PAIRS],
    "tag": [(_name(k, column=True) + "=", k) for k in _TAG],
    "tag_pair": [(_name(a, b, column=True) + "=", a) for a, b in _TAG_PAIRS],
}


_BOS2 = ["BOS", "BOS"]
_BOS3 = ["BOS", "BOS", "BOS"]
_EOS4 = ["EOS", "EOS", "EOS", "EOS"]
_TITLE_CACHE: dict[str, str] = {}


def _title(word: str) -> str:
    value = _TITLE_CACHE.get(word)
    if value is None:
        value = _TITLE_CACHE[word] = str(_istitle(word))
    return value


def features(words: list[str]) -> list[list[str]]:
    """The feature strings underthesea's POS CRF sees for a segmented sentence (every tag column is `X`).

    Built column by column (one list per template, in template order) from the values padded with `BOS`
    before the sentence and `EOS` after it, then zipped into rows.
    """
    n = len(words)
    lower = _BOS2 + [w.lower() for w in words] + _EOS4
    title = _BOS2 + [_title(w) for w in words] + _EOS4
    padded = _BOS2 + words + _EOS4
    joined = _BOS2 + [words[j] + " " + words[j + 1] for j in range(n - 1)] + _EOS4 + ["EOS"]
    tags = _BOS3 + ["X"] * n
    tag_pairs = _BOS3 + ["X X"] * (n - 1) + ["EOS"]
    columns = [[head + v for v in lower[2 + k:2 + k + n]] for head, k in _HEADS["lower"]]
    columns += [[head + v for v in title[2 + k:2 + k + n]] for head, k in _HEADS["title"]]
    columns += [[head + v for v in padded[2 + k:2 + k + n]] for head, k in _HEADS["word"]]
    columns += [[head + v for v in joined[2 + a:2 + a + n]] for head, a in _HEADS["pair"]]
    columns += [[head + v for v in tags[3 + k:3 + k + n]] for head, k in _HEADS["tag"]]
    columns += [[head + v for v in tag_pairs[3 + a:3 + a + n]] for head, a in _HEADS["tag_pair"]]
    return [list(row) for row in zip(*columns, strict=True)]


@lru_cache(maxsize=1)
def _model():
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return CRFPOSTagPredictor.Instance().model  # the same compiled CRF and model file as underthesea.pos_tag


@lru_cache(maxsize=1)
def _segmenter():
    """underthesea's word segmentation parts: its token regex, its token normalizer, its featurizer and CRF."""
    from underthesea.pipeline import word_tokenize as wt
    from underthesea.pipeline.text_normalize import token_normalize
    from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
    from underthesea.pipeline.word_tokenize import regex_tokenize

    wt.word_tokenize("Khởi động.")  # loads its model once
    model = wt.word_tokenize_model
    return regex_tokenize.patterns, normalize_characters_in_text, token_normalize, model.featurizer, model.estimator


_NORMALIZED: dict[str, str] = {}


def syllables(sentence: str) -> list[str]:
    """underthesea's regex tokens of a sentence (`regex_tokenize.tokenize`), normalized as it does.

    Every alternative of its pattern is one named group spanning the whole match, so the token is the
    match itself; `token_normalize` is a pure function of the token, so it runs once per distinct token.
    """
    patterns, normalize_chars, token_normalize, _, _ = _segmenter()
    tokens = []
    for match in patterns.finditer(normalize_chars(sentence)):
        token = match.group()
        normalized = _NORMALIZED.get(token)
        if normalized is None:
            normalized = _NORMALIZED[token] = token_normalize(token)
        tokens.append(normalized)
    return tokens


def word_tokenize(sentence: str) -> list[str]:
    """`underthesea.word_tokenize(sentence)`: the same tokens, features and CRF, without its per-call glue."""
    _, _, _, featurizer, estimator = _segmenter()
    tokens = syllables(sentence)
    if not tokens:
        return []
    tags = estimator.tag(featurizer.process([[[token] for token in tokens]])[0])
    words: list[str] = []
    for tag, token in zip(tags, tokens, strict=False):
        if tag == "I-W" and words:
            words[-1] = words[-1] + " " + token
        else:
            words.append(token)
    return words


def tag_words(words: list[str]) -> list[tuple[str, str]]:
    """POS tags for already segmented words."""
    if not words:
        return []
    return list(zip(words, _model().tag(features(words)), strict=False))


def pos_tag(sentence: str) -> list[tuple[str, str]]:
    """`underthesea.pos_tag(sentence)`, faster: the same segmentation, model and tags."""
    return tag_words(word_tokenize(sentence))
