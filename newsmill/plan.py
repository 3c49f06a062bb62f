"""What a run has to do: which raw files to process, in which batches.

Batches are balanced by bytes so every task costs about the same, and are large
enough that Prefect's per-task overhead (milliseconds) is negligible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsmill.discover import RawFile

# A batch closes at whichever limit it reaches first.
BATCH_MAX_FILES = 400
BATCH_MAX_BYTES = 4_000_000
# At least this many batches per worker, so the pool stays busy to the end.
BATCHES_PER_WORKER = 4


@dataclass
class Plan:
    files: list[RawFile]
    discover_rejects: list[dict]
    batches: list[list[RawFile]] = field(default_factory=list)


def make_batches(files: list[RawFile], workers: int) -> list[list[RawFile]]:
    total = sum(f.size for f in files)
    target_bytes = min(BATCH_MAX_BYTES, max(1, total // max(1, workers * BATCHES_PER_WORKER)))
    target_files = min(BATCH_MAX_FILES, max(1, -(-len(files) // max(1, workers * BATCHES_PER_WORKER))))
    batches: list[list[RawFile]] = []
    current: list[RawFile] = []
    size = 0
    for raw in files:
        current.append(raw)
        size += raw.size
        if len(current) >= target_files or size >= target_bytes:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches
