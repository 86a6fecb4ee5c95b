"""Fact extractors, one module per kind (`officials`, `figures`, `events`, `dates`; `numbers` reads
Vietnamese numerals), over the language stage's `Analysis`. Vocabulary lives in `lexicons/`, loaded by `lexicon`.
"""
