"""The Linux desktop metadata, icons and Flatpak manifest that packaging/ ships.

The validators are Debian's `desktop-file-utils` and `appstream` (installed by .ci/run); on a
developer machine without them those two tests are skipped, in CI they fail instead.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.workbook.Workbook"
MANIFEST = PACKAGING / f"{APP_ID}.yml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (.ci/run should have installed it)")
        pytest.skip(f"{name} is not installed")
    return found


def test_desktop_file_is_valid() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(PACKAGING / f"{APP_ID}.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net",
         str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_desktop_file_names_the_icon_and_command_the_packages_install() -> None:
    entry = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry
    assert "Exec=workbook\n" in entry
    for language in ("sv", "es", "ro", "th"):
        assert f"Comment[{language}]=" in entry


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_has_its_size(size: int) -> None:
    path = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "workbook.png"
    assert _png_size(path) == (size, size)


def test_windows_and_macos_icons_exist() -> None:
    ico = (ROOT / "resources" / "icons" / "workbook.ico").read_bytes()
    icns = (ROOT / "resources" / "icons" / "workbook.icns").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"
    assert icns[:4] == b"icns"


def test_flatpak_manifest_has_no_network_permission() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    assert "--share=network" not in text
    assert "finish-args:" in text


def test_flatpak_manifest_pins_every_wheel_with_a_checksum() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    urls = re.findall(r"^\s+url: (\S+)$", text, re.MULTILINE)
    sums = re.findall(r"^\s+sha256: (\S+)$", text, re.MULTILINE)
    assert urls and len(urls) == len(sums)
    assert all(url.startswith("https://") and url.endswith(".whl") for url in urls)
    assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in sums)


def _wheel_versions(text: str) -> dict[str, str]:
    versions = {}
    for filename in re.findall(r"/([^/\s]+\.whl)$", text, re.MULTILINE):
        name, version = filename.split("-")[:2]
        versions[re.sub(r"[-_.]+", "-", name).lower()] = version
    return versions


def test_flatpak_manifest_uses_the_versions_pyproject_pins() -> None:
    """A pin changed in pyproject.toml must be changed in the Flatpak too."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheels = _wheel_versions(MANIFEST.read_text(encoding="utf-8"))
    for requirement in pyproject["project"]["dependencies"]:
        match = re.match(r"([A-Za-z0-9_.-]+)\s*(==|>=)\s*([^,;\s]+)", requirement)
        assert match, requirement
        name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
        assert name in wheels, f"{name} is missing from the Flatpak manifest"
        if match.group(2) == "==":
            assert wheels[name] == match.group(3), f"{name}: {wheels[name]} != {match.group(3)}"
