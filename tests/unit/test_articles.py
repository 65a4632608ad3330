"""Reading articles (txt, md, html, JSON Lines, directories) and turning them into Documents."""

from __future__ import annotations

import orjson
from typer.testing import CliRunner

from extractors.articles import (
    Article,
    html_text,
    markdown_text,
    read_article_file,
    read_articles,
)
from extractors.pipeline import extract_documents
from kg.cli import app
from kg.errors import InputError
from kg.model import Document, Reject, document_id


def test_html_keeps_link_text_and_drops_scripts():
    title, text = html_text("<html><head><title>T</title><style>p{}</style></head><body><h1>Moves</h1>"
                            "<p>Alice joined <a href='x'>Google DeepMind</a>.</p><script>var a</script></body></html>")
    assert title == "T"
    assert text.splitlines() == ["Moves", "Alice joined Google DeepMind."]


def test_markdown_links_become_their_text():
    assert markdown_text("She joined [OpenAI](https://openai.com) in 2019.") == "She joined OpenAI in 2019."


def test_directory_walk_reads_every_kind_and_rejects_the_bad(fixtures):
    items = list(read_articles([fixtures / "articles"]))
    articles = [i for i in items if isinstance(i, Article)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert {a.source.rsplit("/", 1)[-1] for a in articles} == {"career.html", "funding.txt", "news.jsonl#n1"}
    html = next(a for a in articles if a.source.endswith("career.html"))
    assert html.title == "Lab moves" and "var x" not in html.text and "Tsinghua University" in html.text
    news = next(a for a in articles if a.source.endswith("#n1"))
    assert (news.line, news.title, news.url, news.published) == (1, "Policy", "https://example.org/n1", "2023-01-05")
    assert sorted((r.file.rsplit("/", 1)[-1], r.line, r.reason) for r in rejects) == [
        ("empty.md", None, "empty document"),
        ("news.jsonl", 2, "a document needs a string field 'text'"),
    ]


def test_json_lines_articles_are_read_as_paper_lines_are(tmp_path):
    # one reader for both: a byte-order mark on the first line, a malformed line set aside with its number
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Li Na joined Baidu."}\n{oops\n\n{"text": "Second."}\n')
    items = list(read_articles([path]))
    assert [(i.line, i.text) for i in items if isinstance(i, Article)] == [(1, "Li Na joined Baidu."), (4, "Second.")]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.line == 2 and reject.reason.startswith("malformed JSON")


def test_a_file_read_under_a_given_name_records_that_name(tmp_path):
    path = tmp_path / "kg-upload-x1.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Li Na joined Baidu."}\n{oops\n{"text": "  "}\n')
    items = list(read_article_file(path, name="feed.jsonl"))
    assert [(i.source, i.line) for i in items if isinstance(i, Article)] == [("feed.jsonl#a", 1)]
    assert [(i.file, i.line) for i in items if isinstance(i, Reject)] == [("feed.jsonl", 2), ("feed.jsonl", 3)]


def test_a_document_longer_than_the_parser_takes_is_a_reject_and_the_rest_is_read(nlp, tmp_path):
    # spaCy refuses a text over nlp.max_length (E088): read, it stopped the whole run with a traceback
    (tmp_path / "huge.txt").write_text("Li Na joined Baidu in 2020. " * 40_000, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"id": "big", "text": "' + "word " * 250_000 + '"}\n', encoding="utf-8")
    (tmp_path / "small.txt").write_text("Li Na joined Baidu in 2020.", encoding="utf-8")
    items = list(extract_documents(read_articles([tmp_path]), nlp=nlp, n_process=1))
    assert [type(i).__name__ for i in items] == ["Reject", "Reject", "Document"]
    assert [(r.file.rsplit("/", 1)[-1], r.line) for r in items[:2]] == [("feed.jsonl#big", 1), ("huge.txt", None)]
    assert all(r.reason.startswith("document too long: ") and "1,000,000" in r.reason for r in items[:2])


def test_missing_path_is_a_reject(tmp_path):
    (reject,) = read_articles([tmp_path / "nope.txt"])
    assert isinstance(reject, Reject) and reject.reason == "no such file or directory"


def test_documents_keep_order_ids_and_rejects(nlp, fixtures):
    items = list(extract_documents(read_articles([fixtures / "articles"]), nlp=nlp, n_process=1))
    kinds = [type(i).__name__ for i in items]
    assert kinds.count("Document") == 3 and kinds.count("Reject") == 2
    for doc in (i for i in items if isinstance(i, Document)):
        assert doc.id.startswith("doc:") and doc.source
    text = "Li Na joined Peking University in 2022."
    first, second = extract_documents([text, "  Li Na joined Peking   University in 2022. "], nlp=nlp, n_process=1)
    assert first.id == second.id == document_id(text)  # the same article again is the same Document


def test_worker_processes_give_the_same_documents_in_the_same_order(nlp, fixtures):
    items = list(read_articles([fixtures / "articles"])) * 3
    one = list(extract_documents(items, nlp=nlp, n_process=1, batch_size=2))
    two = list(extract_documents(items, nlp=nlp, n_process=2, batch_size=2))
    assert [type(i).__name__ for i in one].count("Reject") == 6
    assert two == one
    assert any(doc.relations for doc in one if isinstance(doc, Document))  # the comparison covers relations


def test_kg_extract_json(fixtures):
    result = CliRunner().invoke(app, ["extract", str(fixtures / "articles" / "career.html"), "--format", "json"])
    assert result.exit_code == 0, result.output
    view = orjson.loads(result.stdout)
    assert set(view) >= {"entities", "relations", "policies"}
    studied = [r for r in view["relations"] if r["type"] == "STUDIED_AT"]
    assert studied == [{
        "type": "STUDIED_AT", "head": {"id": "person:zhang-wei--tsinghua-university", "name": "Zhang Wei"},
        "tail": {"id": "ror:03cve4549", "name": "Tsinghua University"}, "start": None, "end": 2015,
        "degree": "PhD", "role": None, "award_id": None, "confidence": 0.9,
        "evidence": "Zhang Wei, who earned her PhD from Tsinghua University in 2015, joined Google DeepMind as a "
                    "research scientist."}]
    assert {e["id"] for e in view["entities"]} >= {"person:zhang-wei--tsinghua-university", "ror:03cve4549",
                                                   "ror:00971b260"}


def test_kg_extract_empty_file_is_an_input_error(fixtures):
    result = CliRunner().invoke(app, ["extract", str(fixtures / "articles" / "empty.md")])
    assert isinstance(result.exception, InputError)
    assert result.exception.reason == "empty document"
