"""The joints inside an event's name (`event_names.name_end`): whether a `và`, a comma or a dash at a point joins
two parts of one name (`giữa Bộ X và UBND tỉnh Y`, `Diễn đàn Phụ nữ và Kinh tế APEC`, `Hội thảo quốc tế Bảo tồn
và phát triển làng nghề`, `thực phẩm - đồ uống`, `Hợp tác kinh tế, thương mại Việt Nam`) and whether a hyphen is
inside a word or a code (`Cà-phê`, `V1-2`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.event_lexicon import EDITION, HOLIDAY, LATIN_EVENT, VENUE_PURPOSES, capitalised, classes, person_at
from pipeline.facts.lexicon import alternation, load, table


def hyphen_in_word(text: str, i: int) -> bool:
    """Whether the hyphen at `i`, with no space on either side, is inside one word (two letters: `Cà-phê`, not
    after a name of two capitalised words) or a
    code (a word of letters and digits against a digit or letter: `V1-2`, `EU-27`; a document's number,
    `19-NQ/TW`); not a span of numbers
    (`2021-2025`, `4-7`)."""
    if text[i] != "-" or i == 0 or i + 1 >= len(text):
        return False
    before = re.search(r"\w+$", text[:i])
    after = re.match(r"\w+", text[i + 1:])
    if before is None or after is None:
        return False
    left, right = before.group(), after.group()
    if left.isalpha() and right.isalpha():
        # not after a person's or place's name of capitalised words (`Nguyễn Du-người viết Truyện Kiều`)
        previous = re.search(r"(\w+)\s+$", text[:before.start()])
        return not (left[:1].isupper() and previous is not None and previous.group(1)[:1].isupper())
    if left.isdigit() and re.match(r"[A-ZĐ]{1,5}(?:/[A-ZĐ]{1,6})+", text[i + 1:]):
        return True  # a document's number: `Nghị quyết 19-NQ/TW`, `Chỉ thị 05-CT/TW`
    letters = any(ch.isalpha() for ch in left)
    return letters and any(ch.isdigit() for ch in left) and len(right) <= 3 and not re.fullmatch(r"(?:19|20)\d{2}", right)


def parallel_object(text: str, pos: int, i: int) -> bool:
    """`và` at `i` opens a second object that repeats a two-word noun of the name so far in lower case (`công bố chỉ số
    cải cách hành chính (PAR INDEX) và chỉ số hài lòng`, `ký hợp đồng A và hợp đồng B`): the name goes on."""
    m = re.match(r"(?i:và)\s+([a-zà-ỹđ]+\s+[a-zà-ỹđ]+)(?!\w)", text[i:])
    return m is not None and re.search(rf"(?<!\w){re.escape(m.group(1))}(?!\w)", text[pos:i]) is not None


def coordinated_part(text: str, pos: int, i: int, tags: dict[int, tuple[str, int]], heads: re.Pattern[str]) -> int:
    """Length of the `và ` at `i` when the second part of a coordinated name follows and the name then ends with
    its clause, as the first part would (`Hội thảo quốc tế Bảo tồn và phát triển làng nghề`, `Hội chợ sản phẩm
    OCOP và đặc sản Hà Tĩnh`, `Triển lãm ... về công nghiệp hỗ trợ và Chế biến chế tạo năm 2020`), else 0.

    The name so far holds a capitalised word after its head, or a capitalised head goes on with a capitalised
    second part (a title, not running prose); the second part is one to six words with no clause word, head,
    body, place or person, not a verb with a second verb after it (`và mời doanh nghiệp tham dự` is a clause; a
    capitalised part is a title), optionally closed by `năm <year>`, and nothing but the clause's end follows."""
    name = text[pos:i].split()
    start = i + 3 + len(text[i + 3:]) - len(text[i + 3:].lstrip())
    head = heads.match(text, pos)
    described = len(text[head.end() if head else pos:i].split()) >= 3  # `hội nghị kết nối các doanh nghiệp ...`
    # (`pos` is the head's end when `name_end` reads on from it)
    titled = capitalised(" ".join(name)) or (head_upper(text, pos) and text[start:start + 1].isupper()) or described
    if not name or not titled or re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text[pos:i]) or text[pos:i].rstrip().endswith(")"):
        return 0  # a year or a short form in brackets closes the first part: `Hội chợ A 2024 và ...` is a list
    c = classes()
    # the second part runs to the clause's end or to a word that ends names (`... 6 tỉnh Việt Bắc đã khai mạc`,
    # `... năm 2022 do Sở tổ chức`), optionally closed by its year
    part = re.match(r"((?:[^\W_]+\s+){0,7}?[^\W_]+)((?:\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}(?!\d))?)"
                    rf"(?=\s*(?:[.;:!?,(]|$)|\s+(?:{c['stop'].pattern}))", text[start:])
    if part is None or part.group(1)[:1].isdigit():
        return 0  # `và 50 doanh nghiệp tham dự`: those who came
    words = part.group(1)
    after = text[start + part.end():]
    noun = " ".join(words.split()[1:3]).lower()  # `trưng bày sản phẩm OCOP và các sản phẩm nông nghiệp`: the same
    again = re.match(r"(?i:các|những)\s", words) is not None and (len(noun.split()) == 2 and noun in text[pos:i].lower() or c["goods"].match(
        words.split(None, 1)[-1]) is not None and _TRADED.search(text[pos:i]) is not None)  # (`tiêu thụ vải thiều Thanh Hà và các nông sản
    # tiêu biểu của tỉnh`: a second kind of the goods it trades)
    owned = re.match(r"\s+(?i:của)(?:\s+[^\W\d_]+){1,4}\s*(?:[.;:!?,(]|$)", after) is not None and tags.get(start, ("", 0))[0].startswith("N")  # (`... OCOP và nông nghiệp
    # tiềm năng | của địa phương;`: whose, then the clause's end)
    if re.match(r"\s*(?:[.;:!?,(]|$)", after) is None and _PREDICATE.match(after) is None and not owned and not (
            again and re.match(r"\s+(?i:tại|ở|do|vào|từ|của)\s", after)):  # (things, a second kind of them, then where or whose)
        return 0  # `khai mạc Hội chợ X và giới thiệu đặc sản tại ...`: a second verb of the clause, not a name
    if not (capitalised(" ".join(name)) or head_upper(text, pos)) and _PREDICATE.match(after) is not None:
        return 0  # a lowercase name goes on over `và` only to its clause's end
    # (`và các sản phẩm tinh hoa hàng Việt Nam 2022`: a title that its year closes, not a list of things)
    listed = (re.match(r"(?i:các|những|nhiều)\s", words) or c["many"].match(words)) and not part.group(2)
    listed = listed and not again
    if c["stop"].search(words.lower()) or heads.search(words) or person_at(words) or c["opener"].match(words) \
            or listed or _body_or_place(words) or HOLIDAY.match(words) or c["verb"].match(words):
        return 0  # `Hội nghị tập huấn và Đoàn công tác tỉnh`: a body, not a part of the name; `... và khởi công X`: a
        # second ceremony
    verbs = [k for k, (tag, _) in tags.items() if start <= k < start + len(words) and tag.startswith("V")]
    clause = len(verbs) >= 2 and verbs[0] == start and any(  # a verb, its object and a second verb: `mời doanh nghiệp
        verbs[0] < k < verbs[-1] and not tag.startswith("V") for k, (tag, _) in tags.items())  # tham dự`; not two
    # verbs the tagger made of one compound noun (`văn hóa/V ẩm thực/V`)
    return 0 if clause and not words[:1].isupper() else start - i  # a capitalised part is a title


