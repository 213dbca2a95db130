"""The rule-update and about-the-rules dialogs over the real app: a signed update is checked, its changes
shown, installed beside the shipped packs, and the saved assessments re-scored; a refused one installs
nothing and says why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from assessments.model import Purpose
from assessments.paths import resources_dir
from assessments.results import Verdict
from assessments.rules.bundle import build_bundle
from assessments.rules.catalogue import pack_for
from assessments.rules.keys import key_entry, new_private_key
from assessments.rules.loader import reload_packs, shipped_packs
from desktop.dialogs.about_rules_dialog import AboutRulesDialog
from desktop.dialogs.rule_update_dialog import RuleUpdateDialog

TARGETS = resources_dir() / "rules" / "xiamen_2026_targets" / "2024.1.toml"


@pytest.fixture
def signing(tmp_path: Path):
    key = new_private_key()
    keys = tmp_path / "trusted.toml"
    keys.write_text(
        key_entry("Test signer", key.public_key(), dt.date(2020, 1, 1), dt.date(2040, 1, 1)), "utf-8"
    )
    yield key, keys
    reload_packs()


def targets_update(tmp_path: Path, key) -> Path:
    """The Xiamen targets as 2024.2: R&D share above 9% (was 10%), Class I above 7 (was 8)."""
    text = TARGETS.read_text(encoding="utf-8").replace('version = "2024.1"', 'version = "2024.2"')
    text = text.replace(
        'thresholds.min = { op = ">", value = 10, unit = "pct" }',
        'thresholds.min = { op = ">", value = 9, unit = "pct" }',
    )
    text = text.replace(
        'thresholds.min = { op = ">", value = 8, unit = "count" }',
        'thresholds.min = { op = ">", value = 7, unit = "count" }',
    )
    pack = tmp_path / "2024.2.toml"
    pack.write_text(text, encoding="utf-8")
    out = tmp_path / "targets.srdipack"
    out.write_bytes(build_bundle([pack], key, "targets-2024-2", dt.date(2026, 11, 1)))
    return out


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.fixture
def dialog(qtbot, window, signing):
    shown = RuleUpdateDialog(window.session, window, keys_path=signing[1])
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_a_signed_update_shows_its_changes_with_citations_before_install(dialog, tmp_path, signing):
    dialog.load_bundle(targets_update(tmp_path, signing[0]))
    assert dialog.install_button.isEnabled()
    assert "Test signer" in dialog.status.text() and "targets-2024-2" in dialog.status.text()
    rows = cells(dialog.values)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("xiamen_2026_targets 2024.2", "10", "9"),
        ("xiamen_2026_targets 2024.2", "8", "7"),
    ]
    assert all("[OT]" in r[4] and "[OT]" in r[5] for r in rows)
    assert "2024.1" in dialog.summary.toPlainText()
    assert pack_for("xiamen_2026_targets", Purpose.NEW, dt.date(2026, 5, 15)).version == "2024.1"  # not yet


def test_install_then_rescore_lists_the_verdicts_that_change(dialog, qtbot, tmp_path, signing):
    dialog.load_bundle(targets_update(tmp_path, signing[0]))
    with qtbot.waitSignal(dialog.packs_installed):
        assert dialog.install()
    assert not dialog.install_button.isEnabled() and dialog.rescore_button.isEnabled()
    assert pack_for("xiamen_2026_targets", Purpose.NEW, dt.date(2026, 5, 15)).version == "2024.2"
    qtbot.mouseClick(dialog.rescore_button, Qt.MouseButton.LeftButton)
    (item,) = [r for r in dialog.rescored if r.changes]
    (change,) = item.changes
    assert change.scheme == "xiamen_2026_targets" and change.before == Verdict.DOES_NOT_QUALIFY
    assert change.after != Verdict.DOES_NOT_QUALIFY and change.version_after == "2024.2"
    assert dialog.verdicts.isVisible() and dialog.verdicts.rowCount() == 1
    assert cells(dialog.verdicts)[0][0] == item.firm


def test_an_update_signed_by_an_unknown_key_is_refused_and_installs_nothing(dialog, tmp_path, window):
    dialog.load_bundle(targets_update(tmp_path, new_private_key()))
    assert dialog.status.text().startswith("✗ 未安装规则包更新")
    assert not dialog.install_button.isEnabled() and not dialog.install()
    assert dialog.values.rowCount() == 0
    assert not (Path(window.session.workspace.path).parent / "rules").exists()


def test_about_the_rules_lists_every_pack_with_its_origin_and_signer(
    qtbot, window, dialog, tmp_path, signing
):
    dialog.load_bundle(targets_update(tmp_path, signing[0]))
    dialog.install()
    about = AboutRulesDialog(window, on=dt.date(2026, 5, 15))
    qtbot.addWidget(about)
    rows = cells(about.table)
    assert len(rows) == len(shipped_packs()) + 1
    installed = next(r for r in rows if r[1] == "2024.2")
    assert installed[4] == "Test signer" and "targets-2024-2" in installed[3] and installed[6]
    shipped = next(r for r in rows if r[0].endswith("(xiamen_2026_targets)") and r[1] == "2024.1")
    assert shipped[4] == "—" and not shipped[6]  # the higher installed version is the one in use
    assert "官方原文 4" in shipped[5]  # confidence in plain words
    assert not about.problems.isVisible()
