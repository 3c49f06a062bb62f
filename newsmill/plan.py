"""What a run has to do: which raw files to process, in which batches.

Batches are balanced by bytes so every task costs about the same, and are large
enough that Prefect's per-task overhead (milliseconds) is negligible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsmill.discover import RawFile

# A batch closes at whichever limit it reaches first. Each batch is one Prefect task, which
# costs the temporary server about 0.1 s of CPU: 1,000 files (~6 s of work) make that noise.
BATCH_MAX_FILES = 1000
BATCH_MAX_BYTES = 10_000_000
# The scan pass (hash and line keys) is ~20x cheaper per file, so its batches are larger; a
# scan task spreads its batch over the pool in chunks, so few tasks still balance.
SCAN_BATCH_MAX_FILES = 5000
SCAN_BATCH_MAX_BYTES = 50_000_000
# At least this many batches per worker, so the pool stays busy to the end.
BATCHES_PER_WORKER = 4
# ... but no smaller than this: each batch is a task run, a part file and a validation, which
# for a refresh of a few hundred files cost more than the balance gains.
BATCH_MIN_FILES = 100
SCAN_BATCH_MIN_FILES = 5000
# Near the end a batch holds at most 1/(workers * TAIL_SHARE) of what is left.
TAIL_SHARE = 2


@dataclass
class Plan:
    files: list[RawFile]
    discover_rejects: list[dict]
    batches: list[list[RawFile]] = field(default_factory=list)


def make_batches(
    files: list[RawFile],
    workers: int,
    max_files: int = BATCH_MAX_FILES,
    max_bytes: int = BATCH_MAX_BYTES,
    min_files: int = BATCH_MIN_FILES,
) -> list[list[RawFile]]:
    if workers <= 1 and len(files) <= max_files and sum(f.size for f in files) <= max_bytes:
        return [list(files)] if files else []  # one worker: nothing to balance
    total = sum(f.size for f in files)
    target_bytes = min(max_bytes, max(1, total // max(1, workers * BATCHES_PER_WORKER)))
    target_files = min(max_files, max(min_files, -(-len(files) // max(1, workers * BATCHES_PER_WORKER))))
    batches: list[list[RawFile]] = []
    current: list[RawFile] = []
    size = 0
    left_files, left_bytes = len(files), total
    for raw in files:
        if not current:
            # Guided tail: once little is left, batches shrink with it (to min_files), so the
            # workers finish together instead of one idling while another ends a full batch.
            tail = max(1, workers * TAIL_SHARE)
            limit_files = max(min_files, min(target_files, -(-left_files // tail)))
            limit_bytes = max(1, min(target_bytes, left_bytes // tail))
        current.append(raw)
        size += raw.size
        if len(current) >= limit_files or size >= max_bytes or (size >= limit_bytes and len(current) >= min_files):
            batches.append(current)
            left_files -= len(current)
            left_bytes -= size
            current, size = [], 0
    if current and batches and len(current) < min_files // 2:
        batches[-1].extend(current)  # a remainder too small to be a task of its own
    elif current:
        batches.append(current)
    return batches
