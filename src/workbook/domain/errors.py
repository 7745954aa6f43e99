"""Validation problems, worded for the worker, each tied to the field it concerns."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input. ``field`` is a path such as ``shifts[3].end``.

    ``template`` is the English wording with ``%1``, ``%2``… where ``args`` go: a stable code
    the app translates (the message itself stays English for the command line and imports).
    Problems made with :func:`problem` carry one."""

    field: str
    message: str
    template: str = dataclasses.field(default="", compare=False)
    args: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


def problem(field_name: str, template: str, *args: object) -> Problem:
    """A problem worded by ``template`` with ``%1``, ``%2``… filled from ``args``."""
    values = tuple(str(a) for a in args)
    message = template
    for number in range(len(values), 0, -1):  # %10 before %1
        message = message.replace(f"%{number}", values[number - 1])
    return Problem(field_name, message, template, values)


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
            [Problem(f"{prefix}.{p.field}" if p.field else prefix, p.message, p.template,
                     p.args) for p in self.problems]
        )
