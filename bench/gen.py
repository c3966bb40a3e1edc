#!/usr/bin/env python3
"""Deterministic NDJSON generator for POST /v1/bulk (Lede benchmark data).

Same seed and sizes -> byte-identical output. Writes, in order: sources, entities, people, then articles
(all published, with explicit publishedAt spread over 3 years), each followed by its quotes, one line per
resource, to OUT. Also writes
OUT.manifest.json naming what the read workloads need (popular and rare person, popular entity, slugs...).

Shape: each article has a publisher, 0-2 wire credits, 1 byline, 2-8 people, 3-12 entities, 1-3 tags, a
body of 300-1,200 words in paragraphs that name its people and entities (mention counts are computed by the
server, as for API writes). People and entities are drawn with a Zipf-like law (weight 1/rank), so a few
appear everywhere and most rarely. Each article has 0-6 quotes: 6 to 20 consecutive words of its body, with
their offset in the body (paragraphs joined by a blank line), spoken by one of the people it names. Quotes
draw from their own random stream, so the other lines are the same as before quotes were generated.
"""
import argparse
import bisect
import itertools
import json
import random
from datetime import datetime, timedelta, timezone

SYL = ["ka", "lo", "mi", "ra", "te", "vo", "an", "del", "gor", "pi", "su", "len", "mar", "tin", "bra", "co", "ne",
       "dor", "vel", "za", "ri", "ho", "pen", "sa", "ul", "ber", "ton", "ga", "lis", "mon", "fe", "kri", "os", "ta"]
FIRST = ["Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Karin", "Luis", "Maya",
         "Nikolai", "Olga", "Pedro", "Qiu", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe",
         "Amir", "Bianca", "Chen", "Dmitri", "Emma", "Felix", "Giulia", "Hana", "Ivan", "Julia", "Kenji", "Lea",
         "Marco", "Nadia", "Omar", "Paula", "Rafael", "Sofia", "Tomas", "Ulla", "Victor", "Wanda", "Yara", "Zain"]
WORDS = ("the of and to in a is that for on was with he it as at by his from be have this has are an were but not "
         "they which or one had been their new after who would more also two said there first people when year years "
         "government minister president officials talks security military agreement statement report week country "
         "state border economy market election vote parliament court police forces defence ministry spokesperson "
         "crisis meeting summit trade sanctions energy prices budget reform protest support opposition leader "
         "region city capital attack ceasefire negotiations aid humanitarian international foreign domestic policy "
         "according announced confirmed denied warned called urged expected reported told added").split()
KINDS = ["country", "place", "organization", "government_body", "military_unit", "agency", "company",
         "political_party", "other"]
SUFFIX = {"country": "", "place": " City", "organization": " Foundation", "government_body": " Ministry",
          "military_unit": " Brigade", "agency": " Agency", "company": " Group", "political_party": " Party",
          "other": " Council"}
SECTIONS = ["world", "politics", "business", "defence", "energy", "science", "culture", "sport"]
TAGS = [f"topic-{i}" for i in range(50)]
START = datetime(2023, 1, 1, tzinfo=timezone.utc)
SPAN = 3 * 365 * 24 * 3600


def word(rng, n):
    return "".join(rng.choice(SYL) for _ in range(n))


def unique_names(rng, count, make):
    seen, out = set(), []
    while len(out) < count:
        name = make()
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


def slugify(text):
    out, dash = [], False
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:100].strip("-")


class Zipf:
    def __init__(self, n, s=1.0):
        self.cum = list(itertools.accumulate(1.0 / (r ** s) for r in range(1, n + 1)))

    def sample(self, rng, k):
        picked, total = [], self.cum[-1]
        while len(picked) < k:
            i = bisect.bisect_left(self.cum, rng.random() * total)
            if i not in picked:
                picked.append(i)
        return picked


