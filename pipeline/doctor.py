"""`vnie doctor`: check the installation and say what to do, one line per check.

Each check returns a `Check`: `ok`, `warn` (works, but worth knowing) or `fail` (something vnie needs is
broken), a short finding and, when not ok, what to do. `doctor(...)` runs them all; the CLI prints them and
exits 1 when any failed. Nothing here writes anything: a store is opened read-only, PostgreSQL is only
asked `SELECT 1`, Chromium only for its version.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MIN_FREE_BYTES = 1_000_000_000
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")


@dataclass(frozen=True)
class Check:
    """One finding: `status` is `ok`, `warn` or `fail`; `fix` says what to do when it is not ok."""

    name: str
    status: str
    detail: str
    fix: str = ""

    def line(self) -> str:
        text = f"{self.status:<4}  {self.name:<10} {self.detail}"
        return text + (f" → {self.fix}" if self.fix and self.status != "ok" else "")


def _guard(name: str, fix: str, check: Callable[[], Check]) -> Check:
    """Run one check; an exception is that check failing, not the doctor."""
    try:
        return check()
    except Exception as exc:  # noqa: BLE001 - every failure is a finding
        return Check(name, "fail", f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}", fix)


def check_models() -> Check:
    """underthesea's sentence splitter, word tokenizer and POS tagger load and run offline (the language
    stage over two sentences)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.perf_counter()
    from pipeline.language.analysis import analyse

    analysis = analyse("Bộ Công Thương tổ chức hội nghị. Ông Nguyễn Văn An phát biểu.")
    tags = [t.pos for s in analysis.sentences for t in s.tokens]
    if len(analysis.sentences) != 2 or not all(tags):
        return Check("models", "fail", f"underthesea gave {len(analysis.sentences)} sentences and {len(tags)} tags "
                     "for a test text", "pip install --force-reinstall 'underthesea>=9.5,<10'")
    return Check("models", "ok", f"underthesea tokenizer and tagger load offline ({time.perf_counter() - started:.1f} s)")


def check_lexicons() -> Check:
    """Every lexicon file loads, and the extractors' patterns built from them compile."""
    from pipeline.facts import lexicon
    from pipeline.run.process import warm_up

    loaded = lexicon.load()
    warm_up()
    folder = Path(lexicon.__file__).parent / "lexicons"
    files = sorted(p.name for p in folder.glob("*") if p.suffix in (".txt", ".tsv"))
    return Check("lexicons", "ok", f"{len(files)} files in {folder.name}/ load: {len(loaded.roles)} titles, "
                 f"{len(set(loaded.provinces.values()))} provinces, {len(loaded.event_types)} event words")


def check_store(db: Path) -> Check:
    """The fact store's schema version and `PRAGMA integrity_check`, when a store exists."""
    from pipeline.db.schema import STORE_SCHEMA_VERSION

    if not db.exists():
        return Check("store", "ok", f"no store at {db} yet (`vnie run` makes one)")
    with db.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return Check("store", "fail", f"{db} is not a SQLite database", "move it away; `vnie run` makes a new one")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            return Check("store", "fail", f"{db}: {exc}", "move it away and run `vnie run` again to rebuild it")
        version = row[0] if row else None
        if version != STORE_SCHEMA_VERSION:
            return Check("store", "fail", f"{db} has store schema {version or '?'}, this vnie needs {STORE_SCHEMA_VERSION}",
                         "move it away and run `vnie run` again to rebuild it from the inputs")
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return Check("store", "fail", f"{db} is damaged: {'; '.join(result[:3])}",
                         "move it away and run `vnie run` again to rebuild it")
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()
    return Check("store", "ok", f"{db}: schema {version}, integrity ok, {articles} articles")


def check_disk(folder: Path) -> Check:
    """Free space where the outputs go."""
    where = folder
    while not where.exists() and where != where.parent:
        where = where.parent
    free = shutil.disk_usage(where).free
    gb = free / 1e9
    if free < MIN_FREE_BYTES:
        return Check("disk", "warn", f"{gb:.2f} GB free at {where}", "free some space: a run needs room for records and the store")
    return Check("disk", "ok", f"{gb:.1f} GB free at {where}")


def check_postgres(dsn: str) -> Check:
    """PostgreSQL answers `SELECT 1` at `dsn` (never showing its password)."""
    from pipeline.db.postgres import redact, where

    try:
        import psycopg
    except ImportError:
        return Check("postgres", "fail", "psycopg is not installed", "pip install 'psycopg[binary]>=3.1'")
    try:
        with psycopg.connect(dsn, connect_timeout=5) as conn:
            version = conn.execute("SHOW server_version").fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure, with the password taken out
        return Check("postgres", "fail", redact(" ".join(str(exc).split())[:300], dsn),
                     "check the URL (postgresql://user:password@host:port/db) and that the server runs")
    return Check("postgres", "ok", f"PostgreSQL {version[0] if version else '?'} at {where(dsn)}")


def find_chromium(path: str | None = None) -> str | None:
    """The Chromium executable: `path` if given, else the first of the usual names on PATH."""
    if path:
        return path if Path(path).is_file() and os.access(path, os.X_OK) else shutil.which(path)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def check_chromium(path: str | None = None) -> Check:
    """Chromium is there and tells its version (for the browser test and `vnie show --html` by eye)."""
    found = find_chromium(path)
    if found is None:
        return Check("chromium", "fail", f"no Chromium {'at ' + path if path else 'on PATH'}",
                     "apt-get install chromium (or give its path: --chromium PATH)")
    out = subprocess.run([found, "--version"], capture_output=True, text=True, timeout=30)
    if out.returncode != 0:
        return Check("chromium", "fail", f"{found} --version exited {out.returncode}", "reinstall Chromium")
    return Check("chromium", "ok", f"{out.stdout.strip() or found}")


def doctor(db: Path, out: Path, pg: str | None = None, chromium: str | bool | None = None) -> list[Check]:
    """Every check: models, lexicons, store, disk; PostgreSQL when `pg` is given; Chromium when asked
    (`chromium` True, or a path)."""
    checks = [
        _guard("models", "pip install -e . again; underthesea must load without a network", check_models),
        _guard("lexicons", "reinstall vnie: pipeline/facts/lexicons/ is incomplete", check_lexicons),
        _guard("store", "move the store away; `vnie run` rebuilds it", lambda: check_store(db)),
        _guard("disk", "check the output folder", lambda: check_disk(out)),
    ]
    if pg:
        checks.append(_guard("postgres", "check the URL and the server", lambda: check_postgres(pg)))
    if chromium:
        checks.append(_guard("chromium", "apt-get install chromium",
                             lambda: check_chromium(chromium if isinstance(chromium, str) else None)))
    return checks
