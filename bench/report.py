#!/usr/bin/env python3
"""Turns bench/work/results.jsonl into bench/results/<date>.md and the summary table of BENCHMARKS.md."""
import datetime
import json
import os
import sys

results_file, n, duration, connections, results_dir, benchmarks_md, paths_dir = sys.argv[1:8]
rows = [json.loads(line) for line in open(results_file) if line.strip()]
by_kind = {}
for r in rows:
    by_kind.setdefault(r["kind"], []).append(r)
machine = by_kind["machine"][0]
load = by_kind["load"][0]
startup = by_kind["startup"][0]
end = by_kind["end"][0]
wrk = {(r["workload"], r["target"]): r for r in by_kind.get("wrk", [])}

DESCRIPTIONS = {
    "article": "one article by slug, default embeds (500 slugs in turn)",
    "newest": "newest 20 (summaries)",
    "person-popular": "articles naming the most frequent person, include=people,entities",
    "person-rare": "articles naming a person named in 1-3 articles, include=people,entities",
    "entity-range": "articles naming the most frequent entity in a 2-month window (34 windows)",
    "deep-page": "page ~500 by keyset cursor (limit 20; pages 491-500)",
    "mixed": "a mix of all the reads above",
    "article-uncached": "the article workload with a key, so no response cache (key holders; the cost of a miss)",
    "newest-uncached": "newest, with a key (no response cache)",
    "person-popular-uncached": "person-popular, with a key (no response cache)",
    "person-rare-uncached": "person-rare, with a key (no response cache)",
    "entity-range-uncached": "entity-range, with a key (no response cache)",
    "deep-page-uncached": "deep-page, with a key (no response cache)",
    "mixed-uncached": "mixed, with a key (no response cache)",
    "reads-beside-writes": "mixed reads on 28 connections while 4 others create and publish articles",
    "writes-beside-reads": "on 4 connections beside the reads, each in turn: POST /v1/articles (a draft naming the most "
                           "frequent person and entity), then POST .../publish (which changes the newest list and theirs)",
    "ingest": "POST /v1/ingest?publish=true of the 14 labeled real pages in turn, each a new page (URL and headline "
              "numbered), one client (wrk -t1 -c1), on the loaded catalog; figures in pages/s",
}
PER_PAGE = {"ingest"}  # single-client page workloads: pages/s, no nginx baseline


def figures(r):
    w = r["wrk"] or {}
    if not w or not w.get("requests"):
        return None
    errors = w["non2xx"] + w["connect"] + w["read"] + w["write"] + w["timeout"]
    return {"rps": w["requests"] / w["duration_us"] * 1e6, "p50": w["p50_us"] / 1000, "p99": w["p99_us"] / 1000,
            "errors": errors, "requests": w["requests"], "cpu": r["lede_cpu_pct"], "rss": r["lede_rss_kb"] / 1024}


def mean_bytes(name):
    try:
        return int(open(os.path.join(paths_dir, name + ".bytes")).read())
    except OSError:
        return None


