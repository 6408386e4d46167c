"""Why each gold record of one evaluation set was missed, and which system
records match nothing, using score.py's own matching functions.

    npm run corpus -- --keep /tmp/sets
    python3 scripts/failures.py /tmp/sets/training [--events|--figures]

For the training split and the older sets only: the test split's individual
errors are not read while writing rules (eval/corpus/README.md), nor those of
the held-out battery (eval/battery/README.md). With --tally, any split is given as totals only: how
many gold records were missed for which first reason, and how many system
records match nothing."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score as S  # noqa: E402

folder = sys.argv[1]
only = set(a.strip("-") for a in sys.argv[2:])
tally = "tally" in only
only.discard("tally")
if os.path.basename(os.path.normpath(folder)) in ("test", "battery held-out") and not tally:
    sys.exit("failures.py: the test split is scored as totals only (use --tally)")
gold = S.load_json(os.path.join(folder, "gold.json"))
data = S.load_json(os.path.join(folder, "export.json"))
system = S.System(data, None)
ents = gold.get("entities", [])
names = {e["id"]: e.get("name") for e in data.get("entities", [])}


def window_map(recs):
    out = {}
    for g in recs:
        for d in system.docs.values():
            if d["base"] == g["doc"]:
                out[g["id"]] = S.quote_windows(d, g["quote"])
    return out


def why_event(g, s):
    if not S.same_kind(g, s):
        return f"type {s.get('type')}/{s.get('cameo')}"
    miss = []
    sys_names = [system.names(a) for a in (s.get("actors") or [])] + [system.names(s.get("host")), system.names(s.get("place"))]
    for actor in g.get("actors", []):
        if not any(S.gold_names(ents, actor) & n for n in sys_names):
            miss.append(f"actor {actor}")
    if g.get("when") is not None and not S.overlaps(S.interval(g["when"]), S.interval(s.get("when"))):
        miss.append(f"when {s.get('when')}")
    if (s.get("status") or "occurred") != g.get("status", "occurred"):
        miss.append(f"status {s.get('status')}")
    return "; ".join(miss) or "ok"


def why_figure(g, s):
    miss = []
    if s.get("indicator") != g["indicator"]:
        miss.append(f"indicator {s.get('indicator')}")
    try:
        if abs(float(s.get("value")) - float(g["value"])) > 0.005 * max(abs(float(g["value"])), 1e-9):
            miss.append(f"value {s.get('value')}")
    except (TypeError, ValueError):
        miss.append("value")
    if (s.get("bound") or "exact") != g.get("bound", "exact"):
        miss.append(f"bound {s.get('bound')}")
    if g.get("period") is not None and not S.overlaps(S.interval(g["period"]), S.interval(s.get("period"))):
        miss.append(f"period {s.get('period')}")
    parties = [system.names(s.get("subject")), system.names(s.get("counterpart"))]
    for who in (g.get("subject"), g.get("counterpart")):
        if who and not any(S.gold_names(ents, who) & p for p in parties):
            miss.append(f"party {who} (sys {names.get(s.get('subject'))}/{names.get(s.get('counterpart'))})")
    return "; ".join(miss) or "ok"


def text_of(s):
    d = system.docs.get(str(s.get("doc")))
    sp = S.span_of(s)
    return d["text"][sp[0]:sp[1]].replace("\n", " ")[:160] if d and sp else ""


def report(kind, gold_recs, sys_recs, pred, why):
    windows = window_map(gold_recs)
    pairs, loose = S.match_all(gold_recs, sys_recs, lambda g, s: pred(g, s, system, ents, windows))
    print(f"== {kind}: missed required")
    for g in S.required(gold_recs):
        if g["id"] in pairs:
            continue
        print(f"- {g['id']} {g['doc']} {g.get('type') or g.get('indicator')} when={g.get('when') or g.get('period')} "
              f"status={g.get('status', '')} actors={g.get('actors') or [g.get('subject'), g.get('counterpart')]} value={g.get('value', '')}")
        print(f"    gold: {g['quote'][:160]}")
        near = [s for s in sys_recs if system.doc_base(s.get("doc")) == g["doc"] and S.in_windows(S.span_of(s), windows.get(g["id"]))]
        for s in near:
            print(f"    sys {s.get('type') or s.get('indicator')}: {why(g, s)}  actors={[names.get(a) for a in s.get('actors') or []]}")
        if not near:
            print("    sys: nothing in that sentence")
    print(f"== {kind}: system records matching nothing")
    for i, s in enumerate(sys_recs):
        if i not in loose:
            print(f"- {system.doc_base(s.get('doc'))} {s.get('type') or s.get('indicator')} {s.get('when') or s.get('period')} "
                  f"{s.get('status', '')} value={s.get('value', '')}: {text_of(s)}")


def reason(g, near, why):
    """The first reason of the nearest system record: nothing, type, actor, when or status."""
    if not near:
        return "nothing in that sentence"
    whys = [why(g, s) for s in near]
    best = min(whys, key=lambda w: (w.count(";"), w))
    return best.split(";")[0].split(" ")[0]


def count(kind, gold_recs, sys_recs, pred, why):
    windows = window_map(gold_recs)
    pairs, loose = S.match_all(gold_recs, sys_recs, lambda g, s: pred(g, s, system, ents, windows))
    reasons = {}
    for g in S.required(gold_recs):
        if g["id"] in pairs:
            continue
        near = [s for s in sys_recs if system.doc_base(s.get("doc")) == g["doc"] and S.in_windows(S.span_of(s), windows.get(g["id"]))]
        r = reason(g, near, why)
        reasons[r] = reasons.get(r, 0) + 1
    print(f"== {kind}: {len(S.required(gold_recs))} required, {len(pairs)} matched; missed by first reason:")
    for r, n in sorted(reasons.items(), key=lambda x: -x[1]):
        print(f"   {n:4d} {r}")
    print(f"   system records matching nothing: {len(sys_recs) - len(loose)} of {len(sys_recs)}")
    # Of those, how many lie where the gold has a record (a second reading or a wrong one)
    # and how many where it has none (an event the gold does not count, or none at all).
    by_doc = {}
    for g in gold_recs:
        by_doc.setdefault(g["doc"], []).append(windows.get(g["id"]))
    beside = sum(1 for i, s in enumerate(sys_recs) if i not in loose
                 and any(S.in_windows(S.span_of(s), w) for w in by_doc.get(system.doc_base(s.get("doc")), [])))
    print(f"     {beside} in a sentence the gold has a record for, {len(sys_recs) - len(loose) - beside} in one it has none for")


if tally:
    for k, recs, srecs, pred, why in (("events", gold.get("events", []), system.events, S.event_matches, why_event),
                                      ("figures", gold.get("indicators", []), system.indicators, S.indicator_matches, why_figure)):
        if not only or k in only:
            count(k, recs, srecs, pred, why)
    sys.exit(0)

if not only or "events" in only:
    report("events", gold.get("events", []), system.events, S.event_matches, why_event)
if not only or "figures" in only:
    report("figures", gold.get("indicators", []), system.indicators, S.indicator_matches, why_figure)
