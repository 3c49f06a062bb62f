"""newsmill against the floor on the same corpus: articles/s, MB/s, time per stage, peak RSS.

    .venv/bin/python bench/throughput.py RAW_DIR [--sample 300] [--skip-floor] [--skip-stages]
    .venv/bin/python bench/throughput.py --make 100000 --work /tmp/nmbench
    .venv/bin/python bench/throughput.py --compare 10000,100000 --work /tmp/nmbench

RAW_DIR is any folder of news .txt files (bench/make_corpus.py writes one). Steps:

1. ``.venv/bin/newsmill run --full --raw RAW_DIR --out TMP`` as a child process: the real command,
   Prefect flow and its temporary server included (or the server at PREFECT_API_URL when set).
   Wall time from process start to exit.
2. ``bench/floor.py RAW_DIR`` as a child process (read + seeded langdetect + Parquet, all cores).
3. The ratio newsmill/floor in articles/s (articles = input files, the same count for both).
4. Time per stage, measured in this process on an evenly spread sample of the files by timing the
   real functions the batch task calls (exclusive time: a stage's nested stage calls are not
   counted twice): read, decode, segment, language, boilerplate, metadata, quotes, rows (the rest
   of pipeline.process_document), tables (building Arrow), validate (pandera), write (part files),
   plus scan (the refresh pre-pass: hash and line keys) that the flow runs over every file first.
5. Peak RSS of each child's whole process tree: /proc is sampled every 0.2 s and the RSS of the
   process and all its descendants (pool workers, Prefect server) summed.

``--compare N1,N2`` makes corpora of N1 and N2 articles under --work (reused when present),
runs both programs on each and prints time per article and peak RSS side by side (the scaling
check). Do not run large sizes on a shared machine: the figures measure whatever else runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
SAMPLE_INTERVAL = 0.2
PAGE = os.sysconf("SC_PAGE_SIZE")
last_at_peak: list[tuple[int, str]] = []  # processes of the last measured tree at its peak
last_peak_pss = 0


# --- peak RSS of a process tree -----------------------------------------------------------------


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields start after the last ')'.
        ppid = int(stat[stat.rfind(b")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def tree_rss(pid: int, detail: bool = False):
    """Bytes resident in ``pid`` and all its descendants.

    With ``detail``: (RSS total, PSS total, [(rss, command) per process]). Summed RSS counts pages
    that forked processes share once per process; summed PSS counts them once.
    """
    children = _children_map()
    total, todo, parts, pss_total = 0, [pid], [], 0
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, ()))
        try:
            with open(f"/proc/{p}/statm") as f:
                rss = int(f.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
        total += rss
        if detail:
            pss_total += _pss(p)
            try:
                with open(f"/proc/{p}/cmdline", "rb") as f:
                    command = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
            except OSError:
                command = "?"
            parts.append((rss, command))
    return (total, pss_total, sorted(parts, reverse=True)) if detail else total


def _pss(pid: int) -> int:
    """Proportional set size: shared pages (forked pool workers) split between their users."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


