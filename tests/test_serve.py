"""``newsmill serve`` against a real Prefect server started here on a loopback port.

The served deployment must run by itself, on its interval, at least twice, and pick up
files added, edited and removed between runs. ``prefect.yaml`` must register the same
deployment with ``prefect deploy``. Everything started here is stopped by process group.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pandas as pd
import pytest

from tests.textgen import article

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SERVER_START_TIMEOUT = 180
RUN_TIMEOUT = 240  # generous: two shared cores, and each run starts a Python subprocess
NEW_PARAGRAPH = "The night bus will run every twenty minutes from June, the transport authority said on Tuesday."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def base_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        PREFECT_LOGGING_LEVEL="WARNING",
    )
    return env


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # and anything it left behind in its group
    except ProcessLookupError:
        pass
    proc.wait()


def wait_for(check, timeout: float, what: str, interval: float = 1.0, procs=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        for proc in procs:
            if proc.poll() is not None:
                raise AssertionError(f"{what}: {proc.args[:3]} exited early with {proc.returncode}")
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory):
    """A real ``prefect server start`` on a free loopback port; yields its API URL."""
    home = tmp_path_factory.mktemp("prefect_home")
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    log = open(home / "server.log", "wb")
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=base_env(home), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip

    def healthy() -> bool:
        try:
            return httpx.get(f"{url}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_for(healthy, SERVER_START_TIMEOUT, "the Prefect server", procs=[server])
        yield url
    finally:
        stop(server)
        log.close()


def completed_runs(url: str, deployment: str) -> list[dict]:
    body = {
        "deployments": {"name": {"any_": [deployment]}},
        "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}},
        "sort": "START_TIME_ASC",
    }
    return httpx.post(f"{url}/flow_runs/filter", json=body, timeout=10).json()


def current(out: Path) -> tuple[str | None, pd.DataFrame | None]:
    try:
        manifest = json.loads((out / "current" / "manifest.json").read_text())
        return manifest["snapshot_id"], pd.read_parquet(out / "current" / "articles.parquet")
    except (OSError, ValueError, KeyError):
        return None, None


def test_serve_without_server_says_how_to_start_one(tmp_path):
    env = base_env(tmp_path / "home")
    done = subprocess.run(
        [str(BIN / "newsmill"), "serve", "--interval", "5", "--raw", str(tmp_path), "--out", str(tmp_path / "out")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "prefect server start" in done.stderr and "PREFECT_API_URL" in done.stderr
    assert "Traceback" not in done.stderr


def test_served_deployment_runs_on_its_interval_and_follows_raw(prefect_api, tmp_path):
    rng = random.Random(3)
    raw, out = tmp_path / "raw", tmp_path / "curated"
    (raw / "en").mkdir(parents=True)
    for i in range(4):
        (raw / "en" / f"s{i}.txt").write_text(article(rng, "en"), encoding="utf-8")
    (raw / "de.txt").write_text(article(rng, "de"), encoding="utf-8")

    env = base_env(tmp_path / "home") | {"PREFECT_API_URL": prefect_api, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    log = open(tmp_path / "serve.log", "wb")
    name = "test-refresh"
    serve = subprocess.Popen(
        [str(BIN / "newsmill"), "serve", "--interval", "5", "--raw", str(raw), "--out", str(out), "--name", name],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path,
    )  # fmt: skip
    try:
        first_id, first = wait_for(lambda: current(out)[0] and current(out), RUN_TIMEOUT, "the first scheduled run", procs=[serve])
        assert sorted(first["source_path"]) == ["de.txt", "en/s0.txt", "en/s1.txt", "en/s2.txt", "en/s3.txt"]

        # Change raw/ between runs: the next scheduled run publishes exactly the new state.
        (raw / "es.txt").write_text(article(rng, "es"), encoding="utf-8")
        parts = article(rng, "en").split("\n\n")
        (raw / "en" / "s1.txt").write_text("\n\n".join([*parts[:3], NEW_PARAGRAPH, *parts[3:]]), encoding="utf-8")
        (raw / "en" / "s2.txt").unlink()

        expected = ["de.txt", "en/s0.txt", "en/s1.txt", "en/s3.txt", "es.txt"]

        def refreshed():
            # A run may start between two of the writes above; a later one sees them all.
            snapshot_id, articles = current(out)
            return snapshot_id not in (None, first_id) and sorted(articles["source_path"]) == expected and (articles,)

        (articles,) = wait_for(refreshed, RUN_TIMEOUT, "a scheduled run to pick up the changes", procs=[serve])
        articles = articles.set_index("source_path")
        assert NEW_PARAGRAPH in articles.loc["en/s1.txt", "text"]
        assert articles.loc["es.txt", "language"] == "es"

        runs = wait_for(lambda: len(r := completed_runs(prefect_api, name)) >= 2 and r, RUN_TIMEOUT, "two completed runs")
        # Nobody triggered them: the server's scheduler created them from the interval.
        assert all(run["auto_scheduled"] for run in runs)
        assert all(run["parameters"]["out_dir"] == str(out.resolve()) for run in runs)
    finally:
        stop(serve)
        log.close()


def test_prefect_yaml_registers_the_deployment(prefect_api, tmp_path):
    env = base_env(tmp_path / "home") | {"PREFECT_API_URL": prefect_api, "PWD": str(ROOT)}
    prefect = str(BIN / "prefect")
    subprocess.run([prefect, "work-pool", "create", "newsmill", "--type", "process"], env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    done = subprocess.run([prefect, "--no-prompt", "deploy", "--name", "newsmill-refresh"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    deployment = httpx.get(f"{prefect_api}/deployments/name/newsmill-curate/newsmill-refresh", timeout=10).json()
    assert deployment["entrypoint"] == "flows/curate.py:curate"
    assert deployment["work_pool_name"] == "newsmill"
    assert deployment["parameters"] == {"raw_dir": "raw", "out_dir": "curated", "full": False}
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["*/15 * * * *"]
    assert deployment["pull_steps"][0]["prefect.deployments.steps.set_working_directory"]["directory"] == str(ROOT)
