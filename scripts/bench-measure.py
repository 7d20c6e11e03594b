#!/usr/bin/env python3
"""Runs a command and writes its peak resident memory in KB (the largest of it and the children it
waited for, from wait4) and its wall time in seconds to FILE, as "KB SECONDS"; exits as the command
did. For scripts/bench: GNU time's %M reads nonsense for some programs (terabytes for jq) on the
machine the figures were first taken on.
Usage: bench-measure.py FILE COMMAND [ARGUMENT...]"""
import os
import subprocess
import sys
import time

if len(sys.argv) < 3:
    sys.exit(__doc__)
start = time.monotonic()
try:
    child = subprocess.Popen(sys.argv[2:])
except OSError as error:
    print(f"bench-measure.py: cannot run {sys.argv[2]}: {error.strerror}", file=sys.stderr)
    sys.exit(127)
while True:
    try:
        _, status, usage = os.wait4(child.pid, 0)
        break
    except InterruptedError:
        continue
seconds = time.monotonic() - start
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {seconds:.3f}\n")
sys.exit(os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
