"""Whether a mention's name, as its extent came out, is still an event's name: precision before recall.

The extent rules (`event_names.py`) end a name at the first word they cannot read as part of it. Where that end is doubtful
the mention is judged as a whole here:

- a name cut where it visibly goes on (`, ` / ` và ` + a lowercase word that is no clause word, or a dash between two
  lowercase words that opens no description: `Hội chợ mỗi xã, phường ...`, `Triển lãm thành tựu kinh tế - xã hội`; not
  `Hội chợ X - nơi ...`, nor ` và các ...`, a new subject) is kept only when what is left is still a name, a head and a
  real complement (a capitalised word, a year, an edition, a quoted title); else the mention is weak: it can join an
  event but not open one;
- a head followed only by an edition (`lễ hội lần thứ nhất`) points back to an event: weak; lowercase words after it
  that open with `các` and run into an auxiliary, or a body's name and a verb after a framing word, are the next
  clause's subject (`Tại Hội nghị các đại biểu đã ...`, `Kết thúc hội nghị Ban kinh tế Hội CCB ghi nhận`;
  `event_clauses.py`): the head is bare;
- a name whose last word is cut off (`Hội nghị ngành Công th`, no vowel), a head inside the quoted title of something
  else (`không gian “Sắc màu phiên chợ ...”`) or in a theme (`với chủ đề “Hội chợ ...”`), a booth or an area (`gian
  triển lãm`, `khu vực triển lãm`), a ceremony verb in a series (`chuỗi khởi công, khánh thành`) a national day (`Ngày
  hội non sông thống nhất`) and a photo's file path (`F:\\anh\\Hội nghị X\\1653.jpg`) are no mentions at all.

Word classes `theme`, `booth`, `series`, `together`, `holiday`, `apposition`, `stop` and `generic` of `lexicons/event_words.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.facts.event_asides import without_aside
from pipeline.facts.event_clauses import complement as _complement
from pipeline.facts.event_clauses import named_enough as _named_enough
from pipeline.facts.event_clauses import next_subject
from pipeline.facts.event_dates import celebrated_before, day_in
from pipeline.facts.event_joints import onward
from pipeline.facts.event_lexicon import (
    CAMPAIGN,
    EDITION,
    HELD_ON,
    VENUE_PURPOSES,
    Mention,
    classes,
    keywords,
    person_at,
)
from pipeline.facts.event_persons import person_tail
from pipeline.facts.event_tails import tail_end
from pipeline.facts.lexicon import alternation, word_classes
from pipeline.language.textnorm import fold

_VOWELS = re.compile(r"[aeiouy]", re.I)


@lru_cache(maxsize=1)
def _pattern() -> dict[str, re.Pattern[str]]:
    words = word_classes("event_words.tsv")
    theme, booth, series, together = (alternation(list(words[k])) for k in ("theme", "booth", "series", "together"))
    return {
        "theme": re.compile(rf"(?<!\w)(?i:{theme})\s*:?\s*$"),
        # `thời gian hội chợ` is a time, not a booth
        "booth": re.compile(rf"(?<![Tt]hời )(?<!\w)(?i:{booth})\s+$"),
        # `chuỗi khởi công, khánh thành`: a series word up to three words before the verb
        "series": re.compile(rf"(?<!\w)(?i:{series})(?:\s+\w+){{0,3}},?\s*$"),
        "together": re.compile(rf"(?<!\w)(?i:{together})(?!\w)"),
        "holiday": re.compile(rf"(?<!\w)(?i:{alternation(list(words['holiday']))})(?!\w)"),
    }


_CEREMONY_HEAD = re.compile(r"^(?i:lễ)\s+")
_COUNTED_LIST = re.compile(r"(?<!\w)\d+\s+(?i:dự án|công trình|nhà máy|hạng mục|tuyến)[^:,;.]{0,40}:\s*\S")


def judge(mention: Mention) -> Mention | None:
    """The mention as it may be used (weakened when its name is doubtful), or None when it is no mention; a
    person's name the name ran into is left out (`Trưởng Ban tổ chức Hội chợ Nguyễn Thành Sinh khẳng định`)."""
    text = mention.sentence.text
    if re.search(r"(?<!\w)(?i:do)\s+$", text[:mention.start]) and mention.type != "ceremony":
        return None  # `giải thưởng X do Đại hội Quốc tế Tối ưu Toàn cục đề xướng`: the body that acts, no occurrence
    if _SERIES_BEFORE.search(text[:mention.start]):
        return None  # `thương hiệu triển lãm VietnamPlas`: a brand of a series, no one occurrence
    if mention.type == "ceremony" and mention.name.strip().lower() == mention.head.lower() and _DURATION.search(text[:mention.start]):
        return None  # `Qua 2 năm khởi công xây dựng, ngày 24/2/2012 ...`: how long since, no ceremony
    judged = _judge(mention)
    if judged is None:
        return None
    act = re.escape(_CEREMONY_HEAD.sub("", judged.head))
    again = re.search(rf"\s+(?i:và)\s+(?i:{act})\s", judged.name) if judged.type == "ceremony" else None
    if again and again.start() > len(judged.head):  # `lễ khởi công dự án X | và khởi công nhà máy Y`: two ceremonies
        judged = replace(judged, name=judged.name[:again.start()], end=judged.start + again.start())
    listed = _COUNTED_LIST.search(judged.name) and re.match(r"\s*,[^.;()]{3,200}?(?=\s*(?:[.;(]|$))", text[judged.end:])
    if listed and judged.type == "ceremony":  # `lễ khởi công 3 dự án: A, | B và C`: the works it names, all of them
        judged = replace(judged, name=text[judged.start:judged.end + listed.end()], end=judged.end + listed.end())
    if judged.strong and fold(judged.head.lower()).startswith("le hoi") and not _OCCURRENCE.search(text):
        judged = replace(judged, strong=False)  # `được chế biến nhiều nhất trong lễ hội Maslenita mừng năm mới của Nga`: a
        # custom, also when its name runs on (see `_judge`)
    dots = re.search(r"\s*(?:…|\.\.\.)", judged.name)
    quoted = dots is not None and judged.name[:dots.start()].count("“") > judged.name[:dots.start()].count("”")
    if dots and dots.start() > len(judged.head) and not quoted:  # `hội thảo đầu bờ… cho hội viên`: a list cut short
        judged = replace(judged, name=judged.name[:dots.start()], end=judged.start + dots.start())  # ends the name
    semicolon = judged.name.find(";")
    before = judged.name[:semicolon]
    if semicolon > len(judged.head) and before.count("“") <= before.count("”") and before.count('"') % 2 == 0 and not onward(
            text, judged.start, judged.start + semicolon):  # a clause ends at `;` (`bình chọn sản phẩm ... cấp huyện, thị xã,
        # thành phố; sản phẩm do ...`), unless inside quotes or a review's next task goes on (`Hội nghị tổng kết X; triển khai Y`)
        judged = replace(judged, name=judged.name[:semicolon].rstrip(), end=judged.start + len(judged.name[:semicolon].rstrip()))
    credit = _REPORTED.search(judged.name)
    if credit and credit.start() > len(judged.head):  # `Lễ khánh thành Nhà máy X, báo Sơn La đưa tin`: who reports it
        judged = replace(judged, name=judged.name[:credit.start()], end=judged.start + credit.start())
    judged = without_aside(_measured(_counted(_item(judged))))
    cut = person_tail(judged)
    if cut is None:
        return judged
    end = judged.start + len(judged.name[:cut].rstrip(" ,"))
    bare = end <= judged.start + len(judged.head)
    return replace(judged, name=judged.sentence.text[judged.start:end], end=end,
                   named=judged.named and not bare, strong=judged.strong and not bare)


