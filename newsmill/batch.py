"""A batch of raw files through reading, the per-document pipeline and validation.

This is the unit of work a Prefect task (or a Dask worker) runs: big enough that
per-task overhead is negligible, small enough to keep memory bounded.
"""

from __future__ import annotations

import pyarrow

from newsmill import tables
from newsmill.discover import RawFile, ReadError, read_raw
from newsmill.pipeline import DocumentResult, process_document, reject_row


# Documents processed, validated and written at a time. A worker's memory is bounded by this,
# not by the batch (one Prefect task), which can be larger to keep per-task overhead low.
CHUNK_FILES = 400


def process_files(
    files: list[RawFile],
    max_file_bytes: int,
    repeated: dict[str, frozenset[str]] | None = None,
) -> dict[str, pyarrow.Table]:
    """Validated tables for ``files``; ``repeated`` maps a source folder to its learnt boilerplate."""
    results = []
    for raw in files:
        try:
            data = read_raw(raw, max_file_bytes)
        except ReadError as exc:
            result = DocumentResult(raw.source_path)
            result.reject = reject_row(raw.source_path, "read", exc.reason, exc.detail)
            results.append(result)
            continue
        folder = raw.source_path.rpartition("/")[0]
        learnt = (repeated or {}).get(folder, frozenset())
        results.append(process_document(raw.source_path, data, learnt))
    return tables.build(results)


def process_to_part(
    files: list[RawFile],
    part_dir: str,
    max_file_bytes: int,
    repeated: dict[str, frozenset[str]] | None = None,
) -> str:
    """Process ``files`` and write their tables as a part, chunk by chunk; returns ``part_dir``."""
    from pathlib import Path

    from newsmill.publish import PartWriter

    with PartWriter(Path(part_dir)) as part:
        for start in range(0, len(files), CHUNK_FILES):
            part.write(process_files(files[start : start + CHUNK_FILES], max_file_bytes, repeated))
    return part_dir
