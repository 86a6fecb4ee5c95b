"""Language stage: paragraphs, sentences, words and part-of-speech tags with exact character offsets.

underthesea's `sent_tokenize` ignores newlines, so the text is split into paragraphs first; its
`pos_tag` segments words and tags them in one pass (Np proper noun, N noun, V verb, M number, ...);
vnie calls `fasttag.pos_tag`, which gives exactly the same words and tags, faster.
Every sentence and token carries `start`/`end` offsets into the article text, found by aligning
underthesea's output back onto the text, so a fact's evidence can always be cut from `text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from pipeline.errors import Skip
from pipeline.language import crop_words, fasttag, measure_modifiers, minerals, occasion_split
from pipeline.language.textnorm import fold

# Frequent Vietnamese function words (folded): their share of a page's words tells Vietnamese text.
_FUNCTION_WORDS = frozenset(
    "va cua cac la co duoc trong cho voi nhung da nay khong mot nguoi de tai theo ve tu khi den cung nhu "
    "se nhieu do ra vao tren thi hon bi con ong ba tinh ngay nam thang viec cong dong nganh phat trien".split()
)
_VIET_LETTERS = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    pos: str


@dataclass(frozen=True, init=False)
class Sentence:
    """A sentence with offsets into the article text; its tokens are tagged when first asked for.

    `analyse` gives each sentence the article text (`source`) instead of tokens: word segmentation and
    tagging, most of the language stage's time, then run only for the sentences an extractor looks into.
    The tokens are the same either way (`tag(source, start, end)`); tokens given at construction are kept.
    """

    text: str
    start: int
    end: int
    paragraph: int
    given_tokens: tuple[Token, ...] | None = field(default=None, repr=False, compare=False)
    source: str | None = field(default=None, repr=False, compare=False)

    def __init__(self, text: str, start: int, end: int, paragraph: int, tokens: tuple[Token, ...] | None = None,
                 source: str | None = None) -> None:
        for name, value in (("text", text), ("start", start), ("end", end), ("paragraph", paragraph),
                            ("given_tokens", None if tokens is None else tuple(tokens)), ("source", source)):
            object.__setattr__(self, name, value)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        if self.given_tokens is not None:
            return self.given_tokens
        if self.source is None:
            raise ValueError("a Sentence needs its tokens or the text it was cut from")
        return tag(self.source, self.start, self.end)

    @property
    def tagged(self) -> bool:
        """True once the tokens exist (given, or asked for)."""
        return self.given_tokens is not None or "tokens" in self.__dict__


@dataclass(frozen=True)
class Analysis:
    """An article's text cut into sentences of tagged tokens."""

    text: str
    sentences: tuple[Sentence, ...]


def vietnamese_share(text: str) -> float:
    """Share of words that are frequent Vietnamese function words (0 for English, about 0.3 for news)."""
    words = re.findall(r"[^\W\d_]+", text[:20000])
    if not words:
        return 0.0
    hits = sum(1 for w in words if fold(w) in _FUNCTION_WORDS)
    marked = sum(1 for w in words if _VIET_LETTERS.search(w))
    return min(hits / len(words), marked / len(words) * 2)


def check_vietnamese(text: str, min_chars: int, min_share: float) -> None:
    """Raise `Skip` when the text is too short or not Vietnamese."""
    if len(text.strip()) < min_chars:
        raise Skip("empty", f"main text has {len(text.strip())} characters, fewer than {min_chars}")
    share = vietnamese_share(text)
    if share < min_share:
        raise Skip("not_vietnamese", f"Vietnamese word share {share:.2f} below {min_share}")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line of the text; a line wrapped inside a sentence (it ends in a letter or a
    comma and the next line, with no blank line between, goes on in lower case: `sử dụng năng` / `lượng tiết kiệm`)
    is one paragraph with the next, and so is a line that ends in a unit's abbreviation before a place's name (`Chủ tịch
    UBND TP.` / `Đà Nẵng chia sẻ`) and a run of lines of one or two words each (a text that came one word per line: `Tối` /
    `7.11.2016,` / `tại` / `buổi` ...)."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            lines.append((start, end))
    scattered = _scattered(text, lines)
    pending: tuple[int, int] | None = None
    for n, (start, end) in enumerate(lines):
        if pending is not None and text[pending[1]:start].count("\n") == 1 and (
                (_WRAPPED_END.search(text[pending[0]:pending[1]]) and text[start].islower()) or (scattered[n - 1] and scattered[n])
                or (_UNIT_DOT.search(text[pending[0]:pending[1]]) and _PLACE_OPENS.match(text, start))):  # (`Chủ tịch UBND TP.` / `Đà Nẵng`)
            pending = (pending[0], end)
            continue
        if pending is not None:
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


