#!/usr/bin/env python3
"""Webhook fan-out: SUBS subscriptions to one local receiver, EVENTS published articles; how fast are the
SUBS x EVENTS deliveries made (events delivered per second, from the first publish to the last delivery)?
Usage: fanout.py LEDE_URL KEY SUBS EVENTS RECEIVER_PORT. Prints one JSON line."""
import json, os, sys, threading, time, urllib.request, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lede, key, subs, events, port = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
lock = threading.Lock()
received = {"n": 0, "ids": set(), "last": 0.0}

class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", "0")))
        with lock:
            received["n"] += 1
            received["ids"].add(self.headers.get("webhook-id"))
            received["last"] = time.monotonic()
        self.send_response(204)
        self.send_header("content-length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", port), Receiver)
threading.Thread(target=server.serve_forever, daemon=True).start()

def call(method, path, body=None):
    req = urllib.request.Request(lede + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + key, "Content-Type": "application/json",
                                          "If-Match": "*"})
    with urllib.request.urlopen(req, timeout=60) as answer:
        return json.loads(answer.read() or b"null")

tag = "fanout-" + uuid.uuid4().hex[:8]
hooks = [call("POST", "/v1/webhooks", {"url": f"http://127.0.0.1:{port}/hook/{i}", "types": ["article"],
                                       "ops": ["published"], "tag": tag})["id"] for i in range(subs)]
expected = subs * events
start = time.monotonic()
for i in range(events):
    article = call("POST", "/v1/articles", {"headline": f"Fan-out {tag} {i}", "language": "en", "tags": [tag],
                                            "body": [f"Fan-out paragraph {i}."]})
    call("POST", f"/v1/articles/{article['id']}/publish")
published = time.monotonic()
deadline = published + float(os.environ.get("PATIENCE", "600"))
while received["n"] < expected and time.monotonic() < deadline:
    time.sleep(0.05)
elapsed = (received["last"] or time.monotonic()) - start
for hook in hooks:
    call("DELETE", f"/v1/webhooks/{hook}")
print(json.dumps({"subscriptions": subs, "events": events, "expected": expected, "received": received["n"],
                  "distinct_ids": len(received["ids"]), "publish_s": round(published - start, 2),
                  "elapsed_s": round(elapsed, 2), "deliveries_per_s": round(received["n"] / elapsed, 1),
                  "loadavg": os.getloadavg()}))
