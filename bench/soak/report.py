#!/usr/bin/env python3
"""Writes the soak's markdown result from what soak/run.sh left in its work folder (standard library only).

Verdict: after the warm-up (the first WARMUP seconds), RSS is "flat within 10%" when the median of the last
minute is within 10% of the median of the first post-warm-up minute (the drift), and "under 600 MB" when no
post-warm-up sample reaches 600 MB. The spread (max/min - 1) and a least-squares slope are reported beside it.
Also: a per-minute table, the heap after each GC (gc.log: the floor of the young collections' "after" and the
full collections' live set), and the classes whose instances grew most between the class histogram taken at the
end of the warm-up and the one taken at the end.
"""
import argparse
import csv
import json
import os
import re
import statistics

p = argparse.ArgumentParser()
for name in ("soak", "db", "n", "duration", "warmup", "connections", "writers", "java-opts", "commit", "load",
             "csv-name", "out", "jvm-uptime-at-start"):
    p.add_argument("--" + name, required=name not in ("jvm-uptime-at-start",))
a = p.parse_args()
duration, warmup = float(a.duration), float(a.warmup)
soak = a.soak

rows = list(csv.DictReader(open(os.path.join(soak, "samples.csv"))))
for r in rows:
    for k, v in r.items():
        if k != "clock":
            r[k] = float(v) if v not in ("", "nan") else float("nan")


def med(values):
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")


post = [r for r in rows if r["t_s"] >= warmup]
first = [r["rss_mb"] for r in post if r["t_s"] < warmup + 60]
last = [r["rss_mb"] for r in post if r["t_s"] >= duration - 60]
rss_post = [r["rss_mb"] for r in post]
drift = (med(last) / med(first) - 1) * 100
spread = (max(rss_post) / min(rss_post) - 1) * 100


def slope(xs, ys):  # least squares, per minute
    mx, my = statistics.mean(xs), statistics.mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx * 60 if sxx else float("nan")


rss_slope = slope([r["t_s"] for r in post], rss_post)
flat = abs(drift) <= 10
under = max(rss_post) < 600

# GC log: [12.345s][info][gc] GC(3) Pause Young (Allocation Failure) 100M->20M(250M) 5.123ms
gcs = []
offset = float(a.jvm_uptime_at_start) if a.jvm_uptime_at_start else None
gc_path = os.path.join(soak, "gc.log")
if os.path.exists(gc_path) and offset is not None:
    pat = re.compile(r"^\[([\d.]+)s\].*Pause (Young|Full).*?(\d+)M->(\d+)M\((\d+)M\)")
    for line in open(gc_path):
        m = pat.match(line)
        if m:
            gcs.append((float(m.group(1)) - offset, m.group(2), int(m.group(3)), int(m.group(4)), int(m.group(5))))

