"""A temporary Prefect API server for one ``newsmill run``, launched before Prefect is imported.

With no server configured, Prefect starts the same server itself (``SubprocessASGIServer``:
uvicorn running ``prefect.server.api.server:create_app`` with the UI off), but only when the
flow starts, after the run has imported Prefect, and it first imports the whole server
application into the calling process (~2 s of CPU) just to launch it. Started here, the
server boots in its own process while the run imports Prefect and walks raw/, and the run
talks to it as to any server at PREFECT_API_URL.

The server dies with the run, a SIGKILLed run included (Linux: PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

from newsmill.pdeathsig import die_with_parent

# Prefect's own setting for how long its temporary server may take to start.
STARTUP_TIMEOUT_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
STARTUP_TIMEOUT_SECONDS = 60.0
POLL_SECONDS = 0.05
PORT_IN_USE_EXIT = 3  # uvicorn's exit code when the port was taken meanwhile
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


# Loopback requests never go through an HTTP proxy set in the environment.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class ServerError(RuntimeError):
    pass


# URLs of servers started here: once stopped, a Prefect imported meanwhile still holds them.
_started_urls: set[str] = set()


def configured_api_url() -> str | None:
    """The API URL Prefect would use: its current settings once imported (a test harness,
    an embedding program), else PREFECT_API_URL from the environment or the active profile,
    read without importing Prefect."""
    if "prefect.settings" in sys.modules:
        from prefect.settings import get_current_settings

        url = get_current_settings().api.url
        return None if url in _started_urls else url
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(profiles.read_text())
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    value = data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return str(value) if value else None


def wanted() -> bool:
    """True when Prefect would start a temporary server for this run."""
    allow = os.environ.get("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true").strip().lower()
    return configured_api_url() is None and allow not in ("0", "false", "no", "off")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TemporaryServer:
    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.port = 0
        self._log = None  # the server's stderr: a file, never a pipe that could fill up and block it

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> str:
        """Launch the server (without waiting for it); returns its API URL."""
        spec = importlib.util.find_spec("prefect")  # finds the package without importing it
        if spec is None or not spec.submodule_search_locations:
            raise ServerError("Prefect is not installed")
        app_dir = str(Path(list(spec.submodule_search_locations)[0]).parent)
        self.port = _free_port()
        if self._log is None:
            self._log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "uvicorn", "--app-dir", app_dir,
                "--factory", "prefect.server.api.server:create_app",
                "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "error", "--lifespan", "on",
            ],
            env={**os.environ, **SERVER_ENV},
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
            preexec_fn=die_with_parent if sys.platform.startswith("linux") else None,
        )  # fmt: skip
        _started_urls.add(self.api_url)
        return self.api_url

    def wait_ready(self, timeout: float | None = None) -> None:
        if timeout is None:
            timeout = float(os.environ.get(STARTUP_TIMEOUT_ENV) or STARTUP_TIMEOUT_SECONDS)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll() if self.process else None
            if code == PORT_IN_USE_EXIT:
                self.start()
                continue
            if code is not None:
                err = self._tail()
                self.stop()
                raise ServerError(f"the temporary Prefect server exited with code {code}: {err}")
            try:
                with _DIRECT.open(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(POLL_SECONDS)
        self.stop()
        raise ServerError(f"the temporary Prefect server did not answer within {timeout:.0f} s ({STARTUP_TIMEOUT_ENV})")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def _tail(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace").strip()[-500:]
