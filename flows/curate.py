"""The newsmill flow: raw/ to a published, validated snapshot in curated/.

    discover_raw      find files, reject what cannot be read safely
    process_batch     (one task per batch, in parallel) read, decode, segment, detect
                      language, strip boilerplate, extract metadata and quotes, validate,
                      write a part
    assemble          merge parts into one ordered Parquet file per table, in staging
    publish_snapshot  audit, then swap curated/current to the new snapshot in one step
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from newsmill import __version__, batch, discover, plan, publish, report, tables, workers

# Transient I/O (NFS hiccups, busy files) is retried; content errors are rejects, not retries.
IO_RETRIES = 2


def _is_transient(task, task_run, state) -> bool:
    try:
        state.result()
    except (BlockingIOError, InterruptedError, TimeoutError, ConnectionError):
        return True
    except Exception:
        return False
    return False


@task(name="discover_raw")
def discover_raw(raw_dir: str, max_file_bytes: int) -> plan.Plan:
    files, rejects = discover.discover(raw_dir, max_file_bytes)
    return plan.Plan(files=files, discover_rejects=rejects)


@task(name="process_batch", retries=IO_RETRIES, retry_delay_seconds=1, retry_condition_fn=_is_transient)
def process_batch(files: list[discover.RawFile], part_dir: str, max_file_bytes: int) -> str:
    return workers.run(batch.process_to_part, files, part_dir, max_file_bytes)


@task(name="assemble", retries=IO_RETRIES, retry_delay_seconds=1, retry_condition_fn=_is_transient)
def assemble(part_dirs: list[str], staging: str, discover_rejects: list[dict]) -> dict:
    extra = tables.to_arrow({**{name: [] for name in tables.TABLES}, "rejects": discover_rejects})["rejects"]
    return publish.merge_parts([Path(p) for p in part_dirs], Path(staging), extra_rejects=extra)


@task(name="publish_snapshot")
def publish_snapshot(out_dir: str, staging: str, manifest: dict) -> dict:
    summary = report.summarize(Path(staging))
    summary.update(snapshot_id=manifest["snapshot_id"], files_seen=manifest["inputs"]["files_seen"])
    manifest = {**manifest, "rows": summary["rows"], "summary": summary}
    final = publish.publish(Path(out_dir), Path(staging), manifest)
    create_table_artifact(
        key="newsmill-counts",
        table=[{"table": name, "rows": n} for name, n in summary["rows"].items()],
        description=f"Rows per table in snapshot {manifest['snapshot_id']}",
    )
    create_markdown_artifact(key="newsmill-summary", markdown=report.markdown(summary))
    summary["snapshot_path"] = str(final)
    return summary


# Set by the command line to drive its progress bar; a flow parameter could not carry a callable.
progress_hook: Callable[[str, int, int], None] | None = None


def _progress(stage: str, done: int, total: int) -> None:
    if progress_hook is not None:
        progress_hook(stage, done, total)


@flow(name="newsmill-curate", task_runner=ThreadPoolTaskRunner(max_workers=workers.default_workers()), log_prints=True)
def curate(
    raw_dir: str = "raw",
    out_dir: str = "curated",
    max_file_mb: float = discover.DEFAULT_MAX_FILE_MB,
    n_workers: int | None = None,
) -> dict:
    """Turn every raw text under ``raw_dir`` into a new published snapshot in ``out_dir``."""
    out = Path(out_dir).resolve()
    max_file_bytes = discover.max_bytes(max_file_mb)
    with publish.run_lock(out):
        found = discover_raw(raw_dir, max_file_bytes)
        snapshot_id = publish.new_snapshot_id()
        work = publish.work_dir(out) / snapshot_id
        n_workers = n_workers or workers.default_workers()
        batches = plan.make_batches(found.files, n_workers)
        workers.start(min(n_workers, len(batches)))
        try:
            summary = _run(found, batches, work, out, raw_dir, snapshot_id, max_file_bytes)
        finally:
            workers.stop()
            publish.shutil.rmtree(work, ignore_errors=True)
    return summary


def _run(found, batches, work, out, raw_dir, snapshot_id, max_file_bytes) -> dict:
    """Process batches in parallel, merge them into staging, publish."""
    _progress("process", 0, len(found.files))
    futures = [
        (process_batch.submit(files, str(work / "parts" / f"{i:05d}"), max_file_bytes), len(files))
        for i, files in enumerate(batches)
    ]
    part_dirs, done = [], 0
    for future, n_files in futures:
        part_dirs.append(future.result())
        done += n_files
        _progress("process", done, len(found.files))
    staging = work / "staging"
    assemble(part_dirs, str(staging), found.discover_rejects)
    manifest = {
        "snapshot_id": snapshot_id,
        "created_at": publish.dt.datetime.now(publish.dt.timezone.utc).isoformat(),
        "newsmill_version": __version__,
        "raw_dir": str(Path(raw_dir).resolve()),
        "inputs": {
            "files_seen": len(found.files) + len(found.discover_rejects),
            "files_processed": len(found.files),
            "bytes_processed": sum(f.size for f in found.files),
        },
    }
    return publish_snapshot(str(out), str(staging), manifest)
