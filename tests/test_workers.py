"""The worker pool: warm workers from a prestarted forkserver, and giving that memory back."""

from __future__ import annotations

import multiprocessing.forkserver
import os

import pytest

from newsmill import workers


def _pid_of_worker() -> int:
    return os.getpid()


@pytest.mark.skipif(workers.default_workers() < 2, reason="needs two cores for a pool")
def test_a_released_forkserver_is_gone_and_comes_back_on_the_next_start():
    workers.prestart()
    try:
        assert workers.is_warm()
        workers.start(1)  # one warm worker, not inline
        assert workers.run(_pid_of_worker) != os.getpid()
        server_pid = multiprocessing.forkserver._forkserver._forkserver_pid
        assert server_pid is not None
        workers.stop(release=True)
        assert not workers.is_warm()
        assert multiprocessing.forkserver._forkserver._forkserver_pid is None
        with pytest.raises(ChildProcessError):
            os.waitpid(server_pid, os.WNOHANG)  # reaped: no such child any more
        workers.start(1)  # not warm: inline
        assert workers.run(_pid_of_worker) == os.getpid()
        workers.prestart()
        workers.start(2)
        assert workers.run(_pid_of_worker) != os.getpid()
    finally:
        workers.stop()


def _square_all(items: list[int], offset: int) -> list[tuple[int, int]]:
    return [(x * x + offset, os.getpid()) for x in items]


@pytest.mark.skipif(workers.default_workers() < 2, reason="needs two cores for a pool")
def test_a_batch_run_in_chunks_comes_back_whole_and_in_order():
    items = list(range(1_000))
    assert [v for v, _ in workers.run_chunked(_square_all, items, 100, 1)] == [x * x + 1 for x in items]  # inline
    workers.prestart()
    workers.start(2)
    try:
        out = workers.run_chunked(_square_all, items, 100, 1)
    finally:
        workers.stop()
    assert [v for v, _ in out] == [x * x + 1 for x in items]
    assert os.getpid() not in {pid for _, pid in out}
