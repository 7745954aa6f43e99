"""Leak audit: the app's main flows, run as a worker runs them, leave nothing readable behind.

A child process (this file, run as a script) gets a fresh home: ``HOME``, ``TMPDIR`` and every
``XDG_*`` folder point into an empty directory, and Qt draws offscreen. Through the real widgets
it creates a vault in a folder the worker chose with the app's file dialog (as on a USB stick),
logs a shift with money lines, records an incident with a person and a picture chosen with the
file dialog (previewed and opened in the image viewer), marks signs of control, exports the PDF,
JSON sidecar and CSV from the export dialog into a folder chosen with the file dialog, makes a
backup from the backup dialog into a folder chosen with its folder dialog, and locks. Every text
field holds its own canary; the picture holds a canary chunk and random pixels.

Afterwards every file written under the fresh home and under ``/tmp`` since the child started is
read, and:

- no canary is in any of them (UTF-8, UTF-16-LE and UTF-16-BE), the vault, its ``-wal`` and
  ``-shm`` and the backup included; only the exports the worker chose may hold record text;
- no byte run of the picture (raw or base64) is in any of them, the exports aside;
- no settings or history file names a chosen folder or file (Qt's file dialog writes
  ``history`` and ``lastVisited`` to ``QtProject.conf`` unless the app stops it), nor the vault's
  own folder (it is remembered only when the worker ticks "Remember").
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSPHRASE = "lilac river moon tango"
FIELDS = (
    "profile.work_name", "profile.legal_name", "workplace.name", "workplace.city",
    "workplace.legal_name", "workplace.registration_number", "workplace.address",
    "workplace.notes", "person.label", "person.notes", "shift.notes", "money.category",
    "money.counterparty", "money.note", "incident.title", "incident.description",
    "incident.reported_to", "incident.outcome", "control.note", "attachment.filename",
)


def canary(token: str, field: str) -> str:
    return f"LEAKCANARY{token}{field.replace('.', '_')}"


def picture(token: str) -> bytes:
    """A real PNG (it previews and prints) with a canary chunk and random pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    width, height = 24, 16
    pixels = secrets.token_bytes(width * height * 3)
    rows = b"".join(b"\x00" + pixels[y * width * 3:(y + 1) * width * 3] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"cnRy", f"IMGCANARY{token}".encode())
            + chunk(b"IDAT", zlib.compress(rows, 0)) + chunk(b"IEND", b""))


# --- the child: the app's flows, driven through its widgets ---------------------------------


