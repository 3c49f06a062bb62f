"""A process pool for the CPU-bound per-batch work, shared by a run's tasks.

Prefect tasks stay thin (threads): each hands its batch to this pool. The pool's
workers come from a forkserver that imported newsmill's core once, so starting
them is cheap and they never carry Prefect's threads across a fork. With one
worker, or on a Dask worker, the work runs inline.
"""

from __future__ import annotations

import importlib
import multiprocessing
import multiprocessing.forkserver
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable

_PRELOAD = ["newsmill._die_with_parent", "newsmill.batch", "newsmill._preload"]
_pool: ProcessPoolExecutor | None = None
_size = 0
_warm = False  # a forkserver with the core loaded is running: one worker costs only a fork
_lock = threading.Lock()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def prestart() -> None:
    """Launch the forkserver now, from the calling (main) thread: it imports the core in its
    own process while this one goes on (importing Prefect, waiting for its server), so a pool
    started later forks ready workers at once."""
    global _warm
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    multiprocessing.forkserver.ensure_running()
    _warm = True


def is_warm() -> bool:
    return _warm


def start(workers: int) -> None:
    """Use ``workers`` processes from now on. One worker runs inline, unless the forkserver
    was prestarted: then a forked worker has the core loaded already, and this process
    need not load it (pandas, pandera, langdetect's profiles: seconds) for a small run."""
    global _pool, _size
    with _lock:
        if _pool is not None and _size == workers:
            return
        _shutdown_locked()
        _size = workers
        if workers > 1 or (workers == 1 and _warm):
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(_PRELOAD)
            # Started here, from the caller's (long-lived) thread: the forkserver dies with
            # the thread that started it (see _die_with_parent), not with a task thread.
            multiprocessing.forkserver.ensure_running()
            _pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init)


def _worker_init() -> None:
    # A worker dies with the forkserver that forked it, which dies with the run.
    from newsmill.pdeathsig import die_with_parent

    die_with_parent()


def _shutdown_locked() -> None:
    global _pool, _size
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
    _pool, _size = None, 0


def stop(release: bool = False) -> None:
    """Stop the pool; ``release`` also stops the forkserver (and its memory, ~200 MB with the
    core loaded), which the next start relaunches. Before a big merge, that memory counts."""
    global _warm
    with _lock:
        _shutdown_locked()
        if release and _warm:
            # CPython's own way to stop its forkserver (what its tests use); none is public.
            stopper = getattr(multiprocessing.forkserver._forkserver, "_stop", None)
            if stopper is not None:
                stopper()
                _warm = False


def call(name: str, *args: Any) -> Any:
    """Call the function named ``"module:function"``, importing its module here."""
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)(*args)


def run(fn: Callable[..., Any] | str, *args: Any) -> Any:
    """``fn(*args)`` in the pool if one is started, else here. ``fn`` may be a
    ``"module:function"`` name, so the caller need not import a module only workers use."""
    if isinstance(fn, str):
        fn, args = call, (fn, *args)
    pool = _pool
    if pool is None:
        return fn(*args)
    return pool.submit(fn, *args).result()


def run_chunked(fn: Callable[..., list], items: list, chunk: int, *args: Any) -> list:
    """``fn(items, *args)``, a list, computed chunk by chunk across the pool when one is
    started: a task's one batch then keeps every worker busy to its end. Same order."""
    pool = _pool
    if pool is None or len(items) <= chunk:
        return run(fn, items, *args)
    futures = [pool.submit(fn, items[i : i + chunk], *args) for i in range(0, len(items), chunk)]
    return [x for future in futures for x in future.result()]
