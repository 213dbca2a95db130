"""The Excel workbook: live formulas that LibreOffice recalculates to the engine's own values.

One LibreOffice run (module fixture) recalculates every workbook of this module: the demo firm in both
languages, worked examples A and F, digital example D3, a copy of the demo a consultant corrected in
Excel, a firm whose texts look like formulas, and the demo, firm B and firm F with an action plan
whose first action has an owner (firm F also with planned spend, so measures are claimable).
"""

from __future__ import annotations

import datetime as dt
import math
import shutil
import subprocess
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.export.labels import (
    DIGITAL,
    FINANCE,
    GAPS,
    IP_REPORT,
    MEASURES,
    PLAN,
    REPORT,
    SCHEME,
    SHEETS,
    STATUS,
)
from assessments.export.xlsx import build_workbook, write_xlsx
from assessments.export.xlsx.finance import FIN_YEAR_COLS, fin_row
from assessments.export.xlsx.ratios import RATIOS, engine_values
from assessments.labels import trust
from assessments.model import ActionPlan, IpItem, IpType, PlannedSpend
from assessments.paths import resources_dir
from assessments.results import Status
from assessments.storage.srdi_file import load
from assessments.support.matching import STATUS_LABELS, MatchStatus, claimable_total, match
from assessments.support.plan import build_plan
from tests.assessments.xlsx_print import printed, title_cols

SAMPLES = resources_dir() / "samples"
# (sample, language): the demo in both languages and worked examples from the domain reference.
RECALCULATED = [("demo", "zh"), ("demo", "en"), ("firm_a", "zh"), ("firm_f", "zh"), ("digital_d3", "zh")]
REL = 1e-9
TODAY = dt.date(2026, 3, 20)
OWNER = "王经理（财务部）"
SPEND = PlannedSpend(consulting=Decimal(40), equipment_last_year=Decimal(300), digital_retrofit=Decimal(60))
# name → (sample, planned spend): written with the document's plan, its first action given an owner.
PLANNED = {"demo_plan": ("demo", None), "firm_b_plan": ("firm_b", None), "firm_f_spend": ("firm_f", SPEND)}


def assessment_of(sample: str) -> Assessment:
    doc = load(SAMPLES / f"{sample}.srdi")
    return assess(doc.firm, doc.on, doc.purpose)


def formula_look_alike() -> Assessment:
    """A firm whose name and IP title would run as formulas if written carelessly."""
    doc = load(SAMPLES / "demo.srdi")
    profile = doc.firm.profile.model_copy(
        # Not the sample any more: without its credit code the name is written exactly as typed.
        update={"name": "=1+1", "district": "+86 湖里", "main_product": "-模组", "credit_code": None}
    )
    items = (IpItem(type=IpType.INVENTION, title="@SUM(A1)", number="=HYPERLINK(1)"), *doc.firm.ip)
    firm = doc.firm.model_copy(update={"profile": profile, "ip": items})
    return assess(firm, doc.on, doc.purpose)


@dataclass(frozen=True)
class Planned:
    """An assessment with the plan and spend of its document, as the app saves them."""

    assessment: Assessment
    plan: ActionPlan
    spend: PlannedSpend | None


def planned(sample: str, spend: PlannedSpend | None = None) -> Planned:
    """The sample with a plan built and saved in the document, its first action's owner set by hand."""
    doc = load(SAMPLES / f"{sample}.srdi")
    assessment = assess(doc.firm, doc.on, doc.purpose)
    doc = replace(doc, plan=build_plan(assessment, spend, today=TODAY), spend=spend)
    assert doc.plan is not None
    doc = set_path(doc, f"plan.{doc.plan.actions[0].id}.owner", OWNER)
    assert doc.plan is not None
    return Planned(assessment, doc.plan, doc.spend)


