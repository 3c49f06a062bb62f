"""Is the pure core linear in input size on hostile input? (issue 7)

Runs ``process_document`` + ``tables.build`` (the pure core, no Prefect) on

* one document of 1x, 10x, 100x a base size (default 100 KB -> 1 MB -> 10 MB), in three
  shapes: ``mix`` (paragraphs mixing four languages, every kind of quote mark, unclosed
  quotes, boilerplate lines, control characters, CR line ends, long space runs),
  ``one_line`` (a single line with an unclosed quote and quote floods, no line break at all)
  and ``quote_flood`` (nothing but quote marks and spaces);
* a folder of N, 10N, 100N small hostile files (default N = 50), as one batch each;

and prints time and throughput per size. The time ratio to 1x should be near the size ratio (10, 100);
far above it means something is quadratic. ``--flow`` also runs the real flow (``newsmill run``) on
the folders, against a temporary Prefect server.

    .venv/bin/python bench/hostile_scale.py                 # 100 KB..10 MB, 50..5000 files
    .venv/bin/python bench/hostile_scale.py --base-kb 20 --files 20 --flow
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsmill import tables  # noqa: E402
from newsmill.pipeline import process_document  # noqa: E402

SENTENCES = [
    "The council of {town} voted on {n} March to close the harbour to cruise ships",
    "Tour operators in {town} said the decision would cost {n} jobs this summer",
    "Der Stadtrat von {town} hat am Donnerstag {n} neue Radwege beschlossen",
    "Le conseil municipal de {town} a voté lundi {n} mesures contre la pollution",
    "El ayuntamiento de {town} aprobó el martes un plan de {n} millones de euros",
]
SPEAKERS = ["said Mayor Tom Briggs", "sagte Bürgermeisterin Eva Brandt", "a déclaré le maire Jérôme Lefèvre", "dijo la alcaldesa Ana García"]
QUOTES = [("“", "”"), ("„", "“"), ("« ", " »"), ("‘", "’"), ('"', '"'), ("‹", "›"), ("‚", "‘"), ("»", "«")]
BOILERPLATE = ["Accept all cookies", "Share on Facebook", "Advertisement", "Lesen Sie auch:", "© 2024 Example Media", "Photo: Reuters"]
CONTROLS = ["\x00", "\x07", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028", "\ufeff", "\u200b"]
TOWNS = ["Porthaven", "Millbrook", "Château-Vert", "Großhafen", "San Telmo", "Eastcliff"]


def hostile_paragraph(rng: random.Random, n: int) -> str:
    """One unique paragraph (the counter defeats duplicate removal) with hostile bits."""
    town = rng.choice(TOWNS)
    parts = [rng.choice(SENTENCES).format(town=town, n=n) + "."]
    opening, closing = rng.choice(QUOTES)
    roll = rng.random()
    if roll < 0.5:
        parts.append(f"{opening}{rng.choice(SENTENCES).format(town=town, n=n + 1)}{closing}, {rng.choice(SPEAKERS)}.")
    elif roll < 0.7:
        parts.append(f"{opening}{rng.choice(SENTENCES).format(town=town, n=n + 2)} and it never closes")  # unclosed
    elif roll < 0.8:
        parts.append("".join(rng.choice("“”‘’„‚«»‹›\"'") for _ in range(rng.randrange(20, 200))))
    elif roll < 0.9:
        parts.append("word" + " " * rng.randrange(100, 2000) + "word")  # long space run
    if rng.random() < 0.3:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(CONTROLS))
    return " ".join(parts)


def hostile_document(size: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out, total, n = [], 0, 0
    while total < size:
        if rng.random() < 0.1:
            piece = rng.choice(BOILERPLATE)
        else:
            piece = hostile_paragraph(rng, n)
        piece += rng.choice(["\n\n", "\n\n", "\r\n\r\n", "\r\r", "\n"])
        out.append(piece)
        total += len(piece.encode("utf-8"))
        n += 1
    return "".join(out).encode("utf-8")[:size]


def one_line(size: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = ["The mayor said “"]
    total = 0
    while total < size:
        piece = rng.choice(SENTENCES).format(town=rng.choice(TOWNS), n=total) + " " + rng.choice(["“", "„", "«", "'", "", "", ""]) + " "
        out.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(out).encode("utf-8")[:size]


def quote_flood(size: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    marks = "“”‘’„‚«»‹›\"'  "
    return "".join(rng.choice(marks) for _ in range(size // 2)).encode("utf-8")[:size]


SHAPES = {"mix": hostile_document, "one_line": one_line, "quote_flood": quote_flood}


def small_files(n: int) -> list[tuple[str, bytes]]:
    """n small hostile files (about 2 KB each, some empty, binary, UTF-16 or cp1252)."""
    rng = random.Random(n)
    files = []
    for i in range(n):
        kind = i % 10
        if kind == 0:
            data = b""
        elif kind == 1:
            data = bytes(rng.randrange(256) for _ in range(2000))
        elif kind == 2:
            data = hostile_document(2000, seed=i).decode("utf-8", "ignore").encode("utf-16")
        elif kind == 3:
            data = hostile_document(2000, seed=i).decode("utf-8", "ignore").encode("cp1252", "replace")
        else:
            data = hostile_document(2000, seed=i)
        files.append((f"f{i // 100:04d}/doc {i:06d}.txt", data))
    return files


def run_core(docs: list[tuple[str, bytes]]) -> tuple[float, dict[str, int]]:
    start, cpu = time.perf_counter(), time.process_time()
    results = [process_document(path, data) for path, data in docs]
    built = tables.build(results)
    seconds = time.perf_counter() - start
    counts = {name: built[name].num_rows for name in ("articles", "rejects")}
    counts["cpu_s"] = round(time.process_time() - cpu, 2)  # less sensitive than wall time to a busy machine
    assert counts["articles"] + counts["rejects"] == len(docs), counts
    return seconds, counts


def line(label: str, size_mb: float, seconds: float, base: float | None, extra: str = "") -> None:
    ratio = f"{seconds / base:7.1f}x" if base else "       -"
    print(f"{label:28s} {size_mb:9.2f} MB {seconds:9.2f} s {size_mb / seconds:8.2f} MB/s  time ratio {ratio}  {extra}", flush=True)


def run_flow(docs: list[tuple[str, bytes]]) -> float:
    from newsmill.cli import main

    with tempfile.TemporaryDirectory(prefix="newsmill-bench-") as tmp:
        raw = Path(tmp) / "raw"
        for path, data in docs:
            (raw / path).parent.mkdir(parents=True, exist_ok=True)
            (raw / path).write_bytes(data)
        start = time.perf_counter()
        code = main(["run", "--raw", str(raw), "--out", str(Path(tmp) / "curated")])
        seconds = time.perf_counter() - start
        assert code == 0, code
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-kb", type=float, default=100, help="1x size of the single document (default 100)")
    parser.add_argument("--files", type=int, default=50, help="1x number of small files (default 50; 0: skip)")
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="single-document shapes ('' to skip)")
    parser.add_argument("--flow", action="store_true", help="also run the real flow on the folders (slow)")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]

    print(f"python {sys.version.split()[0]}, pid {os.getpid()}; pure core = process_document + tables.build")
    run_core(small_files(10))  # warm-up: imports, language profiles
    for shape in [s for s in args.shapes.split(",") if s]:
        base = None
        for scale in scales:
            size = int(args.base_kb * 1000 * scale)
            data = SHAPES[shape](size)
            seconds, counts = run_core([(f"{shape}.txt", data)])
            base = base or seconds
            line(f"one document {shape} {scale}x", len(data) / 1e6, seconds, base, f"{counts}")
    base = None
    for scale in scales if args.files else []:
        docs = small_files(args.files * scale)
        size = sum(len(d) for _, d in docs) / 1e6
        seconds, counts = run_core(docs)
        base = base or seconds
        line(f"folder {len(docs)} files {scale}x", size, seconds, base, f"{len(docs) / seconds:.0f} files/s {counts}")
    if args.flow:
        from prefect.testing.utilities import prefect_test_harness

        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        with prefect_test_harness(server_startup_timeout=120):
            base = None
            for scale in scales:
                docs = small_files(args.files * scale)
                size = sum(len(d) for _, d in docs) / 1e6
                seconds = run_flow(docs)
                base = base or seconds
                line(f"flow {len(docs)} files {scale}x", size, seconds, base, f"{len(docs) / seconds:.0f} files/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
