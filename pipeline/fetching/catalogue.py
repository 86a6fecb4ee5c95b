"""The catalogue of sources: where Vietnamese industry-and-trade news is published, shipped as data.

`catalogue.tsv` beside this module lists one feed, sitemap or listing page a line, with its publisher,
section and kind (the ministry's press, the Government's portal, national papers' economy sections,
provincial Departments of Industry and Trade, industrial-promotion centres) and `found_in`: where the URL
was found in public material. No entry may lack it: `load_catalogue` refuses a file with an entry that
has no `found_in`, a URL that is not http(s), an unknown kind or type, or a repeated name.

`select(entries, names)` picks entries by name, by name prefix (`congthuong` is every `congthuong-*`
entry) or by kind (`national_paper`, `ministry`, `provincial_doit`; a kind with no entry yet is refused with a
message saying so); `to_sources(entries)` turns them into fetch sources: feeds and
sitemaps as such, listing pages as same-site crawls. `vnie sources` prints the catalogue and
`vnie fetch --source NAME` fetches from it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.errors import SettingsError

COLUMNS = ("name", "kind", "publisher", "section", "type", "url", "found_in", "note")
KINDS = ("ministry_press", "ministry", "agency", "government", "national_paper", "provincial_paper", "provincial_doit",
         "promotion_centre")
TYPES = ("feed", "sitemap", "listing")


@dataclass(frozen=True)
class Entry:
    """One source: a feed, sitemap or listing page, and where its URL was found."""

    name: str
    kind: str
    publisher: str
    section: str
    type: str
    url: str
    found_in: str
    note: str = ""

    @property
    def host(self) -> str:
        """The URL's host without `www.`."""
        return (urlsplit(self.url).hostname or "").removeprefix("www.")

    def to_dict(self) -> dict:
        return {**self.__dict__, "host": self.host}


def _text(path: str | Path | None) -> tuple[str, str]:
    if path is None:
        return resources.files("pipeline.fetching").joinpath("catalogue.tsv").read_text(encoding="utf-8"), "catalogue.tsv"
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except OSError as exc:
        raise SettingsError(f"cannot read catalogue {path}: {exc.strerror}") from None


def load_catalogue(path: str | Path | None = None) -> list[Entry]:
    """The entries of a catalogue file (the shipped one by default), checked line by line."""
    text, where = _text(path)
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise SettingsError(f"{where}: no header and no entries")
    header = lines[0][1].split("\t")
    if tuple(header) != COLUMNS:
        raise SettingsError(f"{where}:{lines[0][0]}: the header must be {' '.join(COLUMNS)}")
    entries: list[Entry] = []
    seen: set[str] = set()
    for (n, _), row in zip(lines[1:], csv.reader([line for _, line in lines[1:]], delimiter="\t", quoting=csv.QUOTE_NONE),
                           strict=True):
        if len(row) != len(COLUMNS):
            raise SettingsError(f"{where}:{n}: {len(row)} columns, expected {len(COLUMNS)}")
        entry = Entry(*(cell.strip() for cell in row))
        problem = (
            "no name" if not entry.name else
            f"repeated name {entry.name}" if entry.name in seen else
            f"unknown kind {entry.kind!r} (one of {', '.join(KINDS)})" if entry.kind not in KINDS else
            f"unknown type {entry.type!r} (one of {', '.join(TYPES)})" if entry.type not in TYPES else
            f"not an http(s) URL: {entry.url!r}" if urlsplit(entry.url).scheme not in ("http", "https") or not entry.host else
            "no found_in: every URL must say where it was found" if not entry.found_in else None
        )
        if problem:
            raise SettingsError(f"{where}:{n}: {problem}")
        seen.add(entry.name)
        entries.append(entry)
    return entries


def select(entries: list[Entry], names: list[str]) -> list[Entry]:
    """The entries named (exactly, by `NAME-` prefix, or by kind), in catalogue order, each once."""
    chosen: dict[str, Entry] = {}
    for name in names:
        key = name.strip().lower()
        found = ([e for e in entries if e.name == key] or [e for e in entries if e.name.startswith(key + "-")]
                 or [e for e in entries if e.kind == key])
        if not found and key in KINDS:
            raise SettingsError(f"no source of kind {key} in the catalogue yet (`vnie sources` lists the others)")
        if not found:
            close = sorted({e.name.split("-")[0] for e in entries if key[:3] and e.name.startswith(key[:3])})
            hint = f" (did you mean {', '.join(close)}?)" if close else " (`vnie sources` lists them)"
            raise SettingsError(f"no source {name!r} in the catalogue{hint}")
        for entry in found:
            chosen.setdefault(entry.name, entry)
    order = {e.name: i for i, e in enumerate(entries)}
    return sorted(chosen.values(), key=lambda e: order[e.name])


def to_sources(entries: list[Entry]) -> tuple[list[str], list[str], list[str]]:
    """(feeds, sitemaps, listing pages to crawl) of the entries."""
    return ([e.url for e in entries if e.type == "feed"], [e.url for e in entries if e.type == "sitemap"],
            [e.url for e in entries if e.type == "listing"])
