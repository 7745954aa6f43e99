"""Fuzzing with hypothesis: the settings every fuzz test runs under, and a tally of examples.

Profiles (choose with ``WORKBOOK_FUZZ_PROFILE``; ``ci`` is the default, so ``make test`` and
``.ci/run`` run it):

- ``ci``: 500 examples per test, no deadline (a report with a 100,000-character note takes
  longer than hypothesis' default 200 ms), no example database (nothing written into the
  repository), and the health checks that only complain about slow or large data switched off:
  the data is large and slow on purpose;
- ``dev``: 50 examples, for a quick run while editing;
- ``long``: 5,000 examples, for a nightly or a pre-release run.

Hypothesis fixes a test's settings when the test is decorated, so loading a profile from a
fixture would be too late and loading it here would change every other test in the session:
each fuzz test is decorated with ``@FUZZ`` (``fuzz_helpers.FUZZ``, the chosen profile) instead.

Each fuzz test asks for the ``examples`` fixture and calls ``examples.ran()`` once per example
(and ``examples.note(kind)`` for what it saw: "accepted", "rejected", …). At the end of the run
the counts and the time each test took are printed in pytest's summary and kept in pytest's
cache under ``workbook/fuzz`` (``pytest --cache-show 'workbook/*'`` prints them again).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

_RELAXED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
            HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture]

settings.register_profile("ci", max_examples=500, deadline=None, database=None,
                          suppress_health_check=_RELAXED, print_blob=True)
settings.register_profile("dev", parent=settings.get_profile("ci"), max_examples=50)
settings.register_profile("long", parent=settings.get_profile("ci"), max_examples=5000)

PROFILE = os.environ.get("WORKBOOK_FUZZ_PROFILE", "ci")

from fuzz_helpers import Tally  # noqa: E402  (it reads the profiles registered above)

_TALLIES: list[Tally] = []


@pytest.fixture
def examples(request: pytest.FixtureRequest) -> Iterator[Tally]:
    tally = Tally(request.node.name)
    started = time.perf_counter()
    yield tally
    tally.seconds = time.perf_counter() - started
    _TALLIES.append(tally)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _TALLIES:
        return
    terminalreporter.section(f"fuzz examples (hypothesis profile {PROFILE!r})")
    total = sum(t.examples for t in _TALLIES)
    seconds = sum(t.seconds for t in _TALLIES)
    for tally in _TALLIES:
        terminalreporter.write_line(tally.line())
    terminalreporter.write_line(f"total: {total} examples in {len(_TALLIES)} tests, "
                                f"{seconds:.1f} s")
    cache = getattr(terminalreporter.config, "cache", None)  # absent with -p no:cacheprovider
    if cache is not None:
        cache.set("workbook/fuzz", {
            "profile": PROFILE, "total_examples": total, "seconds": round(seconds, 1),
            "tests": {t.name: {"examples": t.examples, "seconds": round(t.seconds, 1),
                               "kinds": dict(t.kinds)} for t in _TALLIES},
        })
