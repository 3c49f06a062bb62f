#!/usr/bin/env python3
"""Set up newsmill from nothing but Python 3.11+, then run the pipeline or the tests.

    python3 bootstrap.py run [newsmill run options]   # sample raw/ -> curated/
    python3 bootstrap.py test [pytest options]        # the test suite

Creates .venv/ in the project root and installs the pinned dependencies from
requirements.lock (again only when the lock changes). Uses only the standard library.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".newsmill-installed"


def _bin(name: str) -> str:
    return str(VENV / ("Scripts" if os.name == "nt" else "bin") / name)


def ensure_env() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"newsmill needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    wanted = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not Path(_bin("python")).exists():
        print("bootstrap: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [_bin("python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    print("bootstrap: installing pinned dependencies from requirements.lock", flush=True)
    subprocess.run([*pip, "install", "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "install", "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(wanted + "\n")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__.strip())
        return 2
    os.chdir(ROOT)
    try:
        ensure_env()
    except subprocess.CalledProcessError as exc:
        print(f"bootstrap: installing dependencies failed ({exc})", file=sys.stderr)
        return 1
    command, rest = argv[0], argv[1:]
    if command == "setup":
        return 0
    if command == "run":
        return subprocess.call([_bin("newsmill"), "run", *rest])
    return subprocess.call([_bin("python"), "-m", "pytest", *rest])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
