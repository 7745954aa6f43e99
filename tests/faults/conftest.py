"""Fixtures for the fault tests: a small real file system that fills up (tmpfs), a read-only
folder (a read-only bind mount), a way to run code as an unprivileged user, and a vault with a
few records in it."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_helpers import SETPRIV, Filled, Unprivileged, make_vault


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    return make_vault(tmp_path / "Arbete" / "vault.workbook")


# --------------------------------------------------------------------------- mounts


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


def _cannot_mount(result: subprocess.CompletedProcess[str]) -> str:
    why = (result.stderr or result.stdout).strip() or f"exit {result.returncode}"
    return f"cannot mount here (needs root with CAP_SYS_ADMIN): {why}"


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """``small_disk(kib)``: a fresh tmpfs of that size (a disk that really fills up)."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("a tmpfs can only be mounted as root with the mount command; the injected "
                    "ENOSPC tests cover this case instead")
    mounted: list[Path] = []

    def make(kib: int) -> Path:
        where = tmp_path / f"disk{len(mounted)}"
        where.mkdir()
        result = _mount("-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(where))
        if result.returncode != 0:
            pytest.skip(_cannot_mount(result))
        mounted.append(where)
        return where

    yield make
    for where in reversed(mounted):
        _umount(where)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """``read_only_folder(src)``: ``src`` seen through a read-only bind mount (writes fail with
    EROFS even for root, which chmod cannot do)."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root and the mount command; the run as "
                    "user nobody covers this case instead")
    mounted: list[Path] = []

    def make(src: Path) -> Path:
        view = tmp_path / f"read-only view {len(mounted)}"
        view.mkdir()
        result = _mount("--bind", str(src), str(view))
        if result.returncode != 0:
            pytest.skip(_cannot_mount(result))
        mounted.append(view)
        result = _mount("-o", "remount,ro,bind", str(view))
        if result.returncode != 0:
            pytest.skip(_cannot_mount(result))
        return view

    yield make
    for view in reversed(mounted):
        _umount(view)


# --------------------------------------------------------------------------- another user


@pytest.fixture
def unprivileged() -> Iterator[Unprivileged]:
    """Run code that file modes stop (root ignores them): as user ``nobody`` if it can run this
    Python, else as root without CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER."""
    if os.geteuid() != 0:
        pytest.skip("dropping privileges needs root; as an ordinary user the chmod-based tests "
                    "in tests/store cover this case")
    base = Path(tempfile.mkdtemp(prefix="workbook-unprivileged-", dir="/tmp"))
    base.chmod(0o755)
    env = {"PYTHONPATH": os.pathsep.join(sys.path), "PYTHONDONTWRITEBYTECODE": "1"}
    probe_code = "import workbook.store"
    reasons = []
    try:
        user = pwd.getpwnam("nobody")
    except KeyError:
        reasons.append("there is no user nobody")
    else:
        def drop() -> None:
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)

        try:
            probe = subprocess.run([sys.executable, "-c", probe_code], capture_output=True,
                                   text=True, check=False, env=env, preexec_fn=drop)
        except OSError as exc:
            reasons.append(f"user nobody cannot run {sys.executable}: {exc.strerror}")
        else:
            if probe.returncode == 0:
                yield Unprivileged("user nobody", base, user.pw_uid, user.pw_gid)
                shutil.rmtree(base, ignore_errors=True)
                return
            reasons.append(f"user nobody cannot import workbook: {probe.stderr[-200:]}")
    if shutil.which(SETPRIV[0]) is not None:
        probe = subprocess.run([*SETPRIV, sys.executable, "-c", probe_code],
                               capture_output=True, text=True, check=False, env=env)
        if probe.returncode == 0:
            yield Unprivileged("root without CAP_DAC_OVERRIDE (setpriv)", base)
            shutil.rmtree(base, ignore_errors=True)
            return
        reasons.append(f"setpriv failed: {probe.stderr.strip()[-200:]}")
    else:
        reasons.append("setpriv (util-linux) is not installed")
    shutil.rmtree(base, ignore_errors=True)
    pytest.skip("cannot run code without the power to ignore file modes: " + "; ".join(reasons))
