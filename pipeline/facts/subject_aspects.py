"""What a change measures when the aspect is written after it with `về` (`tăng 2,9% về lượng, giảm 15% về trị giá`),
as trade statistics write it: the aspect of the goods a verb of trade before it moves, else of the thing that opens the
clause.

    Cả nước nhập khẩu 7,8 nghìn ô tô nguyên chiếc các loại ..., giảm 21,3% về lượng   -> lượng nhập khẩu ô tô nguyên chiếc các loại
    Xe ô tô tải là 19,2 nghìn chiếc trị giá 379 triệu USD, giảm 11,4% về lượng      -> lượng của Xe ô tô tải
    Nhật Bản tăng 228% về lượng và tăng 304% về trị giá                               -> trị giá của Nhật Bản
"""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure, phrase_text
from pipeline.facts.subject_lexicon import NOUN, low, timely, words_of
from pipeline.facts.subject_with_clause import FRAMES, opening
from pipeline.language.analysis import Sentence, Token

_ASPECT = re.compile(r"\s*(?i:về)\s+(?P<aspect>(?i:lượng|trị giá|giá trị|kim ngạch|số lượng|khối lượng|sản lượng|doanh thu|doanh số))(?!\w)")
# verbs of trade: the goods after them (past the amount) are what the aspect is of
TRADES = frozenset({"nhập khẩu", "xuất khẩu", "nhập", "xuất", "bán", "bán ra", "tiêu thụ", "sản xuất", "mua", "thu mua", "nhập về"})
_MOST = 7  # words the goods run to at most
# a change right before the figure, or the second figure of a pair (`giảm 21,3% về lượng và | 20,7% về trị giá`)
_CHANGED = re.compile(r"(?:(?<!\w)(?i:tăng|giảm|tăng trưởng|sụt giảm|sụt)(?:\s+(?i:nhẹ|mạnh|lần lượt|tương ứng|thêm))*"
                      r"|(?<!\w)(?i:tăng|giảm)[^;]{0,40}(?i:về)\s+\S+(?:\s+\S+)?\s*(?i:và|,))\s*$")
# the two sides of a trade an aspect names: its quantity or its value
_SIDES = {"lượng": "quantity", "khối lượng": "quantity", "sản lượng": "quantity", "số lượng": "quantity",
          "trị giá": "value", "giá trị": "value", "kim ngạch": "value", "doanh thu": "value"}
_TIME_TAIL = re.compile(r"\s+(?i:tính)$")  # (`... xuất khẩu tính | đến hết tháng 9`)
_ENDS = frozenset({"trị giá", "với", "đạt", "tăng", "giảm", "là", "có", "chiếm", "kim ngạch", "tổng", "và", "từ", "sang", "của"})


def aspect_of(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], subject: str | None) -> str | None:
    """The subject of a change at `sentence.text[start:end]` followed by `về` and an aspect (see the module), else
    `subject`. `spans`: the sentence's figures, as sentence offsets."""
    aspect = _ASPECT.match(sentence.text, end)
    if aspect is None or not _CHANGED.search(sentence.text[max(0, start - 60):start]):
        return subject  # (a share `chiếm 52% về khối lượng` is of a whole, not a change of the goods)
    word = low(aspect.group("aspect"))
    tokens = list(sentence.tokens)
    figures = [(sentence.start + a, sentence.start + b) for a, b in spans]
    i = next((n for n, t in enumerate(tokens) if t.start - sentence.start >= start), len(tokens))
    goods = _traded(sentence, tokens, i, figures)
    said = _said_first(sentence.text[:start])
    market = said if said and all(w[:1].isupper() for w in said.split()) and said not in (goods or "") else None
    if goods:  # `Xuất khẩu hồ tiêu sang các thị trường: Đức tăng 20% về lượng`: the goods and the market of its clause
        return f"{word} {goods}" + (f" {'từ' if goods.startswith('nhập') else 'sang'} {market}" if market and ":" in sentence.text[:start] else "")
    owner = opening(sentence, tokens, i, figures)
    owner = said if said and (owner is None or said.startswith(owner) or ";" in sentence.text[:start] or "," in sentence.text[:start]) else owner
    # (`Xe/N ô/N tô tải/V`: the tagger cut the name; `..., Thái Lan tăng 388%`: the market of its own clause)
    measure = re.match(r"(?:(?i:tổng)\s+)?(?i:khối lượng|lượng|giá trị|kim ngạch|sản lượng|trị giá|doanh thu|số lượng|đơn giá)(?!\w)", owner or "")
    side = _SIDES.get(low(measure.group().split()[-1] if measure and len(measure.group().split()) == 1 else measure.group() if measure else ""))
    if owner is not None and measure and side and side != _SIDES.get(word) and len(owner[measure.end():].split()) >= 2:
        return f"{word} {_TIME_TAIL.sub('', owner[measure.end():].strip())}"  # `Lượng phân bón xuất khẩu ..., tăng 33%
        # về trị giá`: the value of the same goods, not their quantity
    if owner is None or re.match(r"(?i:tổng|khối lượng|lượng|giá trị|kim ngạch|sản lượng|trị giá|doanh thu|số lượng|đơn giá)(?!\w)", owner):
        return subject  # (`Tổng khối lượng giao dịch ... tăng 27,35% về lượng`: a measure's change says itself what it is)
    trade = re.search(r"(?i:xuất khẩu|nhập khẩu)", sentence.text[:start])
    if trade and all(w[:1].isupper() for w in owner.split()):  # `xuất khẩu ... : Nhật Bản tăng 304% về trị giá`: a market
        return f"{word} {low(trade.group())} {'sang' if low(trade.group()) == 'xuất khẩu' else 'từ'} {owner}"
    return f"{word} của {owner}"


