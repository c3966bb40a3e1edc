#!/usr/bin/env python3
"""Loads generated NDJSON through POST /v1/bulk and prints one JSON line of figures (bench/run.sh's load step).

The catalog (sources, entities, people) goes first, one request at a time and in file order: an entity may name
its parent and a person an entity defined on an earlier line. Articles then go in requests of about --lines lines,
--loaders at a time: a request never separates an article from the quote lines after it (a quote names its
article, which must be stored first), and articles only refer to the catalog, so the requests are independent.

Standard library only. Usage: load.py DATA URL KEY [--lines 1000] [--loaders 2]
"""
import argparse
import json
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def kind(line):
    head = line[:40]
    if '"type":"article"' in head:
        return "article"
    if '"type":"quote"' in head:
        return "quote"
    return "catalog"


def chunks(path, size):
    """(is_catalog, text, articles, quotes) in file order; article chunks start at an article line."""
    current, current_is_catalog, articles, quotes = [], None, 0, 0
    with open(path, encoding="utf-8") as data:
        for line in data:
            k = kind(line)
            is_catalog = k == "catalog"
            starts_new = current and (is_catalog != current_is_catalog
                                      or (len(current) >= size and k != "quote"))
            if starts_new:
                yield current_is_catalog, "".join(current), articles, quotes
                current, articles, quotes = [], 0, 0
            current_is_catalog = is_catalog
            current.append(line)
            articles += k == "article"
            quotes += k == "quote"
    if current:
        yield current_is_catalog, "".join(current), articles, quotes


def post(url, key, body):
    request = urllib.request.Request(url + "/v1/bulk", data=body.encode("utf-8"), method="POST", headers={
        "Authorization": "Bearer " + key, "Content-Type": "application/x-ndjson"})
    with urllib.request.urlopen(request, timeout=600) as response:
        report = json.load(response)
    return report["accepted"], report["rejected"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("url")
    parser.add_argument("key")
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--loaders", type=int, default=2)
    args = parser.parse_args()

    all_chunks = list(chunks(args.data, args.lines))
    catalog = [c for c in all_chunks if c[0]]
    articles = [c for c in all_chunks if not c[0]]
    figures = {"accepted": 0, "rejected": 0, "catalog_lines": sum(c[1].count("\n") for c in catalog),
               "article_lines": sum(c[2] for c in articles), "quote_lines": sum(c[3] for c in articles),
               "loaders": args.loaders, "requests": len(all_chunks)}

    def tally(result):
        figures["accepted"] += result[0]
        figures["rejected"] += result[1]

    started = time.monotonic()
    for chunk in catalog:
        tally(post(args.url, args.key, chunk[1]))
    figures["catalog_s"] = round(time.monotonic() - started, 3)

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.loaders) as pool:
        for result in pool.map(lambda c: post(args.url, args.key, c[1]), articles):
            tally(result)
    figures["articles_s"] = round(time.monotonic() - started, 3)
    print(json.dumps(figures))
    return 0 if figures["rejected"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
