#!/usr/bin/env python3
"""Writes the soak's read paths and write names from gen.py's data (standard library only, deterministic).

  soak/paths.py DATA OUT_DIR

OUT_DIR/reads.txt: GET paths, shuffled, about 40,000 distinct ones, so that a 10-minute soak at full speed
requests each a dozen times: enough variety for the response cache to fill (and evict), for Hibernate, H2 and
the JIT to see every query shape, and for the metrics to see every route and status:
  - every article by slug (some with include=quotes or fields=...), every 3rd person, entity and source by slug;
  - article lists filtered by person, entity, source, section, tag, language, date windows and limits (distinct
    query strings), quotes by person, relation lists (/v1/people/{slug}/articles ...), catalog searches (q=);
  - 404s on known routes (missing slugs) and on unknown routes (/v1/nowhere/<n>): a raw path must not become a
    metric tag; 400s (bad limit values, unknown sort).
OUT_DIR/people.txt, entities.txt: slugs the write workload names and patches (write.lua).
"""
import json
import os
import random
import sys
import urllib.parse

data, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = random.Random(11)

articles, people, entities, sources, sections, tags = [], [], [], [], set(), set()
with open(data, encoding="utf-8") as f:
    for line in f:
        head = line[:30]
        if '"type":"quote"' in head:
            continue
        d = json.loads(line)
        t, body = d["type"], d["data"]
        if t == "article":
            articles.append(body["slug"])
            if body.get("section"):
                sections.add(body["section"])
            tags.update(body.get("tags", []))
        elif t == "person":
            people.append(body["slug"])
        elif t == "entity":
            entities.append(body["slug"])
        elif t == "source":
            sources.append(body["slug"])
sections, tags = sorted(sections), sorted(tags)


def q(**params):
    return urllib.parse.urlencode(params)


paths = []
paths += ["/v1/articles/" + s for s in articles]
paths += ["/v1/articles/" + s + "?include=quotes" for s in articles[::5]]
paths += ["/v1/articles/" + s + "?fields=headline,slug,publishedAt" for s in articles[1::7]]
paths += ["/v1/articles/" + s + "/quotes" for s in articles[2::9]]
paths += ["/v1/people/" + s for s in people[::3]]
paths += ["/v1/entities/" + s for s in entities[::3]]
paths += ["/v1/sources/" + s for s in sources]
paths += ["/v1/articles?" + q(person=p) for p in people[:3000]]
paths += ["/v1/articles?" + q(person=p, include="people,entities") for p in people[:300]]
paths += ["/v1/articles?" + q(entity=e, limit=rng.randint(5, 50)) for e in entities[:2000]]
paths += ["/v1/articles?" + q(source=s) for s in sources]
paths += ["/v1/articles?" + q(section=s, limit=n) for s in sections for n in range(1, 101)]
paths += ["/v1/articles?" + q(tag=t) for t in tags]
paths += ["/v1/articles?" + q(language="en", limit=n) for n in range(1, 101)]
days = [f"{y}-{m:02d}-{d:02d}T00:00:00Z" for y in (2023, 2024, 2025) for m in range(1, 13) for d in (1, 8, 15, 22)]
paths += ["/v1/articles?" + q(publishedAfter=a, publishedBefore=b) for a, b in zip(days, days[3:])]
paths += ["/v1/quotes?" + q(person=p) for p in people[:1000]]
paths += ["/v1/people/" + p + "/articles" for p in people[:1000]]
paths += ["/v1/people/" + p + "/quotes" for p in people[1000:1500]]
paths += ["/v1/entities/" + e + "/articles" for e in entities[:1000]]
paths += ["/v1/sources/" + s + "/articles" for s in sources]
paths += ["/v1/people?" + q(q=p[:3]) for p in people[:2000:4]]
paths += ["/v1/entities?" + q(q=e[:3]) for e in entities[:1000:4]]
paths += ["/v1/articles", "/v1/people", "/v1/entities", "/v1/sources", "/v1/quotes"] * 200
paths += [f"/v1/articles/missing-article-{i}" for i in range(2000)]
paths += [f"/v1/people/nobody-{i}" for i in range(1000)]
paths += [f"/v1/nowhere/{i}" for i in range(1000)]
paths += [f"/v1/articles?limit=x{i}" for i in range(500)]
paths += [f"/v1/articles?sort=sideways{i}" for i in range(500)]
rng.shuffle(paths)
with open(os.path.join(out, "reads.txt"), "w") as f:
    f.write("\n".join(paths) + "\n")
with open(os.path.join(out, "people.txt"), "w") as f:
    f.write("\n".join(people[:2000]) + "\n")
with open(os.path.join(out, "entities.txt"), "w") as f:
    f.write("\n".join(entities[:1000]) + "\n")
print(f"soak paths: {len(paths)} reads ({len(set(paths))} distinct), {min(len(people), 2000)} people to patch",
      file=sys.stderr)
