"""A figure's subject read leftwards from it: the noun phrase before the figure in its clause, or what the words around
it (a link, a change, brackets, a distance, a price) say it belongs to. `subjects.subject` refines what this finds with
the words after the figure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.facts.noun_owners import entity_before
from pipeline.facts.noun_phrases import (
    PERIOD_CLOSERS,
    after_verb,
    clause_subject,
    clause_topic,
    ends_entry,
    in_figure,
    is_bare_attribute,
    opens_clause,
    phrase_before,
    phrase_text,
    skip_links,
    skip_period,
)
from pipeline.facts.subject_acted import acted_object
from pipeline.facts.subject_asides import (
    before_foreign_amount,
    chained_change,
    change_of_amount,
    group_of,
    past_foreign,
    period_opens_change,
    restated,
)
from pipeline.facts.subject_changes import in_parentheses, is_changed, listed_subject, respective_item
from pipeline.facts.subject_counted_before import after_count
from pipeline.facts.subject_distances import distance_from, far_thing
from pipeline.facts.subject_items import (
    CAPITAL_TAILS,
    after_conjunction,
    after_preposition,
    aside_before,
    attribute_tail,
    before_balance_verb,
    before_other_amount,
    bracket_owner,
    change_after_amount,
    defined_name,
    from_place,
    in_item,
    paid_into,
    place_use,
    price_owner,
    raised_object,
)
from pipeline.facts.subject_lexicon import (
    COMMON_INITIALS,
    COMPARATIVES,
    DETERMINERS,
    LINK_QUALIFIERS,
    NOUN,
    PERIOD_PREPOSITIONS,
    SAYING,
    SIZE_UNITS,
    entries,
    figure_verbs,
    invested_in,
    kind_of,
    low,
    named_work,
    place_with_word,
    value_links,
    words_of,
)
from pipeline.facts.subject_listed import listed_owner
from pipeline.facts.subject_owners import (
    before_relative,
    given_to,
    labelled,
    level_aside,
    owner_after,
    sized_opening,
    thing_before_aside,
    valued_in_brackets,
    what_moves,
)
from pipeline.facts.subject_sold import sold_thing
from pipeline.facts.subject_with import framed_comma
from pipeline.language.analysis import Sentence, Token


@dataclass(frozen=True)
class Subject:
    """A figure's subject as written and its kind: `measure`, `attribute`, `entity`, `qualified` (a generic word made
    specific, `mức thu phí`), `named` (a name: `tỉ phú Warren Buffett`), `sized` (a plain thing before its size: `khu
    đất 5 ha`), `changed` (opening a change: `dịch vụ tăng 6,5%`) or `of` (the phrase after it: `16 tấn bom`)."""

    text: str
    kind: str


def usable_kind(run: list[Token], direct: bool) -> tuple[str, bool] | None:
    """The lexicon kind of a phrase if it can be a subject, ("named", False) for a phrase naming something."""
    if not run:
        return None
    kind = kind_of(run)
    if kind is not None and kind[0] in ("generic", "other"):
        return None
    if kind is not None and kind[0] == "time" or kind is None and direct and named_work(run):
        return kind or ("entity", False)  # (`Nhà máy thức ăn chăn nuôi/V | 28 triệu USD`: a works named by what it does)
    if direct and run[-1].pos == "V" and not named_work(run) and (kind is None or kind[0] in ("entity", "qualified", "inner")) and not (kind is not None and kind[0] == "entity" and ends_entry(run, len(run) - 1) and all(t.pos != "V" for t in run[:-1])):
        return None  # `Công ty xuất khẩu 30.000 tấn`: a predicate (not `hệ thống điện năng lượng tái tạo/V`: a thing's name)
    if (run[-1].pos == "A" and low(run[-1].text) in COMPARATIVES and tuple(words_of(run)) not in entries().kinds
            and (kind is None or kind[0] in ("entity", "inner"))):  # but `mức thưởng cao nhất 1 tỷ đồng`: a measure
        return None  # `khu vực Trung Bộ thấp hơn 60%`: a comparison
    if kind is not None:
        return kind
    if any(t.pos == "Np" or t.pos == "Ny" and t.text.isupper() and t.text not in COMMON_INITIALS for t in run) and run[-1].pos != "V":
        return ("named", False)  # `ĐBSCL chiếm 30%`; but `Anh Tuấn bán được 2 tấn`: a person and a verb
    return None


def leftward(sentence: Sentence, start: int, spans: list[tuple[int, int]], previous: Subject | None,
             same_unit: bool, rate: bool, unit: str | None = None, adjacent: bool = True) -> Subject | None:
    """What the figure starting at `sentence.text[start]` measures, read leftwards, or None.

    spans: (start, end) of every figure of the sentence, as sentence offsets (a phrase does not run across one).
    previous: the subject of the figure before it in the same sentence, for a change with no phrase of its own
    (`..., tăng 12,47%`) or, when `same_unit`, for a figure that continues a list (`3,57% ... và 1,7% ...`).
    rate: the figure is a rate (`650.000 đồng/kg`): a plain noun phrase right before it is the thing priced.
    unit: the figure's unit; of a size, weight or volume, a plain noun phrase right before it is what is measured.
    adjacent: whether `previous` is the subject of the figure right before (not of one further back): only then does a
    figure restating it in brackets (`(tương đương 9 tỉ USD)`, `(cùng kỳ tăng 13,3%)`) share it.
    """
    tokens, base = list(sentence.tokens), sentence.start
    absolute = [(base + s, base + e) for s, e in spans]
    i = max((k for k, t in enumerate(tokens) if t.start < base + start), default=-1)
    if i >= 0 and tokens[i].end > base + start:
        i -= 1  # a token straddling the figure's start
    if i < 0:
        return None
    group = group_of(tokens, i, absolute) if unit == "count" else []
    if group:
        return Subject(phrase_text(sentence, group), "entity")  # `Đội tiền trạm gồm 7 người`: the group of the members counted
    respective = respective_item(sentence, tokens, i, absolute)
    if respective:
        return Subject(respective, "changed")  # `A và B lần lượt đạt X và Y`: X is A's, Y is B's (also after another item's
        # figures: `Pakistan với 162.369 tấn, chiếm 4,5%, và Myanmar và Ấn Độ lần lượt là X và Y`)
    if previous and adjacent and chained_change(tokens, i, absolute, sentence.text[start:]) and in_item(sentence, tokens, i, previous.text):
        return previous  # `đạt 364 tỷ đồng, vượt 21% so với kế hoạch và tăng 35%`: more changes of the amount before
    if restated(tokens, i, absolute) or period_opens_change(tokens, i):  # the same measure, when the figure before has it
        return previous if adjacent and previous is not None and in_item(sentence, tokens, i, previous.text) else None  # `205.000 tỉ đồng (tương đương 9 tỉ USD)`, `tăng 16,6% (cùng kỳ tăng 13,3%)`: the same measure
    i = past_foreign(tokens, i)  # `khoảng 25 triệu bảng Anh (tương đương 31,6 triệu USD)`: as of the amount before
    listed = listed_subject(sentence, tokens, i, absolute, start)
    if listed:
        return Subject(listed, "changed")  # `ngành chế biến, chế tạo tăng 4,4%`: a list opening the clause of a change (or
        # goods the tagger read as a verb: `..., thủy sản đạt 300 triệu USD và tơ tằm/V đạt 20 triệu USD`)
    counted = in_parentheses(tokens, i, absolute)
    if counted:
        return Subject(phrase_text(sentence, counted), "of")  # `1.751 doanh nghiệp thành lập mới (tăng 16,1%`
    if previous is not None and change_after_amount(tokens, i, absolute) and in_item(sentence, tokens, i, previous.text):
        return previous  # `thép 560 triệu USD (tăng 44,6%)`: a change of the amount before
    owned = change_of_amount(tokens, i, absolute) if unit != "count" else []
    if owned:
        return Subject(phrase_text(sentence, owned), "changed")  # `Tình hình phạm pháp giảm 472 vụ (giảm 20%`
    beside = labelled(tokens, i, absolute) or what_moves(tokens, i, absolute) or level_aside(tokens, i, absolute)
    if beside:  # `Giải nhất: 25 triệu đồng`, `bão ..., mỗi giờ đi được 15 km`, `Sức gió ... cấp 6 (40-50 km/giờ)`
        return Subject(phrase_text(sentence, beside), "named")
    bracketed = tokens[i].text == "("  # `có Pháp (1,8%), Đức (1,2%)`, `2 cọc tiền (93,5 triệu đồng)`: the item the brackets follow
    if bracketed:
        if previous and i > 0 and in_figure(tokens[i - 1], absolute):
            return previous  # `49 MW (69 MWp)`
        i = before_other_amount(tokens, before_foreign_amount(tokens, i - 1))  # `trị giá 5 tỷ rupee (74 triệu USD)`
        bracketed = i >= 0 and tokens[i + 1].text == "("  # but not after another amount
        if i < 0:
            return None
    j = skip_links(tokens, i)
    j = skip_period(sentence, tokens, j)
    opening = aside_before(tokens, j, i, absolute)
    j = opening - 1 if opening is not None else j  # `Tổng sản phẩm nội địa (GDP) ước đạt`, `Quy mô nền kinh tế (theo giá hiện hành) hơn`: past the aside
    valued = valued_in_brackets(tokens, i, absolute)
    if valued:  # `mượn xe máy Satria 150 (trị giá 65 triệu đồng)`
        return Subject(phrase_text(sentence, valued), "entity")
    if j >= 1 and tokens[j].pos == "M" and low(tokens[j - 1].text) == "từ":
        j = skip_links(tokens, j - 2)  # `nâng số nhân lực từ 300 lên 1.200 người`
    direct = j == i
    run = phrase_before(tokens, j, absolute)
    if raised := raised_object(tokens, j, i):  # `nâng tỷ lệ hộ dân có điện sử dụng lên hơn 98%`: what is raised, whole
        return Subject(phrase_text(sentence, raised), (kind_of(raised) or ("named",))[0])
    if run and not direct and any(low(t.text) in SAYING for t in tokens[j + 1:i + 1]) and (kind_of(run) or ("",))[0] != "measure":
        run = []  # `Cơ quan Khảo sát Địa chất Mỹ ước tính có 120 triệu tấn`: who estimates, not what is estimated
    relative = before_relative(tokens, run, absolute) if run and not direct else None
    if relative is not None:  # `Mức lãi suất phổ biến mà các công ty áp dụng là 40%`: the measure, not who applies it
        return Subject(phrase_text(sentence, relative), kind_of(relative)[0]) if relative else None  # type: ignore[index]
    measured = clause_subject(tokens, j, absolute) if run and not direct and (kind_of(run) or ("",))[0] not in ("measure", "attribute") else []
    if measured and any(low(t.text) in ("được", "bị") and u.pos in ("N", "Np", "Nc") for t, u in zip(measured, measured[1:], strict=False)):
        measured = []  # (`giá vàng SJC được | công ty SJC niêm yết ở mức`: an agent, no relative clause of the measure)
    if measured and measured[-1] is run[-1] and len(measured) > len(run) and kind_of(measured)[0] in ("measure", "attribute"):  # type: ignore[index]
        return Subject(phrase_text(sentence, measured), kind_of(measured)[0])  # type: ignore[index]  # `Diện tích xoài đã được cấp mã vùng trồng là`: the measure that
        # opens the clause and its relative clause, not the noun that ends it (s65, set P190)
    far = distance_from(tokens, run) if run or low(tokens[j].text) != "cách" else j
    if far is None and not run and j > 0 and tokens[j].text == ")" and any(t.text == "(" for t in tokens[:j]):
        far = distance_from(tokens, phrase_before(tokens, max(n for n in range(j) if tokens[n].text == "(") - 1, absolute))  # `tâm bão cách Phan Rang (Ninh Thuận) khoảng 410 km`
    if far is not None and far > 1 and tokens[far - 1].text == "," and in_figure(tokens[far - 2], absolute) and any(
            low(t.text) == "cách" for t in tokens[max(0, far - 12):far - 1]):
        thing = re.split(r",?\s+cách\s", previous.text)[0] if previous is not None and adjacent and i > far else None  # `cách Vũng Tàu
        return Subject(f"{thing} {phrase_text(sentence, tokens[far:i + 1])}", "named") if thing else None  # 60 km, cách Bến Tre 110 km`: the same thing
    if far is not None:  # `Vị trí tai nạn cách bờ biển Iwakuni khoảng 320 km`: what is that far, never the place it is far from
        away = far_thing(tokens, far, i, absolute)
        return Subject(phrase_text(sentence, away), "named") if away else None
    if run and (kind_of(run) or ("inner",))[0] == "inner":
        inside = [n for n in range(1, len(run)) if run[n - 1].pos == "V" and (kind_of(run[n:n + 1]) or ("",))[0] == "entity"]
        measures = [n for n in range(1, len(run)) if (run[n - 1].pos in ("V", "A") or direct and low(tokens[max(0, tokens.index(run[0]) - 1)].text) == "cho") and (kind_of(run[n:]) or ("",))[0] == "measure"]  # (`cho lưới điện | sản lượng điện 75 triệu kWh`)
        if inside:
            run = run[inside[-1]:]
        elif measures and (j < i or len(words_of(run[measures[0]:])) >= 3):
            run = run[measures[0]:]  # `THPT đóng | học phí hàng tháng cao hơn 5.000 đồng`, `thành phố lớn | quỹ giao thông tĩnh đạt`  # `Quảng Ngãi khánh thành | nhà máy chế biến gỗ 500 tỷ đồng`
    k = tokens.index(run[0]) - 1 if run else -1
    if k > 0 and low(tokens[k].text) in ("được", "bị") and (kind_of(run) or ("",))[0] not in ("measure", "attribute"):
        run = phrase_before(tokens, k - 1, absolute)  # `giá vàng SJC được công ty SJC niêm yết ở mức`: not the agent
    spender = before_balance_verb(tokens, i, absolute) if direct else None
    if spender is not None:  # `Ngân sách tỉnh chi 500 tỷ đồng`, `Doanh nghiệp FDI xuất siêu 25 tỷ USD`
        return Subject(phrase_text(sentence, spender), (kind_of(spender) or ("named",))[0]) if spender else None
    if direct and run and run[-1].pos == "V":  # `Dự án tàu chiến "đốt" 30 tỷ USD`: a thing and what it spends or makes
        head = run[:max(k for k, t in enumerate(run) if t.pos != "V") + 1] if any(t.pos != "V" for t in run) else []
        verbs = low(" ".join(t.text for t in run[len(head):]))
        if (head and (kind_of(head) or ("",))[0] == "entity" and opens_clause(tokens, head) and head[-1].pos in NOUN | {"M", "A"}
                and verbs in figure_verbs()):
            return Subject(phrase_text(sentence, head), "entity")
        head = thing_before_aside(tokens, run, absolute)
        if head:
            return Subject(phrase_text(sentence, head), "entity")  # `Tuyến kè X (Bình Định) đầu tư gần 80 tỷ`
    into = paid_into(tokens, run) if run else None
    if into is not None:  # `dự án sẽ đóng góp vào ngân sách 45 tỷ đồng`: who contributes, not where it goes
        topic = clause_topic(tokens, into, absolute)
        topic = topic[:next((n for n, t in enumerate(topic) if t.pos not in NOUN), len(topic))]
        entity = bool(topic) and kind_of(topic)[0] == "entity"  # type: ignore[index]  # else the contribution: `..., đóng góp vào ngân sách 20 tỷ`
        budget = run[:next((n for n, t in enumerate(run) if t.pos not in NOUN), len(run))] if low(run[0].text) == "ngân sách" else []
        return Subject(phrase_text(sentence, topic), "entity") if entity else Subject(phrase_text(sentence, tokens[into:tokens.index(budget[-1]) + 1]), "measure") if budget else None
    k = tokens.index(run[0]) if run and len(words_of(run)) <= 2 and (kind_of(run) or ("",))[0] == "measure" else 0
    if k >= 2 and low(tokens[k - 1].text) == "chiếm" and bracket_owner(tokens, k - 2, absolute):  # `thị trường châu Âu (chiếm tỷ trọng 6,33%)`
        return Subject(phrase_text(sentence, bracket_owner(tokens, k - 2, absolute)), "entity")
    priced = price_owner(tokens, run, absolute)
    sold = sold_thing(sentence, tokens, run[0]) if priced is None and run and " ".join(words_of(run)) in ("giá", "mức giá") else None
    if sold:  # `Trà sen được bán với giá 2,5 triệu đồng/kg`: the price of the goods the clause sells
        return Subject(f"{phrase_text(sentence, run)} {phrase_text(sentence, sold)}", "measure")
    if priced is not None:  # `một chiếc iPhone với giá 6 triệu đồng`: the thing priced, not the bare price
        return Subject(phrase_text(sentence, priced), "named")
    tail = attribute_tail(run) if run else None
    if tail is not None and " ".join(words_of(run[tail[1]:])) in CAPITAL_TAILS:
        return Subject(f"{phrase_text(sentence, run[tail[1]:])} của {phrase_text(sentence, run[tail[0]:tail[1]])}", "measure")  # `nhà máy
        # sợi vốn gần 20 triệu USD`: `vốn của nhà máy sợi` (s64, set P188)
    if tail is not None:
        return Subject(phrase_text(sentence, run[tail[0]:tail[1]]), "entity")  # `hệ thống điện mặt trời công suất 2,96 kWp`
    kind = usable_kind(run, direct and not re.match(LINK_QUALIFIERS, sentence.text[start:], re.IGNORECASE))  # `hợp đồng lên tới 1,7 triệu USD`
    if kind is not None and all(t.pos == "V" for t in run) and not (kind[0] in ("measure", "attribute") and len(run) == 1 and len(words_of(run)) >= 3 and tokens.index(run[0]) > 0 and low(
            tokens[tokens.index(run[0]) - 1].text) in (",", "với", "có")):  # (`, tổng công suất/V 48MW`; `Kangaroo chỉ sản xuất 2 sản phẩm`: a verb, not a phrase; `tỉ lệ vốn được giải ngân chỉ đạt`: the end of one)
        span = clause_subject(tokens, j, absolute) if not direct else []
        return Subject(phrase_text(sentence, span), kind_of(span)[0]) if span else None  # type: ignore[index]
    if (kind is None and bracketed and run and run[0].pos in ("N", "Nc") and run[-1].pos in NOUN and len(words_of(run)) <= 6 and kind_of(run) is None
            and not given_to(tokens, run) and not after_verb(tokens, run)):  # not `cho các cư dân (300.000 đồng)`
        kind = ("named", False)
    if kind is not None and kind[0] == "named" and direct and not opens_clause(tokens, run) and not bracketed and not invested_in(tokens, run):
        kind = None  # `truy thu và phạt với Grab 2,98 tỉ đồng`: an object (not `đầu tư vào khu X 10.000 tỷ`: invested in)
    if kind is None and rate and direct and run and len(words_of(run)) >= 2 and run[-1].pos != "V" and opens_clause(tokens, run):
        kind = ("named", False)  # `cánh ngỗng hun khói 650.000 đồng/kg`: the thing priced
    recipient = kind is not None and (not bracketed or given_to(tokens, run)) and (direct and kind[0] in ("entity", "named", "inner") or kind[0] == "named") and after_verb(tokens, run)
    if kind is not None and kind[0] in ("entity", "named") and not direct and after_preposition(tokens, run):
        kind = None  # `kho hàng trong | cảng trị giá 10 tỷ đồng`: the end of a longer phrase
    if ((kind is None or kind[0] == "qualified" and any(t.pos == "V" for t in run[:-1])) and run and run[0].pos in ("N", "Nc") and not direct and any(low(t.text) in value_links() for t in tokens[j + 1:i + 1])
            and not after_preposition(tokens, run)):
        verb_at = [n for n, t in enumerate(run) if t.pos == "V" and not place_use(run, n)]  # (`khu vực đỗ/V xe`: one noun)
        rest = run[verb_at[-1] + 1:] if verb_at else run
        while rest and low(rest[0].text) in DETERMINERS and len(rest) > 1:
            rest = rest[1:]  # `ngọn lửa lan ra toàn | xưởng rộng hơn 500 m2`: what is wide, not what spreads
        run = rest if rest and rest[0].pos in NOUN else run
        kind = ("named", False)  # `đường hầm khác dài hơn 1,5 km`, `căn nhà trị giá 500.000 USD`: what is long, heavy or worth
    if (kind is None and direct and unit in SIZE_UNITS and run and run[0].pos in ("N", "Nc") and run[-1].pos in NOUN
            and len(words_of(run)) <= 4 + 2 * _of_all_kinds(run) and not any(t.pos == "E" for t in run) and not after_verb(tokens, run)
            and not from_place(tokens, run)):
        kind = ("sized", False)  # `căn phòng chưa đầy 10 m2`, `khu đất 5 ha`: the thing of that size, unless one follows (and
        # goods `các loại`, of all kinds: `Đá xây dựng các loại 71,1 nghìn m3`, s60 set P157)
    if recipient:
        kind = None  # `hỗ trợ gia đình nạn nhân 5 triệu đồng`: the one who receives, not what is measured
    if kind is not None and run[-1].pos == "V" and i > j and low(tokens[j + 1].text) == "được" and kind[0] not in ("measure", "attribute"):
        kind = None  # `trung tâm y tế thực hiện được 90%`: a verb and its complement
    k = tokens.index(run[0]) - 1 if kind is not None and kind[0] == "time" else -1
    if k >= 0 and low(tokens[k].text) in PERIOD_PREPOSITIONS | {"cùng", "trong", "vào", "hằng", "hàng"} and not opens_clause(tokens, run):
        while k >= 0 and low(tokens[k].text) in PERIOD_PREPOSITIONS | {"cùng", "trong", "vào", "hằng", "hàng"}:
            k -= 1  # `doanh thu ... trong cùng thời gian lại giảm 2,2%`: the phrase before the period, not the figure before's
        before = phrase_before(tokens, k, absolute) if k >= 0 else []
        usable = usable_kind(before, False) if before and not after_preposition(tokens, before) and opens_clause(tokens, before) else None
        return Subject(phrase_text(sentence, before), usable[0]) if usable is not None and usable[0] != "time" else None
    if kind is not None and kind[0] == "time":
        return previous  # `quý II đạt 5,2 tỷ USD`: the same measure in another period
    if kind is None:
        if not run and j >= 0 and tokens[j].text == "," and not direct and previous and adjacent:
            return previous  # `..., tăng 12,47%`
        if not run and j >= 0 and in_figure(tokens[j], absolute) and same_unit and previous:
            return previous  # `gần 20 triệu đồng/m2 đến 24,8 triệu đồng/m2`
        if not run and j >= 0 and low(tokens[j].text) in (",", "và", "còn") and (direct or re.match(LINK_QUALIFIERS, sentence.text[start:], re.I)) and same_unit and previous:
            return previous  # `chiếm 3,57% đối với hành khách và 1,7% đối với hàng hóa`
        if recipient:
            return None  # an object: `tặng ông Ba 5 triệu đồng`
        if direct and tokens[i].pos == "V":  # a verb's figure: `Ông Hải đã vay 300 triệu đồng`, unless a thing opens the clause
            topic = clause_topic(tokens, i, absolute) if not run and low(tokens[i].text) in figure_verbs() else []
            return Subject(phrase_text(sentence, topic), "entity") if topic and kind_of(topic)[0] == "entity" else None  # type: ignore[index]
        if not direct:  # `số người có việc làm là 54,32 triệu người`: a phrase with its relative clause, up to the link
            span = clause_subject(tokens, j, absolute)
            if span:
                return Subject(phrase_text(sentence, span), kind_of(span)[0])  # type: ignore[index]
            if is_changed(tokens, run, j, i, absolute):
                return Subject(phrase_text(sentence, run), "changed")  # `dịch vụ tăng 6,5%`: the subject of a change
        topic = (clause_topic(tokens, i, absolute) or sized_opening(tokens, j, i)) if not run and not direct else []  # only a link with nothing before it in its clause leads to the clause's topic; an unknown phrase is not replaced
        if topic:
            return Subject(phrase_text(sentence, topic), (kind_of(topic) or ("named",))[0])
        return None
    if kind[0] == "attribute" and is_bare_attribute(run):
        k = len(run) and tokens.index(run[0]) - 1
        entity = listed_owner(tokens, k, absolute) or bracket_owner(tokens, k, absolute) or (entity_before(tokens, k, absolute) or defined_name(tokens, k) if k >= 0 else [])
        if entity and not place_with_word(phrase_text(sentence, entity)):  # (not `tại ..., TP Cẩm Phả | với tổng mức đầu tư`)
            return Subject(phrase_text(sentence, entity), "entity")
        if previous is not None and previous.kind in ("entity", "named", "sized") and not after_count(tokens, k, absolute):
            return previous  # `Mặt hồ rộng 25 km2, sâu 35 m, dung tích 100 triệu m3`: one thing's attributes in a row
        owner = owner_after(tokens, run, start_at=base + start, spans=absolute)
        if owner:
            return Subject(phrase_text(sentence, owner), "entity")  # `Với vốn đầu tư 500 tỷ đồng, cầu X ...`
        if k < 0 or framed_comma(tokens, k) or after_conjunction(tokens, k) or _after_period(tokens, k) or tokens[k].pos == "CH" and tokens[k].text not in ("(", ")") and len(run) > 1 and run[-1].pos in ("V", "A"):
            return Subject(phrase_text(sentence, run), "attribute")  # `Diện tích hư hỏng 70 m2`: no owner; a bare `diện tích` after a comma is the thing's before it
        if not kind[1]:  # (`với diện tích trồng quế khoảng 52.000ha`: a measure of an act on a thing, with no owner)
            return Subject(phrase_text(sentence, run), "attribute") if acted_object(run) else None
    owner = owner_after(tokens, run, start_at=base + start, spans=absolute) if kind[0] == "measure" and is_bare_attribute(run) else []
    if owner:
        return Subject(phrase_text(sentence, owner), "entity")  # `Với kinh phí hơn 77 tỷ đồng, hệ thống xe buýt sẽ ...`
    return Subject(phrase_text(sentence, run), kind[0])


def _after_period(tokens: list[Token], k: int) -> bool:
    """Whether token `k` closes a period opening the clause (`Trong 5 năm qua | diện tích sắn đạt`): nothing before the
    phrase then owns it; the years of the period may follow in brackets (`5 năm qua (2009 – 2013)`)."""
    if k > 0 and tokens[k].text == ")":
        opened = next((n for n in range(k - 1, max(k - 6, -1), -1) if tokens[n].text == "("), -1)
        k = opened - 1 if opened > 0 and all(re.fullmatch(r"\d{4}|[-–]", t.text) for t in tokens[opened + 1:k]) else k
    return k > 0 and low(tokens[k].text) in PERIOD_CLOSERS and (kind_of(tokens[k - 1:k]) or ("",))[0] == "time"


def _of_all_kinds(run: list[Token]) -> bool:
    """Whether a phrase ends with `các loại` (of all kinds: `Đá xây dựng các loại`), words that add no length to the thing."""
    return len(run) > 2 and low(run[-2].text) == "các" and low(run[-1].text) == "loại"
