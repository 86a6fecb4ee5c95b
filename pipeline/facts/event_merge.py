"""Merging an article's event mentions into events: a bare head or an anaphor joins the event of its type mentioned
most, a name the event whose name words it shares, never across editions, years, places or two names in one sentence;
the mention that names the merged event (`MergedEvent.first`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.facts import event_aliases, event_dates, event_headlines, event_spelling
from pipeline.facts.event_contained import glossed_name, next_edition
from pipeline.facts.event_lexicon import marks
from pipeline.facts.event_mentions import EDITION, YEAR, Mention, classes
from pipeline.facts.event_spelling import captioned, days_apart, named_apart, places_apart, proper, respelled
from pipeline.language.analysis import Analysis
from pipeline.language.textnorm import fold

_FILLER = frozenset(w for w in "các của và với tại năm lần thứ cho về giữa trong ở có tên the of".split())  # words that tell no events apart
_LEAD_GOVERNORS = re.compile(r"(?:tại|dự|tham dự|khai mạc|phát biểu tại|trong)\s+(?:buổi\s+)?$", re.I)


@dataclass
class MergedEvent:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        """The mention that names the event: the first strong named one, or a later one that says the same and adds
        a year or an edition (`Hội chợ OCOP Quảng Ninh` then `Hội chợ OCOP Quảng Ninh 2017`), or says more than a
        headline or a photo's caption."""
        named = [m for m in self.mentions if m.named and m.strong]
        if not named:
            return self.mentions[0]
        first = named[0]
        words = name_words(first)
        headline = first.sentence.start < event_headlines.HEAD_ZONE and not first.sentence.text.rstrip().endswith((".", "!", "?", "…")) or \
            captioned(first)  # (a photo's caption shortens as a headline does; a site's line may come before the headline)
        for later in named[1:]:
            if headline and _names_what_headline_does_not(first, later):
                return later  # `Khánh thành nhà máy chế biến nông sản` is `lễ khánh thành ... Nhà máy ... Thuận Phong`
            if not words or not words <= name_words(later) or _bare_head(later) != _bare_head(first):
                continue
            (y1, y2), (e1, e2) = ((bool(p.search(first.name)), bool(p.search(later.name))) for p in (YEAR, EDITION))
            adds = (y2 and not y1 and (e2 or not e1)) or (e2 and not e1 and (y2 or not y1))  # keeps what the first has
            fuller = len(name_words(later)) > len(words) or _bare_head(later) != fold(later.head.lower()) or (
                later.name.lower().startswith(first.name.lower() + " "))  # `... Xuân Thọ 1` then `... Xuân Thọ 1 và Xuân Thọ 2`
            named_more = later.name.startswith(first.name + " ") and later.name[len(first.name) + 1:][:1].isupper()  # (`Thế vận hội
            if adds or ((headline and fuller) or named_more) and marks(later) == marks(first):  # Mùa đông | Pyeongchang`)
                return later  # (a headline shortens: `Khởi công nhà máy phụ tùng ô tô` is `... nhà máy sản xuất ...`)
        marked = [m for m in named[1:] if headline and not proper(first) and not any(marks(first)) and any(marks(m))
                  and _bare_head(m) == _bare_head(first) and words & name_words(m)]  # `lễ hội quảng bá trái cây ...` is `Lễ hội trái cây lần thứ I năm 2023`
        return max(marked, key=lambda m: len(words & name_words(m))) if marked else event_spelling.in_sentence_case(first, named)


def _names_what_headline_does_not(first: Mention, later: Mention) -> bool:
    """Whether a later ceremony of the same act names with a proper name what the headline's ceremony names with
    common words only, sharing a third of them at least (`Khánh thành công trình điện gió thương mại` is `lễ khánh
    thành Nhà máy điện gió V1-3 Bến Tre`)."""
    if first.type != "ceremony" or later.type != "ceremony":
        return False
    shared = name_words(first) & name_words(later)
    proper = [w for w in later.name.split()[2:] if w[:1].isupper()]
    return len(shared) * 3 >= len(name_words(first)) and len(proper) >= 2 and not any(
        w[:1].isupper() for w in first.name.split()[1:])


