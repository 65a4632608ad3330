"""`POST /ingest/articles` reads a JSON Lines upload as `kg ingest articles` reads the file: one Document
per line, and each line the reader sets aside counted with its reason."""

from __future__ import annotations

import json

from tests.e2e.conftest import API_KEY

LINES = [
    {"id": "j1", "title": "First Note", "text": "Mei Tanaka joined Kyoto University in 2020."},
    {"id": "j2", "title": "Second Note", "text": "Omar Haddad left Google for ETH Zurich in 2021."},
]
JSONL = "".join(json.dumps(line) + "\n" for line in LINES).encode()


def sources(client, source: str) -> list[tuple[str, str]]:
    rows = client.post("/questions/documents_by_source", json={"source": source, "limit": 10}).json()["rows"]
    return sorted((r["source"], r["title"]) for r in rows)


def test_a_jsonl_file_name_is_read_as_json_lines(client):
    response = client.post("/ingest/articles", files={"file": ("notes.jsonl", JSONL)}, headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["read"], body["loaded"], body["rejected"]) == (2, 2, 0)
    assert sources(client, "notes.jsonl") == [("notes.jsonl#j1", "First Note"), ("notes.jsonl#j2", "Second Note")]


def test_type_jsonl_reads_a_raw_body_and_counts_each_bad_line_with_its_reason(client):
    # Other texts than the first test's: a document's id is the hash of its text.
    body = JSONL.replace(b"j1", b"k1").replace(b"j2", b"k2").replace(b"in 20", b"in 19")
    body += b'{"id": "k3", "title": "No text"}\nnot json\n'
    response = client.post("/ingest/articles", content=body, params={"type": "jsonl"},
                           headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    summary = response.json()
    assert (summary["read"], summary["loaded"], summary["rejected"]) == (4, 2, 2)
    assert summary["reject_reasons"]["a document needs a string field 'text'"] == 1
    assert sum(n for reason, n in summary["reject_reasons"].items() if reason.startswith("malformed JSON")) == 1
    assert [s for s, _ in sources(client, "upload.jsonl")] == ["upload.jsonl#k1", "upload.jsonl#k2"]


def test_an_explicit_type_wins_over_the_file_name(client):
    response = client.post("/ingest/articles", files={"file": ("raw.jsonl", JSONL.replace(b"Note", b"Memo"))},
                           params={"type": "txt"}, headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    assert (response.json()["read"], response.json()["loaded"]) == (1, 1)  # one text document: the raw JSON
    assert [s for s, _ in sources(client, "raw.jsonl")] == ["raw.jsonl"]
