"""Scheduled refreshes: serve the curate flow as a Prefect deployment.

STUB: the scheduling work fills this in (``serve``), keeping the signature and ``NoServer``.
"""

from __future__ import annotations


class NoServer(RuntimeError):
    """No Prefect server is configured: schedules cannot run on the temporary one."""


def serve(raw_dir: str, out_dir: str, cron: str | None, interval: float | None, name: str) -> None:
    raise NoServer("newsmill serve is not implemented yet")
