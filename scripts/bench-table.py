#!/usr/bin/env python3
"""Collects the rows of scripts/bench and prints them as one table.

  bench-table.py add ROWS --figure TEXT --unit UNIT --bsh NUMBER [--alt NAME=NUMBER]... \
      [--ratio-to NAME|min] [--goal TEXT --check EXPRESSION]
      appends a row to ROWS (JSON lines). The ratio is bsh / the named alternative (or the best,
      least, of them with `min`): under 1 means bsh took less time or memory, or, for a rate,
      served fewer requests. EXPRESSION decides whether the goal is met, over `ratio` and `bsh`,
      such as "ratio <= 1.2" or "bsh <= 150"; without --check the row has no goal and `met` is null.
  bench-table.py finish ROWS RESULTS --mode quick|full
      writes every row and the machine's description to RESULTS (JSON) and prints the table.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys


def number_text(value):
    if value is None:
        return "-"
    if value == 0 or abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"


def add(arguments):
    alternatives = {}
    for pair in arguments.alt:
        name, _, value = pair.rpartition("=")
        if not name:
            sys.exit(f"bench-table.py: --alt wants NAME=NUMBER, not {pair!r}")
        alternatives[name] = float(value) if value not in ("", "nan") else None
    bsh = float(arguments.bsh) if arguments.bsh not in ("", "nan") else None
    ratio = None
    known = {k: v for k, v in alternatives.items() if v}
    if bsh is not None and known:
        if arguments.ratio_to == "min":
            reference = min(known.values())
        elif arguments.ratio_to in known:
            reference = known[arguments.ratio_to]
        else:
            reference = next(iter(known.values()))
        ratio = bsh / reference
    met = None
    if arguments.check:
        try:
            met = bool(eval(arguments.check, {"__builtins__": {}}, {"ratio": ratio, "bsh": bsh}))
        except TypeError:
            met = False  # a figure that could not be measured misses its goal
    row = {
        "figure": arguments.figure, "unit": arguments.unit, "bsh": bsh, "alternatives": alternatives,
        "ratio": None if ratio is None else round(ratio, 3), "goal": arguments.goal or None, "met": met,
    }
    if arguments.note:
        row["note"] = arguments.note
    with open(arguments.rows, "a") as rows:
        rows.write(json.dumps(row) + "\n")


def machine():
    def run(*command):
        try:
            return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None

    memory = None
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cpu = None
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "memory": memory, "kernel": platform.release(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()], "swift": run("swift", "--version"),
        "commit": run("git", "rev-parse", "--short", "HEAD") or os.environ.get("BENCH_COMMIT"),
    }


def table(rows, mode, started_load):
    header = ["figure", "bsh", "alternative", "ratio", "goal", "met"]
    lines = []
    for row in rows:
        unit = row["unit"]
        alternatives = "; ".join(
            f"{name} {number_text(value)}" + ("" if value is None else f" {unit}") for name, value in row["alternatives"].items()
        )
        lines.append([
            row["figure"], "-" if row["bsh"] is None else f"{number_text(row['bsh'])} {unit}", alternatives or "-",
            "-" if row["ratio"] is None else f"{row['ratio']:.2f}x", row["goal"] or "-",
            {True: "yes", False: "NO", None: "-"}[row["met"]],
        ])
    widths = [max(len(str(line[i])) for line in [header] + lines) for i in range(len(header))]

    # A cell's own | (a pipeline in a figure's name) would end it in Markdown.
    lines = [[str(cell).replace("|", "\\|") for cell in line] for line in lines]

    def render(cells):
        return "| " + " | ".join(str(cell).ljust(width) for cell, width in zip(cells, widths)) + " |"

    print(f"bsh figures ({mode} run, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"{os.cpu_count()} cores, load average {started_load} at the start)")
    print("ratio = bsh / alternative (the least of them where several): below 1 is less time or memory;")
    print("for requests/s, below 1 is fewer requests served.")
    print(render(header))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for line in lines:
        print(render(line))
    met = [row["met"] for row in rows if row["met"] is not None]
    print(f"goals met: {sum(met)} of {len(met)}")
    for row in rows:
        if row.get("note"):
            print(f"  {row['figure']}: {row['note']}")


def finish(arguments):
    rows = []
    if os.path.exists(arguments.rows):
        with open(arguments.rows) as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
    started_load = arguments.load or "?"
    document = {
        "mode": arguments.mode, "time": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "load_average_at_start": started_load, "machine": machine(), "rows": rows,
    }
    os.makedirs(os.path.dirname(arguments.results) or ".", exist_ok=True)
    with open(arguments.results, "w") as results:
        json.dump(document, results, indent=2, ensure_ascii=False)
        results.write("\n")
    table(rows, arguments.mode, started_load)


parser = argparse.ArgumentParser(description="Rows and table of scripts/bench.")
commands = parser.add_subparsers(dest="command", required=True)
adding = commands.add_parser("add")
adding.add_argument("rows")
adding.add_argument("--figure", required=True)
adding.add_argument("--unit", required=True)
adding.add_argument("--bsh", required=True)
adding.add_argument("--alt", action="append", default=[])
adding.add_argument("--ratio-to", default=None)
adding.add_argument("--goal", default="")
adding.add_argument("--check", default="")
adding.add_argument("--note", default="")
finishing = commands.add_parser("finish")
finishing.add_argument("rows")
finishing.add_argument("results")
finishing.add_argument("--mode", required=True)
finishing.add_argument("--load", default="")
arguments = parser.parse_args()
{"add": add, "finish": finish}[arguments.command](arguments)
