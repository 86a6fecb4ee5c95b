"""Organisation phrases after a title of office: a head noun (`Sở`, `Bộ`, `Ủy ban`, `Công ty`) and its
complement, up to a person's name, a clause boundary, a verb that starts a predicate or punctuation
that does not continue the name (`Sở Văn hóa, Thể thao và Du lịch`, `Vụ Kế hoạch - Tài chính, Bộ GD&ĐT`).
"""

from __future__ import annotations

from pipeline.facts import names
from pipeline.facts.lexicon import entries
from pipeline.facts.official_context import (
    CONNECTORS,
    DASHES,
    ORG_POS,
    PLACE_NAME,
    PLACE_WORD_END,
    Context,
)


def _name_after_country(c: Context, k: int) -> tuple[int, int] | None:
    """A foreign official's name right after the country in the post (`Thủ tướng Hungary Orban Viktor`)."""
    if k >= c.n or not c.units[k].cap or not c.units[k].alpha or k in c.role_starts:
        return None
    if c.match(c.pats.org_head, k) or c.match(c.pats.province, k) or c.match(c.pats.country, k):
        return None
    if c.match(c.pats.honorific, k):
        return None
    end = names.run_end(c.grid, k, c.role_starts)
    if names.vietnamese(c.grid, k, end, c.protected):
        return k, end
    name = names.foreign(c.grid, k, c.role_starts)
    if name and (name[1] >= c.n or name[1] in c.token_starts or c.units[name[1]].punct
                 or not names.vietnamese_looking(c.units[name[1] - 1].text)):
        return name  # a whole word ends it: not `Đại` of `Đại diện` (a Latin name glued to a verb is)
    return None


def continues(c: Context, k: int, lower_ok: bool) -> bool:
    """After `,`, `-` or `và` inside an organisation: a capitalised word that is no person, title or
    honorific (`Sở Văn hóa, Thể thao và Du lịch`), or (if `lower_ok`) a word of organisation names."""
    if k >= c.n or c.units[k].punct or k in c.role_starts:
        return False
    if c.match(c.pats.honorific, k):
        return False
    if not c.units[k].cap:
        return lower_ok and c.match(c.pats.org_word, k) is not None
    if c.is_name_start(k):
        return False
    return True


def _enumeration(c: Context, k: int) -> bool:
    """After a comma inside an organisation: the words from unit k go on an enumeration of its parts,
    ending in `và` (`Sở Văn hóa, Thể thao và Du lịch`), rather than start another clause."""
    while k < c.n and not c.units[k].punct:
        if c.units[k].text == "và":
            return True
        if not c.units[k].cap and not c.match(c.pats.org_word, k) and c.grid.pos_at(k) not in ORG_POS:
            return False  # a verb: another clause (`nguyên Chủ tịch BSC, VKS đề nghị ...`)
        k += 1
    return k < c.n and c.units[k].text in (",", "-", "–", "&", ")")