def name_words(mention: Mention, core: bool = False) -> set[str]:
    name = mention.name[len(mention.head):] if mention.name.lower().startswith(mention.head.lower()) else mention.name
    name = EDITION.sub(" ", YEAR.sub(" ", event_spelling.one_spelling_of_places(event_dates.unplanned(name))))
    if core:
        name = classes()["modifier"].sub(" ", name)  # `quy mô lớn`, `quốc tế` tell no event apart
    return {w for w in re.findall(r"\w+", name.lower()) if w not in _FILLER and not w.isdigit()}


def _bare_head(mention: Mention) -> str:
    """A mention's head folded, without `lễ` (`lễ khởi công` and `khởi công` head the same ceremony)."""
    return re.sub(r"^le\s+", "", fold(mention.head.lower()))


def _lead(mention: Mention) -> tuple[str, ...]:
    """The first two words of a descriptive name after its head (lowercase: `đối thoại`), folded, when the name
    has at least four."""
    name = mention.name[len(mention.head):] if mention.name.lower().startswith(mention.head.lower()) else ""
    words = re.findall(r"\w+", name)
    if len(words) < 4 or not all(w.islower() for w in words[:2]):
        return ()
    return tuple(fold(w) for w in words[:2])


_COUNTED = re.compile(r"(?<![\w.,/])\d+\s+[a-zà-ỹđ]")


