"""The assessment as an Excel workbook a consultant can check and correct.

Inputs are plain cells; every ratio, subtotal, level and target check is a live formula over them, so
correcting a revenue figure in Excel or LibreOffice moves the ratios and the target checks. Beside
each formula the engine's own value at export is written ("engine" columns), and the tests recalculate
the workbook with LibreOffice to prove the two agree. Thresholds are read from the rule packs and
written in their own cells with their citation; no threshold lives in the code. Each sheet family has
its module in this package (ratios.py, ip.py, digital.py, schemes.py, gaps.py, summary.py, support.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook

from assessments.checklist import checklist
from assessments.engine import Assessment
from assessments.export.labels import SCHEME_SHEETS, SHEETS
from assessments.export.support import support_for
from assessments.export.xlsx.checklist import checklist_sheet
from assessments.export.xlsx.checklist import sheet_name as checklist_sheet_name
from assessments.export.xlsx.digital import digital_sheet
from assessments.export.xlsx.gaps import gaps_sheet
from assessments.export.xlsx.ip import ip_report_sheet
from assessments.export.xlsx.lists import Lists
from assessments.export.xlsx.profile import write_profile
from assessments.export.xlsx.ratios import ratios_sheet
from assessments.export.xlsx.schemes import scheme_sheet
from assessments.export.xlsx.styles import new_workbook
from assessments.export.xlsx.summary import Cells, summary_sheet
from assessments.export.xlsx.support import measures_sheet, plan_sheet
from assessments.model import ActionPlan, PlannedSpend
from assessments.results import SchemeResult, Verdict
from assessments.storage.atomic import write_atomic
from assessments.storage.workspace import EvidenceRecord


def write_xlsx(
    assessment: Assessment,
    path: Path,
    lang: str = "zh",
    *,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
    evidence: Iterable[EvidenceRecord] | None = None,
) -> None:
    """The workbook of `assessment`; `plan` is the user's action plan (without one, one is built);
    `evidence` the firm's kept files for the evidence checklist (None: not consulted, "to check")."""
    book = build_workbook(assessment, lang, plan=plan, spend=spend, evidence=evidence)
    write_atomic(Path(path), book.save)


def build_workbook(
    assessment: Assessment,
    lang: str = "zh",
    *,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
    evidence: Iterable[EvidenceRecord] | None = None,
) -> Workbook:
    wb = new_workbook()
    wb.calculation.fullCalcOnLoad = True  # Excel recalculates the formulas when the file opens
    summary = wb.active
    summary.title = SHEETS["summary"].get(lang)
    lists = Lists(wb, lang)
    firm = assessment.firm
    profile = wb.create_sheet(SHEETS["profile"].get(lang))
    write_profile(profile, firm, assessment.on, assessment.purpose, lists)
    cells = Cells(
        rd_share=ratios_sheet(wb.create_sheet(SHEETS["finance"].get(lang)), assessment, lang),
        ip=ip_report_sheet(wb.create_sheet(SHEETS["ip"].get(lang)), assessment, lists),
        digital=digital_sheet(wb, assessment, lang),
    )
    for result in assessment.results.values():
        if result.verdict is not Verdict.NOT_IN_FORCE:
            scheme_sheet(wb.create_sheet(_sheet_name(result, lang)), result, lang)
    documents = checklist(assessment, evidence)  # issue 11: the evidence checklist
    if documents.items:
        checklist_sheet(wb.create_sheet(checklist_sheet_name(lang)), documents, lang)
    support = support_for(assessment, plan, spend)
    plan_sheet(wb.create_sheet(SHEETS["plan"].get(lang)), support, assessment, lists)
    measures_sheet(wb.create_sheet(SHEETS["measures"].get(lang)), support, lang)
    gaps_sheet(wb.create_sheet(SHEETS["gaps"].get(lang)), assessment, lang)
    summary_sheet(summary, assessment, cells, lang)
    wb.move_sheet(lists.ws, offset=len(wb.sheetnames))
    return wb


def _sheet_name(result: SchemeResult, lang: str) -> str:
    return SCHEME_SHEETS.get(result.scheme, result.title).get(lang)[:31]
