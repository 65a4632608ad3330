"""The spaCy models run their matrix products on numpy's BLAS, one thread, unless KG_SPACY_BLAS=blis."""

from __future__ import annotations

from thinc.api import get_current_ops
from threadpoolctl import threadpool_info

from extractors.pipeline import _model_ops


def test_sourced_models_are_built_on_numpy_blas(nlp):
    # The layers that multiply matrices: the embeddings' maxout, the tagger's softmax, the parsers' features.
    products = [layer for name in ("tok2vec", "tagger", "parser", "ner") for layer in nlp.get_pipe(name).model.walk()
                if layer.name in ("maxout", "softmax", "precomputable_affine")]
    assert len(products) >= 12
    assert all(layer.ops.use_blis is False for layer in products)


def test_numpy_blas_runs_one_thread():
    with _model_ops("numpy"):
        assert get_current_ops().use_blis is False
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_blis_can_be_asked_for():
    with _model_ops("blis"):
        assert getattr(get_current_ops(), "use_blis", True) is True
