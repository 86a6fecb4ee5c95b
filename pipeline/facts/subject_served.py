"""Who a deed is done for: a count after `cho` that a verb phrase before it serves.

    Quảng Bình đã giải quyết việc làm cho hơn 28.000 lao động   -> lao động được giải quyết việc làm
    khám bệnh, phát thuốc cho 3.500 người                       -> người được phát thuốc
    bàn giao căn hộ cho 79 hộ                                   -> hộ được bàn giao căn hộ

The verb phrase is the run of verbs, nouns and adjectives that ends right before `cho` and starts at a verb, inside
its clause (a comma, a conjunction or a preposition ends it) and at most `_MOST` words long; a passive run serves them
as an active one does (`Căn hộ được bố trí tạm cho 3 hộ ở`: `hộ được bố trí tạm`); a run after `dành`, `thay` or
`chia` (`gói nghỉ dưỡng dành cho 2 người`), or with `cho` as the verb `let` (`và cho 10 lao động nghỉ việc`), serves no
one."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import low
from pipeline.language.analysis import Sentence

# counted nouns of people, households and firms a deed can be done for
SERVED = frozenset({
    "người", "hộ", "lao động", "người dân", "người lao động", "khách", "công dân", "nạn nhân", "trường hợp", "em", "cháu",
    "doanh nghiệp", "học sinh", "sinh viên", "bệnh nhân", "gia đình", "hộ gia đình", "hộ dân", "trẻ em", "công nhân",
    "nông dân", "hội viên", "đoàn viên", "cán bộ", "hợp tác xã", "thanh niên", "người cao tuổi", "cựu chiến binh",
    "tập thể", "cá nhân", "đơn vị", "cơ sở", "nghệ nhân", "sản phẩm", "tác phẩm",
})
_MOST = 6
_LISTED_AFTER_CHO = re.compile(r"(?<!\w)(?i:cho)\s+(?:[\d.]+\s+[^\W\d_][^\d,;:()]{0,30}?\s*,\s*)+$")  # earlier counts of a list after `cho`
_NOT_SERVING = frozenset({"dành", "thay", "chia", "chia đều", "dùng", "đủ"})
_RUN = frozenset({"V", "N", "A", "Nc", "Nu"})


def served(sentence: Sentence, start: int, counted: str | None) -> str | None:
    """For a count of `SERVED` at `sentence.text[start]` right after `cho`: the counted noun and the verb phrase before
    `cho` in the passive (`tạo việc làm cho 200 lao động`: `lao động được tạo việc làm`); else None."""
    noun = low(counted or "")
    if noun not in SERVED:
        return None
    before = sentence.text[:start].rstrip()
    listed = _LISTED_AFTER_CHO.search(before)
    before = before[:listed.start() + 3] if listed else before  # `tặng Bằng khen cho 20 tập thể, 8 cá nhân, | 6 hộ`: the list's verb
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + len(before)]
    if len(tokens) < 2 or low(tokens[-1].text) != "cho":
        return None
    k = len(tokens) - 1
    while k > 0 and (tokens[k - 1].pos in _RUN or tokens[k - 1].pos == "Np" and k > 1 and tokens[k - 2].pos == "V") \
            and len(tokens) - 1 - k < _MOST + 3:
        k -= 1  # (`tặng Bằng/Np khen`: a capitalised object of the verb)
    if k > 0 and tokens[k - 1].pos in _RUN:
        return None  # a run longer than a clause's subject and a deed
    while k < len(tokens) - 1 and tokens[k].pos != "V":
        k += 1  # the phrase opens at its verb (after the clause's subject: `Dự án tạo việc làm cho`)
    run = tokens[k:-1]
    if not run or len(run) > _MOST:
        return None  # no verb, or longer than a deed's phrase
    passive = low(run[0].text) in ("được", "bị") and len(run) > 1
    run = run[1:] if passive else run  # `Căn hộ được bố trí tạm cho 3 hộ ở`: `hộ được bố trí tạm`
    if run[0].pos != "V" or len(run) == 1 and k > 0 and tokens[k - 1].text == ",":
        return None  # (`... các sản phẩm công nghiệp, tiểu thủ công nghiệp | cho 9 đơn vị`: no deed, the end of an object)
    if len(run) > 1 and low(run[0].text) in ("thực hiện", "tiến hành", "tiếp tục") and run[1].pos == "V":
        run = run[1:]  # `thực hiện hỗ trợ cho 4 đơn vị`: `đơn vị được hỗ trợ`
    if low(run[0].text) in _NOT_SERVING | {"được", "bị"} or not passive and k > 0 and low(tokens[k - 1].text) in ("được", "bị", "để"):
        return None
    if k > 0 and low(tokens[k - 1].text) == "và" and len(run) < 2:
        return None  # (`điều trị bệnh không lây nhiễm và | mạn tính cho ...`: no deed of its own after `và`, a word of the one before)
    if any(low(t.text) in ("là", "có") for t in run):
        return None  # `bên cạnh là khu bếp đủ phục vụ cho 20 người`: a link, not a deed
    deed = sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start]
    return f"{noun} được {deed[0].lower()}{deed[1:]}"  # (`Tạo việc làm cho ...` opening the sentence)
