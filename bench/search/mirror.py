#!/usr/bin/env python3
"""Stores the bytes Lede answers for a sample of each workload's paths, for nginx to serve as static files.

Usage: mirror.py URL KEY PATHS_DIR STATIC_DIR WORKLOAD...

For each workload: the first --sample (20) paths of PATHS_DIR/<workload>.txt are read from Lede with the key (as
run.sh measures them), stored as STATIC_DIR/<workload>/<i>.json and listed in PATHS_DIR/<workload>.nginx.txt; the
mean body size goes to PATHS_DIR/<workload>.bytes. The search lists are all different paths, so nginx's figure is
the cost of bytes like those, not of the same requests (prepare.py's rule for the other workloads). Any answer
other than 200 stops the run: a workload of errors would measure nothing.
"""
import argparse
import os
import urllib.request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("key")
    ap.add_argument("paths")
    ap.add_argument("static")
    ap.add_argument("workloads", nargs="+")
    ap.add_argument("--sample", type=int, default=20)
    a = ap.parse_args()
    assert a.url.startswith("http://127.0.0.1:"), "loopback only"
    for name in a.workloads:
        with open(os.path.join(a.paths, name + ".txt")) as f:
            paths = [line.strip() for line in f if line.strip()][:a.sample]
        os.makedirs(os.path.join(a.static, name), exist_ok=True)
        sizes, statics = [], []
        for i, path in enumerate(paths):
            request = urllib.request.Request(a.url + path, headers={"Authorization": "Bearer " + a.key})
            with urllib.request.urlopen(request, timeout=60) as response:
                body = response.read()
            with open(os.path.join(a.static, name, f"{i}.json"), "wb") as f:
                f.write(body)
            statics.append(f"/{name}/{i}.json")
            sizes.append(len(body))
        with open(os.path.join(a.paths, name + ".nginx.txt"), "w") as f:
            f.write("\n".join(statics) + "\n")
        with open(os.path.join(a.paths, name + ".bytes"), "w") as f:
            f.write(str(sum(sizes) // len(sizes)))


if __name__ == "__main__":
    main()
