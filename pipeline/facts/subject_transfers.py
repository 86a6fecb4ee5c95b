"""The money a verb hands over, when nothing else names an amount: `số tiền` + the verb + whom it goes to, named after
`cho` before or after the amount (`Lý đã đưa cho Tuấn tổng cộng 450 triệu đồng`: `số tiền đưa cho Tuấn`; `AVG đã chuyển
trả 2.500 tỉ đồng cho Mobifone`: `số tiền chuyển trả cho Mobifone`), or the act it pays for after `để` (`sử dụng hơn 31
triệu USD ... để bảo đảm an ninh`: `số tiền sử dụng để bảo đảm an ninh`), or the voice it is handed over in (`được trao
200.000 euro`: `số tiền được trao`). Without it a reader is left with a bare sum and cannot tell a payment from a price.
`priced_each` reads the other side of a price: the thing each of which costs a sum (`, mỗi suất ăn của học sinh 15.000 đồng`)."""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure, phrase_text
from pipeline.facts.subject_lexicon import NOUN, kind_of, low, timely, words_of
from pipeline.language.analysis import Sentence, Token

# verbs that hand a sum over to someone or spend it (the sum their object)
TRANSFERS = frozenset({
    "đưa", "chuyển", "chuyển trả", "chuyển khoản", "trả", "trả lại", "hoàn trả", "hoàn lại", "trao", "tặng", "trao tặng", "biếu",
    "gửi", "giao", "nộp", "nộp lại", "chi", "chi trả", "cho vay", "vay", "tạm ứng", "ứng", "đặt cọc", "sử dụng", "dùng", "quyên góp",
    "ủng hộ", "hỗ trợ", "tài trợ", "góp", "giúp", "bồi thường", "đền bù", "truy thu", "thu hồi", "thưởng", "cấp", "giải ngân", "rót", "chuyển nhượng",
    "bỏ ra", "đóng góp", "thanh toán", "khắc phục", "chiếm đoạt", "thu về", "thu lợi", "phạt", "xử phạt", "chi ra", "nhận", "nhận được",
    "mượn", "nhận hối lộ", "phạt hành chính", "xử phạt hành chính", "đóng", "đóng thêm", "quyên", "quyên được", "quyên góp được", "giữ lại",
    "hụt thu", "bị mất", "bị lừa", "bị chiếm đoạt", "trộm", "lấy trộm", "trộm cắp", "cướp", "quỵt", "bị quỵt", "chặt chém",
    "bị chặt chém", "lừa", "lừa đảo", "lừa lấy", "cam kết", "cam kết tài trợ", "cam kết hỗ trợ", "viện trợ",
})
# verbs of giving whose recipient may stand right after them, with no `cho` (`hỗ trợ gia đình nạn nhân 10 triệu đồng`)
GIFTS = frozenset({"hỗ trợ", "ủng hộ", "tặng", "trao", "trao tặng", "biếu", "bồi thường", "đền bù", "thưởng", "tài trợ", "chuyển"})
# verbs that say alone what a sum is (`chiếm đoạt 49 tỉ đồng`: `số tiền chiếm đoạt`); `trả`, `đưa` alone may be a price
_PLAIN = frozenset({"chiếm đoạt", "thu về", "hỗ trợ", "ủng hộ", "quyên góp", "bồi thường", "đền bù", "tài trợ", "chi", "chi ra", "bỏ ra",
                    "giải ngân", "tạm ứng", "thưởng", "truy thu", "đóng góp", "khắc phục", "cho vay", "quyên", "chi trả", "giữ lại",
                    "quyên được", "quyên góp được", "tặng", "trao tặng", "biếu", "hụt thu", "bị mất", "bị lừa",
                    "bị chiếm đoạt", "trộm", "lấy trộm", "trộm cắp", "cướp", "quỵt", "bị quỵt", "chặt chém", "bị chặt chém",
                    "lừa", "lừa đảo", "lừa lấy", "cam kết", "cam kết tài trợ", "cam kết hỗ trợ", "viện trợ"})