def quotes_of(rng, article, speakers):
    """0-6 quotes: runs of 6-20 words of one paragraph, verbatim, with their offset in the joined body."""
    quotes = []
    for _ in range(rng.randint(0, 6)):
        p = rng.randrange(len(article["body"]))
        words = article["body"][p].split(" ")
        length = min(len(words), rng.randint(6, 20))
        start = rng.randrange(len(words) - length + 1)
        text = " ".join(words[start:start + length]).rstrip(".")
        offset = sum(len(par) + 2 for par in article["body"][:p]) + len(" ".join(words[:start])) + (1 if start else 0)
        quotes.append({"text": text, "article": article["slug"],
                       "speaker": {"type": "person", "id": rng.choice(speakers)}, "offset": offset})
    return quotes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--entities", type=int, default=5_000)
    ap.add_argument("--sources", type=int, default=200)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    qrng = random.Random(a.seed * 1_000_003 + 7)  # quotes: their own stream, the other lines stay as they were
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    sources = unique_names(rng, a.sources, lambda: word(rng, 2).capitalize() + " " + rng.choice(["Times", "Post", "News", "Herald", "Wire", "Press", "Daily", "Radio"]))
    source_slugs = [slugify(n) for n in sources]
    wires = list(range(0, 10))  # the first ten sources are wire agencies
    entities = unique_names(rng, a.entities, lambda: word(rng, rng.randint(2, 3)).capitalize())
    entity_kind = [KINDS[i % len(KINDS)] for i in range(a.entities)]
    entity_names = [n + SUFFIX[k] for n, k in zip(entities, entity_kind)]
    entity_slugs = [slugify(n) for n in entity_names]
    people = unique_names(rng, a.people, lambda: rng.choice(FIRST) + " " + word(rng, rng.randint(2, 3)).capitalize())
    person_slugs = [slugify(n) for n in people]
    reporters = list(range(a.people - 300, a.people))  # bylines come from the last 300 people

    pz, ez = Zipf(a.people - 300), Zipf(a.entities)
    person_hits = [0] * a.people
    entity_hits = [0] * a.entities
    articles = []
    quote_count = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for i, name in enumerate(sources):
            kind = "wire_agency" if i in wires else rng.choice(["publisher", "publisher", "broadcaster"])
            out.write(dumps({"type": "source", "data": {"slug": source_slugs[i], "name": name, "kind": kind,
                                                        "url": f"https://{source_slugs[i]}.example.org"}}) + "\n")
        for i, name in enumerate(entity_names):
            out.write(dumps({"type": "entity", "data": {"slug": entity_slugs[i], "name": name, "kind": entity_kind[i]}}) + "\n")
        for i, name in enumerate(people):
            out.write(dumps({"type": "person", "data": {"slug": person_slugs[i], "name": name,
                                                        "aliases": [name.split(" ", 1)[1]]}}) + "\n")
        for n in range(a.articles):
            ps = pz.sample(rng, rng.randint(2, 8))
            es = ez.sample(rng, rng.randint(3, 12))
            for p in ps:
                person_hits[p] += 1
            for e in es:
                entity_hits[e] += 1
            words = rng.randint(300, 1200)
            names = [people[p] for p in ps] + [entity_names[e] for e in es]
            paragraphs, left = [], words
            while left > 0:
                k = min(left, rng.randint(40, 120))
                text = rng.choices(WORDS, k=k)
                text[0] = text[0].capitalize()
                if names:
                    text.insert(rng.randrange(1, len(text) + 1), names.pop(0))
                if rng.random() < 0.5:
                    text.insert(rng.randrange(1, len(text) + 1), rng.choice([people[p] for p in ps]))
                paragraphs.append(" ".join(text) + ".")
                left -= k
            for name in names:  # anything not placed yet goes in the last paragraph
                paragraphs[-1] += " " + name + " said."
            title = " ".join(rng.choices(WORDS[40:], k=rng.randint(5, 10))).capitalize()
            headline = f"{title} {n}"
            published = START + timedelta(seconds=rng.randrange(SPAN))
            credits = [{"source": source_slugs[w], "role": "wire"} for w in rng.sample(wires, rng.choice([0, 0, 1, 1, 2]))]
            data = {
                "slug": slugify(headline),
                "headline": headline,
                "standfirst": " ".join(rng.choices(WORDS, k=25)).capitalize() + ".",
                "body": paragraphs,
                "language": "en",
                "section": rng.choice(SECTIONS),
                "tags": sorted(set(rng.choices(TAGS, k=rng.randint(1, 3)))),
                "publishedAt": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "publisher": source_slugs[rng.randrange(10, a.sources)],
                "credits": credits,
                "bylines": [{"person": person_slugs[rng.choice(reporters)], "role": "author"}],
                "people": [{"person": person_slugs[p]} for p in ps],
                "entities": [{"entity": entity_slugs[e]} for e in es],
            }
            if n < 2000 or n % 50 == 0:
                articles.append(data["slug"])
            out.write(dumps({"type": "article", "publish": True, "data": data}) + "\n")
            for quote in quotes_of(qrng, data, [person_slugs[p] for p in ps]):
                out.write(dumps({"type": "quote", "data": quote}) + "\n")
                quote_count += 1

    ranked = sorted(range(a.people - 300), key=lambda p: -person_hits[p])
    rare = [p for p in ranked if 1 <= person_hits[p] <= 3]
    manifest = {
        "seed": a.seed, "articles": a.articles, "quotes": quote_count, "people": a.people, "entities": a.entities, "sources": a.sources,
        "popularPerson": person_slugs[ranked[0]], "popularPersonArticles": person_hits[ranked[0]],
        "rarePerson": person_slugs[rare[-1]] if rare else person_slugs[ranked[-1]],
        "rarePersonArticles": person_hits[rare[-1]] if rare else 0,
        "popularEntity": entity_slugs[max(range(a.entities), key=lambda e: entity_hits[e])],
        "popularEntityArticles": max(entity_hits),
        "midEntity": entity_slugs[sorted(range(a.entities), key=lambda e: -entity_hits[e])[50]],
        "articleSlugs": articles[:1000],
        "span": [START.strftime("%Y-%m-%dT%H:%M:%SZ"), (START + timedelta(seconds=SPAN)).strftime("%Y-%m-%dT%H:%M:%SZ")],
    }
    with open(a.out + ".manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