_REPORTED = re.compile(r"\s*,\s*(?i:báo|trang|đài|cổng thông tin)\s+[^,;]{1,40}?\s+(?i:đưa tin|cho biết|thông tin|phản ánh)\s*$")
_VENUE_LIST = re.compile(r"(?<!\w)(?:Cung|Trung tâm|Nhà|Khu)\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2}(?:,\s*[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2})?"
                         rf"\s+(?i:và)\s+$|(?<!\w)(?:Trung tâm|Cung|Nhà)\s+{VENUE_PURPOSES}\s+(?i:và)\s+$")
# `tại Cung quy hoạch | Hội chợ và Triển lãm tỉnh Quảng Ninh`: a building named for what it holds
_VENUE_OF = re.compile(r"(?<!\w)(?:Cung|Trung tâm|Nhà)\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2}\s+$")
_SERIES_BEFORE = re.compile(r"(?<!\w)(?i:thương hiệu|chuỗi|loạt)\s+$")
_DURATION = re.compile(r"(?<!\w)\d+\s+(?i:năm|tháng|tuần|ngày)\s+$|(?<!\w)(?i:sau|kể từ|từ khi|sau khi)\s+$")
_MEASURE = re.compile(r"(?<!(?i:mở))\s+(?:(?i:rộng|dài|có diện tích|diện tích|công suất|quy mô|có tổng vốn|tổng vốn|với tổng vốn|với vốn|vốn đầu tư|"
                      r"trị giá|có vốn)(?:\s+(?i:đầu tư|khoảng|hơn|gần|trên|lên tới|lên đến|là|gần|hơn))*)\s+\d")
