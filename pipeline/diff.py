"""Differences between two record files, as facts a person can read (not as JSON lines).

`fact_diff(old, new)` pairs records by id and lists, per record, the officials, figures, events and dates
that were lost (`-`) or gained (`+`), and records that appeared or disappeared. It holds one compact
summary per record (fact keys, no texts), so it works on large outputs. Used by `vnie diff` and by
`python -m tests.regenerate`, which is how a change to the committed `extracted/` is reviewed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.run.output import iter_records

KINDS = ("officials", "figures", "events", "dates")


def _number(value: float) -> str:
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.6f}".rstrip("0")
    return text.replace(",", " ")


def fact_keys(record: dict) -> dict[str, set[str]]:
    """Each fact of a record as one readable line, per kind."""
    keys: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for o in record.get("officials", []):
        keys["officials"].add(f"{o['name']} · {o['title']}" + (f" · {o['province']}" if o.get("province") else ""))
    for f in record.get("figures", []):
        per = f"/{f['per']}" if f.get("per") else ""
        subject = f" · {f['subject']}" if f.get("subject") else ""
        keys["figures"].add(f"{f['text']} = {_number(f['value'])} {f['unit']}{per}{subject}")
    for e in record.get("events", []):
        keys["events"].add(f"{e['name']} · {e['type']} · {e.get('date') or '-'}")
    for d in record.get("dates", []):
        keys["dates"].add(f"{d['text']} = {d['value']}")
    return keys


@dataclass
class RecordDiff:
    id: str
    title: str
    status: str  # "changed", "added" or "removed"
    lost: dict[str, list[str]]
    gained: dict[str, list[str]]

    def lines(self) -> Iterator[str]:
        yield f"{self.status} {self.id[:12]} {self.title}"
        for kind in KINDS:
            for line in self.lost.get(kind, []):
                yield f"  - {kind[:-1]}: {line}"
            for line in self.gained.get(kind, []):
                yield f"  + {kind[:-1]}: {line}"


def _summaries(path: Path) -> dict[str, tuple[str, dict[str, set[str]]]]:
    return {r["id"]: (r.get("title") or "", fact_keys(r)) for r in iter_records(path)}


def fact_diff(old: Path, new: Path) -> list[RecordDiff]:
    """The records whose facts differ between two `records.jsonl` files, in the new file's order."""
    before, after = _summaries(old), _summaries(new)
    out: list[RecordDiff] = []
    for rid, (title, keys) in after.items():
        if rid not in before:
            out.append(RecordDiff(rid, title, "added", {}, {k: sorted(v) for k, v in keys.items() if v}))
            continue
        old_keys = before[rid][1]
        lost = {k: sorted(old_keys[k] - keys[k]) for k in KINDS if old_keys[k] - keys[k]}
        gained = {k: sorted(keys[k] - old_keys[k]) for k in KINDS if keys[k] - old_keys[k]}
        if lost or gained:
            out.append(RecordDiff(rid, title, "changed", lost, gained))
    for rid, (title, keys) in before.items():
        if rid not in after:
            out.append(RecordDiff(rid, title, "removed", {k: sorted(v) for k, v in keys.items() if v}, {}))
    return out


def totals(diffs: list[RecordDiff]) -> str:
    """One line: facts lost and gained per kind."""
    parts = []
    for kind in KINDS:
        lost = sum(len(d.lost.get(kind, [])) for d in diffs)
        gained = sum(len(d.gained.get(kind, [])) for d in diffs)
        if lost or gained:
            parts.append(f"{kind} -{lost} +{gained}")
    return f"{len(diffs)} records differ" + (": " + ", ".join(parts) if parts else "")