def _accept_file_dialog(target: Path) -> None:
    """Once the app's file dialog is open, choose ``target`` in it and accept."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    def attempt() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, attempt)
            return
        dialog = dialogs[0]
        dialog.setDirectory(str(target.parent))  # she walks to the folder…
        dialog.selectFile(str(target))           # …and picks the file
        dialog.accept()

    QTimer.singleShot(0, attempt)


def _wait(condition: object, seconds: float = 60) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not finish in time")
        QApplication.processEvents()
        time.sleep(0.005)


def child(root: Path, token: str) -> None:  # pragma: no cover - runs in the child process
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QApplication

    from workbook.hardening import harden_process

    harden_process()  # as the app does before anything is decrypted
    from workbook.domain.categories import (
        ControlIndicator,
        MoneyKind,
        PaymentMethod,
        PersonRole,
        ShiftRole,
    )
    from workbook.domain.models import ControlTag, MoneyLine, Person, Profile, Shift, Workplace
    from workbook.services import records
    from workbook.ui.app import AppController
    from workbook.ui.i18n import Translations
    from workbook.ui.prefs import Prefs
    from workbook.ui.unlock import StoreOpener

    c = {field: canary(token, field) for field in FIELDS}
    chosen = json.loads((root / "chosen.json").read_text())
    vault_path, image_path = Path(chosen["vault"]), Path(chosen["image"])
    exports = Path(chosen["exports"])
    backup_folder = Path(chosen["backups"])

    app = QApplication(["workbook"])
    prefs = Prefs()  # the real settings folder: $XDG_CONFIG_HOME/Workbook
    translations = Translations()
    translations.install("en")
    ctl = AppController(app, prefs, translations, opener=StoreOpener())

    # 1. A new vault in a folder she chooses with the file dialog (a USB stick, say).
    unlock = ctl.show_unlock()
    _accept_file_dialog(vault_path)
    unlock.choose_new_file()
    assert unlock.vault_path == vault_path, unlock.vault_path
    unlock.new_passphrase.first.setText(PASSPHRASE)
    unlock.new_passphrase.second.setText(PASSPHRASE)
    unlock.submit_create()
    _wait(lambda: ctl.main_window is not None and ctl.session is not None)
    session = ctl.session
    assert session is not None and ctl.main_window is not None
    vault = session.vault

    # 2. Her profile, a workplace, a shift with money lines.
    vault.save_profile(Profile(work_name=c["profile.work_name"],
                               legal_name=c["profile.legal_name"]))
    session.notify("profile")
    place = vault.add_workplace(Workplace(
        name=c["workplace.name"], currency="SEK", timezone="Europe/Stockholm",
        city=c["workplace.city"], country="SE", legal_name=c["workplace.legal_name"],
        registration_number=c["workplace.registration_number"],
        address=c["workplace.address"], notes=c["workplace.notes"]))
    assert place.id is not None
    start = datetime.now(UTC).replace(microsecond=0, second=0) - timedelta(days=2)
    shift = Shift(workplace_id=place.id, start=start, end=start + timedelta(hours=7),
                  timezone="Europe/Stockholm", breaks_minutes=30, role=ShiftRole.STAGE,
                  notes=c["shift.notes"])
    night = records.shift_day(shift)
    lines = [MoneyLine(date=night, kind=kind, category=category, amount_minor=amount,
                       currency="SEK", method=PaymentMethod.CASH,
                       counterparty=c["money.counterparty"], note=c["money.note"])
             for kind, category, amount in (
                 (MoneyKind.EARNING, "private_dances", 350_000),
                 (MoneyKind.DEDUCTION, "custom:" + c["money.category"], 80_000),
                 (MoneyKind.DEDUCTION, "fine", 50_000))]
    saved_shift, _saved_lines = records.record_shift(vault, shift, lines)
    session.notify("shift")

    # 3. An incident, through its editor: a person, a picture chosen with the file dialog,
    #    previewed and opened full size, a sign of control.
    from workbook.ui.dialogs.incident_editor import IncidentEditor

    editor = IncidentEditor(session, workplace_id=place.id, shift_id=saved_shift.id)
    editor.title.setText(c["incident.title"])
    editor.description.setPlainText(c["incident.description"])
    editor.reported_to.setText(c["incident.reported_to"])
    editor.outcome.setPlainText(c["incident.outcome"])
    editor.people.set_people([records.PersonInIncident(Person(
        label=c["person.label"], role=PersonRole.MANAGER, notes=c["person.notes"]))])
    editor.controls[ControlIndicator.FINES].setChecked(True)
    editor.show()
    _accept_file_dialog(image_path)
    editor.add_file()
    assert editor.files.count() == 1, "the picture was not attached"
    editor.files.setCurrentRow(0)  # the preview
    editor.view_selected()  # the full-size viewer
    _wait(lambda: editor.viewer is not None and editor.viewer.isVisible(), 10)
    app.processEvents()
    assert editor.viewer is not None
    editor.viewer.close()
    editor.save()
    assert editor.saved_incident is not None, "the incident was not saved"
    vault.add_control_tag(ControlTag(indicator=ControlIndicator.SET_SCHEDULE, date=night,
                                     workplace_id=place.id, note=c["control.note"]))
    session.notify("control")

    # 4. Every page of the main window, with the records on them.
    from workbook.ui.main_window import PAGES

    main = ctl.main_window
    for spec in PAGES:
        main.open_page(spec.key)
        app.processEvents()

    # 5. The export dialog: PDF, JSON and CSV into a folder chosen with the file dialog.
    from PySide6.QtCore import QDate

    from workbook.ui.dialogs.export_dialog import ExportDialog

    export = ExportDialog(session, main)
    export.show()
    export.date_from.setDate(QDate(night.year, 1, 1))
    export.date_to.setDate(QDate(night.year, 12, 31))
    export.profile_buttons["full"].setChecked(True)  # everything, names and text included
    for fmt in ("json", "csv"):
        export.outputs[fmt][0].setChecked(True)
    _accept_file_dialog(exports / "report.pdf")
    export.choose_path("pdf")
    export._update_run()
    assert export.run_button.isEnabled(), export.run_message.text()
    export.run_export()
    _wait(lambda: export.task is None)
    assert export.last_export is not None, export.run_message.text()
    written = {fmt: str(p) for fmt, p in export.last_export.paths.items()}
    export.close()

    # 6. A backup from the backup dialog, into a folder chosen with its folder dialog; then
    #    lock (as the lock shortcut does).
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from workbook.ui.dialogs.backup_dialog import BackupDialog, start_backup

    done: list[str] = []

    def fill_backup_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, BackupDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, fill_backup_dialog)
            return
        dialog = dialogs[0]
        _accept_file_dialog(backup_folder)
        dialog._choose_folder()  # the "Folder…" button
        dialog.passphrase.setText(PASSPHRASE)
        dialog._accept()  # "Make the backup"

    def close_message() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "backupDone"
                 and w.isVisible()]
        if boxes:
            boxes[0].accept()
        elif not done:
            QTimer.singleShot(20, close_message)

    QTimer.singleShot(0, fill_backup_dialog)
    QTimer.singleShot(0, close_message)
    start_backup(main, session, done.append)
    _wait(lambda: bool(done))
    # The vault's companions as they are while it is open (locking folds the WAL in and
    # removes them), kept for the parent to search: beside the vault, so they count as its.
    import shutil

    snapshot = vault_path.parent / "while-open"
    snapshot.mkdir()
    for suffix in ("-wal", "-shm", "-journal"):
        companion = vault_path.with_name(vault_path.name + suffix)
        if companion.exists():
            shutil.copyfile(companion, snapshot / companion.name)
    ctl.lock()
    assert ctl.session is None
    if ctl.unlock_window is not None:
        ctl.unlock_window.hide()
    app.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print(json.dumps({"written": written}))


# --- the parent: run it, then read everything it wrote -------------------------------------


@dataclass(frozen=True)
class Run:
    root: Path
    token: str  # in every canary
    where: str  # in the name of every folder she chose
    started: float
    vault: Path
    image: Path
    exports: Path
    backups: Path
    written: dict[str, str]
    stderr: str


START_SLACK_S = 2.0  # file times have coarse resolution on some file systems


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = tmp_path_factory.mktemp("leak-audit")
    token, where = secrets.token_hex(6), secrets.token_hex(6)
    home = root / "home"
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "QT_", "WORKBOOK_"))}
    folders = {"HOME": home, "TMPDIR": root / "tmp", "XDG_CONFIG_HOME": home / ".config",
               "XDG_DATA_HOME": home / ".local" / "share",
               "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local" / "state",
               "XDG_RUNTIME_DIR": root / "runtime"}
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Folders she chooses in the file dialogs, each named so that any mention of it is found.
    chosen = {"vault": home / f"Stick-{where}" / "vault.workbook",
              "image": home / f"Pictures-{where}" / "fine-notice.png",
              "exports": home / f"Exports-{where}",
              "backups": home / f"Backups-{where}"}
    for key in ("vault", "image"):
        chosen[key].parent.mkdir(parents=True)
    chosen["exports"].mkdir()
    chosen["backups"].mkdir()
    chosen["image"].write_bytes(picture(token))
    (root / "chosen.json").write_text(json.dumps({k: str(v) for k, v in chosen.items()}))
    started = time.time()
    proc = subprocess.run([sys.executable, __file__, "child", str(root), token], env=env,
                          cwd=home, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"the child failed:\n{proc.stdout}\n{proc.stderr}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return Run(root, token, where, started, chosen["vault"], chosen["image"], chosen["exports"],
               chosen["backups"], result["written"], proc.stderr)


def _written_since(folder: Path, since: float) -> Iterator[Path]:
    for dirpath, _dirs, names in os.walk(folder, onerror=lambda _e: None):
        for name in names:
            path = Path(dirpath) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            if path.is_symlink() or not path.is_file():
                continue
            if max(info.st_mtime, info.st_ctime) >= since - START_SLACK_S:
                yield path


def audited_files(run: Run) -> list[Path]:
    """Everything written under the fresh home and under /tmp since the child started, except
    the picture she chose (her own file), this test's own bookkeeping, and the exports."""
    exports = {Path(p) for p in run.written.values()}
    own = {run.root / "chosen.json", run.image}
    found = {p for p in _written_since(run.root, run.started)}
    found |= {p for p in _written_since(Path("/tmp"), run.started)
              if run.root not in p.parents}
    return sorted(found - exports - own)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _base64_forms(data: bytes) -> list[bytes]:
    """``data`` as it appears inside any base64 text, whatever its offset (edges trimmed)."""
    forms = []
    for shift in range(3):
        encoded = base64.b64encode(b"\x00" * shift + data)
        forms.append(encoded[4:-4])
    return forms


