"""Validation problems, worded for the worker, each tied to the field it concerns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input. ``field`` is a path such as ``shifts[3].end``."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(ValueError):
    """Raised with every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems: list[Problem] = (
            [problems] if isinstance(problems, Problem) else list(problems)
        )
        super().__init__("; ".join(str(p) for p in self.problems))

    def prefixed(self, prefix: str) -> ValidationError:
        """The same problems with ``prefix`` put before each field (``shifts[3]``)."""
        return ValidationError(
            [Problem(f"{prefix}.{p.field}" if p.field else prefix, p.message)
             for p in self.problems]
        )