_SPENDS = frozenset({"chi", "chi ra", "bỏ ra", "giải ngân", "tạm ứng", "dùng", "sử dụng", "hỗ trợ", "tài trợ"})  # verbs whose sum an act right after it spends
_FINES = frozenset({"phạt", "xử phạt", "phạt hành chính", "xử phạt hành chính"})  # `xử phạt hành chính người hành hung 2,5 triệu đồng`
_RECEIVES = frozenset({"nhận", "vay", "mượn", "lấy", "chiếm đoạt", "thu", "nhận hối lộ", "nhận được"})  # `nhận của X`: from whom
_MONEY_WORDS = frozenset({"số", "tiền", "khoản", "nguồn", "kinh phí", "vốn", "quỹ", "số tiền", "nguồn vốn"})  # money, never whom (`hỗ trợ nguồn kinh phí`)
_VICTIM = frozenset({"bị hại", "bị", "hại"})  # `gia đình bị hại`, which the tagger may split into two verbs
_BETWEEN = frozenset({"tổng cộng", "tổng", "thêm", "tất cả", "lại", "ngay", "luôn", "trước", "là", "số tiền", "khoản tiền",
                      "tổng số tiền"})  # words between the verb and the sum (`trao số tiền 56 triệu đồng cho X`)
_VOICE = frozenset({"được", "bị"})
_STOPS = frozenset({"sau", "trước", "khi", "sau khi", "trước khi", "trong", "vào", "tại", "ở", "từ", "theo", "do", "vì", "hôm", "ngày",
                    "tháng", "năm", "nhưng", "và", "thì", "mà"})  # words of time, place or a next clause: no part of whom or what for
_MOST = 10  # words a recipient or an act runs to at most (`công ty CP Thiết bị Nội ngoại thất Dầu khí`)
_ACTS = frozenset({"việc", "công tác", "hoạt động"})


def transferred(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]]) -> str | None:
    """For a sum at `sentence.text[start:end]` that the verb before it hands over (`TRANSFERS`, with whom it goes to
    after `cho` in between): `số tiền` + the verb (with `được`/`bị` before it) + `cho` whom (before or after the sum) or
    `để` + the act after the sum; else None. `spans`: the sentence's figures, as sentence offsets."""
    tokens = list(sentence.tokens)
    absolute = [(sentence.start + a, sentence.start + b) for a, b in spans]
    first = next((n for n, t in enumerate(tokens) if t.end > sentence.start + start), len(tokens))
    i = first - 1
    while i >= 0 and _verb(tokens, i) is None:  # (not the `lại` of `giữ lại`, `trả lại`)
        if i >= 1 and low(f"{tokens[i - 1].text} {tokens[i].text}") in _BETWEEN:
            i -= 2  # `số/N tiền/N`
        elif low(tokens[i].text) in _BETWEEN:
            i -= 1
        else:
            break
    if i >= 0 and tokens[i].text == ")":  # `xử phạt tài xế Nguyễn Duy Hiếu (37 tuổi) | 7,5 triệu đồng`: an aside between
        i = next((n for n in range(i - 1, max(-1, i - 10), -1) if tokens[n].text == "("), 0) - 1
    i = _past_items(tokens, i)  # `tặng quà gồm hai bức tranh và | 20 triệu đồng`: the last of the verb's objects
    recipient: list[Token] = []
    gift: Token | None = None
    given = False  # whom, right after a verb of giving with no `cho` (`hỗ trợ gia đình nạn nhân | 10 triệu đồng`)
    compound = i >= 2 and tokens[i].pos == "V" and tokens[i - 1].pos == "N" and tokens[i - 1].text.islower()  # `ban đại diện/V`
    if i >= 1 and (tokens[i].pos in NOUN or low(tokens[i].text) in _VICTIM or compound):  # `đưa cho Tuấn | 450 triệu đồng`: whom,
        s = i  # between the verb and the sum (`gia đình bị hại`: the victim's)
        while s >= 0 and (tokens[s].pos in NOUN | {"L"} or low(tokens[s].text) in _VICTIM or s == i) and not in_figure(tokens[s], absolute) \
                and i - s < _MOST:
            s -= 1
        if s >= 1 and low(tokens[s].text) == "cho":
            recipient, i = tokens[s + 1:i + 1], s - 1
            if _verb(tokens, i) is None and i >= 1 and tokens[i].pos in ("N", "Np") and _verb(tokens, i - 1) is not None:
                i, gift = i - 1, tokens[i]  # `thưởng Tết | cho mỗi nhân viên`: the verb's own object before `cho`
        elif s >= 1 and low(tokens[s].text) == "của" and (_verb(tokens, s - 1) or (0, ""))[1] in _RECEIVES:
            recipient, i, given = tokens[s:i + 1], s - 1, True  # `nhận của Sơn | 20 tỷ đồng`: whom it comes from
        elif s >= 0 and (_verb(tokens, s) or (0, ""))[1] in GIFTS | _FINES and (tokens[s + 1].pos in ("N", "Nc") or tokens[s + 1].pos == "Np" and (
                _verb(tokens, s) or (0, ""))[1] in _FINES) \
                and (kind_of(tokens[s + 1:i + 1]) or ("",))[0] not in ("measure", "time", "generic") and low(tokens[s + 1].text) not in _MONEY_WORDS:
            recipient, i, given = tokens[s + 1:i + 1], s, True
    verb = _verb(tokens, i)
    if verb is None:
        return None
    v, said = verb
    voice = [low(t.text) for n, t in enumerate(tokens[max(0, v - 2):v], start=max(0, v - 2)) if low(t.text) in _VOICE and (
        n == v - 1 or n == 0 or tokens[n - 1].pos != "V")]  # (`được | chi trả`, `được Eximbank | tạm ứng`; not `giải thích được | ông chi trả`)
    said = " ".join(voice[-1:] + [said] + ([gift.text if gift.pos == "Np" else low(gift.text)] if gift is not None else []))
    if recipient:
        return f"số tiền {said} {'' if given else 'cho '}{phrase_text(sentence, recipient)}"
    k = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + end), len(tokens))
    if k + 1 < len(tokens) and low(tokens[k].text) in ("cho", "để", "nhằm"):
        after = _run(tokens, k + 1, absolute, nouns_only=low(tokens[k].text) == "cho")
        if after:
            whom = " ".join(sentence.text[after[0].start - sentence.start:after[-1].end - sentence.start].split()) \
                if after[0].pos == "M" else phrase_text(sentence, after)  # (`cho 3 cơ sở ...`: how many, kept)
            return f"số tiền {said} {low(tokens[k].text)} {whom}"
    if k < len(tokens) and tokens[k].pos == "V" and verb[1] in _SPENDS and not in_figure(tokens[k], absolute):
        after = _run(tokens, k, absolute, nouns_only=False)  # `chi ra 1,1 tỉ đồng | lắp đặt hệ thống điện mặt trời`: the act paid for
        if after and any(t.pos in NOUN for t in after):
            return f"số tiền {said} {phrase_text(sentence, after)}"
    return f"số tiền {said}" if voice or said in _PLAIN else None  # (`AVG trả 2.500 tỉ đồng` alone: whom unknown, a price as likely)


