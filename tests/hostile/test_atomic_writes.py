"""Kills in the middle of a write never leave a partial file under the final name.

A child process writes the same target again and again (alternating two versions, so most of its life
is spent inside a write); the test kills it with SIGKILL at a random moment, then checks that the target
is one complete version or the other, and that the next start's sweep leaves no temporary file behind.
Each writer is a real one: the `.srdi` save, the CLI report, the app's export.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from assessments.storage import atomic, srdi_file

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "samples" / "demo.srdi"
KILLS = 8

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

SRDI_LOOP = """
import dataclasses, sys
from pathlib import Path
from assessments.storage import srdi_file
doc = srdi_file.load(Path(sys.argv[1]))
other = dataclasses.replace(doc, firm=doc.firm.model_copy(update={"profile": doc.firm.profile.model_copy(update={"name": "另一个名字"})}))
print("ready", flush=True)
while True:
    for version in (doc, other):
        srdi_file.save(version, Path(sys.argv[2]))
"""

CLI_LOOP = """
import os, sys
from assessments.cli import main
print("ready", flush=True)
sys.stdout = open(os.devnull, "w")
while True:
    main(["report", sys.argv[1], "--xlsx", sys.argv[2] + ".xlsx", "--pdf", sys.argv[2] + ".pdf"])
"""

APP_EXPORT_LOOP = """
import sys
from pathlib import Path
from assessments.engine import assess
from assessments.storage import srdi_file
from desktop.dialogs.export_dialog import Target, export_files
doc = srdi_file.load(Path(sys.argv[1]))
assessment = assess(doc.firm, doc.on, doc.purpose)
out = Path(sys.argv[2])
targets = [Target("xlsx", out.with_suffix(".xlsx"), ""), Target("pdf", out.with_suffix(".pdf"), "")]
print("ready", flush=True)
while True:
    result = export_files(assessment, targets, "zh", lambda percent, doing: None)
    assert result.failed is None, result.error
"""


def run_and_kill(script: str, *args: str, after: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"ready"
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


def no_temporaries_after_sweep(folder: Path) -> None:
    atomic.sweep(folder)
    assert [p.name for p in folder.iterdir() if atomic.is_temp_name(p.name)] == []


def test_a_killed_srdi_save_leaves_the_old_file_or_the_new_one(tmp_path: Path) -> None:
    target = tmp_path / "firm.srdi"
    srdi_file.save(srdi_file.load(DEMO), target)
    rng = random.Random(8)
    for _ in range(KILLS):
        run_and_kill(SRDI_LOOP, str(DEMO), str(target), after=rng.uniform(0.0, 0.3))
        assert srdi_file.load(target).firm.profile.name in {"厦门鹭芯精密制造有限公司", "另一个名字"}
        no_temporaries_after_sweep(tmp_path)


@pytest.mark.parametrize(
    ("loop", "seed"), [(CLI_LOOP, 9), (APP_EXPORT_LOOP, 10)], ids=["cli report", "app export"]
)
def test_a_killed_report_writer_never_leaves_a_partial_workbook_or_pdf(tmp_path: Path, loop: str, seed: int):
    base = tmp_path / "report"
    rng = random.Random(seed)
    for _ in range(KILLS):
        run_and_kill(loop, str(DEMO), str(base), after=rng.uniform(0.5, 3.0))
        assert_complete_reports(base)
        no_temporaries_after_sweep(tmp_path)


def assert_complete_reports(base: Path) -> None:
    xlsx, pdf = base.with_suffix(".xlsx"), base.with_suffix(".pdf")
    if xlsx.exists():
        openpyxl.load_workbook(xlsx).close()
    if pdf.exists():
        assert len(PdfReader(pdf).pages) > 0
