"""Uploads keep their provenance: the client's file name, not the server's temporary file, and
every reject's reason in the summary (runs after test_ingest: it adds to the shared graph)."""

from __future__ import annotations

import json

from tests.e2e.conftest import API_KEY

NOTE = b"A short note about the weather, which was mild all week.\n"


def test_article_upload_records_the_uploaded_file_name(client):
    response = client.post("/ingest/articles", files={"file": ("new1.txt", NOTE)}, headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    assert response.json()["loaded"] == 1
    rows = client.post("/questions/documents_by_source", json={"source": "new1.txt", "limit": 5}).json()["rows"]
    assert [r["source"] for r in rows] == ["new1.txt"]


def test_article_upload_from_a_client_path_keeps_only_the_name(client):
    response = client.post("/ingest/articles", files={"file": ("C:\\notes\\new2.txt", NOTE + b"Again.\n")},
                           headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    rows = client.post("/questions/documents_by_source", json={"source": "new2.txt", "limit": 5}).json()["rows"]
    assert [r["source"] for r in rows] == ["new2.txt"]


def test_an_upload_of_which_nothing_loads_is_422_with_the_reasons(client):
    # as `kg ingest` exits 5: a readable upload whose every record is rejected is not a success with zero rows
    response = client.post("/ingest/articles", files={"file": ("blank.txt", b"   \n\n")},
                           headers={"X-API-Key": API_KEY})
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["reject_reasons"] == {"empty document": 1}
    assert body["detail"] == "blank.txt: nothing could be read: all 1 records rejected (most often: empty document)"
    papers = b'{"title": "No Id"}\n{"id": "paper:x"}\n'
    response = client.post("/ingest/papers", files={"file": ("/srv/in/garbage.jsonl", papers)},
                           params={"format": "plain"}, headers={"X-API-Key": API_KEY})
    assert response.status_code == 422, response.text
    assert sum(response.json()["reject_reasons"].values()) == 2
    assert response.json()["detail"].startswith("garbage.jsonl: nothing could be read: all 2 records rejected")
    assert "rejects written" not in response.json()["detail"]  # the server's data directory is not the client's


def test_an_unreadable_upload_error_names_the_uploaded_file_without_its_path(client):
    response = client.post("/ingest/papers", files={"file": ("C:\\exports\\mine.jsonl", b"\x00\x01 binary")},
                           headers={"X-API-Key": API_KEY})
    assert response.status_code == 422
    assert response.json()["detail"] == "mine.jsonl: binary content, not text"


def test_upload_rejects_name_the_uploaded_file(client, api_settings):
    body = b'{"id": "m1", "title": "A memo", "text": "A memo about the harvest, which was late."}\nnot json\n'
    response = client.post("/ingest/articles", files={"file": ("../memos/harvest.jsonl", body)},
                           headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    assert (response.json()["loaded"], response.json()["rejected"]) == (1, 1)
    newest = max((api_settings.data_dir / "rejects").glob("api-articles-*.jsonl"), key=lambda p: p.stat().st_mtime)
    reject = json.loads(newest.read_text(encoding="utf-8").splitlines()[-1])  # uploads in one second share a file
    assert (reject["file"], reject["line"]) == ("harvest.jsonl", 2)
    assert reject["reason"].startswith("malformed JSON")