def money_named(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], subject: str | None) -> str | None:
    """`subject` for the sum at `sentence.text[start:end]`, or the money a verb hands over (`transferred`) in its place when
    the subject is none, a bare verb of `TRANSFERS` the money reading says more of (`bồi thường hơn 348 tỉ đồng cho khách`:
    `số tiền bồi thường cho khách`), or only whom it goes to (`xử phạt tài xế xe khách 7,5 triệu đồng`: `số tiền xử phạt tài
    xế xe khách`; `trả cho gái bán dâm là 200.000 đồng`)."""
    handed = transferred(sentence, start, end, spans)
    if not handed:
        return subject
    if subject is None:
        return handed
    said = low(subject)
    if said in _BETWEEN:
        return handed  # a bare `số tiền`: the money with the verb that hands it over
    if said in TRANSFERS:
        return handed if len(handed) > len(f"số tiền {subject}") else subject
    verb = handed[len("số tiền "):-len(subject)].strip() if handed.endswith(" " + subject) else ""
    verb = verb[:-len(" cho")] if verb.endswith(" cho") else verb
    return handed if verb in TRANSFERS else subject


def _past_items(tokens: list[Token], i: int) -> int:
    """When token `i` is the `và` before the last item of a list a verb of `TRANSFERS` hands over (`trao 50 suất quà và |
    30 triệu đồng`, `tặng quà gồm hai bức tranh và | 20 triệu đồng`): the verb's last token; else `i`."""
    if i < 1 or low(tokens[i].text) != "và":
        return i
    n = i - 1
    while n >= 0 and i - n <= _MOST and _verb(tokens, n) is None and (
            tokens[n].pos in NOUN | {"M", "L", "A"} or tokens[n].text == "," or low(tokens[n].text) in ("gồm", "gồm có", "bao gồm")):
        n -= 1
    return n if n < i - 1 and _verb(tokens, n) is not None else i