def corrected_demo(path: Path) -> None:
    """The demo workbook after a consultant's corrections: more R&D, and Q3 answered one option higher."""
    book = load_workbook(path)
    book[SHEETS["finance"].zh].cell(row=fin_row("rd_expense"), column=FIN_YEAR_COLS[2]).value = 1300
    digital = book[SHEETS["digital"].zh]
    q3 = next(r for r in range(1, digital.max_row + 1) if str(digital.cell(r, 1).value).startswith("Q3 "))
    digital.cell(row=q3, column=4).value = 6
    book.save(path)


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Workbook, Workbook]]:
    """name → (the workbook as written, with formulas; the same after LibreOffice recalculated it)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the recalculation tests need it")
    folder = tmp_path_factory.mktemp("xlsx")
    written = {}
    for sample, lang in RECALCULATED:
        written[f"{sample}_{lang}"] = folder / f"{sample}_{lang}.xlsx"
        write_xlsx(assessment_of(sample), written[f"{sample}_{lang}"], lang)
    written["corrected"] = folder / "corrected.xlsx"
    write_xlsx(assessment_of("demo"), written["corrected"])
    corrected_demo(written["corrected"])
    written["look_alike"] = folder / "look_alike.xlsx"
    write_xlsx(formula_look_alike(), written["look_alike"])
    for name, (sample, spend) in PLANNED.items():
        found = planned(sample, spend)
        written[name] = folder / f"{name}.xlsx"
        write_xlsx(found.assessment, written[name], plan=found.plan, spend=found.spend)
    out = folder / "recalculated"
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
        ]
        + [str(p) for p in written.values()],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {
        name: (load_workbook(path), load_workbook(out / path.name, data_only=True))
        for name, path in written.items()
    }


def blank(value: Any) -> bool:
    return value is None or value == ""


def assert_same(formula_value: Any, engine_value: Any, where: str) -> None:
    if blank(engine_value):
        assert blank(formula_value), f"{where}: formula gives {formula_value!r}, engine has no value"
        return
    if isinstance(engine_value, str):
        assert formula_value == engine_value, where
        return
    assert not blank(formula_value), f"{where}: formula is empty, engine has {engine_value!r}"
    assert math.isclose(float(formula_value), float(engine_value), rel_tol=REL, abs_tol=1e-12), where


def rows_labelled(ws: Worksheet, label: str) -> list[int]:
    return [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == label]


# --- 财务数据 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sample", "lang"), RECALCULATED)
def test_ratio_formulas_recalculate_to_the_engine_values(books, sample: str, lang: str):
    written, recalculated = books[f"{sample}_{lang}"]
    ws, values = written[SHEETS["finance"].get(lang)], recalculated[SHEETS["finance"].get(lang)]
    compared = 0
    for ratio in RATIOS:
        (row,) = rows_labelled(ws, FINANCE[ratio.key].get(lang))
        for index, col in enumerate(FIN_YEAR_COLS):
            engine_col = FIN_YEAR_COLS[-1] + 2 + index
            if ws.cell(row=row, column=col).data_type != "f":
                assert blank(ws.cell(row=row, column=engine_col).value)
                continue
            where = f"{ratio.key} column {index}"
            assert_same(
                values.cell(row=row, column=col).value, values.cell(row=row, column=engine_col).value, where
            )
            compared += not blank(values.cell(row=row, column=engine_col).value)
    assert compared > 0 or sample.startswith("digital")  # the digital examples hold no figures


def test_demo_ratios_are_all_computed_and_formulas_reference_the_input_cells(books):
    written, _ = books["demo_zh"]
    ws = written[SHEETS["finance"].zh]
    (row,) = rows_labelled(ws, FINANCE["rd_share"].zh)
    rd, revenue = fin_row("rd_expense"), fin_row("revenue")
    assert (
        ws.cell(row=row, column=5).value
        == f'=IF(OR(E{rd}="",E{revenue}="",E{revenue}=0),"",E{rd}/E{revenue})'
    )
    (cagr,) = rows_labelled(ws, FINANCE["cagr"].zh)
    assert f"SQRT(E{revenue}/C{revenue})-1" in ws.cell(row=cagr, column=5).value
    engine = engine_values(assessment_of("demo"))
    assert (
        sum(v is not None for values in engine.values() for v in values) == 36
    )  # 6 shares × 4 + 2 × 3 + 3 × 2


def test_engine_columns_are_the_values_behind_the_scheme_rows():
    """The ratio block's engine values are the very numbers the schemes judged (as fractions)."""
    assessment = assessment_of("demo")
    engine = {key: values[2] for key, values in engine_values(assessment).items()}  # 上年度 FY2025
    hundred = Decimal(100)
    assert engine["rd_share"] * hundred == assessment["xiamen_2026_targets"].row("rd_share").value
    assert engine["main_share"] * hundred == assessment["little_giant"].row("main_share").value
    assert engine["debt_ratio"] * hundred == assessment["little_giant"].row("debt_ratio").value
    assert engine["cagr"] * hundred == assessment["little_giant"].row("revenue_cagr").value
    assert engine["rd_3y"] * hundred == assessment["hnte"].row("rd_ratio").value