# what the event does next when it is the clause's subject: the name ends there (`... Việt Bắc đã chính thức khai mạc`)
_PREDICATE = re.compile(r"\s+(?i:đã|được|sẽ|do|diễn ra|vừa|chính thức|đang|thu hút|khai mạc|bế mạc|kết thúc|là|có)(?!\w)")


# what an event's name trades in: goods, or a verb of trade (`Hội nghị xúc tiến tiêu thụ vải thiều`)
_TRADED = re.compile(r"(?<!\w)(?i:tiêu thụ|xúc tiến|quảng bá|giới thiệu|kết nối|trưng bày|tôn vinh|nông sản|sản phẩm|đặc sản|hàng Việt|"
                     r"hàng hóa|hàng hoá|sản vật|trái cây|thủy sản|thuỷ sản)(?!\w)")


def _body_or_place(words: str) -> bool:
    """Whether `words` open with an organisation's head, a place word or a province (`Sở`, `tỉnh`, `Hà Tĩnh`)."""
    lex = load()
    closed = re.compile(rf"(?i:{alternation(list(lex.org_heads) + ['tỉnh', 'thành phố', 'huyện', 'xã', 'TP', 'Việt Nam'])})(?!\w)")
    first = words.split()[0]
    return closed.match(words) is not None or bool(lex.province(first)) or bool(lex.province(" ".join(words.split()[:2])))


