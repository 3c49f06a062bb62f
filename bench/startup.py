"""Start-up overhead: ``newsmill run`` on the 5 sample files vs a trivial two-task Prefect flow.

    .venv/bin/python bench/startup.py [--raw raw] [--repeat 3]

Both run as fresh processes in the same mode: a temporary Prefect server started by the run
(the default), or the server at PREFECT_API_URL when that is set in the environment. Wall time
from process start to exit; the median of --repeat runs, alternating the two programs. The
target: newsmill adds at most 1 s to the trivial flow.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
TARGET_SECONDS = 1.0

TRIVIAL_FLOW = '''
from prefect import flow, task

@task
def first() -> int:
    return 1

@task
def second(x: int) -> int:
    return x + 1

@flow(name="trivial")
def trivial() -> int:
    return second(first())

if __name__ == "__main__":
    assert trivial() == 2
'''


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="newsmill start-up overhead over a trivial Prefect flow")
    parser.add_argument("--raw", type=Path, default=ROOT / "raw", help="sample folder (default: raw/)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    # The same quiet settings newsmill applies to itself, for both programs.
    env = dict(os.environ)
    for key, value in {
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_LOGGING_SERVER_LEVEL": "WARNING",
    }.items():
        env.setdefault(key, value)
    mode = f"PREFECT_API_URL={env['PREFECT_API_URL']}" if env.get("PREFECT_API_URL") else "temporary Prefect server"

    trivial_times, newsmill_times = [], []
    with tempfile.TemporaryDirectory(prefix="nmstartup-") as tmp:
        script = Path(tmp) / "trivial_flow.py"
        script.write_text(TRIVIAL_FLOW)
        for i in range(args.repeat):
            trivial_times.append(timed([sys.executable, str(script)], env))
            out = Path(tmp) / f"curated-{i}"  # a fresh output folder: a real first run that publishes
            newsmill_times.append(timed([str(VENV_BIN / "newsmill"), "run", "--raw", str(args.raw), "--out", str(out)], env))
            print(f"  run {i + 1}: trivial flow {trivial_times[-1]:.2f}s, newsmill {newsmill_times[-1]:.2f}s", file=sys.stderr)

    trivial, newsmill = statistics.median(trivial_times), statistics.median(newsmill_times)
    n_files = sum(1 for _ in args.raw.glob("*.txt"))
    print(f"start-up ({mode}, median of {args.repeat}, load average {os.getloadavg()[0]:.1f}):")
    print(f"  trivial two-task flow: {trivial:.2f}s")
    print(f"  newsmill run ({n_files} files): {newsmill:.2f}s")
    verdict = "OK" if newsmill - trivial <= TARGET_SECONDS else "OVER TARGET"
    print(f"  newsmill adds {newsmill - trivial:+.2f}s (target <= {TARGET_SECONDS:.0f}s: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