_BOOTHS = re.compile(r",?\s+(?:(?i:với)\s+)?(?i:quy mô)\s+(?:(?i:khoảng|hơn|gần|trên|lên tới|lên đến)\s+)?\d[\d.,]*\s*(?i:gian hàng|gian|doanh nghiệp|đơn vị|sản phẩm)")
_COUNT_AFTER_HEAD = re.compile(r"\s+\d[\d.,]*\s*(?i:kg|tấn|tạ|yến|lít|m2|m3|ha|triệu|tỷ|tỉ|nghìn|ngàn|gian hàng|sản phẩm|"
                               r"mặt hàng|loại|con|cây|chiếc|cái|hộp|thùng|bao|quả|trái|người|doanh nghiệp)(?!\w)")


_ITEM = re.compile(r"\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•*])\s")


def _item(mention: Mention) -> Mention:
    """A plan's item ends at its colon (`b) Hội thi nấu ăn ngon: Giao Hội Phụ nữ chủ trì`): what follows assigns it; so
    does a name whose edition or year closes it before a colon (`Lễ hội Trái cây lần thứ nhất: Đất lành ...`: a headline's
    second half)."""
    colon = re.search(r"\s*:\s*[A-ZĐ]", mention.name)
    if colon is None or colon.start() <= len(mention.head) or not (_ITEM.match(mention.sentence.text) or re.search(
            r"(?:(?i:lần thứ)\s+\w+|(?<!\d)(?:19|20)\d\d)$", mention.name[:colon.start()]) and not re.search(r"[“\"«]", mention.name[:colon.start()])):
        return mention
    end = mention.start + colon.start()
    return replace(mention, name=mention.sentence.text[mention.start:end], end=end)


def _counted(mention: Mention) -> Mention:
    """A lowercase head followed by an amount (`Mang đến hội chợ 200 kg bưởi`) is bare: the amount is the verb's
    object, not the event's name."""
    if not mention.head[:1].islower() or mention.type == "ceremony":
        return mention
    after = mention.name[len(mention.head):]
    if not _COUNT_AFTER_HEAD.match(after) or EDITION.match(after.strip()):
        return mention
    end = mention.start + len(mention.head)
    return replace(mention, name=mention.sentence.text[mention.start:end], end=end, named=False, strong=False)


_SUM = re.compile(r"\s+(?:(?i:hơn|gần|khoảng|trên|tới|lên tới|lên đến)\s+)?\d[\d.,]*\s*(?:(?i:tỷ|tỉ|triệu|nghìn|ngàn)\s+)?"
                  r"(?i:đồng|USD|đô la)(?!\w)")


def _measured(mention: Mention) -> Mention:
    """A name ends before a measure of what it names (`khởi công khu công nghiệp VSIP III rộng 1.000 ha`, `khánh
    thành nhà máy X công suất 50 MW`) when the name already names it, and before a sum of money (`tổ chức bình chọn
    sản phẩm CNNT tiêu biểu | hơn 1,3 tỷ đồng`), which is what it cost, never its name."""
    money = _SUM.search(mention.name)
    if money is not None and money.start() > len(mention.head):
        mention = replace(mention, name=mention.name[:money.start()], end=mention.start + money.start())
    booths = _BOOTHS.search(mention.name)
    if booths is not None and booths.start() > len(mention.head):  # `hội chợ ... với quy mô 30 gian hàng`: its scale
        return replace(mention, name=mention.name[:booths.start()], end=mention.start + booths.start())
    m = _MEASURE.search(mention.sentence.text[mention.start:mention.end + 24])  # (the amount may lie past the name's end:
    # `Dự án Nhà máy điện rác với vốn đầu tư | 1.320 tỷ đồng`)
    if m is None or m.start() >= len(mention.name) or m.start() <= len(mention.head) or not re.search(
            r"\s[A-ZĐ0-9]", mention.name[len(mention.head):m.start()]):
        return mention  # (a thing with no name of its own is told by its measure: `nhà máy điện gió công suất 450 MW`)
    end = mention.start + m.start()
    return replace(mention, name=mention.sentence.text[mention.start:end], end=end)


