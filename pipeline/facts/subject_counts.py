"""Which people or things a count counts, when the words right after the counted noun say so: a predicate (`làm 4 người
chết`: `người chết`; `gần 100.000 người theo dõi`; `5 dự án được cấp phép`), a compound or modifier of the counted noun
(`300 lao động nông thôn`, `2 người con`, `20 người chơi`, `45 hộ nghèo`), or where they are (`239 người trên máy bay
MH370`); and whose visits a bare `lượt` counts, named right after it (`hơn 700 triệu lượt nhân công`: `lượt nhân
công`). The counted noun alone (`người`, `dự án`) says little of them; with no such words the count keeps no subject."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.facts.lexicon import entries, load
from pipeline.facts.noun_phrases import in_figure, phrase_text
from pipeline.facts.subject_lexicon import NOUN, PLACE_COUNTED, kind_of, low, timely, words_of
from pipeline.facts.subject_served import served
from pipeline.language.analysis import Sentence, Token

# words of time, cause and manner after a counted noun or its predicate, no part of them
_WHEN = frozenset({"rạng", "sau", "trước", "khi", "kể", "hồi", "bên", "do", "vì", "hiện", "rạng sáng", "sáng", "chiều", "tối", "trưa", "đêm",
                   "hôm", "năm", "tháng", "ngày", "tuần", "mỗi", "nay", "này", "đó", "kia", "ấy", "nữa", "thêm", "khác",
                   "cùng", "lúc", "thời gian", "mới đây", "gần đây", "liên tiếp", "trở lên", "trở xuống", "như vậy", "như thế", "so"})
# verbs and words that open the next clause or a new phrase, not a predicate or modifier of the things counted
_NOT_PREDICATE = frozenset({"là", "có", "và", "được", "bị", "đã", "sẽ", "đang", "cũng", "vẫn", "đều", "thì", "mà", "để", "cho",
                            "trong", "tại", "ở", "với", "từ", "đến", "tới", "theo", "của", "như", "gồm", "chiếm", "tăng", "giảm",
                            "hoặc", "hay", "nhưng", "song", "còn", "chỉ", "mới", "vừa", "lại", "ra", "nên", "trên", "dưới", "ngoài",
                            "bằng", "thuộc", "đạt", "vào", "lên", "xuống", "qua", "về", "nhằm", "trước", "sau", "khiến", "làm", "gây",
                            "giúp", "tạo", "nói", "cho biết", "bao gồm", "gồm có", "chia sẻ", "phải", "cần", "không", "chưa", "thường", "rồi", "ước tính", "ước", "khoảng"})
_ABBREVIATION = re.compile(r"\s*\([A-ZĐ]{1,6}\)(?=\s+[a-zà-ỹđ])")  # `doanh nghiệp | (DN) quốc tế`
# a rating things counted reach (`đạt trên 90 điểm`, `đạt 4 sao`, `đạt chuẩn OCOP`): which ones they are
_RATED = re.compile(r"(?i:đạt)\s+(?:(?:(?i:hạng|mức|chuẩn)\s+)?(?:(?i:từ|trên|hơn|dưới)\s+)?\d{1,3}(?:[,.]\d+)?\s+(?i:sao|điểm)|(?i:chuẩn|tiêu chuẩn|tiêu chí)(?:\s+(?:(?i:số)\s+)?\d{1,2}(?:\s*[-–])?)?(?:\s+[^\W\d][^,;.()\d]{0,40})?"
                    r"|(?:(?i:danh hiệu|giải thưởng|giải|chứng nhận)\s+)?[A-ZĐ][^\W\d]*(?:\s+[^\W\d]+){1,5}?(?:\s+(?i:năm)\s+(?:19|20)\d{2})?)"
                    r"(?=\s*(?:[,;.()]|$|(?i:và|trở lên)(?!\w)))")  # (`88 doanh nghiệp | đạt Thương hiệu Quốc gia năm 2016`: a title won;
# `6 huyện | đạt tiêu chí điện huyện nông thôn mới`, `96 xã | đạt tiêu chí số 4 – điện nông thôn`: a criterion met, s58 set P142)
_RESIDE = frozenset({"trú", "cư trú", "sinh sống", "sống", "thường trú", "tạm trú"})  # verbs whose place follows `tại`/`ở`
_ASPECT = frozenset({"đã", "đang", "sẽ", "vừa", "mới", "từng", "đều", "cũng"})  # `người đã tử vong`: kept before their verb
_WHERE = frozenset({"trên", "trong"})  # `người trên máy bay MH370`: where the people counted are (`tại`, `ở` tell where a
# thing happens as often: `chở 295 người | tại sân bay`)
# verbs complete without an object: a predicate may end with them though the words after them go on (`người chết | trong
# vụ cháy`); another verb cut short there needs what follows (`người rơi | vào cảnh`, `người xảy | ra`) and is dropped
COMPLETE = frozenset({
    "chết", "tử vong", "thiệt mạng", "tử nạn", "bị thương", "mất tích", "nhập viện", "sơ tán", "di tản", "theo dõi", "tham dự",
    "tham gia", "ủng hộ", "phản đối", "bỏ phiếu", "biểu tình", "tố cáo", "khiếu nại", "đăng ký", "bỏ mạng", "ngộ độc",
    "vắng mặt", "có mặt", "thất nghiệp", "thương vong", "ngã", "gặp nạn", "mắc kẹt", "sinh sống", "hoạt động", "làm việc",
    "cư trú", "tham quan", "dự", "xem", "nghỉ việc", "mất việc", "nghèo", "giàu", "bị bắt", "bị giam", "bị kỷ luật",
    "bị khởi tố", "bị truy tố", "bị tạm giữ", "được cứu", "được hỏi", "thoát nghèo", "di cư", "tị nạn", "nghiện", "vi phạm",
    "trúng giải", "trúng thưởng", "đoạt giải", "đạt giải", "tốt nghiệp", "đỗ", "trượt", "bỏ học", "mắc bệnh", "nhiễm bệnh",
    "lưu thông", "canh tác", "đi lại", "định cư", "buôn bán",
})
# where travellers go, after the visits counted (`lượt người nhập cảnh`)
_MOVES = frozenset({"nhập cảnh", "xuất cảnh", "xuất nhập cảnh", "qua lại", "tham quan", "thăm quan", "mua sắm", "quá cảnh",
                    "nghỉ dưỡng", "lưu trú"})
# words of direction or place a verb of motion or being goes on with: a verb cut before them is cut from its sense
_ONWARD = frozenset({"vào", "ra", "xuống", "lên", "qua", "sang", "về", "tới", "đến", "trên", "dưới", "theo", "lại", "ở", "tại", "trở", "từ"})
_MOST = 6  # words a predicate or modifier runs to at most
# verbs after `và` that open the clause's next predicate, not a second deed of the things counted (`người theo dõi | và tiếp
# tục tăng`, `giảm 217 người chết | và giảm`)
NEXT_CLAUSE = frozenset({"tăng", "giảm", "tiếp tục", "dự kiến", "cho biết", "đạt", "chiếm", "là", "có", "được", "bị", "đã", "sẽ", "đang"})
_PUT_TO = frozenset({"hoạt động", "sử dụng", "vận hành", "khai thác", "sản xuất", "kinh doanh"})  # `đi vào | hoạt động`
_NOT_PLACES = frozenset({"tổng số", "số", "diện tích", "địa bàn", "cơ sở", "thực tế", "mức", "tinh thần"})  # `trên tổng số`: no place
_KIN = frozenset({"anh", "chị", "em", "con", "cháu", "bạn", "chú", "bác", "cô", "dì", "anh em", "chị em"})  # `người anh`: who they are


def counted_predicate(sentence: Sentence, end: int, spans: list[tuple[int, int]], counted: str | None = None) -> str | None:
    """For a count ending at sentence offset `end` (`4 người`, `5 dự án`): the counted noun and the words right after it
    that say which ones are counted, up to punctuation, a clause word, another figure, a time or six words
    (`người chết`, `người bị thương`, `dự án được cấp phép`, `lao động nông thôn`, `người trên máy bay MH370`); else
    None. `spans`: the sentence's figures, as sentence offsets; `counted`: the count's counted noun (else the word before)."""
    tokens = list(sentence.tokens)
    spans = [(sentence.start + a, sentence.start + b) for a, b in spans]
    at = sentence.start + end
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    whole = k > 0 and tokens[k - 1].start < at < tokens[k - 1].end and tokens[k - 1].pos in NOUN  # `40 người dân`: the
    # counted noun is the first syllable of a word the tagger joined, which names them
    abbreviated = _ABBREVIATION.match(sentence.text, end)
    if abbreviated and not whole:  # `hơn 180 doanh nghiệp (DN) | quốc tế tham gia`: the noun's short form, then its words
        return counted_predicate(sentence, abbreviated.end(), [(a - sentence.start, b - sentence.start) for a, b in spans],
                                 counted or (tokens[k - 1].text if k else None))
    if k == 0 or k >= len(tokens) or tokens[k].start > (tokens[k - 1].end if whole else at) + 1:
        return None  # (punctuation or nothing right after the counted noun)
    rated = _RATED.match(sentence.text, tokens[k].start - sentence.start)
    if rated and not any(in_figure(t, spans) for t in tokens[k:] if t.start < sentence.start + rated.end()):
        return f"{_as_counted(counted or tokens[k - 1].text)} {rated.group().strip()}"  # `02 sản phẩm | đạt trên 90 điểm`, `đạt 4 sao`
    noun = _as_counted(tokens[k - 1].text if whole else counted or tokens[k - 1].text)
    if noun == "lượt" and tokens[k].pos in ("N", "Nc"):
        visits = [t for t in tokens[k:k + 4] if t.pos in NOUN and not timely(t)]  # `hơn 1.200 lượt | học sinh bệnh nhi`: visits of whom
        visits = visits[:next((n for n, t in enumerate(visits) if t is not tokens[k + n]), len(visits))]
        after = tokens[k + len(visits)] if visits and k + len(visits) < len(tokens) else None
        moved = f" {low(after.text)}" if after is not None and after.pos == "V" and low(after.text) in _MOVES else ""
        return f"lượt {phrase_text(sentence, visits)}{moved}" if visits and not any(in_figure(t, spans) for t in visits) else None
        # (`335 lượt người | nhập cảnh`: which visits, by where they go)
    if noun == "lượt" and tokens[k].pos == "V" and not in_figure(tokens[k], spans):
        return f"lượt {low(tokens[k].text)}"  # `154.000 lượt xem`, `3000 lượt chia sẻ`: the act counted
    own = 1 if k + 1 < len(tokens) and tokens[k].pos == "N" and not in_figure(tokens[k], spans) and tokens[k].start == at + 1 else 0  # (`hộ | dân`)
    joint = _coordinated(tokens, k + own, spans) if noun not in PLACE_COUNTED | {"lượt"} else []
    if joint:  # `8 làng nghề và cơ sở nghề | lần đầu tham dự Festival`, `148 cơ sở, doanh nghiệp | trong tỉnh tham gia`:
        # the predicate after the second noun says which ones of both
        second = joint[1:]
        told = counted_predicate(sentence, second[-1].end - sentence.start, [(a - sentence.start, b - sentence.start) for a, b in spans],
                                 phrase_text(sentence, second))
        told_len = len(told) - len(phrase_text(sentence, second)) if told else 0  # the predicate's length, after the second noun
        verb = told is not None and any(t.pos == "V" or low(t.text) in ("của", "tại", "ở", "trong", "trên", "thuộc")
                                        for t in tokens if second[-1].end <= t.start and t.end <= second[-1].end + told_len)
        # (a verb or whose or where they are: `sản phẩm, bộ sản phẩm | của các đơn vị sản xuất`)
        written = phrase_text(sentence, second)
        told = f"{written}{told[len(written):]}" if told and low(told).startswith(low(written)) else told  # (`chủ thể OCOP`, as written)
        return f"{noun}{sentence.text[at - sentence.start:second[0].start - sentence.start]}{told}" if told and verb else None
    if low(tokens[k].text) == "mới" and (k + 1 == len(tokens) or tokens[k + 1].pos in ("CH", "C") or low(tokens[k + 1].text) == "và"):
        return f"{noun} mới"  # `09 sản phẩm mới và 03 sản phẩm đánh giá lại`: the new ones
    run = _opening(tokens, k, spans)
    if not run or noun == "lượt" and low(run[0].text) == "của":
        return None  # (`10 nghìn lượt mỗi năm | của giai đoạn ...`)
    if noun in PLACE_COUNTED and run[0].pos == "Np":
        names = _names(tokens, k, spans)  # `2 tỉnh Long An và Thái Bình`, `3 tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh`: the places counted, named
        counts = [t for t in tokens[:k] if in_figure(t, spans)][-2:]  # the count's number: as many names as places counted
        number = next((int(t.text) for t in counts if t.text.isdigit()), None)
        named = sum(1 for t in names if t.pos == "Np")
        return f"{noun} {phrase_text(sentence, names)}" if names and (number == named or _of_countries(names, number)) else None
    f0 = next((n for n in range(k - 1, -1, -1) if not in_figure(tokens[n], spans)), -1)  # the word before the count
    lead = next((t for t in run if t.pos != "R"), run[0])  # (`5 huyện | đều được xây dựng`: past the adverb)
    if noun in PLACE_COUNTED and lead.pos == "V" and (f0 >= 0 and tokens[f0].pos in NOUN or low(lead.text) not in ("bị", "được", "thuộc")):
        return None  # `Ngư dân 4 tỉnh | lao đao`: the predicate is of who lives there; `cùng 4 tỉnh diệt | lục bình`: what they do
        # (but `6 huyện bị thiệt hại nặng`, `2 xã thuộc huyện X`: which places)
    cut = False  # whether a verb at the run's end is cut from the words of direction or place it goes on with
    most = _MOST  # (longer for two verbs joined: each may take its object)
    i = k + len(run)
    while i < len(tokens):
        t, word = tokens[i], low(tokens[i].text)
        if low(run[0].text) == "của" and word in ("đang", "đã", "sẽ") and i + 1 < len(tokens) and tokens[i + 1].pos == "V" \
                and len(words_of(run)) < _MOST - 1 and run[-1].pos in NOUN:
            run += tokens[i:i + 2]  # `doanh nghiệp của Hàn Quốc | đang đầu tư`: what the owner's ones do says which
            i += 2
            continue
        if (low(run[0].text) == "của" or low(run[0].text) in ("ở", "tại") and noun not in PEOPLE) and t.pos not in NOUN:
            break  # (`109 hộ tại 7 xã của huyện | được nhận`: whose or where ends with its nouns)
        owner = 2 if word == "khác" and i + 1 < len(tokens) and low(tokens[i + 1].text) == "thuộc" else 1 if word == "thuộc" else 0
        if owner and all(u.pos in NOUN for u in run) and i + owner < len(tokens) and tokens[i + owner].pos in ("N", "Np") \
                and (tokens[i + owner].text[:1].isupper() or low(tokens[i + owner].text) == "diện") \
                and not in_figure(tokens[i + owner], spans) and not timely(tokens[i + owner]):  # (a named body or a class:
            # not `dự án nhiệt điện khí thuộc danh mục | các công trình ...`, cut short)
            run += tokens[i:i + owner + 1]  # `13 hộ dân | (khác) thuộc Hợp tác xã X`: what the counted belong to, its name whole
            i += owner + 1
            while i < len(tokens) and not in_figure(tokens[i], spans) and (tokens[i].pos != "CH" and tokens[i].text[:1].isupper() or (
                    low(tokens[i].text) == "số" and i + 1 < len(tokens) and tokens[i + 1].text.isdigit())):
                run += tokens[i:i + 2] if low(tokens[i].text) == "số" else [tokens[i]]  # (`thuộc Cụm Thi đua số 1`)
                i += 2 if low(tokens[i].text) == "số" else 1
            continue
        if word in ("tại", "ở") and low(run[-1].text) in _RESIDE and i + 1 < len(tokens) and tokens[i + 1].pos in NOUN \
                and not in_figure(tokens[i + 1], spans):
            stay = i + 1
            while stay < len(tokens) and stay - i <= 3 and (tokens[stay].pos in NOUN or low(tokens[stay].text) in ("đây", "đó", "này")) \
                    and not in_figure(tokens[stay], spans):
                stay += 1  # (`ở nơi | đây`)
            run += tokens[i:stay]  # `học viên trú | tại buôn Sút M'đưng`: where they live says which
            break
        voiced = word in ("bị", "được") and run[-1].pos in NOUN and i + 1 < len(tokens) and tokens[i + 1].pos == "V"  # `hộ dân | bị hỏng`
        if voiced and len(words_of(run)) < _MOST - 1:
            run += tokens[i:i + 2]
            i += 2
            continue
        said = low(tokens[i + 1].text) if i + 1 < len(tokens) else ""
        if word in ("sẽ", "đã", "đang") and said in ("được", "bị") and i + 2 < len(tokens) and tokens[i + 2].pos == "V" \
                and not any(u.pos in NOUN for u in run) and len(words_of(run)) < _MOST - 2:
            run += tokens[i:i + 3]  # `19 dự án | đang được triển khai`: which ones, in the passive with its aspect
            i += 3
            continue
        if word in ("sẽ", "đã", "đang") and i + 1 < len(tokens) and tokens[i + 1].pos == "V" and len(words_of(run)) < _MOST - 1 \
                and (not any(u.pos in NOUN for u in run) or said in COMPLETE | {"bị", "được"}):
            run += tokens[i:i + 2]  # `người dự kiến | sẽ tham gia`, `người Italy | đã thiệt mạng`, `hộ dân | đang bị cô lập` (not
            # `người bạn | đã nhờ em`: the clause's own predicate)
            i += 2
            continue
        if word == "nhất" and run[-1].pos == "A" or word == "mới" and run[-1].pos == "V" and (i + 1 == len(tokens) or tokens[i + 1].pos == "CH"):
            # `người giàu nhất`, `doanh nghiệp đăng ký mới.`
            run.append(t)
            i += 1
            continue
        if word == "trên" and run[-1].pos == "V" and i + 1 < len(tokens) and tokens[i + 1].pos in ("N", "Np") and not in_figure(tokens[i + 1], spans) \
                and not timely(tokens[i + 1]) and low(tokens[i + 1].text) not in _NOT_PLACES and len(words_of(run)) < _MOST - 2:
            run += tokens[i:i + 2]  # `2 người đi | trên xe máy`: where they are as they do it
            i += 2
            continue
        if word in ("các", "những") and run[-1].pos == "N" and i + 1 < len(tokens) and tokens[i + 1].pos == "N" \
                and not in_figure(tokens[i + 1], spans) and len(words_of(run)) < _MOST - 1:
            run += tokens[i:i + 2]  # `người là công nhân | các khu công nghiệp`: whose
            i += 2
            continue
        if word in ("này", "đó", "kia", "ấy") and run[-1].pos == "N":
            run.append(t)  # `người dân nước | này`: the demonstrative names which
            i += 1
            continue
        if word in _ONWARD - _WHERE and run[-1].pos == "V" and low(run[-1].text) != "trở" and (i + 1 == len(tokens) or tokens[i + 1].pos == "CH") \
                and not in_figure(t, spans):
            run.append(t)  # `người bị kẹt lại.`, `người chạy ra,`: a direction with nothing after it ends the verb
            break
        if word == "và" and low(run[-1].text) in _HARMS | {"mất tích"} and i + 1 < len(tokens) and low(tokens[i + 1].text) in _HARMS | {"mất tích"}:
            run += tokens[i:i + 2]  # `người chết và mất tích`: one count of two harms
            i += 2
            continue
        if (word == "nhưng" or low(run[-1].text) not in COMPLETE) and all(u.pos in ("V", "R", "A") for u in run) and i + 1 < len(tokens) and low(
                tokens[i + 1].text) not in NEXT_CLAUSE and (tokens[i + 1].pos == "V" or low(
                tokens[i + 1].text) in ("chưa", "không", "vẫn")) and not in_figure(tokens[i + 1], spans) and len(words_of(run)) < _MOST and word in ("và", "nhưng"):
            most = _MOST + 4
            run += tokens[i:i + 2]  # `hộ giữ gìn | và phát huy nghề ...`, `cụm đã thành lập | nhưng chưa đi vào hoạt động`: a second
            i += 2  # verb of theirs before any object, not the next clause
            continue
        if t.pos == "V" and low(run[-1].text) in ("nhà", "chuỗi") and not in_figure(t, spans) and len(words_of(run)) < most + 2:
            run.append(t)  # `doanh nghiệp trở thành nhà | cung ứng`, `tham gia chuỗi | cung ứng`: a noun the tagger split from its verb
            most += 2
            i += 1
            continue
        if word == "làm" and low(run[-1].text) == "nghề" and len(words_of(run)) < most:
            run.append(t)  # `hộ ... phát huy nghề | làm bánh tráng`: a craft named by its work
            i += 1
            continue
        if word == "vào" and run[-1].pos == "V" and i + 1 < len(tokens) and low(tokens[i + 1].text) in _PUT_TO and len(words_of(run)) < most + 2:
            run += tokens[i:i + 2]  # `cụm công nghiệp chưa đi | vào hoạt động`, `nhà máy đưa | vào vận hành`: what it is put to
            i += 2
            continue
        if word in ("vì", "do") and low(run[-1].text) in _HARMS and (cause := _cause(tokens, i + 1, spans)):
            run += [t, *cause]  # `người chết | vì ung thư`: what they died of says which ones
            break
        if word.isdigit() and len(word) == 1 and i + 1 < len(tokens) and low(tokens[i + 1].text) == "sao" and not in_figure(t, spans):
            run += tokens[i:i + 2]  # `sản phẩm OCOP | 5 sao`: the grade names which (s65, set P189)
            break
        if word.isdigit() and low(run[-1].text) in ("số", "hạng", "loại", "cấp", "nhóm") and not in_figure(t, spans):
            run.append(t)  # `tỉnh, thành phố thuộc Cụm thi đua số | 2`: the number names which
            break
        if (word == "và" or t.text == ",") and run[-1].pos == "Np" and i + 1 < len(tokens) and tokens[i + 1].pos == "Np" and not in_figure(
                tokens[i + 1], spans) and (word == "và" or i + 2 >= len(tokens) or tokens[i + 2].pos == "CH" or low(tokens[i + 2].text) == "và"):
            run += tokens[i:i + 2]  # `doanh nghiệp Việt Nam | và Đức`, `2 chợ Bình Điền | , Thủ Đức`: the names the counted share
            i += 2
            continue
        if t.text in ("-", "–") and run[-1].text[:1].isupper() and i + 1 < len(tokens) and tokens[i + 1].pos == "Np" \
                and not in_figure(tokens[i + 1], spans):
            run += tokens[i:i + 2]  # `tỉnh, thành phố khu vực miền Trung | - Tây Nguyên`: two regions named as one
            i += 2
            continue
        every = word in ("hàng", "hằng") and i + 1 < len(tokens) and timely(tokens[i + 1])  # `hàng năm`, not `bán hàng giả`
        if in_figure(t, spans) or t.pos not in NOUN | {"V", "A", "FW"} or word in _NOT_PREDICATE or word.split()[0] in _WHEN or word in _WHEN \
                or every or timely(t) or _size(run) >= most or t.pos != "Np" and any(c.isdigit() for c in t.text):
            cut = word in _ONWARD - {"tại", "ở"} or _size(run) >= most  # (`người lao | xuống ruộng`; not `người được điều trị | tại`, `tỉnh khu vực phía Bắc tập trung
            # | tham mưu`; not `người lao động | với giá ...`)
            if word in ("không", "chưa", "chẳng") and i + 1 < len(tokens) and tokens[i + 1].pos in ("V", "A"):
                run = run[:next((n for n, u in enumerate(run) if u.pos not in NOUN), len(run))]  # `cửa hàng niêm yết giá | không
                # đúng quy định`: a predicate cut before its negation says the opposite; its nouns alone are kept
            break  # (not `người chết | năm ...`, `người bị thương | hôm ...`, `người tử vong | sau vụ ...`)
        run.append(t)
        i += 1
    verbs_run = list(run)
    while cut and run and run[-1].pos == "V" and not _complete(run) and not (_passive_end(run) and low(run[-1].text) not in _ONWARD | {"khỏi"}) \
            and not (len(run) > 1 and low(run[-2].text) in ("nhà", "chuỗi")):  # (`chuỗi cung ứng`: one noun)
        run.pop()  # `người nước ngoài lao | vào nhà dân`: a verb cut from where it goes (not a passive: `người bị hất văng | ra xa`)
    if cut and not run and len(verbs_run) > 1 and verbs_run[0].pos == "V" and verbs_run[1].pos == "V" and len(words_of(verbs_run)) >= _MOST:
        run = verbs_run[:1]  # `12 dự án thua lỗ | báo cáo sản xuất kinh doanh`: the next verbs open the clause's own predicate
    while run and (run[-1].pos not in NOUN | {"V", "A", "FW"} and low(run[-1].text) not in ("nhất", "mới", "này", "đó", "kia", "ấy", "đây")
                   and not (run[-1].text.isdigit() and len(run) > 1 and low(run[-2].text) in ("số", "hạng", "loại", "cấp", "nhóm"))
                   and not (low(run[-1].text) == "sao" and len(run) > 1 and run[-2].text.isdigit())  # (`OCOP 5 sao`)
                   or low(run[-1].text) in _ASPECT | _WHERE | {"bị", "được"} and not (low(run[-1].text) == "mới" and len(run) > 1 and run[-2].pos == "V")):
        run.pop()  # (`người trên | ,`: no dangling word)
    if not run or all(low(t.text) in _ASPECT | _WHERE | {"được", "bị"} for t in run):
        return None
    return f"{noun} {phrase_text(sentence, run)}"


# qualities the tagger takes for verbs, which name a class of the thing counted (`sản phẩm công nghiệp nông thôn | tiêu biểu`)
_QUALITIES = frozenset({"tiêu biểu", "trọng điểm", "chủ lực", "đặc trưng", "truyền thống", "tiên tiến", "xuất sắc"})


def _size(run: list[Token]) -> int:
    """How long a predicate or modifier of a counted noun is: one for each word while it is a compound of nouns and
    qualities (`công nghiệp | nông thôn | tiêu biểu | khu vực | phía | Bắc`: one class, named in full), else one for each
    syllable."""
    lead = all(t.pos in NOUN and t.pos != "Np" or low(t.text) in _QUALITIES or t.pos == "Np" and n > 0 for n, t in enumerate(run))
    return len(run) if lead else len(words_of(run))


def _coordinated(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """A second counted noun joined to the first at token `k` by a comma or `và` (`và | cơ sở nghề`, `, | doanh nghiệp`):
    the joint and the nouns (at most three words, common nouns, no figure, time, measure or name); else []."""
    if k + 1 >= len(tokens) or not (tokens[k].text == "," or low(tokens[k].text) == "và"):
        return []
    n = next((m for m in range(min(k + 3, len(tokens) - 1), k, -1) if " ".join(low(t.text) for t in tokens[k + 1:m + 1]) in _countable()
              and not any(in_figure(t, spans) for t in tokens[k + 1:m + 1])), k) + 1  # the longest thing counted (`cơ sở nghề`,
    # `tổ hợp tác`/V whatever the tagger says)
    nouns = tokens[k + 1:n]
    last = _coordinated(tokens, n, spans) if nouns and tokens[k].text == "," and n < len(tokens) and low(tokens[n].text) == "và" else []
    if last:
        return tokens[k:n] + last  # `21 đơn vị, doanh nghiệp và chủ thể OCOP | đăng ký ...`: one count of three kinds, closed by `và`
    if not nouns or n < len(tokens) and tokens[n].text in (",", "và"):
        return []  # (`45 dự án, tổng vốn ...`, `13.000 doanh nghiệp, mức thưởng ...`: no second thing counted; `a, b, c`: a list)
    n += 1 if n < len(tokens) and tokens[n].text in ("OCOP", "CNNT", "FDI") else 0  # (`chủ thể | OCOP`)
    return tokens[k:n]


@lru_cache(maxsize=1)
def _countable() -> frozenset[str]:
    """The nouns a count may count beside another (`cơ sở, doanh nghiệp`, `làng nghề và cơ sở nghề`): the counted nouns of
    the lexicon but places and visits, and those of people and makers."""
    nouns = {low(n) for n in load().count_nouns} - PLACE_COUNTED - {"lượt", "lượt khách", "tỉnh, thành", "tỉnh, thành phố", "gian"}
    return frozenset(nouns | {"cá nhân", "tổ chức", "nhân viên", "nghệ nhân", "tiểu thương", "hộ gia đình", "hộ kinh doanh", "công nhân",
                              "thợ", "hội viên", "nông dân", "trang trại", "tổ hợp tác", "hộ dân", "người lao động", "cơ sở nghề",
                              "bộ sản phẩm", "nhóm sản phẩm", "chủ thể", "liên danh"})


def _names(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The proper names from token `k` joined by commas and `và` (`Long An và Thái Bình`, `Thanh Hóa, Nghệ An, Hà Tĩnh`),
    the last a name; [] when a name is followed by anything else than a boundary (`Long An đã ...`: no list)."""
    n = k
    while n < len(tokens) and tokens[n].pos == "Np" and not in_figure(tokens[n], spans):
        if n + 2 < len(tokens) and (tokens[n + 1].text in (",", "-", "–") or low(tokens[n + 1].text) == "và") and tokens[n + 2].pos == "Np":
            n += 2
            continue
        return tokens[k:n + 1] if n + 1 == len(tokens) or tokens[n + 1].pos in ("CH", "V", "R", "E", "C") else []
    return []


