#!/usr/bin/env python3
"""Interleaved start-up timing: runs each command once per round, round after round, so that a
busy machine slows every command alike, then prints a Markdown table of medians and ratios to the
first command (the baseline). Wall time and CPU time (user + system of the child) are both given:
CPU time is the steadier figure when other work shares the machine.

    startup.py ROUNDS 'java -version' './httpstatus 404' ...
"""
import resource
import shlex
import statistics
import subprocess
import sys
import time


def run_once(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"startup.py: {' '.join(argv)} exited with {done.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def main():
    rounds = int(sys.argv[1])
    commands = sys.argv[2:]
    argvs = [shlex.split(c) for c in commands]
    for argv in argvs:  # warm the page cache and the launcher's build/archive
        for _ in range(3):
            run_once(argv)
    walls = [[] for _ in commands]
    cpus = [[] for _ in commands]
    for _ in range(rounds):
        for i, argv in enumerate(argvs):
            w, c = run_once(argv)
            walls[i].append(w)
            cpus[i].append(c)
    base_wall = statistics.median(walls[0])
    base_cpu = statistics.median(cpus[0])
    print(f"| command | wall median (ms) | wall min (ms) | CPU median (ms) | wall ratio | CPU ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for i, c in enumerate(commands):
        wm, cm = statistics.median(walls[i]), statistics.median(cpus[i])
        print(f"| `{c}` | {wm:.1f} | {min(walls[i]):.1f} | {cm:.1f} | {wm / base_wall:.2f}× | {cm / base_cpu:.2f}× |")


if __name__ == "__main__":
    main()
