#!/usr/bin/env python3
"""What a Python user would write instead of bsh's `find PATTERN --in ROOT | count`: switch the agents
to real time, then walk the tree level by level, browsing 16 directories at a time (threads, one
requests.Session each), polling each answer every POLL seconds until it is no longer 404, and count
the files whose name matches. For scripts/bench.
Usage: bench-walk.py BASE_URL TOKEN AGENT_ID ROOT PATTERN [POLL]"""
import fnmatch
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests

base, token, agent, root, pattern = sys.argv[1:6]
poll = float(sys.argv[6]) if len(sys.argv) > 6 else 0.01
headers = {"X-Auth-Token": token}
local = threading.local()


def session():
    if not hasattr(local, "session"):
        local.session = requests.Session()
        local.session.headers.update(headers)
    return local.session


def listing(path):
    s = session()
    created = s.post(f"{base}/agents/{agent}/browse-requests", json={"path": path})
    created.raise_for_status()
    # The request ID is only in Location, as its last segment.
    request_id = created.headers["Location"].rstrip("/").rsplit("/", 1)[1]
    url = f"{base}/agents/{agent}/browse-requests/{request_id}"
    while True:
        time.sleep(poll)
        answer = s.get(url)
        if answer.status_code == 200:
            return answer.json()
        if answer.status_code != 404:
            answer.raise_for_status()


session().post(f"{base}/events", json={"event": "agent_activate", "mode": "real_time"}).raise_for_status()
count = 0
frontier = [root]
with ThreadPoolExecutor(max_workers=16) as pool:
    while frontier:
        following = []
        for directory, result in zip(frontier, pool.map(listing, frontier)):
            if not result.get("succeeded"):
                continue
            for item in result["items"]:
                path = directory.rstrip("/") + "/" + item["name"]
                if item["mime_type"] == "inode/directory":
                    following.append(path)
                if fnmatch.fnmatchcase(item["name"], pattern):
                    count += 1
        frontier = following
print(count)