# --- 汇总: the targets --------------------------------------------------------------------------


def target_rows(ws: Worksheet, lang: str) -> list[int]:
    (head,) = [
        r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value == REPORT["value"].get(lang)
    ]
    return [head + 1, head + 2, head + 3]


@pytest.mark.parametrize(("sample", "lang"), RECALCULATED)
def test_target_checks_recalculate_to_the_engine_verdicts(books, sample: str, lang: str):
    written, recalculated = books[f"{sample}_{lang}"]
    ws, values = written[SHEETS["summary"].get(lang)], recalculated[SHEETS["summary"].get(lang)]
    for row in target_rows(ws, lang):
        assert ws.cell(row=row, column=2).data_type == "f"
        assert ws.cell(row=row, column=4).value.startswith("=IF(")
        label = ws.cell(row=row, column=1).value
        assert_same(values.cell(row=row, column=2).value, values.cell(row=row, column=5).value, label)
        assert values.cell(row=row, column=4).value == values.cell(row=row, column=6).value, label


def test_target_thresholds_come_from_the_pack_with_their_citation(books):
    written, _ = books["demo_zh"]
    ws = written[SHEETS["summary"].zh]
    pack = assessment_of("demo").packs["xiamen_2026_targets"]
    rd, class1, digital = target_rows(ws, "zh")
    edge = {
        cid: float(pack.criterion(cid).threshold("min").value)
        for cid in ("rd_share", "class1_ip", "digital_level")
    }
    assert ws.cell(row=rd, column=3).value == pytest.approx(edge["rd_share"] / 100)
    assert ws.cell(row=rd, column=3).number_format == "0.00%"
    assert ws.cell(row=class1, column=3).value == edge["class1_ip"]
    assert ws.cell(row=digital, column=3).value == edge["digital_level"]
    assert ws.cell(row=rd, column=4).value == f'=IF(B{rd}="","待确认",IF(B{rd}>C{rd},"达标","未达标"))'
    assert ws.cell(row=rd, column=7).value == f"{pack.criterion('rd_share').source.cite} · 官方原文"


def test_a_consultants_correction_moves_the_ratios_level_and_target_checks(books):
    _, values = books["corrected"]
    finance, summary = values[SHEETS["finance"].zh], values[SHEETS["summary"].zh]
    (row,) = rows_labelled(finance, FINANCE["rd_share"].zh)
    assert finance.cell(row=row, column=5).value == pytest.approx(1300 / 12500, rel=REL)
    assert finance.cell(row=row, column=10).value == pytest.approx(0.096, rel=REL)  # the engine's, unchanged
    rd, _class1, digital = target_rows(summary, "zh")
    assert summary.cell(row=rd, column=4).value == "达标"
    assert summary.cell(row=rd, column=6).value == "未达标"  # what the engine said at export
    assert summary.cell(row=digital, column=2).value == 3  # 58.875 + 3 points reach 三级
    sheet = values[SHEETS["digital"].zh]
    (total,) = rows_labelled(sheet, DIGITAL["total"].zh)
    assert sheet.cell(row=total, column=4).value == pytest.approx(61.875)