# Verbs that go in pairs (`xây dựng và kinh doanh`, `sản xuất và tiêu thụ`): the first, and what may follow `và`.
_BINOMIALS = {"xây dựng": "kinh doanh|phát triển|vận hành", "sản xuất": "kinh doanh|tiêu thụ|chế biến",
              "chế biến": "xuất khẩu|tiêu thụ", "bảo tồn": "phát triển", "hình thành": "phát triển",
              "chế tạo": "xuất khẩu|lắp ráp|kinh doanh", "giới thiệu": "bán|quảng bá|tiêu thụ", "trưng bày": "bán|giới thiệu", "quảng bá": "giới thiệu|tiêu thụ|bán"}
_BINOMIAL = re.compile(rf"(?<!\w)({'|'.join(_BINOMIALS)})\s*$", re.IGNORECASE)


def fair_pair(text: str, pos: int, i: int, head: str) -> bool:
    """Whether `head` at `i`, after `và`, is the other half of a fair and exhibition named as one event by the head
    before `pos` (`Hội chợ Nông nghiệp và triển lãm sản phẩm OCOP ... năm 2023`, `Hội chợ và Triển lãm X`), the first
    half giving no year of its own (not `Hội chợ OCOP 2023 và triển lãm ảnh`: two)."""
    before = re.search(r"(?<!\w)(?i:(hội chợ)|(triển lãm))\s*$", text[max(0, pos - 12):pos])
    if re.search(r"(?<!\w)(?:Cung|Trung tâm|Nhà|Khu)\s+[^,.;]{1,30},\s*(?i:hội chợ|triển lãm)\s*$", text[max(0, pos - 60):pos]):
        return False  # `tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh`: a building's name
    other = "triển lãm" if before and before.group(1) else "hội chợ"
    return before is not None and head.lower() == other and re.search(r"(?<!\w)(?i:và)\s+$", text[pos:i]) is not None \
        and not re.search(r"(?:19|20)\d\d", text[pos:i])


