"""The subject of a figure: the noun phrase it measures, read from the sentence's tagged words, or None.

Looking left from the figure, inside its clause:

    doanh thu toàn tổng công ty đạt 8.172 tỉ đồng        phrase, link word, figure      -> doanh thu toàn tổng công ty
    ... và điện mặt trời 29 MW                            phrase right before the figure -> điện mặt trời
    Nhà máy Sông Hậu 1 với công suất là 1.200 MW          attribute of a thing named     -> Nhà máy Sông Hậu 1
    ... đạt 11,76 tỷ đồng, tăng 12,47%                    a change with no phrase        -> the figure before's subject

A phrase is a run of nouns (and the verbs, adjectives and `của` between them) that starts with a noun. It is kept only
when it says what is measured: it starts with a measure or a thing from `figure_subjects.tsv`, or it names something (a
proper name). A phrase right before a figure that ends in a verb is a predicate (`Công ty xuất khẩu 30.000 tấn`), not a
subject, unless it starts with a measure (`vốn đầu tư 2 tỷ`). Everything else gives None."""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import (
    phrase_text,
)
from pipeline.facts.phrases_after import phrase_after, qualifies
from pipeline.facts.subject_asides import (
    counted_change,
    measure_after_about,
    share_named_after,
)
from pipeline.facts.subject_changes import opening_subject
from pipeline.facts.subject_items import (
    in_item,
    is_target,
    names_own_measure,
    token_at,
    with_split_word,
    without_adverb,
    without_verb,
)
from pipeline.facts.subject_left import Subject, leftward
from pipeline.facts.subject_lexicon import (
    BARE_SHARE,
    change_verbs,
    country_only,
    kind_of,
    low,
    own_share,
    place_only,
    without_attribute_tail,
    without_predicate,
)
from pipeline.facts.subject_owners import (
    cut_object,
    granted_measure,
    level_owner,
)
from pipeline.facts.subject_shares import share_of_whole
from pipeline.facts.subject_spending import spent_text
from pipeline.facts.subject_valued import prefer, valued_thing
from pipeline.facts.subject_with import told_elsewhere
from pipeline.language.analysis import Sentence

_NOT_SPENT = frozenset({"ha", "m2", "km2", "tonne", "m3", "litre", "km", "m", "MW", "kW", "MWp", "kWp", "kWh"})  # (no money spent:
# `Tỉnh dành 2.000 ha để trồng cà phê`, an area set aside, not `tiền dành để trồng cà phê`; s62)


