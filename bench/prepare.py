#!/usr/bin/env python3
"""Builds the read workloads from the generator's manifest, against a running Lede (loopback only).

For each workload it writes WORK/paths/<name>.txt (the Lede paths wrk requests) and, for the nginx
baseline, stores the exact response bytes Lede gave for each path under WORK/static/<name>/<i>.json and
lists those files in WORK/paths/<name>.nginx.txt. Deep pagination walks nextCursor from page 1 to the
requested page and keeps the cursors of the last pages, so wrk asks for page ~500 directly.

To add a workload: add an entry to WORKLOADS below (name -> list of paths) and to the list in run.sh.
"""
import json
import os
import random
import sys
import urllib.parse
import urllib.request

base, manifest_file, work = sys.argv[1], sys.argv[2], sys.argv[3]
deep_page = int(os.environ.get("DEEP_PAGE", "500"))
m = json.load(open(manifest_file))
assert base.startswith("http://127.0.0.1:"), "loopback only"


def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return r.read()


def q(**params):
    return urllib.parse.urlencode(params)


WORKLOADS = {}
WORKLOADS["article"] = ["/v1/articles/" + s for s in m["articleSlugs"][:500]]
WORKLOADS["newest"] = ["/v1/articles"]
WORKLOADS["person-popular"] = ["/v1/articles?" + q(person=m["popularPerson"], include="people,entities")]
WORKLOADS["person-rare"] = ["/v1/articles?" + q(person=m["rarePerson"], include="people,entities")]
months = [f"{y}-{mo:02d}-01T00:00:00Z" for y in (2023, 2024, 2025) for mo in range(1, 13)] + ["2026-01-01T00:00:00Z"]
WORKLOADS["entity-range"] = ["/v1/articles?" + q(entity=m["popularEntity"], publishedAfter=a, publishedBefore=b)
                             for a, b in zip(months, months[2:])]

# Deep pagination: page 1 to deep_page by cursor.
path, cursors = "/v1/articles?" + q(limit=20), []
for page in range(1, deep_page + 1):
    body = json.loads(get(path))
    cursors.append(path)
    nxt = body["meta"].get("nextCursor")
    if not nxt:
        break
    path = "/v1/articles?" + q(limit=20, cursor=nxt)
WORKLOADS["deep-page"] = cursors[-10:]
print(f"deep pagination reached page {len(cursors)}", file=sys.stderr)

rng = random.Random(7)
mixed = (WORKLOADS["article"][:300] + WORKLOADS["newest"] * 100 + WORKLOADS["person-popular"] * 30
         + WORKLOADS["person-rare"] * 30 + WORKLOADS["entity-range"] + WORKLOADS["deep-page"] * 3)
rng.shuffle(mixed)
WORKLOADS["mixed"] = mixed

os.makedirs(os.path.join(work, "paths"), exist_ok=True)
cache = {}
for name, paths in WORKLOADS.items():
    os.makedirs(os.path.join(work, "static", name), exist_ok=True)
    statics = []
    for i, p in enumerate(paths):
        if p not in cache:
            data = get(p)
            rel = f"/{name}/{i}.json"
            with open(os.path.join(work, "static") + rel, "wb") as f:
                f.write(data)
            cache[p] = (rel, len(data))
        statics.append(cache[p][0])
    with open(os.path.join(work, "paths", name + ".txt"), "w") as f:
        f.write("\n".join(paths) + "\n")
    with open(os.path.join(work, "paths", name + ".nginx.txt"), "w") as f:
        f.write("\n".join(statics) + "\n")
    sizes = [cache[p][1] for p in paths]
    print(f"{name}: {len(paths)} paths, mean response {sum(sizes) // len(sizes)} bytes", file=sys.stderr)
    with open(os.path.join(work, "paths", name + ".bytes"), "w") as f:
        f.write(str(sum(sizes) // len(sizes)))