# --- 数字化问卷 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("sample", "lang"), RECALCULATED)
def test_digital_subtotals_and_levels_recalculate_to_the_engine(books, sample: str, lang: str):
    written, recalculated = books[f"{sample}_{lang}"]
    ws, values = written[SHEETS["digital"].get(lang)], recalculated[SHEETS["digital"].get(lang)]
    checked = []
    for row in range(5, ws.max_row + 1):
        if ws.cell(row=row, column=4).data_type == "f" and ws.cell(row=row, column=1).value:
            label = ws.cell(row=row, column=1).value
            assert_same(values.cell(row=row, column=4).value, values.cell(row=row, column=6).value, label)
            checked.append(label)
    keys = ("total", "score_high", "level_low", "level_high", "self_level", "counting")
    assert {DIGITAL[k].get(lang) for k in keys} <= set(checked)


def test_dimension_subtotals_are_sums_of_the_item_points(books):
    written, _ = books["demo_zh"]
    ws = written[SHEETS["digital"].zh]
    subtotal = next(r for r in range(1, ws.max_row + 1) if "小计" in str(ws.cell(row=r, column=1).value))
    assert ws.cell(row=subtotal, column=4).value == f"=SUMIF(B5:B19,B{subtotal},D5:D19)"


# --- 知识产权 -----------------------------------------------------------------------------------


def test_ip_register_says_per_scheme_whether_each_item_counts(books):
    written, _ = books["demo_zh"]
    ws = written[SHEETS["ip"].zh]
    header = [ws.cell(row=3, column=c).value for c in range(1, ws.max_column + 1)]
    assigned = next(
        r for r in range(4, ws.max_row + 1) if ws.cell(row=r, column=3).value == "ZL202011098765.5"
    )
    row = {name: ws.cell(row=assigned, column=header.index(name) + 1).value for name in header}
    assert row[IP_REPORT["klass"].zh] == "Ⅰ类"
    assert row["创新型中小企业"] == "不计：转让未满1年"  # 2022 measures: transferred less than a year ago
    assert row["专精特新中小企业"] == "不计：转入的知识产权不计"  # 2026 measures: no transferred-in items
    assert row["厦门2026目标"] == "计入"


# --- one sheet per scheme, gaps ------------------------------------------------------------------


def test_each_scheme_sheet_lists_its_criteria_with_status_citation_and_marks(books):
    written, _ = books["demo_zh"]
    assessment = assessment_of("demo")
    result = assessment["little_giant"]
    ws = written["小巨人"]
    head = next(r for r in range(1, 10) if ws.cell(row=r, column=1).value == SCHEME["criterion"].zh)
    assert ws.max_row - head == len(result.rows)
    columns = [ws.cell(row=head, column=c).value for c in range(1, ws.max_column + 1)]
    by_label = {ws.cell(row=r, column=1).value: r for r in range(head + 1, ws.max_row + 1)}
    main = by_label[result.row("main_share").label.zh]
    assert ws.cell(row=main, column=columns.index(SCHEME["on_edge"].zh) + 1).value == "临界"
    assert ws.cell(row=main, column=2).value == pytest.approx(0.9024)
    assert ws.cell(row=main, column=2).number_format == "0.00%"
    confidence = ws.cell(row=main, column=columns.index(SCHEME["confidence"].zh) + 1).value
    assert confidence == trust(result.row("main_share").source.confidence).zh
    market = by_label[result.row("market").label.zh]
    assert (
        ws.cell(row=market, column=columns.index(SCHEME["status"].zh) + 1).value == STATUS[Status.NOT_MET].zh
    )
    assert (
        ws.cell(row=market, column=columns.index(SCHEME["gap"].zh) + 1).value
        == result.row("market").gap.text.zh
    )


