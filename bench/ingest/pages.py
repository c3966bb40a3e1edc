#!/usr/bin/env python3
"""Writes the request bodies of the ingest workload: one JSON body per line, from the labeled real pages.

Each line is a template with the token @N@ in its URL hint and after every occurrence of the page's headline;
bench/lua/ingest.lua puts a number there per request, so every request is a new page (same URL or same text
would be answered as a duplicate, a cheaper path) while staying the real page: same chrome, body, people,
entities and quotes. Usage: pages.py PAGES_DIR OUT (PAGES_DIR holds <name>.txt|.html with <name>.truth.json).
"""
import glob
import json
import os
import sys

pages_dir, out = sys.argv[1:3]
lines, skipped = [], []
for truth_file in sorted(glob.glob(os.path.join(pages_dir, "*.truth.json"))):
    name = truth_file[: -len(".truth.json")]
    headline = json.load(open(truth_file, encoding="utf-8"))["headline"]
    for ext, field in ((".txt", "text"), (".html", "html")):
        if os.path.exists(name + ext):
            page = open(name + ext, encoding="utf-8").read()
            break
    else:
        continue
    # The headline, and therefore the text fingerprint and the article's slug, differ per request. A page whose truth
    # has no headline, or whose headline is escaped in its HTML, cannot be varied that way: it is left out (a fixed
    # page would be a duplicate from its second request on, a cheaper path).
    if not headline or headline not in page:
        skipped.append(os.path.basename(name))
        continue
    page = page.replace(headline, headline + " (@N@)")
    body = {"url": f"https://bench.lede.test/{os.path.basename(name)}/@N@", field: page}
    lines.append(json.dumps(body, ensure_ascii=False))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(lines)} page templates -> {out}; left out (no verbatim headline): {', '.join(skipped) or 'none'}",
      file=sys.stderr)
