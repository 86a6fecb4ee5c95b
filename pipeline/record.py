"""The extracted record: one article with its facts, each fact tied to the sentence it came from.

These pydantic models are the contract with everything downstream. JSON goes in and out only through
`Record.to_json` / `Record.from_json`; `pipeline/schemas/record.schema.json` is generated from them
(`python -m pipeline.record`) and a test checks that the committed copy is current.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer

SCHEMA_VERSION = "1.4"

Precision = Literal["day", "month", "quarter", "year", "month_day", "month_only"]
# The closed list of event types and ceremony subtypes (`pipeline/facts/lexicons/event_types.tsv` and
# `event_ceremonies.tsv` map every head and ceremony verb onto them).
EventType = Literal["conference", "workshop", "forum", "fair", "exhibition", "congress", "festival", "ceremony",
                    "training", "contest"]
CeremonyType = Literal["inauguration", "groundbreaking", "signing", "award", "opening", "closing", "launch",
                       "announcement", "anniversary"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(_Model):
    """Where a fact was read: `text[start:end]` is the fact as written, inside `sentence`."""

    start: int = Field(description="Offset of the fact's first character in the record's text.")
    end: int = Field(description="Offset one past the fact's last character in the record's text.")
    sentence: str = Field(description="The whole sentence the fact was read from.")
    caption: bool | None = Field(default=None, description="True when the sentence is a photo caption, not the article's body "
                                                   "(left out of the JSON otherwise).")

class Mention(_Model):
    """One place a person is named, e.g. the full `Phan Thị Thắng` or a later `bà Thắng`."""

    text: str
    start: int
    end: int


class Official(_Model):
    """A named person given a position."""

    name: str = Field(description="The person's full name, e.g. `Phan Thị Thắng`.")
    title: str = Field(description="The whole position as written, e.g. `Thứ trưởng Bộ Công Thương`.")
    role: str = Field(description="The office itself, e.g. `Thứ trưởng`.")
    organization: str | None = Field(None, description="The organisation of the position, resolved to its full name where the article gives it.")
    province: str | None = Field(None, description="Province of the position (pre-2025 name): as the post, its sentence or its article places it; for a provincial post that names none, else the province of the provincial paper or site that printed it.")
    province_2025: str | None = Field(None, description="The province it belongs to after the 2025 merger.")
    mentions: list[Mention] = Field(default_factory=list)
    evidence: Evidence


class Figure(_Model):
    """A quantity: money, power, area, a share, or a count of something."""

    value: float = Field(description="The number in base units (VND, USD, MW, ha, percent, ...).")
    unit: str = Field(description="VND, USD, EUR, MW, MWp, kWp, kWh, ha, m2, km2, tonne, percent or count. MWp and kWp are "
                                  "peak power of solar panels, kept apart from MW and not converted.")
    counted: str | None = Field(None, description="For unit `count`, the counted noun (`doanh nghiệp`).")
    text: str = Field(description="The figure as written, qualifier included.")
    qualifier: str | None = Field(None, description="more_than, about, nearly, under, at_most, at_least, estimated, up_to.")
    range: Literal["low", "high"] | None = Field(None, description="Which end of a range (`15-25%`) this is.")
    subject: str | None = Field(None, description="The noun phrase the figure measures (`doanh thu của tỉnh`, `Nhà máy điện mặt trời "
                                                  "Phước Hữu`), where the sentence names it; null rather than a guess.")
    per: str | None = Field(None, description="For a rate, its denominator as a short unit (`ngày`, `kg`, `m2`, `kWh`, `tháng`, "
                                              "`người`): `200.000 đồng/ngày` has value 200000, unit VND, per `ngày`; a rate per a unit "
                                              "and a time keeps both (`6 triệu đồng/người/tháng`: `người/tháng`), a price of several "
                                              "its count (`70.000 đồng/10 chiếc`: `10 chiếc`). Null for plain amounts; rates are not "
                                              "amounts to be summed.")
    year: int | None = Field(None, description="The year the figure refers to, where the sentence says it (`năm 2024`, `quý III/2023`).")
    period: str | None = Field(None, description="The period the figure refers to: `2024`, `2024-Q3`, `2023-H1`, `2024-05`, "
                                                 "`2024-01/2024-09` (9 months), `2021/2025` (years); a period without its year "
                                                 "(`6 tháng đầu năm`) takes the publication year.")
    repeat_of: int | None = Field(None, description="Index in the record's `figures` of an earlier figure stating the same fact "
                                                    "(same value, unit and subject), e.g. the lead repeated in the body.")
    province: str | None = Field(None, description="Province the sentence or the subject places the figure in (pre-2025 name).")
    province_2025: str | None = Field(None, description="The province it belongs to after the 2025 merger.")
    evidence: Evidence

    @field_serializer("value")
    def _plain_number(self, value: float) -> float | int:
        return int(value) if float(value).is_integer() and abs(value) < 2**63 else value


class DateFact(_Model):
    """A date expression, normalised to ISO 8601 at its precision (`2024-10-11`, `2024-10`, `2024`, `2024-Q3`)."""

    text: str
    value: str
    precision: Precision
    evidence: Evidence


class Event(_Model):
    """An event: one per event however often the article mentions it; its evidence is its best-named mention."""

    name: str = Field(description="The event's name as written (its evidence's text, with runs of white space as one space).")
    type: EventType = Field(description=(
        "conference (hội nghị; a dated press conference that announces an event, họp báo), workshop (hội thảo, tọa đàm), forum (diễn đàn), fair (hội chợ, phiên chợ, tuần lễ, "
        "a ngày hội that sells or hires), exhibition (triển lãm), congress (đại hội), festival (lễ hội, festival, ngày hội), ceremony (lễ ..., or a "
        "ceremony verb: khánh thành, khởi công, động thổ, khai trương, ký kết), training (lớp tập huấn, khóa đào tạo), "
        "contest (hội thi, cuộc thi, bình chọn sản phẩm)."))
    subtype: CeremonyType | None = Field(None, description=(
        "For ceremonies: inauguration, groundbreaking, signing, award, opening, closing, launch, announcement, "
        "anniversary."))
    date: str | None = Field(None, description=(
        "ISO 8601 at the precision the text gives; `--MM-DD` (precision `month_day`) when an article without a "
        "publication date writes the event's day but no year for it (`Sáng 9/7, ... lễ khánh thành ...`: `--07-09`); "
        "`--MM` (precision `month_only`) when it writes only the month (`... hồi tháng 7`: `--07`)."))
    date_precision: Precision | None = None
    date_end: str | None = Field(None, description=(
        "Last day of an event the text gives as a range (`từ ngày 12 đến ngày 15 tháng 10 năm 2020`: date "
        "2020-10-12, date_end 2020-10-15; `từ tháng 3 đến tháng 5/2024`: date 2024-03, date_end 2024-05; to the end of a month, `từ 14/9 đến hết tháng "
        "12/2017`: date_end 2017-12); null for a "
        "single day, month or year."))
    location: str | None = None
    organizers: list[str] = Field(default_factory=list)
    edition: int | None = Field(None, description="`lần thứ X` gives 10.")
    evidence: Evidence


class Topic(_Model):
    """An industry-and-trade topic the article is about (`pipeline/facts/lexicons/topics.tsv`)."""

    code: str = Field(description="Topic code from the closed list: energy, industrial_zones, khuyen_cong, rural_industry, "
                                  "trade_promotion, fairs, exports_imports, domestic_market, market_management, ecommerce, "
                                  "manufacturing, mining, industrial_investment, administration.")
    score: float = Field(description="The topic model's probability (0-1); topics of at least 0.5 are listed, best first.")
    words: list[str] = Field(default_factory=list, description="The words and domain terms that weighed most for it.")


class Source(_Model):
    """Where the article came from: a file path (as given, relative to the working folder) or a URL."""

    path: str | None = None
    url: str | None = None
    line: int | None = Field(None, description="Line number in a JSON Lines corpus.")
    fetched_at: str | None = Field(None, description="When the page was fetched or captured (ISO 8601, UTC), for fetched and WARC pages.")
    extractor: str | None = Field(default=None, description="What gave the text: `trafilatura`, `trafilatura-recall`, `trafilatura-baseline`, "
                                                    "`density` (vnie's block extractor), `json-ld` (articleBody), `app-json` (a script-rendered "
                                                    "page's application JSON, such as `__NEXT_DATA__`), `dump`, `text`.")
    title_from: str | None = Field(default=None, description="Where the title came from: `og:title`, `json-ld:headline`, `h1`, `title`, "
                                                     "`twitter:title`, `dump`, `corpus`.")
    published_from: str | None = Field(default=None, description="Where `published` came from: `meta:NAME`, `json-ld:datePublished`, "
                                                         "`itemprop:datePublished`, `time`, `dateline` (the page's own, near "
                                                         "the title, or a plain text's dateline in its first four lines), `dump`, `corpus`.")


class Record(_Model):
    """One article and the facts extracted from it."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Stable id: a hash of the source (URL, path, or corpus file and entry id).")
    source: Source
    title: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or datetime, null when the page states none.")
    author: str | None = None
    sitename: str | None = None
    text: str = Field(description="The article's clean main text (NFC, classic tone placement); offsets point here.")
    officials: list[Official] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    story_id: str | None = Field(None, description="Id of the first record (by publication date, then id) of the story this article "
                                                      "belongs to: itself unless it is a copy or near-copy of an earlier one.")
    duplicates: list[str] = Field(default_factory=list, description="Ids of the other records of the same story (exact or near-duplicate "
                                                                     "texts), so nothing is counted twice.")
    topics: list[Topic] = Field(default_factory=list, description="Industry-and-trade topics of the article, best first "
                                                                  "(`pipeline/facts/topics.py`).")
    relevant: bool | None = Field(None, description="True when the article belongs to an industry-and-trade corpus: `relevance` "
                                                    "at or above the threshold shipped with the model's weights; null in "
                                                    "records written before topic relevance.")
    relevance: float | None = Field(None, description="Probability (0-1) that the article belongs to an industry-and-trade corpus.")

    def to_json(self) -> str:
        """One line of JSON, keys in schema order, non-ASCII kept; `evidence.caption` only where it is true."""
        data = self.model_dump(mode="json")
        for kind in ("officials", "figures", "events", "dates"):
            for fact in data[kind]:
                if not fact["evidence"].get("caption"):
                    fact["evidence"].pop("caption", None)
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Record:
        return cls.model_validate_json(line)


def record_id(source_key: str) -> str:
    """A stable 16-hex-digit id for a source key."""
    return hashlib.sha256(source_key.encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict:
    """The JSON Schema of a record, as committed in `pipeline/schemas/record.schema.json`."""
    schema = Record.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://vnie.invalid/schema/record-{SCHEMA_VERSION}.json"
    return schema


SCHEMA_PATH = Path(__file__).parent / "schemas" / "record.schema.json"


def schema_text() -> str:
    """The JSON Schema of a record as the committed file holds it."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    """`python -m pipeline.record [--check]`: write the committed JSON Schema, or check that it is current."""
    if "--check" in argv:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != schema_text():
            print(f"{SCHEMA_PATH} is out of date: run python -m pipeline.record", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