# an opener that ranks what it names (`Tiếp theo là sàn X`, `Đứng đầu là Y`): no name of its own
_RANKED = re.compile(r"^(?i:tiếp theo|tiếp đến|kế đến|kế tiếp|đứng đầu|dẫn đầu|đứng thứ hai|thứ hai|sau đó|theo sau)\s+(?i:là)\s+")


def _said_first(text: str) -> str | None:
    """The words that open the last clause of `text` (after `;`, past a frame that ends at the first comma) up to its
    first verb of being, trade or change, when they are a short name with no number: `Xe ô tô tải | là ...`."""
    clause = text[max(text.rfind(";"), text.rfind(":")) + 1:].strip()
    last = clause[clause.rfind(",") + 1:].strip()  # `..., Thái Lan tăng 388%`: a market that opens its own part of a list
    if re.match(r"[^,;:()]+?\s+(?:tăng|giảm)(?!\w)", last) and last[:1].isupper():
        clause = last
    frame = re.match(r"([^,]*),\s*", clause)
    opened = frame is not None and any(" ".join(frame.group(1).lower().split()[:n]) in FRAMES for n in (1, 2, 3))
    clause = clause[frame.end():] if frame and opened else clause  # (`Theo Tổng cục Hải quan, | ...`)
    clause = _RANKED.sub("", clause)  # (`Tiếp theo là | sàn TikTok Shop tăng trưởng 121% về doanh số`: s64, set P186)
    found = re.match(r"(?P<name>[^,;:()]+?)\s+(?:là|đạt|có|tăng|giảm|với|chiếm|đứng|ước|nhập|xuất|đều)(?!\w)", clause)
    name = found.group("name").strip() if found else ""
    return name if 0 < len(name.split()) <= 8 and not re.match(r"(?i:cả nước|chúng ta|họ|đây|đó|nó)\b", name) else None


def _traded(sentence: Sentence, tokens: list[Token], i: int, figures: list[tuple[int, int]]) -> str | None:
    """A verb of trade before token `i` in its sentence (back to `;`) and the goods after it, past an amount
    (`nhập khẩu | 7,8 nghìn | ô tô nguyên chiếc các loại`)."""
    for k in range(i - 1, -1, -1):
        if tokens[k].text == ";":
            return None
        if tokens[k].pos != "V" or low(tokens[k].text) not in TRADES:
            continue
        n = k + 1
        while n < i and (in_figure(tokens[n], figures) or tokens[n].pos == "M" or any(c.isdigit() for c in tokens[n].text)
                         or n == k + 1 and low(tokens[n].text) == "được"):
            n += 1  # `nhập khẩu | 7,8 nghìn | ô tô`; `xuất khẩu được | 18.685 tấn quế` (s61)
        goods: list[Token] = []
        for t in tokens[n:i]:  # (the tagger takes `ô tô`, `nguyên` in goods for verbs and adverbs)
            word = low(t.text)
            if in_figure(t, figures) or t.pos in ("CH", "E", "C", "CC") or word in _ENDS or timely(t) or len(words_of(goods)) >= _MOST:
                break
            if word == "tính" and re.match(r"\s*(?i:đến|tới|từ|trong)(?!\w)", sentence.text[t.end - sentence.start:]):
                break  # `xuất khẩu | tính đến hết tháng 9`: a time, no goods
            goods.append(t)
        while goods and goods[-1].pos not in NOUN | {"L"} | {"V"}:
            goods.pop()
        if goods:
            return f"{low(tokens[k].text)} {phrase_text(sentence, goods)}"
    return None