def _verb(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """(first token, words) of a verb of `TRANSFERS` ending at token `i` (one or two tokens), else None."""
    for n in (i - 1, i):
        if n >= 0 and i >= 0 and (tokens[i].pos == "V" or " " in tokens[i].text and tokens[i].pos == "N" or low(tokens[i].text) == "chi"
                                  or n == i - 1 and tokens[n].pos == "V"):
            # (`chiếm đoạt/N`; the tagger takes `chi` for a pronoun; `thu/V về/E`)
            words = " ".join(low(t.text) for t in tokens[n:i + 1])
            if words in TRANSFERS:
                return n, words
    return None


def _run(tokens: list[Token], k: int, spans: list[tuple[int, int]], nouns_only: bool) -> list[Token]:
    """The words from token `k` that name whom a sum goes to (`nouns_only`: nouns) or the act it pays for (a verb and its
    object), up to punctuation, another figure or `_MOST` words; [] when they do not open with a noun or a verb."""
    opens = NOUN if nouns_only else {"V"}
    k += 1 if low(tokens[k].text) in ("các", "những", "một") and k + 1 < len(tokens) else 0  # `cho | các nỗ lực PR`
    counted = nouns_only and tokens[k].pos == "M" and k + 1 < len(tokens) and tokens[k + 1].pos in NOUN  # `cho | 3 cơ sở ...`: a count of whom
    if tokens[k].pos not in opens and not counted:
        return []
    if nouns_only and low(tokens[k].text) in _ACTS:
        nouns_only = False  # `ứng 150 tỉ đồng cho việc giải tỏa`: the act paid for
    run: list[Token] = []
    for n, t in enumerate(tokens[k:], start=k):
        named = n + 1 < len(tokens) and tokens[n + 1].pos in NOUN and len(run) == 1 and run[0].text.islower() or (
            bool(run) and any(c.isupper() for c in t.text)) or [low(u.text) for u in run] == ["khoản"]  # `ban | quản trị ...`; a name's
        # word tagged a verb (`Thiết bị`, `châu Phi`); `khoản | thu bắt buộc`
        last = bool(run) and (n + 1 == len(tokens) or tokens[n + 1].pos == "CH")  # `cho các chiến dịch quảng cáo/V.`: a verb ending it
        own = counted and in_figure(t, [span for span in spans if span[0] <= tokens[k].start < span[1]])  # (the count's own words)
        if in_figure(t, spans) and not own or t.pos not in NOUN | {"V", "A", "L"} and not own or len(words_of(run)) >= _MOST \
                or low(t.text) in _STOPS or nouns_only and t.pos == "V" and not named and not last:
            break
        run.append(t)
    while run and run[-1].pos not in NOUN | {"V", "A"}:
        run.pop()
    return run


def priced_each(sentence: Sentence, start: int) -> str | None:
    """`mỗi suất ăn của học sinh 15.000 đồng`: the thing after `mỗi` right before a sum, which each of costs it (nouns,
    adjectives and `của`, up to the sum or a link word), else None."""
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + start]
    while tokens and low(tokens[-1].text) in ("là", "giá", "có giá", "khoảng", "chỉ", "từ", "hết", "mất", "tốn"):
        tokens.pop()
    at = next((n for n in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1) if low(tokens[n].text) == "mỗi"), None)
    opens = at is not None and (at == 0 or tokens[at - 1].pos == "CH")  # `, mỗi suất ăn ...`: each thing, as its clause's subject
    run = tokens[at + 1:] if at is not None and opens else []  # (not `thưởng cho mỗi nhân viên`, `chi hoạt động mỗi học sinh`: whom)
    if not run or run[0].pos not in NOUN or run[-1].pos not in NOUN or len(words_of(run)) > 6 or timely(run[0]) \
            or not all(t.pos in NOUN | {"A"} or low(t.text) == "của" or t.pos == "V" and n == 1 for n, t in enumerate(run)):
        return None  # (`suất ăn/V của học sinh`, a compound's verb; not `mỗi xe hợp tác xã thu phí`: a clause)
    return phrase_text(sentence, run)


_WITH_SUM = frozenset({"số tiền", "tổng số tiền", "khoản tiền", "tổng số", "kinh phí", "tổng kinh phí", "tổng trị giá", "trị giá"})


