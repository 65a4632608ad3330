"""Uploads through the API: key required (401/403), size limit (413), papers loaded (200)."""

from __future__ import annotations

import gzip

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.e2e.conftest import API_KEY

PAPER = (b'{"id": "paper:e2e-upload-1", "title": "Uploaded Through The API", "year": 2023, '
         b'"authors": [{"name": "Upload Tester", "openalex": "A9999999001", '
         b'"affiliations": [{"name": "Tsinghua University", "ror": "03cve4549", "country": "CN"}]}]}\n'
         b'{"title": "no id and no doi"}\n')


@pytest.mark.parametrize("path", ["/ingest/papers", "/ingest/articles"])
def test_no_key_is_401(client, path):
    response = client.post(path, content=PAPER)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("path", ["/ingest/papers", "/ingest/articles"])
def test_wrong_key_is_403(client, path):
    assert client.post(path, content=PAPER, headers={"X-API-Key": "not-the-key"}).status_code == 403


def test_too_large_is_413(client, api_settings):
    big = b" " * (api_settings.api_max_body + 1)
    response = client.post("/ingest/papers", content=big, headers={"X-API-Key": API_KEY})
    assert response.status_code == 413


def test_empty_upload_is_422(client):
    assert client.post("/ingest/papers", content=b"", headers={"X-API-Key": API_KEY}).status_code == 422


def test_papers_upload_multipart_then_visible(client):
    response = client.post("/ingest/papers", files={"file": ("papers.jsonl", PAPER)},
                           params={"format": "plain"}, headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["kind"], body["read"], body["loaded"], body["rejected"]) == ("papers", 2, 1, 1)
    person = client.get("/people/openalex:A9999999001/career").json()
    assert [s["org_id"] for s in person["spells"]] == ["ror:03cve4549"]


def test_papers_upload_raw_gzip_body_is_idempotent(client):
    response = client.post("/ingest/papers", content=gzip.compress(PAPER), headers={"X-API-Key": API_KEY})
    assert response.status_code == 200, response.text
    assert response.json()["loaded"] == 1
    again = client.post("/ingest/papers", content=gzip.compress(PAPER), headers={"X-API-Key": API_KEY}).json()
    assert (again["nodes_created"], again["relationships_created"]) == (0, 0)
    assert again["relationships_updated"] > 0
    assert client.get("/people", params={"q": "upload tester"}).json()["items"][0]["papers"] == 1


def test_unreadable_upload_is_422_without_server_paths(client):
    response = client.post("/ingest/papers", content=b"\x00\x01 not json at all", headers={"X-API-Key": API_KEY})
    assert response.status_code == 422
    assert response.json()["detail"] == "upload: binary content, not text"


def test_ingest_disabled_without_server_key(api_settings):
    settings = api_settings.model_copy(update={"api_key": None})
    with TestClient(create_app(settings)) as http:
        response = http.post("/ingest/papers", content=PAPER, headers={"X-API-Key": "anything"})
        assert response.status_code == 403
        assert "KG_API_KEY" in response.json()["detail"]