def joined_part(text: str, pos: int, i: int, heads: re.Pattern[str]) -> int:
    """Length of the `và ` at `i` when it joins two parts of one name, else 0: a name in title case that goes on
    with a capitalised word that opens no other event, person, body or place (`Diễn đàn Phụ nữ và Kinh tế APEC`,
    `cuộc thi Tổ quốc và Đạo pháp`; not after an acronym or a year, `Hội chợ CAEXPO và ...`), or lowercase words
    that lead to one quoted title for both (`Triển lãm bản đồ và trưng bày tư liệu "Hoàng Sa ..."`)."""
    name, after = text[pos:i].split(), text[i + 3:].lstrip()
    skip = len(text[i:]) - len(after)
    if fair_pair(text, pos, i + skip, " ".join(after.split()[:2])):
        return skip  # `Hội chợ Nông nghiệp và triển lãm sản phẩm OCOP vùng ... năm 2023`, `Hội chợ và Triển lãm X`: one event of both
    if venue_name(text[pos:i]) and heads.match(after):
        return skip  # `khánh thành Trung tâm Hội chợ và Triển lãm Sài Gòn`: the centre's own name, for both
    pair = _BINOMIAL.search(text[pos:i])
    if pair and re.match(rf"(?i:{_BINOMIALS[pair.group(1).lower()]})(?!\w)", after):
        return skip  # `dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp X`: one act of two verbs
    field = classes()["field"].pattern
    if re.search(rf"{field}\s*$", text[pos:i]) and re.match(rf"{field}(?:\s*[-–]\s*[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)?(?!\w)", after):
        return skip  # `Ủy ban Liên Chính phủ Việt - Nga về hợp tác kinh tế - thương mại | và khoa học - kỹ thuật`: fields of one remit
    titled = re.match(r"((?:[a-zà-ỹđ]+\s+){1,4})[“\"«]", after)
    if name and titled and not classes()["speech"].search(titled.group(1)):
        return skip + titled.end() - 1  # on to the opening quote
    # a name in lowercase words after a capitalised head goes on over `và` + lowercase words up to the clause's
    # end (`Lễ hội ẩm thực và âm nhạc quốc tế.`, `Tọa đàm về xây dựng và bảo vệ thương hiệu, ...`)
    plain = re.match(r"((?:[a-zà-ỹđ]+\s+){0,3}[a-zà-ỹđ]+)(?=\s*(?:[,.;:(]|$|(?i:năm)\s+(?:19|20)\d{2}))", after)
    if (name and head_upper(text, pos) and all(w.isalpha() and w.islower() for w in name) and plain
            and not classes()["stop"].search(plain.group(1)) and not heads.search(plain.group(1))
            and not person_at(after) and not classes()["many"].match(after)):
        return skip
    if not name or not name[0][:1].isupper() or name[-1].isupper() or name[-1].isdigit() or re.fullmatch(r"[IVXLC]+", name[-1]):
        return 0
    word = re.match(r"\w+", after)
    if word is None or not word.group()[:1].isupper() or word.group().isupper() or heads.match(after) or person_at(after) \
            or HOLIDAY.match(after):
        return 0  # (`Lễ hội Thành Tuyên và Tết Trung thu`: a holiday beside the festival)
    if LATIN_EVENT.match(after):
        return 0  # `Hội nghị Thượng đỉnh Halal Toàn cầu | và Halal Expo 2025`: another event, named in English
    lex = load()
    closed = re.compile(rf"(?i:{alternation(list(lex.org_heads) + ['tỉnh', 'thành phố', 'huyện', 'xã', 'TP', 'Việt Nam'])})(?!\w)")
    if closed.match(after) or lex.province(word.group()) or c_opener(after) or classes()["act"].match(after) \
            or classes()["document"].match(after):
        return 0
    return skip


def head_upper(text: str, pos: int) -> bool:
    """Whether the head that ends at `pos` is capitalised (a title: `Lễ hội ẩm thực ...`)."""
    words = text[:pos].split()
    return len(words) >= 2 and words[-2][:1].isupper()


def c_opener(text: str) -> bool:
    return classes()["opener"].match(text) is not None


def dash_pair(text: str, pos: int, i: int) -> bool:
    """Whether the dash at `i` joins two lowercase parts of one name: after a lowercase word, up to three
    lowercase words that are no `stop` and then a capitalised word or an edition (`thực phẩm - đồ uống Việt Nam
    lần thứ 26`), or one word against one word (`cung - cầu`, `xuất - nhập khẩu`)."""
    before = re.findall(r"\w+", text[pos:i])
    if not before or not before[-1].islower() or before[-1].isdigit():
        return False
    rest = text[i + 1:].lstrip()
    words = re.match(r"((?:[a-zà-ỹđ]+\s+){1,3})", rest + " ")
    if words is None or classes()["credit"].match(rest) or classes()["stop"].search(words.group(1)):
        return False
    after = (rest + " ")[words.end():]
    if after[:1].isupper() or EDITION.match(after):
        return True
    return len(words.group(1).split()) == 1 and (classes()["stop"].match(after) is not None or not after[:1].isalnum())


