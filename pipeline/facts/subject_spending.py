"""What an amount is spent on, named after it: the thing a verb of purpose builds (`Đầu tư 3.200 tỷ đồng xây dựng nhà
máy điện gió X`), the activity after `cho`/`vào` (`chi 51 tỷ đồng vào nhập khẩu rau quả`) or the act after `để`/`nhằm`
(`giải ngân 1,5 triệu euro vào tháng 9-2017 để diệt chuột`); `spent_text` words it, or else the money a verb moves
(`subject_money_verbs`) or the loss a clause causes (`subject_losses`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import rows
from pipeline.facts.noun_phrases import in_figure, phrase_text
from pipeline.facts.phrases_after import phrase_after
from pipeline.facts.subject_lexicon import NOUN, figure_verbs, kind_of, low, timely, words_of
from pipeline.facts.subject_losses import LOSSES, caused_loss
from pipeline.facts.subject_money_acts import ACTS, GOES_TO
from pipeline.facts.subject_money_verbs import money_moved
from pipeline.language.analysis import Sentence, Token


@lru_cache(maxsize=1)
def _purpose_verbs() -> frozenset[str]:
    """Verbs of purpose after an amount spent (`figure_purpose_verbs.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_purpose_verbs.txt"))


# verbs of spending only, which may follow who spends before a verb of purpose (`Hà Nội chi ... xây`): `purpose_object`
_SPENDING = frozenset({"đầu tư", "đã đầu tư", "rót", "rót vốn", "chi", "chi ra", "tiêu tốn", "giải ngân", "bỏ ra"})


def purpose_object(tokens: list[Token], i: int, at: int, spans: list[tuple[int, int]], spenders: bool = False) -> list[Token]:
    """`Đầu tư 3.200 tỷ đồng xây dựng nhà máy điện gió X`: when a verb of spending (`figure_verbs.txt`) alone opens the
    clause before the figure (token `i`) and a verb of purpose follows the figure (ending at offset `at`), the thing of
    the lexicon after it, with its name (nouns, proper nouns, numbers; a plain noun after a name ends it); else [].
    With `spenders`, the verb may follow who spends (`Hà Nội chi 3.700 tỷ đồng xây nhà máy nước`) when it is one of
    spending only (`chi`, `đầu tư`, `rót vốn`, ...)."""
    if i < 0 or low(tokens[i].text) not in figure_verbs():
        return []
    opener = max((n + 1 for n in range(i) if tokens[n].pos == "CH"), default=0)
    named = 0 < i - opener <= 3 and all(t.text[:1].isupper() and " " in t.text or t.pos == "Np" for t in tokens[opener:i])  # `Trà Vinh
    # đầu tư hơn 3.552 tỷ đồng xây dựng X`: a place or a body's name, then the verb
    if not (i == 0 or tokens[i - 1].pos == "CH") and not ((spenders or named) and low(tokens[i].text) in _SPENDING):
        return []
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    if k + 1 >= len(tokens) or low(tokens[k].text) not in _purpose_verbs():
        return []
    run = [tokens[k + 1]]
    for n, t in enumerate(tokens[k + 2:], start=k + 2):
        compound = t.pos == "V" and n + 1 < len(tokens) and tokens[n + 1].pos == "N" and not any(u.pos == "Np" for u in run)  # `xử lý/V rác`
        if in_figure(t, spans) or t.pos not in NOUN | {"M"} and not compound or t.pos == "N" and t.text.islower() and any(u.pos in ("Np", "M") for u in run):
            break
        run.append(t)
    return run if (kind_of(run) or ("",))[0] == "entity" and len(words_of(run)) <= 10 else []


# verbs that spend an amount right after them on an activity named after `cho`/`vào` (`tốn`, `mất`, `dành` too): `spent_on`
_SPENT = frozenset({"chi", "chi ra", "chi tiêu", "chi trả", "tiêu tốn", "tốn", "tiêu", "bỏ ra", "dành", "đổ", "mất"})
_ACTIVITIES = frozenset({"công tác", "việc", "hoạt động", "chương trình", "khâu", "lĩnh vực", "nhập khẩu", "xuất khẩu", "mua sắm",
                         "quảng cáo", "nghiên cứu", "đào tạo", "xây dựng", "sửa chữa", "an ninh", "quốc phòng", "y tế", "giáo dục"})


def spent_on(tokens: list[Token], i: int, at: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`chi hơn 51 tỷ đồng vào nhập khẩu rau quả của Thái`, `tiêu tốn 70.000 USD mỗi ngày cho công tác an ninh`: when a
    verb of spending stands right before the amount (token `i`) and `cho`/`vào` follows it (ending at offset `at`, past a
    `mỗi ngày`), or `dành cho` follows it, the activity it is spent on: a verb or an activity noun and the words of its
    object; else []."""
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    if k + 1 < len(tokens) and low(tokens[k].text) in ("dành", "chi") and low(tokens[k + 1].text) == "cho":
        k += 1  # `còn 758 tỷ đồng dành cho bổ sung vốn khác`: the verb after the amount
    elif i < 0 or low(tokens[i].text) not in _SPENT:
        return []
    if k + 1 < len(tokens) and low(tokens[k].text) in ("mỗi", "hằng", "hàng") and timely(tokens[k + 1]):
        k += 2
    if k + 1 >= len(tokens) or low(tokens[k].text) not in ("cho", "vào") or not (
            tokens[k + 1].pos == "V" or low(tokens[k + 1].text) in _ACTIVITIES):
        return []
    run: list[Token] = []
    for n in range(k + 1, len(tokens)):
        t = tokens[n]
        owner = low(t.text) == "của" and n + 1 < len(tokens) and tokens[n + 1].pos in ("N", "Np")
        if in_figure(t, spans) or t.pos not in NOUN | {"V", "A"} and not owner or len(words_of(run)) >= 8:
            break
        run.append(t)
    return run


def spent_for(tokens: list[Token], i: int, at: int, spans: list[tuple[int, int]], kind: str | None) -> list[Token]:
    """What the amount after token `i` (ending at offset `at`) is spent on, given the `kind` of the subject found so far:
    `purpose_object` (past who spends when there is one), else `spent_on` unless a measure spends it (`Ngân sách huyện
    chi 12 tỷ đồng cho chương trình X`: the budget is what the amount is)."""
    if kind == "inherited":  # `cấp 1,3 tỉ USD để xây ... và 300 triệu USD cho các thiết bị an ninh`: the next item's own purpose
        return given_for(tokens, i, at, spans) or spent_on(tokens, i, at, spans) or spent_to(tokens, i, at, spans)  # (or after `để`:
        # `phê duyệt 630 triệu đồng phục vụ cho X và 440 triệu đồng | để Y`)
    measured = kind in ("measure", "qualified", "attribute")
    return purpose_object(tokens, i, at, spans, kind is not None) or ([] if measured else spent_on(tokens, i, at, spans) or spent_to(tokens, i, at, spans))


# verbs that pay or grant an amount right after them (or after whom they pay) for an act named after `để`/`nhằm`
_PAID = _SPENT | frozenset({"giải ngân", "cấp", "thuê", "trả", "đầu tư", "hỗ trợ", "tài trợ", "huy động", "vay", "quyên góp", "bồi thường",
                            "đưa", "bỏ", "dùng", "sử dụng", "phân bổ", "bố trí", "tốn kém", "phê duyệt", "giao", "trích"})
_DIRECT_PURPOSE = frozenset({"thực hiện", "triển khai", "xây dựng", "nâng cấp", "mua sắm", "sửa chữa"})  # acts a sum pays right after it
BARE_SUMS = frozenset({"số tiền", "khoản tiền", "tổng số tiền", "số vốn", "khoản kinh phí"})  # sums that say nothing of their use
_TIME_BETWEEN = frozenset({"vào", "trong", "năm", "tháng", "ngày", "quý", "-", "/"})  # a time between a sum and `để`


def spent_to(tokens: list[Token], i: int, at: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`giải ngân 1,5 triệu euro vào tháng 9-2017 để diệt chuột`, `cấp 1,3 tỉ USD để xây hàng rào biên giới`, `thuê bà X
    1 tỉ đồng để ...`: when a verb of paying stands right before the amount (token `i`), or before whom it pays (up to
    four words of a name or noun), and `để`/`nhằm` follows it (ending at offset `at`, past a time), the act it pays for:
    the verb and its object up to a preposition, punctuation or another figure, at most eight words; else []."""
    v = i
    if i > 0 and low(tokens[i].text) == "và":  # `phê duyệt 630 triệu đồng phục vụ cho X và | 440 triệu đồng để Y`: the list's verb
        v = next((j for j in range(i - 1, max(-1, i - 25), -1) if tokens[j].text in (";", ":", ".") or low(tokens[j].text) in _PAID
                  and j + 1 < i and in_figure(tokens[j + 1], spans)), i)
        v = v if low(tokens[v].text) in _PAID else i
    while v >= 0 and i - v < 4 and tokens[v].pos in ("Np", "N", "Nc", "L", "M") and low(tokens[v].text) not in _PAID and (
            kind_of([tokens[v]]) or ("",))[0] not in ("measure", "attribute"):  # (not `cấp tín dụng | số tiền 80 tỉ`)
        v -= 1  # `thuê | bà Vững`
    v -= 1 if v > 0 and low(tokens[v].text) in ("ra", "cho") and low(tokens[v - 1].text) in _PAID else 0  # `bỏ | ra`, `trả | cho Daniels`
    if v < 0 or low(tokens[v].text) not in _PAID:
        return []
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    while k < len(tokens) and k - i < 8 and (low(tokens[k].text) in _TIME_BETWEEN or tokens[k].pos == "M") and not in_figure(tokens[k], spans):
        k += 1  # `vào tháng 9-2017`
    if k + 1 < len(tokens) and low(tokens[k].text) == "của" and low(tokens[k + 1].text) in ("mình", "họ", "gia đình", "bản thân"):
        k += 2  # `bỏ 300 ngàn đồng | của mình | để ...`
    self_ = 1 if k + 2 < len(tokens) and (low(tokens[k + 1].text) == "tự" or tokens[k + 1].pos in ("Nc", "P") and tokens[k + 2].pos == "V"
                                         and low(tokens[k + 2].text) != "được") else 0  # `để | tự | làm rào chắn`, `để | bà | giấu kín`
    if k + 1 < len(tokens) and low(tokens[k].text) in _DIRECT_PURPOSE and tokens[k + 1].pos in NOUN | {"L"}:
        return spent_to_run(tokens, k, spans)  # `bố trí 7,4 tỷ đồng | thực hiện các đề án khuyến công`: the act, no `để` (s66, set P195)
    serving = k + 2 < len(tokens) and low(tokens[k].text) == "phục vụ" and low(tokens[k + 1].text) == "cho" and tokens[k + 2].pos in NOUN | {"V", "L"}
    if serving:  # `phê duyệt 630 triệu đồng | phục vụ cho hoạt động tư vấn`: what it serves
        return [tokens[k], tokens[k + 1], *spent_to_run(tokens, k + 2, spans)]
    if k + 1 + self_ >= len(tokens) or low(tokens[k].text) not in ("để", "nhằm") or tokens[k + 1 + self_].pos != "V" or low(tokens[k + 1].text) == "được":
        return []  # (not `trả 500.000 USD để được tại ngoại`: what the payer gets)
    doer = 1 if self_ and low(tokens[k + 1].text) != "tự" else 0  # (who does the act is part of it: `để bà giấu kín vụ việc`)
    run: list[Token] = tokens[k + 1:k + 2] if doer else []
    run += spent_to_run(tokens, k + 1 + self_, spans, len(words_of(run)))
    return run if any(low(t.text) not in ("có", "được", "có được", "là") for t in run) else []  # (`để có được anh`: what the payer
    # gets, as `để được`)


def spent_to_run(tokens: list[Token], k: int, spans: list[tuple[int, int]], had: int = 0) -> list[Token]:
    """The act an amount pays for, from token `k`: verbs, nouns and their places up to a preposition, punctuation, `và`,
    `cho`, another figure or eight words (with `had` words already taken)."""
    run: list[Token] = []
    for n, t in enumerate(tokens[k:], start=k):
        placed = t.pos == "E" and n + 1 < len(tokens) and tokens[n + 1].pos in NOUN | {"L"}  # `diệt chuột ở các khu chợ`
        if in_figure(t, spans) or t.pos not in NOUN | {"V", "A", "M", "L"} and not placed or low(t.text) in ("và", "cho", "là") \
                or had + len(words_of(run)) >= 8:
            break
        run.append(t)
    while run and run[-1].pos == "E":
        run.pop()
    return run


def given_for(tokens: list[Token], i: int, at: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`..., và 300 triệu USD cho các thiết bị an ninh khác`: an amount after `và` or a comma (token `i`) with `cho` and a
    noun phrase of its own after it (ending at offset `at`) is for that, not for what the amount before was; else []."""
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    if i < 0 or low(tokens[i].text) not in ("và", ",") or k + 1 >= len(tokens) or low(tokens[k].text) != "cho":
        return []
    run: list[Token] = []
    for t in tokens[k + 1:]:
        if in_figure(t, spans) or t.pos not in NOUN | {"A", "L", "V"} or t.pos == "V" and not run or len(words_of(run)) >= 8:
            break  # (`các tàu tuần tra/V mới`)
        run.append(t)
    return run if any(t.pos in NOUN for t in run) else []


_FUNDS = {"giải ngân": "kinh phí", "cấp": "kinh phí", "bố trí": "kinh phí", "phân bổ": "kinh phí", "đầu tư": "vốn", "huy động": "vốn",
          "phê duyệt": "kinh phí", "giao": "kinh phí", "trích": "kinh phí"}


def spent_text(sentence: Sentence, i: int, at: int, spans: list[tuple[int, int]], kind: str | None, unit: str | None = None,
               found: str | None = None) -> str | None:
    """The subject's text for the amount after token `i` of `sentence` (ending at offset `at`): what it is spent on
    (`spent_for`, worded by `paid_for`); else the money a verb of receiving, losing or fines moves
    (`subject_money_verbs.money_moved`: in place of `found`, the subject so far, only when that is who moves it); else the
    loss a clause's subject causes (`subject_losses.caused_loss`); else None."""
    tokens = list(sentence.tokens)
    spent = spent_for(tokens, i, at, spans, kind)
    if spent:
        return paid_for(sentence, spent)
    gift = given_to(sentence, tokens, i, at, spans) if kind in (None, "entity", "named") else None
    if gift:
        return gift  # `ủng hộ 50 triệu đồng cho Hội nạn nhân chất độc da cam`: `số tiền ủng hộ Hội nạn nhân chất độc da cam`
    named_after = bool(phrase_after(tokens, at, spans)) or re.match(r"\s+(?i:tiền|khoản)\s", sentence.text[at - sentence.start:]) is not None
    moved = money_moved(sentence, i, spans, unit, found) if kind in (None, "entity", "named") and not named_after else None
    # (not what is paid, written after it: `bồi thường 40 triệu đồng tiền mai táng`)
    if moved:
        return moved
    loss = caused_loss(sentence, tokens, i) if kind not in ("measure", "qualified", "attribute") or (found and low(found) in LOSSES) else None
    return loss if loss is not None and (" do " in loss or kind is None) else None  # (a bare loss takes no named thing's place:
    # `đốt cửa hàng túi xách của người yêu gây thiệt hại khoảng 800 triệu đồng`)


def paid_for(sentence: Sentence, run: list[Token]) -> str:
    """The subject's text for what an amount is spent on: the words of `run`, and for an act after `để`/`nhằm` the money
    named by the verb that pays it (`tiền vay để mở xưởng`, `kinh phí giải ngân để diệt chuột`, `vốn đầu tư để ...`)."""
    tokens = list(sentence.tokens)
    k = tokens.index(run[0]) - 1
    k -= 1 if k > 0 and low(tokens[k].text) == "tự" else 0  # `để | tự | làm rào chắn`
    serving = (low(run[0].text) == "phục vụ" or low(run[0].text) in _DIRECT_PURPOSE and k >= 0 and tokens[k].pos in ("Nu", "M", "N")) \
        and not (k >= 0 and low(tokens[k].text) in ("để", "nhằm"))  # `... 630 triệu đồng | phục vụ cho hoạt động tư vấn` (not `để
    # phục vụ VNCB`); `bố trí 7,4 tỷ đồng | thực hiện các đề án`: the act right after the sum
    if not serving and k >= 1 and low(tokens[k].text) in _purpose_verbs() and tokens[k - 1].pos in ("Nu", "M", "N"):
        at = next((n for n in range(k - 1, max(-1, k - 8), -1) if low(tokens[n].text) in _SPENDING), None)
        if at is not None:  # `Đầu tư hơn 1,2 tỷ USD | mở rộng | Nhà máy lọc dầu Dung Quất`: the money spent on the act on the works,
            spender = low(tokens[at].text)  # not the works alone (s66, set P198)
            money = {"đầu tư": "vốn đầu tư", "đã đầu tư": "vốn đầu tư", "rót vốn": "vốn", "rót": "vốn"}.get(spender, f"tiền {spender}")
            return f"{money} {low(tokens[k].text)} {phrase_text(sentence, run)}"
    if not serving and (k < 0 or low(tokens[k].text) not in ("để", "nhằm")):
        return phrase_text(sentence, run)
    at = next((n for n in range(k - 1, max(-1, k - 25), -1) if low(tokens[n].text) in _PAID), None)
    verb = low(tokens[at].text) if at is not None else None
    verb = f"{verb} ra" if at is not None and at + 1 < k and low(tokens[at + 1].text) == "ra" else verb  # `bỏ ra`
    money = f"{_FUNDS.get(verb, 'tiền')} {verb}" if verb else "tiền"
    return f"{money} {phrase_text(sentence, run)}" if serving else f"{money} {low(tokens[k].text)} {phrase_text(sentence, run)}"


def sum_spent(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], subject: str | None) -> str | None:
    """`subject` worded with the act it pays for when it is a bare sum (`BARE_SUMS`) written right before the amount at
    `sentence.text[start:end]` after a verb of paying, and `để`/`nhằm` follows the amount (`bỏ ra số tiền gần 40 tỷ để đầu
    tư trang thiết bị`: `số tiền bỏ ra để đầu tư trang thiết bị máy móc`), or after a verb that moves money (`cướp đi số
    tiền 287 triệu đồng`: `số tiền cướp đi`; `subject_money_verbs.money_moved`); else `subject`."""
    said = low(subject or "")
    written = re.search(rf"(?<!\w){re.escape(said)}\s+(?:\S+\s+){{0,3}}$", sentence.text[:start].lower()) if said in BARE_SUMS else None
    if written is None:
        return subject  # (`số tiền`, then at most three link words: `nộp số tiền lên tới gần 10 triệu đồng`)
    tokens = list(sentence.tokens)
    i = next((n for n, t in enumerate(tokens) if t.start - sentence.start >= written.start()), len(tokens)) - 1  # the word before `số tiền`
    absolute = [(sentence.start + a, sentence.start + b) for a, b in spans]
    spent = spent_to(tokens, i, sentence.start + end, absolute) if i >= 0 else []
    if spent:
        return re.sub(r"^tiền", subject or "", paid_for(sentence, spent))
    moved = money_moved(sentence, i, absolute, "VND") if i >= 0 else None  # `cướp đi | số tiền 287 triệu đồng`: the money the verb moves
    if moved:
        return re.sub(r"^số tiền", subject or "", moved)
    verb = low(tokens[i].text) if i >= 0 and tokens[i].pos == "V" else ""
    voice = low(tokens[i - 1].text) if i > 0 and low(tokens[i - 1].text) in ("bị", "được") else ""
    who = GOES_TO.match(sentence.text, end) if verb in ACTS else None
    return " ".join(w for w in (subject, voice, verb, f"{low(who.group('to'))} {who.group('who')}" if who else "") if w) if verb in ACTS else subject  # `vay số tiền 150 triệu đồng`: `số tiền
    # vay`; `phải nộp số tiền lên tới gần 10 triệu đồng`: `số tiền nộp`


# verbs of giving whose sum goes to the body or people named after `cho` (`ủng hộ 50 triệu đồng cho Hội X`)
_GIFTS = frozenset({"ủng hộ", "tặng", "trao tặng", "quyên góp", "đóng góp", "góp", "trao", "hỗ trợ", "biếu", "tài trợ"})


def given_to(sentence: Sentence, tokens: list[Token], i: int, at: int, spans: list[tuple[int, int]]) -> str | None:
    """`số tiền` + the verb of giving right before the amount after token `i` + whom it goes to, named after `cho` right
    after the amount (ending at offset `at`): a body or people, up to eight words (`ủng hộ 50 triệu đồng cho Hội nạn nhân
    chất độc da cam phường 9`); else None."""
    if i < 0 or low(tokens[i].text) not in _GIFTS:
        return None
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    if k + 1 >= len(tokens) or low(tokens[k].text) != "cho" or tokens[k + 1].pos not in ("N", "Np", "Nc", "L") \
            or low(tokens[k + 1].text).startswith("ngân sách"):
        return None  # (`đóng góp ... cho ngân sách tỉnh`: a contribution to the budget, read by `subject_owners.budget_paid`)
    run: list[Token] = []
    for t in tokens[k + 1:]:
        if in_figure(t, spans) or t.pos not in NOUN | {"L", "A", "M"} and not (t.text == "/" and run) or len(words_of(run)) >= 8:
            break
        run.append(t)
    while run and (run[-1].pos not in NOUN | {"A"} or run[-1].text == "/"):
        run.pop()
    return f"số tiền {low(tokens[i].text)} {phrase_text(sentence, run)}" if run and any(t.pos in NOUN for t in run) else None


_SPENT_ON_IT = re.compile(r"\s*(?:(?i:đã|sẽ|đang|cũng|vừa)\s+)*(?i:được)\s+(?P<verb>(?i:chi|giải ngân|đầu tư|dùng|sử dụng|cấp|phân bổ|bố trí|chi tiêu|dành|chuyển|rót|đổ))"
                          r"(?:\s+(?:(?i:trong|vào|ở|tại)\s+[^,;:()]{1,30}?))?\s+(?P<how>(?i:cho|vào|để))\s+")


# an amount set aside with no `được` (`7 tỷ đồng dành hỗ trợ các đề án khuyến công`, `Trên 9 tỷ đồng dành cho khuyến công`: s64, set P183)
_SET_ASIDE = re.compile(r"\s*(?:(?i:đã|sẽ|được)\s+)*(?P<verb>(?i:dành))\s+(?P<how>(?i:cho|để|hỗ trợ|riêng cho))\s+")


def spent_passive(sentence: Sentence, end: int, spans: list[tuple[int, int]]) -> str | None:
    """`Khoảng 135 triệu USD đã được chi cho một chiến dịch tìm kiếm dưới nước`: an amount that a passive verb of spending
    after it spends on what follows `cho`/`vào`/`để` (up to eight words, no other figure), worded `tiền chi cho ...`;
    else None. `end`: the figure's end, as a sentence offset."""
    m = _SPENT_ON_IT.match(sentence.text, end) or _SET_ASIDE.match(sentence.text, end)
    if m is None:
        return None
    tokens = list(sentence.tokens)
    absolute = [(sentence.start + a, sentence.start + b) for a, b in spans]
    k = next((n for n, t in enumerate(tokens) if t.start - sentence.start >= m.end()), len(tokens))
    run: list[Token] = []
    for t in tokens[k:]:
        if in_figure(t, absolute) or t.pos not in NOUN | {"V", "A", "L", "M"} or len(words_of(run)) >= 8:
            break
        run.append(t)
    while run and run[-1].pos not in NOUN | {"V", "A"}:
        run.pop()
    while run and low(run[0].text) in ("một", "các", "những"):
        run = run[1:]
    return f"tiền {low(m.group('verb'))} {low(m.group('how'))} {phrase_text(sentence, run)}" if run else None

