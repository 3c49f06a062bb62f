"""The newsmill flow: raw/ to a published, validated snapshot in curated/.

    discover_raw      find files, reject what cannot be read safely
    scan_batch        (changed files only) hash content, collect short lines
    plan              compare with the last snapshot's state: what to redo, keep, drop
    process_batch     (one task per batch, in parallel) read, decode, segment, detect
                      language, strip boilerplate, extract metadata and quotes, validate,
                      write a part
    assemble          merge parts and the kept rows of the last snapshot into one ordered
                      Parquet file per table, in staging
    publish_snapshot  audit, then swap curated/current to the new snapshot in one step
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Callable

import pyarrow
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from newsmill import __version__, discover, plan, publish, refresh, report, workers
from newsmill.records import article_id_for
from schemas import ARROW_SCHEMAS

# Transient I/O (NFS hiccups, busy files) is retried; content errors are rejects, not retries.
IO_RETRIES = 2
# Task arguments are whole batches and the refresh state: Prefect would hash them for a cache
# key (NO_CACHE: newsmill's own state decides what to redo) and walk every element looking for
# futures (quote(): none are inside).
# Up to this many files a run works inline: starting a process pool costs more than it saves.
SMALL_RUN_FILES = 150
# The scan (hash and line keys) costs about a twentieth of processing per file.
SMALL_SCAN_FILES = 3000
# A scan task's files go to the pool in chunks this size (~0.15 s each), so the workers end
# the scan together however few scan tasks there are.
SCAN_CHUNK_FILES = 250
# From this many articles on, the merge outweighs the forkserver's restart on the next run.
RELEASE_FORKSERVER_FILES = 20_000


def _is_transient(task, task_run, state) -> bool:
    try:
        state.result()
    except (BlockingIOError, InterruptedError, TimeoutError, ConnectionError):
        return True
    except Exception:
        return False
    return False


@task(cache_policy=NO_CACHE, name="discover_raw")
def discover_raw(raw_dir: str, max_file_bytes: int) -> plan.Plan:
    files, rejects = discover.discover(raw_dir, max_file_bytes, reuse=True)
    return plan.Plan(files=files, discover_rejects=rejects)


@task(cache_policy=NO_CACHE, name="scan_batch", retries=IO_RETRIES, retry_delay_seconds=1, retry_condition_fn=_is_transient)
def scan_batch(files: list[discover.RawFile], max_file_bytes: int) -> list[refresh.Scanned]:
    return workers.run_chunked(refresh.scan_files, files, SCAN_CHUNK_FILES, max_file_bytes)


@task(cache_policy=NO_CACHE, name="plan")
def plan_refresh(found: plan.Plan, previous: dict, scanned: list[refresh.Scanned], full: bool) -> refresh.RefreshPlan:
    return refresh.plan_refresh(found.files, previous, scanned, full)


@task(cache_policy=NO_CACHE, name="process_batch", retries=IO_RETRIES, retry_delay_seconds=1, retry_condition_fn=_is_transient)
def process_batch(files: list[discover.RawFile], part_dir: str, max_file_bytes: int, repeated: dict) -> str:
    # By name: newsmill.batch (pandas, pandera) loads where the batch runs, not in this process
    # when a pool or a Dask worker runs it.
    return workers.run("newsmill.batch:process_to_part", files, part_dir, max_file_bytes, repeated)


@task(cache_policy=NO_CACHE, name="assemble", retries=IO_RETRIES, retry_delay_seconds=1, retry_condition_fn=_is_transient)
def assemble(part_dirs: list[str], staging: str, discover_rejects: list[dict], previous: str | None, keep: list[str], state: list[dict]) -> dict:
    extra = pyarrow.Table.from_pylist(discover_rejects, schema=ARROW_SCHEMAS["rejects"])
    keep_table = pyarrow.table({"source_path": keep, "article_id": [article_id_for(p) for p in keep]})
    counts = publish.merge_parts(
        [Path(p) for p in part_dirs], Path(staging), extra_rejects=extra,
        previous=Path(previous) if previous else None, keep=keep_table,
    )  # fmt: skip
    refresh.write_state(state, Path(staging) / refresh.STATE_FILE)
    return counts


@task(cache_policy=NO_CACHE, name="publish_snapshot")
def publish_snapshot(out_dir: str, staging: str, manifest: dict) -> dict:
    summary = report.summarize(Path(staging))
    summary.update(snapshot_id=manifest["snapshot_id"], files_seen=manifest["inputs"]["files_seen"])
    manifest = {**manifest, "rows": summary["rows"], "summary": summary}
    final = publish.publish(Path(out_dir), Path(staging), manifest)
    _artifacts(summary)
    summary["snapshot_path"] = str(final)
    summary["published"] = True
    return summary


def _artifacts(summary: dict) -> None:
    create_table_artifact(
        key="newsmill-counts",
        table=[{"table": name, "rows": n} for name, n in summary["rows"].items()],
        description=f"Rows per table in snapshot {summary['snapshot_id']}",
    )
    create_markdown_artifact(key="newsmill-summary", markdown=report.markdown(summary))


# Set by the command line to drive its progress bar; a flow parameter could not carry a callable.
progress_hook: Callable[[str, int, int], None] | None = None


def _progress(stage: str, done: int, total: int) -> None:
    if progress_hook is not None:
        progress_hook(stage, done, total)


def _in_parallel(stage: str, submitted: list[tuple[object, int]]) -> list:
    """Results of submitted batch futures in order, advancing the progress bar as they land."""
    total = sum(n for _, n in submitted)
    _progress(stage, 0, total)
    results, done = [], 0
    for future, n in submitted:
        results.append(future.result())
        done += n
        _progress(stage, done, total)
    return results


@flow(name="newsmill-curate", task_runner=ThreadPoolTaskRunner(max_workers=workers.default_workers()), log_prints=True)
def curate(
    raw_dir: str = "raw",
    out_dir: str = "curated",
    max_file_mb: float = discover.DEFAULT_MAX_FILE_MB,
    full: bool = False,
    n_workers: int | None = None,
    distributed: bool = False,
) -> dict:
    """Bring ``out_dir`` up to date with ``raw_dir``: redo new and changed files, drop removed ones.

    ``full`` reprocesses everything. With nothing changed, nothing new is published.
    ``distributed``: the task runner is a Dask cluster; batches run on its workers, not
    on a local pool (see ``run_on_dask``).
    """
    out = Path(out_dir).resolve()
    max_file_bytes = discover.max_bytes(max_file_mb)
    n_workers = n_workers or workers.default_workers()
    with publish.run_lock(out):
        # Leftovers of a killed run: nobody else can be using them while we hold the lock.
        shutil.rmtree(publish.work_dir(out), ignore_errors=True)
        snapshot_id = publish.new_snapshot_id()
        work = publish.work_dir(out) / snapshot_id
        try:
            return _refresh(raw_dir, out, work, snapshot_id, max_file_bytes, full, n_workers, not distributed)
        finally:
            workers.stop()
            shutil.rmtree(work, ignore_errors=True)


def _refresh(raw_dir, out, work, snapshot_id, max_file_bytes, full, n_workers, local_pool) -> dict:
    raw_dir = str(Path(raw_dir).resolve())  # tasks may run in other processes or on other machines
    found = discover_raw(raw_dir, max_file_bytes)

    # Arguments of submitted tasks: quote() on the local runner; Dask's runner ships them itself
    # and does not unwrap a quote.
    big = quote if local_pool else (lambda value: value)

    def pool_for(n_files: int, small: int = SMALL_RUN_FILES) -> int:
        """Workers for a step of ``n_files``: a small step is done sooner inline, in one batch,
        than by starting worker processes."""
        step_workers = n_workers if not local_pool or n_files > small else 1
        workers.start(step_workers if local_pool else 1)
        return step_workers

    previous_manifest = publish.current_manifest(out)
    previous_dir = out / "current" if previous_manifest else None
    previous = {} if full else refresh.load_state(previous_dir)

    to_scan = refresh.needs_scan(found.files, previous, full)
    scan_workers = pool_for(len(to_scan), SMALL_SCAN_FILES)
    scan_batches = plan.make_batches(to_scan, scan_workers, plan.SCAN_BATCH_MAX_FILES, plan.SCAN_BATCH_MAX_BYTES, plan.SCAN_BATCH_MIN_FILES)
    scanned = [
        s
        for chunk in _in_parallel("scan", [(scan_batch.submit(big(b), max_file_bytes), len(b)) for b in scan_batches])
        for s in chunk
    ]
    todo = plan_refresh(quote(found), quote(previous), quote(scanned), full)
    del scanned, previous  # the plan holds what is needed; the merge wants the memory
    same_rejects = previous_manifest is not None and previous_manifest.get("discover_rejects_sha") == refresh.rejects_sha(found.discover_rejects)
    if todo.nothing_to_do and same_rejects and not full:
        return {**previous_manifest["summary"], "published": False, "snapshot_path": str(out / "current")}

    batches = plan.make_batches(todo.to_process, pool_for(len(todo.to_process)))
    part_dirs = _in_parallel(
        "process",
        [
            (
                process_batch.submit(
                    big(files), str(work / "parts" / f"{i:05d}"), max_file_bytes,
                    big({refresh.folder_of(f.source_path): todo.repeated[refresh.folder_of(f.source_path)] for f in files}),
                ),
                len(files),
            )
            for i, files in enumerate(batches)
        ],
    )  # fmt: skip
    # Free the workers' memory before the merge; a big merge is the run's memory peak, so the
    # forkserver goes too.
    workers.stop(release=len(todo.to_process) + len(todo.keep) >= RELEASE_FORKSERVER_FILES)
    staging = work / "staging"
    assemble(
        part_dirs, str(staging), quote(found.discover_rejects), str(previous_dir) if todo.keep else None, quote(todo.keep), quote(todo.state)
    )
    manifest = {
        "snapshot_id": snapshot_id,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "newsmill_version": __version__,
        "pipeline_version": refresh.PIPELINE_VERSION,
        "raw_dir": str(Path(raw_dir).resolve()),
        "parent_snapshot": (previous_manifest or {}).get("snapshot_id"),
        "discover_rejects_sha": refresh.rejects_sha(found.discover_rejects),
        "inputs": {
            "files_seen": len(found.files) + len(found.discover_rejects),
            "files_processed": len(todo.to_process),
            "files_kept": len(todo.keep),
            "files_removed": len(todo.removed),
            "bytes_processed": sum(f.size for f in todo.to_process),
            "full_rebuild": full or previous_manifest is None,
        },
    }
    return publish_snapshot(str(out), str(staging), manifest)


def run_on_dask(address: str, **parameters) -> dict:
    """The same flow with its batch tasks on an existing Dask cluster (``tcp://HOST:PORT``).

    Workers read raw files and write parts under ``out_dir`` themselves: both paths must
    be reachable, at the same absolute paths, from every worker.
    """
    from distributed import Client
    from prefect_dask import DaskTaskRunner

    with Client(address, timeout="10s") as client:
        n_workers = max(1, sum(client.nthreads().values()))
    runner = DaskTaskRunner(address=address)
    return curate.with_options(task_runner=runner)(n_workers=n_workers, distributed=True, **parameters)
