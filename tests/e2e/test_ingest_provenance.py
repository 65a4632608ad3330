"""Uploads keep their provenance: the client's file name, not the server's temporary file, and
every reject's reason in the summary (runs after test_ingest: it adds to the shared graph)."""

from __future__ import annotations

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


def test_article_rejects_come_with_their_reason(client):
    response = client.post("/ingest/articles", files={"file": ("blank.txt", b"   \n\n")},
                           headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rejected"] == 1 and body["reject_reasons"] == {"empty document": 1}

