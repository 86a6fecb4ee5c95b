"""Event mentions: where an event is named in a sentence, with its head, type and the extent of its name.

A mention has a head and a name:

- a head noun from `lexicons/event_types.tsv` (`Hội nghị`, `Hội chợ`, `Tọa đàm`, `Ngày hội`, ...), or `lễ` +
  a ceremony verb from `lexicons/event_ceremonies.tsv` (`lễ khánh thành`, `lễ cắt băng khánh thành`), or a
  ceremony verb heading a clause on its own (`Tập đoàn X khánh thành nhà máy Y`, `đã khởi công ...`; a
  signing needs a document as object, and a verb after `sau khi`, `tiến tới`, ... is no event);
- its name runs on over nouns, names, numbers, `lần thứ X`, years, quoted titles and acronyms in
  brackets, and ends at a word of class `stop` of `lexicons/event_words.tsv` (clause words, places,
  times, auxiliaries, predicates such as `quy tụ`), a clause opener (`Chính vì vậy`), a photo credit
  (` - Ảnh`), a person's title, another event's head (`Hội chợ CAEXPO và Hội nghị CABIS` is two events)
  or, when the head is the subject of its clause, a verb (`Triển lãm mở cửa`);
- it is no event when a quantifier or `là` comes before it (`các hội chợ`, `một hội chợ`, `là triển lãm`),
  when a venue word does (`Trung tâm Hội nghị Quốc gia`, `Cung Văn hóa`, `Công ty ... Hội chợ`), or when
  it follows such a generic mention in a list (`các triển lãm, hội chợ quốc tế`).

A mention without a name (`tại hội nghị`) or pointing back (`hội nghị lần này`) is bare; a bare mention,
or a ceremony verb after `việc`, `sau khi`, ..., is weak: it can join an event but not open one.
"""

from __future__ import annotations

import re

from pipeline.facts.event_ceremonies import verbal, word_at
from pipeline.facts.event_lexicon import (
    EDITION,
    PLACE_START,
    YEAR,
    Mention,
    capitalised,
    classes,
    heads_after,
    keywords,
    of_event,
    verb_of,
)
from pipeline.facts.event_names import name_end
from pipeline.language.analysis import Analysis, Sentence
from pipeline.language.textnorm import fold

__all__ = ["EDITION", "PLACE_START", "YEAR", "Mention", "classes", "keywords", "mentions"]

def _nominal(sentence: Sentence, tags: dict[int, tuple[str, int]], starts: set[int], ends: set[int]) -> list[Mention]:
    c = classes()
    pattern, types = keywords()
    text = sentence.text
    found: list[Mention] = []
    generic_until = -1
    for m in pattern.finditer(text):
        if not word_at(starts, ends, m.start(), m.end(), text):
            continue
        before = text[:m.start()]
        head = re.sub(r"\s+", " ", m.group())
        type_, subtype = types[fold(re.sub(r"(?i)lễ\s+cắt\s+băng\s+", "lễ ", head))]
        in_list = generic_until >= 0 and re.fullmatch(r"\s*(?:,|và|hoặc|/)\s*", text[generic_until:m.start()]) is not None
        if c["generic_before"].search(before) or in_list:
            generic_until = name_end(text, m.end(), tags, False)
            continue
        if c["venue_before"].search(before) or _venue_name(before):
            continue
        if type_ == "ceremony" and fold(verb_of(head)) in of_event() and heads_after(text, m.end()):
            continue  # `lễ khai mạc Festival ...` is the festival
        subject = _opens_clause(before)
        end = name_end(text, m.end(), tags, subject, head[:1].islower() and type_ != "ceremony")
        rest = text[m.end():end].strip(" ,-–")
        if subject and rest and c["purpose"].fullmatch(rest) and c["stop"].match(text[end:].lstrip()):
            end, rest = m.end(), ""  # `triển lãm giới thiệu tới công chúng`: the verb is the predicate
        name = text[m.start():end].strip(" ,-–")
        anaphor = c["anaphor_end"].match(text, end) is not None  # `hội nghị (sơ kết) lần này` points back
        named = bool(rest) and not anaphor
        if named and head[:1].islower() and not capitalised(rest) and not re.search(r"[\d“\"«']", rest):
            named = bool(c["modifier"].sub("", rest).strip(" ,-–"))  # `hội chợ triển lãm quốc tế`
        found.append(Mention(name, type_, subtype, m.start(), m.start() + len(name), sentence, named,
                              strong=named, head=head))
    return found

_ADVERBIAL = re.compile(r"(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm|tại|trong|năm|tháng|vào|theo|sau|trước|cùng|tin|nhân)(?!\w)")

def _opens_clause(before: str) -> bool:
    """Whether a mention after `before` opens its clause (the subject): at the start, after `;` or `:`, or after
    fronted adverbials (`Ngày 11/10, tại TP. Bạc Liêu, ...`); not after a comma in a list of names."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ";:":
        return True
    if stripped[-1] != ",":
        return False
    segments = [seg.strip() for seg in re.split(r"[,;:]", stripped[:-1])]
    return all(not seg or _ADVERBIAL.match(seg) or seg[:1].isdigit() for seg in segments[-3:]) and bool(
        segments and _ADVERBIAL.match(segments[0] or "x"))

def _venue_name(before: str) -> bool:
    """`Trung tâm xúc tiến Đầu tư, Thương mại và Hội chợ ...`: a venue word a few name words back."""
    c = classes()
    m = re.search(r"(?:^|[\s(])((?i:trung tâm|cung|nhà|công ty|tổng công ty))\s+((?:[\w.&]+,?\s+){1,10})$", before)
    if not m or not m.group(1)[:1].isupper():
        return False
    last = m.group(2).split()[-1]
    linked = last in ("và", "&") or last[:1].isupper()  # the head goes on the venue's own name
    return linked and not c["stop"].search(m.group(2).lower()) and capitalised(m.group(2))

def mentions(analysis: Analysis) -> list[Mention]:
    found = []
    pattern, verb = keywords()[0], classes()["verb"]
    for sentence in analysis.sentences:
        if not pattern.search(sentence.text) and not verb.search(sentence.text):
            continue  # no head and no ceremony verb: no mention, and the sentence need not be tagged
        starts = {t.start - sentence.start for t in sentence.tokens}
        ends = {t.end - sentence.start for t in sentence.tokens}
        tags = {t.start - sentence.start: (t.pos, t.end - sentence.start) for t in sentence.tokens}
        nominal = _nominal(sentence, tags, starts, ends)
        taken = [(n.start, n.end) for n in nominal]
        by_verb = verbal(sentence, taken, starts, ends, tags)
        found.extend(sorted(nominal + by_verb, key=lambda x: x.start))
    return found
