"""How the fresh acknowledgement probes are scored (see test_funding_fresh2_probe.py's docstring): expected
(funder spec, award) pairs matched one-to-one to the pairs found, funders matched by name, awards judged per
matched funder."""

from __future__ import annotations

import re

import pytest

from tests.unit.test_funding_probe import funding


def _norm(s: str) -> str:
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s.casefold())
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def _alts(spec: str) -> set[str]:
    return {_norm(a) for a in spec.split("|")}


def _award_ok(expected: str | None, found: str | None) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    return _norm(found) in _alts(expected)


def _assign(left: list, right: list, ok) -> dict[int, int]:
    """Maximum one-to-one matching {left index: right index} of the pairs ok(l, r) allows (augmenting paths)."""
    match_r: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, r in enumerate(right):
            if j not in seen and ok(left[i], r):
                seen.add(j)
                if j not in match_r or augment(match_r[j], seen):
                    match_r[j] = i
                    return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return {i: j for j, i in match_r.items()}


def score_case(expected: list[tuple[str, str | None]], got: set[tuple[str, str | None]]) -> dict:
    """Pair and funder counts of one case, and the pairs missed and spurious."""
    found_pairs = sorted(got, key=lambda p: (p[0], p[1] or ""))
    pairs = _assign(expected, found_pairs, lambda e, f: _norm(f[0]) in _alts(e[0]) and _award_ok(e[1], f[1]))
    all_names = set().union(*(_alts(e[0]) for e in expected)) if expected else set()
    spurious = [f for j, f in enumerate(found_pairs) if j not in pairs.values()
                and not (f[1] is None and _norm(f[0]) in all_names)]
    missed = [e for i, e in enumerate(expected) if i not in pairs]
    funders = list(dict.fromkeys(e[0] for e in expected))
    names = sorted({f[0] for f in got})
    matched = _assign(funders, names, lambda spec, n: _norm(n) in _alts(spec))
    funder_fp = [n for n in names if _norm(n) not in all_names]
    award_ok = sum(1 for i in matched
                   if not any(e[0] == funders[i] for e in missed)
                   and not any(_norm(f[0]) in _alts(funders[i]) for f in spurious))
    return {"tp": len(pairs), "fp": len(spurious), "fn": len(missed), "missed": missed, "spurious": spurious,
            "ftp": len(matched), "ffp": len(funder_fp), "ffn": len(funders) - len(matched), "award_ok": award_ok,
            "right": not missed and not spurious and not funder_fp}


def probe_scores(nlp, cases: list[tuple[str, str, list[tuple[str, str | None]]]]) -> dict:
    """Totals over a probe's cases: cases right, pair tp/fp/fn, funder tp/fp/fn and F1, award accuracy."""
    total = {"right": 0, "tp": 0, "fp": 0, "fn": 0, "ftp": 0, "ffp": 0, "ffn": 0, "award_ok": 0}
    for _, text, expected in cases:
        s = score_case(expected, funding(nlp, text))
        for k in total:
            total[k] += int(s[k])
    p = total["ftp"] / max(1, total["ftp"] + total["ffp"])
    r = total["ftp"] / max(1, total["ftp"] + total["ffn"])
    total["funder_f1"] = round(2 * p * r / max(1e-9, p + r), 3)
    total["award_acc"] = round(total["award_ok"] / max(1, total["ftp"]), 3)
    return total


def check_case(nlp, cases: list[tuple[str, str, list[tuple[str, str | None]]]], xfail: dict[str, str], name: str,
               request) -> None:
    """One probe case right in full, or a strict xfail with the reason the probe gives."""
    if name in xfail:
        request.applymarker(pytest.mark.xfail(reason=xfail[name], strict=True))
    _, text, expected = next(c for c in cases if c[0] == name)
    s = score_case(expected, funding(nlp, text))
    assert s["right"], (s["missed"], s["spurious"])