def _of_countries(names: list[Token], number: int | None) -> bool:
    """Whether listed names that are not as many as the places counted still say which: the countries they lie in, joined by
    dashes (`9 tỉnh Việt Nam - Lào - Thái Lan`), or the places named with their country after a dash (`3 tỉnh Quảng Trị,
    Salavan và Savannakhet - Lào`)."""
    countries = entries("countries.txt")  # (cached)
    places = [t for t in names if t.pos == "Np"]
    dashes = [n for n, t in enumerate(names) if t.text in ("-", "–")]
    if dashes and len(dashes) == len(places) - 1 and all(t.text in countries for t in places):
        return True
    return bool(dashes) and dashes[-1] == len(names) - 2 and names[-1].text in countries and number == len(places) - 1


_HARMS = frozenset({"chết", "tử vong", "thiệt mạng", "tử nạn", "thương", "bị thương", "nhập viện", "ngộ độc", "mắc bệnh", "nhiễm bệnh"})


def _cause(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The phrase of a cause from token `k` (`ung thư`, `tai nạn giao thông`, `sạt lở/V đất`), at most four words, up to a
    boundary (punctuation, a joint, a preposition or another figure), or []."""
    out: list[Token] = []
    while k < len(tokens) and tokens[k].pos in NOUN | {"A", "V"} and not in_figure(tokens[k], spans) and not timely(tokens[k]) \
            and len(out) < 4 and (out or tokens[k].pos != "A") and low(tokens[k].text) not in _NOT_PREDICATE | _WHEN:
        out.append(tokens[k])
        k += 1
    return out if k == len(tokens) or tokens[k].pos in ("CH", "C", "CC", "E") or in_figure(tokens[k], spans) else []


def _complete(run: list[Token]) -> bool:
    """Whether a run ends with a verb complete without an object (`chết`, `bị thương`, `sinh sống`)."""
    last = low(run[-1].text)
    return last in COMPLETE or len(run) > 1 and f"{low(run[-2].text)} {last}" in COMPLETE


def _passive_end(run: list[Token]) -> bool:
    """Whether the run is a voice and its verbs right after the counted noun or its name (`bị hất văng`, `Do Thái bị trục
    xuất`): a passive is complete (not a second one, the clause's own predicate: `bị thương | đã được đưa`)."""
    voice = 1 if len(run) > 1 and run[0].pos == "Np" else 0
    return low(run[voice].text) in ("bị", "được") and voice < len(run) - 1 and all(t.pos == "V" for t in run[voice + 1:])


_WORTH = frozenset({"trị giá", "giá trị", "tổng trị giá", "tổng giá trị", "có giá trị", "có trị giá"})


def _opening(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The first words of what follows a counted noun at token `k` when they describe the things counted: a verb, a
    voice or aspect word before a verb (`bị thương`, `được hỏi`, `đã tử vong`), a noun or adjective of the counted noun
    (`nông thôn`, `nghèo`), a place word before a noun (`trên máy bay`); else []."""
    first, after = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    word = low(first.text)
    if word in _WORTH:
        return []  # `4 hợp đồng | trị giá 115,8 tỷ đồng`: the worth of what is counted, the next figure's (s60, set P158)
    voiced = word in _ASPECT | {"được", "bị", "phải", "khác"} and after is not None and (after.pos == "V" or low(after.text) in ("bị", "được") or (
        word == "được" and low(after.text) in ("vào", "ra", "về", "lên") and k + 2 < len(tokens) and tokens[k + 2].pos in NOUN)) \
        and (low(after.text) not in _NOT_PREDICATE - {"bị", "được"} or word in ("phải", "được"))  # (`người khác | bị thương`, `người phải vào
        # viện`, `người được vào biên chế`)
    if voiced and not in_figure(first, spans):
        return [first, after] if after is not None else []
    if in_figure(first, spans) or word.split()[0] in _WHEN and first.pos != "Np" or word in _WHEN or timely(first) \
            or word in ("hàng", "hằng") and after is not None and timely(after):
        return []  # (`20 người | hàng năm đến thăm`)
    if word in _WHERE | {"thuộc"} and after is not None and (after.pos in ("N", "Np", "L") or word == "thuộc" and low(after.text) == "nhiều") \
            and not in_figure(after, spans) and not timely(after) \
            and low(after.text) not in _WHEN | {"số", "cuối", "đầu", "giữa"}:
        return [first, after]  # `người trên máy bay`, `người thuộc các lực lượng` (not `người | trong số ...`, `trong đó`, `trong cuối quý`)
    f0 = k - 1
    while f0 > 0 and in_figure(tokens[f0 - 1], spans):
        f0 -= 1  # the figure's first token (`Khoảng 300 người dân`)
    opens = f0 == 0 or tokens[f0 - 1].pos == "CH"
    if word == "ở" and after is not None and (after.pos == "Np" or opens and (after.pos in NOUN | {"A"} or low(after.text) == "cùng")) \
            and not in_figure(after, spans):
        return [first, after]  # `40 người dân ở Kon Tum`: where they live, named, or any place of a count that opens its clause (`2 người ở
        # cùng chòi`; `chở 295 người | ở sân bay` tells where a thing happens)
    if word in _KIN:
        return [first]  # `2 người anh`, `người con`
    noun = low(tokens[k - 1].text) if k else ""
    if (word == "của" and noun != "lượt" or word in ("ở", "tại") and noun not in PEOPLE) and after is not None and after.pos in ("N", "Np") \
            and not in_figure(after, spans) and not timely(after) and (after.pos == "Np" or (kind_of([after]) or ("",))[0] not in ("measure", "attribute")):
        return [first, after]  # `hơn 1000 dự án của WUR`: whose; `900 gian hàng ở Hội sách`: where things are (not people: `chở
        # 295 người | tại sân bay` tells where a thing happens)
    if word == "là" and after is not None and after.pos == "N" and not in_figure(after, spans) and not timely(after) \
            and (kind_of([after]) or ("",))[0] not in ("measure", "attribute", "generic"):
        return [first, after]  # `gần 260 người là chủ tàu cá`: who they are (not `là số ...`, `là mức`)
    closes = k + 2 >= len(tokens) or tokens[k + 2].pos == "CH"
    if word in ("không", "chưa") and after is not None and (after.pos in ("A", "V") or after.pos == "N" and closes) \
            and low(after.text) not in _NOT_PREDICATE | {"kịp", "thể", "dám", "muốn", "nên"} and not in_figure(after, spans):
        return [first, after]  # `12 dự án không hiệu quả,`, `3 hộ chưa nhận tiền`: which ones, by what they lack
    if word == "làm" and after is not None and after.pos == "N":
        return [first, after]  # `5-10 người làm công tác cứu hộ`: who do that work (not the causative before a count)
    if first.pos == "M" and first.text[:1].isalpha() and word.split()[0] not in _NUMBER_WORDS and word not in _NOT_PREDICATE:
        return [replace(first, pos="V")]  # `12 dự án thua lỗ/M`: a verb the tagger took for a number
    if word in _NOT_PREDICATE or first.pos not in NOUN | {"V", "A"} or first.pos == "Nc" or first.pos == "Np" and k > 0 and tokens[k - 1].pos == "Np":
        return []
    return [first]


# counted nouns of people or cases
PEOPLE = frozenset({"người", "hộ", "ca", "trường hợp", "em", "cháu", "nạn nhân", "công dân", "người dân", "lao động", "khách"})
# verbs whose object a count of people right after them is, and the voice that says it of them (`giết 3 người`: `người bị
# giết`; `cứu sống 10 người`: `người được cứu sống`)
SUFFERED = frozenset({
    "giết", "giết chết", "sát hại", "bắn chết", "bắn", "đâm", "đâm chết", "bắt", "bắt giữ", "bắt cóc", "tạm giữ", "tạm giam",
    "khởi tố", "truy tố", "xét xử", "kết án", "xử phạt", "trục xuất", "hành hung", "tấn công", "lừa", "lừa đảo", "sa thải",
    "cách chức", "kỷ luật", "truy nã", "bắt giam", "giam giữ", "tông", "tông chết", "cán chết", "vây bắt", "bắn bị thương",
    "xử phạt hành chính", "phạt hành chính", "giải tỏa", "giải toả", "cưỡng chế", "xử tử", "hành quyết", "tử hình", "xử bắn",
})
RECEIVED = frozenset({
    "cứu", "cứu sống", "cứu hộ", "giải cứu", "sơ tán", "di dời", "hỗ trợ", "đào tạo", "tuyển dụng", "tuyển", "thuê", "tiếp nhận",
    "khám", "khám bệnh", "chữa trị", "điều trị", "huy động", "đón", "tiếp đón", "mời", "khen thưởng", "trao thưởng", "cấp cứu",
    "hồi hương", "trao trả", "phóng thích", "thả", "trả tự do", "ân xá", "đặc xá",
})
_NUMBER_WORDS = frozenset("một hai ba bốn năm sáu bảy tám chín mười trăm nghìn ngàn triệu tỷ tỉ vài mấy nhiều".split())
_ADDED = frozenset({"thêm", "tiếp", "luôn", "ngay"})  # adverbs between a verb and its counted object
_DONE_TO = re.compile(r"(?<!\w)(lấy lời khai|triệu tập|mời làm việc|xét nghiệm|tiêm vắc xin|tiêm vaccine|khám sức khỏe|tiêm chủng)\s+$", re.IGNORECASE)
_LIVES = re.compile(r"(?i:cướp đi|lấy đi|cướp)\s+(?:(?i:di|đi)\s+)?(?i:sinh mạng|mạng sống|tính mạng|sinh mệnh)\s+(?:(?i:của)\s+)?$")


# vehicles whose people a count after `chở` counts (`máy bay chở gần 300 người`: `người trên máy bay`)
_VEHICLES = frozenset({"xe", "ôtô", "ô tô", "tàu", "thuyền", "máy bay", "trực thăng", "ghe", "xuồng", "phà", "ca nô", "chuyến bay",
                       "con tàu", "tàu cá", "xe khách", "xe buýt", "xe tải", "sà lan", "đoàn tàu", "tàu hỏa", "taxi"})


_STOP_AFTER = frozenset({"trên", "tại", "ở", "khi", "thì", "đã", "bị", "được", "sau", "trước", "trong", "lúc", "vào", "từ", "đến", "về"})


def carried(sentence: Sentence, start: int, end: int, counted: str | None) -> str | None:
    """For a count of people from `sentence.text[start]` to `[end]` right after `chở` (`chuyên chở`) and a vehicle: the
    people on it (`ôtô khách biển Nghệ An chở hơn 10 người`: `người trên ôtô khách biển Nghệ An`; `xe buýt chở 15 người
    Việt Nam`: `người Việt Nam trên xe buýt`); else None."""
    noun = low(counted or "")
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + len(sentence.text[:start].rstrip())]
    if noun not in PEOPLE | {"hành khách", "ngư dân", "thuyền viên"} or len(tokens) < 2 or low(tokens[-1].text) not in ("chở", "chuyên chở", "theo"):
        return None
    if low(tokens[-1].text) == "theo" and not (len(tokens) > 2 and low(tokens[-2].text) == "chở"):
        return None  # (`chở theo 5 người`: carried along; not any `theo`)
    tokens = tokens[:-1] if low(tokens[-1].text) == "theo" else tokens
    k = len(tokens) - 1
    while k > 0 and len(tokens) - k <= _MOST + 2 and tokens[k - 1].pos in NOUN | {"A", "V", "M"}:
        k -= 1  # the words before the verb in its clause
    run = tokens[k:-1]
    first = next((n for n in range(len(run) - 1, -1, -1) if low(run[n].text) in _VEHICLES), None)  # the last vehicle named (`Ôtô
    # đâm | máy bay`; `xe khách mang biển số X`)
    if first is None:
        return None
    where = phrase_text(sentence, run[first:])
    after = [t for t in sentence.tokens if t.start >= sentence.start + end][:3]
    after = after[:next((n for n, t in enumerate(after) if t.pos not in ("N", "Np", "A") or low(t.text) in _STOP_AFTER), len(after))]
    who = f"{noun} {sentence.text[after[0].start - sentence.start:after[-1].end - sentence.start]}" if after else noun
    return f"{who} trên {where[0].lower() if run[first].start == sentence.start else where[0]}{where[1:]}"


def object_of(sentence: Sentence, start: int, counted: str | None) -> str | None:
    """For a count of people (`PEOPLE`) at `sentence.text[start]` that a verb takes as its object: the counted noun with
    that verb in the voice it has for them (`Hắn kịp giết 3 người`: `người bị giết`; `cứu sống 10 người`: `người được cứu
    sống`; `cướp đi sinh mạng của hơn 7.000 người`: `người thiệt mạng`); else None."""
    noun = low(counted or "")
    deed = served(sentence, start, counted)
    if deed:
        return deed  # `giải quyết việc làm cho 28.000 lao động`: `lao động được giải quyết việc làm`
    if noun not in PEOPLE:
        return _thing_object(sentence, start, noun) if noun else None
    before = sentence.text[:start]
    if _LIVES.search(before):
        return f"{noun} thiệt mạng"
    done = _DONE_TO.search(before)
    if done:
        return f"{noun} được {low(done.group(1))}"  # `lấy lời khai khoảng 200 người`: `người được lấy lời khai`
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + len(before.rstrip())]
    tokens = tokens[:-1] if len(tokens) > 1 and low(tokens[-1].text) in _ADDED and tokens[-2].pos == "V" else tokens  # `khởi tố thêm`
    compound = next((c for n in (3, 2) if len(tokens) >= n and (c := low(" ".join(t.text for t in tokens[-n:]))) in SUFFERED | RECEIVED), "")
    if compound:  # `xử phạt hành chính/N 2 hộ`: a verb and its noun, one verb of what befalls them
        return f"{noun} {'bị' if compound in SUFFERED else 'được'} {compound}"
    if not tokens or tokens[-1].pos != "V":
        return None
    verb = low(tokens[-1].text)
    verb = f"{low(tokens[-2].text)} {verb}" if len(tokens) > 1 and f"{low(tokens[-2].text)} {verb}" in SUFFERED | RECEIVED else verb
    if len(tokens) > 1 and low(tokens[-2].text) in ("bị", "được"):
        return None  # (`bị bắt 3 người`: not the people's own voice)
    voice = "bị" if verb in SUFFERED else "được" if verb in RECEIVED else None
    if voice is None and verb in COMPLETE:
        return f"{noun} {verb}"  # `phía Mỹ đã thương vong trên 12.000 người`: `người thương vong`
    return f"{noun} {voice} {verb}" if voice else None


# verbs that destroy, seize or close the things a count right after them counts (`thiêu rụi 2 cửa hàng`: `cửa hàng bị
# thiêu rụi`)
DESTROYED = frozenset({
    "thiêu rụi", "thiêu cháy", "đốt cháy", "đốt", "phá hủy", "phá huỷ", "phá hỏng", "làm hỏng", "làm sập", "đánh sập", "cuốn trôi",
    "san phẳng", "phá dỡ", "tháo dỡ", "cưỡng chế", "niêm phong", "đình chỉ", "thu giữ", "tịch thu", "bắn rơi", "bắn hạ", "đánh chìm",
    "làm chìm", "tiêu hủy", "tiêu huỷ", "thu hồi", "đóng cửa", "làm cháy", "làm đổ", "vùi lấp", "ngập",
})


def _thing_object(sentence: Sentence, start: int, noun: str) -> str | None:
    """For a count of things at `sentence.text[start]` right after a verb of `DESTROYED`: the counted noun and that verb
    in the passive (`thiêu rụi 2 cửa hàng`: `cửa hàng bị thiêu rụi`); else None."""
    before = sentence.text[:start].rstrip()
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + len(before)]
    if not tokens or tokens[-1].pos not in ("V", "A", "N"):
        return None
    two = f"{low(tokens[-2].text)} {low(tokens[-1].text)}" if len(tokens) > 1 else ""
    verb = two if two in DESTROYED else low(tokens[-1].text)
    opens = len(tokens) - (2 if verb == two else 1)  # the verb's first token
    if verb not in DESTROYED or opens > 0 and low(tokens[opens - 1].text) in ("bị", "được"):
        return None  # (`bị phá hủy 2 cửa hàng`: not their own voice)
    return f"{noun} bị {verb}"


# what befalls the people a count counts, told after words about them (`ít nhất 7 người của cả hai bên | thiệt mạng`)
_FATES = frozenset({"chết", "tử vong", "thiệt mạng", "tử nạn", "bị thương", "mất tích", "nhập viện", "bỏ mạng", "ngộ độc",
                    "thương vong", "gặp nạn", "mắc kẹt", "bị bắt", "bị thương nặng", "bị thương nhẹ", "tử thương"})
_FATE_REACH = 12  # tokens between the count and its fate at most
_FATE_STOPS = frozenset({"nhưng", "còn", "thì", "mà", "khi", "sau", "trước", "do", "vì", "để", "nếu", "số", "và", "hoặc"})  # (`... khi
# đội cứu hộ thống kê được số người chết`: another clause's people)


def fate_after(sentence: Sentence, end: int, spans: list[tuple[int, int]], counted: str | None) -> str | None:
    """For a count of people ending at sentence offset `end`: the counted noun and what befalls them, told later in the
    same clause after words about them (`khiến 220.000 người tại các khu vực chịu ảnh hưởng thiệt mạng`: `người thiệt
    mạng`; `25 người khác đã bị thương`: `người bị thương`), no comma, conjunction or other figure between; else None."""
    noun = low(counted or "")
    if noun not in PEOPLE:
        return None
    absolute = [(sentence.start + a, sentence.start + b) for a, b in spans]
    tokens = [t for t in sentence.tokens if t.start >= sentence.start + end]
    for n, t in enumerate(tokens[:_FATE_REACH]):
        words = [low(u.text) for u in tokens[n:n + 2]]
        fate = next((f for f in (" ".join(words), words[0]) if f in _FATES), None)
        if fate is not None:
            return f"{noun} {fate}" if n else None  # (right after the count: the predicate reading names it already)
        if t.pos in ("CH", "C", "CC") or in_figure(t, absolute) or low(t.text) in _FATE_STOPS:
            return None
    return None


def served_kind(kind: str | None, sentence: Sentence, start: int, counted: str | None) -> str | None:
    """The counted things named by their kind (`kind`: `cơ sở công nghiệp nông thôn`) and by what is done for them (`served`:
    `cơ sở được hỗ trợ`): `cơ sở công nghiệp nông thôn được hỗ trợ` for `hỗ trợ cho 17 cơ sở công nghiệp nông thôn` at
    `sentence.text[start]`; `kind` alone when it says more than what it is (a predicate of its own), or nothing is done for them."""
    noun = low(counted or "")
    if not kind or not noun or not low(kind).startswith(noun) \
            or re.search(r"(?<!\w)(?:được|bị|tham gia|đạt|đoạt|nhận|trúng|có|là|đã|sẽ|đang|của|tại|ở|trong|trên|cho)(?!\w)", low(kind)):
        return kind
    served_as = served(sentence, start, counted)
    if not served_as or not low(served_as).startswith(f"{noun} được ") or not _SUPPORT.match(served_as[len(noun) + len(" được "):]):
        return kind  # (a deed of support: `hỗ trợ`, `tạo việc làm`)
    return f"{kind}{served_as[len(noun):]}"


# deeds of support done for the things counted (`hỗ trợ cho 17 cơ sở`, `tạo việc làm cho 200 lao động`)
_SUPPORT = re.compile(r"(?i:hỗ trợ|tạo việc làm|giải quyết việc làm|đào tạo|tập huấn|đào tạo nghề|cấp|trao|tặng|cho vay|chuyển giao)(?:\s+\S+){0,2}$")


def _as_counted(noun: str) -> str:
    """A counted noun as a subject writes it: lower case, but a list's short forms kept (`doanh nghiệp, HTX`)."""
    return noun if re.search(r"[A-ZĐ]{2}", noun) else low(noun)