def list_in_name(before: str, rest: str, heads: re.Pattern[str]) -> bool:
    """After a comma that follows a lowercase word: one to four lowercase words and then a capitalised one
    (`Hợp tác kinh tế, thương mại Việt Nam`)."""
    words = [w for w in re.findall(r"\S+", rest)[:7] if w not in ("-", "–")][:5]  # `bao bì thực phẩm - đồ uống`
    last = before.split()[-1] if before.split() else ""
    if last[:1].isupper() and not re.fullmatch(r"[IVXLC]+", last):
        return False  # `hội nghị cấp cao ASEAN - Mỹ, đưa vấn đề ...`: a capitalised name closes before the comma
    if re.search(rf"(?:{EDITION.pattern})\s*$", before) and re.match(r"(?i:tỉnh|thành phố|huyện|xã)\s+[A-ZĐ]", rest.lstrip()):
        return False  # `Hội nghị ... lần thứ 27, | tỉnh Bến Tre công bố ...`: after an edition, a place opens a clause (s61; but `lần
        # thứ 2, khóa X, nhiệm kỳ ...`: the term goes on)
    lower = []
    for word in words:
        if word[:1].isupper():
            break
        if not word.isalpha():
            return False
        lower.append(word)
    phrase = " ".join(lower)
    after = " ".join(words[len(lower):])
    lex = load()
    person = re.compile(rf"(?i:{alternation(list(lex.honorifics) + list(lex.roles) + ['kiêm'])})(?!\w)")
    return (0 < len(lower) < len(words) and not classes()["stop"].match(phrase) and not heads.match(phrase)
            and not person.match(phrase) and not person.match(after))


_BODY_AND = re.compile(r"((?:Cục|Vụ|Viện|Trung tâm|Tổng cục|Học viện)(?:\s+\w+){1,5}?)\s+và(?=\s+(?!(?:Tập đoàn|Công ty|Tổng công ty|Bộ|Sở|UBND|"
                       r"Ủy ban|Uỷ ban|Hiệp hội|Ngân hàng|Cục|Vụ|Viện|Trung tâm|Tỉnh|Thành phố|Quỹ|Trường|Đại học|Hội|Liên)\s)[A-ZĐÀ-Ỹ])")


def pair_in_name(text: str, pos: int, i: int, comma: bool = False) -> bool:
    """Whether the `và` (or, with `comma`, the comma) at `i` joins the parts of a pair or list inside the name that
    started at `pos`: `giữa A và B`, `hai tỉnh A và B` (`Hội nghị sơ kết hợp tác giữa Bộ X và UBND tỉnh Y`, `giữa A, B và C`, `giữa A với
    B`), the things a number counts (`2 Nhà máy Điện mặt trời Srêpôk 1 và Quang Minh`) or two numbers (`Nghị quyết 19 và
    35`)."""
    if not comma and not re.match(r"(?i:và|với)\s", text[i:]):
        return False
    name = text[pos:i]
    between = re.search(r"(?<!\w)(?i:giữa|hai\s+(?:tỉnh|nước|quốc gia|thành phố|địa phương|bên))\s+(.*)$", name)
    parties = _BODY_AND.sub(r"\1 ", between.group(1)) if between else ""  # (`giữa Cục Quản lý và Phát triển Thị trường trong
    # nước, Vụ ...`: the `và` of a department's own name joins no parties)
    if between and parties.strip() and not re.search(r"(?<!\w)(?i:và|với)(?!\w)", parties):
        return True
    if between and re.match(r"(?i:với)\s", text[i:]) and not re.search(r"(?<!\w)(?i:với)(?!\w)", between.group(1)) \
            and re.search(r"(?<!\w)(?i:giữa)\s", name):
        return True  # `giữa Liên đoàn Phòng Thương mại và Công nghiệp tỉnh X (Hàn Quốc) | với các đối tác tỉnh Y`: the `và` was the
        # first party's own
    things = re.search(r"(?<!\w)(?:\d|(?i:hai|ba|bốn))\s+(?i:nhà máy|dự án|công trình|trạm biến áp|tuyến)\s(.*)$", name)
    if things and capitalised(things.group(1)) and re.match(r"(?i:và)\s+[A-ZĐ]", text[i:]) and not re.search(r"(?<!\w)(?i:và)\s", things.group(1)):
        return True  # `khánh thành cụm 2 Nhà máy Điện mặt trời Srêpôk 1 và Quang Minh`: the two things counted
    acts = r"(?i:khánh thành|khởi công|động thổ|đóng điện|thông tuyến)"
    if (re.match(rf"(?i:lễ\s+)?{acts}\s", name) or re.search(rf"(?<!\w){acts}\s*$", text[max(0, pos - 20):pos])) and re.match(
            r"(?i:và)\s+(?i:đường dây|trạm biến áp|nhà máy|dự án)\s", text[i:]):
        return True  # `lễ khánh thành Dự án Trạm biến áp 500kV và đường dây 220/500kV ...`: two works of one ceremony
    return bool(re.search(r"\d\s*$", name) and re.match(r"(?i:và)\s+(?:(?i:số)\s+)?\d", text[i:]))  # (`cầu cảng số 1 và số 2`)


