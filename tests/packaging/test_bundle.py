"""The built one-folder app (``make bundle``) works on its own, from a fresh home folder.

Run by ``make bundle-test`` (which builds the bundle first), not by ``make test``. Each test
starts ``dist/workbook/workbook`` as a worker would, with an empty HOME and Qt's offscreen
platform, and nothing from the source tree or the venv on its paths.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "workbook"
EXECUTABLE = BUNDLE / "workbook"
PASSPHRASE = "a long passphrase for the bundle test"

pytestmark = [pytest.mark.bundle, pytest.mark.slow]


@pytest.fixture(scope="module")
def executable() -> Path:
    if not EXECUTABLE.is_file():
        pytest.fail("no bundle at dist/workbook/workbook: run `make bundle` (or make bundle-test)")
    return EXECUTABLE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _env(home: Path) -> dict[str, str]:
    """A worker's environment: a fresh home, no Python or Workbook variables from this run."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "DISPLAY", "XDG_RUNTIME_DIR")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
               XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"))
    return env


def _run(executable: Path, home: Path, *args: str, stdin: str = "",
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(executable), *args], input=stdin, capture_output=True, text=True,
                          env=_env(home), cwd=home, timeout=timeout, check=False)


def test_bundle_creates_a_vault_and_exports_a_checked_pdf(executable: Path, home: Path) -> None:
    passphrase = f"{PASSPHRASE}\n"
    demo = _run(executable, home, "--passphrase-stdin", "demo", stdin=passphrase * 2)
    assert demo.returncode == 0, demo.stderr
    vault = home / ".local" / "share" / "Workbook" / "vault.workbook"
    assert vault.is_file()
    assert not vault.read_bytes().startswith(b"SQLite format 3")  # encrypted

    pdf, sidecar = home / "report.pdf", home / "report.json"
    export = _run(executable, home, "--passphrase-stdin", "export", "--from", "2000-01-01",
                  "--to", "2099-12-31", "--profile", "full", "--pdf", str(pdf),
                  "--json", str(sidecar), stdin=passphrase)
    assert export.returncode == 0, export.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Club Aurora" in text  # a workplace of the demo data
    assert "What this proves, and what it does not" in text
    fingerprint = export.stdout.split("Report fingerprint:")[1].split()[0]
    assert fingerprint in text  # printed on the pages

    verify = _run(executable, home, "verify", str(sidecar), str(pdf))
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "checks passed" in verify.stdout


@pytest.mark.parametrize(("language", "words"), [
    ("sv", "Vad detta bevisar"),
    ("th", "สิ่งนี้พิสูจน์อะไร"),
])
def test_bundle_prints_reports_in_other_languages(executable: Path, home: Path, language: str,
                                                  words: str) -> None:
    """The fonts travel with the bundle: Thai letters come out as Thai text, not empty boxes."""
    passphrase = f"{PASSPHRASE}\n"
    demo = _run(executable, home, "--passphrase-stdin", "demo", stdin=passphrase * 2)
    assert demo.returncode == 0, demo.stderr
    pdf = home / f"report-{language}.pdf"
    export = _run(executable, home, "--passphrase-stdin", "export", "--from", "2000-01-01",
                  "--to", "2099-12-31", "--language", language, "--pdf", str(pdf),
                  stdin=passphrase)
    assert export.returncode == 0, export.stderr
    reader = PdfReader(pdf)
    # poppler reads the Thai subset fonts' text back; pypdf does not
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert words in text
    fonts = {str(font.get("/BaseFont", "")) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    if language == "th":
        assert any("NotoSansThai" in font for font in fonts), fonts


def test_bundle_starts_to_the_unlock_window(executable: Path, home: Path) -> None:
    """The unlock window is painted; the time from process start to that paint is printed
    (a figure for the notes, not a pass mark: the machine may be busy)."""
    env = _env(home) | {"WORKBOOK_EXIT_WHEN_SHOWN": "1"}
    started = time.perf_counter()
    process = subprocess.Popen([str(executable)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=home)
    assert process.stdout is not None
    shown_after = None
    for line in process.stdout:
        if line.startswith("shown"):
            shown_after = time.perf_counter() - started
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 0, errors
    assert shown_after is not None, errors  # the unlock window painted
    assert "Traceback" not in errors
    print(f"bundle: process start to unlock window painted: {shown_after * 1000:.0f} ms")


def test_bundle_carries_translations_fonts_and_icons(executable: Path) -> None:
    resources = BUNDLE / "_internal" / "resources"
    for ts in (ROOT / "resources" / "translations").glob("workbook_*.ts"):
        assert (resources / "translations" / f"{ts.stem}.qm").is_file(), ts.stem
    for font in ("DejaVuSans.ttf", "NotoSansThai-Regular.ttf", "NotoNaskhArabic-Regular.ttf",
                 "OFL-Noto.txt", "LICENSE-DejaVu.txt"):
        assert (resources / "fonts" / font).is_file(), font
    assert (resources / "icons" / "workbook.svg").is_file()


def test_bundle_has_no_network_or_unused_qt_modules(executable: Path) -> None:
    names = {path.name for path in BUNDLE.rglob("*")}
    for unwanted in ("libQt6Network", "libQt6WebEngine", "libQt6Qml", "libQt6Quick", "libQt6Pdf",
                     "QtNetwork.abi3", "QtWebEngine", "libqgtk3"):
        assert not any(name.startswith(unwanted) for name in names), unwanted
    size = sum(path.stat().st_size for path in BUNDLE.rglob("*")
               if path.is_file() and not path.is_symlink())
    print(f"bundle size: {size / 1e6:.0f} MB")
