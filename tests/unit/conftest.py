"""Fixtures shared by the unit tests of the text pipeline."""

from __future__ import annotations

import pytest

from extractors.pipeline import cached_nlp
from kg.settings import get_settings


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline with our components, loaded once for the whole run."""
    return cached_nlp(get_settings().spacy_model)
