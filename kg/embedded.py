"""The embedded graph: an ArcadeDB server (from the `arcadedb-embedded` wheel) in its own process.

The JVM never starts in a process that may fork later (spaCy workers, uvicorn), so the
server always runs as `python -m kg.embedded DATA_DIR`, detached from whoever started it.
State lives in the data directory:

- `.root_password`  generated on first start, mode 0600, never printed;
- `server.json`     pid and ports of the running server, written once it answers;
- `server.lock`     serialises start/stop between concurrent `kg` processes;
- `logs/server.log` the server's own output.
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil
from filelock import FileLock

from kg.errors import GraphUnavailable
from kg.settings import get_settings

HOST = "127.0.0.1"
DATABASE = "kg"
USER = "root"
START_TIMEOUT = 90.0
STOP_TIMEOUT = 30.0


@dataclass(frozen=True)
class ServerState:
    pid: int
    bolt_port: int
    http_port: int
    version: str
    started_at: float

    @property
    def url(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"

    @property
    def studio_url(self) -> str:
        return f"http://{HOST}:{self.http_port}/"


def password(data_dir: Path) -> str:
    """The root password, created on first use with owner-only permissions."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / ".root_password"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(24))
    return path.read_text().strip()


def read_state(data_dir: Path) -> ServerState | None:
    """The recorded server, or None when there is none or its record is stale (process gone)."""
    path = data_dir / "server.json"
    try:
        state = ServerState(**json.loads(path.read_text()))
    except (OSError, ValueError, TypeError):
        return None
    if _alive(state.pid):
        return state
    path.unlink(missing_ok=True)  # stale: the server died without cleaning up (kill -9, crash)
    return None


def ensure_running(data_dir: Path, *, bolt_port: int, http_port: int) -> ServerState:
    """Reuse the server for this data directory, or start one detached and wait until it answers."""
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(data_dir / "server.lock"), timeout=START_TIMEOUT):
        state = read_state(data_dir)
        if state and _port_open(state.bolt_port):
            return state
        if state:  # the process is there but not answering: it is still starting or wedged
            return _wait_for_state(data_dir, None)
        password(data_dir)
        # Port 0 means "any": the server is told a concrete free port so that we can record it.
        bolt = bolt_port if bolt_port and _port_free(bolt_port) else _free_port()
        http = http_port if http_port and http_port != bolt and _port_free(http_port) else _free_port()
        (data_dir / "logs").mkdir(exist_ok=True)
        log = open(data_dir / "logs" / "server.log", "ab")
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.embedded", str(data_dir), str(bolt), str(http)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=data_dir,  # ArcadeDB writes its log/ folder into the working directory
            start_new_session=True,  # survives the CLI that started it; Ctrl-C there does not reach it
            close_fds=True,
        )
        log.close()
        return _wait_for_state(data_dir, process)


def stop(data_dir: Path) -> ServerState | None:
    """Stop the server for this data directory; returns what was stopped, None if nothing ran."""
    data_dir = data_dir.resolve()
    if not data_dir.exists():
        return None
    with FileLock(str(data_dir / "server.lock"), timeout=START_TIMEOUT):
        state = read_state(data_dir)
        if state is None:
            return None
        try:
            process = psutil.Process(state.pid)
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=STOP_TIMEOUT)
        except psutil.TimeoutExpired:
            process.kill()
        except psutil.NoSuchProcess:
            pass
        (data_dir / "server.json").unlink(missing_ok=True)
        return state


def serve(data_dir: Path, bolt_port: int, http_port: int) -> None:
    """Run the server in this process until SIGTERM/SIGINT. Only ever called as `python -m kg.embedded`."""
    from arcadedb_embedded import __version__ as arcadedb_version
    from arcadedb_embedded.server import ArcadeDBServer

    server = ArcadeDBServer(
        root_path=str(data_dir / "arcadedb"),
        jvm_kwargs={"jvm_args": shlex.split(get_settings().embedded_jvm_args)},
        root_password=password(data_dir),
        config={
            "host": HOST,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
            "bolt_host": HOST,
            "http_port": http_port,
            "server_defaultDatabases": f"{DATABASE}[{USER}]",
        },
    )
    server.start()
    state = ServerState(os.getpid(), bolt_port, http_port, str(arcadedb_version), time.time())
    tmp = data_dir / "server.json.tmp"
    tmp.write_text(json.dumps(asdict(state)))
    tmp.replace(data_dir / "server.json")

    stopping = False

    def _stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    while not stopping:
        time.sleep(0.2)
    server.stop()
    (data_dir / "server.json").unlink(missing_ok=True)


def _wait_for_state(data_dir: Path, process: subprocess.Popen | None) -> ServerState:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        state = read_state(data_dir)
        if state and _port_open(state.bolt_port):
            return state
        if process is not None and process.poll() is not None:
            raise GraphUnavailable(
                f"the embedded graph server exited with code {process.returncode}; "
                f"see {data_dir / 'logs' / 'server.log'}"
            )
        time.sleep(0.2)
    raise GraphUnavailable(
        f"the embedded graph server did not answer within {START_TIMEOUT:.0f} s; "
        f"see {data_dir / 'logs' / 'server.log'}"
    )


def _alive(pid: int) -> bool:
    try:
        process = psutil.Process(pid)
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # Like the server's own listener: a port in TIME_WAIT after a kill is still ours to take.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
