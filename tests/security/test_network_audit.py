"""Network audit: the CLI and the app never open an internet socket.

Three ways, each catching what the one before cannot:

1. In this process, under the audit hook of ``netguard.py``: every CLI command (``workbook.cli
   .main`` with the passphrase on a patched standard input) and the app offscreen (unlock, every
   page, the editors, an export, a lock). The hook sees Python's sockets only.
2. The same CLI commands and the same app run as child processes under ``strace -f``, which
   sees every ``socket``, ``connect``, ``bind``, ``sendto`` and ``sendmsg`` system call, from
   Python, Qt, SQLCipher or any library: no ``AF_INET`` or ``AF_INET6`` may appear. Skipped,
   with the reason, only where strace cannot trace (not installed, or ptrace not permitted).
3. The same children inside a new network namespace (``unshare -n``), where there is no
   network at all: everything still works.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from netguard import NetGuard, NetworkForbidden

PASSPHRASE = "lilac river moon tango"
NEW_PASSPHRASE = "seven quiet harbour lamps"
EXAMPLE_JSON = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "example.json"
EXAMPLE_CSV = (
    "workplace;start;end;breaks_minutes;role;private_dances;tips;house_fee;tip_out;fine;notes\n"
    "Club Aurora;2026-03-28 21:00;2026-03-29 04:00;30;stage;3500;200;800;300;;Quiet night\n"
    "Club Aurora;2026-03-29 21:00;2026-03-30 03:00;0;floor;1200;;800;300;500;Fined for phone\n"
)


# --- the flows -----------------------------------------------------------------------------


def cli_flows(folder: Path) -> list[tuple[list[str], list[str]]]:
    """Every CLI command once, in an order that works: (arguments, lines on standard input)."""
    vault = str(folder / "vault.workbook")
    (folder / "shifts.csv").write_text(EXAMPLE_CSV, encoding="utf-8")
    (folder / "backups").mkdir(exist_ok=True)
    out = folder / "out"
    out.mkdir(exist_ok=True)
    common = ["--vault", vault, "--passphrase-stdin"]
    return [
        ([*common, "init"], [PASSPHRASE]),
        ([*common, "import", str(EXAMPLE_JSON)], [PASSPHRASE]),
        ([*common, "import", "--csv", str(folder / "shifts.csv")], [PASSPHRASE]),
        ([*common, "summary", "--json"], [PASSPHRASE]),
        ([*common, "summary", "--from", "2026-03-01", "--to", "2026-03-31"], [PASSPHRASE]),
        ([*common, "seal"], [PASSPHRASE]),
        ([*common, "export", "--from", "2026-01-01", "--to", "2026-12-31", "--profile", "full",
          "--pdf", str(out / "report.pdf"), "--json", str(out / "report.json"),
          "--csv", str(out / "report.csv")], [PASSPHRASE]),
        (["verify", str(out / "report.json"), str(out / "report.pdf")], []),
        ([*common, "backup", str(folder / "backups" / "backup.workbook")], [PASSPHRASE]),
        ([*common, "check"], [PASSPHRASE]),
        ([*common, "passwd"], [PASSPHRASE, NEW_PASSPHRASE]),
        (["--vault", str(folder / "restored.workbook"), "--passphrase-stdin", "restore",
          str(folder / "backups" / "backup.workbook")], [PASSPHRASE]),
        (["--vault", str(folder / "demo.workbook"), "--passphrase-stdin", "demo"],
         [PASSPHRASE]),
    ]


def app_flow(folder: Path) -> None:
    """The app offscreen, as a worker uses it: unlock a vault full of demo records, every
    page with a search, each editor opened and closed, an export from the export dialog, a
    seal, then lock (the key dropped, the unlock window back). Needs a QApplication."""
    from PySide6.QtWidgets import QApplication

    from workbook.services.demo import create_demo
    from workbook.store import FAST_TEST_KDF, Vault
    from workbook.ui.app import AppController
    from workbook.ui.i18n import Translations
    from workbook.ui.prefs import Prefs
    from workbook.ui.unlock import StoreOpener

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = folder / "app.workbook"
    with Vault.create(path, PASSPHRASE, kdf=FAST_TEST_KDF) as vault:
        create_demo(vault)
    translations = Translations()
    translations.install("en")
    ctl = AppController(app, Prefs(folder / "config"), translations, path,
                        opener=StoreOpener(kdf=FAST_TEST_KDF))
    try:
        unlock = ctl.show_unlock()
        unlock.passphrase.setText(PASSPHRASE)
        unlock.submit_unlock()
        _wait(lambda: ctl.main_window is not None)
        session, main = ctl.session, ctl.main_window
        assert session is not None and main is not None
        from workbook.ui.main_window import PAGES

        for spec in PAGES:
            page = main.open_page(spec.key)
            app.processEvents()
            bar = getattr(page, "filter_bar", None)
            if bar is not None and getattr(bar, "search", None) is not None:
                bar.search.setText("fee")
                bar.apply_now()
                app.processEvents()
        from workbook.ui.dialogs.export_dialog import ExportDialog
        from workbook.ui.dialogs.incident_editor import IncidentEditor
        from workbook.ui.dialogs.money_dialog import MoneyDialog
        from workbook.ui.dialogs.person_dialog import PersonDialog
        from workbook.ui.dialogs.shift_editor import ShiftEditor
        from workbook.ui.dialogs.workplace_dialog import WorkplaceDialog

        for dialog in (ShiftEditor(session, None, main), IncidentEditor(session, None, main),
                       MoneyDialog(session, None, main), WorkplaceDialog(session, None, main),
                       PersonDialog(session, None, main)):
            dialog.show()
            app.processEvents()
            dialog.reject()
        export = ExportDialog(session, main)
        export.show()
        export.profile_buttons["full"].setChecked(True)
        for fmt in ("pdf", "json", "csv"):
            box, edit, _choose = export.outputs[fmt]
            box.setChecked(True)
            edit.setText(str(folder / f"app-report.{fmt}"))
        export._update_run()
        if export.run_button.isEnabled():
            export.run_export()
            _wait(lambda: export.task is None)
        export.show_seal()
        export.close()
        ctl.lock(quick=True)
        assert ctl.session is None and ctl.unlock_window is not None
    finally:
        if ctl.session is not None:
            ctl.lock()
        if ctl.unlock_window is not None:
            ctl.unlock_window.hide()
            ctl.unlock_window.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        app.processEvents()
        # What the lock handed to deleteLater() goes now (there is no event loop after this
        # to do it; left to interpreter exit, its timers complain to stderr).
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.005)


# --- 1. in this process, under the audit hook ---------------------------------------------


def test_the_hook_catches_a_real_connect() -> None:
    """The guard is not blind: a real IPv4 connect is seen and stopped before it happens."""
    with (NetGuard() as guard, socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
          pytest.raises(NetworkForbidden)):
        sock.connect(("127.0.0.1", 9))
    assert [s.event for s in guard.seen] == ["socket.__new__", "socket.connect"]
    assert "127.0.0.1" in guard.seen[1].detail


def test_the_hook_catches_ipv6_binds_sends_and_lookups() -> None:
    with NetGuard() as guard:
        if socket.has_ipv6:
            with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as six, \
                    pytest.raises(NetworkForbidden):
                six.bind(("::1", 0))
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, \
                pytest.raises(NetworkForbidden):
            udp.sendto(b"x", ("127.0.0.1", 9))
        with pytest.raises(OSError):
            socket.getaddrinfo("workbook.invalid", 443)  # (refused, or no such name)
    events = [s.event for s in guard.seen]
    assert "socket.sendto" in events and "socket.getaddrinfo" in events
    if socket.has_ipv6:
        assert "socket.bind" in events


def test_the_hook_ignores_local_sockets() -> None:
    """AF_UNIX (D-Bus, the X server) is local inter-process messaging, not network."""
    with NetGuard() as guard:
        first, second = socket.socketpair(socket.AF_UNIX)
        first.sendall(b"ping")
        assert second.recv(4) == b"ping"
        first.close()
        second.close()
    assert guard.seen == []


@pytest.fixture
def cli_in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
                   ) -> Callable[[list[str], list[str]], tuple[int, str, str]]:
    from workbook import cli

    # The real process hardening (umask 077, no core dumps, not dumpable) would stay on this
    # pytest process for the rest of the run; the child-process tests below keep it.
    monkeypatch.setattr("workbook.hardening.harden_process", lambda: None)

    def run(args: list[str], stdin: list[str]) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in stdin)))
        code = cli.main(args)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_the_cli_opens_no_internet_socket(
        tmp_path: Path, cli_in_process: Callable[[list[str], list[str]],
                                                  tuple[int, str, str]]) -> None:
    with NetGuard() as guard:
        for args, stdin in cli_flows(tmp_path):
            code, out, err = cli_in_process(args, stdin)
            assert code == 0, f"workbook {' '.join(args)} failed: {out} {err}"
    assert guard.seen == [], "network use attempted:\n" + guard.report()
    assert (tmp_path / "out" / "report.pdf").read_bytes().startswith(b"%PDF-")


def test_the_app_opens_no_internet_socket(qapp: object, tmp_path: Path) -> None:
    with NetGuard() as guard:
        app_flow(tmp_path)
    assert guard.seen == [], "network use attempted:\n" + guard.report()
    assert (tmp_path / "app-report.pdf").exists(), "the app's export did not run"


# --- 2. child processes under strace ------------------------------------------------------


def _child_env(folder: Path) -> dict[str, str]:
    """A private home (so nothing is read from or written to the real one), Qt offscreen."""
    home = folder / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state"), ("XDG_RUNTIME_DIR", "run"),
                      ("TMPDIR", "tmp")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _children(folder: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """(name, command, standard input) for every CLI command and for the app."""
    workbook = [sys.executable, "-m", "workbook"]
    for args, stdin in cli_flows(folder):
        name = next(a for a in args if not a.startswith("-") and "/" not in a)
        yield f"workbook {name}", [*workbook, *args], stdin
    yield "the app", [sys.executable, __file__, "app", str(folder)], []


def _run_all(folder: Path, prefix: Callable[[str, int], list[str]]) -> list[str]:
    """Run every child with ``prefix(name, index)`` in front; returns the failures."""
    env = _child_env(folder)
    failures = []
    for i, (name, command, stdin) in enumerate(_children(folder)):
        proc = subprocess.run([*prefix(name, i), *command], input="".join(
            f"{x}\n" for x in stdin), capture_output=True, text=True, env=env, timeout=300)
        if proc.returncode != 0:
            failures.append(f"{name}: exit {proc.returncode}: {proc.stdout[-500:]} "
                            f"{proc.stderr[-1500:]}")
    return failures


STRACE_CALLS = "socket,connect,bind,sendto,sendmsg"
INTERNET_IN_TRACE = re.compile(r"\b(socket|connect|bind|sendto|sendmsg)\(.*\bAF_INET6?\b")


def internet_calls(trace: str) -> list[str]:
    return [line for line in trace.splitlines() if INTERNET_IN_TRACE.search(line)]


def test_the_trace_parser_sees_internet_sockets() -> None:
    sample = (
        '101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3\n'
        '101 connect(3, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = 0\n'
        '102 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 4\n'
        '102 connect(5, {sa_family=AF_INET, sin_port=htons(53), '
        'sin_addr=inet_addr("10.0.0.1")}, 16) = 0\n'
        '103 sendto(6, "x", 1, 0, NULL, 0) = 1\n')
    assert [line.split()[0] for line in internet_calls(sample)] == ["102", "102"]


def strace_problem() -> str | None:
    """Why strace cannot be used here, or None when it can."""
    if shutil.which("strace") is None:
        return "strace is not installed (Debian package strace)"
    proc = subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True,
                          text=True, timeout=60)
    if proc.returncode != 0:
        return ("strace cannot trace in this environment (ptrace not permitted?): "
                + proc.stderr.strip()[:300])
    return None


def strace_options() -> list[str]:
    """``--seccomp-bpf`` where this strace and kernel have it: the process then stops only for
    the calls traced, not for every system call (a child runs at full speed, not 4× slower)."""
    proc = subprocess.run(["strace", "-f", "--seccomp-bpf", "-e", "trace=socket", "-o",
                           os.devnull, "true"], capture_output=True, timeout=60)
    return ["--seccomp-bpf"] if proc.returncode == 0 else []


@pytest.mark.slow
def test_no_internet_socket_in_any_system_call(tmp_path: Path) -> None:
    problem = strace_problem()
    if problem:
        pytest.skip(problem)
    traces = tmp_path / "traces"
    traces.mkdir()
    options = strace_options()

    def strace(name: str, i: int) -> list[str]:
        return ["strace", "-f", "-qq", *options, "-e", f"trace={STRACE_CALLS}", "-o",
                str(traces / f"{i:02d}.trace")]

    # A control: the same tracing sees a child that does connect to 127.0.0.1.
    control = traces / "control.trace"
    subprocess.run(["strace", "-f", "-qq", *options, "-e", f"trace={STRACE_CALLS}", "-o",
                    str(control), sys.executable, "-c",
                    "import socket; s = socket.socket(); s.settimeout(1)\n"
                    "try: s.connect(('127.0.0.1', 9))\nexcept OSError: pass"],
                   capture_output=True, timeout=60, check=True)
    assert internet_calls(control.read_text()), "strace did not see a real connect"

    failures = _run_all(tmp_path, strace)
    assert failures == [], "\n".join(failures)
    found, calls = [], 0
    names = [name for name, _c, _s in _children(tmp_path)]
    for i, name in enumerate(names):
        trace = (traces / f"{i:02d}.trace").read_text(errors="replace")
        calls += len(trace.splitlines())
        found += [f"{name}: {line}" for line in internet_calls(trace)]
    assert calls > 0, "strace recorded nothing at all; the trace is not working"
    assert found == [], "internet sockets in the system calls:\n" + "\n".join(found)
    summary = {"children": len(names), "traced_calls": calls, "internet": len(found)}
    (tmp_path / "strace-summary.json").write_text(json.dumps(summary))
    print(f"strace: {len(names)} processes, {calls} socket-family calls traced, "
          "no AF_INET/AF_INET6")


# --- 3. no network namespace at all ---------------------------------------------------------


def unshare_prefix() -> list[str] | None:
    if shutil.which("unshare") is None:
        return None
    for prefix in (["unshare", "-n"], ["unshare", "-r", "-n"]):
        proc = subprocess.run([*prefix, "true"], capture_output=True, timeout=60)
        if proc.returncode == 0:
            return prefix
    return None


@pytest.mark.slow
def test_everything_works_without_a_network(tmp_path: Path) -> None:
    prefix = unshare_prefix()
    if prefix is None:
        pytest.skip("no network namespaces here (unshare -n and unshare -rn both refused)")
    # Inside, not even the loopback interface is up.
    probe = subprocess.run([*prefix, sys.executable, "-c",
                            "import socket; s = socket.socket(); s.settimeout(2); "
                            "s.connect(('127.0.0.1', 9))"], capture_output=True, text=True,
                           timeout=60)
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower()
    failures = _run_all(tmp_path, lambda _name, _i: prefix)
    assert failures == [], "\n".join(failures)


def test_strace_is_in_the_ci_packages() -> None:
    """The strace test is skipped without strace; CI installs it."""
    ci = Path(__file__).resolve().parents[2] / ".ci" / "run"
    if not ci.exists():
        pytest.skip("no .ci/run in this checkout")
    assert re.search(r"packages=\([^)]*\bstrace\b[^)]*\)", ci.read_text())


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "app":
    from PySide6.QtWidgets import QApplication

    from workbook.hardening import harden_process

    harden_process()
    application = QApplication(["workbook"])
    app_flow(Path(sys.argv[2]))
    print("app flow done")
