"""Write or check the committed JSON Schema of records: `python -m pipeline.schema [--check]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .record import json_schema

SCHEMA_PATH = Path(__file__).parent / "schemas" / "record.schema.json"


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    if "--check" in argv:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != schema_text():
            print(f"{SCHEMA_PATH} is out of date: run python -m pipeline.schema", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
