"""The fact store filled while a run goes: with a process pool the main process mostly waits for workers,
so a thread writes each batch of new records into the store as they arrive, and the store step after the
run only has the records the stories pass changed (and the people merge) left to do.

The thread uses `sync.sync_lines` (the same upsert by record hash) without merging people; `run` then
calls `sync.sync_records` on the finished `records.jsonl`, which skips every record already stored
unchanged and merges people once. The last batch goes into the store while the stories pass runs (`finish`,
then `close` before the store step: the two touch different files). An interrupted run leaves the records already processed in the store;
the next run brings `records.jsonl` and the store to the same state, with nothing duplicated.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

BATCH = 200
_DONE = None


class StoreFeeder:
    """A thread that syncs record lines into the store at `path` in batches of `BATCH`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.changed: set[str] = set()
        self.error: BaseException | None = None
        self._finished = False
        self._queue: queue.Queue[str | None] = queue.Queue(maxsize=4 * BATCH)
        self._thread = threading.Thread(target=self._work, name="vnie-store", daemon=True)
        self._thread.start()

    def add(self, record_json: str) -> None:
        if self.error is None:
            self._queue.put(record_json)

    def finish(self) -> None:
        """No more lines: the thread writes what is queued and ends, without waiting for it (see `close`)."""
        if not self._finished:
            self._finished = True
            self._queue.put(_DONE)

    def close(self) -> None:
        """Write what is queued and wait for the thread. A store error is kept in `error`, not raised: the
        store step after the run meets it again and reports it."""
        self.finish()
        self._thread.join()

    def _work(self) -> None:
        from pipeline.db.sync import sync_lines

        batch: list[str] = []
        while True:
            line = self._queue.get()
            if line is not _DONE:
                batch.append(line)
            if batch and (line is _DONE or len(batch) >= BATCH) and self.error is None:
                try:
                    sync_lines(self.path, batch, merge_people=False, changed_ids=self.changed)
                except BaseException as exc:  # noqa: BLE001 - kept for the store step after the run
                    self.error = exc
                batch = []
            if line is _DONE:
                return
