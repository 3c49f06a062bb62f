"""The ``newsmill`` command: run the flow, roll back, list snapshots, serve on a schedule."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
import time
from pathlib import Path


def _quiet_prefect(verbose: bool) -> None:
    # Offline machines log telemetry errors; flow-run chatter would break the progress bar.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_SERVER_LEVEL", "WARNING")


def _fail(message: str, code: int = 2) -> int:
    print(f"newsmill: error: {message}", file=sys.stderr)
    return code


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} must be greater than 0")
    return number


def build_parser() -> argparse.ArgumentParser:
    from newsmill import __version__
    from newsmill.discover import DEFAULT_MAX_FILE_MB

    parser = argparse.ArgumentParser(prog="newsmill", description="Raw news texts to a curated Parquet dataset.")
    parser.add_argument("--version", action="version", version=f"newsmill {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process raw/ and publish a new snapshot of curated/")
    run.add_argument("--raw", default="raw", help="folder of raw .txt files (default: raw)")
    run.add_argument("--out", default="curated", help="output folder (default: curated)")
    run.add_argument("--max-file-mb", type=_positive, default=DEFAULT_MAX_FILE_MB, help="larger files are rejected as too_large (default: %(default)s)")
    run.add_argument("--full", action="store_true", help="reprocess every file, not only new and changed ones")
    run.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="run the batch tasks on an existing Dask cluster")
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")

    rollback = sub.add_parser("rollback", help="make an earlier snapshot current again")
    rollback.add_argument("--out", default="curated")
    rollback.add_argument("--to", dest="snapshot_id", help="snapshot id (default: the one before the current)")

    serve = sub.add_parser("serve", help="serve a deployment that refreshes curated/ on a schedule (needs a Prefect server)")
    when = serve.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help='cron schedule, e.g. "*/15 * * * *"')
    when.add_argument("--interval", type=_positive, metavar="SECONDS", help="run every SECONDS seconds")
    serve.add_argument("--raw", default="raw")
    serve.add_argument("--out", default="curated")
    serve.add_argument("--name", default="newsmill-refresh", help="deployment name (default: %(default)s)")
    serve.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")

    snaps = sub.add_parser("snapshots", help="list the kept snapshots")
    snaps.add_argument("--out", default="curated")
    return parser


def cmd_run(args) -> int:
    raw = Path(args.raw)
    if not raw.is_dir():
        return _fail(f"raw folder '{raw}' does not exist or is not a folder")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return _fail(f"output '{out}' exists and is not a folder")
    _quiet_prefect(args.verbose)

    from rich.console import Console

    if not args.full and not args.dask_address:
        from newsmill.discover import max_bytes
        from newsmill.refresh import unchanged_since_last_run

        start = time.perf_counter()
        manifest = unchanged_since_last_run(str(raw), out.resolve(), max_bytes(args.max_file_mb))
        if manifest is not None:
            from newsmill.publish import clean_work

            clean_work(out.resolve())  # a killed run's leftovers go even when nothing is published
            summary = {**manifest["summary"], "published": False}
            _print_summary(Console(stderr=True, soft_wrap=True), summary, out, time.perf_counter() - start)
            return 0

    from newsmill import discover
    from newsmill.publish import Busy, run_lock

    # A busy output folder is refused before Prefect starts: fast, and without the flow
    # engine's traceback. The flow takes the lock again for real (this is only a check).
    try:
        with run_lock(out.resolve()):
            pass
    except Busy as exc:
        discover.forget_walk()
        return _fail(str(exc), 3)

    from newsmill import temp_server

    server = temp_server.TemporaryServer() if temp_server.wanted() else None
    if server is not None:
        # Booted first, in its own process: it starts while this one imports Prefect.
        api_url = server.start()
        if "prefect.settings" not in sys.modules:
            os.environ["PREFECT_API_URL"] = api_url
        if args.verbose:
            print(f"newsmill: temporary Prefect server at {api_url} (stops with the run; set PREFECT_API_URL to use your own)", file=sys.stderr)
    try:
        return _run_flow(args, raw, out, server)
    except temp_server.ServerError as exc:
        return _fail(str(exc), 1)
    finally:
        if server is not None:
            server.stop()
            if os.environ.get("PREFECT_API_URL") == server.api_url:
                del os.environ["PREFECT_API_URL"]


def _run_flow(args, raw: Path, out: Path, server) -> int:
    from rich.console import Console

    from newsmill import discover
    from newsmill.publish import Busy, PublishError

    if not args.dask_address:
        from newsmill import workers

        if workers.default_workers() > 1:
            workers.prestart()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows import curate as curate_flow

    settings = contextlib.nullcontext()
    if server is not None:
        from prefect.settings import PREFECT_API_URL, temporary_settings

        # Also covers a Prefect imported before the server started (the URL was not in the
        # environment at its import).
        settings = temporary_settings(updates={PREFECT_API_URL: server.api_url})
    if not args.dask_address:
        # While the server boots, or the flow engine waits for the server's answers, load
        # what this process needs later.
        threading.Thread(target=_warm_up, name="newsmill-warm-up", daemon=True).start()
    if server is not None:
        server.wait_ready()

    console = Console(stderr=True, soft_wrap=True)
    start = time.perf_counter()
    with settings, Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as progress:
        bar = progress.add_task("starting Prefect", total=None)

        def hook(stage: str, done: int, total: int) -> None:
            progress.update(bar, description=f"{stage} files", completed=done, total=total)

        curate_flow.progress_hook = hook
        params = dict(raw_dir=str(raw), out_dir=str(out), max_file_mb=args.max_file_mb, full=args.full)
        try:
            if args.dask_address:
                summary = curate_flow.run_on_dask(args.dask_address, **params)
            else:
                summary = curate_flow.curate(**params)
        except OSError as exc:
            if args.dask_address and "Timed out" in str(exc):
                return _fail(f"cannot reach the Dask scheduler at {args.dask_address}: {exc}")
            raise
        except Busy as exc:
            return _fail(str(exc), 3)
        except PublishError as exc:
            return _fail(str(exc), 1)
        finally:
            curate_flow.progress_hook = None
            discover.forget_walk()
    _print_summary(console, summary, out, time.perf_counter() - start)
    return 0


def _print_summary(console, summary: dict, out: Path, seconds: float) -> None:
    rows = summary["rows"]
    if not summary.get("published", True):
        console.print(
            f"[bold green]newsmill[/] nothing changed in the raw folder; snapshot {summary['snapshot_id']} stays current "
            f"({rows['articles']} articles, {rows['rejects']} rejected) [{seconds:.1f}s]",
            highlight=False,
        )
        return
    console.print(
        f"[bold green]newsmill[/] published snapshot [bold]{summary['snapshot_id']}[/] in {seconds:.1f}s: "
        f"{summary['files_seen']} files read, {rows['articles']} articles, {rows['paragraphs']} paragraphs, "
        f"{rows['quotes']} quotes, {rows['rejects']} rejected",
        highlight=False,
    )
    _count_table(console, "boilerplate stripped", "category", "blocks", summary["boilerplate_by_category"])
    _count_table(console, "files rejected", "stage: reason", "files", summary["rejects_by_reason"])
    console.print(f"tables: {out}/current/{{articles,paragraphs,quotes,boilerplate,rejects}}.parquet", highlight=False)


def _count_table(console, title: str, key: str, unit: str, counts: dict) -> None:
    from rich.table import Table

    if not counts:
        return
    table = Table(title=title, title_justify="left")
    table.add_column(key)
    table.add_column(unit, justify="right")
    for name, n in counts.items():
        table.add_row(name, str(n))
    console.print(table)


def cmd_serve(args) -> int:
    if not Path(args.raw).is_dir():
        return _fail(f"raw folder '{args.raw}' does not exist or is not a folder")
    _quiet_prefect(args.verbose)
    from flows import deploy

    try:
        deploy.serve(raw_dir=args.raw, out_dir=args.out, cron=args.cron, interval=args.interval, name=args.name)
    except deploy.NoServer as exc:
        return _fail(str(exc))
    return 0


def cmd_rollback(args) -> int:
    from newsmill.publish import PublishError, rollback, run_lock, Busy

    try:
        with run_lock(Path(args.out)):
            snapshot = rollback(Path(args.out), args.snapshot_id)
    except (PublishError, Busy) as exc:
        return _fail(str(exc))
    print(f"current snapshot is now {snapshot}")
    return 0


def cmd_snapshots(args) -> int:
    from newsmill.publish import current_manifest, list_snapshots

    current = (current_manifest(Path(args.out)) or {}).get("snapshot_id")
    snaps = list_snapshots(Path(args.out))
    if not snaps:
        return _fail(f"no snapshots in {args.out}", 1)
    for m in snaps:
        mark = "*" if m["snapshot_id"] == current else " "
        rows = m.get("rows", {})
        print(f"{mark} {m['snapshot_id']}  {m.get('created_at', '')}  articles={rows.get('articles')} rejects={rows.get('rejects')}")
    return 0


def _warm_up() -> None:
    """Load what this process will need (duckdb for the merge, pandas that pyarrow loads to
    build tables, the repetition rule for planning; and the core, when no warm worker pool
    runs the batches) while the main thread mostly waits: for the temporary server to boot,
    or for the server's answers as the flow run starts."""
    try:
        from newsmill import publish, workers

        publish.connect().close()
        import pandas  # noqa: F401

        from newsmill.boilerplate import repetition  # noqa: F401

        if not workers.is_warm():
            from newsmill import language, tables

            language.load_profiles()
            tables.validate(tables.empty_tables())
    except Exception:  # only a head start: the run loads all this itself when it needs it
        pass


def _terminate(signum, frame) -> None:
    # SIGTERM (a scheduler or `kill`) unwinds like Ctrl-C, so Prefect's temporary server and
    # the worker pool are stopped rather than left running.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    commands = {"run": cmd_run, "serve": cmd_serve, "rollback": cmd_rollback, "snapshots": cmd_snapshots}
    try:
        return commands[args.command](args)
    except KeyboardInterrupt:
        return _fail("interrupted; the published dataset is unchanged", 130)


if __name__ == "__main__":
    sys.exit(main())
