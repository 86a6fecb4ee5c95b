"""The item of a list that a bare attribute after it belongs to.

    Bãi Sậy, diện tích 150 ha, Yên Mỹ II, diện tích 130 ha           -> Bãi Sậy; Yên Mỹ II
    nhà máy X quy mô 400 ha, tổng công suất 300 MW, kinh phí ...     -> nhà máy X (the thing the attributes follow)
    gồm KCN WHA Zone 1, diện tích 498 ha, tổng vốn đầu tư 92 triệu USD và Khu công nghiệp (KCN) WHA Zone 2, diện tích
      183,37 ha, tổng vốn đầu tư 50 triệu USD                        -> KCN WHA Zone 1 (twice); Khu công nghiệp (KCN) WHA Zone 2 (twice)
"""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure, phrase_before
from pipeline.facts.subject_lexicon import NOUN, kind_of, low, words_of
from pipeline.language.analysis import Token

ITEM_WORDS = 6
# what opens a list of items (`gồm`, `bao gồm`, `là`, `như`): the item's boundary, as `:` is
_OPENERS = {"gồm", "gồm có", "bao gồm", "là", "như", "có"}


def listed_owner(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The item of a list before the comma at token `k` that a bare attribute after it belongs to (`Bãi Sậy, diện
    tích 150 ha`): a short run of nouns naming something (a proper noun in it; an acronym in brackets inside it), with a
    boundary right before it (the sentence's start, `:`, `;`, a word that opens a list, a comma or `và` after a figure);
    after other attributes of the same item (`X, diện tích 498 ha, | tổng vốn đầu tư ...`), that item; [] otherwise
    (`Tỉnh có ba vùng trồng chè, diện tích`)."""
    if k < 1 or tokens[k].text != ",":
        return []
    if in_figure(tokens[k - 1], spans):
        return _attributes_owner(tokens, k, spans)  # `nhà máy X quy mô 400 ha, tổng công suất 300 MW, kinh phí ...`
    s = k - 1
    while s >= 0 and (tokens[s].pos in ("N", "Np", "Nc", "Ny") and not in_figure(tokens[s], spans) or tokens[s].text == ")"
                      or tokens[s].pos == "M" and s == k - 1 and not in_figure(tokens[s], spans)):  # (`KCN WHA Zone 1`)
        if tokens[s].text == ")":  # `Khu công nghiệp (KCN) WHA Zone 2`: an acronym in brackets inside the name
            opened = next((n for n in range(s - 1, max(-1, s - 4), -1) if tokens[n].text == "("), None)
            if opened is None:
                break
            s = opened
        s -= 1
    item = tokens[s + 1:k]
    if not item or sum(w.isalnum() for w in words_of(item)) > ITEM_WORDS + 2 or not any(t.pos == "Np" for t in item) or item[0].text == "(":
        return []
    if (kind_of(item) or ("",))[0] in ("generic", "time", "other", "measure", "attribute"):
        return []
    if s < 0 or tokens[s].text in (":", ";") or low(tokens[s].text) in _OPENERS:
        return item
    if tokens[s].text == "," or low(tokens[s].text) == "và":  # `..., diện tích 150 ha, Yên Mỹ II, diện tích 130 ha`
        return item if s > 0 and in_figure(tokens[s - 1], spans) else []
    return []


def _attributes_owner(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The thing a list of attributes follows, read back from the comma at token `k` over `attribute figure,` items to
    the first, which is written right after its thing (`nhà máy điện mặt trời quy mô 400 ha, tổng công suất 300 MW,
    kinh phí ...`: the plant) or after a comma that follows a listed item (`gồm KCN X, diện tích 498 ha, tổng vốn ...`);
    [] when the list opens otherwise (`Doanh thu đạt 5 tỷ đồng, lợi nhuận ...`)."""
    while k >= 1 and tokens[k].text == "," and in_figure(tokens[k - 1], spans):
        f = k - 1
        while f > 0 and in_figure(tokens[f - 1], spans):
            f -= 1
        run = phrase_before(tokens, f - 1, spans) if f > 0 else []
        n = next((n for n in range(len(run)) if (kind_of(run[n:]) or ("",))[0] in ("measure", "attribute")
                  and len(words_of(run[n:])) <= 4), None)
        if n is None:
            return []
        if n > 0:
            thing = next((run[m:n] for m in range(n) if (kind_of(run[m:n]) or ("",))[0] == "entity"), [])
            return thing if thing and thing[0].pos in NOUN and thing[-1].pos in NOUN | {"M"} else []
        k = tokens.index(run[0]) - 1
    if k >= 1 and tokens[k].text == "," and not in_figure(tokens[k - 1], spans):
        return listed_owner(tokens, k, spans)  # the first attribute follows the listed item's comma
    return []


def with_items_before(text: str, start: int, subject: str | None) -> str | None:
    """The subject with the items of its list before it that share its head word (`tiêu hủy nhiều loại hàng hóa nhập lậu,
    hàng giả trị giá gần 4,5 tỷ đồng`: `hàng hóa nhập lậu, hàng giả`, not the last item alone), when the subject is written
    right before the figure (`text[:start]`, a valuing word between) and each item is at most six words; else `subject`."""
    if not subject:
        return subject
    at = text.rfind(subject, 0, start)
    if at <= 0 or not re.fullmatch(r"\s*(?:(?i:trị giá|có giá trị|có tổng trị giá|với tổng trị giá|với trị giá)\s+)?(?:(?i:khoảng|gần|hơn|trên)\s+)?",
                                   text[at + len(subject):start]):
        return subject
    head = re.escape(subject.split()[0])
    items = re.search(rf"(?<!\w)((?i:{head})(?:\s+[^\s,;:.()]+){{0,5}}(?:,\s*(?i:{head})(?:\s+[^\s,;:.()]+){{0,5}})*),\s*$", text[:at])
    if items is None or re.search(r"\d", items.group(1)) or re.search(r"\d\S*\s*(?:\S+\s*)?$", text[:items.start(1)]):
        return subject  # (`600.000 đồng tiền dầu, | tiền lương ...`: the item before is another figure's)
    return f"{items.group(1)}, {subject}"
