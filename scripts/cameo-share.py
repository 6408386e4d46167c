"""Issue 15's own measure: CAMEO roots and who did it to whom, by score.py's
own matching.

    python3 scripts/cameo-share.py DIR    (DIR holds gold.json and export.json)

score.py pairs gold and system events (same type or same CAMEO root, same
sentence, actors, time, status); the gold events left are paired again with
the kind rule left out, so an event read at the right place but coded wrong
counts as found with the wrong root. Of the found gold events that give a
`cameo`, `root` counts those whose system event has the same CAMEO root
(the first two digits). Of those with the right root whose gold gives a
`source` or a `target`, `sides` counts those where every side the gold gives
is among the system event's source (or target) entities, by name or alias.
Prints one JSON object. Totals only, so it may run on the test split."""
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
events = gold.get("events", [])
windows = {g["id"]: S.quote_windows(by_base[g["doc"]], g["quote"]) if g["doc"] in by_base else [] for g in events}
match = lambda g, s: S.event_matches(g, s, system, ents, windows)  # noqa: E731
pairs, _ = S.match_all(events, system.events, match)
# The gold events found otherwise (same sentence, actors, time, status) under
# another kind: Dyad read the event there but coded it wrong.
rest = [s for i, s in enumerate(system.events) if i not in set(pairs.values())]
more, _ = S.match_all([g for g in events if g["id"] not in pairs], rest, lambda g, s: match({**g, "type": s.get("type")}, s))
found = {**{k: system.events[i] for k, i in pairs.items()}, **{k: rest[i] for k, i in more.items()}}
coded = [(g, found[g["id"]]) for g in events if g.get("cameo") and g["id"] in found]


def root(code):
    return str(code or "")[:2]


def side_right(g, s, side):
    wanted = g.get(side)
    if not wanted:
        return True
    names = S.gold_names(ents, wanted)
    return any(names & system.names(a) for a in (s.get(side) or []))


right_root = [(g, s) for g, s in coded if root(g["cameo"]) == root(s.get("cameo"))]
directed = [(g, s) for g, s in right_root if g.get("source") or g.get("target")]
sides = [(g, s) for g, s in directed if side_right(g, s, "source") and side_right(g, s, "target")]
share = lambda a, b: round(len(a) / len(b), 3) if b else None  # noqa: E731
print(json.dumps({"coded": len(coded), "root": len(right_root), "root_share": share(right_root, coded),
                  "directed": len(directed), "sides": len(sides), "sides_share": share(sides, directed)}))
