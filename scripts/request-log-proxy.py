#!/usr/bin/env python3
"""Forwards HTTP requests to a server and logs each one as a JSON line with the time it was
answered, for scripts/bench to measure how bsh polls. Usage: request-log-proxy.py PORT UPSTREAM_PORT LOG"""
import http.client
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, upstream_port, log_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
log = open(log_path, "a", buffering=1)
lock = threading.Lock()
local = threading.local()


class Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def forward(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        # Plain bodies, so that their fields can be logged.
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("accept-encoding", "host")}
        if not hasattr(local, "upstream"):
            local.upstream = http.client.HTTPConnection("127.0.0.1", upstream_port)
        local.upstream.request(self.command, self.path, body=body or None, headers=headers)
        response = local.upstream.getresponse()
        data = response.read()
        entry = {"t": time.time(), "method": self.command, "path": self.path, "status": response.status}
        try:
            document = json.loads(data)
            if isinstance(document, dict):
                entry.update({k: document[k] for k in ("id", "state", "ended_time", "time") if k in document})
        except ValueError:
            pass
        with lock:
            log.write(json.dumps(entry) + "\n")
        self.send_response(response.status)
        for key, value in response.getheaders():
            if key.lower() not in ("transfer-encoding", "content-length", "connection"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = forward


ThreadingHTTPServer(("127.0.0.1", port), Forward).serve_forever()
