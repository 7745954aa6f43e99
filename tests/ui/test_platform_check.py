"""The check that runs before Qt: name the Debian packages instead of Qt's cryptic abort."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbook.ui.platform_check import (
    _package,
    missing_libraries,
    problem_message,
    xcb_will_be_used,
)


def test_when_xcb_is_used() -> None:
    assert xcb_will_be_used({"DISPLAY": ":0"}) is sys.platform.startswith("linux")
    assert not xcb_will_be_used({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not xcb_will_be_used({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    assert not xcb_will_be_used({})
    if sys.platform.startswith("linux"):
        assert xcb_will_be_used({"QT_QPA_PLATFORM": "xcb"})


def test_package_names_for_debian() -> None:
    assert _package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert _package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert _package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert _package("libxcb-newthing.so.2") == "libxcb-newthing2"
    assert _package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"


def test_message_names_the_packages_and_is_plain() -> None:
    text = problem_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in text
    assert "Nothing was opened or changed." in text


def test_no_plugin_means_nothing_to_report(tmp_path: Path) -> None:
    assert missing_libraries(tmp_path) == []


def test_the_app_prints_the_message_instead_of_aborting(tmp_path: Path) -> None:
    """With xcb asked for and a plugin that cannot load, run_app says what to install."""
    fake_qt = tmp_path / "Qt" / "plugins" / "platforms"
    fake_qt.mkdir(parents=True)
    plugin = fake_qt / "libqxcb.so"
    plugin.write_bytes(b"not an ELF file")
    code = (
        "import sys, workbook.ui.platform_check as pc\n"
        f"pc._qt_dir = lambda: __import__('pathlib').Path({str(tmp_path / 'Qt')!r})\n"
        "pc._ldd_not_found = lambda p: ['libxcb-cursor.so.0']\n"
        "from workbook.ui.app import run_app\n"
        "sys.exit(run_app(None))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"},
                            timeout=60, check=False)
    assert result.returncode == 1
    assert "sudo apt-get install libxcb-cursor0" in result.stderr
    assert "Traceback" not in result.stderr
