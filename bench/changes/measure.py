#!/usr/bin/env python3
"""The change feed's figures against a running Lede (bench/changes/run.sh). Standard library only.

(1) the whole log read from the start with limit=1000; (2) long-poll wake-up after a write's 2xx; (3) read throughput
(wrk) with no long-poll, then with N idle long-polls held open (each on its own connection and URL, re-issued when
its wait ends), uncached (with the key) and cached (anonymous).
"""
import argparse
import json
import os
import socket
import statistics
import subprocess
import threading
import time
import urllib.request


KEY = [None]


def get(url, key=None, timeout=60):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + key} if key else {})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def load():
    return [round(x, 2) for x in os.getloadavg()]


def read_log(base, key):
    """The whole log from the start. A short page may end at the scan window rather than the head (a filtered read):
    the head is where an empty page leaves the cursor as it was."""
    started, events, cursor, requests = time.perf_counter(), 0, None, 0
    while True:
        page = get(base + "/v1/changes?limit=1000" + ("&since=" + cursor if cursor else ""), key)
        requests += 1
        events += len(page["data"])
        if not page["data"] and page["meta"]["nextCursor"] == cursor:
            break
        cursor = page["meta"]["nextCursor"]
    seconds = time.perf_counter() - started
    return {"events": events, "requests": requests, "seconds": round(seconds, 2), "events_per_s": round(events / seconds),
            "load": load()}


def settle(base):
    """Waits for the work a fresh start does in the background (the typeahead's first snapshot: the first suggest
    request waits for it), so that the first figure is not measured against it; then reads the log once each way
    (JIT, the database's page cache), unrecorded. The first run's anonymous figure (7,127 vs 20,200 with the key) was
    this: measured first, beside the start's typeahead build, on a cold JVM; the order reversed, the key was as slow."""
    get(base + "/v1/suggest?q=a", timeout=300)
    for key in (None, KEY[0]):
        read_log(base, key)


