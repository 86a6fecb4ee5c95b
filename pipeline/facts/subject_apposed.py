"""Whose a bare measure is when it follows its thing after a comma, as in a list of a thing's attributes:

    Tại Hà Nội, phân khúc căn hộ cao cấp, mức giá từ 32 - 45 triệu đồng   the phrase before -> mức giá phân khúc căn hộ cao cấp
    ... những đoàn tàu thuộc dự án đóng mới 90 toa, vốn đầu tư 957 tỷ đồng  the works named   -> vốn đầu tư của dự án đóng mới 90 toa
    Công ty sẽ đầu tư nhà máy chế biến thủy sản X, công suất 200 tấn     the verb's object  -> công suất của nhà máy ... (not Công ty)
    Doanh thu năm 2016 của L'Oréal là 25,84 tỷ euro, lợi nhuận đạt ...   the owned figure   -> lợi nhuận của L'Oréal (`listed_after`)

The phrase before the comma owns the measure when it is a noun phrase alone between a clause's boundary (the sentence's
start, `;`, `:`, a frame and its comma) and the comma, a works (`dự án`, `công trình`, `nhà máy`, ...) named last before the
comma with no other clause after it, or what a verb of building, dealing or laying out takes up to the comma (also in place
of who acts, when another reading named the clause's opening). `subject_listed` reads the lists whose items have proper names."""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure, phrase_text
from pipeline.facts.subject_lexicon import NOUN, empty_subjects, honorific, kind_of, low, timely, words_of
from pipeline.facts.subject_with_clause import DEALS, FRAMES, MAKES, PRICES, SIZES, verb_object
from pipeline.language.analysis import Sentence, Token

_WORKS = frozenset({"dự án", "công trình", "nhà máy", "đề án", "gói thầu", "tuyến đường", "khu công nghiệp", "cụm công nghiệp",
                    "khu đô thị", "khu dân cư", "cầu", "cảng", "sân bay", "bệnh viện", "tòa nhà", "khu nhà",
                    "phân khúc", "hợp đồng", "chương trình"})
_PLANS = frozenset({"quy hoạch", "hình thành", "trồng", "phát triển"})  # verbs that lay out a thing an area sizes
_MOST = 9  # words an owner runs to at most


def apposed_owner(sentence: Sentence, start: int, spans: list[tuple[int, int]], subject: str | None) -> str | None:
    """`subject` with its owner when it is a bare measure (`SIZES`, `PRICES`, `figure_empty_subjects.txt`) written right
    after a comma, right before the figure at `sentence.text[start]`, and the phrase before the comma is its thing (see
    the module); else `subject`. `spans`: the sentence's figures, as sentence offsets."""
    said = low(subject or "")
    bare = SIZES | PRICES | empty_subjects()
    if not said or " của " in said:
        return subject
    tokens = list(sentence.tokens)
    figures = [(sentence.start + a, sentence.start + b) for a, b in spans]
    first = next((n for n, t in enumerate(tokens) if t.end > sentence.start + start), len(tokens))
    m = next((n for n in range(max(0, first - 5), first) if " ".join(low(t.text) for t in tokens[n:first]) in bare), None)  # the longest
    if m is None or m < 2 or tokens[m - 1].text != ",":
        return subject  # (the measure's words begin right after a comma, right before the figure)
    measure = " ".join(low(t.text) for t in tokens[m:first])
    if said != measure:  # another reading named the clause's opening, who acts (`Công ty sẽ đầu tư nhà máy X, công suất 200 tấn`):
        thing = _object(tokens, m - 1, figures)  # the thing its verb takes owns the measure
        opener = " ".join(low(t.text) for t in tokens[:m]).startswith(said) or (bool(thing) and said == low(phrase_text(sentence, thing)))
        return f"{measure} của {phrase_text(sentence, thing)}" if thing and opener and not any(in_figure(t, figures) for t in thing) else subject
    owner = _alone(tokens, m - 1, figures) or _works(tokens, m - 1, figures) or _object(tokens, m - 1, figures)
    if not owner:
        return subject
    text = phrase_text(sentence, owner) if not any(in_figure(t, figures) for t in owner) else \
        sentence.text[owner[0].start - sentence.start:owner[-1].end - sentence.start]
    counted = re.search(r"(?<![\w.,])\d[\d.]*\s+$", sentence.text[:owner[0].start - sentence.start])
    text = f"{counted.group()}{text}" if counted and not re.match(r"\d", text) else text  # `thu hút được 111 dự án, tổng vốn
    # đầu tư đăng ký`: the 111 projects' capital, not one project's (s66, set P196)
    return f"{subject} {text}" if said in PRICES else f"{subject} của {text}"