def test_gaps_sheet_ranks_the_gaps_with_their_quantity(books):
    written, _ = books["demo_zh"]
    ws = written[SHEETS["gaps"].zh]
    assert [ws.cell(row=5, column=c).value for c in (2, 6, 7)] == [
        GAPS["top"].zh,
        51.25,
        "万元",
    ]  # > 10% aims at 10.01%
    assert ws.cell(row=7, column=7).value == "个百分点"  # the market-share gap is in percentage points


# --- safety and layout ---------------------------------------------------------------------------


def test_text_that_looks_like_a_formula_is_written_as_text(books):
    written, recalculated = books["look_alike"]
    for book in (written, recalculated):
        profile, ip = book[SHEETS["profile"].zh], book[SHEETS["ip"].zh]
        texts = {profile.cell(row=r, column=2).value for r in range(1, profile.max_row + 1)}
        assert {"=1+1", "+86 湖里", "-模组"} <= texts
        assert ip.cell(row=4, column=4).value == "@SUM(A1)"
        assert ip.cell(row=4, column=3).value == "=HYPERLINK(1)"
        assert book[SHEETS["summary"].zh].cell(row=2, column=2).value == "=1+1"
    name = written[SHEETS["summary"].zh].cell(row=2, column=2)
    assert name.data_type == "s" and name.quotePrefix


def test_sheets_frozen_headers_print_setup_and_formats(books):
    written, _ = books["demo_zh"]
    assert written.sheetnames[:5] == [
        SHEETS[k].zh for k in ("summary", "profile", "finance", "ip", "digital")
    ]
    assert written.sheetnames[-2:] == [SHEETS["gaps"].zh, SHEETS["lists"].zh]
    assert written[SHEETS["lists"].zh].sheet_state == "hidden"
    finance = written[SHEETS["finance"].zh]
    assert finance.freeze_panes == "C5"
    assert finance.print_title_rows == "$1:$4"
    assert str(finance.page_setup.paperSize) == finance.PAPERSIZE_A4
    assert finance.page_setup.orientation == "landscape" and finance.page_setup.fitToWidth == 1
    assert finance.cell(row=fin_row("revenue"), column=3).number_format == "#,##0.00"


def test_every_printed_page_reads_at_8_pt_or_more_with_page_numbers(books):
    """Issue 12: no sheet is shrunk below 8 pt to fit one page width; a wide one runs across pages
    with its heading rows and first columns repeated; the footer numbers the pages."""
    for name in ("demo_zh", "demo_en"):
        written, _ = books[name]
        for ws in written.worksheets[:-1]:
            found = printed(ws)
            assert found.reads_at >= 8.0, (name, ws.title, found)
            assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text, ws.title
            assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4, ws.title
            if not ws.sheet_properties.pageSetUpPr.fitToPage:  # runs across pages
                assert title_cols(ws), ws.title
    ip = books["demo_zh"][0][SHEETS["ip"].zh]
    assert not ip.sheet_properties.pageSetUpPr.fitToPage  # 20 columns: across pages, not at 5 pt


def test_ladder_scores_and_pass_marks_are_stored_as_numbers(books):
    """Issue 12: a score prints as text no more; a range of points shows "3–5" but holds its 3."""
    written, _ = books["demo_zh"]
    summary = written[SHEETS["summary"].zh]
    by_title: dict[object, int] = {}
    for r in range(1, summary.max_row + 1):  # the ladder comes before the list of rule packs
        by_title.setdefault(summary.cell(row=r, column=1).value, r)
    scored = [r for r in assessment_of("demo").results.values() if r.score is not None]
    assert scored
    for result in scored:
        row = by_title[result.title.zh]
        score, mark = summary.cell(row=row, column=3), summary.cell(row=row, column=4)
        assert score.data_type == "n" and Decimal(str(score.value)) == result.score, result.scheme
        if result.pass_score is not None:
            assert mark.data_type == "n" and Decimal(str(mark.value)) == result.pass_score, result.scheme
        if result.score_max not in (None, result.score):
            assert "–" in score.number_format, result.scheme