def wake_latency(base, key, samples):
    latencies = []
    for i in range(samples):
        head = get(base + "/v1/changes?since=now")["meta"]["nextCursor"]
        answer = {}
        poll = threading.Thread(target=lambda: answer.update(
            page=get(base + "/v1/changes?types=person&wait=30&since=" + head), at=time.perf_counter()))
        poll.start()
        time.sleep(0.3)
        body = json.dumps({"name": "Wake %d %d" % (i, time.time_ns()), "aliases": []}).encode()
        request = urllib.request.Request(base + "/v1/people", data=body, method="POST", headers={
            "Authorization": "Bearer " + key, "Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=30).read()
        written = time.perf_counter()
        poll.join(40)
        assert answer["page"]["data"], "the long-poll returned empty"
        latencies.append((answer["at"] - written) * 1000)
    latencies.sort()
    return {"samples": samples, "median_ms": round(statistics.median(latencies), 1),
            "p95_ms": round(latencies[int(0.95 * (samples - 1))], 1), "max_ms": round(latencies[-1], 1)}


class IdlePolls:
    """N long-polls kept waiting: raw HTTP/1.1 on N sockets, each re-issued when its wait ends."""

    def __init__(self, host, port, count, head):
        self.host, self.port, self.count, self.head, self.stop = host, port, count, head, False
        self.refused = 0
        self.sockets = []
        self.threads = [threading.Thread(target=self.hold, args=(i,), daemon=True) for i in range(count)]

    def hold(self, i):
        request = ("GET /v1/changes?types=source&wait=30&limit=%d&since=%s HTTP/1.1\r\nHost: x\r\n\r\n"
                   % (i % 1000 + 1, self.head)).encode()  # distinct URLs: identical misses queue in the cache
        while not self.stop:
            try:
                with socket.create_connection((self.host, self.port), timeout=40) as s:
                    self.sockets.append(s)
                    while not self.stop:
                        s.sendall(request)
                        reply = s.recv(65536)
                        if not reply:
                            break
                        if b" 503 " in reply.split(b"\r\n", 1)[0]:
                            self.refused += 1
                            time.sleep(1)
            except OSError:
                time.sleep(0.5)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
            time.sleep(0.002)
        time.sleep(3)
        return self

    def __exit__(self, *exc):
        self.stop = True
        for s in self.sockets:  # the next round must not run beside polls still parked on the server
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        time.sleep(1)


def wrk(base, args, paths, key):
    command = ["wrk", "-t%d" % args.threads, "-c%d" % args.connections, "-d" + args.duration, "--timeout", "5s",
               "-s", args.lua, base, "--", paths] + ([key] if key else [])
    out = subprocess.run(command, capture_output=True, text=True).stdout
    result = json.loads(next(line[7:] for line in out.splitlines() if line.startswith("RESULT ")))
    return {"requests_per_s": round(result["requests"] / result["duration_us"] * 1e6), "p99_ms": result["p99_us"] / 1000,
            "errors": result["non2xx"] + result["timeout"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base"), parser.add_argument("key"), parser.add_argument("results")
    parser.add_argument("--duration", default="10s"), parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2), parser.add_argument("--idle-polls", type=int, default=500)
    parser.add_argument("--lua"), parser.add_argument("--work")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    out = open(args.results, "a")
    record = lambda kind, figures: (out.write(json.dumps(dict(figures, kind=kind)) + "\n"), out.flush(),
                                    print(kind, figures, flush=True))
    KEY[0] = args.key
    settle(args.base)
    rounds = {"anonymous": [], "key": []}
    for _ in range(args.rounds):  # alternated, so that neither is always measured first on a busy machine
        for who, key in (("anonymous", None), ("key", args.key)):
            figures = read_log(args.base, key)
            rounds[who].append(figures)
            record("read-log-" + who + "-round", figures)
    for who, figures in rounds.items():
        record("read-log-" + who, {"events_per_s_median": statistics.median(f["events_per_s"] for f in figures),
                                   "events_per_s_all": [f["events_per_s"] for f in figures],
                                   "events": figures[0]["events"], "load": load()})
    record("wake", dict(wake_latency(args.base, args.key, 20), load=load()))

    slugs = [a["slug"] for a in get(args.base + "/v1/articles?limit=100&fields=slug")["data"]]
    paths = args.work + "/read-paths.txt"
    with open(paths, "w") as f:
        for slug in slugs:
            f.write("/v1/articles/%s\n/v1/articles?limit=20&fields=headline,slug\n" % slug)
    host, port = args.base.split("//")[1].split(":")
    for key in (args.key, None):  # warm-up: the JIT and H2's cache, not measured
        wrk(args.base, args, paths, key)
    # Rounds alternate without and with the idle polls (each its uncached then cached run), so that neither side is
    # always measured first while the JIT and H2's cache are still warming; the medians are compared.
    figures_by = {}
    for _ in range(args.rounds):
        for polls_on in (False, True):
            head = get(args.base + "/v1/changes?since=now")["meta"]["nextCursor"]
            with IdlePolls(host, int(port), args.idle_polls if polls_on else 0, head) as polls:
                for key in (args.key, None):
                    name = "reads-%s-%s" % ("uncached" if key else "cached",
                                            "with-%d-polls" % args.idle_polls if polls_on else "without-polls")
                    figures = dict(wrk(args.base, args, paths, key), polls_refused=polls.refused, load=load())
                    record(name + "-round", figures)
                    figures_by.setdefault(name, []).append(figures)
    for name, runs in figures_by.items():
        rates = sorted(f["requests_per_s"] for f in runs)
        p99s = sorted(f["p99_ms"] for f in runs)
        record(name, {"requests_per_s_median": rates[len(rates) // 2], "requests_per_s_all": rates,
                      "p99_ms_median": p99s[len(p99s) // 2], "load": load()})

if __name__ == "__main__":
    main()
