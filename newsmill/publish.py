"""Stage 10: write, check and atomically publish snapshots of ``curated/``.

Layout of the output folder::

    curated/
      current -> snapshots/<id>        the published dataset (a symlink, swapped in one rename)
      snapshots/<id>/<table>.parquet   immutable snapshots, the last KEEP_SNAPSHOTS kept
      snapshots/<id>/manifest.json     what the snapshot holds and how it was made
      views.sql                        DuckDB views over current/
      .work/                           parts and staging; never read by consumers

Write-audit-publish: batches write parts; parts are merged into a staging folder with
one ordered file per table; the staged tables are checked; only then does a single
rename of the ``current`` symlink make the new snapshot visible. A crash at any point
leaves ``current`` pointing at the last good snapshot.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pyarrow
import pyarrow.parquet as pq

from schemas import ARROW_SCHEMAS, SCHEMA_VERSION, TABLES

KEEP_SNAPSHOTS = 5
ROW_GROUP_ROWS = 64_000
# Articles carry whole texts (~3.5 KB a row): smaller row groups keep the merge's batches,
# and readers' memory per row group, near the other tables' (~20-60 MB).
ROW_GROUP_ROWS_BY_TABLE = {"articles": 16_000}
COMPRESSION = "zstd"
# Order of rows in each published table: stable whatever the batching was.
ORDER_BY = {
    "articles": "article_id",
    "paragraphs": "article_id, paragraph_index",
    "quotes": "article_id, char_start, quote_id",
    "boilerplate": "article_id, position, category, text",
    "rejects": "source_path, stage, reason",
}
# The merge sorts whole tables; DuckDB spills past this, which keeps peak memory flat as corpora grow.
DUCKDB_MEMORY_LIMIT = "512MB"
# Tables merged at a time, biggest first, when the inputs are small: two sorts at once share
# DuckDB's memory limit, and on large inputs they fail to allocate instead of spilling.
MERGE_THREADS = 2
PARALLEL_MERGE_MAX_BYTES = 64 << 20  # compressed Parquet input of all tables
MERGE_ORDER = ("paragraphs", "articles", "boilerplate", "quotes", "rejects")


def connect(**config):
    """A DuckDB connection. duckdb is imported here, not at the top, so that a run's start
    (and a no-change refresh) does not pay for loading it."""
    import duckdb

    return duckdb.connect(config=config)


class PublishError(RuntimeError):
    pass


class Busy(RuntimeError):
    pass


def work_dir(out: Path) -> Path:
    return out / ".work"


def clean_work(out: Path) -> None:
    """Remove what killed runs left in the work folder, unless a run holds the lock (it is its)."""
    try:
        with run_lock(out):
            shutil.rmtree(work_dir(out), ignore_errors=True)
    except Busy:
        pass


def snapshots_dir(out: Path) -> Path:
    return out / "snapshots"


@contextmanager
def run_lock(out: Path, wait: bool = False):
    """One refresh at a time per output folder; a second one waits or fails clearly."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ".lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise Busy(f"another newsmill run is writing {out} (lock file {out / '.lock'})") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_table(table: pyarrow.Table, path: Path) -> None:
    """One Parquet file, written beside its final name and renamed into place."""
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression=COMPRESSION, row_group_size=ROW_GROUP_ROWS)
    _fsync(tmp)
    os.replace(tmp, path)


class PartWriter:
    """One batch's tables, appended chunk by chunk: one Parquet file per table in ``part_dir``.

    Parts live in the run's work folder, which a killed run leaves behind and the next run
    removes, so they are neither renamed into place nor fsynced.
    """

    def __init__(self, part_dir: Path):
        part_dir.mkdir(parents=True, exist_ok=True)
        self._writers = {
            name: pq.ParquetWriter(part_dir / f"{name}.parquet", ARROW_SCHEMAS[name], compression=COMPRESSION)
            for name in TABLES
        }

    def write(self, tables: dict[str, pyarrow.Table]) -> None:
        for name in TABLES:
            if tables[name].num_rows:
                self._writers[name].write_table(tables[name], row_group_size=ROW_GROUP_ROWS)

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()

    def __enter__(self) -> "PartWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_part(tables: dict[str, pyarrow.Table], part_dir: Path) -> None:
    with PartWriter(part_dir) as part:
        part.write(tables)