def test_enumerated_cells_have_drop_down_lists(books):
    written, _ = books["demo_zh"]
    ip = written[SHEETS["ip"].zh]
    lists = {str(dv.sqref): dv.formula1 for dv in ip.data_validations.dataValidation if dv.type == "list"}
    assert lists["B4:B16"].startswith("'选项'!")  # type, one cell per registered item
    assert len(lists) == 7  # type, status, origin and four 是/否 columns
    profile = written[SHEETS["profile"].zh]
    covered = " ".join(str(dv.sqref) for dv in profile.data_validations.dataValidation if dv.type == "list")
    purpose_row = rows_labelled(profile, "评估目的")[0]
    assert f"B{purpose_row}" in covered.split()


def test_english_workbook_speaks_english(books):
    written, _ = books["demo_en"]
    assert written.sheetnames[0] == "Summary"
    summary = written["Summary"]
    assert summary.cell(row=1, column=1).value.startswith("SRDI self-check report")
    rd = target_rows(summary, "en")[0]
    assert (
        summary.cell(row=rd, column=4).value == f'=IF(B{rd}="","to confirm",IF(B{rd}>C{rd},"met","not met"))'
    )


def test_a_firm_without_figures_still_exports(tmp_path: Path):
    doc = load(SAMPLES / "digital_d1.srdi")
    empty = doc.firm.model_copy(update={"years": (), "ip": ()})
    assessment = assess(empty, doc.on, doc.purpose)
    book = build_workbook(replace(assessment), "zh")
    finance = book[SHEETS["finance"].zh]
    assert finance.cell(row=fin_row("revenue"), column=3).value is None
    assert all(v is None for values in engine_values(assessment).values() for v in values)


# --- 行动计划 and 支持措施 -------------------------------------------------------------------------


def plan_column(ws: Worksheet, key: str) -> int:
    head = [ws.cell(row=4, column=c).value for c in range(1, ws.max_column + 1)]
    return head.index(PLAN[key].zh) + 1


@pytest.mark.parametrize(("name", "sample"), [("demo_plan", "demo"), ("firm_b_plan", "firm_b")])
def test_plan_sheet_holds_the_saved_plan_with_the_owner_set_in_the_file(books, name: str, sample: str):
    written, _ = books[name]
    plan = planned(sample).plan
    ws = written[SHEETS["plan"].zh]
    first = plan.actions[0]
    assert ws.cell(row=5, column=plan_column(ws, "action")).value == first.text.zh
    assert ws.cell(row=5, column=plan_column(ws, "owner")).value == OWNER
    assert ws.cell(row=2, column=1).value == PLAN["saved"].zh.format(date=TODAY.isoformat())
    assert ws.max_row == 4 + len(plan.actions)
    dated = next(i for i, a in enumerate(plan.actions) if a.due is not None)
    due = ws.cell(row=5 + dated, column=plan_column(ws, "due"))
    assert due.value.date() == plan.actions[dated].due and due.number_format == "yyyy-mm-dd"
    assert ws.cell(row=5, column=plan_column(ws, "done")).value == "否"