def _same(event: MergedEvent, mention: Mention, days: dict[int, set[str]], text: str = "") -> bool:
    """Whether `mention` is another mention of `event` (a bare head that begins the event's head, `Tuần lễ` of a
    `Tuần lễ văn hóa ...` festival, is one though its own type differs); `days`: the days each sentence gives, by its start;
    `text`: the article's, where two names may be written side by side as one (`event_aliases.paired`)."""
    first = event.first
    if mention.named and any(o.named and o.sentence is not mention.sentence and _one_title(o, mention) for o in event.mentions):
        return True  # `Hội nghị “Đào tạo an toàn hóa chất cho ...”` and `hội thảo “Đào tạo an toàn hóa chất cho ... gồm ...”`
    a, b = fold(first.head.lower()), fold(mention.head.lower())
    if a != b and "hoi dam" in (a, b) and fold(first.name.lower()) != fold(mention.name.lower()):
        return False  # talks are not the conference they sit beside (`cuộc hội đàm cấp cao về công tác ...`, `Hội nghị về công tác ...`)
    shorter = (not mention.named and a.startswith(b + " ")) or (not first.named and b.startswith(a + " ")) or a == b or (  # (`Ngày hội`: a fair
        {first.type, mention.type} <= event_spelling.TALKS and name_words(first) == name_words(mention) != set())  # or not; `diễn đàn X`, `hội nghị X`)
    if (first.type != mention.type and not shorter) or a.startswith("tai ") != b.startswith("tai ") or (mention.subtype and first.subtype and mention.subtype != first.subtype
                                      and {mention.subtype, first.subtype} not in ({"inauguration", "opening"}, {"groundbreaking", "launch"})):
        return False
    if event_aliases.named_after(mention, event.mentions) or any(event_aliases.translated(o, mention) or event_aliases.paired(o, mention, text) for o in event.mentions):
        return True  # `cuộc thi Người mẫu thể hình Việt Nam 2017 - Vietnam Fitness Model 2017`, then `cuộc thi Vietnam Fitness Model 2017`
    for other in event.mentions:
        (e1, y1), (e2, y2) = marks(other), marks(mention)
        if (e1 and e2 and e1 != e2) or (y1 and y2 and y1 != y2) or event_spelling.sittings_apart(other, mention):
            return False
    if any(places_apart(mention, o) for o in event.mentions) or (a != b and not shorter and not event_spelling.ORDINAL.search(
            mention.name) and all(event_spelling.ORDINAL.search(o.name) for o in event.mentions)):
        return False  # (`... sang thị trường Nhật Bản`, `... sang thị trường Úc`: two shipments; `kỳ họp thứ 17`, then `Hội nghị X`)
    if not mention.named:  # (but not a festival of another place: `dịp lễ hội chùa Keo` beside `Lễ hội bánh ... Vũ Thư`)
        return not re.search(r"(?<!\w)[A-ZĐ]", mention.name[len(mention.head):]) or any(
            name_words(mention) & name_words(o) for o in event.mentions)
    if any(o.sentence is mention.sentence and o.named and fold(o.name) != fold(mention.name)
           and not _alias(o, mention) and not respelled(o, mention) for o in event.mentions):
        return False  # a sentence that names two events names two events (the same name twice is one), unless the
        # second is the first's short name in brackets (`Festival Gốm và Khinh khí cầu Đồng Nai 2025 (Festival Đồng Nai 2025)`)
    new = name_words(mention)
    apart = any(named_apart(mention, o) and days_apart(mention, o, days) for o in event.mentions)  # (two works, each on its day)
    for other in event.mentions:
        if not other.named:
            continue
        old = name_words(other)
        if marks(mention)[0] is not None and marks(mention)[0] == marks(other)[0] and not (
                proper(mention) and proper(other)):
            return True  # one edition of one kind of event: `Đại hội điểm Hội Nông dân huyện X lần thứ X` is the
            # `Đại hội đại biểu lần thứ X` of its lead (but `Lễ hội Cam Cao Phong lần thứ II` is not `Lễ hội Chiêng Mường lần thứ 2`)
        if new and new <= _bracketed(other):
            return True  # `hội chợ máy ... Bình Dương năm 2018 (Bifa Wood 2018)` is `Hội chợ Bifa Wood 2018`
        shared = len(new & old)
        acronym = any(fold(w).upper() in _initials(other) for w in re.findall(r"\b[A-ZĐ]{2,6}\b", mention.name)) or any(
            fold(w).upper() in _initials(mention) for w in re.findall(r"\b[A-ZĐ]{2,6}\b", other.name))
        if acronym or not new or not old or new <= old or old <= new or shared >= 0.5 * len(new | old) or (
                shared >= 2 and shared >= 0.75 * min(len(new), len(old))):
            return True
        if mention.type == "ceremony" and (new & old) and not (_COUNTED.search(mention.name) or _COUNTED.search(other.name)
                                                               or apart):
            return True  # (a ceremony for `250 dự án` is not that of one project sharing the word `dự án`)
        if _lead(mention) and _lead(mention) == _lead(other):
            return True  # long names of one meeting worded twice: `Hội nghị đối thoại với DN ...`, `hội nghị đối thoại giữa ...`
        new_core, old_core = name_words(mention, True), name_words(other, True)
        if new_core and old_core and (new_core <= old_core or old_core <= new_core):
            return True  # `hội nghị xúc tiến đầu tư quy mô lớn` is `hội nghị xúc tiến đầu tư vào Sóc Trăng`
    return not any(o.named for o in event.mentions)


def _bracketed(mention: Mention) -> set[str]:
    """The lower-case words of the short name in brackets after a mention (`(Bifa Wood 2018)`; `Vietnam` as `Việt Nam` too)."""
    short = re.match(r"\s*\(([^()]{2,60})\)", mention.sentence.text[mention.end:])
    return {w.lower() for w in re.findall(r"\w+", re.sub(r"(?i)\bviet\s?nam\b", r"\g<0> Việt Nam", short.group(1))) if not w.isdigit()} if short else set()


_QUOTED = re.compile(r"[“\"]([^”\"]{12,})[”\"]")


def _one_title(one: Mention, other: Mention) -> bool:
    """Whether two mentions quote one title (of four words at least, the shorter opening the longer): one event the
    page calls by two heads."""
    a, b = _QUOTED.search(one.name), _QUOTED.search(other.name)
    if not a or not b:
        return False
    x, y = sorted((fold(a.group(1).lower()).split(), fold(b.group(1).lower()).split()), key=len)
    return len(x) >= 4 and y[:len(x)] == x


