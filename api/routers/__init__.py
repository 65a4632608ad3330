"""One router per resource: health, people, orgs, paths, flows, questions, ingest."""
