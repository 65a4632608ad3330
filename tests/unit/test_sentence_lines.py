"""A sentence on a line of its own is read as that sentence, whatever markup or line sits around it.

spaCy's small model loses the name after a Markdown bullet ("- Qian Lei joined ...") and, after a line
break, the parser cut "Zhao | Min joined ..." so NER could not tag the name across the cut.
"""

from __future__ import annotations

import pytest

from extractors.articles import read_articles
from extractors.pipeline import extract_documents

SENTENCE = "Zhao Min joined the University of Toronto in 2009."


def _facts(nlp, tmp_path, text: str) -> set[tuple]:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    (article,) = read_articles([path])
    (doc,) = extract_documents([article], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(r.type.value, names[r.head], names[r.tail], r.start, r.end) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "- Qian Lei joined Peking University in 2019.\n",
    "* Qian Lei joined Peking University in 2019.\n",
    ("# News\n\n- Qian Lei joined Peking University in 2019.\n- Wu Fang received her PhD from Tsinghua "
     "University in 2012.\n"),
])
def test_a_bullet_that_is_a_sentence_is_read_as_that_sentence(nlp, tmp_path, text):
    assert ("WORKS_AT", "Qian Lei", "Peking University", 2019, None) in _facts(nlp, tmp_path, text)


def test_each_bullet_names_its_own_person(nlp, tmp_path):
    facts = _facts(nlp, tmp_path, "- Qian Lei joined Google in 2019.\n- Wu Fang received her PhD from Tsinghua "
                                  "University in 2012.\n")
    assert facts == {("WORKS_AT", "Qian Lei", "Google", 2019, None),
                     ("STUDIED_AT", "Wu Fang", "Tsinghua University", None, 2012)}


@pytest.mark.parametrize("above", ["email: zm@example.org", "# Zhao Min", "Zhao Min\nemail: zm@example.org\n"])
def test_a_short_line_above_does_not_hide_the_sentence(nlp, tmp_path, above):
    facts = _facts(nlp, tmp_path, f"{above}\n{SENTENCE}\n")
    assert ("WORKS_AT", "Zhao Min", "University of Toronto", 2009, None) in facts


def test_a_line_is_not_cut_after_its_first_word(nlp):
    doc = nlp("email: zm@example.org\n" + SENTENCE)
    assert [s.text.strip() for s in doc.sents] == ["email: zm@example.org", SENTENCE]
