"""`kg` run as a user runs it: a child process on its own embedded graph in `data_dir`.

The `data_dir` fixture (tests/e2e/conftest.py) gives each test module one such graph, stopped after it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def kg(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "KG_BOLT_PORT": "0", "KG_HTTP_PORT": "0"}
    env.pop("KG_GRAPH_URL", None)
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env,
                          timeout=300, cwd=REPO)


def kg_quiet(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """`kg` for a command that draws a progress bar, without it."""
    return kg(data_dir, *args, "--no-progress")
