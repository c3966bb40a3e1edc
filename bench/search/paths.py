#!/usr/bin/env python3
"""The request lists of the search and discovery benchmark (bench/search/run.sh), from gen.py's data.

Usage: paths.py DATA OUT_DIR [--count 50000] [--seed 13]

Writes OUT_DIR/<workload>.txt, one GET path a line, for bench/lua/paths.lua (which run.sh drives with the admin
key, so no request is answered by the response cache). Every search list holds --count paths drawn at random, more
than a 10-second run sends, so within a run the requests differ too. The words come from the generated corpus:

- "common": gen.py's body vocabulary (WORDS) less the English analyzer's stop words, which a search drops. gen.py
  draws body words uniformly from about 130 words, so each of these is in most of the 300-1,200-word articles: a
  one-word query matches nearly the whole corpus, the heaviest case for scoring and facet counting.
- "names": the words of people's and entities' names (a surname, an entity's name without its kind's suffix), drawn
  uniformly from the catalog's distinct words. People and entities are named with weight 1/rank, so most of these
  words are in a handful of articles and a few in thousands, as names typed into a news search are.

Two-word queries are two words of the same kind separated by a space (OR, Lucene's default; the best matches of
both first). Suggest prefixes are the first 2 to 4 letters of a word of a person's, an entity's or a source's name.

The two list workloads read article rows without full-text search: "list-newest" a page of 20 published before a
random time of the corpus's span (each request a different stretch of the newest-first index), "list-person" the
newest 20 of a random person (as gen.py draws them: most people are in few articles, a few in thousands).
"""
import argparse
import json
import os
import random
import sys
import urllib.parse
from datetime import timedelta

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gen import SPAN, START, SUFFIX, WORDS  # noqa: E402  (the generator's own vocabulary, so the two cannot drift apart)

# org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
STOP = set("a an and are as at be but by for if in into is it no not of on or such that the their then there these "
           "they this to was will with".split())
FACETS = "person,entity,month"


def catalog_words(data):
    """(name words for search, name words for typeahead) of the catalog lines at the head of gen.py's output."""
    search, typeahead = set(), set()
    suffixes = {s.strip().lower() for s in SUFFIX.values() if s}
    with open(data, encoding="utf-8") as lines:
        for line in lines:
            if '"type":"article"' in line[:40]:
                break  # gen.py writes the whole catalog first
            item = json.loads(line)
            words = [w.lower() for w in item["data"]["name"].split()]
            typeahead.update(words)
            if item["type"] != "source":
                search.update(w for w in words[-1:] if w not in suffixes)   # a surname, or a one-word entity name
                search.update(w for w in words[:1] if item["type"] == "entity")  # the entity's own name, no suffix
    return sorted(search), sorted(typeahead)


def person_slugs(data):
    """The slugs of the people in the catalog lines at the head of gen.py's output."""
    slugs = []
    with open(data, encoding="utf-8") as lines:
        for line in lines:
            if '"type":"article"' in line[:40]:
                break
            item = json.loads(line)
            if item["type"] == "person":
                slugs.append(item["data"]["slug"])
    return slugs


def search_paths(rng, words, count, per_query, facets):
    extra = "&" + urllib.parse.urlencode({"facets": FACETS}) if facets else ""
    return ["/v1/articles?" + urllib.parse.urlencode({"q": " ".join(rng.sample(words, per_query))}) + extra
            for _ in range(count)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    common = sorted({w for w in WORDS if w not in STOP})
    names, typeahead = catalog_words(a.data)
    workloads = {}
    for kind, words in (("common", common), ("names", names)):
        for per_query in (1, 2):
            for facets in (True, False):
                name = f"search-{kind}-{per_query}w" + ("-facets" if facets else "")
                workloads[name] = search_paths(rng, words, a.count, per_query, facets)
    prefixes = []
    for _ in range(2 * a.count):
        word = rng.choice(typeahead)
        prefixes.append("/v1/suggest?" + urllib.parse.urlencode({"q": word[:rng.randint(2, 4)]}))
    workloads["suggest"] = prefixes
    workloads["list-newest"] = ["/v1/articles?" + urllib.parse.urlencode({"limit": 20, "publishedBefore": (
        START + timedelta(seconds=rng.randrange(SPAN))).strftime("%Y-%m-%dT%H:%M:%SZ")}) for _ in range(a.count)]
    people = person_slugs(a.data)
    workloads["list-person"] = ["/v1/people/" + rng.choice(people) + "/articles?limit=20" for _ in range(a.count)]
    manifest = json.load(open(a.data + ".manifest.json"))
    workloads["related-person"] = ["/v1/people/" + manifest["popularPerson"] + "/related"]
    workloads["related-entity"] = ["/v1/entities/" + manifest["popularEntity"] + "/related"]
    os.makedirs(a.out, exist_ok=True)
    for name, paths in workloads.items():
        with open(os.path.join(a.out, name + ".txt"), "w") as f:
            f.write("\n".join(paths) + "\n")
    print(f"{len(common)} common words, {len(names)} name words, {len(typeahead)} typeahead words", file=sys.stderr)


if __name__ == "__main__":
    main()