def field_list(text: str, i: int) -> int:
    """Length from the comma at `i` to the end of a list of fields inside a name (`Ngày hội Văn hóa, thể thao và du
    lịch các dân tộc`, `Hội chợ Thương mại, Du lịch vùng Đông Bắc`), else 0: the name or its head so far ends with
    a field (class `field`) and the comma goes on with fields joined by commas, `và` or `&`."""
    field = classes()["field"].pattern
    if not re.search(rf"{field}\s*$", text[:i]):
        return 0
    listed = re.match(rf",\s*{field}(?:\s*,\s*{field})*(?:\s*(?:,|(?i:và)(?!\w)|&)\s*{field})?", text[i:])
    return listed.end() if listed else 0


def purpose_first(rest: str, words: int, subject: bool, before: str = "") -> bool:
    """Whether a purpose verb right after a head that is no clause's subject says what the event is for, what is
    displayed or introduced (`tổ chức Ngày hội trưng bày, giới thiệu sản phẩm OCOP`), not a predicate
    (`Hội chợ trưng bày hơn 300 gian hàng`: a number follows); or whether `những` opens the object of the purpose verb
    the name so far (`before`) ends with (`Hội chợ trưng bày, triển lãm, giới thiệu những thành tựu ...`), or `tổ chức`
    goes on a plan's name (`Kế hoạch tổ chức ...`)."""
    last = before.split()[-2:]
    if re.match(r"(?i:tổ chức)\s", rest) and re.search(r"(?i:kế hoạch|phương án|đề án)\s*$", before):
        return True  # `hội nghị triển khai Kế hoạch | tổ chức các hoạt động hưởng ứng ...`: the plan's own name
    if re.match(r"(?i:những)\s", rest) and any(classes()["purpose"].fullmatch(" ".join(last[-n:])) for n in (1, 2) if len(last) >= n):
        return True
    purpose = classes()["purpose"].match(rest) if words == 0 and not re.match(r"(?i:chào mừng)\s", rest) else None
    joint = re.match(r"\s*(?:,|(?i:và))\s*", rest[purpose.end():]) if purpose is not None else None
    second = purpose is not None and joint is not None and classes()["purpose"].match(rest, purpose.end() + joint.end()) is not None
    if subject and not second:
        purpose = None  # (but `Hội chợ trưng bày, giới thiệu sản phẩm OCOP ... đã khai mạc`: two purposes name it)
    # (`lễ hội chào mừng kỷ niệm 30 năm ...`: why it is held, which ends a name)
    stop = classes()["stop"].match(rest)  # (a longer stop is another verb: `Đại hội đưa ra ...`, not `đưa hàng Việt về ...`)
    return purpose is not None and (stop is None or stop.end() <= purpose.end()) and re.match(
        r"[\s,]*(?:\d|(?i:hơn|gần|khoảng|trên|nhiều|hàng)\s)", rest[purpose.end():]) is None