def org_scan(c: Context, j: int) -> tuple[int, tuple[int, int] | None]:
    """End of the organisation after a title ending at unit j, and the name that ends it, if any
    (`Chủ tịch UBND tỉnh Hà Tĩnh Dương Tất Thắng`)."""
    pats, units = c.pats, c.units
    k = j
    foreign = False  # the post is abroad (a country other than Viet Nam named in it)
    first_head = ""  # the head of the organisation (`Sở`), if it is not in the title (`Trưởng phòng`)
    last_place = -1  # the last unit of the last province passed
    while k < c.n and k - j < 30:
        u = units[k]
        if k > j and k in c.role_starts:
            break
        if not u.punct:
            end = c.match(pats.place, k)
            if end:
                k, last_place = end, end - 1
                continue
            end = c.match(pats.country, k)
            if end and PLACE_WORD_END.search(c.before(k)):
                end = None  # `huyện Đức Thọ` is a district, not Germany
            if end:
                foreign = foreign or c.grid.text(k, end) != "Việt Nam"
                k = end
                name = _name_after_country(c, k)
                if name:
                    return k, name
                continue
            end = c.match(pats.org_head, k)
            if end and not first_head:
                first_head = c.grid.text(k, end)
            if end and (u.cap or k == j or units[k - 1].text.lower() in CONNECTORS or units[k - 1].text in DASHES
                        or units[k - 1].text == ")"):
                k = end
                continue
        if u.punct:
            nxt = k + 1
            if u.text == ",":
                if k > j and continues(c, nxt, lower_ok=True) and _enumeration(c, nxt) \
                        and units[nxt].text not in entries("org_list_heads.txt"):
                    k += 1
                    continue
                # (Not after a country: `Đảng Cộng sản Việt Nam, Công an TP. Hà Nội` starts a clause.)
                head = c.match(pats.org_head, nxt) if k > j and nxt < c.n and units[nxt].cap \
                    and not c.pats.country_end.search(c.grid.text(j, k)) else None
                if head and c.grid.text(nxt, head) != first_head:
                    k += 1  # the parent organisation: `Phòng ..., Sở GD&ĐT Nghệ An`; not `Sở A, Sở B`
                    continue
                if k == j and c.match(pats.org_head, nxt) and nxt < c.n and units[nxt].cap:
                    k += 1  # `Tham tán, Bộ Ngoại giao ...`
                    continue
                place = PLACE_NAME.match(c.rest(nxt)) if nxt < c.n and k > j else None
                if place and place.group(1)[0].isupper():
                    k += 1  # `UBND xã Mường Lống, huyện Kỳ Sơn, tỉnh Nghệ An`
                    continue
            elif u.text in DASHES and k > j and nxt < c.n:
                if c.match(pats.org_head, nxt) or c.match(pats.org_word, nxt) or c.match(pats.country, nxt):
                    k += 1
                    continue
            elif u.text == "&" and k > j and nxt < c.n and units[nxt].cap:
                k += 1
                continue
            elif u.text == "(" and k + 2 < c.n and units[k + 2].text == ")" and units[k + 1].cap:
                k += 3  # `(VCCI)`, `(Petrovietnam)`
                continue
            break
        if u.cap and len(u.text) > 1 and u.text.isupper() and k > j and k - 1 == last_place:
            break  # an acronym after a place name is the next clause (`huyện Quảng Ninh PV đã ...`)
        if u.cap:
            end = names.run_end(c.grid, k, c.barriers)
            name = names.suffix(c.grid, k, end, c.protected)
            if name:
                return name[0], name
            if foreign and (end >= c.n or units[end].punct or not units[end].cap):
                name = _name_after_country(c, k)
                if name and name[1] == end:
                    return k, name
            k = max(end, k + 1)
            continue
        # A lower-case word.
        word = u.text.lower()
        if word in CONNECTORS and (k > j or word == "của"):
            nxt = k + 1
            if word == "tại":
                ok = c.match(pats.country, nxt) or c.match(pats.province, nxt) or (
                    nxt < c.n and units[nxt].cap and c.match(pats.org_head, nxt))
            elif word == "các":
                ok = c.match(pats.org_head, nxt)
            elif word == "và" and nxt < c.n and units[nxt].text == "các":
                ok = c.match(pats.org_head, nxt + 1)
            else:
                ok = continues(c, nxt, lower_ok=True) or c.match(pats.country, nxt)
            if ok:
                k += 1
                continue
            break
        end = c.match(pats.org_word, k)
        if end:
            k = end
            continue
        place = PLACE_NAME.match(c.rest(k))
        if place and place.group(1)[0].isupper():
            k += 1  # `Chủ tịch xã Xuân Ninh`: the place word, then its name
            continue
        if k > j and k not in c.token_starts and not units[k - 1].punct:
            k += 1  # inside a word underthesea already began in the organisation (`Thiết bị`)
            continue
        if k == j or c.match(pats.honorific, k) or c.match(pats.stop, k):
            break
        pos = c.grid.pos_at(k)
        if pos in ORG_POS or (pos in ("A", "V") and continues(c, k + 1, lower_ok=False)):
            k += 1  # a noun, or a word between capitalised parts (`Hiệp hội Năng lượng sạch Việt Nam`)
            continue
        break
    while k > j and ((units[k - 1].punct and units[k - 1].text != ")") or units[k - 1].text.lower() in CONNECTORS):
        k -= 1
    return k, None


