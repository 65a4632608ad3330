"""Soft line wraps are joined when text is read; real line structure (CV lines, lists, headings) stays."""

from __future__ import annotations

import pytest

from extractors.articles import html_text, read_articles
from extractors.linewraps import unwrapped
from extractors.pipeline import extract_documents
from kg.model import Document, document_id

WRAPPED = ("Chen Jie moved to Canada and joined the University of Toronto in 2018 as an\n"
           "assistant professor of computer science.")
ONE_LINE = WRAPPED.replace("\n", " ")


@pytest.mark.parametrize(("text", "expected"), [
    (WRAPPED, ONE_LINE),  # the next line opens in lower case
    ("Chen Jie then joined the\nUniversity of Toronto in 2018.", "Chen Jie then joined the University of Toronto in 2018."),
    ("Dr. Chen is a professor at the Department of\n  Computer Science.", "Dr. Chen is a professor at the Department of Computer Science."),
    ("- Research intern at Google Brain, working on\n  speech recognition", "- Research intern at Google Brain, working on speech recognition"),
    # a line that ends on a preposition goes on, even onto a line that opens with a date
    ("She received her PhD from the University of Toronto in\n2001 and then joined Google.",
     "She received her PhD from the University of Toronto in 2001 and then joined Google."),
    ("He has been a professor at Peking University since\n2019.", "He has been a professor at Peking University since 2019."),
    ("She worked at Baidu from\n2015 to 2018.", "She worked at Baidu from 2015 to 2018."),
])
def test_soft_wraps_are_joined(text, expected):
    assert unwrapped(text) == expected


@pytest.mark.parametrize("text", [
    "Education\nPhD in Computer Science, Stanford University, 2012",  # a heading and its entry
    "Jane Doe\nemail: jane@example.org",  # a short line is a name or a label, not wrapped prose
    "Experience\n2015-2018 Google\n2018-2020 Meta",  # CV lines open with dates
    "She joined Google in 2015.\nShe left in 2018.",  # a sentence ended
    "Positions held at the University of Toronto\n- 2015 Lecturer\n- 2018 Professor",  # list items
    "## Education at the University of\nToronto",  # a heading ends its line
    "Jane Doe works at Acme Corporation\n\nand more",  # a blank line is a paragraph break
    "Research Scientist at Google Brain\nStanford University, PhD 2012",  # upper case after a complete line
    "Worked on a project named Plan A\nToronto office",  # "A" is a name here, not the article
    "Research Scientist, Google\n2015-2018 Software Engineer, Baidu",  # a CV line after a complete one
    "Education\n2012 PhD, MIT",  # a heading above a dated line
])
def test_real_line_breaks_are_kept(text):
    assert unwrapped(text) == text


def test_txt_file_is_read_unwrapped_and_the_role_is_whole(nlp, tmp_path):
    path = tmp_path / "bio.txt"
    path.write_text(WRAPPED + "\n", encoding="utf-8")
    (article,) = read_articles([path])
    assert article.text == ONE_LINE
    (doc,) = extract_documents([article], nlp=nlp, n_process=1)
    assert isinstance(doc, Document)
    (job,) = [r for r in doc.relations if r.type.value == "WORKS_AT"]
    assert (job.role, job.start, job.evidence) == ("assistant professor", 2018, ONE_LINE)
    # the id is the hash of the text as read: a wrapped file and its one-line form are one document
    assert doc.id == document_id(ONE_LINE)


def test_markdown_file_is_read_unwrapped(tmp_path):
    path = tmp_path / "bio.md"
    path.write_text("# Chen Jie\n\n" + WRAPPED + "\n\n## Education\n- PhD, MIT, 2012\n", encoding="utf-8")
    (article,) = read_articles([path])
    assert article.text.splitlines() == ["# Chen Jie", "", ONE_LINE, "", "## Education", "- PhD, MIT, 2012"]


def test_cv_lines_in_a_text_file_stay_apart(nlp, tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text("Jane Roe\n\nExperience\n2018 - 2020: Research Scientist, Google Brain\n"
                    "2015 - 2018: Software Engineer, Baidu\n", encoding="utf-8")
    (article,) = read_articles([path])
    assert article.text.count("\n") == 4
    (doc,) = extract_documents([article], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    jobs = {(names[r.tail], r.start, r.end) for r in doc.relations if r.type.value == "WORKS_AT"}
    assert jobs == {("Google", 2018, 2020), ("Baidu", 2015, 2018)}  # Google Brain is known as Google


def test_html_source_line_breaks_inside_a_paragraph_are_white_space():
    _, text = html_text("<html><body><h2>About</h2><p>Chen Jie joined the University of Toronto in 2018 as an\n"
                        "assistant professor.</p><ul>\n<li>2015 Lecturer</li>\n<li>2018 Professor</li></ul>"
                        "<p>One<br>Two</p></body></html>")
    assert text.splitlines() == ["About", "Chen Jie joined the University of Toronto in 2018 as an assistant "
                                 "professor.", "2015 Lecturer", "2018 Professor", "One", "Two"]


# --- preformatted HTML keeps its source line breaks ------------------------------------------------

PRE_CV = ("<html><head><title>Chen Hao - CV</title></head><body>\n<h1>Chen Hao</h1>\n<pre>\n"
          "2010-2014  PhD, Tsinghua University\n2014-2018  Research Scientist, Google\n"
          "2018-2022  Senior Researcher, Microsoft Research\n</pre>\n</body></html>")


def test_pre_block_keeps_its_lines():
    _, text = html_text(PRE_CV)
    assert text.splitlines() == ["Chen Hao", "2010-2014 PhD, Tsinghua University", "2014-2018 Research Scientist, Google",
                                 "2018-2022 Senior Researcher, Microsoft Research"]


def test_cv_in_a_pre_block_gives_each_line_its_years(nlp, tmp_path):
    path = tmp_path / "cv.html"
    path.write_text(PRE_CV, encoding="utf-8")
    (article,) = read_articles([path])
    (doc,) = extract_documents([article], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    jobs = {(names[r.tail], r.start, r.end) for r in doc.relations if r.type.value == "WORKS_AT"}
    assert jobs == {("Google", 2014, 2018), ("Microsoft", 2018, 2022)}
    studies = {(names[r.tail], r.start, r.end, r.degree) for r in doc.relations if r.type.value == "STUDIED_AT"}
    assert studies == {("Tsinghua University", 2010, 2014, "PhD")}


def test_preformatted_lines_are_unwrapped_like_plain_text_and_other_breaks_stay_spaces():
    _, text = html_text("<body><p>Source\nbreak</p><pre>" + WRAPPED + "\n\n2014-2018 <b>Google</b>\n</pre>"
                        "<div style='white-space: pre-wrap'>Experience\n2015 Lecturer</div>"
                        "<div style='white-space: normal'>not\npre</div><textarea>Line one\nLine two</textarea></body>")
    assert text.splitlines() == ["Source break", ONE_LINE, "2014-2018 Google", "Experience", "2015 Lecturer",
                                 "not pre", "Line one", "Line two"]


def test_a_year_after_a_wrapped_preposition_is_kept(nlp, tmp_path):
    path = tmp_path / "bio.md"
    path.write_text("Li Na received her PhD from the University of Toronto in\n2001 and then joined Google as a "
                    "research scientist.\n", encoding="utf-8")
    (article,) = read_articles([path])
    (doc,) = extract_documents([article], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    studies = {(names[r.head], names[r.tail], r.end, r.degree) for r in doc.relations if r.type.value == "STUDIED_AT"}
    assert studies == {("Li Na", "University of Toronto", 2001, "PhD")}
