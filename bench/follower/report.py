#!/usr/bin/env python3
"""Writes follower/run.sh's markdown result from probe.py's CSVs (standard library only).

  follower/report.py --csv PROBES.csv --out RESULT.md --title TEXT --commit SHA --load TEXT [--b-log FILE]
                     [--label TEXT --csv PROBES2.csv --commit SHA2 ...]   (several runs: one section each)
"""
import argparse
import csv
import json
import math
import os
import re
import statistics

p = argparse.ArgumentParser()
p.add_argument("--csv", action="append", required=True)
p.add_argument("--label", action="append")
p.add_argument("--commit", action="append")
p.add_argument("--load", action="append")
p.add_argument("--b-log", action="append")
p.add_argument("--out", required=True)
p.add_argument("--title", required=True)
p.add_argument("--intro", default="")
p.add_argument("--summary", action="store_true", help="a table with one line per run first")
a = p.parse_args()


def pct(values, q):  # nearest rank
    values = sorted(values)
    return values[max(0, math.ceil(q / 100 * len(values)) - 1)] if values else float("nan")


def section(path, label, commit, load, b_log):
    rows = list(csv.DictReader(open(path)))
    window = json.load(open(path + ".bulk-window.json"))
    heads = [(float(r["t_s"]), int(r["last_seq"])) for r in csv.DictReader(open(path + ".head"))]
    bulk = {}
    if os.path.exists(path + ".bulk.json") and os.path.getsize(path + ".bulk.json"):
        bulk = json.loads(open(path + ".bulk.json").read().strip().splitlines()[-1])
    out = [f"## {label}\n"] if label else []
    w = out.append
    w(f"Commit `{commit[:10]}`. Load average {load}.\n")
    secs = window["end_s"] - window["start_s"]
    events = (window["end_seq"] or 0) - (window["start_seq"] or 0)
    in_bulk = [(t, s) for t, s in heads if window["start_s"] <= t <= window["end_s"]]
    peak = 0.0
    for i, (t, s) in enumerate(in_bulk):  # the fastest 5-second window
        for t2, s2 in in_bulk[i + 1:]:
            if t2 - t >= 5:
                peak = max(peak, (s2 - s) / (t2 - t))
                break
    w(f"Bulk load on A: {secs:.0f} s, {events} change events ({events / secs:.0f} events/s on average, "
      f"{peak:.0f} events/s in the fastest 5 s; change_log_head.last_seq read once a second)"
      + (f"; {bulk.get('accepted')} lines accepted, {bulk.get('rejected')} rejected, "
         f"{bulk.get('article_lines')} articles with {bulk.get('quote_lines')} quotes" if bulk else "") + ".\n")
    w("| phase | probes | median s | p95 s | max s | not seen in 60 s | stale answers per probe (median) | A's PATCH median ms |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for phase in ("rest-before", "bulk", "rest-after"):
        rs = [r for r in rows if r["phase"] == phase]
        d = [float(r["delay_s"]) for r in rs if r["delay_s"]]
        missing = sum(1 for r in rs if not r["delay_s"])
        polls = [int(r["polls"]) for r in rs]
        patch = [float(r["patch_ms"]) for r in rs]
        if not rs:
            continue
        w(f"| {phase} | {len(rs)} | {statistics.median(d) if d else float('nan'):.2f} | {pct(d, 95):.2f} | "
          f"{max(d) if d else float('nan'):.2f} | {missing} | {statistics.median(polls):.0f} | "
          f"{statistics.median(patch):.0f} |")
    w("")
    cc = window.get("b_cache") or {}
    if all(k in cc for k in ("start", "bulk-start", "bulk-end", "end")):
        def hit_rate(x, y):
            hits = cc[y].get("hit", 0) - cc[x].get("hit", 0)
            misses = cc[y].get("miss", 0) - cc[x].get("miss", 0)
            return f"{hits / (hits + misses) * 100:.0f}% of {hits + misses:.0f}" if hits + misses else "no reads"
        w("Node B's response cache hit rate (cache_gets_total{cache=\"responses\"}, its readers and the probe): "
          f"at rest before {hit_rate('start', 'bulk-start')}, during the bulk load {hit_rate('bulk-start', 'bulk-end')}, "
          f"at rest after {hit_rate('bulk-end', 'end')}.\n")
    if b_log and os.path.exists(b_log):
        drops = [line.strip() for line in open(b_log) if "dropping the cache" in line]
        warns = [line.strip() for line in open(b_log) if "Could not read the change log" in line]
        w(f"Node B's log: {len(drops)} jump(s) to the head of the log (\"dropping the cache\"), {len(warns)} failed "
          f"read(s) of the change log.\n")
        for line in drops[:5]:
            w("    " + (line[:200] + "..." if len(line) > 200 else line))
        if drops:
            w("")
    bulk_delays = sorted(float(r["delay_s"]) for r in rows if r["phase"] == "bulk" and r["delay_s"])
    if bulk_delays:
        w("Delays during the bulk load, in order of the probes: "
          + ", ".join(f"{float(r['delay_s']):.2f}" if r["delay_s"] else "-" for r in rows if r["phase"] == "bulk")
          + "\n")
    return out


def summary_line(path, label, commit, load):
    rows = list(csv.DictReader(open(path)))
    window = json.load(open(path + ".bulk-window.json"))
    heads = [(float(r["t_s"]), int(r["last_seq"])) for r in csv.DictReader(open(path + ".head"))]
    in_bulk = [(t, s) for t, s in heads if window["start_s"] <= t <= window["end_s"]]
    peak = 0.0
    for i, (t, s) in enumerate(in_bulk):
        for t2, s2 in in_bulk[i + 1:]:
            if t2 - t >= 5:
                peak = max(peak, (s2 - s) / (t2 - t))
                break
    secs = window["end_s"] - window["start_s"]
    events = (window["end_seq"] or 0) - (window["start_seq"] or 0)
    rest = [float(r["delay_s"]) for r in rows if r["phase"] != "bulk" and r["delay_s"]]
    bulk = [float(r["delay_s"]) for r in rows if r["phase"] == "bulk" and r["delay_s"]]
    unseen = sum(1 for r in rows if r["phase"] == "bulk" and not r["delay_s"])
    return (f"| {label} | `{commit[:7]}` | {load} | {secs:.0f} | {events / secs:.0f} / {peak:.0f} | "
            f"{statistics.median(rest):.2f} / {max(rest):.2f} | {len(bulk)}{f' (+{unseen} unseen)' if unseen else ''}, "
            f"{statistics.median(bulk):.2f} / {pct(bulk, 95):.2f} / {max(bulk):.2f} |")


out = [f"# {a.title}\n"]
if a.intro:
    out.append(a.intro + "\n")
if a.summary:
    out.append("| run | code | load average | bulk s | events/s avg / fastest 5 s | at rest: median / max s | "
               "during bulk: probes, median / p95 / max s |")
    out.append("| --- | --- | --- | --- | --- | --- | --- |")
    for i, path in enumerate(a.csv):
        out.append(summary_line(path, (a.label or [path] * len(a.csv))[i], (a.commit or ["?"] * len(a.csv))[i],
                                (a.load or ["?"] * len(a.csv))[i]))
    out.append("")
for i, path in enumerate(a.csv):
    out += section(path, (a.label or [None] * len(a.csv))[i], (a.commit or ["?"] * len(a.csv))[i],
                   (a.load or ["?"] * len(a.csv))[i], (a.b_log or [None] * len(a.csv))[i])
open(a.out, "w").write("\n".join(out) + "\n")
print("\n".join(out))
