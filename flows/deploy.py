"""Scheduled refreshes: serve the curate flow as a Prefect deployment.

``newsmill serve`` registers a deployment of ``flows.curate:curate`` with a cron or
interval schedule and then polls for its scheduled runs in this process (Prefect's
``flow.serve``), running each in a subprocess. Schedules live on a Prefect server: the
temporary server ``newsmill run`` starts disappears with its process, so serving
needs a real one (``prefect server start``) named by ``PREFECT_API_URL``.

At most one run at a time per served process (``limit=1``); a run started by hand
while a scheduled one holds ``curated/.lock`` fails with the lock's clear message and
publishes nothing, and the next scheduled run catches up.
"""

from __future__ import annotations

from pathlib import Path

# Runs executed at the same time by one ``newsmill serve``: refreshes of one output
# folder are serialised by its lock anyway; queueing them here keeps them from failing.
CONCURRENT_RUNS = 1

HOW_TO_START = (
    "Start one in another terminal with `prefect server start` and point newsmill at it with "
    "`export PREFECT_API_URL=http://127.0.0.1:4200/api` (or `prefect config set PREFECT_API_URL=...`)"
)


class NoServer(RuntimeError):
    """No Prefect server is configured: schedules cannot run on the temporary one."""


def api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def check_server() -> str:
    """The configured API URL, once it answers; ``NoServer`` saying what to do otherwise."""
    url = api_url()
    if not url:
        raise NoServer(
            "newsmill serve needs a running Prefect server: PREFECT_API_URL is not set, and schedules "
            "do not run on the temporary server `newsmill run` uses. " + HOW_TO_START
        )
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise NoServer(f"cannot reach the Prefect server at PREFECT_API_URL={url} ({problem}); " + HOW_TO_START)
    return url


def deployment_parameters(raw_dir: str, out_dir: str) -> dict:
    # Absolute: runs execute in subprocesses whose working folder is not ours to rely on.
    return {"raw_dir": str(Path(raw_dir).resolve()), "out_dir": str(Path(out_dir).resolve())}


def serve(raw_dir: str, out_dir: str, cron: str | None, interval: float | None, name: str) -> None:
    """Serve the refresh deployment on ``cron`` or every ``interval`` seconds until interrupted."""
    if (cron is None) == (interval is None):
        raise ValueError("give exactly one of cron and interval")
    check_server()
    from prefect.types.entrypoint import EntrypointType

    from flows.curate import curate

    curate.serve(
        name=name,
        cron=cron,
        interval=interval,
        parameters=deployment_parameters(raw_dir, out_dir),
        description=f"Refresh {out_dir} from {raw_dir}: new and changed files only, published atomically.",
        tags=["newsmill"],
        limit=CONCURRENT_RUNS,
        # By module: the runner imports flows.curate wherever newsmill is installed.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
