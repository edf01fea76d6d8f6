#!/usr/bin/env python3
"""Runs a command once and prints one JSON result line: wall-clock seconds, CPU seconds and peak
memory of the command and its children, and the fields given.

usage: timed.py BENCH TOOL '{"extra": "fields"}' COMMAND [ARGS...]"""
import json, resource, subprocess, sys, time

bench, tool, extra, command = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4:]
started = time.perf_counter()
done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - started
if done.returncode != 0:
    sys.stderr.write(done.stderr.decode(errors="replace"))
    sys.exit(f"timed.py: {command[0]} failed ({done.returncode})")
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"bench": bench, "tool": tool, "seconds": seconds, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "peak_rss_mb": usage.ru_maxrss / 1024, **extra}))