class PeakRSS:
    """Samples a process tree's RSS in a thread until stopped; ``peak`` in bytes."""

    def __init__(self, pid: int):
        self.pid, self.peak, self.peak_pss = pid, 0, 0
        self.at_peak: list[tuple[int, str]] = []  # (rss, command) of each process at the peak
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total, pss, parts = tree_rss(self.pid, detail=True)
            if total > self.peak:
                self.peak, self.at_peak = total, parts
            self.peak_pss = max(self.peak_pss, pss)
            self._stop.wait(SAMPLE_INTERVAL)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[float, int, str, str]:
    """(wall seconds, peak tree RSS bytes, stdout, stderr) of ``cmd``; raises on failure."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        sampler = PeakRSS(proc.pid)
        code = proc.wait()
        seconds = time.perf_counter() - start
        peak = sampler.stop()
        global last_at_peak, last_peak_pss
        last_at_peak, last_peak_pss = sampler.at_peak, sampler.peak_pss
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {code}:\n{stderr[-3000:]}")
    return seconds, peak, stdout, stderr


# --- the two programs -----------------------------------------------------------------------------


def corpus_size(raw: Path) -> tuple[int, int]:
    n = size = 0
    for root, _, names in os.walk(raw):
        for name in names:
            n += 1
            size += os.path.getsize(os.path.join(root, name))
    return n, size


def run_newsmill(raw: Path, work: Path) -> dict:
    out = work / "curated"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [str(VENV_BIN / "newsmill"), "run", "--full", "--raw", str(raw), "--out", str(out)]
    seconds, peak, _, stderr = run_measured(cmd)
    at_peak = [(round(rss / 2**20), command[:90]) for rss, command in last_at_peak]
    manifest = json.loads((out / "current" / "manifest.json").read_text())
    files, size = corpus_size(raw)
    shutil.rmtree(out, ignore_errors=True)
    return {
        "program": "newsmill",
        "articles": files,
        "bytes": size,
        "seconds": seconds,
        "articles_per_s": files / seconds,
        "mb_per_s": size / 1e6 / seconds,
        "peak_rss": peak,
        "peak_pss": last_peak_pss,
        "at_peak": at_peak,
        "rows": manifest.get("rows", {}),
        "mode": "PREFECT_API_URL" if os.environ.get("PREFECT_API_URL") else "temporary server",
    }


def run_floor(raw: Path, work: Path) -> dict:
    cmd = [sys.executable, str(ROOT / "bench" / "floor.py"), str(raw), "--json", "--out", str(work / "floor.parquet")]
    seconds, peak, stdout, _ = run_measured(cmd)
    stats = json.loads(stdout.strip().splitlines()[-1])
    (work / "floor.parquet").unlink(missing_ok=True)
    # Wall time of the whole process (interpreter and pool start-up included), as for newsmill.
    stats.update(seconds=seconds, articles_per_s=stats["articles"] / seconds,
                 mb_per_s=stats["bytes"] / 1e6 / seconds, peak_rss=peak, peak_pss=last_peak_pss)  # fmt: skip
    return stats


def print_program(stats: dict) -> None:
    extra = f", rows {stats['rows']}" if "rows" in stats else ""
    for mb, command in stats.get("at_peak", []):
        extra += f"\n            {mb:6d} MB  {command}"
    print(
        f"{stats['program']:>8}: {stats['articles']} articles, {stats['bytes'] / 1e6:.1f} MB in {stats['seconds']:.1f}s: "
        f"{stats['articles_per_s']:.1f} articles/s, {stats['mb_per_s']:.2f} MB/s, "
        f"{1000 * stats['seconds'] / max(1, stats['articles']):.2f} ms/article, "
        f"peak RSS {stats['peak_rss'] / 2**20:.0f} MB (PSS {stats['peak_pss'] / 2**20:.0f} MB){extra}"
    )


# --- time per stage, in process -------------------------------------------------------------------


# CPU time of this thread: the stage split stays meaningful on a busy shared machine.
clock_now = time.thread_time


class StageClock:
    """Wraps module functions to accumulate exclusive (CPU) time per stage name."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._stack: list[list] = []  # [name, start, child_time]
        self._patched: list[tuple[object, str, object]] = []

    def wrap(self, module, attr: str, name: str) -> None:
        original = getattr(module, attr)
        clock = self

        def timed(*args, **kwargs):
            frame = [name, clock_now(), 0.0]
            clock._stack.append(frame)
            try:
                return original(*args, **kwargs)
            finally:
                clock._stack.pop()
                elapsed = clock_now() - frame[1]
                clock.seconds[name] = clock.seconds.get(name, 0.0) + elapsed - frame[2]
                if clock._stack:
                    clock._stack[-1][2] += elapsed

        setattr(module, attr, timed)
        self._patched.append((module, attr, original))

    def restore(self) -> None:
        for module, attr, original in reversed(self._patched):
            setattr(module, attr, original)
        self._patched.clear()


def print_profile(profiler, n: int, top: int) -> None:
    """Own (tottime) CPU per module and the top functions, in ms per article."""
    import pstats

    stats = pstats.Stats(profiler).stats
    by_module: dict[str, float] = {}
    rows = []
    for (filename, line, func), (_, _, tottime, cumtime, _) in stats.items():
        path = filename.replace(os.sep, "/")
        if "/site-packages/" in path:
            module = path.split("/site-packages/")[1].split("/")[0]
        elif "/newsmill/" in path:
            module = "newsmill/" + path.split("/newsmill/")[-1]
        elif filename.startswith("<") or "/lib/python" in path:
            module = "(stdlib/builtins)"
        else:
            module = path
        by_module[module] = by_module.get(module, 0.0) + tottime
        rows.append((tottime, cumtime, f"{module}:{line}({func})"))
    print(f"profile (CPU, own time per module, ms/article over {n} files):")
    for module, t in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {1000 * t / n:8.3f}  {module}")
    print("top functions (own ms/article, cumulative ms/article):")
    for tottime, cumtime, name in sorted(rows, reverse=True)[:top]:
        print(f"  {1000 * tottime / n:8.3f} {1000 * cumtime / n:8.3f}  {name}")


