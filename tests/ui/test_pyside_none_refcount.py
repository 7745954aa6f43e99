"""Regression guard for the PySide6 pin.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` each time Qt calls a Python
``data()`` override that returns ``None``; after a few thousand paints the process aborts with
``Fatal Python error: none_dealloc``. Every list in the app has such a model, so a pin that lets
that release in would crash workers' sessions. On 6.12.0 this test aborts the test process (seen
here: exit 134); on 6.11.3 it passes.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

CALLS = 100_000
Index = QModelIndex | QPersistentModelIndex


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_data_returning_none_through_a_proxy_keeps_none_alive(qapp: object) -> None:
    source = _NoneModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    index = proxy.index(1, 1)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        proxy.data(index, Qt.ItemDataRole.DisplayRole)
    after = sys.getrefcount(None)
    # A leak in the other direction would be harmless; a loss of one reference per call is fatal.
    assert after >= before - 100, f"None lost {before - after} references in {CALLS} data() calls"
