"""A load sends each organisation's row once, then only what a later batch adds (kg/org_news.py)."""

from __future__ import annotations

from kg.org_news import OrgNews


def org(oid: str = "org:acme", **fields) -> dict:
    row = {"id": oid, "name": "Acme", "ror": None, "country": None, "countries": [], "type": None, "kind": None,
           "resolved": False, "aliases": ["Acme"], "folded": [], "parents": []}
    return row | fields


def test_a_repeated_row_is_dropped():
    news = OrgNews()
    assert news.news([org()]) == [org()]
    assert news.news([org()]) == []


def test_a_later_row_keeps_only_its_new_aliases_countries_and_parents():
    news = OrgNews()
    news.news([org(countries=[{"code": "US", "name": "United States"}])])
    later = org(aliases=["Acme", "Acme Labs"], countries=[{"code": "US", "name": "United States"},
                                                           {"code": "GB", "name": "United Kingdom"}],
                parents=[{"id": "org:acme-holdings", "name": None}])
    (sent,) = news.news([later])
    assert sent["aliases"] == ["Acme Labs"]
    assert sent["countries"] == [{"code": "GB", "name": "United Kingdom"}]
    assert sent["parents"] == [{"id": "org:acme-holdings", "name": None}]
    assert news.news([later]) == []


def test_a_first_value_for_a_first_wins_field_is_sent():
    news = OrgNews()
    news.news([org(name="org:acme")])  # known by id only so far
    assert news.news([org(name="org:acme", ror="05abcde12")]) != []  # the first ROR id the run has
    assert news.news([org(name="org:acme", ror="05abcde12")]) == []
    assert news.news([org()]) != []  # the first real name
    assert news.news([org(ror="0other999")]) == []  # a later ROR id changes nothing: the first one stays


def test_a_changed_resolved_flag_is_sent_and_none_changes_nothing():
    news = OrgNews()
    news.news([org(resolved=False)])
    assert news.news([org(resolved=None)]) == []
    assert news.news([org(resolved=True)]) != []
    assert news.news([org(resolved=True)]) == []


def test_organisations_are_kept_apart():
    news = OrgNews()
    news.news([org()])
    assert news.news([org("org:other")]) == [org("org:other")]


def test_a_later_row_folds_only_its_new_aliases():
    news = OrgNews()
    news.news([org(aliases=["Université Paris-Saclay"], folded=["universite paris-saclay"])])
    later = org(aliases=["Université Paris-Saclay", "École Polytechnique"],
                folded=["universite paris-saclay", "ecole polytechnique"])
    (sent,) = news.news([later])
    assert sent["aliases"] == ["École Polytechnique"] and sent["folded"] == ["ecole polytechnique"]
