"""Validate events-extra.jsonl: parse, verbatim evidence, codes, types, modality, location."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST",
         "ACCUSE","REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"}
MODALITY = {"asserted","future","hypothetical","negated","historical"}
SECTORS = {None,"GOV","MIL","COP","JUD","LEG","PTY","OPP","REB","CVL","BUS","MED","NGO","LAB","EDU","REL","IGO"}
PREC = {"point","admin1","country"}
errors = 0; n_art = 0; req = 0; opt = 0
def err(*a):
    global errors; errors += 1; print("ERROR", *a)
for ln, line in enumerate(open(os.path.join(HERE, "events-extra.jsonl"), encoding="utf-8"), 1):
    try: d = json.loads(line)
    except Exception as e: err(ln, "parse", e); continue
    n_art += 1
    if list(d) != ["id","file","date","events"]: err(ln, "keys", list(d))
    path = os.path.join(HERE, d["file"])
    text = open(path, encoding="utf-8").read()
    m = re.match(r" date (\d{4}-\d\d-\d\d) .+\n\n", text)
    if not m or m.group(1) != d["date"]: err(ln, "header/date", d["id"])
    if d["file"] != f"articles/{d['id']}.txt": err(ln, "file name", d["file"])
    for e in d["events"]:
        if e["type"] not in TYPES: err(d["id"], "type", e["type"])
        if e["modality"] not in MODALITY: err(d["id"], "modality", e["modality"])
        if not isinstance(e["optional"], bool): err(d["id"], "optional")
        if e["evidence"] not in text: err(d["id"], "evidence not verbatim", e["evidence"][:60])
        if not e["actor"]: err(d["id"], "no actor")
        for side in ("actor","recipient"):
            for a in e[side]:
                if not a["code"] or a["code"] != a["code"].upper(): err(d["id"], "code", a["code"])
                if a.get("sector") not in SECTORS: err(d["id"], "sector", a.get("sector"))
                if not a.get("text"): err(d["id"], "entity text missing")
        loc = e.get("location", "MISSING")
        if loc == "MISSING": err(d["id"], "location key missing")
        elif loc is not None:
            if set(loc) != {"text","name","country","admin1","lat","lon","precision"}: err(d["id"], "loc keys")
            if loc["precision"] not in PREC: err(d["id"], "precision")
            if loc["country"] != loc["country"].upper() or len(loc["country"]) != 3: err(d["id"], "loc country")
            if loc["precision"] == "point" and (loc["lat"] is None or loc["lon"] is None): err(d["id"], "point without coords")
            if loc["text"] not in text: err(d["id"], "loc text not in article", loc["text"])
        if e["optional"]: opt += 1
        else: req += 1
print(f"articles={n_art} required={req} optional={opt} errors={errors}")
sys.exit(1 if errors else 0)
