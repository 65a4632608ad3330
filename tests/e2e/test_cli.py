"""The `kg` command end to end: files in, answers out, on its own embedded server."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import embedded
from tests.e2e.kg_process import kg

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


def test_ingest_then_query_in_every_format(data_dir):
    loaded = kg(data_dir, "ingest", "papers", "examples/openalex_works.jsonl", "--no-progress")
    assert loaded.returncode == 0, loaded.stderr
    assert "records read: 41, loaded: 41, rejected: 0" in loaded.stdout

    as_json = kg(data_dir, "query", "boomerang_careers", "-p", "org_id=ror:03cve4549", "-p", "abroad=US",
                 "-p", "limit=5", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert [row["person"] for row in json.loads(as_json.stdout)] == ["Mei Lanqiu"]

    as_csv = kg(data_dir, "query", "country_flows", "-p", "from_country=GB", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows == [{"from_country": "GB", "to_country": "CA", "year": "2018", "people": "1"}]

    table = kg(data_dir, "query", "collaboration_path", "-p", "from_id=orcid:0000-0000-0000-1055",
               "-p", "to_id=orcid:0000-0000-0000-1047")
    assert "Daniel Fairbrook" in table.stdout


def test_bad_records_are_counted_and_written_to_the_rejects_file(data_dir, tmp_path):
    rejects = tmp_path / "rejects.jsonl"
    result = kg(data_dir, "ingest", "papers", "tests/fixtures/papers/openalex_bad.jsonl", "--rejects",
                str(rejects), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "loaded: 2, rejected: 7" in result.stdout
    assert len(rejects.read_text().splitlines()) == 7


def test_unreadable_input_is_one_line_and_non_zero(data_dir, tmp_path):
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(bytes(range(256)) * 4)
    result = kg(data_dir, "ingest", "papers", str(binary))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "blob.jsonl" in result.stderr
    missing = kg(data_dir, "ingest", "papers", str(tmp_path / "nope.jsonl"))
    assert missing.returncode != 0 and "nope.jsonl" in missing.stderr and "Traceback" not in missing.stderr


def test_query_parameter_errors_are_caught_before_the_graph(data_dir):
    result = kg(data_dir, "query", "boomerang_careers", "-p", "org_id=x")
    assert result.returncode == 2
    assert "missing $abroad, $limit" in result.stderr
    bad_type = kg(data_dir, "query", "org_people", "-p", "org_id=x", "-p", "limit=ten")
    assert bad_type.returncode == 2 and "$limit" in bad_type.stderr


def test_demo_answers_the_core_questions(tmp_path):
    try:
        result = kg(tmp_path, "demo")
    finally:
        embedded.stop(tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "records read: 41, loaded: 41, rejected: 0" in out
    assert "Mei Lanqiu" in out and "Zhou Tiancheng" in out          # the two boomerangs
    path_section = out.split("shortest co-author path", 1)[1].split("co-author network", 1)[0]
    assert "Daniel Fairbrook" in path_section and "│ 3" in path_section  # the 3-hop co-author path
    assert "merged 6" in out                                          # article mentions joined paper identities


def test_demo_then_serves_the_api(tmp_path):
    import socket
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "KG_DATA_DIR": str(tmp_path), "KG_BOLT_PORT": "0", "KG_HTTP_PORT": "0"}
    env.pop("KG_GRAPH_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "kg", "demo", "--serve", "--port", str(port)], env=env,
                              cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        health = None
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and server.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).json()
                break
            except httpx.HTTPError:
                time.sleep(1)
        assert health is not None, server.stderr.read().decode() if server.poll() is not None else "no answer"
        assert health["status"] == "ok" and health["counts"]["papers"] == 41
    finally:
        server.terminate()
        server.wait(timeout=30)
        embedded.stop(tmp_path)
