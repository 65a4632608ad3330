"""The spaCy models' layers multiply on numpy's BLAS, one thread, unless KG_SPACY_BLAS=blis."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_info

from extractors.pipeline import build_nlp
from kg.settings import Settings, get_settings

_PRODUCTS = ("maxout", "softmax", "precomputable_affine")  # the layers that multiply matrices


def _products(nlp) -> list:
    return [layer for name in ("tok2vec", "tagger", "parser", "ner") for layer in nlp.get_pipe(name).model.walk()
            if layer.name in _PRODUCTS]


def test_sourced_models_are_built_on_numpy_blas_with_one_thread(nlp):
    if get_settings().spacy_blas != "numpy":
        pytest.skip("KG_SPACY_BLAS is set to blis here")
    products = _products(nlp)
    assert {layer.name for layer in products} == set(_PRODUCTS)
    assert all(layer.ops.use_blis is False for layer in products)
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)  # numpy's OpenBLAS, limited by build_nlp


def test_blis_can_be_asked_for():
    products = _products(build_nlp(Settings(spacy_blas="blis")))
    assert products and all(layer.ops.use_blis is True for layer in products)