def _judge(mention: Mention) -> Mention | None:
    text = mention.sentence.text
    before, name = text[:mention.start], mention.name
    p = _pattern()
    if _truncated(name) or _cut_off(mention) or p["holiday"].search(name) or _FILE.search(text):
        return None  # (a photo's file path: `F:\\anh\\Hội nghị vải thiều\\1653.jpg` names the photo)
    opened = _open_quote(before)
    closed = _close_quote(text, opened, mention.start)
    if closed > 0 and (text[opened + 1:mention.start].strip() or p["theme"].search(text[:opened])):
        return None  # inside the quoted title of something else, or a theme
    if p["booth"].search(before) or _VENUE_LIST.search(before) or _VENUE_OF.search(before) or CAMPAIGN.match(name):
        return None  # (a booth; the last of a venue's purposes: `tại Cung quy hoạch, hội chợ và | triển lãm`; a campaign)
    if celebrated_before(before) and not mention.head.lower().startswith("lễ") and not HELD_ON.match(text, mention.end):
        return None  # `chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng`: celebrated, not reported (but `Hướng tới
        # Hội chợ X được tổ chức từ ngày 3-5/5, ...`: told held)
    two_acts = re.fullmatch(rf",\s*{classes()['verb'].pattern}", _complement(mention).strip())  # `lễ khởi công, khánh thành`
    if mention.type == "ceremony" and (not mention.head.lower().startswith("lễ") or two_acts):
        clause = re.split(r"[.;:]", before)[-1]
        after = text[mention.end:] if two_acts else text[mention.start:]
        if two_acts and re.match(r"\s*(?i:đồng thời)(?!\w)", after):
            return None  # `lễ khởi công, khánh thành đồng thời 250 công trình`: many done at once
        if p["series"].search(clause) or p["together"].search(re.split(r"[.;:,]", after)[0]):
            return None  # `chuỗi khởi công, khánh thành dự án`, `khánh thành đồng loạt`
        if not two_acts and re.match(r"(?i:hàng loạt|một loạt|nhiều|hàng chục|hàng trăm|hàng nghìn|hàng ngàn)(?!\w)",
                                     _complement(mention).strip()):
            return None  # `khởi công hàng loạt dự án`, `Nhiều dự án được khởi công`: many acts told together
    if mention.named or (len(mention.head.split()) > 2 and mention.type != "ceremony"):  # `Tuần lễ văn hóa, du lịch Tây Bắc`
        longer = _continued(mention)
        if longer > mention.end:
            mention = replace(mention, name=text[mention.start:longer], end=longer, named=True, strong=True)
            longer = tail_end(mention)
            return replace(mention, name=text[mention.start:longer], end=longer)
    if mention.named:
        longer = tail_end(mention)
        if longer > mention.end:  # `Hội nghị tổng kết công tác thi đua` + `, khen thưởng và phong trào ... năm 2017`
            return replace(mention, name=text[mention.start:longer], end=longer)
    if (mention.named or mention.head[:1].islower()) and next_subject(mention):
        head_end = mention.start + len(mention.head)  # `Tại Hội nghị các đại biểu đã ...`: a bare head
        return replace(mention, name=text[mention.start:head_end], end=head_end, named=False, strong=False)
    held = (mention.head[:1].isupper() and re.search(r"(?<!\w)(?i:tổ chức)\s+$", text[:mention.start]) or mention.type == "ceremony"
            and not mention.head.lower().startswith("lễ")) and day_in(text)  # (`Sáng 13.8, ... tổ chức Hội
    # nghị công bố chủ trương đầu tư, quy mô ... và Kế hoạch ...`: held and dated, whatever its cut name leaves out; `ngày 18/9,
    # ... khởi công xây dựng nhà máy cưa xẻ, sấy gỗ ...`: a ceremony its verb tells, on its day)
    if mention.strong and mention.named and (_cut(mention) and not held or _edition_only(mention) or _thin(mention)):
        return replace(mention, strong=False)
    if mention.strong and fold(mention.head.lower()).startswith("le hoi") and not _OCCURRENCE.search(text):
        return replace(mention, strong=False)  # `lễ hội Vu Lan`, `Lễ hội Xăng Khan (...) của người Thái`: a custom, not
        # one festival, unless its sentence dates it, holds it (`khai mạc`, `diễn ra`) or frames something in it
    return mention


