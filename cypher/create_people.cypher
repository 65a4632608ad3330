// create_people: Person nodes the loader knows are new (not in the graph before this load, first seen in this batch).
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, names (list), orcid, openalex, openreview, email_domains (list),
//                     folded (list, optional: the names folded to ASCII where that differs, kg.search_text)}
// returns: elements
// What merge_people sets on create, without its lookup and update steps: half the cost of a person
// row. A person someone else created meanwhile fails the id constraint, and the loader then writes the
// batch through merge_people instead. `aliases_text` is what searches match: raw and folded forms.
UNWIND $rows AS r
CREATE (p:Person {id: r.id, name: r.name, orcid: r.orcid, openalex: r.openalex, openreview: r.openreview,
                  aliases: r.names, email_domains: r.email_domains,
                  aliases_text: reduce(s = '', n IN r.names + coalesce(r.folded, []) | s + ' ' + n)})
// [id, elementId] per row, for the relationship statements later in this transaction.
RETURN collect([r.id, elementId(p)]) AS elements
