"""An audit hook that watches for internet sockets, for any test that wants to prove that
something it runs never touches the network.

Python raises an audit event for every socket it creates, connects, binds or sends on, and for
every name lookup (PEP 578). While a :class:`NetGuard` is watching, every such event on an
``AF_INET`` or ``AF_INET6`` socket (and every name lookup, which may go to a DNS server) is
recorded; connecting, binding and sending are also *refused*, by raising
:class:`NetworkForbidden` from the hook, so nothing leaves the machine even when the code under
test swallows the error. A test then asserts that nothing was recorded.

Use it as a context manager or through the fixture::

    from netguard import NetGuard

    def test_something() -> None:
        with NetGuard() as guard:
            run_the_thing()
        assert guard.seen == []

    from netguard import no_network  # noqa: F401  (a fixture, imported to be used)

    def test_other(no_network: NetGuard) -> None:
        run_the_thing()  # the fixture fails the test if anything was seen

Limits: audit hooks see Python's ``socket`` module only. C++ code (Qt's own networking, which the
app never imports, D-Bus, fontconfig) opens sockets without Python knowing; the strace and
``unshare -n`` tests in ``test_network_audit.py`` cover those. Audit hooks cannot be removed, so
one hook is installed for the life of the process and only records while a guard is active.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import pytest

INTERNET = frozenset({socket.AF_INET, socket.AF_INET6})
TRAFFIC = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
LOOKUPS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                     "socket.gethostbyaddr", "socket.getnameinfo"})
OTHER = frozenset({"urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
                   "imaplib.open", "poplib.connect", "nntplib.connect", "telnetlib.Telnet.open",
                   "webbrowser.open"})


class NetworkForbidden(OSError):
    """Raised (from the audit hook) instead of letting an internet socket connect or send."""


@dataclass
class Seen:
    event: str
    detail: str
    thread: str

    def __str__(self) -> str:
        return f"{self.event} {self.detail} (thread {self.thread})"


def _family(args: tuple[Any, ...], event: str) -> int | None:
    if event == "socket.__new__":
        # socket.py fills in AF_INET before this event; -1 only comes with a file descriptor
        # to wrap, whose family connect and bind then show.
        family = args[1] if len(args) > 1 else None
        return family if isinstance(family, int) else None
    sock = args[0] if args else None
    return getattr(sock, "family", None)


@dataclass
class NetGuard:
    """Watches for internet sockets while active (``with NetGuard() as guard``)."""

    block: bool = True
    seen: list[Seen] = field(default_factory=list)

    def __enter__(self) -> NetGuard:
        _install()
        with _LOCK:
            _ACTIVE.append(self)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        with _LOCK:
            _ACTIVE.remove(self)

    def report(self) -> str:
        return "\n".join(str(s) for s in self.seen)

    def _observe(self, event: str, args: tuple[Any, ...]) -> None:
        if event in LOOKUPS or event in OTHER:
            self.seen.append(Seen(event, repr(args)[:200], threading.current_thread().name))
            return
        if event == "socket.__new__" or event in TRAFFIC:
            family = _family(args, event)
            if family not in INTERNET:
                return
            detail = repr(args[1:])[:200] if event in TRAFFIC else f"family={family}"
            self.seen.append(Seen(event, detail, threading.current_thread().name))
            if self.block and event in TRAFFIC:
                raise NetworkForbidden(f"{event} on an internet socket: {detail}")


_LOCK = threading.Lock()
_ACTIVE: list[NetGuard] = []
_INSTALLED = False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _ACTIVE or not event.startswith(("socket.", "urllib.", "http.", "ftplib.",
                                            "smtplib.", "imaplib.", "poplib.", "nntplib.",
                                            "telnetlib.", "webbrowser.")):
        return
    for guard in list(_ACTIVE):
        guard._observe(event, args)


def _install() -> None:
    global _INSTALLED
    with _LOCK:
        if not _INSTALLED:
            sys.addaudithook(_hook)
            _INSTALLED = True


@pytest.fixture
def no_network() -> Iterator[NetGuard]:
    """Watch the whole test; fail it if any internet socket or name lookup was attempted."""
    with NetGuard() as guard:
        yield guard
    assert guard.seen == [], "network use attempted:\n" + guard.report()
