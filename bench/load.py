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

    figures = {"accepted": 0, "rejected": 0, "catalog_lines": 0, "article_lines": 0, "quote_lines": 0,
               "loaders": args.loaders, "requests": 0, "catalog_s": 0.0, "articles_s": 0.0}

    def tally(result):
        figures["accepted"] += result[0]
        figures["rejected"] += result[1]

    # Chunks are read as they are sent (the file can be hundreds of MB): at most 2 x loaders article requests
    # are read ahead. A catalog chunk waits for the article requests in flight (gen.py puts the catalog first).
    in_flight = []
    with ThreadPoolExecutor(max_workers=args.loaders) as pool:
        def drain(keep):
            while len(in_flight) > keep:
                tally(in_flight.pop(0).result())

        phase_started, phase = time.monotonic(), None
        for is_catalog, text, articles, quotes in chunks(args.data, args.lines):
            figures["requests"] += 1
            if is_catalog:
                drain(0)
                started = time.monotonic()
                tally(post(args.url, args.key, text))
                figures["catalog_s"] += time.monotonic() - started
                figures["catalog_lines"] += text.count("\n")
            else:
                if phase != "articles":
                    phase, phase_started = "articles", time.monotonic()
                drain(2 * args.loaders)
                in_flight.append(pool.submit(post, args.url, args.key, text))
                figures["article_lines"] += articles
                figures["quote_lines"] += quotes
        drain(0)
        if phase == "articles":
            figures["articles_s"] = time.monotonic() - phase_started
    figures["catalog_s"] = round(figures["catalog_s"], 3)
    figures["articles_s"] = round(figures["articles_s"], 3)
    print(json.dumps(figures))
    return 0 if figures["rejected"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
