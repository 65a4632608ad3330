"""Every caller's transactions get the same bounded, logged retry (kg.store), with a real driver on a
Bolt port where nothing listens: under a time limit, a graph that is down is reported, not waited on
for the driver's 30 s."""

from __future__ import annotations

import logging

import pytest
from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors

from kg.errors import GraphError, GraphUnavailable
from kg.settings import Settings
from kg.store import (
    CONNECTION_RETRY_SECONDS,
    TRANSIENT_RETRY_SECONDS,
    Store,
    graph_errors,
    retry_budget,
    run_rows,
)
from tests.api_server import free_port


@pytest.fixture
def down(tmp_path):
    url = f"bolt://127.0.0.1:{free_port()}"  # closed again: connections are refused
    driver = GraphDatabase.driver(url, auth=("neo4j", "not-logged"), connection_timeout=2)
    store = Store(driver=driver, url=url, database=None, backend="neo4j", agent="",
                  settings=Settings(graph_url=url, data_dir=tmp_path))
    yield store
    driver.close()


@pytest.mark.parametrize("read", [True, False])
def test_a_graph_that_is_down_is_retried_then_unavailable(down, caplog, read):
    run = down.read if read else down.write
    with caplog.at_level(logging.WARNING, logger="kg.store"), pytest.raises(GraphUnavailable, match="cannot reach"):
        run(lambda tx: run_rows(tx, "RETURN 1 AS one", {}), timeout=5.0)
    retries = [r.getMessage() for r in caplog.records if r.name == "kg.store"]
    assert retries and all("ServiceUnavailable; trying again" in m and down.url in m for m in retries)
    assert retries[0].endswith("(retry 1)")
    assert not any("not-logged" in m for m in retries)


def test_before_retry_runs_after_each_failed_try_that_is_tried_again(down, caplog):
    def attempt():
        with down.driver.session() as session:  # an auto-commit query, as the API's endpoints run them
            return session.run("RETURN 1 AS one").data()

    dropped = []
    with caplog.at_level(logging.WARNING, logger="kg.store"), pytest.raises(GraphUnavailable):
        down.retried(attempt, timeout=5.0, before_retry=lambda: dropped.append(1))
    assert len(dropped) == len([r for r in caplog.records if r.name == "kg.store"]) > 0


def test_under_a_limit_a_lost_connection_is_retried_briefly_without_one_as_long_as_the_driver():
    lost = neo4j_errors.ServiceUnavailable("gone")
    assert retry_budget(lost, 5.0) == CONNECTION_RETRY_SECONDS
    assert retry_budget(neo4j_errors.SessionExpired("gone"), 0.3) == 0.3
    assert retry_budget(neo4j_errors.TransientError(), 5.0) == 5.0
    assert retry_budget(neo4j_errors.TransientError(), None) == TRANSIENT_RETRY_SECONDS
    assert retry_budget(lost, None) == TRANSIENT_RETRY_SECONDS  # a long load outlives a server restart


def test_a_commit_lost_on_the_way_is_said_to_be_unknown_not_unreachable():
    with pytest.raises(GraphError, match="may or may not have been saved") as caught:
        with graph_errors("bolt://kg:secret@127.0.0.1:7687"):
            raise neo4j_errors.IncompleteCommit("connection lost during commit")
    assert "secret" not in str(caught.value)
