"""Who holds a count of booths or stalls: the fair that draws them or is their size, or the part of the grounds that has them.

    Hội chợ thu hút sự tham gia của hơn 400 gian hàng                   drawn by the fair        -> Hội chợ
    Hội chợ năm nay có quy mô trên 800 gian hàng                        the fair's size           -> Hội chợ năm nay
    Hội chợ được tổ chức tại Quảng trường X, thành phố Y với quy mô     the fair the clause holds -> Hội chợ
      250 gian hàng                                                     (past the address)
    Khu vực trưng bày sản phẩm OCOP có 70 gian hàng                     the grounds' part         -> Khu vực trưng bày ...
    X khai mạc hội chợ giới thiệu sản phẩm làng nghề với quy mô 30       the fair the clause opens -> hội chợ giới thiệu ...
      gian hàng
"""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import opens_clause, phrase_before, phrase_text
from pipeline.language.analysis import Sentence

_FAIRS = r"(?i:hội chợ|phiên chợ|triển lãm|festival|lễ hội|ngày hội|tuần lễ|tuần hàng)(?!\w)"  # what draws booths and visitors
_GROUNDS = r"(?i:khu vực|khu|không gian|gian|dãy|tầng|hội trường|nhà thi đấu|phiên chợ|chương trình|sự kiện)(?!\w)"  # where booths stand
_JOINED_BY = re.compile(r"(?<!\w)(?:(?i:thu hút|quy tụ|gồm|gồm có)\s+(?:(?i:sự tham gia|sự góp mặt)\s+(?i:của)\s+)?|(?i:có|với)\s+(?i:quy mô)\s+"
                        r"|(?P<has>(?i:có|với))\s+)(?:(?i:khoảng|gần|hơn|trên|lên tới|lên đến|tới)\s+)?$")  # (`Hội chợ năm nay có quy mô trên 800 gian hàng`)
_BOOTHS = re.compile(r"(?:(?i:khoảng|gần|hơn|trên|tới|lên tới|lên đến)\s+)?[\d.,]+\s+(?i:gian hàng|gian trưng bày|gian|ki-ốt|ki ốt|kiốt|quầy hàng|quầy)(?!\w)")
# the words that end a fair's name in its clause (`Hội chợ | được tổ chức tại ...`)
_HELD = re.compile(r"\s(?i:được|sẽ|đã|đang|diễn ra|tổ chức|khai mạc|tại|ở|vào|từ)(?!\w)")
_VERBED = re.compile(r"\s(?i:được|sẽ|đã|đang|diễn ra|tổ chức|khai mạc)(?!\w)")  # the verb after a fair's name in its clause
# an item of an address after the fair's place (`, đường Hùng Vương`, `, Phường 3`, `, thành phố Tân An `): short, no verb
_PLACE_ITEM = re.compile(r"\s*(?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn|đường|phố|số|khu|ấp|thôn|bản|tổ)\s[^,;:]{1,40}$")
_FAIR_ACTS = re.compile(r"\s(?i:được|sẽ|đã|đang|diễn ra|tổ chức|khai mạc|tại|ở|vào|từ|thu hút|quy tụ|có|với|gồm|năm nay)(?!\w)")
_DATELINE = re.compile(r"^\(?[A-ZĐ.]{2,10}\)?\s*[-–]\s*")  # `(VNF) - `, `QTO - `: the outlet's mark opening a lead
# a fair a verb of the clause opens or holds, up to the booths' link (`X khai mạc | hội chợ giới thiệu sản phẩm làng nghề`)
_OPENED = re.compile(rf"(?<!\w)(?i:khai mạc|tổ chức|khai trương|mở cửa|mở)\s+(?P<fair>{_FAIRS}[^,;:()]*)$")
# a fair's own name, in capitals: hyphenated or three letters and more, with its year (`Q-FAIR 2024`, `CAEXPO`)
NAMED_FAIR = re.compile(r"(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{3,}[A-Z0-9]*)(?:\s+(?:19|20)\d\d)?")


