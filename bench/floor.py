"""The floor: the least any pipeline must do per article (read, detect language, write).

    .venv/bin/python bench/floor.py RAW_DIR [--out FILE.parquet] [--workers N] [--json]

Reads every ``*.txt`` under RAW_DIR, decodes it (BOM, UTF-8, else cp1252), runs seeded
langdetect on the WHOLE text (a private DetectorFactory with seed 0, as newsmill/language.py
does; langdetect itself reads at most 10,000 characters), and writes one Parquet table of
the texts (source_path, text, language, language_score, n_bytes), streaming row groups.
The work runs on a process pool over all cores. Prints articles/s and MB/s (raw bytes read);
``--json`` also prints one JSON line on stdout for bench/throughput.py.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyarrow
import pyarrow.parquet as pq

SEED = 0
# Files per unit of work: big enough that pickling overhead is negligible.
CHUNK_FILES = 200
# Rows per Parquet row group.
ROW_GROUP_ROWS = 20_000

SCHEMA = pyarrow.schema(
    [
        ("source_path", pyarrow.string()),
        ("text", pyarrow.string()),
        ("language", pyarrow.string()),
        ("language_score", pyarrow.float64()),
        ("n_bytes", pyarrow.int64()),
    ]
)

_factory = None


def _init() -> None:
    global _factory
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    _factory = DetectorFactory()
    _factory.load_profile(PROFILES_DIRECTORY)
    _factory.set_seed(SEED)


def decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def detect(text: str) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory.create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "und", 0.0
    return best.lang, float(best.prob)


def work(chunk: list[tuple[str, str]]) -> dict[str, list]:
    """Columns for a chunk of (absolute path, relative path)."""
    cols: dict[str, list] = {name: [] for name in SCHEMA.names}
    for path, rel in chunk:
        with open(path, "rb") as f:
            data = f.read()
        text = decode(data)
        lang, score = detect(text)
        cols["source_path"].append(rel)
        cols["text"].append(text)
        cols["language"].append(lang)
        cols["language_score"].append(score)
        cols["n_bytes"].append(len(data))
    return cols


def list_files(raw_dir: Path) -> list[tuple[str, str]]:
    files = []
    for root, dirs, names in os.walk(raw_dir):
        dirs.sort()
        for name in sorted(names):
            if name.endswith(".txt"):
                path = os.path.join(root, name)
                files.append((path, os.path.relpath(path, raw_dir).replace(os.sep, "/")))
    return files


def run(raw_dir: Path, out: Path, workers: int) -> dict:
    start = time.perf_counter()
    files = list_files(raw_dir)
    chunks = [files[i : i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    n_articles = n_bytes = 0
    pending: list[pyarrow.Table] = []
    pending_rows = 0
    with ProcessPoolExecutor(max_workers=workers, initializer=_init) as pool, pq.ParquetWriter(
        out, SCHEMA, compression="zstd"
    ) as writer:
        for cols in pool.map(work, chunks):  # ordered; the pool keeps every core busy
            table = pyarrow.table(cols, schema=SCHEMA)
            n_articles += table.num_rows
            n_bytes += sum(cols["n_bytes"])
            pending.append(table)
            pending_rows += table.num_rows
            if pending_rows >= ROW_GROUP_ROWS:
                writer.write_table(pyarrow.concat_tables(pending), row_group_size=ROW_GROUP_ROWS)
                pending, pending_rows = [], 0
        if pending:
            writer.write_table(pyarrow.concat_tables(pending), row_group_size=ROW_GROUP_ROWS)
    seconds = time.perf_counter() - start
    return {
        "program": "floor",
        "articles": n_articles,
        "bytes": n_bytes,
        "seconds": seconds,
        "articles_per_s": n_articles / seconds if seconds else 0.0,
        "mb_per_s": n_bytes / 1e6 / seconds if seconds else 0.0,
        "workers": workers,
    }


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="read + seeded langdetect + Parquet: the floor")
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("--out", type=Path, help="Parquet file to write (default: a temporary file, deleted)")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line on stdout")
    args = parser.parse_args(argv)
    if not args.raw_dir.is_dir():
        parser.error(f"{args.raw_dir} is not a folder")
    with tempfile.TemporaryDirectory(prefix="floor-") as tmp:
        out = args.out or Path(tmp) / "texts.parquet"
        stats = run(args.raw_dir, out, args.workers)
    print(
        f"floor: {stats['articles']} articles, {stats['bytes'] / 1e6:.1f} MB in {stats['seconds']:.1f}s with "
        f"{stats['workers']} workers: {stats['articles_per_s']:.0f} articles/s, {stats['mb_per_s']:.2f} MB/s",
        file=sys.stderr,
    )
    if args.json:
        print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