def stage_times(raw: Path, sample: int, work: Path, profile: int = 0) -> tuple[int, dict[str, float], float]:
    """(files timed, {stage: seconds}, total seconds) for ``sample`` files spread over ``raw``."""
    sys.path.insert(0, str(ROOT))
    from newsmill import batch, boilerplate, decode, discover, language, metadata, publish, quotes, refresh, segment, tables

    files, _ = discover.discover(str(raw), discover.max_bytes(discover.DEFAULT_MAX_FILE_MB))
    step = max(1, len(files) // sample)
    chosen = files[::step][:sample]
    max_bytes = discover.max_bytes(discover.DEFAULT_MAX_FILE_MB)

    # Warm up (imports, langdetect profiles, pandera schemas) outside the clock.
    batch.process_files(chosen[:2], max_bytes, {})

    clock = StageClock()
    start = clock_now()
    scanned = refresh.scan_files(chosen, max_bytes)
    clock.seconds["scan"] = clock_now() - start
    repeated = refresh.plan_refresh(chosen, {}, scanned, True).repeated

    clock.wrap(batch, "read_raw", "read")
    clock.wrap(batch, "process_document", "rows")  # exclusive: what the stages below leave
    clock.wrap(decode, "decode", "decode")
    clock.wrap(segment, "segment", "segment")
    clock.wrap(language, "detect_article", "language")
    clock.wrap(language, "detect", "language")
    clock.wrap(language, "paragraph_language", "language_paragraphs")
    clock.wrap(boilerplate, "strip_boilerplate", "boilerplate")
    clock.wrap(metadata, "extract_metadata", "metadata")
    clock.wrap(quotes, "extract_quotes", "quotes")
    clock.wrap(tables, "build", "tables")
    clock.wrap(tables, "validate", "validate")
    clock.wrap(publish.PartWriter, "write", "write")
    try:
        # The real batch task body, in batches of the flow's size.
        from newsmill import plan

        size = plan.BATCH_MAX_FILES
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile(time.thread_time)
            profiler.enable()
        begin = clock_now()
        for i in range(0, len(chosen), size):
            batch.process_to_part(chosen[i : i + size], str(work / "parts" / f"{i:06d}"), max_bytes, repeated)
        total = clock_now() - begin + clock.seconds["scan"]
        if profiler is not None:
            profiler.disable()
            print_profile(profiler, len(chosen), profile)
    finally:
        clock.restore()
        shutil.rmtree(work / "parts", ignore_errors=True)
    # The floor's per-article work on the same files, also as CPU time (its Parquet write excluded).
    sys.path.insert(0, str(ROOT / "bench"))
    import floor

    floor._init()
    paths = [(str(Path(raw) / f.source_path), f.source_path) for f in chosen]
    floor.work(paths[:2])
    begin = clock_now()
    floor.work(paths)
    clock.seconds["floor (same files)"] = clock_now() - begin
    return len(chosen), clock.seconds, total


STAGE_ORDER = ["scan", "read", "decode", "segment", "language", "language_paragraphs", "boilerplate", "metadata", "quotes", "rows",
               "tables", "validate", "write"]  # fmt: skip


def print_stages(n: int, seconds: dict[str, float], total: float) -> None:
    print(f"time per stage (CPU time), in process on {n} files (one core; the flow runs this on every core):")
    floor = seconds.get("floor (same files)")
    for name in STAGE_ORDER + sorted(set(seconds) - set(STAGE_ORDER) - {"floor (same files)"}):
        s = seconds.get(name, 0.0)
        print(f"  {name:<20} {1000 * s / n:8.3f} ms/article  {100 * s / total:5.1f}%")
    print(f"  {'total':<20} {1000 * total / n:8.3f} ms/article  ({n / total:.0f} articles/s per core of CPU)")
    if floor:
        print(
            f"  {'floor, same files':<20} {1000 * floor / n:8.3f} ms/article  (read + decode + langdetect on the whole "
            f"text); CPU ratio newsmill/floor = {floor / total:.2f}"
        )


# --- main ---------------------------------------------------------------------------------------


def make_corpus(n: int, dest: Path) -> Path:
    marker = dest.with_name(dest.name + ".complete")  # beside the corpus: newsmill reads every file in it
    if marker.is_file() and marker.read_text() == str(n) and dest.is_dir():
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(n), str(dest)], check=True)
    marker.write_text(str(n))
    return dest


