"""Counts the crash tests collect (imported as ``crash_stats`` by the tests and the conftest)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PhaseStats:
    kills: int = 0
    in_operation: int = 0
    confirmed: int = 0  # distinct shifts the child confirmed as committed
    committed_checked: int = 0  # presence checks of confirmed records, over all kills
    temps_left: int = 0
    failures: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def fail(self, problem: str) -> None:
        self.failures += 1
        self.problems.append(problem)


@dataclass
class Stats:
    seed: int = 0
    seconds: float = 0.0
    phases: dict[str, PhaseStats] = field(default_factory=dict)

    def total(self) -> PhaseStats:
        total = PhaseStats()
        for phase in self.phases.values():
            total.kills += phase.kills
            total.in_operation += phase.in_operation
            total.confirmed += phase.confirmed
            total.committed_checked += phase.committed_checked
            total.temps_left += phase.temps_left
            total.failures += phase.failures
        return total


STATS = Stats()
