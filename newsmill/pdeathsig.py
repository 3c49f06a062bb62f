"""Make the calling process die with its parent (Linux PR_SET_PDEATHSIG; elsewhere a no-op).

A SIGKILLed run cannot stop what it started: its worker pool and its temporary Prefect
server use this so they never outlive it.
"""

import ctypes
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