_WRAPPED_END = re.compile(r"(?:[^\W\d_]|,)$")
_SCATTERED_RUN = 8  # lines of one or two words in a row that make a text scattered one word per line


def _scattered(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    """For each line, whether it lies in a run of at least `_SCATTERED_RUN` lines of at most two words each, one
    newline apart."""
    short = [len(text[s:e].split()) <= 2 for s, e in lines]
    out = [False] * len(lines)
    n = 0
    while n < len(lines):
        if not short[n]:
            n += 1
            continue
        m = n
        while m + 1 < len(lines) and short[m + 1] and text[lines[m][1]:lines[m + 1][0]].count("\n") == 1:
            m += 1
        if m - n + 1 >= _SCATTERED_RUN:
            out[n:m + 1] = [True] * (m - n + 1)
        n = m + 1
    return out


def _align(text: str, piece: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Offsets of `piece` in `text` at or after `pos`, ignoring differences in whitespace."""
    found = text.find(piece, pos, limit)
    if found >= 0 and not text[pos:found].strip():
        return found, found + len(piece)
    chars = [c for c in piece if not c.isspace()]
    i = pos
    while i < limit and text[i].isspace():
        i += 1
    start = i
    for c in chars:
        while i < limit and text[i].isspace():
            i += 1
        if i >= limit or text[i] != c:
            return None if found < 0 else (found, found + len(piece))
        i += 1
    return start, i


@lru_cache(maxsize=1)
def _underthesea():
    import underthesea  # loaded once per process

    return underthesea


def split_sentences(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, paragraph index) of every sentence."""
    uts = _underthesea()
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        cursor = p_start
        spans: list[tuple[int, int]] = []
        for sent in uts.sent_tokenize(text[p_start:p_end]):
            if not sent.strip():
                continue
            span = _align(text, sent.strip(), cursor, p_end)
            if span is None:
                continue
            spans.append(span)
            cursor = span[1]
        if cursor < p_end and text[cursor:p_end].strip():
            rest = len(text[cursor:p_end]) - len(text[cursor:p_end].lstrip())
            spans.append((cursor + rest, p_end))
        for start, end in _rejoined(text, spans):
            for stamp in list(_STAMP_OPENS.finditer(text, start, end)):  # ` date 2018-11 Sản lượng than ...`: a page's date
                if stamp.start() > start and text[start:stamp.start()].strip():  # stamp, a sentence of its own
                    yield start, start + len(text[start:stamp.start()].rstrip()), number
                yield stamp.start(), stamp.start() + len(stamp.group().rstrip()), number
                start = stamp.end()
            yield start, end, number


# a page's date stamp, as text tools and some stored pages write it opening a line (`date: 2022-09-07`, ` date 2025-12-01
# Vừa qua, ...`): its year, month and day (`facts.dates.STAMP` reads the article's date from it)
DATE_STAMP = r"(?i:date)[ \t]*:?[ \t]*((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?"
_STAMP_OPENS = re.compile(rf"(?:(?<=\n)|(?<=\n[ \t])|(?<![\s\S])|(?<=^[ \t])){DATE_STAMP}[ \t]+(?=\S)")  # (a sentence of its own)


# `I.C.E`, `T.N.H.H`: single capitals with dots, broken after a dot before the next capital, are one abbreviation
_DOTTED = re.compile(r"(?<![\w.])(?:[A-ZĐ]\.){2,}$|(?<![\w.])[A-ZĐ]\.[A-ZĐ]\.$|(?<=[A-ZĐ]\.)[A-ZĐ]\.$")
_LETTER_ON = re.compile(r"[A-ZĐ](?:\.|\s|$)")
# `TX. Tân Châu`, `H. Châu Thành`, `PGS. Nguyễn Văn A`: an abbreviated unit or degree before a name, not a sentence's end
_UNIT_DOT = re.compile(r"(?<![\w.])(?:TX|TP|Tp|TT|Q|H|P|X|TS|PGS|GS|ThS|Th\.S|KS|BS|NCS)\.$")
# a place's name opening a line: two capitalised words or initials (`Đà Nẵng chia sẻ`, `HCM`; not `Tổng mức đầu tư`)
_PLACE_OPENS = re.compile(r"[A-ZĐÀ-Ỹ][^\s]*\s+[A-ZĐÀ-Ỹ]|[A-ZĐ]{2,}(?![^\W\d_])")
# `14.386.322. 000 đồng`: a number whose last group a stray space cut off after its dot, not a sentence's end
_GROUP_DOT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+\.$")
# `GO! Tuyên Quang`: a brand of capital letters with its exclamation mark, not a sentence's end
_BRAND_BANG = re.compile(r"(?<![\w.])[A-Z]{1,4}!$")


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans with the breaks inside a name joined again: a period glued to a lowercase letter
    (`Co.opMart`, `Co.op`), the dots of an abbreviation of single capitals (`I.C.E`, `T.N.H.H`) or of a unit or degree
    before a name (`TX. Tân Châu`, `PGS. Nguyễn Văn A`), the exclamation mark of an upper-case brand (`GO! Tuyên Quang`) and
    a question or exclamation mark inside a title that the sentence goes on after in lower case (`... thì hợp lý? vào lúc`),
    and the dot of a number whose last group a stray space cut off (`14.386.322. 000 đồng`), and the dot that glues a brand's
    initials to its name with no space (`TV.Pharm`)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            glued = prev_end == start and text[prev_end - 1:prev_end] == "." and text[start:start + 1].islower()
            glued = glued or (_DOTTED.search(text[prev_start:prev_end]) is not None and _LETTER_ON.match(text, start) is not None)
            glued = glued or (_UNIT_DOT.search(text[prev_start:prev_end]) is not None and (text[start:start + 1].isupper() or (
                text[start:start + 1].isdigit() and re.search(r"(?<![\w.])[QP]\.$", text[prev_start:prev_end]) is not None)))  # (`Q. 4`)
            brand = _BRAND_BANG.search(text[prev_start:prev_end]) is not None and text[start:start + 1].isupper()
            # `tọa đàm Cuộc sống hiện đại: Trả giá bao nhiêu thì hợp lý? vào lúc 18 giờ ...`: a title's question mark
            glued = glued or (text[prev_end - 1:prev_end] in "?!" and text[start:start + 1].islower())
            glued = glued or (_GROUP_DOT.search(text[prev_start:prev_end]) is not None and re.match(r"\d{3}(?!\d)", text[start:]) is not None)
            glued = glued or (prev_end == start and re.search(r"(?<![\w.])[A-ZĐ]{1,5}\.$", text[prev_start:prev_end]) is not None
                              and re.match(r"[A-ZĐ][a-zà-ỹđ]", text[start:]) is not None)  # `Dược phẩm TV.Pharm`: a brand's initials
            # glued by a dot to its name, no space after it (s56, set P132)
            if glued or brand:
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def tag(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Word-segment and POS-tag `text[start:end]`, with offsets into `text`."""
    tokens = []
    cursor = start
    for word, pos in fasttag.pos_tag(text[start:end]):
        span = _align(text, word, cursor, end)
        if span is None:
            continue
        tokens.append(Token(text[span[0]:span[1]], span[0], span[1], pos))
        cursor = span[1]
    tokens = minerals.retagged(measure_modifiers.mended(occasion_split.split(_unglued(tokens), Token), Token), Token)
    return tuple(crop_words.joined(tokens, Token, fasttag.pos_tag))


def _unglued(tokens: list[Token]) -> list[Token]:
    """Tokens with the qualifier `ước` (estimated) split off the word the segmenter glued it to before `đạt`/`tính`
    (`khoáng sản ước | đạt 180 tỷ đồng`, `lữ hành ước | đạt`): the noun keeps its tag, `ước` becomes an adverb; and a
    noun of measure the tagger took for a verb tagged as the noun it is (`_ONLY_NOUNS`); `nhà` and `ở` the segmenter left
    apart joined into `nhà ở` (housing) unless a place or a number follows."""
    out: list[Token] = []
    for n, t in enumerate(tokens):
        nxt = tokens[n + 1].text.lower() if n + 1 < len(tokens) else ""
        glued = " " in t.text and t.text.split()[-1].lower() == "ước" and nxt in ("đạt", "tính")
        if glued:
            head, tail = t.text[:t.text.rfind(" ")], t.text.split()[-1]
            head_pos = "N" if t.pos == "V" and head.lower() in _GOODS | _ONLY_NOUNS else t.pos  # (`gạo ước/V | đạt`: the goods)
            if re.fullmatch(r"[A-ZĐ][A-Za-z]*\d\w*", head):
                head_pos = "Np"  # a code glued to `ước` (`CO2 ước/V`, `CO2 ước/N`): a name
            elif head_pos == "V":  # the tag was the glued word's: the head alone tagged again (`hạt điều khô ước/V`: `khô`
                retagged = [pos for w, pos in fasttag.pos_tag(head)[:1] if w == head]  # an adjective)
                head_pos = retagged[0] if retagged else head_pos
            out += [Token(head, t.start, t.start + len(head), head_pos), Token(tail, t.end - len(tail), t.end, "R")]
        elif t.text.lower() == "ở" and out and out[-1].text.lower() == "nhà" and out[-1].end + 1 == t.start and (
                n + 1 == len(tokens) or not tokens[n + 1].text[:1].isupper() and not tokens[n + 1].text[:1].isdigit()
                or len(out) > 1 and out[-2].text.lower() == "khu"):
            out[-1] = Token(f"{out[-1].text} {t.text}", out[-1].start, t.end, "N")  # `Khu nhà ở cho học sinh`, `Khu nhà ở Đại Nam`:
            # housing (not `nhà ở Hà Nội`, a house in a place)
        elif (acronym := _ACRONYM_GLUED.match(t.text)) is not None and t.text[acronym.end()].islower():  # `BĐBP biểu dương`:
            # an acronym the segmenter glued to the next word (not `CCN Đại Nghĩa`: `[à-ỹ]` holds capitals too, `Đ`, `Ấ`)
            out.append(Token(acronym.group(1), t.start, t.start + len(acronym.group(1)), "Np"))  # the rest tagged alone
            rest = t.text[acronym.end():]
            tags = [pos for w, pos in fasttag.pos_tag(rest)[:1] if w == rest and pos not in ("M", "Np")]  # (`biểu dương` alone: M)
            out.append(Token(rest, t.start + acronym.end(), t.end, tags[0] if tags else "V"))
        elif " " in t.text and t.text.rsplit(" ", 1)[1] == "đạt" and t.text.lower() not in _DAT_WORDS and (
                nxt[:1].isdigit() or nxt in _REACHED) and (t.text.count(" ") > 1 or not out or out[-1].text in (",", ";", "và")):
            # (one syllable only as a list's item: not `xuất | siêu đạt`, a word split across the two)  # `sản phẩm mây, tre, cói, thảm đạt | hơn 507 triệu USD`, `Hòa Phát đạt
            head = t.text[:t.text.rfind(" ")]  # | doanh thu`: a noun the segmenter glued to the verb of reaching a figure
            tags = [pos for w, pos in fasttag.pos_tag(head)[:1] if w == head]
            out += [Token(head, t.start, t.start + len(head), tags[0] if tags and tags[0] in ("Np", "Nc", "Ny") else "N"), Token("đạt", t.end - 3, t.end, "V")]
        elif len(out) >= 2 and f"{out[-2].text} {out[-1].text} {t.text}".lower() in ("nhỏ và vừa", "vừa và nhỏ") \
                and out[-2].end + 1 == out[-1].start and out[-1].end + 1 == t.start:
            out[-2:] = [Token(f"{out[-2].text} {out[-1].text} {t.text}", out[-2].start, t.end, "A")]  # `doanh nghiệp nhỏ và vừa`: one
            # size (not the auxiliary `vừa`, `just`, before the verb: `... nhỏ và vừa | chiếm hơn 90%`)
        elif t.text.lower() == "ước" and t.pos != "R" and nxt in ("đạt", "tính", "khoảng"):
            out.append(Token(t.text, t.start, t.end, "R"))  # `diện tích gieo trồng ước/V | đạt`: the qualifier, as when glued
        elif t.pos == "V" and out and out[-1].text.lower() == "phiếu" and t.text.lower() in _VOTES:
            out.append(Token(t.text, t.start, t.end, "N"))  # `số phiếu tín nhiệm/V 100%`: a kind of vote
        elif t.pos == "V" and t.text.lower() == "thu" and nxt in _REVENUES and not (out and out[-1].pos in ("N", "Np", "Ny", "Nc")):
            # (not `Hải quan Quảng Trị thu/V ngân sách`: a subject's verb)
            out.append(Token(t.text, t.start, t.end, "N"))  # `thu/V nội địa 10.152 tỷ đồng`: revenue, the noun
        elif t.pos == "V" and t.text.lower() in _VOLTAGES and out and out[-1].pos in ("N", "Nc"):
            out.append(Token(t.text, t.start, t.end, "A"))  # `đường dây trung áp/V 478km`: the line's voltage, an adjective
        elif t.text.lower() == "không" and out and out[-1].text.lower() == "trên" and out[-1].end + 1 == t.start and len(out) > 1 \
                and (out[-2].text.lower() in _VOLTAGES or out[-2].text.lower() in ("đường dây", "cáp")):
            out[-1] = Token(f"{out[-1].text} {t.text}", out[-1].start, t.end, "A")  # `đường dây trung áp trên không`: overhead
        elif t.text.lower() == "thêm" and len(out) >= 2 and out[-1].text.lower() == "tăng" and out[-2].text.lower() == "giá trị" \
                and out[-2].end + 1 == out[-1].start and out[-1].end + 1 == t.start:
            out[-2:] = [Token(f"{out[-2].text} {out[-1].text} {t.text}", out[-2].start, t.end, "N")]  # `Giá trị tăng/V thêm/V`: value
            # added, one measure (`giá trị tăng thêm của ngành công nghiệp chế biến, chế tạo tăng trên 30%`)
        elif t.pos == "V" and t.text.lower() == "bán lẻ" and (nxt in ("hàng hóa", "hàng hoá", "hàng") and (
                not out or out[-1].pos == "CH" or out[-1].text.lower() in ("mức", "tổng mức")) or out and out[-1].text.lower() in (
                "hóa", "hoá", "hàng hóa", "hàng hoá")):
            out.append(Token(t.text, t.start, t.end, "N"))  # `Trong đó, bán lẻ/V hàng hóa ước đạt`, `lưu chuyển hàng hóa bán lẻ/V
            # và doanh thu dịch vụ`: retail, the measure's noun
        elif t.pos == "V" and t.text.lower() in _GOODS and nxt in _FIGURE_NEXT and (not out or out[-1].pos == "CH" or out[-1].text.lower() in (
                "đó", "là", "như", "và", "riêng", "còn")):
            out.append(Token(t.text, t.start, t.end, "N"))  # `Trong đó gạo/V ước đạt 114 triệu USD`: goods opening an item (s59, set P155)
        elif t.pos == "V" and t.text.lower() in _SECTORS and (not out or out[-1].pos == "CH" or out[-1].text.lower() in ("là", "như", "và")):
            out.append(Token(t.text, t.start, t.end, "N"))  # `, dệt may/V tăng 35,64%`: a sector opening an item of a list (s54, set P114)
        elif t.pos in ("V", "A") and out and (out[-1].text.lower(), t.text.lower()) in _KINDS_OF:
            out.append(Token(t.text, t.start, t.end, "N"))  # `công nghiệp hỗ trợ/V`, `nước giải khát/V`: the kind, not a verb
        elif t.pos == "V" and t.text.lower() in _ONLY_NOUNS:
            out.append(Token(t.text, t.start, t.end, "N"))  # `mang về doanh thu/V 100 tỷ đồng`: a noun the tagger took for a verb
        else:
            out.append(t)
    return out


_DAT_WORDS = frozenset({"truyền đạt", "diễn đạt", "biểu đạt", "thành đạt", "đỗ đạt", "chuyển đạt", "thông đạt", "phát đạt", "tống đạt",
                        "tiếp đạt", "ước đạt"})  # words that end in `đạt` and are no noun glued to it
_REACHED = frozenset({"hơn", "gần", "khoảng", "trên", "xấp xỉ", "tới", "mức", "gần như", "trung bình", "bình quân", "doanh thu",
                      "doanh số", "kim ngạch", "lợi nhuận", "sản lượng", "giá trị", "tổng doanh thu", "tổng giá trị"})
_VOTES = frozenset({"tín nhiệm", "bầu", "tán thành", "ủng hộ", "thuận", "chống", "phản đối"})  # after `phiếu`: what the votes say
_ACRONYM_GLUED = re.compile(r"([A-ZĐ]{2,}[A-ZĐ0-9&]*)\s+(?=[a-zà-ỹđ])")  # `BĐBP | biểu dương`
# nouns of measure the tagger sometimes tags as verbs (`Công ty mang về doanh thu/V 100 tỷ đồng`), never verbs themselves
_ONLY_NOUNS = frozenset({"doanh thu", "doanh số", "kim ngạch", "lợi nhuận", "sản lượng", "diện tích", "công suất", "tổng doanh thu",
                          "tổng thu", "tổng chi", "vận tốc", "tốc độ", "trọng lượng", "chiều dài", "phiếu", "động đất", "tâm bão",
                          "khai khoáng", "nhiệt điện", "thủy điện", "thuỷ điện", "phong điện",  # (`nhà máy nhiệt điện/V`: the plant's kind, s48 set P66)
                          "thủy sản", "thuỷ sản", "hải sản", "nông sản", "lâm sản", "tơ tằm", "sứ vệ sinh", "tinh bột",
                          "linh kiện", "phụ tùng", "phụ kiện", "dược phẩm", "hóa chất", "hoá chất", "axit", "axít", "tinh quặng"})  # goods read as
# verbs (`Trong đó thủy sản/V đạt 484 triệu USD`, `và tơ tằm/V đạt`: s59, sets P151 and P155; `tinh bột/V sắn`, `máy tính và
# linh kiện/V cũng đạt`: s60, set P157; `axit/V sunfuaric`, `tinh quặng/V chì`: set P159)
_SECTORS = frozenset({"dệt may", "may mặc", "da giày"})  # sectors the tagger reads as verbs
# goods the tagger sometimes reads as verbs when they open an item of a list, before the verb that gives their figure
_GOODS = frozenset({"gạo", "cà phê", "hạt điều", "hồ tiêu", "cao su", "chè", "sắn", "tôm", "cá tra", "rau quả", "trái cây", "gỗ",
                    "sắt thép", "phân bón", "xi măng", "than", "dầu thô", "xăng dầu", "giày dép", "điện thoại"})
_FIGURE_NEXT = frozenset({"đạt", "ước", "ước đạt", "tăng", "giảm", "chiếm", "khoảng", "hơn", "gần"})
_KINDS_OF = frozenset({("công nghiệp", "hỗ trợ"), ("nước", "giải khát"),  # a noun and the verb that names its kind (s53, set P108)
                       ("đá", "xây dựng"), ("vật liệu", "xây dựng"), ("gạch", "xây dựng"), ("cát", "xây dựng"),  # (`Đá xây dựng/V`: s60, set P157)
                       ("hàng", "thủ công"), ("sản phẩm", "thủ công"), ("nghề", "thủ công")})  # (`hàng thủ công/V mỹ nghệ`: s60, set P160)
_VOLTAGES = frozenset({"trung áp", "hạ áp", "cao áp", "siêu cao áp", "trung thế", "hạ thế", "cao thế"})  # after a noun: its voltage
_REVENUES = frozenset({"nội địa", "xuất nhập khẩu", "xuất khẩu", "nhập khẩu", "ngân sách", "thuế", "hải quan", "từ dầu thô"})  # after `thu`
# (`76,69% phiếu/V bầu`, `Trận động đất/V mạnh 7,8 độ Richter`, `vị trí tâm bão/V cách Vũng Tàu`)


def analyse(text: str, lazy: bool = True) -> Analysis:
    """Sentences and tagged tokens of an article's text.

    lazy: tag each sentence when its `tokens` are first read (the default), or all of them now.
    """
    sentences = tuple(Sentence(text[s:e], s, e, para, source=text) for s, e, para in split_sentences(text))
    if not lazy:
        for sentence in sentences:
            _ = sentence.tokens
    return Analysis(text, sentences)
