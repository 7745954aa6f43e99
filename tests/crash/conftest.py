"""Crash-test bookkeeping: counts collected by ``test_crash.py`` are printed at the end of the
run (whatever ``-s`` says) and written to ``build/crash-report.txt``."""

from __future__ import annotations

from pathlib import Path

import pytest
from crash_stats import STATS


def _lines() -> list[str]:
    if not STATS.phases:
        return []
    lines = [f"Crash tests (seed {STATS.seed}): SIGKILL at random moments, then the vault and "
             "every file written beside it checked"]
    header = (f"  {'phase':<11}{'kills':>6}{'in op':>7}{'confirmed':>11}{'checks':>8}"
              f"{'temps left':>12}{'failures':>10}")
    lines.append(header)
    total = STATS.total()
    for name, phase in [*STATS.phases.items(), ("total", total)]:
        lines.append(f"  {name:<11}{phase.kills:>6}{phase.in_operation:>7}{phase.confirmed:>11}"
                     f"{phase.committed_checked:>8}{phase.temps_left:>12}{phase.failures:>10}")
    lines.append(f"  runtime {STATS.seconds:.1f} s. 'in op': killed while the phase's operation "
                 "(write, checkpoint, rekey, backup, export) was running; 'confirmed': shifts "
                 "(each with its money lines) the child reported committed; 'checks': presence "
                 "checks of those after every kill (vault and backup); 'temps left': temporary "
                 "files found right after a kill")
    for name, phase in STATS.phases.items():
        lines.extend(f"  {name}: {note}" for note in phase.notes)
        lines.extend(f"  {name} FAILURE: {problem}" for problem in phase.problems)
    return lines


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = _lines()
    if lines:
        terminalreporter.write_sep("-", "crash test counts")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session) -> None:
    lines = _lines()
    if lines:
        out = Path(session.config.rootpath) / "build" / "crash-report.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
