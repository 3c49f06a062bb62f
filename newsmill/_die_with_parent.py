"""Imported only by the worker pool's forkserver (as a preload): make it, and so the
pool's workers, die with the run that started them.

A SIGKILLed run cannot stop its pool; without this, workers would finish their batch
and write a part after the next run had cleaned up.
"""

from newsmill.pdeathsig import die_with_parent

die_with_parent()