def new_snapshot_id() -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def merge_parts(
    part_dirs: list[Path],
    staging: Path,
    extra_rejects: pyarrow.Table | None = None,
    previous: Path | None = None,
    keep: pyarrow.Table | None = None,
) -> dict[str, int]:
    """Merge parts into one ordered Parquet file per table in ``staging``; returns row counts.

    With ``previous`` (a snapshot folder) and ``keep`` (columns ``source_path`` and
    ``article_id``), the rows of the kept files carry over from that snapshot: how a
    refresh reuses the work of unchanged files. Discover-stage rejects never carry
    over; ``extra_rejects`` holds this run's.
    """
    staging.mkdir(parents=True, exist_ok=True)
    con = connect(memory_limit=DUCKDB_MEMORY_LIMIT, threads=os.cpu_count() or 1)
    con.execute(f"SET temp_directory = '{_sql_str(str(staging / '.duckdb_tmp'))}'")

    def merge_one(name: str) -> int:
        # A cursor per table: its own connection to the same database (and memory limit).
        cur = con.cursor()
        try:
            if keep is not None:
                cur.register("keep", keep)
            if extra_rejects is not None:
                cur.register("extra_rejects", extra_rejects)
            columns = ", ".join(f'"{c}"' for c in ARROW_SCHEMAS[name].names)
            sources = []
            files = [str(d / f"{name}.parquet") for d in part_dirs]
            if files:
                sources.append(f"SELECT {columns} FROM read_parquet([{', '.join(_quoted(f) for f in files)}])")
            if previous is not None and keep is not None and keep.num_rows:
                old = f"read_parquet({_quoted(str(previous / f'{name}.parquet'))})"
                key = "article_id" if name in ("articles", "paragraphs", "quotes") else "source_path"
                where = f"{key} IN (SELECT {key} FROM keep)"
                if name == "rejects":
                    where += " AND stage <> 'discover'"
                sources.append(f"SELECT {columns} FROM {old} WHERE {where}")
            if name == "rejects" and extra_rejects is not None and extra_rejects.num_rows:
                sources.append(f"SELECT {columns} FROM extra_rejects")
            return _write_query(cur, name, sources, staging / f"{name}.parquet")
        finally:
            cur.close()

    try:
        # Tables in parallel, largest first: DuckDB sorts one while pyarrow encodes and
        # compresses another (which runs on one core per file).
        inputs = [d / f"{name}.parquet" for d in part_dirs for name in TABLES]
        if previous is not None:
            inputs += [previous / f"{name}.parquet" for name in TABLES]
        small = sum(f.stat().st_size for f in inputs if f.is_file()) <= PARALLEL_MERGE_MAX_BYTES
        with ThreadPoolExecutor(max_workers=MERGE_THREADS if small else 1) as pool:
            counts = dict(zip(MERGE_ORDER, pool.map(merge_one, MERGE_ORDER)))
    finally:
        con.close()
    shutil.rmtree(staging / ".duckdb_tmp", ignore_errors=True)
    return {name: counts[name] for name in TABLES}


def _write_query(con, name: str, sources: list[str], path: Path) -> int:
    schema = ARROW_SCHEMAS[name]
    if not sources:
        write_table(schema.empty_table(), path)
        return 0
    union = " UNION ALL ".join(f"({s})" for s in sources)
    query = f"SELECT * FROM ({union}) ORDER BY {ORDER_BY[name]}"
    tmp = path.with_name(path.name + ".tmp")
    rows = 0
    with pq.ParquetWriter(tmp, schema, compression=COMPRESSION) as writer:
        group = ROW_GROUP_ROWS_BY_TABLE.get(name, ROW_GROUP_ROWS)
        for batch in con.sql(query).to_arrow_reader(group):
            table = pyarrow.Table.from_batches([batch]).cast(schema)
            writer.write_table(table, row_group_size=group)
            rows += table.num_rows
    _fsync(tmp)
    os.replace(tmp, path)
    return rows


