"""Refresh benchmark: full run vs no-change refresh vs a 1% change, through `newsmill run`.

    .venv/bin/python bench/refresh.py N [--corpus DIR] [--work DIR] [--server real|temporary|both]

Builds a corpus of N articles with bench/make_corpus.py (or copies --corpus), then for each
server mode times three real `newsmill run` commands on the same output folder:

    full        `newsmill run --full` (everything processed)
    no-change   `newsmill run` with raw/ untouched (should publish nothing)
    1% change   `newsmill run` after editing 1% of the files (a line appended to each)

``real``: a `prefect server start` on a free loopback port, PREFECT_API_URL pointing at it
(how a scheduled setup runs). ``temporary``: no PREFECT_API_URL, Prefect's temporary server.
Targets (issue 5, at >= 20,000 articles): no-change <= 3% of full, 1% change <= 5%.
Wall-clock times of the whole command, start-up included.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHANGE_SHARE = 0.01
TARGETS = {"no-change": 0.03, "1% change": 0.05}
SEED = 5


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def base_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    return env


def build_corpus(n: int, raw: Path, source: Path | None) -> None:
    if source is not None:
        shutil.copytree(source, raw)
        return
    maker = ROOT / "bench" / "make_corpus.py"
    if maker.is_file():
        subprocess.run([sys.executable, str(maker), str(n), str(raw), "--seed", str(SEED)], check=True, stdout=subprocess.DEVNULL)
    else:  # fallback: the tests' simple generator
        sys.path.insert(0, str(ROOT))
        from tests.textgen import write_corpus

        write_corpus(raw, n, seed=SEED, folders=40)


def start_server(home: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=base_env(home), stdout=open(home / "server.log", "wb"), stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    import httpx

    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.5)
    stop(proc)
    raise SystemExit(f"the Prefect server did not start; see {home / 'server.log'}")


def stop(proc: subprocess.Popen) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=20)
            return
        except (ProcessLookupError, subprocess.TimeoutExpired):
            continue


def timed_run(raw: Path, out: Path, env: dict, *extra: str) -> tuple[float, dict]:
    start = time.perf_counter()
    done = subprocess.run([str(BIN / "newsmill"), "run", "--raw", str(raw), "--out", str(out), *extra], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"newsmill run {' '.join(extra)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    manifest = json.loads((out / "current" / "manifest.json").read_text())
    return seconds, manifest


def edit_files(raw: Path, share: float, rng: random.Random) -> int:
    """Append a distinct line to ``share`` of the files, in each file's own encoding."""
    files = sorted(raw.rglob("*.txt"))
    chosen = rng.sample(files, max(1, round(len(files) * share)))
    for i, path in enumerate(chosen):
        data = path.read_bytes()
        note = f"\n\nUpdate {i}: this article was corrected after publication; an earlier version gave a wrong figure.\n"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoded = note.encode("utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be")
        else:
            encoded = note.encode("ascii")
        path.write_bytes(data + encoded)
    return len(chosen)


def bench_mode(mode: str, raw: Path, work: Path, rng: random.Random) -> dict:
    home = work / f"home-{mode}"
    home.mkdir()
    env = base_env(home)
    server = None
    if mode == "real":
        log("starting a Prefect server ...")
        server, url = start_server(home)
        env["PREFECT_API_URL"] = url
    out = work / f"curated-{mode}"
    try:
        log(f"[{mode}] full run ...")
        full, m_full = timed_run(raw, out, env, "--full")
        log(f"[{mode}] no-change refresh ...")
        same, m_same = timed_run(raw, out, env)
        assert m_same["snapshot_id"] == m_full["snapshot_id"], "a no-change refresh published a new snapshot"
        edited = edit_files(raw, CHANGE_SHARE, rng)
        log(f"[{mode}] 1% change refresh ({edited} files edited) ...")
        change, m_change = timed_run(raw, out, env)
        assert m_change["snapshot_id"] != m_full["snapshot_id"], "the 1% change published nothing"
    finally:
        if server is not None:
            stop(server)
    return {
        "mode": mode,
        "files": m_full["inputs"]["files_seen"],
        "full": full,
        "no-change": same,
        "1% change": change,
        "processed": m_change["inputs"]["files_processed"],
        "kept": m_change["inputs"]["files_kept"],
        "edited": edited,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="articles in the corpus (issue 5's target: >= 20000)")
    parser.add_argument("--corpus", type=Path, help="use a copy of this raw folder instead of generating one")
    parser.add_argument("--work", type=Path, help="folder for the corpus and outputs (default: a temporary one, removed after)")
    parser.add_argument("--server", choices=["real", "temporary", "both"], default="both")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="newsmill-bench-refresh-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    try:
        raw = work / "raw"
        if not raw.exists():
            log(f"writing a corpus of {args.n} articles to {raw} ...")
            build_corpus(args.n, raw, args.corpus)
        modes = ["real", "temporary"] if args.server == "both" else [args.server]
        results = [bench_mode(mode, raw, work, rng) for mode in modes]
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)

    print(f"{'server':<10} {'files':>7} {'full s':>8} {'no-change s':>12} {'ratio':>7} {'1% change s':>12} {'ratio':>7}  1% run processed/kept")
    ok = True
    for r in results:
        ratios = {k: r[k] / r["full"] for k in TARGETS}
        ok &= all(ratios[k] <= TARGETS[k] for k in TARGETS)
        print(
            f"{r['mode']:<10} {r['files']:>7} {r['full']:>8.1f} {r['no-change']:>12.2f} {ratios['no-change']:>6.1%} "
            f"{r['1% change']:>12.2f} {ratios['1% change']:>6.1%}  {r['processed']}/{r['kept']} ({r['edited']} edited)"
        )
    print(f"targets: no-change <= {TARGETS['no-change']:.0%} of full, 1% change <= {TARGETS['1% change']:.0%}: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