def _vault_files(run: Run) -> list[Path]:
    return [p for p in audited_files(run)
            if run.vault.parent in p.parents or run.backups in p.parents]


def test_the_flows_wrote_what_she_asked_for(run: Run) -> None:
    assert run.vault.exists()
    backups = list(run.backups.glob("*.workbook"))
    assert len(backups) == 1, "the backup dialog made no backup (or more than one)"
    assert set(run.written) == {"pdf", "json", "csv"}
    pdf = Path(run.written["pdf"])
    assert pdf.parent == run.exports and pdf.read_bytes().startswith(b"%PDF-")
    # The exports hold the record text (so the canaries are real and the search works).
    assert canary(run.token, "shift.notes").encode() in Path(run.written["csv"]).read_bytes()
    assert canary(run.token, "incident.title").encode() in Path(run.written["json"]).read_bytes()
    assert _vault_files(run), "the vault files were not found among the files written"


def canary_leaks(run: Run) -> list[str]:
    needles = _forms(f"LEAKCANARY{run.token}")
    leaks = []
    for path in audited_files(run):
        data = _read(path)
        for needle in needles:
            at = data.find(needle)
            if at >= 0:
                leaks.append(f"{path}: {data[at:at + 80]!r}")
                break
    return leaks


def picture_leaks(run: Run) -> list[str]:
    image = run.image.read_bytes()  # her file: canary chunk and random pixels
    marker = f"IMGCANARY{run.token}".encode()
    middle = image[len(image) // 2 - 32:len(image) // 2 + 32]
    needles = [marker, middle, *_base64_forms(marker), *_base64_forms(middle)]
    return [str(path) for path in audited_files(run)
            if any(needle in _read(path) for needle in needles)]


def path_mentions(run: Run) -> list[str]:
    """Files (other than the vault and its backup, which are encrypted) that name a folder she
    chose: each chosen folder's name holds ``run.where``."""
    mentioned = []
    vault_side = set(_vault_files(run))
    for path in audited_files(run):
        if path in vault_side:
            continue
        data = _read(path)
        for needle in _forms(run.where):
            at = data.find(needle)
            if at >= 0:
                mentioned.append(f"{path}: …{data[max(0, at - 60):at + 40]!r}…")
                break
    return mentioned


def test_no_canary_outside_the_exports(run: Run) -> None:
    leaks = canary_leaks(run)
    assert leaks == [], "record text written in plaintext:\n" + "\n".join(leaks)


def test_the_vault_and_backup_hold_no_plaintext(run: Run) -> None:
    """The vault, its -wal and -shm as they were while it was open, and the backup."""
    names = {p.name for p in _vault_files(run)}
    assert {"vault.workbook", "vault.workbook-wal"} <= names, names
    for path in _vault_files(run):
        data = _read(path)
        assert not data.startswith(b"SQLite format 3"), path
        for field in FIELDS:
            for needle in _forms(canary(run.token, field))[:2]:
                assert needle not in data, f"{field} in plaintext in {path}"


def test_no_picture_bytes_outside_the_exports(run: Run) -> None:
    leaks = picture_leaks(run)
    assert leaks == [], "the picture's bytes were written to:\n" + "\n".join(leaks)


def test_no_chosen_folder_or_file_in_settings_or_history(run: Run) -> None:
    """Qt's file dialog, the app's settings and anything else: no path she chose is kept
    (her exports, her picture, her backup folder, nor the vault's folder, which is
    remembered only when she ticks "Remember this vault file")."""
    mentioned = path_mentions(run)
    assert mentioned == [], "chosen paths remembered on disk:\n" + "\n".join(mentioned)


def test_the_settings_folder_is_the_apps_own(run: Run) -> None:
    """Qt's QtProject.conf goes into the app's folder (where it is wiped), not the desktop's."""
    config = run.root / "home" / ".config"
    assert not (config / "QtProject.conf").exists()
    assert not (run.root / "home" / ".local" / "share" / "recently-used.xbel").exists()


def test_the_audit_finds_each_kind_of_leak(tmp_path: Path) -> None:
    """The checks above are not vacuous: planted leaks of each kind are all found."""
    token, where = secrets.token_hex(6), secrets.token_hex(6)
    home = tmp_path / "home"
    image = home / f"Pictures-{where}" / "fine.png"
    image.parent.mkdir(parents=True)
    image.write_bytes(picture(token))
    exports = home / f"Exports-{where}"
    started = time.time()
    conf = home / ".config" / "Workbook" / "QtProject.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[FileDialog]\nlastVisited=file://{exports}\nhistory=@Invalid()\n")
    (tmp_path / "tmp").mkdir()
    (tmp_path / "tmp" / "draft.txt").write_bytes(canary(token, "incident.title")
                                                 .encode("utf-16-le"))
    thumbnail = home / ".cache" / "thumbs" / "t.b64"
    thumbnail.parent.mkdir(parents=True)
    thumbnail.write_bytes(b"xx" + base64.b64encode(b"\x07" + image.read_bytes()) + b"yy")
    planted = Run(tmp_path, token, where, started, home / "Stick" / "v.workbook", image,
                  exports, home / "Backups", {}, "")
    assert [p.split(":")[0] for p in canary_leaks(planted)] == [
        str(tmp_path / "tmp" / "draft.txt")]
    assert picture_leaks(planted) == [str(thumbnail)]
    assert [p.split(":")[0] for p in path_mentions(planted)] == [str(conf)]


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "child":
    child(Path(sys.argv[2]), sys.argv[3])
