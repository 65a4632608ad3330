"""What a paper load has already written of each organisation, so a batch sends only what is new.

Popular organisations appear in every batch of a large load (Google, Tsinghua: every 1,000
papers), each time with the aliases, countries and parents of that batch. `merge_organizations`
keeps the first name, ROR id, country, type and kind, the last `resolved`, and the union of the
rest, so a row that brings nothing the run has not sent changes nothing: it is dropped, and a row
that brings something keeps only its new aliases, countries and parents. Like the loader's person
bookkeeping this lives in the read-ahead thread alone; batches are written in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.search_text import folded_forms

_FIRST_WINS = ("ror", "country", "type", "kind")


@dataclass(slots=True)
class _Sent:
    parts: set[int] = field(default_factory=set)  # hashes of the aliases, country codes and parent ids sent
    filled: set[str] = field(default_factory=set)  # first-wins fields sent with a value (name: a real name)
    resolved: bool | None = None


class OrgNews:
    def __init__(self) -> None:
        self._sent: dict[str, _Sent] = {}

    def news(self, rows: list[dict]) -> list[dict]:
        """The organisation rows of a batch that can change the graph, trimmed to what is new."""
        out = []
        for row in rows:
            sent = self._sent.get(row["id"])
            if sent is None:
                sent = self._sent[row["id"]] = _Sent()
                self._note(sent, row)
                out.append(row)
                continue
            aliases = [a for a in row["aliases"] if hash(("alias", a)) not in sent.parts]
            countries = [c for c in row["countries"] if hash(("country", c["code"])) not in sent.parts]
            parents = [p for p in row["parents"] if hash(("parent", p["id"])) not in sent.parts]
            fills = [name for name in _FIRST_WINS if row[name] is not None and name not in sent.filled]
            if row["name"] != row["id"] and "name" not in sent.filled:
                fills.append("name")
            if not (aliases or countries or parents or fills) \
                    and (row["resolved"] is None or row["resolved"] == sent.resolved):
                continue
            # the folded spellings are those of the aliases still sent: the graph has the others
            trimmed = {**row, "aliases": aliases, "countries": countries, "parents": parents,
                       "folded": folded_forms(aliases)}
            self._note(sent, trimmed)
            out.append(trimmed)
        return out

    @staticmethod
    def _note(sent: _Sent, row: dict) -> None:
        sent.parts.update(hash(("alias", a)) for a in row["aliases"])
        sent.parts.update(hash(("country", c["code"])) for c in row["countries"])
        sent.parts.update(hash(("parent", p["id"])) for p in row["parents"])
        sent.filled.update(name for name in _FIRST_WINS if row[name] is not None)
        if row["name"] != row["id"]:
            sent.filled.add("name")
        if row["resolved"] is not None:
            sent.resolved = row["resolved"]
