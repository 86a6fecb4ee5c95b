"""Hard-wrapped text made whole again: a line break inside a sentence becomes a space.

Some pages (copies of PDF or e-mail texts, old CMS exports) break their lines at a fixed width or after every word:

    Đồng chí Giám đốc Sở Công Thương Phạm Văn
    Hóa làm Phó Trưởng Ban Thường trực Ban Chỉ đạo.

Paragraphs are split at line breaks before sentences are (`sent_tokenize` ignores them), so such a text loses its
sentences and the names broken across lines. A text is taken as hard-wrapped when at least a quarter of its lines end
without closing punctuation and go on with a lowercase word on the next line. Then a break after a line that ends
without closing punctuation becomes a space when the next line goes on in lowercase or a digit, or when the line is a
full one (at least 60% of the text's median line width: the width it was wrapped at), or always when the text has a
word or two a line (a median width under 15 characters); the first line (a headline) is joined only to a lowercase
continuation. The text keeps its length, so offsets into it stay valid.
"""

from __future__ import annotations

import re

from pipeline.facts.districts import district_province
from pipeline.facts.lexicon import load

_CLOSED = re.compile(r"[.!?:;…\"”)\]]\s*$")


_ABBREVIATED = re.compile(r"(?<![\w.])(TP|Tp|Q|P|TX|H)\.\n(?=[^\W_])")
_UNITS = {"TP": "TP.", "Tp": "TP.", "Q": "quận", "TX": "thị xã", "H": "huyện"}


def _place_goes_on(abbreviation: str, rest: str) -> bool:
    """Whether the line `rest` opens with the place an abbreviated unit (`TP.`, `Q.`) at the end of the line before names:
    its number (`Q.` + `4, cho biết`), `HCM`, or a province or district the gazetteers know (`TP.` + `Đà Lạt`)."""
    if re.match(r"\d{1,2}(?!\d)", rest):
        return abbreviation in ("Q", "P")
    if re.match(r"HCM(?!\w)", rest):
        return abbreviation in ("TP", "Tp")
    words = re.findall(r"[\w'’-]+", rest[:60])[:4]
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if abbreviation in ("TP", "Tp") and load().province(name) is not None or abbreviation in _UNITS and district_province(
                f"{_UNITS[abbreviation]} {name}") is not None:
            return True
    return False


def abbreviations_joined(text: str) -> str:
    """`text` with a line break right after an abbreviated unit and before the place it names made a space (`UBND Q.` /
    `4, cho biết`, `tại TP.` / `Hà Nội`: corpora split after the abbreviation's dot as if a sentence ended); same length."""
    out = list(text)
    for m in _ABBREVIATED.finditer(text):
        if _place_goes_on(m.group(1), text[m.end():]):
            out[m.end() - 1] = " "
    return "".join(out)


# a word no line of Vietnamese prose ends with: a break right after it is inside a sentence (`Hội Khoa học và` / `Công nghệ
# Mỏ Việt Nam ... đã tổ chức ...`, s66 set P197), whether or not the text is hard-wrapped
_DANGLING = re.compile(r"(?<=[^\W\d_]\s)(?:và|của|các|những|với|cho|tại)\n(?=[^\W_])")


def dangling_joined(text: str) -> str:
    """`text` with a line break right after a conjunction or a preposition made a space; same length."""
    out = list(text)
    for m in _DANGLING.finditer(text):
        out[m.end() - 1] = " "
    return "".join(out)


def unwrapped(text: str) -> str:
    """`text` with the line breaks of hard wrapping replaced by spaces, or as it is when it is not hard-wrapped; and always
    with the break after an abbreviated unit before its place, or after a conjunction or a preposition, joined
    (`abbreviations_joined`, `dangling_joined`)."""
    text = dangling_joined(abbreviations_joined(text))
    lines = text.split("\n")
    full = [line for line in lines if line.strip()]
    if len(full) < 6:
        return text
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip() and not _CLOSED.search(a)]
    going_on = sum(1 for _, b in pairs if b.lstrip()[:1].islower())
    if going_on < 3 or going_on < 0.25 * len(full):
        return text
    widths = sorted(len(line.strip()) for line in full)
    median = widths[len(widths) // 2]
    out = list(text)
    at = 0
    for k, (a, b) in enumerate(zip(lines, lines[1:], strict=False)):
        at += len(a)  # the break after line k
        if a.strip() and b.strip() and not _CLOSED.search(a):
            first = b.lstrip()[:1]
            if first.islower() or first.isdigit() or (k > 0 and (len(a.strip()) >= 0.6 * median or median < 15)):
                out[at] = " "
        at += 1
    return "".join(out)
