"""The run's own temporary Prefect server: when it is started, that it answers, and that it
never outlives the run (SIGKILL included). Each case runs in a fresh Python, where Prefect
is not yet imported, as under `newsmill run`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROBE = "import json; from newsmill import temp_server; print(json.dumps([temp_server.configured_api_url(), temp_server.wanted()]))"

STARTER = """
import json, sys
from newsmill import temp_server
server = temp_server.TemporaryServer()
url = server.start()
server.wait_ready()
print(json.dumps([url, server.process.pid]), flush=True)
sys.stdin.read()  # until killed
"""


def env_for(tmp_path: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {"PREFECT_HOME": str(tmp_path / "home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"} | extra


def probe(env: dict) -> list:
    return json.loads(subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True).stdout)


def test_no_server_configured_means_a_temporary_one(tmp_path):
    assert probe(env_for(tmp_path)) == [None, True]


def test_a_server_in_the_environment_or_the_active_profile_is_used_instead(tmp_path):
    assert probe(env_for(tmp_path, PREFECT_API_URL="http://10.0.0.5:4200/api")) == ["http://10.0.0.5:4200/api", False]
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "profiles.toml").write_text(
        'active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://prefect.internal:4200/api"\n[profiles.other]\n'
    )
    assert probe(env_for(tmp_path)) == ["http://prefect.internal:4200/api", False]
    assert probe(env_for(tmp_path, PREFECT_PROFILE="other")) == [None, True]


def test_ephemeral_mode_switched_off_is_respected(tmp_path):
    assert probe(env_for(tmp_path, PREFECT_SERVER_ALLOW_EPHEMERAL_MODE="false"))[1] is False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_the_server_answers_and_dies_with_a_killed_run(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", STARTER], env=env_for(tmp_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        url, server_pid = json.loads(proc.stdout.readline())
        with urllib.request.urlopen(f"{url}/health", timeout=10) as response:
            assert response.status == 200
        assert _alive(server_pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 20
        while _alive(server_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(server_pid)
    finally:
        proc.kill()
        proc.wait()
