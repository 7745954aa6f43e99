"""Files and photos kept with a record (an incident or a shift): add a file, paste an image,
view it, remove it.

Files are read into memory and saved inside the encrypted vault with the record when the
editor saves; images are shown from those bytes, never from a file written out to be opened.
The panel only keeps the list: the editor saves ``new_files()`` and deletes ``removed()`` in
the same transaction as the record.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMimeDatabase, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.models import MAX_ATTACHMENT_BYTES, Attachment
from workbook.services import records
from workbook.ui import file_dialogs
from workbook.ui.session import Session
from workbook.ui.widgets.image_viewer import ImageView, ImageViewer, image_from_bytes
from workbook.ui.widgets.messages import FieldMessage


def size_text(size: int) -> str:
    """"73.2 MB", "12 KB": a file size in the user's locale."""
    return QLocale().formattedDataSize(
        size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class PendingFile:
    """An attachment in the list: already in the vault (``meta.id``) or waiting to be saved."""

    def __init__(self, meta: Attachment, data: bytes | None = None) -> None:
        self.meta = meta
        self.data = data


class AttachmentsPanel(QGroupBox):
    """The "Files and photos" box of an editor. ``changed`` fires when a file is added or
    removed."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Files and photos"), parent)
        self.session = session
        self.viewer: ImageViewer | None = None
        self._files: list[PendingFile] = []
        self._removed: list[int] = []

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setMaximumHeight(self.fontMetrics().height() * 5)
        self.files.currentRowChanged.connect(self._file_selected)
        self.files.itemActivated.connect(lambda _item: self.view_selected())
        self.add_file_button = QPushButton(self.tr("Add &file…"))
        self.add_file_button.clicked.connect(self.add_file)
        self.paste_button = QPushButton(self.tr("&Paste image"))
        self.paste_button.clicked.connect(self.paste_image)
        self.view_button = QPushButton(self.tr("&View"))
        self.view_button.clicked.connect(self.view_selected)
        self.remove_file_button = QPushButton(self.tr("Remove file"))
        self.remove_file_button.clicked.connect(self.remove_selected_file)
        for button in self.buttons():
            button.setAutoDefault(False)
        self.message = FieldMessage()
        self.preview = ImageView()
        self.preview.setAccessibleName(self.tr("Preview of the selected image"))
        self.preview.setMinimumHeight(self.fontMetrics().height() * 8)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel(self.tr("Files are kept encrypted inside your vault, up to "
                                   "50 MB each."))
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")

        layout = QGridLayout(self)
        layout.addWidget(self.files, 0, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        for button in self.buttons():
            column.addWidget(button)
        column.addStretch(1)
        layout.addLayout(column, 0, 1)
        layout.addWidget(self.message, 1, 0, 1, 2)
        layout.addWidget(self.preview, 2, 0, 1, 2)
        layout.addWidget(self.note, 3, 0, 1, 2)
        layout.setColumnStretch(0, 1)

        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.files)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste_image)
        self._file_selected(-1)

    def buttons(self) -> list[QPushButton]:
        return [self.add_file_button, self.paste_button, self.view_button,
                self.remove_file_button]

    def focus_chain(self) -> list[QWidget]:
        return [self.files, *self.buttons()]

    # --- the list --------------------------------------------------------------------------

    def load(self, attachments: list[Attachment]) -> None:
        """Show the files a saved record already has (their bytes are read when viewed)."""
        self._files = [PendingFile(meta) for meta in attachments]
        self._removed = []
        self._refill()

    def new_files(self) -> list[tuple[Attachment, bytes]]:
        return [(p.meta, p.data) for p in self._files if p.meta.id is None and p.data is not None]

    def removed(self) -> list[int]:
        return list(self._removed)

    def has_changes(self) -> bool:
        return bool(self._removed) or any(p.meta.id is None for p in self._files)

    def count(self) -> int:
        return len(self._files)

    # --- adding ----------------------------------------------------------------------------

    def add_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Attach a file"), None,
                                      self.tr("Images and documents (*.png *.jpg *.jpeg *.gif "
                                              "*.webp *.pdf *.txt);;All files (*)"))
        if path is not None:
            self.add_path(path)

    def add_path(self, path: Path) -> bool:
        """Read a file into memory and list it; refuses files over 50 MB with a plain message."""
        self.message.clear_message()
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                self._too_large(path.name, size)
                return False
            data = path.read_bytes()
        except OSError as exc:
            self.message.show_message(self.tr("“%1” could not be read: %2")
                                      .replace("%1", path.name)
                                      .replace("%2", exc.strerror or str(exc)))
            return False
        return self.add_bytes(path.name, data)

    def add_bytes(self, filename: str, data: bytes, media_type: str | None = None) -> bool:
        self.message.clear_message()
        if len(data) > MAX_ATTACHMENT_BYTES:
            self._too_large(filename, len(data))
            return False
        if media_type is None:
            media_type = QMimeDatabase().mimeTypeForFileNameAndData(
                filename, QByteArray(data)).name()
        self._files.append(PendingFile(records.new_attachment(filename, media_type, data),
                                       data))
        self._refill()
        self.files.setCurrentRow(len(self._files) - 1)
        self.changed.emit()
        return True

    def _too_large(self, name: str, size: int) -> None:
        self.message.show_message(
            self.tr("“%1” is %2. Files up to 50 MB can be kept in the vault; a smaller copy "
                    "or a screenshot will do.").replace("%1", name)
            .replace("%2", size_text(size)))

    def paste_image(self) -> None:
        """Attach the image on the clipboard (a screenshot of a message, say) as a PNG."""
        self.message.clear_message()
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                buffer = QBuffer()
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                # The stub wants bytes for the format; at run time only str works.
                image.save(buffer, "PNG")  # type: ignore[call-overload]
                name = self.tr("pasted image %1.png").replace(
                    "%1", datetime.now().strftime("%Y-%m-%d %H.%M"))
                self.add_bytes(name, bytes(buffer.data().data()), "image/png")
                return
        if mime is not None and mime.hasUrls():
            local_files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if local_files:
                for name in local_files:
                    self.add_path(Path(name))
                return
        self.message.show_message(self.tr("There is no image on the clipboard. Copy or "
                                          "take a screenshot first."))

    # --- showing and removing --------------------------------------------------------------

    def _refill(self) -> None:
        self.files.clear()
        for pending in self._files:
            meta = pending.meta
            text = f"{meta.filename} · {size_text(meta.size)}"
            if meta.id is None:
                text += " · " + self.tr("new")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.files.addItem(item)
        self._file_selected(self.files.currentRow())

    def _data(self, pending: PendingFile) -> bytes:
        if pending.data is None:
            assert pending.meta.id is not None
            pending.data = self.session.vault.attachment_data(pending.meta.id)
        return pending.data

    def _file_selected(self, row: int) -> None:
        has = 0 <= row < len(self._files)
        self.view_button.setEnabled(has)
        self.remove_file_button.setEnabled(has)
        if not has:
            self.preview.set_image(None, self.tr("No file selected"))
            return
        if not self.session.is_open:
            return
        pending = self._files[row]
        image = (image_from_bytes(self._data(pending))
                 if pending.meta.media_type.startswith("image/") else None)
        self.preview.set_image(image, pending.meta.filename if image else self.tr(
            "%1 (no preview; it is kept in the vault)").replace("%1", pending.meta.filename))

    def view_selected(self) -> None:
        row = self.files.currentRow()
        if not 0 <= row < len(self._files) or not self.session.is_open:
            return
        pending = self._files[row]
        self.viewer = ImageViewer(self._data(pending), pending.meta.filename, self.window())
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.open()

    def remove_selected_file(self) -> None:
        row = self.files.currentRow()
        if not 0 <= row < len(self._files):
            return
        pending = self._files.pop(row)
        if pending.meta.id is not None:
            self._removed.append(pending.meta.id)
        self._refill()
        self.changed.emit()