def _alias(first: Mention, second: Mention) -> bool:
    """Whether `second` is `first`'s short name in brackets right after it, sharing its words."""
    between = first.sentence.text[first.end:second.start]
    return first.sentence is second.sentence and re.fullmatch(r"\s*\(\s*", between) is not None and \
        bool(name_words(second)) and name_words(second) <= name_words(first)


def _inside_quotes(outer: Mention, inner: Mention) -> bool:
    """Whether `inner` lies inside a quoted title of `outer`'s name."""
    if outer.sentence is not inner.sentence or not (outer.start <= inner.start < outer.end):
        return False
    before = outer.sentence.text[outer.start:inner.start]
    return sum(before.count(q) for q in "“\"'«") % 2 == 1 or before.count("“") > before.count("”")


def _initials(mention: Mention) -> set[str]:
    """Acronyms the name's words could be written as (`an toàn giao thông` -> `ATGT`)."""
    words = [w for w in re.findall(r"\w+", mention.name[len(mention.head):]) if not w.isdigit()]
    out = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 6) + 1):
            out.add(fold("".join(w[0] for w in words[i:j])).upper())
    return out


def merge(analysis: Analysis, mentions: list[Mention], days: dict[int, set[str]]) -> list[MergedEvent]:
    events: list[MergedEvent] = []
    lead = analysis.sentences[0].paragraph if analysis.sentences else 0
    previous: Mention | None = None
    orphans: list[Mention] = []
    for mention in mentions:
        if previous is not None and _inside_quotes(previous, mention):
            continue  # `Lễ trao giải 'Viet Film Fest 2015 - Đại hội điện ảnh quốc tế'`: part of a title
        glossed = glossed_name(mention, previous)
        if glossed is not None:  # `Paralympic (Thế vận hội mùa Đông ...)`: the name glossed, no other event of its words
            events.append(MergedEvent([glossed]))
            previous = glossed
            continue
        host = next((e for e in events if previous in e.mentions), None) if previous is not None else None
        if host is not None and previous is not None and event_aliases.apposition(previous, mention):
            host.mentions.append(mention)  # `HACKATHON 2017 - cuộc thi về công nghệ do Viettel tổ chức`
            previous = mention
            continue
        previous = mention
        if not mention.named and next_edition(mention):
            continue  # `nơi sẽ tổ chức hội nghị năm 2018`: the next edition, whose year is not this event's
        candidates = [e for e in events if _same(e, mention, days, analysis.text)]
        if candidates:  # a bare mention is the last event of its type; a name the event it shares most words with
            target = max(candidates, key=lambda e: (len(e.mentions), events.index(e))) if not mention.named else max(
                candidates, key=lambda e: (len(name_words(e.first) & name_words(mention)), events.index(e)))
            target.mentions.append(mention)
            continue
        if mention.strong or mention.named:
            events.append(MergedEvent([mention]))  # a weak name only holds its event for the bare mentions that follow
        elif (not mention.named and mention.sentence.paragraph == lead and mention.type != "ceremony"
              and (_LEAD_GOVERNORS.search(mention.sentence.text[:mention.start]) or mention.start == 0)
              and len(re.findall(r"\w+", mention.sentence.text[mention.end:])) >= 3
              and not classes()["credit"].match(mention.sentence.text[mention.end:].lstrip(" -–"))):
            events.append(MergedEvent([mention]))
        elif not mention.named and mention.type != "ceremony":
            orphans.append(mention)  # (a bare head before the name: `Hội chợ sẽ diễn ra từ ngày 28/4`, then `Hội chợ OCOP X`)
    for orphan in orphans:  # (the one event it can be)
        hosts = [e for e in events if _same(e, orphan, days, analysis.text)]
        if len(hosts) == 1:
            hosts[0].mentions.append(orphan)
    return [e for e in events if any(m.strong for m in e.mentions)
            or (e.mentions[0].sentence.paragraph == lead and not e.mentions[0].named)]