def subject(sentence: Sentence, start: int, spans: list[tuple[int, int]], previous: Subject | None,
            same_unit: bool = False, rate: bool = False, unit: str | None = None, end: int | None = None,
            adjacent: bool = True) -> Subject | None:
    """What the figure from `sentence.text[start]` to `sentence.text[end]` (its denominator included) measures, or None.

    Read leftwards first (see `subject_left.leftward`); when that finds nothing, or only the subject of the figure before for a
    figure of another kind than a share, a noun phrase right after the amount says what it is of (`trút 16 tấn bom`,
    `áp thuế 25% với 60 tỷ USD hàng hóa Mỹ`). Counts are left alone: their counted noun says what they count; so are
    rates, whose words after the denominator grade the thing priced (`40.000 đồng/kg loại đẹp`).
    """
    valued = valued_thing(list(sentence.tokens), token_at(sentence, start) - 1) if unit != "count" else []
    found = leftward(sentence, start, spans, previous, same_unit, rate, unit, adjacent)
    if valued and prefer(phrase_text(sentence, valued), found.text if found else None):
        return Subject(phrase_text(sentence, valued), "entity")  # `tấm vé trúng giải jackpot 1 trị giá hơn 44 tỷ đồng`
    found = None if found is not None and low(found.text) == "tổng số" else found  # `trong tổng số 28 tỷ đồng`: a total of what follows
    absolute, tokens = [(sentence.start + s, sentence.start + e) for s, e in spans], list(sentence.tokens)
    told = found is None or found is previous  # `34,8% về số vốn` after `6,2% về số doanh nghiệp`: named after it, not inherited
    about = measure_after_about(list(sentence.tokens), sentence.start + end, absolute) if end is not None and unit != "count" and told else []
    if about:  # `tăng 6,2% về số doanh nghiệp và 34,8% về số vốn đăng ký` (but `X tăng 4% về lượng` stays X's)
        found = Subject(phrase_text(sentence, about), "of")
    found = Subject(part, "of") if (part := share_named_after(sentence, start, end) if unit not in (None, "count") and end is not None else None) else found  # `trong đó có hơn 50% là cam VietGap`
    found = found or (Subject(phrase_text(sentence, whole), "of") if unit == "percent" and end is not None and not re.search(r"(?i:chiếm)\s+(?:\S+\s+){0,2}$", sentence.text[:start]) and (whole := share_of_whole(tokens, sentence.start + end, absolute)) else None)  # `50% trong số 474 chung cư`
    level = (level_owner(tokens, token_at(sentence, start) - 1) or granted_measure(tokens, token_at(sentence, start) - 1, absolute) or cut_object(tokens, token_at(sentence, start) - 1, unit)) if found is None else []
    found = Subject(phrase_text(sentence, level), "measure") if level else found  # `Nếu lãi suất chỉ được nâng lên mức 0,5%`, `được bố trí`
    if end is not None and (spent := spent_text(sentence, token_at(sentence, start) - 1, sentence.start + end, absolute, "inherited" if found is not None and found is previous else found.kind if found else None, unit, found.text if found else None)) \
            and not (unit in _NOT_SPENT and re.match(r"(?:số )?tiền\s|chi phí\s", spent)):
        found = Subject(spent, "entity")  # `Đầu tư 3.200 tỷ đồng xây dựng nhà máy X`, `Hà Nội chi ... xây nhà máy nước`: what it is spent on (`chi ... vào X`; a loss)
    folded = found is not None and any(low(found.text).endswith(" " + verb) for verb in change_verbs())  # `giá ... dao động/V`
    share = found is not None and BARE_SHARE.fullmatch(found.text) is not None  # `X chiếm tỷ lệ 38%`: X's share
    if (found is None or folded or share) and unit != "count":  # `mặt bằng lãi suất cho vay giảm bình quân khoảng 1%`: a long phrase opening a change
        found = (Subject(opening, "changed") if (opening := opening_subject(sentence, start, spans)) else None) or ((previous if adjacent else None) if share else found)
    if found is not None and found is not previous and unit != "count":  # `Giá gạo ... cũng tăng | khá cao từ`
        found = Subject(trimmed, found.kind) if (trimmed := without_verb(sentence, start, found.text)) else None
    found = Subject(with_split_word(sentence, start, found.text), found.kind) if found is not None and found is not previous else found
    weak = found is None or found.kind == "sized" or found.text.lower() in ("kế hoạch", "mục tiêu", "chỉ tiêu") or found is previous and (unit != "percent" or found.kind in ("of", "counted") or re.search(r"(?i:còn lại)\s*$", sentence.text[:start]) is not None)  # (`còn lại 30% hàng Thái`: the rest's own)  # (`đặt kế hoạch đạt 5.000 tỷ đồng doanh thu`)
    holder = found is not None and found.kind in ("entity", "named", "changed") and (unit == "percent" and not own_share(sentence.text, start, end) or unit in ("VND", "USD") and re.search(
        r"(?<!\w)(?i:có|sở hữu|nắm giữ|đạt|thu về|mang về|ghi nhận)(?:\s+(?i:đến|tới|khoảng|hơn|gần))?\s+$", sentence.text[:start]) is not None)  # `Công ty có 55% vốn`, `ngân hàng X có 144 tỷ USD tài sản`, `đạt 7.000 tỷ đồng doanh thu`
    placed = found is not None and unit not in (None, "count", "percent") and (place_only(found.text) or country_only(found.text))  # `toàn tỉnh X có 800ha mía`
    if end is not None and unit not in (None, "count") and not rate and (weak or holder or placed):
        after = phrase_after(list(sentence.tokens), sentence.start + end, [(sentence.start + s, sentence.start + e) for s, e in spans])
        if after and is_target(after) and names_own_measure(after) and unit == "percent":
            owner = f" của {found.text}" if found is not None and found is not previous and (holder or placed) else ""
            found = Subject(phrase_text(sentence, after) + owner, "of")  # `hơn 98% chỉ tiêu lợi nhuận sau thuế`, `Lâm Đồng đạt 95% chỉ tiêu thu
            # ngân sách`: the target, of its holder
        elif after and is_target(after):  # `bằng 82,4% kế hoạch năm`: a share of the target, of the measure before
            found = found or (previous if previous is not None and in_item(sentence, list(sentence.tokens), token_at(sentence, start), previous.text) else None)
        elif after and (weak or placed or (kind_of(after) or ("",))[0] in ("measure", "qualified", "attribute")):  # a share of the measure
            found = Subject(f"{previous.text} {phrase_text(sentence, after)}", previous.kind) if found is previous and previous is not None and qualifies(
                sentence.text, start, after) else Subject(phrase_text(sentence, after), "of")  # after it, not of who holds it; `391ha (27,5ha chứng nhận hữu cơ)`
    found = Subject(without_adverb(sentence.text[:start], found.text), found.kind) if found is not None and found is not previous else found  # `Hiện kim ngạch`
    found = Subject(without_attribute_tail(without_predicate(found.text, sentence.text[:start])), found.kind) if found is not None and found is not previous else found  # `Tàu sân bay tải trọng`
    found = Subject(*elsewhere) if found is None and (elsewhere := told_elsewhere(sentence.text, start, end, unit)) else found  # `đóng góp 3.000 tỷ đồng /năm cho ngân sách`, `có diện tích trồng xoài ..., với hơn 7.500ha`
    found = None if found is not None and found.kind == "counted" and not counted_change(list(sentence.tokens), token_at(sentence, start) - 1) else found
    return found if found is not None and found.text else None

