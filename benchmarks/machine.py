"""How fast this machine runs right now: one fixed piece of pure Python, timed in CPU seconds.

The virtual machines these benchmarks were written on change speed by up to half within a
minute (a fixed loop's CPU time varied 1.8-fold within 30 seconds), which moves every figure
with it. The benchmarks print this line before and after their measurements, so a reader can
tell a slow figure from a slow machine.
"""

from __future__ import annotations

import statistics
import time


def reference_ms(rounds: int = 3) -> float:
    """The median CPU time of summing the first five million integers in a Python loop."""
    times = []
    for _ in range(rounds):
        started = time.process_time()
        total = 0
        for i in range(5_000_000):
            total += i
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def speed_line(when: str) -> str:
    return (f"Machine speed {when}: the reference loop took {reference_ms():.0f} ms of CPU "
            "(lower is faster; compare runs by it)")
