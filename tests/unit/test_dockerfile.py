"""The API image (docker compose's `api`): checked by reading the Dockerfile, since tests run without Docker."""

from __future__ import annotations

import re
from pathlib import Path

from kg.settings import Settings

DOCKERFILE = Path(__file__).resolve().parents[2] / "Dockerfile"


def test_the_api_user_owns_the_data_directory():
    # Every paper upload takes KG_DATA_DIR/load.lock and may write rejects there; /app belongs to root, so
    # without this POST /ingest/papers answered 500 (PermissionError creating /app/data).
    lines = [line.strip() for line in DOCKERFILE.read_text().splitlines()]
    workdir = next(line.split()[1] for line in lines if line.startswith("WORKDIR "))
    user_at = next(i for i, line in enumerate(lines) if line.startswith("USER "))
    user = lines[user_at].split()[1]
    env = dict(re.findall(r"\b(KG_DATA_DIR)=(\S+)", "\n".join(lines)))
    data_dir = env.get("KG_DATA_DIR") or str(Settings.model_fields["data_dir"].default)
    path = data_dir if data_dir.startswith("/") else f"{workdir.rstrip('/')}/{data_dir}"
    before_user = "\n".join(lines[:user_at])
    assert re.search(rf"mkdir -p {re.escape(path)}\b", before_user)
    assert re.search(rf"chown (-R )?{user}(:{user})? {re.escape(path)}\b", before_user)
