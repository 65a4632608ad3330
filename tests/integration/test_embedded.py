"""The embedded server's life cycle: start, reuse, stop, stale pid after kill -9, busy port."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest

from kg import embedded

pytestmark = pytest.mark.slow


def _kg(*args: str, data_dir, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "KG_BOLT_PORT": "0", "KG_HTTP_PORT": "0"}
    env.pop("KG_GRAPH_URL", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, timeout=180
    )


def test_start_reuse_status_stop(tmp_path):
    first = embedded.ensure_running(tmp_path, bolt_port=0, http_port=0)
    try:
        again = embedded.ensure_running(tmp_path, bolt_port=0, http_port=0)
        assert again.pid == first.pid and again.bolt_port == first.bolt_port
        status = _kg("db", "status", data_dir=tmp_path)
        assert status.returncode == 0, status.stderr
        assert f"pid:           {first.pid}" in status.stdout
        assert "arcadedb" in status.stdout
        mode = (tmp_path / ".root_password").stat().st_mode & 0o777
        assert mode == 0o600
        assert embedded.password(tmp_path) not in status.stdout + status.stderr
    finally:
        stopped = embedded.stop(tmp_path)
    assert stopped is not None and stopped.pid == first.pid
    assert not psutil.pid_exists(first.pid) or psutil.Process(first.pid).status() == psutil.STATUS_ZOMBIE
    assert embedded.read_state(tmp_path) is None


def test_kill_9_is_reported_stopped_and_start_recovers_the_data(tmp_path):
    try:  # whatever fails, no server outlives the test
        started = _kg("db", "start", "--detach", data_dir=tmp_path)
        assert started.returncode == 0, started.stderr
        write = _kg("query", "record_migration", "--write", "-p", "id=survivor", "-p", "applied_at=now",
                    data_dir=tmp_path)
        assert write.returncode == 0, write.stderr
        state = json.loads((tmp_path / "server.json").read_text())
        os.kill(state["pid"], signal.SIGKILL)
        time.sleep(0.5)
        status = _kg("db", "status", data_dir=tmp_path)
        assert status.returncode == 3 and "stopped" in status.stdout
        assert not (tmp_path / "server.json").exists()  # the stale record was cleaned
        assert _kg("db", "start", "--detach", data_dir=tmp_path).returncode == 0
        rows = _kg("query", "applied_migrations", "--format", "json", data_dir=tmp_path)
        assert "survivor" in rows.stdout
    finally:
        assert _kg("db", "stop", data_dir=tmp_path).returncode == 0


def test_busy_port_is_replaced_and_recorded(tmp_path):
    with socket.socket() as squatter:
        squatter.bind((embedded.HOST, 0))
        squatter.listen()
        busy = squatter.getsockname()[1]
        state = embedded.ensure_running(tmp_path, bolt_port=busy, http_port=0)
        try:
            assert state.bolt_port != busy
            assert json.loads((tmp_path / "server.json").read_text())["bolt_port"] == state.bolt_port
        finally:
            embedded.stop(tmp_path)


def test_unreachable_url_is_one_line_naming_it(tmp_path):
    result = _kg("db", "status", data_dir=tmp_path, env_extra={"KG_GRAPH_URL": "bolt://127.0.0.1:1"})
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bolt://127.0.0.1:1" in lines[0]
    assert "Traceback" not in result.stderr


def test_wrong_password_is_one_line_without_the_password(tmp_path):
    state = embedded.ensure_running(tmp_path / "server", bolt_port=0, http_port=0)
    try:
        result = _kg(
            "db", "status", data_dir=tmp_path,
            env_extra={"KG_GRAPH_URL": state.url, "KG_GRAPH_USER": "root", "KG_GRAPH_PASSWORD": "not-the-password"},
        )
    finally:
        embedded.stop(tmp_path / "server")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "refused the credentials" in lines[0] and state.url in lines[0]
    assert "not-the-password" not in result.stderr
