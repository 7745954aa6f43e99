"""Shows an image from bytes held in memory: attachments are never written to a file to be seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def image_from_bytes(data: bytes) -> QImage | None:
    """The decoded image, or None when the bytes are not an image Qt can read."""
    image = QImage.fromData(data)
    return None if image.isNull() else image


class ImageView(QScrollArea):
    """An image that fits the space it has, or shows at full size and scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._fit = True
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self._label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_image(self, image: QImage | None, description: str = "") -> None:
        self._pixmap = QPixmap() if image is None else QPixmap.fromImage(image)
        self._label.setAccessibleName(description)
        self._label.setText("" if image is not None else description)
        self._refresh()

    def has_image(self) -> bool:
        return not self._pixmap.isNull()

    def shown_pixmap(self) -> QPixmap:
        return self._label.pixmap()

    def set_fit(self, fit: bool) -> None:
        self._fit = fit
        self.setWidgetResizable(fit)
        self._refresh()

    def _refresh(self) -> None:
        if self._pixmap.isNull():
            self._label.setPixmap(QPixmap())
            return
        if self._fit:
            area = self.viewport().size()
            scaled = self._pixmap
            if self._pixmap.width() > area.width() or self._pixmap.height() > area.height():
                scaled = self._pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation)
            self._label.setPixmap(scaled)
        else:
            self._label.setPixmap(self._pixmap)
            self._label.resize(self._pixmap.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._refresh()


class ImageViewer(QDialog):
    """A window showing one attached image, decoded from bytes in memory."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = ImageView(self)
        image = image_from_bytes(data)
        self.view.set_image(image, title if image is not None
                            else self.tr("This file is not an image the app can show."))
        self.view.setAccessibleName(self.tr("Attached image: %1").replace("%1", title))

        self.fit_button = QPushButton(self.tr("&Fit to window"))
        self.full_button = QPushButton(self.tr("&Actual size"))
        self.fit_button.clicked.connect(lambda: self.view.set_fit(True))
        self.full_button.clicked.connect(lambda: self.view.set_fit(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.fit_button)
        row.addWidget(self.full_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self,
                  lambda: self.view.set_fit(False))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self,
                  lambda: self.view.set_fit(True))
        em = self.fontMetrics().height()
        self.setMinimumSize(24 * em, 16 * em)
        if image is not None:
            screen = self.screen().availableGeometry().size() * 0.8
            self.resize(min(max(image.width() + 40, 24 * em), screen.width()),
                        min(max(image.height() + 90, 16 * em), screen.height()))
        self.view.setFocus()