def bench_one(raw: Path, work: Path, args) -> dict:
    results = {}
    if not args.skip_newsmill:
        results["newsmill"] = run_newsmill(raw, work)
        print_program(results["newsmill"])
    if not args.skip_floor:
        results["floor"] = run_floor(raw, work)
        print_program(results["floor"])
    if "newsmill" in results and "floor" in results:
        ratio = results["newsmill"]["articles_per_s"] / results["floor"]["articles_per_s"]
        results["ratio"] = ratio
        print(f"   ratio: newsmill/floor = {ratio:.2f} (articles/s; target >= 0.8)")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="newsmill vs the floor: throughput, stages, peak RSS")
    parser.add_argument("raw_dir", nargs="?", type=Path, help="folder of raw .txt files")
    parser.add_argument("--make", type=int, metavar="N", help="generate a corpus of N articles under --work and use it")
    parser.add_argument("--compare", metavar="N1,N2", help="scaling check: corpora of N1 and N2 articles")
    parser.add_argument("--work", type=Path, help="folder for generated corpora and outputs (default: a temporary one)")
    parser.add_argument("--sample", type=int, default=300, help="files timed per stage (default: %(default)s; 0: skip)")
    parser.add_argument("--profile", type=int, default=0, metavar="TOP", help="cProfile the stage sample; print TOP rows")
    parser.add_argument("--skip-floor", action="store_true")
    parser.add_argument("--skip-newsmill", action="store_true")
    parser.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    args = parser.parse_args(argv)
    if not (args.raw_dir or args.make or args.compare):
        parser.error("give RAW_DIR, --make N or --compare N1,N2")

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    tmp = tempfile.TemporaryDirectory(prefix="nmbench-")
    work = args.work or Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    mode = "PREFECT_API_URL=" + os.environ["PREFECT_API_URL"] if os.environ.get("PREFECT_API_URL") else "temporary Prefect server"
    print(f"newsmill throughput benchmark ({mode}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
    report: dict = {}
    try:
        if args.compare:
            sizes = [int(x) for x in args.compare.split(",")]
            for n in sizes:
                raw = make_corpus(n, work / f"corpus-{n}")
                print(f"--- {n} articles ({raw})")
                report[str(n)] = bench_one(raw, work, args)
            if not args.skip_newsmill and len(sizes) >= 2:
                a, b = report[str(sizes[0])]["newsmill"], report[str(sizes[-1])]["newsmill"]
                per_a, per_b = a["seconds"] / a["articles"], b["seconds"] / b["articles"]
                print(
                    f"scaling {sizes[0]} -> {sizes[-1]}: time per article {1000 * per_a:.2f} -> {1000 * per_b:.2f} ms "
                    f"({100 * (per_b / per_a - 1):+.1f}%; target within 10%), peak RSS {a['peak_rss'] / 2**20:.0f} -> "
                    f"{b['peak_rss'] / 2**20:.0f} MB (x{b['peak_rss'] / a['peak_rss']:.2f}; target <= 1.2 and < 2 GB), "
                    f"peak PSS {a['peak_pss'] / 2**20:.0f} -> {b['peak_pss'] / 2**20:.0f} MB"
                )
        else:
            raw = args.raw_dir if args.raw_dir else make_corpus(args.make, work / f"corpus-{args.make}")
            if not raw.is_dir():
                parser.error(f"{raw} is not a folder")
            report = bench_one(raw, work, args)
            if args.sample:
                n, seconds, total = stage_times(raw, args.sample, work, args.profile)
                print_stages(n, seconds, total)
                report["stages"] = {"files": n, "seconds": seconds, "total": total}
    finally:
        tmp.cleanup()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
