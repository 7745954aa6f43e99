"""Find out, before Qt starts, whether its X11 platform plugin can load.

When a system library the xcb plugin needs is missing (on Debian, ``libxcb-cursor0`` and
friends), Qt prints "Could not load the Qt platform plugin "xcb"… This application failed to
start" and aborts the process. A worker cannot act on that. This module asks the dynamic loader
itself, with ``ctypes``, and names the Debian packages to install instead.

It imports nothing from Qt (only finds the plugin file next to the PySide6 package), so it costs
a few milliseconds and runs before ``QApplication`` exists.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

# The shared libraries Qt's xcb plugin and its XcbQpa library link against, with the Debian
# package that ships each. Anything not listed falls back to the naming rule in ``_package``.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_SONAME_IN_ERROR = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def _package(soname: str) -> str:
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    # libxcb-foo.so.N is shipped by libxcb-fooN on Debian and Ubuntu.
    match = re.fullmatch(r"(libxcb-[\w-]+)\.so\.(\d+)", soname)
    if match:
        return f"{match[1]}{match[2]}"
    return soname


def _qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "Qt"


def xcb_will_be_used(env: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """True when Qt would try its X11 plugin: Linux, and no other platform asked for."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    # Qt tries Wayland first in a Wayland session and falls back to xcb; both need a display.
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_libraries(qt_dir: Path | None = None) -> list[str]:
    """The shared libraries the xcb plugin needs and the loader cannot find (sonames)."""
    qt_dir = _qt_dir() if qt_dir is None else qt_dir
    if qt_dir is None:
        return []
    plugin = qt_dir / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return []
    try:
        ctypes.CDLL(str(plugin))
        return []  # everything loads: Qt will manage too
    except OSError as exc:
        first = _SONAME_IN_ERROR.findall(str(exc))
    # dlopen names only the first missing library; ldd (part of libc-bin, always on Debian)
    # lists them all. This path only runs when something is already wrong, so its cost is fine.
    missing = _ldd_not_found(plugin)
    for soname in first:
        if soname not in missing and not soname.startswith(("libqxcb", "libQt6")):
            missing.append(soname)
    return missing


def _ldd_not_found(path: Path) -> list[str]:
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run(  # noqa: S603 (a fixed tool on a file inside PySide6)
            [ldd, str(path)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found: list[str] = []
    for line in out.splitlines():
        name, _, target = line.strip().partition("=>")
        if "not found" in target and name.strip() not in found:
            found.append(name.strip())
    return found


def problem_message(missing: list[str]) -> str:
    packages = sorted({_package(s) for s in missing})
    return (
        "Workbook cannot open its window: some system libraries that Qt needs to draw on "
        "this desktop are missing.\n"
        f"Missing: {', '.join(missing)}\n\n"
        "On Debian or Ubuntu, install them with:\n"
        f"    sudo apt-get install {' '.join(packages)}\n"
        "and start Workbook again. Nothing was opened or changed."
    )


def check_display_libraries() -> str | None:
    """A message for the worker if Qt's platform plugin cannot load here, else ``None``."""
    if not xcb_will_be_used():
        return None
    missing = missing_libraries()
    return problem_message(missing) if missing else None
