"""Guards against a broken Qt binding release.

PySide6-Essentials 6.12.0 on Python 3.11 releases a reference to None on every Qt call that returns
nothing; None's count runs out after a few thousand calls and the process aborts (none_dealloc).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_returning_nothing_keep_the_reference_count_of_none():
    item = QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        item.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 5
