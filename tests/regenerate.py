"""Regenerate the committed `extracted/` from `corpus/`, on purpose, showing what changes as facts.

    python -m tests.regenerate            # run into a temporary folder, print the fact diff, change nothing
    python -m tests.regenerate --write    # the same, then replace extracted/records.jsonl and errors.jsonl

`tests/test_records.py` fails whenever a fresh run differs from `extracted/`. A change that moves facts is
reviewed by reading this diff (every fact lost or gained, per article) in the commit that rewrites
`extracted/`; the README's Development section says so.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from pipeline.diff import fact_diff, totals
from pipeline.run.output import ERRORS, RECORDS
from pipeline.run.runner import run
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    os.chdir(ROOT)  # sources are named relative to the working folder, as `vnie run corpus/` does
    committed = ROOT / "extracted"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        run(["corpus"], out, Settings(progress=False), db_path=False)
        diffs = fact_diff(committed / RECORDS, out / RECORDS)
        for d in diffs:
            print("\n".join(d.lines()))
        print(totals(diffs))
        same = (committed / RECORDS).read_bytes() == (out / RECORDS).read_bytes()
        if not same and not diffs:
            print("the facts are the same; other fields of the records changed (text, titles, ids or offsets)")
        if "--write" in argv and not same:
            for name in (RECORDS, ERRORS):
                shutil.copyfile(out / name, committed / name)
            print(f"wrote {committed / RECORDS} and {committed / ERRORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