def _alone(tokens: list[Token], comma: int, figures: list[tuple[int, int]]) -> list[Token]:
    """The noun phrase alone between a clause's boundary and the comma at token `comma`: nouns, adjectives and numbers,
    no verb, no figure, opening with a common noun that is no time, person or measure; else []."""
    s = comma - 1
    while s >= 0 and (tokens[s].pos in NOUN | {"A", "M"} and not in_figure(tokens[s], figures)):
        s -= 1
    run = tokens[s + 1:comma]
    boundary = s < 0 or tokens[s].text in (";", ":") or tokens[s].text == "," and _framed(tokens, s)
    if not run or not boundary or run[0].pos not in ("N", "Nc") or timely(run[0]) or honorific(run[0]) or len(words_of(run)) > _MOST:
        return []
    kind = (kind_of(run) or ("",))[0]
    return run if kind not in ("measure", "attribute", "generic", "time") and low(run[0].text) not in FRAMES else []


def _framed(tokens: list[Token], comma: int) -> bool:
    """Whether the words before the comma at token `comma` are a frame opening the sentence (`Tại Hà Nội,`)."""
    opener = max((n + 1 for n in range(comma) if tokens[n].text in (",", ";", ":")), default=0)
    return opener == 0 and comma > 0 and (low(tokens[0].text) in FRAMES or timely(tokens[0]))


def _works(tokens: list[Token], comma: int, figures: list[tuple[int, int]]) -> list[Token]:
    """A works named last before the comma at token `comma` (`dự án đóng mới 90 toa`): a noun of `_WORKS` with its name
    or description after it up to the comma, no clause word, no other figure than a count in it; else []."""
    head = None  # the first works of the clause's last phrase (`dự án cải tạo 25 cây cầu yếu`, not its `cầu`)
    for s in range(comma - 1, max(-1, comma - 12), -1):
        t = tokens[s]
        if t.pos in ("CH", "C", "CC", "E") and t.text not in ("-", "–"):
            break
        if low(t.text) in _WORKS and t.pos in NOUN | {"V"}:  # (the tagger takes `phân khúc` for a verb)
            head = s
    taken = head is not None and head > 0 and (tokens[head - 1].pos in ("V", "E", "M") or in_figure(tokens[head - 1], figures)
                                                   or tokens[head - 1].text == "," and _framed(tokens, head - 1))
    while taken and head is not None and head > 0 and in_figure(tokens[head - 1], figures) and tokens[head - 1].pos in ("M", "N"):
        head -= 1  # its count (`với hơn 200 dự án, tổng vốn đăng ký ...`)
    run = tokens[head:comma] if head is not None and taken else []  # (a verb's object, counted, or after a frame: not the clause's subject with
    return run if len(words_of(run)) <= _MOST + 2 else []  # its own predicate, `Trường dự kiến xây thêm nhà đa năng`)


def _object(tokens: list[Token], comma: int, figures: list[tuple[int, int]]) -> list[Token]:
    """The thing a verb of building, funding, approving or dealing takes in the clause before the comma at token `comma`
    (`đầu tư khu Thiền Trúc Lâm, quy mô 19,5 ha`: `khu Thiền Trúc Lâm`), when it runs up to the comma; else []."""
    found = verb_object(tokens, comma, figures, MAKES | DEALS | _PLANS, (",", ";", ":"))
    thing = found[1] if found else []
    while thing and (low(thing[0].text) in ("một", "các", "những") or thing[0].pos == "L"):
        thing = thing[1:]
    if not thing or thing[-1] is not tokens[comma - 1] or thing[0].pos not in NOUN or (kind_of(thing) or ("",))[0] in ("measure", "time"):
        return []
    return thing if len(words_of(thing)) <= _MOST else []


def listed_after(text: str, start: int, subject: str | None, before: str | None, before_end: int | None) -> str | None:
    """`Doanh thu năm 2016 của L'Oréal là 25,84 tỷ euro, lợi nhuận đạt 4,54 tỷ euro`: a bare measure (`subject`) right after
    the comma that ends the figure before (ending at `before_end`, with the subject `before`) is of the owner named there
    after `của`; else `subject`."""
    said = low(subject or "")
    if not said or before is None or before_end is None or " của " not in before or said not in SIZES | PRICES | empty_subjects():
        return subject
    if not re.fullmatch(rf"\s*,\s*{re.escape(subject or '')}\s*(?:(?i:là|đạt|ước đạt|khoảng|hơn|gần|trên)\s*)*", text[before_end:start]):
        return subject
    return f"{subject} của {before.split(' của ', 1)[1]}"