def onward(text: str, pos: int, i: int) -> int:
    """Whether `và`, a comma or a semicolon at `i` goes on the name of a review meeting (a word of class `review` in the name so far) with
    its next task (a word of class `onward`): `Hội nghị tổng kết công tác năm 2019 và triển khai nhiệm vụ năm 2020`,
    `hội nghị tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018`, or with the span it reviews too (`... năm 2025, giai
    đoạn 2021-2025 và triển khai nhiệm vụ trọng tâm năm 2026`): the length of the joint and its words of class `onward`
    (`và dự kiến nhiệm vụ`: read past, as `dự kiến` alone would end a name), else 0."""
    c = classes()
    joint = re.match(r"(?:[,;]\s*(?:(?i:và)\s+)?|(?i:và)\s+)", text[i:])  # (`Hội nghị tổng kết Đề án X; triển khai Đề án Y`)
    span = re.match(r",\s*(?i:giai đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)", text[i:])  # `..., giai đoạn 2021-2025`
    task = c["onward"].match(text, i + joint.end()) if joint else None
    if not (joint and c["review"].search(text[pos:i]) and (task or span)) or task and re.match(r"\s+(?i:cao)(?!\w)", text[task.end():]):
        return 0  # (`và đánh giá cao sự hỗ trợ`: praise, no task)
    return task.end() - i if task else joint.end()


def vision(text: str, pos: int, i: int) -> int:
    """Length of `, tầm nhìn (đến năm) <year>` at the comma at `i` after a name that ends with a plan's span of years or its
    horizon (`Hội nghị công bố quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050`, `... đến năm 2020, tầm nhìn đến năm
    2050`): the plan's title goes on; else 0."""
    if not re.search(r"(?:(?:19|20)\d{2}\s*[-–]\s*|(?i:đến|tới)\s+(?i:năm)\s+)(?:19|20)\d{2}\s*$", text[pos:i]):
        return 0  # (a span, or a horizon: `Quy hoạch ... đến năm 2020, tầm nhìn đến năm 2050`)
    m = re.match(r",\s*(?i:tầm nhìn)\s+(?:(?i:đến|tới)\s+)?(?:(?i:năm)\s+)?(?:19|20)\d{2}(?!\d)", text[i:])
    return m.end() if m else 0


@lru_cache(maxsize=1)
def _lễ_verbs() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation([row[0] for row in table('event_ceremonies.tsv') if row[2] == 'lễ'])})(?!\w)")


def second_act(text: str, pos: int, i: int, heads: re.Pattern[str] | None = None) -> int:
    """Length of `và <verb>` at `i` inside a ceremony's name opened by `lễ`, for a verb only a `lễ` names (`Lễ công bố
    Quyết định và trao Giấy chứng nhận ...`: one ceremony of two acts; not `Lễ khai trương X và khởi công Y`: two, unless X is
    only a phase of what Y names: `lễ khánh thành giai đoạn 1 và khởi công giai đoạn 2 dự án Z`), else 0;
    not when another event's head stands between the `lễ` and the joint (`lễ khai mạc Hội chợ X và công bố Nhãn hiệu Y`:
    the opening's second act, not the fair's name)."""
    verbs = _lễ_verbs()
    m = re.match(r"(?i:và)\s+", text[i:])
    opened = list(re.finditer(r"(?<!\w)(?i:lễ)\s+\S", text[max(0, pos - 40):i]))
    if m is None or not opened or heads is not None and heads.search(text, max(0, pos - 40) + opened[-1].end(), i):
        return 0
    verb = verbs.match(text, i + m.end())
    if verb is None and re.search(r"(?<!\w)(?i:giai đoạn)\s+\w+\s*$", text[pos:i]):
        verb = classes()["verb"].match(text, i + m.end())  # `lễ khánh thành giai đoạn 1 và khởi công giai đoạn 2 dự án X`: one
        # ceremony over two phases of one project (the first act's object is the phase the second names whole)
    return m.end() + verb.end() - (i + m.end()) if verb else 0