table = ["| Workload | Lede req/s | p50 ms | p99 ms | errors | nginx req/s (same bytes) | Lede / nginx | Lede CPU % (of one core) | Lede RSS MB | mean body bytes |",
         "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
summary = ["| Workload | req/s | p99 ms | vs nginx |", "| --- | ---: | ---: | ---: |"]
ingest_table = ["| Workload | pages/s (one client) | p50 ms | p99 ms | errors | created | Lede CPU % (of one core) | load average |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
for name in DESCRIPTIONS:
    lede = wrk.get((name, "lede"))
    if not lede:
        continue
    if name in PER_PAGE:
        f = figures(lede)
        if f is None:
            ingest_table.append(f"| {name} | failed | | | | | | |")
            continue
        ingest_table.append(f"| {name} | {f['rps']:,.1f} | {f['p50']:.1f} | {f['p99']:.1f} | {f['errors']} | "
                            f"{lede['wrk'].get('created', '')} | {f['cpu']:.0f} | {lede.get('load', '')} |")
        summary.append(f"| {name} | {f['rps']:,.1f} pages/s | {f['p99']:.1f} | n/a |")
        continue
    f = figures(lede)
    if f is None:
        table.append(f"| {name} | failed | | | | | | | | |")
        continue
    ng = wrk.get((name.removesuffix("-uncached"), "nginx"))  # the same bytes
    g = figures(ng) if ng else None
    ratio = f"{f['rps'] / g['rps']:.3f}" if g else "n/a"
    table.append(f"| {name} | {f['rps']:,.0f} | {f['p50']:.1f} | {f['p99']:.1f} | {f['errors']} | "
                 f"{(format(g['rps'], ',.0f') if g else 'n/a')} | {ratio} | {f['cpu']:.0f} | {f['rss']:.0f} | {mean_bytes(name) or ''} |")
    summary.append(f"| {name} | {f['rps']:,.0f} | {f['p99']:.1f} | {ratio if g else 'n/a'} |")

articles_per_s = load["article_lines"] / load["articles_s"] if load["articles_s"] else 0
catalog_per_s = load["catalog_lines"] / load["catalog_s"] if load["catalog_s"] else 0
today = datetime.datetime.now(datetime.timezone.utc)
stamp = today.strftime("%Y-%m-%d")
db = machine.get("db", "h2")
DATABASES = {"h2": "H2 file database", "pg": "PostgreSQL (Debian's package, same machine)"}
name = f"{stamp}-n{n}{'' if db == 'h2' else '-' + db}.md"
quote_lines = load.get("quote_lines", 0)
reused = machine.get("reused_db", False)
reused_note = ("\n\nThis run reused a database loaded by an earlier run (`REUSE_DB=1`): the load figures below are that run's,"
               " possibly measured with other code.") if reused else ""
body = f"""# Lede benchmark, {today.strftime('%Y-%m-%d %H:%M UTC')}, {int(n):,} articles

Command: `{'REUSE_DB=1 ' if reused else ''}{'' if db == 'h2' else 'DB=' + db + ' '}N={n} bench/run.sh` (wrk, {connections} connections, {duration} per run, loopback; {DATABASES.get(db, db)}).
JVM options: `{machine.get('java_opts', '?')}`.

Machine: {machine['nproc']} cores ({machine['cpu']}), {machine['mem_gb']} GiB. wrk, nginx and Lede share the
same cores. Load average before the run: {machine['load_before']}; after: {end.get('load_after', '?')}
(anything above about 1 means other work on the machine took CPU from this run: figures are then low and noisy).

## Load through POST /v1/bulk{reused_note}

| What | Lines | Seconds | Lines/s |
| --- | ---: | ---: | ---: |
| Catalog (sources, entities, people) | {load['catalog_lines']:,} | {load['catalog_s']:.1f} | {catalog_per_s:,.0f} |
| Articles (published, with publisher, credits, byline, people, entities), with their {quote_lines:,} quote lines | {load['article_lines']:,} | {load['articles_s']:.1f} | {articles_per_s:,.0f} |

Accepted {load['accepted']:,}, rejected {load['rejected']:,}. Catalog requests one at a time; article requests
(1,000 lines, an article with its quotes) {load.get('loaders', 1)} at a time. Start-up until ready: {load['startup_empty_s']:.1f} s on an
empty database, {startup['loaded_s']:.1f} s on the loaded one.

## Reads and writes

""" + "\n".join(table) + """

## Ingest of real-shaped pages

""" + "\n".join(ingest_table) + """

""" + "\n".join(f"- **{k}**: {v}" for k, v in DESCRIPTIONS.items()) + f"""

RSS of Lede after the whole run: {end['lede_rss_kb'] / 1024:.0f} MB.
"""
os.makedirs(results_dir, exist_ok=True)
with open(os.path.join(results_dir, name), "w") as f:
    f.write(body)

suffix = "" if db == "h2" else "-" + db  # one summary block per database
marker_start, marker_end = f"<!-- summary{suffix}:start -->", f"<!-- summary{suffix}:end -->"
block = (f"{marker_start}\nLatest run on {DATABASES.get(db, db)}: [{name}](bench/results/{name}) ({int(n):,} articles, {connections} connections, "
         f"load average before {machine['load_before']}). Bulk load{' (from the earlier run that loaded the database)' if reused else ''}: {articles_per_s:,.0f} articles/s with their quotes, "
         f"{catalog_per_s:,.0f} catalog lines/s.\n\n" + "\n".join(summary) + f"\n{marker_end}")
text = open(benchmarks_md).read() if os.path.exists(benchmarks_md) else "# Benchmarks\n\n" + marker_start + "\n" + marker_end + "\n"
if marker_start in text:
    text = text[:text.index(marker_start)] + block + text[text.index(marker_end) + len(marker_end):]
else:
    text += "\n" + block + "\n"
with open(benchmarks_md, "w") as f:
    f.write(text)
print(body)
