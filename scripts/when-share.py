"""The share of events whose time is right, by score.py's own matching.

    python3 scripts/when-share.py DIR    (DIR holds gold.json and export.json)

score.py finds a gold event when a system event of the same document agrees
on type, sentence, actors, time and status. Here the gold events that carry
a `when` are matched twice with score.py's functions: once with the time
rule left out (the event is found otherwise), once with every rule. The
share is the second count over the first: of the events Dyad finds, how
many it places in time right. Prints one JSON object. Totals only, so it
may run on the test split."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score as S  # noqa: E402

folder = sys.argv[1]
gold = S.load_json(os.path.join(folder, "gold.json"))
system = S.System(S.load_json(os.path.join(folder, "export.json")), None)
ents = gold.get("entities", [])
by_base = {d["base"]: d for d in system.docs.values()}
timed = [g for g in S.required(gold.get("events", [])) if g.get("when") is not None]
windows = {g["id"]: S.quote_windows(by_base[g["doc"]], g["quote"]) if g["doc"] in by_base else [] for g in timed}


def found(recs):
    pairs, _ = S.match_all(recs, system.events, lambda g, s: S.event_matches(g, s, system, ents, windows))
    return set(pairs)


otherwise = found([{**g, "when": None} for g in timed])
right = found(timed) & otherwise
print(json.dumps({"gold_timed": len(timed), "found": len(otherwise), "right": len(right),
                  "share": round(len(right) / len(otherwise), 3) if otherwise else None}))
