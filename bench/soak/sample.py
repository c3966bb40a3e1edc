#!/usr/bin/env python3
"""Samples a running Lede every INTERVAL seconds until DURATION has passed (or the process is gone), one CSV line
each (soak/run.sh). Standard library only; reads /proc and /q/metrics, nothing else.

  soak/sample.py PID URL CSV INTERVAL DURATION [HISTO_AT_S HISTO_FILE]

Columns: t_s (since the start of the load), clock, rss_mb (VmRSS), heap_used_mb and heap_committed_mb (sums of
jvm_memory_*_bytes{area="heap"}), nonheap_used_mb, nonheap_committed_mb (metaspace, code cache, compressed class
space), threads (jvm_threads_live_threads), cache_entries (cache_size{cache="responses"}), cache_evictions,
series (lines of /q/metrics that are not comments: grows if a metric takes a tag from unbounded input),
requests (sum of http_server_requests_seconds_count), cpu_pct (of one core, over the interval), load1 (the
machine's 1-minute load average), direct_mb (jvm_buffer_memory_used_bytes{id="direct"}: Netty's and NIO's direct
buffers), classes (jvm_classes_loaded_classes), metaspace_mb (Metaspace and Compressed Class Space used),
codecache_mb (the CodeHeaps used: JIT-compiled code), old_used_mb (the old generation's use), cache_hits and
cache_misses (cache_gets_total of the response cache).
With HISTO_AT_S, takes `jcmd PID GC.class_histogram` into HISTO_FILE once t_s passes it (the end-of-warm-up
histogram; run.sh takes the final one after the load). With SOAK_NMT=1 in the environment (the JVM runs with
-XX:NativeMemoryTracking=summary), also takes an NMT baseline then, for run.sh's summary.diff at the end.
"""
import os
import re
import subprocess
import sys
import time
import urllib.request

pid, url, csv_path, interval, duration = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
histo_at = float(sys.argv[6]) if len(sys.argv) > 6 else None
histo_file = sys.argv[7] if len(sys.argv) > 7 else None
assert url.startswith("http://127.0.0.1:"), "loopback only"
TICK = os.sysconf("SC_CLK_TCK")
LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)')  # tags may hold braces: uri="/v1/people/{idOrSlug}"


def rss_mb():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_ticks():
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def metrics():
    with urllib.request.urlopen(url + "/q/metrics", timeout=10) as r:
        text = r.read().decode("utf-8", "replace")
    m = {"heap_used": 0.0, "heap_committed": 0.0, "nonheap_used": 0.0, "nonheap_committed": 0.0,
         "threads": float("nan"), "cache_entries": float("nan"), "cache_evictions": float("nan"),
         "series": 0, "requests": 0.0, "direct": float("nan"), "classes": float("nan"),
         "metaspace": 0.0, "codecache": 0.0, "old": 0.0, "cache_hits": float("nan"), "cache_misses": float("nan")}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m["series"] += 1
        match = LINE.match(line)
        if not match:
            continue
        name, tags, value = match.group(1), match.group(2) or "", float(match.group(3))
        if name in ("jvm_memory_used_bytes", "jvm_memory_committed_bytes"):
            kind = "used" if "used" in name else "committed"
            area = "heap" if 'area="heap"' in tags else "nonheap"
            m[f"{area}_{kind}"] += value
            if kind == "used":
                if 'id="Metaspace"' in tags or 'id="Compressed Class Space"' in tags:
                    m["metaspace"] += value
                elif 'id="CodeHeap' in tags or 'id="CodeCache"' in tags:  # one pool when not segmented (< 240 MB)
                    m["codecache"] += value
                elif 'Old Gen"' in tags:
                    m["old"] += value
        elif name == "jvm_threads_live_threads":
            m["threads"] = value
        elif name == "cache_size" and 'cache="responses"' in tags:
            m["cache_entries"] = value
        elif name == "cache_gets_total" and 'cache="responses"' in tags:
            m["cache_hits" if 'result="hit"' in tags else "cache_misses"] = value
        elif name == "cache_evictions_total" and 'cache="responses"' in tags:
            m["cache_evictions"] = value
        elif name == "jvm_buffer_memory_used_bytes" and 'id="direct"' in tags:
            m["direct"] = value
        elif name == "jvm_classes_loaded_classes":
            m["classes"] = value
        elif name == "http_server_requests_seconds_count":
            m["requests"] += value
    return m


columns = ["t_s", "clock", "rss_mb", "heap_used_mb", "heap_committed_mb", "nonheap_used_mb", "nonheap_committed_mb",
           "threads", "cache_entries", "cache_evictions", "series", "requests", "cpu_pct", "load1", "direct_mb", "classes",
           "metaspace_mb", "codecache_mb", "old_used_mb", "cache_hits", "cache_misses"]
MB = 1024 * 1024
start = time.monotonic()
last_ticks, last_t = cpu_ticks(), start
with open(csv_path, "w") as out:
    out.write(",".join(columns) + "\n")
    n = 0
    while True:
        now = time.monotonic()
        t = now - start
        try:
            m = metrics()
            ticks = cpu_ticks()
            rss = rss_mb()
        except (OSError, ValueError) as e:  # gone, or /q/metrics did not answer in time: note it and go on
            print(f"sample at {t:.0f}s failed: {e}", file=sys.stderr)
            if not os.path.exists(f"/proc/{pid}"):
                break
            m, ticks, rss = None, None, None
        if m is not None:
            cpu = (ticks - last_ticks) / TICK / max(now - last_t, 1e-6) * 100
            last_ticks, last_t = ticks, now
            load1 = open("/proc/loadavg").read().split()[0]
            row = [f"{t:.1f}", time.strftime("%H:%M:%S"), f"{rss:.1f}", f"{m['heap_used'] / MB:.1f}",
                   f"{m['heap_committed'] / MB:.1f}", f"{m['nonheap_used'] / MB:.1f}",
                   f"{m['nonheap_committed'] / MB:.1f}", f"{m['threads']:.0f}", f"{m['cache_entries']:.0f}",
                   f"{m['cache_evictions']:.0f}", str(m["series"]), f"{m['requests']:.0f}", f"{cpu:.0f}", load1, f"{m['direct'] / MB:.1f}", f"{m['classes']:.0f}",
                   f"{m['metaspace'] / MB:.1f}", f"{m['codecache'] / MB:.1f}", f"{m['old'] / MB:.1f}",
                   f"{m['cache_hits']:.0f}", f"{m['cache_misses']:.0f}"]
            out.write(",".join(row) + "\n")
            out.flush()
        if histo_at is not None and t >= histo_at and histo_file:
            with open(histo_file, "w") as h:
                subprocess.run(["jcmd", pid, "GC.class_histogram"], stdout=h, stderr=subprocess.STDOUT, timeout=120)
            print(f"class histogram at {t:.0f}s: {histo_file}", file=sys.stderr)
            if os.environ.get("SOAK_NMT") == "1":  # Native Memory Tracking is on: run.sh takes the diff at the end
                subprocess.run(["jcmd", pid, "VM.native_memory", "baseline"], capture_output=True, timeout=120)
            histo_at = None
        if t >= duration:
            break
        n += 1
        time.sleep(max(0.0, start + n * interval - time.monotonic()))
