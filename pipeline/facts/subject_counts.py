"""Which people or things a count counts, when a predicate right after the counted noun says so: `làm 4 người chết`
(`người chết`), `gần 100.000 người theo dõi` (`người theo dõi`), `77 người đứng tố cáo`, `khiến 20 người tử vong`; and
whose visits a bare `lượt` counts, named right after it (`hơn 700 triệu lượt nhân công`: `lượt nhân công`). The counted
noun alone (`người`, `lượt`) says nothing of them; with no such words the count keeps no subject."""

from __future__ import annotations

from pipeline.facts.noun_phrases import in_figure, phrase_text
from pipeline.facts.subject_lexicon import NOUN, low, timely, words_of
from pipeline.language.analysis import Sentence

# counted nouns that say only that people, households or cases are counted
PEOPLE = frozenset({"người", "hộ", "ca", "trường hợp", "em", "cháu", "nạn nhân", "công dân", "người dân", "lao động", "khách"})
# what happens to the people counted or what they do, as a predicate right after them (not a compound of the counted
# noun: `người lao động`, `người dùng`, `hộ trồng hoa`, `khách du lịch` name the people themselves)
PREDICATES = frozenset({
    "chết", "tử vong", "thiệt mạng", "tử nạn", "bị thương", "mất tích", "mắc", "nhiễm", "nhập viện", "bị bắt", "bị giam",
    "sơ tán", "di tản", "theo dõi", "được hỏi", "tham dự", "tham gia", "ủng hộ", "phản đối", "bỏ phiếu", "biểu tình",
    "tố cáo", "đứng tố cáo", "khiếu nại", "đăng ký", "được cứu", "mất", "bỏ mạng", "ngộ độc", "vắng mặt", "có mặt",
    "bị bệnh", "bị ngộ độc", "được cứu sống", "mất nhà", "thất nghiệp", "xin", "nhận", "được nhận", "được hưởng",
    "thương vong", "bị ngã", "bị nạn", "gặp nạn", "bị khởi tố", "bị truy tố", "bị tạm giữ", "bị thiệt mạng",
})
# words of time and cause after a predicate, no part of it
_WHEN = frozenset({"rạng", "sau", "trước", "khi", "kể", "hồi", "bên", "do", "vì", "hiện", "rạng sáng", "sáng", "chiều", "tối", "trưa", "đêm",
                   "hôm", "năm", "tháng", "ngày", "tuần", "hằng", "hàng", "mỗi"})
# verbs that open the next clause, not a predicate of the things counted
_NOT_PREDICATE = frozenset({"là", "có", "và", "được", "bị", "đã", "sẽ", "đang", "cũng", "vẫn", "đều", "thì", "mà", "để", "cho",
                            "trong", "tại", "ở", "với", "từ", "đến", "tới", "theo", "của", "như", "gồm", "chiếm", "tăng", "giảm"})


def counted_predicate(sentence: Sentence, end: int, spans: list[tuple[int, int]]) -> str | None:
    """For a count of people or cases ending at sentence offset `end` (`4 người`): the counted noun and the verb phrase
    right after it, up to punctuation, a preposition, another figure or four words, when it opens with one of
    `PREDICATES` (`người chết`, `người theo dõi`, `người đứng tố cáo`); else None. `spans`: the sentence's figures, as sentence offsets."""
    tokens = list(sentence.tokens)
    spans = [(sentence.start + a, sentence.start + b) for a, b in spans]
    at = sentence.start + end
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    if 0 < k < len(tokens) and low(tokens[k - 1].text) == "lượt" and tokens[k].pos in ("N", "Nc"):
        visits = [t for t in tokens[k:k + 4] if t.pos in NOUN and not timely(t)]  # `hơn 1.200 lượt | học sinh bệnh nhi`: visits of whom
        visits = visits[:next((n for n, t in enumerate(visits) if t is not tokens[k + n]), len(visits))]
        return f"lượt {phrase_text(sentence, visits)}" if visits and not any(in_figure(t, spans) for t in visits) else None
    if k == 0 or k >= len(tokens) or low(tokens[k - 1].text) not in PEOPLE or tokens[k].pos != "V":
        return None
    voiced = low(tokens[k].text) in ("được", "bị") and k + 1 < len(tokens) and tokens[k + 1].pos == "V"  # `người bị thương`
    if low(tokens[k].text) in _NOT_PREDICATE and not voiced:
        return None
    run = tokens[k:k + 2] if voiced else [tokens[k]]
    for t in tokens[k + len(run):]:
        if in_figure(t, spans) or t.pos not in NOUN | {"V", "A"} or low(t.text) in _NOT_PREDICATE or low(t.text).split()[0] in _WHEN or timely(t) or len(words_of(run)) >= 4:
            break  # (not `người chết | năm ...`, `người bị thương | hôm ...`, `người tử vong | sau vụ ...`)
        run.append(t)
    said = phrase_text(sentence, run)
    if not any(low(said) == p or low(said).startswith(p + " ") for p in PREDICATES):
        return None
    return f"{low(tokens[k - 1].text)} {said}"