_FILE = re.compile(r"(?i:\.(?:jpe?g|png|gif|webp|bmp|tiff?))(?!\w)|(?<!\w)[A-Z]:\\\w")
_OCCURRENCE = re.compile(
    r"\d{1,2}\s*[/-]\s*\d{1,2}|(?<!\w)(?i:ngày|sáng|chiều|tối|tháng|đêm)\s+\d|(?<![\d/])(?:19|20)\d{2}(?![\d/])|(?<!\w)(?i:khai mạc|khai hội|"
    r"khai màn|bế mạc|tổ chức|diễn ra|năm nay|lần thứ|trong khuôn khổ|tham dự|sắp tới|tới đây|vừa qua)(?!\w)")


def _truncated(name: str) -> bool:
    """Whether the name's last word is cut off: a lowercase syllable with no vowel (`Công th`)."""
    words = name.split()
    last = words[-1] if words else ""
    return len(words) > 1 and last.isalpha() and last.islower() and not _VOWELS.search(fold(last))


def _cut_off(mention: Mention) -> bool:
    """Whether the name ends in one capital letter where the text stops (`Ngày hội D…`): the page was cut there."""
    last = mention.name.split()[-1] if mention.name.split() else ""
    return len(last) == 1 and last.isupper() and re.fullmatch(r"\s*(?:…|\.\.\.)?\s*", mention.sentence.text[mention.end:]) is not None


def _open_quote(before: str) -> int:
    """The offset of a quote opened before the mention and not closed yet, or -1."""
    curly = before.rfind("“")
    if curly >= 0 and before.find("”", curly) < 0:
        return curly
    if before.count("\"") % 2 == 1:
        return before.rfind("\"")
    guillemet = before.rfind("«")
    return guillemet if guillemet >= 0 and before.find("»", guillemet) < 0 else -1


def _close_quote(text: str, opened: int, start: int) -> int:
    """Where the quote opened at `opened` closes after `start` in the sentence, when the quoted text is short
    enough to be a title (a quoted speech is no title), else -1."""
    if opened < 0:
        return -1
    closing = {"“": "”", "«": "»"}.get(text[opened], "\"")
    at = text.find(closing, start)
    return at if 0 < at and at - opened <= _TITLE_CHARS else -1


_TITLE_CHARS = 120


def _cut(mention: Mention) -> bool:
    """Whether the name ends where it visibly goes on and what is left names nothing on its own."""
    after = mention.sentence.text[mention.end:]
    c = classes()
    dash = re.match(r"\s*[-–]\s*(\w+)", after)
    last = (mention.name.split() or [""])[-1]  # a lowercase word: `Kalashnikov-cha đẻ` is no pair
    if dash and dash.group(1)[:1].islower() and last.isalpha() and last.islower():
        described = after[dash.start(1):]  # `Hội chợ X - nơi giới thiệu ...`: a description, not a pair
        # `kinh tế - xã hội`, `cung - cầu`: the name stops inside a pair
        return not (c["credit"].match(described) or c["apposition"].match(described) or keywords()[0].match(described))
    go_on = re.match(r"(?:\s*,\s*|\s+(?i:và)\s+)([a-zà-ỹđ][\w ]*)", after)
    if not go_on:
        return False
    following = go_on.group(1)
    if (c["stop"].match(following) or c["generic"].match(following) or person_at(following) or c["opener"].match(following)
            or keywords()[0].match(following) or c["clause_after_comma"].match(following)):
        return False  # `Hội chợ X, đã thu hút ...`, `Hội nghị X, hội nghị Y`, `Lễ ký kết X, đánh dấu ...`: the clause or the list goes on
    return not _named_enough(_complement(mention))


_JOINT = re.compile(r"\s*,\s*|\s+(?i:và)\s+|\s+[-–]\s+")
_WORD = re.compile(r"\s*([\w.&]+)")
_CLOSING = re.compile(r"\s+(?:(?i:năm)\s+(?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}(?!\d))|\s+" + EDITION.pattern, re.I)


