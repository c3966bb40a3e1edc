#!/usr/bin/env python3
"""How late node B serves node A's changes, at rest and while A bulk-loads (follower/run.sh). Standard library only.

  follower/probe.py --a URL --b URL --key KEY --person SLUG --bulk NDJSON --out CSV [--rest 30] [--period 1]
                    [--loaders 2] [--db-url postgresql://...]

Phases, in order: REST seconds of probes with nothing else writing (rest-before), then the bulk load of the NDJSON
file on A (bench/load.py, LOADERS requests at once) with probes until it ends (bulk), then REST seconds again
(rest-after). One probe:
  1. GET B /v1/people/SLUG anonymously, twice: B now holds that response in its response cache (anonymous GETs
     are cached; the second read is answered from the cache);
  2. PATCH A /v1/people/SLUG with a merge patch setting the description to a unique marker (If-Match: *), and
     note the time its 200 arrived (the change is committed);
  3. GET B's person every 50 ms, anonymously, until the body shows the marker: the delay is the time from A's 200
     to B's first answer that shows it (a 50 ms resolution). B reads the same database: an answer without the
     marker came from B's response cache, which B's change-log follower had not yet cleaned.
Probes start every PERIOD seconds (or at once after a slow one). A probe gives up after 60 s (delay recorded as
missing, counted in the report). Meanwhile a thread reads change_log_head.last_seq once a second (psql), for the
change events per second the bulk load produced.
CSV: phase, start_s (since the probe began), delay_s, polls (B answers before the marker showed), patch_ms.
The head samples go to CSV with .head appended: t_s, last_seq.
"""
import argparse
import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

p = argparse.ArgumentParser()
p.add_argument("--a", required=True)
p.add_argument("--b", required=True)
p.add_argument("--key", required=True)
p.add_argument("--person", required=True)
p.add_argument("--bulk", required=True)
p.add_argument("--out", required=True)
p.add_argument("--rest", type=float, default=30)
p.add_argument("--period", type=float, default=1.0)
p.add_argument("--loaders", type=int, default=2)
p.add_argument("--db-url", default="postgresql://lede:lede@127.0.0.1:5432/lede_follow")
p.add_argument("--load-py", default=None)
p.add_argument("--settle-under", type=float, default=5.0)
a = p.parse_args()
for url in (a.a, a.b):
    assert url.startswith("http://127.0.0.1:"), "loopback only"

T0 = time.monotonic()
GIVE_UP = 60.0


def now():
    return time.monotonic() - T0


def request(method, url, body=None, headers=None):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def b_cache():
    """B's response cache counters: {"hit": n, "miss": n}, from cache_gets_total{cache="responses"}."""
    counts = {}
    status, body = request("GET", a.b + "/q/metrics")
    for line in body.decode("utf-8", "replace").splitlines():
        if line.startswith("cache_gets_total{") and 'cache="responses"' in line:
            for result in ("hit", "miss"):
                if f'result="{result}"' in line:
                    counts[result] = float(line.rsplit(" ", 1)[1])
    return counts


def head_seq():
    out = subprocess.run(["psql", a.db_url, "-tAc", "SELECT last_seq FROM change_log_head WHERE id = 1"],
                         capture_output=True, text=True, timeout=30)
    return int(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None


heads = []
stop_heads = threading.Event()


def watch_head():
    while not stop_heads.is_set():
        t = now()
        s = head_seq()
        if s is not None:
            heads.append((t, s))
        stop_heads.wait(max(0.0, 1.0 - (now() - t)))


person_url_b = f"{a.b}/v1/people/{a.person}"
person_url_a = f"{a.a}/v1/people/{a.person}"
probes = []
n = 0


def probe(phase):
    global n
    n += 1
    marker = f"probe-{n}-{int(time.time() * 1000)}"
    start = now()
    for _ in range(2):  # into B's response cache
        status, _ = request("GET", person_url_b)
        assert status == 200, f"B answered {status} for {person_url_b}"
    t_sent = now()
    status, body = request("PATCH", person_url_a, json.dumps({"description": marker}).encode(), {
        "Authorization": "Bearer " + a.key, "Content-Type": "application/merge-patch+json", "If-Match": "*"})
    t_written = now()
    if status != 200:
        print(f"PATCH on A answered {status}: {body[:200]!r}", file=sys.stderr)
        probes.append((phase, start, None, 0, (t_written - t_sent) * 1000))
        return
    polls, delay = 0, None
    while now() - t_written < GIVE_UP:
        status, body = request("GET", person_url_b)
        if status == 200 and marker.encode() in body:
            delay = now() - t_written
            break
        polls += 1
        time.sleep(0.05)
    probes.append((phase, start, delay, polls, (t_written - t_sent) * 1000))


def probe_for(phase, seconds=None, until=None):
    end = now() + seconds if seconds is not None else None
    while (end is None or now() < end) and (until is None or not until()):
        began = now()
        probe(phase)
        time.sleep(max(0.0, a.period - (now() - began)))


threading.Thread(target=watch_head, daemon=True).start()
# Settle: B may still be behind the catalog's load (an older follower read 1,000 events a second): probe, unrecorded,
# until one change shows on B within SETTLE_UNDER s (at most 5 minutes). Not 1 s: a probe starts right after the
# previous one saw B's tick, so with a B follow interval of a few seconds each delay is close to a whole tick.
settle_end = now() + 300
while now() < settle_end:
    probe("settle")
    if probes[-1][2] is not None and probes[-1][2] < a.settle_under:
        break
settled = [x for x in probes if x[0] == "settle"]
print(f"B settled after {len(settled)} probe(s), {sum((x[2] or 60) for x in settled):.0f} s", file=sys.stderr)
probes.clear()
cache_counts = {"start": b_cache()}
probe_for("rest-before", seconds=a.rest)
cache_counts["bulk-start"] = b_cache()
bulk_out = open(a.out + ".bulk.json", "w")
load_py = a.load_py or __file__.rsplit("/", 2)[0] + "/load.py"
bulk_start_t, bulk_start_seq = now(), head_seq()
loader = subprocess.Popen([sys.executable, load_py, a.bulk, a.a, a.key, "--lines", "1000", "--loaders", str(a.loaders)],
                          stdout=bulk_out)
probe_for("bulk", until=lambda: loader.poll() is not None)
loader.wait()
bulk_end_t, bulk_end_seq = now(), head_seq()
cache_counts["bulk-end"] = b_cache()
probe_for("rest-after", seconds=a.rest)
cache_counts["end"] = b_cache()
stop_heads.set()

with open(a.out, "w") as f:
    f.write("phase,start_s,delay_s,polls,patch_ms\n")
    for phase, start, delay, polls, patch_ms in probes:
        f.write(f"{phase},{start:.2f},{'' if delay is None else f'{delay:.3f}'},{polls},{patch_ms:.0f}\n")
with open(a.out + ".head", "w") as f:
    f.write("t_s,last_seq\n")
    for t, s in heads:
        f.write(f"{t:.2f},{s}\n")
with open(a.out + ".bulk-window.json", "w") as f:
    json.dump({"start_s": bulk_start_t, "end_s": bulk_end_t, "start_seq": bulk_start_seq, "end_seq": bulk_end_seq,
               "exit": loader.returncode, "b_cache": cache_counts}, f)
print(f"{len(probes)} probes; bulk load {bulk_end_t - bulk_start_t:.0f} s, "
      f"{(bulk_end_seq or 0) - (bulk_start_seq or 0)} change events", file=sys.stderr)
