"""Merge the annotation parts of the development corpus (eval/corpus/parts:
one gold, recipe and second-annotator check per helper) into
eval/corpus/gold.json, recipe.json and revisions.json.

    python3 scripts/corpus-merge.py

Entities of the same canonical name are one entity across parts (aliases and
titles united). Every change a second annotator or a third reading made is
listed in revisions.json with its part; gold is never edited to match
Dyad's output."""
import glob
import json
import os
import sys

here = os.path.join(os.path.dirname(__file__), "..", "eval", "corpus")
parts = sorted(glob.glob(os.path.join(here, "parts", "*.gold.json")))
if not parts:
    sys.exit("corpus-merge: no parts in eval/corpus/parts")

gold = {"corpus": "Dyad development corpus: real English news excerpts (search corpus 'pages'), annotated blind",
        "documents": {}, "entities": [], "events": [], "indicators": [], "conflicts": [], "changes_over_time": [], "notes": []}
by_name = {}
recipe = []
revisions = []
for path in parts:
    part = os.path.basename(path).split(".")[0]
    g = json.load(open(path, encoding="utf-8"))
    for name, doc in g.get("documents", {}).items():
        if name in gold["documents"]:
            sys.exit(f"corpus-merge: {name} is in two parts")
        gold["documents"][name] = doc
    for e in g.get("entities", []):
        key = e["name"]
        if key not in by_name:
            by_name[key] = {**e, "aliases": list(e.get("aliases", [])), "titles": list(e.get("titles", []))}
            gold["entities"].append(by_name[key])
        else:
            known = by_name[key]
            for field in ("aliases", "titles"):
                known[field] += [a for a in e.get(field, []) if a not in known[field]]
    for field in ("events", "indicators", "conflicts", "changes_over_time"):
        gold[field] += g.get(field, [])
    gold["notes"] += [f"[{part}] {n}" for n in g.get("notes", [])]
    r = os.path.join(here, "parts", f"{part}.recipe.json")
    if os.path.exists(r):
        recipe += json.load(open(r, encoding="utf-8"))
    for kind in ("check", "third"):
        c = os.path.join(here, "parts", f"{part}.{kind}.json")
        if os.path.exists(c):
            for change in json.load(open(c, encoding="utf-8")):
                revisions.append({"part": part, "by": "second annotator" if kind == "check" else "third reading", **change})

ids = [r["id"] for r in gold["events"] + gold["indicators"]]
dupes = {i for i in ids if ids.count(i) > 1}
if dupes:
    sys.exit(f"corpus-merge: duplicate record ids {sorted(dupes)[:5]}")
files = {r["file"] for r in recipe}
missing = set(gold["documents"]) - files
if missing:
    sys.exit(f"corpus-merge: documents without a recipe entry: {sorted(missing)}")

for name, data in (("gold.json", gold), ("recipe.json", recipe), ("revisions.json", revisions)):
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
pairs = {"-".join(sorted(r["pair"])) for r in recipe}
print(f"{len(gold['documents'])} documents, {len(pairs)} pairs, {len(gold['events'])} events "
      f"({sum(1 for e in gold['events'] if not e.get('optional'))} required), {len(gold['indicators'])} figures "
      f"({sum(1 for i in gold['indicators'] if not i.get('optional'))} required), {len(revisions)} revisions")