def with_sum(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """A bare sum after `với` (`xử phạt hành chính ông X, hướng dẫn viên du lịch, với số tiền hơn 6,3 triệu đồng`): the sum
    with the verb of `TRANSFERS` earlier in its sentence and whom it names right after (`số tiền xử phạt hành chính ông
    X`), else `subject`."""
    if subject is None or low(subject) not in _WITH_SUM:
        return subject
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + start]
    n = len(tokens) - 1
    while n >= 0 and (low(tokens[n].text) in _WITH_SUM or low(tokens[n].text) in ("là", "tiền", "số", "tổng", "khoản")):
        n -= 1
    if n < 1 or low(tokens[n].text) != "với":
        return subject
    verb = next(((k, v) for k in range(n - 1, max(-1, n - 25), -1) if (v := _verb(tokens, k)) is not None), None)
    if verb is None or any(t.text in (".", ";") for t in tokens[verb[0]:n]):
        return subject
    k, (_, said) = verb
    whom: list[Token] = []
    for t in tokens[k + 1:n]:
        if t.pos not in NOUN | {"L", "A"} or t.pos == "A" and not whom or len(whom) >= _MOST:
            break
        whom.append(t)
    while whom and whom[-1].pos == "L":
        whom.pop()
    whom = [] if whom and low(whom[0].text) in _MONEY_WORDS | {"tiền"} else whom  # (`đưa tiền ... với tổng số tiền`: no one)
    return f"{subject} {said} {phrase_text(sentence, whom)}" if whom else f"{subject} {said}"


# verbs of a result that name the measure too (`Công ty X thiệt hại khoảng 150 tỷ đồng`: `thiệt hại của Công ty X`)
_RESULTS = {"thiệt hại": "thiệt hại", "bị thiệt hại": "thiệt hại", "lỗ": "khoản lỗ", "bị lỗ": "khoản lỗ", "thua lỗ": "khoản lỗ",
            "lỗ ròng": "khoản lỗ ròng", "lãi": "khoản lãi", "lãi ròng": "khoản lãi ròng", "có lãi": "khoản lãi"}


def result_of(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """For a sum right after a verb of result (`thiệt hại`, `lỗ`, `lãi`, past a qualifier or an adverb) whose subject is who
    bears it or none: the result of whom the clause opens with (`Công ty X thiệt hại khoảng 150 tỷ đồng`: `thiệt hại của
    Công ty X`; `Đạm Hà Bắc lỗ 600 tỷ đồng`: `khoản lỗ của Đạm Hà Bắc`); else `subject`."""
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + start]
    while tokens and low(tokens[-1].text) in ("khoảng", "hơn", "gần", "trên", "tới", "đến", "lên tới", "lên đến", "tổng cộng", "thêm", "ước"):
        tokens.pop()
    k = len(tokens) - 1
    word = next((w for w in (" ".join(low(t.text) for t in tokens[max(0, k - 1):]), low(tokens[k].text) if k >= 0 else "") if w in _RESULTS), None)
    if word is None:
        return subject
    first = k - len(word.split()) + 1 if " " not in tokens[k].text else k
    clause = max((n for n in range(first) if tokens[n].text in (",", ";", ":")), default=-1) + 1
    while clause < first and (tokens[clause].pos in ("R", "E") or low(tokens[clause].text) in ("năm", "quý", "tháng") or re.search(r"\d", tokens[clause].text)):
        clause += 1  # (`Năm 2017, Đạm Hà Bắc | lỗ`: after the clause's time)
    owner = tokens[clause:first]
    while owner and owner[-1].pos in ("R", "V") and low(owner[-1].text) in ("đã", "bị", "vẫn", "còn", "tiếp tục", "cũng", "đang"):
        owner.pop()
    if not owner or owner[0].pos not in NOUN or not any(t.pos in ("Np", "Ny") for t in owner) or len(owner) > 10 or not all(
            t.pos in NOUN | {"M", "A"} or t.pos == "V" and n and owner[n - 1].pos in NOUN for n, t in enumerate(owner)):  # (`Công ty cổ phần/V`)
        return subject
    text = phrase_text(sentence, owner)
    own = subject is None or subject == text or text.endswith(subject) or low(subject) == low(f"{text} {word}")  # (`Công ty X thiệt hại`)
    return f"{_RESULTS[word]} của {text}" if own else subject
