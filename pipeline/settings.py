"""The one settings object of a run, built once (by the CLI or by library callers)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """What a run may read and how it runs.

    max_bytes: a file or JSON Lines entry larger than this is rejected as `too_large` before it is parsed.
    min_chars: a page whose main text is shorter than this is rejected as `empty`.
    min_vietnamese: the least share of Vietnamese function words among a page's words.
    workers: processes that analyse documents; each loads its models once.
    doc_timeout: seconds one document may take (page, language, facts); a slower one is rejected as
    `timeout` and the run goes on. 0 for no limit.
    relevant_only: an article the topic model finds not relevant is rejected as `not_relevant` (counted in
    the summary and errors.jsonl, not written to records.jsonl).
    topic: an article without this topic (a code of `lexicons/topics.tsv`) is rejected as `off_topic`.
    """

    max_bytes: int = 5_000_000
    min_chars: int = 80
    min_vietnamese: float = 0.06
    workers: int = 1
    doc_timeout: float = 120.0
    progress: bool = True
    relevant_only: bool = False
    topic: str | None = None