def test_plan_sheet_inputs_have_a_date_check_and_a_yes_no_list(books):
    written, _ = books["demo_plan"]
    ws = written[SHEETS["plan"].zh]
    rules = {dv.type: (str(dv.sqref), dv.formula1) for dv in ws.data_validations.dataValidation}
    done, due = (get_column_letter(plan_column(ws, k)) for k in ("done", "due"))
    assert rules["list"][0] == f"{done}5:{done}{ws.max_row}"
    assert rules["list"][1].startswith("'选项'!")  # the workbook's 是/否 list
    assert rules["date"][0] == f"{due}5:{due}{ws.max_row}"
    owner = ws.cell(row=6, column=plan_column(ws, "owner"))
    assert owner.value is None and owner.fill.fgColor.rgb.endswith("FFF2CC")  # an input cell to fill in


def test_net_cost_formulas_recalculate_to_the_plans_net_cost(books):
    written, recalculated = books["firm_f_spend"]
    ws, values = written[SHEETS["plan"].zh], recalculated[SHEETS["plan"].zh]
    net = plan_column(ws, "net")
    actions = planned("firm_f", SPEND).plan.actions
    assert any(a.subsidy and a.cost for a in actions)
    for row, action in enumerate(actions, start=5):
        assert ws.cell(row=row, column=net).value.startswith("=IF(")
        assert_same(values.cell(row=row, column=net).value, action.net_cost, action.id)


def measure_totals(ws: Worksheet) -> dict[str, int]:
    labels = {MEASURES[k].zh: k for k in ("total_claimable", "total_near")}
    return {labels[v]: r for r in range(1, ws.max_row + 1) if (v := ws.cell(row=r, column=2).value) in labels}


@pytest.mark.parametrize("name", ["firm_f_spend", "demo_plan"])
def test_measures_total_is_a_live_sum_of_the_claimable_amounts(books, name: str):
    written, recalculated = books[name]
    ws, values = written[SHEETS["measures"].zh], recalculated[SHEETS["measures"].zh]
    sample, spend = PLANNED[name]
    found = match(assessment_of(sample), spend)
    row = measure_totals(ws)["total_claimable"]
    assert (
        ws.cell(row=row, column=5).value
        == f'=SUMIF(D5:D44,"{STATUS_LABELS[MatchStatus.CLAIMABLE].zh}",E5:E44)'
    )
    expected = float(claimable_total(found))
    assert values.cell(row=row, column=5).value == pytest.approx(expected)
    assert values.cell(row=row, column=6).value == pytest.approx(expected)  # the software's, beside it
    if name == "firm_f_spend":
        assert expected == 50  # (5) 10% × 300 and (18) 50% × 40


def test_measures_sheet_lists_every_measure_with_amount_formula_gap_and_citation(books):
    written, _ = books["firm_f_spend"]
    ws = written[SHEETS["measures"].zh]
    found = {m.number: m for m in match(assessment_of("firm_f"), SPEND)}
    assert [ws.cell(row=r, column=1).value for r in range(5, 5 + len(found))] == sorted(found)
    consulting = 4 + 18
    assert ws.cell(row=consulting, column=4).value == "可申请"
    assert ws.cell(row=consulting, column=5).value == 20
    assert ws.cell(row=consulting, column=6).value == found[18].formula.zh
    assert ws.cell(row=consulting, column=8).value == f"{found[18].cite} · 官方原文"
    giant = 4 + 3
    assert ws.cell(row=giant, column=4).value == "差一步"
    assert ws.cell(row=giant, column=7).value == found[3].reasons[0].zh


def test_without_a_plan_the_workbook_builds_one_and_says_so(books):
    written, _ = books["demo_zh"]
    ws = written[SHEETS["plan"].zh]
    plan = build_plan(assessment_of("demo"))
    assert ws.cell(row=2, column=1).value == PLAN["generated"].zh
    assert ws.cell(row=5, column=2).value == plan.actions[0].text.zh
    assert ws.cell(row=5, column=plan_column(ws, "owner")).value is None


def test_plan_and_measures_sheets_come_before_the_gaps(books):
    written, _ = books["demo_en"]
    assert written.sheetnames[-4:-2] == ["Action plan", "Support measures"]
