"""Imported only by the worker pool's forkserver (as a preload): make it, and so the
pool's workers, die with the run that started them.

A SIGKILLed run cannot stop its pool; without this, workers would finish their batch
and write a part after the next run had cleaned up. Linux only; elsewhere a no-op.
"""

import ctypes
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


die_with_parent()
