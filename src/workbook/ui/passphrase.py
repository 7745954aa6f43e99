"""Choosing a passphrase: a strength estimate said in words (not only colour), and the
two-field "type it twice" form used when creating a vault and when changing the passphrase.

The estimate is deliberately simple and conservative: length and kinds of characters, minus
repeats, sequences and the most common passwords. It guides; it does not forbid anything
longer than ``MIN_LENGTH``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8  # the same minimum the command line asks for

_COMMON = frozenset({
    "password", "passw0rd", "qwerty", "qwertyuiop", "azerty", "asdfgh", "asdfghjkl", "zxcvbn",
    "iloveyou", "letmein", "welcome", "admin", "monkey", "dragon", "princess", "sunshine",
    "football", "baseball", "master", "shadow", "superman", "batman", "trustno1", "abc123",
    "123456", "1234567", "12345678", "123456789", "1234567890", "111111", "000000", "654321",
    "666666", "121212", "lösenord", "hejsan", "sommar", "stockholm", "sverige", "älskling",
    "password1", "qwerty123", "changeme", "secret", "login", "starwars",
})
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")

LEVELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Very weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    QT_TRANSLATE_NOOP("Passphrase", "Good"),
    QT_TRANSLATE_NOOP("Passphrase", "Strong"),
)
HINTS = (
    QT_TRANSLATE_NOOP("Passphrase", "Easy to guess. Try four or more words that do not belong "
                      "together."),
    QT_TRANSLATE_NOOP("Passphrase", "Add a few more words or characters."),
    QT_TRANSLATE_NOOP("Passphrase", "One or two more words would make it strong."),
    QT_TRANSLATE_NOOP("Passphrase", "Hard to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Very hard to guess."),
)


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (very weak) … 4 (strong)
    bits: float

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Passphrase", str(LEVELS[self.score]))

    @property
    def hint(self) -> str:
        return QCoreApplication.translate("Passphrase", str(HINTS[self.score]))


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[ -/:-@\[-`{-~]", text):
        pool += 33
    if re.search(r"[^\x00-\x7f]", text):
        pool += 60
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with repeats and keyboard or alphabet runs counted lightly."""
    lowered = text.lower()
    length = 0.0
    for i, ch in enumerate(lowered):
        prev = lowered[i - 1] if i else ""
        pair = prev + ch
        if ch == prev or any(pair in seq or pair[::-1] in seq for seq in _SEQUENCES):
            length += 0.25
        else:
            length += 1.0
    return length


def estimate(text: str) -> Strength:
    if not text:
        return Strength(0, 0.0)
    core = re.sub(r"[\d\W_]+$", "", text.lower()) or text.lower()
    if text.lower() in _COMMON or core in _COMMON:
        return Strength(0, 0.0)
    # Human-chosen text carries about half the entropy of random characters from its pool.
    bits = _effective_length(text) * math.log2(_pool(text)) * 0.5
    words = [w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3]
    if len(words) >= 3:
        bits = max(bits, 11.0 * len(words))
    thresholds = (28, 40, 56, 72)
    score = sum(bits >= t for t in thresholds)
    if len(text) < MIN_LENGTH:
        score = 0
    return Strength(score, bits)


class StrengthMeter(QWidget):
    """A bar and the strength in words next to it ("Strength: fair — one or two more…")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 5)  # score + 1, so "very weak" still shows a sliver
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        strength = estimate(passphrase)
        self.bar.setValue(strength.score + 1 if passphrase else 0)
        if self.bar.property("level") != strength.score:
            self.bar.setProperty("level", strength.score)
            if self.bar.isVisible():
                # Re-apply the style for the new [level] (the first polish, on show, reads it
                # anyway; calling polish from Python early costs ~40 ms of enum set-up).
                self.bar.style().unpolish(self.bar)
                self.bar.style().polish(self.bar)
        if not passphrase:
            self.text.setText(self.tr("Use at least %1 characters; a few unrelated words are "
                                      "easiest to remember.").replace("%1", str(MIN_LENGTH)))
        elif len(passphrase) < MIN_LENGTH:
            self.text.setText(self.tr("Too short: use at least %1 characters.")
                              .replace("%1", str(MIN_LENGTH)))
        else:
            self.text.setText(self.tr("Strength: %1. %2").replace("%1", strength.label)
                              .replace("%2", strength.hint))
        self.bar.setAccessibleDescription(self.text.text())
        return strength


class NewPassphraseFields(QWidget):
    """Passphrase, the same again, a "show" switch and the strength meter.

    ``validityChanged(bool)`` says whether the two fields hold an acceptable, matching
    passphrase; ``problem()`` says in words what is still missing."""

    validityChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.show_text = QCheckBox(self.tr("Show passphrase"))
        self.meter = StrengthMeter()
        self.match = QLabel()
        self.match.setObjectName("hint")
        self.match.setWordWrap(True)

        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Same again"), self.second)
        form.addRow("", self.match)
        form.addRow("", self.show_text)

        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.show_text.toggled.connect(self._toggle_echo)
        self._valid = False
        self._changed()

    def _toggle_echo(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def problem(self) -> str | None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            return self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_LENGTH))
        if first != second:
            return self.tr("The two passphrases are not the same yet.")
        return None

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _changed(self) -> None:
        self.meter.update_for(self.first.text())
        problem = self.problem()
        if self.second.text() and problem:
            self.match.setText(problem)
        elif not problem:
            self.match.setText(self.tr("✓ Both passphrases are the same."))
        else:
            self.match.setText("")
        valid = problem is None
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    @property
    def valid(self) -> bool:
        return self._valid