def count_owner(sentence: Sentence, start: int, spans: list[tuple[int, int]]) -> str | None:
    """For a count drawn by a thing (`Hội chợ thu hút sự tham gia của hơn 400 gian hàng`, `triển lãm quy tụ 130 gian
    hàng`) or its size (`Hội chợ có quy mô trên 800 gian hàng`): the fair that opens the clause; for booths a part of
    the grounds has (`Khu vực 1 có 70 gian hàng`): that part; else None."""
    joined = _JOINED_BY.search(sentence.text[:start])
    if joined is None or joined.group("has") and not _BOOTHS.match(sentence.text, start):
        return None
    owners = _GROUNDS + "|" + _FAIRS if joined.group("has") else _FAIRS
    tokens = list(sentence.tokens)
    k = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + joined.start()), None)
    topic = phrase_before(tokens, k - 1, [(sentence.start + a, sentence.start + b) for a, b in spans]) if k else []
    if topic and opens_clause(tokens, topic) and re.match(owners, phrase_text(sentence, topic)):
        return _VERBED.split(phrase_text(sentence, topic))[0].strip()  # (`Hội chợ | diễn ra tại Công viên X với quy mô ...`; but
        # `Tuần hàng X tại Cần Thơ năm nay gồm ...`: where this one is held names it)
    masked = re.sub(r"[“\"][^“”\"]*[”\"]", lambda m: "x" * len(m.group()), sentence.text[:joined.start()])  # (a quoted name's commas)
    marks = [m.start() for m in re.finditer(r"[,;:]", masked)]
    segments = [sentence.text[a:b] for a, b in zip([0] + [m + 1 for m in marks], marks + [joined.start()], strict=True)]
    clause = segments[-1].strip()  # (`Hội chợ/M năm nay/P`: tagged badly)
    if not joined.group("has") and _BOOTHS.match(sentence.text, start) and NAMED_FAIR.fullmatch(clause):
        return clause  # `Q-FAIR 2024 thu hút hơn 800 gian hàng`: a fair's own name draws booths
    named = _VERBED.split(clause)[0].strip()
    if re.match(owners, named) and len(named.split()) <= 12 and not re.search(r"\d", named):
        return named  # (`Hội chợ diễn ra tại Công viên X với quy mô ...`: the fair, not where it is)
    if joined.group().lower().startswith(("với", "có quy mô")):  # `Hội chợ được tổ chức từ ngày 1/5 tại X, đường Y, thành phố Z với quy mô ...`:
        opener = next((s for s in reversed(segments[:-1]) if re.match(_FAIRS, _DATELINE.sub("", s.strip()))), None)  # the clause's
        named = _HELD.split(_DATELINE.sub("", opener.strip()))[0].strip() if opener else ""  # fair, past the address and a dateline
        if opener is not None and named and len(named.split()) <= 16 and not re.search(r"\d", re.sub(r"(?:19|20)\d\d", "", named)) and all(
                _PLACE_ITEM.match(s) for s in segments[segments.index(opener) + 1:] if s.strip()):
            return named
    opened = _OPENED.search(clause) if joined.group().lower().startswith(("với", "có quy mô")) and _BOOTHS.match(sentence.text, start) else None
    if opened and len(opened.group("fair").split()) <= 12 and not re.search(r"\d", re.sub(r"(?:19|20)\d\d", "", opened.group("fair"))):
        return opened.group("fair").strip()  # `X khai mạc hội chợ giới thiệu sản phẩm làng nghề với quy mô 30 gian hàng`: the fair it opens
    first = _DATELINE.sub("", segments[0].strip()) if segments else ""
    if joined.group().lower().startswith(("với", "có quy mô")) and _BOOTHS.match(sentence.text, start) and re.match(_FAIRS, first):
        named = _FAIR_ACTS.split(first)[0].strip()  # `Hội chợ | thu hút sự tham gia của 150 doanh nghiệp, ... với quy mô 350 gian
        if len(named.split()) <= 12:  # hàng`: the fair the sentence opens with draws the booths, past whoever else it draws
            return named
    return None
