"""A firm's whole name before its attribute: `Công ty TNHH Kính nổi siêu trắng Phú Mỹ có vốn điều lệ 886 tỉ đồng` is the
company's, not `siêu trắng Phú Mỹ`'s, though the tagger reads `nổi` as an adverb and cuts the phrase there (forty-eighth
session, from set P64). The name runs back to its head (`Công ty`, `Tổng công ty`, `Tập đoàn`) over its legal form and
capitalised words, and over lower-case words of the name; never over a verb, a preposition or punctuation."""

from __future__ import annotations

from pipeline.language.analysis import Token

_HEADS = frozenset({"công ty", "tổng công ty", "tập đoàn"})
_REACH = 5  # tokens between the head and the phrase at most
_BREAKS = frozenset({"V", "CH", "E", "C", "CC", "M"})


def firm_whole(tokens: list[Token], run: list[Token]) -> list[Token]:
    """`run` with the firm's head and the name's words before it when the run ends a firm's name; else `run`."""
    if not run:
        return run
    at = tokens.index(run[0])
    for n in range(at - 1, max(-1, at - 1 - _REACH), -1):
        token = tokens[n]
        if token.text.lower() in _HEADS:
            between = tokens[n + 1:at]
            return tokens[n:at] + run if between and between[0].text[:1].isupper() else run
        if token.pos in _BREAKS and not (token.text[:1].isupper() and token.pos == "V"):
            return run  # (a capitalised word of the name the tagger reads as a verb, `Thủy tinh/V`, is still the name's)
    return run