def audit(staging: Path) -> list[str]:
    """Dataset-wide checks the per-batch pandera validation cannot see. Empty list: all good."""
    problems = []
    con = connect(memory_limit=DUCKDB_MEMORY_LIMIT)
    try:
        t = {name: f"read_parquet('{_sql_str(str(staging / f'{name}.parquet'))}')" for name in TABLES}
        checks = {
            "article_id is unique": f"SELECT count(*) - count(DISTINCT article_id) FROM {t['articles']}",
            "source_path is unique": f"SELECT count(*) - count(DISTINCT source_path) FROM {t['articles']}",
            "every paragraph has its article": f"SELECT count(*) FROM {t['paragraphs']} p ANTI JOIN {t['articles']} a USING (article_id)",
            "every quote has its article": f"SELECT count(*) FROM {t['quotes']} q ANTI JOIN {t['articles']} a USING (article_id)",
            "quote_id is unique": f"SELECT count(*) - count(DISTINCT quote_id) FROM {t['quotes']}",
            "no file is both article and reject": f"SELECT count(*) FROM {t['articles']} a JOIN {t['rejects']} r USING (source_path)",
        }
        for name, query in checks.items():
            bad = con.execute(query).fetchone()[0]
            if bad:
                problems.append(f"{name}: {bad} violations")
    finally:
        con.close()
    return problems


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def publish(out: Path, staging: Path, manifest: dict) -> Path:
    """Make ``staging`` the current snapshot in one atomic step; prune old snapshots."""
    problems = audit(staging)
    if problems:
        raise PublishError("the new snapshot failed its checks, nothing was published: " + "; ".join(problems))
    snapshot_id = manifest["snapshot_id"]
    manifest = dict(manifest)
    manifest["files"] = {
        name: {"path": f"{name}.parquet", "sha256": file_sha256(staging / f"{name}.parquet")} for name in TABLES
    }
    manifest["schema_version"] = SCHEMA_VERSION
    _write_json(staging / "manifest.json", manifest)
    _fsync_dir(staging)

    final = snapshots_dir(out) / snapshot_id
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging, final)
    _fsync_dir(final.parent)
    point_current(out, snapshot_id)
    write_views(out)
    prune(out)
    return final


def point_current(out: Path, snapshot_id: str) -> None:
    link = out / "current"
    tmp = out / f".current.{os.getpid()}.tmp"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(f"snapshots/{snapshot_id}", tmp)
    os.replace(tmp, link)  # rename over the old link: readers see old or new, never neither
    _fsync_dir(out)


def current_manifest(out: Path) -> dict | None:
    path = out / "current" / "manifest.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def list_snapshots(out: Path) -> list[dict]:
    found = []
    base = snapshots_dir(out)
    if base.is_dir():
        for child in sorted(base.iterdir()):
            try:
                found.append(json.loads((child / "manifest.json").read_text()))
            except (OSError, ValueError):
                continue
    return found


def rollback(out: Path, snapshot_id: str | None = None) -> str:
    """Point ``current`` at ``snapshot_id`` (default: the one before the current one)."""
    ids = [m["snapshot_id"] for m in list_snapshots(out)]
    if not ids:
        raise PublishError(f"no snapshots in {out}")
    current = (current_manifest(out) or {}).get("snapshot_id")
    if snapshot_id is None:
        older = [i for i in ids if current is None or i < current]
        if not older:
            raise PublishError("there is no snapshot older than the current one")
        snapshot_id = older[-1]
    if snapshot_id not in ids:
        raise PublishError(f"no snapshot {snapshot_id!r}; have: {', '.join(ids)}")
    point_current(out, snapshot_id)
    return snapshot_id


def prune(out: Path, keep: int = KEEP_SNAPSHOTS) -> None:
    current = os.path.basename(os.readlink(out / "current")) if (out / "current").is_symlink() else None
    snaps = sorted(p for p in snapshots_dir(out).iterdir() if p.is_dir())
    for old in snaps[:-keep]:
        if old.name != current:
            shutil.rmtree(old, ignore_errors=True)


def write_views(out: Path) -> None:
    """A DuckDB script of views over current/, for ``.read curated/views.sql`` from the project root."""
    lines = [
        "-- newsmill: DuckDB views over the published dataset. From the folder holding curated/:",
        "--   duckdb -c \".read curated/views.sql\"   or, in a session,  .read curated/views.sql",
    ]
    rel = out.name
    for name in TABLES:
        lines.append(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{rel}/current/{name}.parquet');")
    path = out / "views.sql"
    tmp = out / "views.sql.tmp"
    tmp.write_text("\n".join(lines) + "\n")
    os.replace(tmp, path)


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")
    _fsync(tmp)
    os.replace(tmp, path)


def _sql_str(value: str) -> str:
    return value.replace("'", "''")


def _quoted(value: str) -> str:
    return "'" + _sql_str(value) + "'"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        _fsync(path)
    except OSError:
        pass


def elapsed(start: float) -> float:
    return round(time.perf_counter() - start, 3)