# Per minute
minutes = []
for i in range(int(duration // 60) + 1):
    rs = [r for r in rows if i * 60 <= r["t_s"] < (i + 1) * 60]
    if len(rs) < 2:
        continue
    req_rate = (rs[-1]["requests"] - rs[0]["requests"]) / max(rs[-1]["t_s"] - rs[0]["t_s"], 1e-6)
    g = [x for x in gcs if i * 60 <= x[0] < (i + 1) * 60]
    young_after = [x[3] for x in g if x[1] == "Young"]
    full_after = [x[3] for x in g if x[1] == "Full"]
    minutes.append({
        "minute": i + 1, "rss": med([r["rss_mb"] for r in rs]), "heap_min": min(r["heap_used_mb"] for r in rs),
        "heap_max": max(r["heap_used_mb"] for r in rs), "heap_comm": med([r["heap_committed_mb"] for r in rs]),
        "nonheap": med([r["nonheap_used_mb"] for r in rs]), "threads": med([r["threads"] for r in rs]),
        "cache": med([r["cache_entries"] for r in rs]), "series": med([r["series"] for r in rs]),
        "req_s": req_rate, "cpu": med([r["cpu_pct"] for r in rs]), "load": med([r["load1"] for r in rs]),
        "young_after_min": min(young_after) if young_after else None, "gcs": len(g),
        "full_after": ",".join(map(str, full_after)) or "",
        "metaspace": med([r.get("metaspace_mb", float("nan")) for r in rs]),
        # (samplers before the fix recorded 0 for the single CodeCache pool: non-heap minus metaspace is the same)
        "codecache": med([(r.get("codecache_mb", float("nan")) or r["nonheap_used_mb"] - r["metaspace_mb"]) for r in rs]),
        "direct": med([r.get("direct_mb", float("nan")) for r in rs]),
        "other": med([r["rss_mb"] - r["heap_committed_mb"] - r["nonheap_committed_mb"] for r in rs]),
    })


def num(x):  # columns older CSVs lack are "-"
    return "-" if x != x else f"{x:.0f}"


def histogram(path):
    h = {}
    if not os.path.exists(path):
        return h
    for line in open(path):
        m = re.match(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(.+?)\s*$", line)
        if m:
            name = re.sub(r" \(.*\)$", "", m.group(3))
            inst, size = h.get(name, (0, 0))
            h[name] = (inst + int(m.group(1)), size + int(m.group(2)))
    return h


h0, h1 = histogram(os.path.join(soak, "histo-warm.txt")), histogram(os.path.join(soak, "histo-end.txt"))
growth = sorted(((h1.get(k, (0, 0))[1] - h0.get(k, (0, 0))[1], h1.get(k, (0, 0))[0] - h0.get(k, (0, 0))[0], k)
                 for k in set(h0) | set(h1)), reverse=True)


def total(h):
    return sum(v[1] for v in h.values()) / 2 ** 20


def wrk_result(name):
    path = os.path.join(soak, name)
    if not os.path.exists(path):
        return None
    for line in open(path):
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    return None


reads, writes = wrk_result("reads.out"), wrk_result("writes.out")
load = json.load(open(os.path.join(soak, "load.json"))) if os.path.exists(os.path.join(soak, "load.json")) else {}


def rate(r):
    return r["requests"] / r["duration_us"] * 1e6 if r else float("nan")


out = []
w = out.append
db = "PostgreSQL" if a.db == "pg" else "H2 (file)"
w(f"# Soak: {int(duration // 60)} minutes of mixed reads and writes ({db}, {a.n} articles)\n")
w(f"Commit `{a.commit[:10]}`, JVM `{a.java_opts.strip()}` (+ `-Xlog:gc` to a file), {a.connections} connections "
  f"({int(a.connections) - int(a.writers)} reading, {a.writers} writing), samples every "
  f"{rows[1]['t_s'] - rows[0]['t_s'] if len(rows) > 1 else '?'} s: `bench/results/{a.csv_name}`. "
  f"Command: `{'DB=pg ' if a.db == 'pg' else ''}bench/soak/run.sh`.\n")
w(f"Load average (2 cores, a shared machine: other builds and tests ran meanwhile) {a.load}. "
  "Throughput and CPU figures are therefore noisy; RSS and heap are what the verdict reads.\n")
w("## Verdict\n")
w(f"Warm-up: the first {warmup:.0f} s (left out). After it, {len(post)} samples.\n")
w("| Target | Figure | Result |\n| --- | --- | --- |")
w(f"| RSS flat within 10% after warm-up | drift {drift:+.1f}% (median of the last minute {med(last):.0f} MB vs first "
  f"post-warm-up minute {med(first):.0f} MB) | {'pass' if flat else 'FAIL'} |")
w(f"| RSS under 600 MB | max {max(rss_post):.0f} MB | {'pass' if under else 'FAIL'} |")
w("")
w(f"RSS after warm-up: min {min(rss_post):.0f} MB, median {med(rss_post):.0f} MB, max {max(rss_post):.0f} MB "
  f"(spread max/min {spread:.1f}%), least-squares slope {rss_slope:+.1f} MB/min. "
  f"RSS at the first sample {rows[0]['rss_mb']:.0f} MB.\n")
sens = []
for wu in range(60, int(duration) - 119, 60):  # the drift had the warm-up been another length
    f = [r["rss_mb"] for r in rows if wu <= r["t_s"] < wu + 60]
    sens.append(f"{wu // 60} min: {(med(last) / med(f) - 1) * 100:+.1f}%")
w("Drift against the first minute after other warm-up lengths (the verdict uses the one above): " + ", ".join(sens)
  + ". A drift that shrinks as the warm-up lengthens is a warm-up that outlasted the window; a steady slope to the "
  "end is growth.\n")
heap_post = [r["heap_used_mb"] for r in post]
w(f"Heap used after warm-up: min {min(heap_post):.0f} MB, median {med(heap_post):.0f} MB, max {max(heap_post):.0f} MB; "
  f"committed median {med([r['heap_committed_mb'] for r in post]):.0f} MB (of -Xmx). Non-heap used "
  f"{post[0]['nonheap_used_mb']:.0f} -> {post[-1]['nonheap_used_mb']:.0f} MB. Threads {post[0]['threads']:.0f} -> "
  f"{post[-1]['threads']:.0f}. Metric series {post[0]['series']:.0f} -> {post[-1]['series']:.0f}. Response cache "
  f"entries {post[0]['cache_entries']:.0f} -> {post[-1]['cache_entries']:.0f}.\n")
w("## Traffic\n")
if load:
    w(f"Data: {a.n} articles loaded through POST /v1/bulk before the soak ({load.get('accepted')} lines accepted, "
      f"{load.get('rejected')} rejected), then Lede restarted on the loaded database.\n")
if reads:
    w(f"Reads: {reads['requests']} requests, {rate(reads):.0f}/s, p50 {reads['p50_us'] / 1000:.1f} ms, p99 "
      f"{reads['p99_us'] / 1000:.1f} ms, non-2xx {reads['non2xx']} (the paths include about 10% of 404s and 400s on purpose), "
      f"timeouts {reads['timeout']}, socket errors {reads['connect'] + reads['read'] + reads['write']}.")
if writes:
    w(f"Writes: {writes['requests']} requests, {rate(writes):.0f}/s, p50 {writes['p50_us'] / 1000:.1f} ms, p99 "
      f"{writes['p99_us'] / 1000:.1f} ms, {writes.get('created')} created (articles and people), "
      f"{writes.get('failed')} refused, timeouts {writes['timeout']}.")
w("")
w("## Per minute\n")
w("Medians of the samples in each minute; heap min is the lowest sampled heap use (close to the live set after a "
  "collection); young GC after: the lowest heap occupancy after a young collection in that minute (gc.log); full "
  "GC after: the heap after each full collection (the live set; the class histograms force one each).\n")
w("Non-heap is metaspace + code cache (+ compressed class space); rest = RSS - heap committed - non-heap committed, "
  "what the JVM and libraries hold outside them (thread stacks, GC structures, malloc, direct buffers), an estimate "
  "(committed heap pages not yet touched count against it).\n")
w("| min | RSS MB | heap used min-max MB | heap committed MB | non-heap MB | metaspace MB | code cache MB | direct MB | rest MB | threads | cache entries | series | req/s | Lede CPU % | load1 | GCs | young GC after MB | full GC after MB |")
w("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for m in minutes:
    w(f"| {m['minute']} | {m['rss']:.0f} | {m['heap_min']:.0f}-{m['heap_max']:.0f} | {m['heap_comm']:.0f} | "
      f"{m['nonheap']:.0f} | {num(m['metaspace'])} | {num(m['codecache'])} | {num(m['direct'])} | {m['other']:.0f} | {m['threads']:.0f} | {m['cache']:.0f} | {m['series']:.0f} | {m['req_s']:.0f} | "
      f"{m['cpu']:.0f} | {m['load']:.1f} | {m['gcs']} | {m['young_after_min'] if m['young_after_min'] is not None else ''} | "
      f"{m['full_after']} |")
w("")
if h0 and h1:
    w("## What grew on the heap\n")
    w(f"Class histograms (`jcmd PID GC.class_histogram`, live objects after a full GC) at the end of the warm-up and "
      f"at the end: {total(h0):.1f} MB -> {total(h1):.1f} MB of live objects. The classes that grew most:\n")
    w("| class | bytes +/- | instances +/- | bytes at the end |\n| --- | --- | --- | --- |")
    for d, i, k in growth[:15]:
        w(f"| `{k}` | {d / 1024:+.0f} KB | {i:+d} | {h1.get(k, (0, 0))[1] / 1024:.0f} KB |")
    w("")
nmt = os.path.join(soak, "nmt-diff.txt")
if os.path.exists(nmt):
    w("## Native memory: end of warm-up -> end (NMT summary.diff, KB)\n")
    w("```")
    for line in open(nmt):
        if re.match(r"^(Total|-\s+\w)", line.strip()) or line.startswith("Total"):
            w(line.rstrip())
    w("```\n")
open(a.out, "w").write("\n".join(out) + "\n")
print("\n".join(out[:20]))