def _continued(mention: Mention) -> int:
    """The end of the name when it goes on past a comma or `và` with lowercase words to what closes a name
    (`Tuần lễ văn hóa, du lịch Tây Bắc`, `Hội chợ làng nghề và sản phẩm OCOP Việt Nam năm 2020`), else the
    mention's end. Not over a clause word, a head, a person, a verb after a comma (a new clause) or a second
    name of the same kind (`Hội chợ A và Hội chợ B` are two)."""
    text, end = mention.sentence.text, mention.end
    if _named_enough(_complement(mention)) and not _cut_at_dash(text, end):
        return end  # a name that names already ends where the rules ended it
    if not _complement(mention).strip() and (len(mention.head.split()) <= 2 or mention.type == "ceremony"):
        return end  # `lễ khánh thành, ông X ...`: a bare head is not continued
    if re.match(r"\s*,", text[end:]) and mention.type == "ceremony" and not mention.head.lower().startswith("lễ"):
        return end  # `khánh thành trụ sở mới, người dân xã ...`: after a ceremony verb's object a comma opens a clause
    joint = _JOINT.match(text, end)
    if not joint:
        return end
    c = classes()
    heads = keywords()[0]
    i, lower = joint.end(), list[str]()
    while len(lower) <= 6:
        w = _WORD.match(text, i)
        if w is None or not w.group(1)[:1].islower() or not w.group(1).isalpha():
            break
        lower.append(w.group(1))
        i = w.end()
    words = " ".join(lower)
    closer_at = len(text) - len(text[i:].lstrip())
    closer = _closer(text, closer_at)
    if not lower or len(lower) > 6 or closer <= closer_at:
        return end
    if (c["stop"].search(words) or heads.search(words) or person_at(text[joint.end():]) or person_at(text[closer_at:])
            or c["opener"].match(words) or heads.match(text, closer_at)
            or ("," in joint.group() and c["clause_after_comma"].match(words))):
        return end  # (`Lễ trao giấy chứng nhận, lãnh đạo TP. Đà Nẵng đã trao ...`: the next clause's subject)
    if "," in joint.group():
        tags = {t.start: t.pos for t in mention.sentence.tokens}
        if tags.get(joint.end() + mention.sentence.start, "").startswith("V"):
            return end  # `Hội nghị X, thu hút ...`: a new clause
    closing = _CLOSING.match(text, closer)
    new_end = closing.end() if closing else closer
    onward = _WORD.match(text, new_end)
    if onward and onward.group(1)[:1].islower() and onward.group(1).isalpha() and not c["stop"].match(text, onward.start(1)):
        return end  # `... cung - cầu công nghệ vùng Trung` + `du miền núi`: the capitalised words closed nothing
    return new_end


def _closer(text: str, at: int) -> int:
    """The end of what closes a name at `at`: capitalised words (joined by dashes too: `Việt Nam - Lào`) or
    `năm <year>`, else `at`."""
    year = re.match(r"(?:(?i:năm)\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)", text[at:])  # (a span whole)
    if year:
        return at + year.end()
    end = i = at
    while True:
        w = _WORD.match(text, i)
        if w is None or not w.group(1)[:1].isupper():
            return end
        end = i = w.start(1) + len(w.group(1).rstrip("."))
        dash = re.match(r"\s*[-–]\s*(?=[A-ZĐ])", text[i:])
        if dash and text[i + dash.end():][:1].isupper():
            i += dash.end()


def _cut_at_dash(text: str, end: int) -> bool:
    return re.match(r"\s*[-–]\s*[a-zà-ỹđ]", text[end:]) is not None


def _thin(mention: Mention) -> bool:
    """A ceremony verb whose object is one lowercase word (`khai trương khu` + `trưng bày`): the object is cut."""
    rest = _complement(mention).split()
    return (mention.type == "ceremony" and not mention.head.lower().startswith("lễ") and len(rest) == 1
            and rest[0].islower())


def _edition_only(mention: Mention) -> bool:
    """`lễ hội lần thứ nhất`, `hội nghị lần 2`, `cuộc thi đợt 1`: a lowercase head with only an edition or a round points back."""
    complement = _complement(mention)
    rest = _ROUND.sub("", complement)
    return mention.head[:1].islower() and (bool(EDITION.search(rest)) or rest != complement) and not EDITION.sub(
        "", rest).strip(" ,-–()")


_ROUND = re.compile(r"(?<!\w)(?i:đợt|vòng|phần)\s+(?:\d+|[IVX]+|(?-i:một|hai|ba|bốn|năm))(?!\w)")
