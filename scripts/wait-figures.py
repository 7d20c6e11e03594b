#!/usr/bin/env python3
"""Reads the log of scripts/request-log-proxy.py and prints how bsh's `wait` polled: how long after
an answer was ready bsh saw it (from the answer's own timestamp), and requests per second while waiting.
With --json, prints them as one JSON object (browse_seen_ms_avg, browse_seen_ms_max,
backup_requests_per_second) for scripts/bench's table.
Usage: wait-figures.py [--json] LOG"""
import json
import re
import sys
from datetime import datetime


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


as_json = sys.argv[1:2] == ["--json"]
entries = [json.loads(line) for line in open(sys.argv[-1])]
polls = {}  # what was polled -> the log entries of its polls, in order
for entry in entries:
    match = re.search(r"/(agents/[^/]+/browse-requests|backups)/([^/?]+)$", entry["path"])
    if entry["method"] == "GET" and match:
        polls.setdefault((match.group(1).split("/")[0], match.group(2)), []).append(entry)

figures = {}
for kind, label in (("agents", "browse answers"), ("backups", "finished backups")):
    delays, rates = [], []
    for (what, _), answers in polls.items():
        if what != kind:
            continue
        last = answers[-1]
        ready = last.get("time") if kind == "agents" else last.get("ended_time")
        if last["status"] != 200 or not ready:
            continue
        delays.append(last["t"] - instant(ready))
        span = last["t"] - answers[0]["t"]
        if span > 0:
            rates.append((len(answers) - 1) / span)
    if delays and kind == "agents":
        figures["browse_seen_ms_avg"] = round(1000 * sum(delays) / len(delays))
        figures["browse_seen_ms_max"] = round(1000 * max(delays))
    if rates and kind == "backups":
        figures["backup_requests_per_second"] = round(max(rates), 2)
    if delays and not as_json:
        line = f"   {label}: {len(delays)}, seen {1000 * sum(delays) / len(delays):.0f} ms after ready on average, {1000 * max(delays):.0f} ms at most"
        if kind == "backups" and rates:
            line += f"; {max(rates):.2f} requests/s while waiting (budget: 150 ms, 1 request/s)"
        print(line)
if as_json:
    print(json.dumps(figures))
