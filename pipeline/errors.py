"""Every exception vnie raises on purpose, in one place.

A `Skip` is an expected reject (an empty page, a page that is not Vietnamese): it carries a short
machine-readable `reason` and a human `detail`, is written to the run's `errors.jsonl` and counted.
Anything else that escapes a stage is a bug or a bad setting and is reported as `error`.
"""

from __future__ import annotations


class VnieError(Exception):
    """Base class of vnie's own errors; the CLI turns it into one line and exit status 1."""


class SettingsError(VnieError):
    """A setting or command-line argument that cannot work (an unknown path, a bad number)."""


class Skip(VnieError):
    """An input that is rejected on purpose, with a reason such as `empty` or `not_vietnamese`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class FetchFailed(VnieError):
    """A fetch that went wrong (`http_404`, `timeout`, `redirect_loop`, …); `retryable` ones are tried again.

    retry_after: seconds the server asked us to wait (`Retry-After`), or None.
    """

    def __init__(self, reason: str, detail: str = "", retryable: bool = False, retry_after: float | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.retryable = retryable
        self.retry_after = retry_after


class PostgresError(VnieError):
    """PostgreSQL cannot be used: psycopg is missing, the DSN is bad, the server refuses, or a statement failed."""


class PostgresSchemaError(PostgresError):
    """The PostgreSQL database has a vnie schema version this vnie cannot migrate, or foreign tables in the way."""
