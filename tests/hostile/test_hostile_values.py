"""Revenue at 0, −1, −1e12 and 1e22 through the CLI and the app: a result or a clear refusal, never a
traceback, and the app starts again on a workspace that holds such a firm."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assessments.cli import DATA_ERRORS, INTERNAL, INVALID, OK
from assessments.storage import srdi_file
from assessments.storage.workspace import Workspace
from desktop import i18n
from desktop.app import build
from tests.desktop.conftest import dispose

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "samples" / "demo.srdi"
ACCEPTED = ["0", "-1", "-1000000000000"]  # within the ceiling: loads, and the data checks list it
REFUSED = ["1e22", "1" + "0" * 23]  # beyond any firm: refused naming the field


def demo_with_revenue(text: str) -> str:
    """The demo file with FY2025 revenue replaced by `text` verbatim (a JSON number literal)."""
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    year = next(y for y in data["firm"]["years"] if y["year"] == 2025 and not y.get("plan"))
    year["revenue"] = "@@REVENUE@@"
    return json.dumps(data, ensure_ascii=False).replace('"@@REVENUE@@"', text)


def run_cli(tmp_path: Path, revenue: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "firm.srdi"
    path.write_text(demo_with_revenue(revenue), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "assessments", "evaluate", str(path), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("revenue", ACCEPTED)
def test_the_cli_evaluates_a_zero_or_negative_revenue_and_lists_it(tmp_path: Path, revenue: str):
    done = run_cli(tmp_path, revenue)
    assert done.returncode == DATA_ERRORS, done.stderr  # main revenue above revenue, or a negative one
    assert "Traceback" not in done.stderr
    result = json.loads(done.stdout)
    assert any(
        issue["field"].startswith("years.2025.") and "营业收入" in issue["message"]["zh"]
        for issue in result["issues"]
    )
    assert "无法计算" in json.dumps(result["schemes"], ensure_ascii=False)  # shares over it: not computable


@pytest.mark.parametrize("revenue", REFUSED)
def test_the_cli_refuses_a_revenue_beyond_any_firm_naming_the_field(tmp_path: Path, revenue: str):
    done = run_cli(tmp_path, revenue)
    assert done.returncode == INVALID and done.returncode not in (OK, INTERNAL)
    assert "Traceback" not in done.stderr
    assert "revenue" in done.stderr or "营业收入" in done.stderr


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SRDI_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def chinese_ui(qapp) -> Iterator[None]:
    i18n.install(i18n.DEFAULT)
    yield
    i18n.install(i18n.DEFAULT)


def workspace_holding(folder: Path, revenue: str) -> None:
    """A workspace whose only assessment holds `revenue` as written by some other program."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "workspace.sqlite"
    workspace = Workspace(path)
    assessment_id = workspace.create(srdi_file.load(DEMO))
    workspace.set_state("current_assessment", str(assessment_id))
    workspace.close()
    document = json.loads(demo_with_revenue(revenue))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE assessment SET document = ? WHERE id = ?", (json.dumps(document), assessment_id))
    db.close()


@pytest.mark.parametrize("revenue", ACCEPTED + REFUSED)
def test_the_app_starts_on_a_workspace_holding_any_revenue(qtbot, data_dir: Path, revenue: str):
    workspace_holding(data_dir, revenue)
    _app, window = build([])
    try:
        assert window.session.assessment.results  # assessed, whatever the figure
        if revenue in ACCEPTED:
            assert window.session.doc.firm.year(2025).revenue == int(revenue)
            assert any("营业收入" in issue.message.zh for issue in window.session.assessment.issues)
        else:  # refused by the model: the row is set aside in the backup and named, the app runs
            assert "厦门鹭芯精密制造有限公司" in window.recovery_message.full_text()
    finally:
        dispose(window)


def test_a_refused_grid_entry_leaves_a_workspace_that_starts_again(qtbot, data_dir: Path):
    _app, window = build([])
    revenue_before = window.session.doc.firm.year(2025).revenue
    with pytest.raises(ValueError):
        window.session.set_field("years.2025.revenue", 10**30)
    dispose(window)
    _app, again = build([])
    try:
        assert again.session.doc.firm.year(2025).revenue == revenue_before
        assert again.session.assessment.results["sme_size"].verdict.value == "qualifies"
    finally:
        dispose(again)