def title_end(text: str, pos: int, i: int) -> int:
    """End of a title written in sentence case after a lowercase head, or -1: a capitalised word and up to two
    lowercase ones (`Khởi nghiệp`), then a preposition and lowercase words up to `do`, `tại`, `ngày`, a comma, ... (`hội thảo Hướng đến xã hội không
    dùng tiền mặt do NH Nhà nước tổ chức`); not when a capitalised word or a number comes before that end."""
    first = text[pos:i].split()
    if not 1 <= len(first) <= 3 or not all(w.isalpha() for w in first) or not first[0][:1].isupper() or first[0].isupper() or capitalised(" ".join(first[1:])) \
            or not classes()["title_on"].match(text[i:]):
        return -1
    end = j = i
    count = 0
    while j < len(text) and count <= 12:
        while j < len(text) and text[j].isspace():
            j += 1
        if j >= len(text) or classes()["title_end"].match(text, j):
            return end if count >= 2 else -1
        word = re.match(r"\w+", text[j:])
        if word is None or not word.group().islower() or word.group().isdigit():
            return -1
        j = end = j + word.end()
        count += 1
    return -1


_VENUE_WORD_END = re.compile(r"(?:^|[\s(])(?:Trung tâm|Cung|Nhà|Tòa nhà|Toà nhà)\s+$")


def venue_name(before: str, after: str | None = None) -> bool:
    """`Trung tâm xúc tiến Đầu tư, Thương mại và Hội chợ ...`: a venue word a few name words back, or right before
    (`khánh thành Trung tâm | Hội chợ ...`: a work's name is the centre's); `after`, the text after the head, if known."""
    c = classes()
    if _VENUE_WORD_END.search(before):
        return True
    m = re.search(rf"(?:^|[\s(])({c['body_name'].pattern})\s+((?:[\w.&]+,?\s+|[-–]\s+){{0,9}}(?:[\w.&]+,?\s+|[-–]\s+|\w+[-–]))$", before)
    if not m or not m.group(1)[:1].isupper():
        return False
    words = m.group(2).split()
    last = words[-1]
    if last.endswith(","):  # `tại Trung tâm Triển lãm Việt Nam, Hội chợ Mùa Xuân ...`: the venue's name ends at its comma
        # (but `tại Cung Quy hoạch, Hội chợ và triển lãm tỉnh X`: the head is one of the venue's purposes, the next after it)
        return after is not None and re.match(rf"\s+(?:và|&)\s+{VENUE_PURPOSES}(?!\w)", after) is not None
    linked = last in ("và", "&", "-", "–") or last[:1].isupper()  # the head goes on the venue's own name
    if linked and not c["stop"].search(m.group(2).lower()) and (capitalised(m.group(2)) or last in ("và", "&") and len(
            words) <= 6 and all(w.isalpha() and w.islower() for w in words[:-1])):
        return True  # (`Trung tâm xúc tiến thương mại và | hội chợ triển lãm Cần Thơ`: lower-case words of its name too)
    if re.fullmatch(r"(?i:hội chợ|triển lãm|hội nghị|hội thảo|sự kiện)(?:\s+(?:và|&|[-–])\s+|[-–])", m.group(2)):
        return True  # `Trung tâm triển lãm và hội nghị Sài Gòn (SECC)`, `Trung tâm hội chợ-Triển lãm X`: a centre for both
    # `Công ty Tổ chức Triển lãm VCCI`, `Công ty Dịch vụ Triển lãm Singapore`: the body's own name, in which each
    # word is capitalised or the second syllable of a capitalised word, runs on to the (capitalised) head; not
    # `Công ty X tổ chức Triển lãm` (`tổ chức` a verb of its own)
    return len(words) <= 4 and all(w.isalpha() for w in words) and words[0][:1].isupper() and all(
        w[:1].isupper() or words[k - 1][:1].isupper() for k, w in enumerate(words))
