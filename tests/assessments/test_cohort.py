"""The cohort of a workspace against Xiamen's 2026 targets: each firm's latest assessment, re-assessed,
and the city's means and share computed from those firms' own target rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from assessments.cohort import SCHEME, cohort_of
from assessments.edit import set_path
from assessments.engine import assess
from assessments.paths import resources_dir
from assessments.results import Status
from assessments.storage import srdi_file
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace

SAMPLES = ("demo.srdi", "firm_a.srdi", "firm_f.srdi")


def sample(name: str) -> AssessmentFile:
    return srdi_file.load(Path(resources_dir()) / "samples" / name)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    space = Workspace(tmp_path / "workspace.sqlite")
    for name in SAMPLES:
        space.create(sample(name))
    yield space
    space.close()


def targets_row(doc: AssessmentFile, row_id: str):
    return assess(doc.firm, doc.on, doc.purpose)[SCHEME].row(row_id)


def rows_by_id(cohort) -> dict:
    return {row.id: row for row in cohort.summary.rows}


def test_every_firm_counts_with_its_latest_assessment_re_assessed(workspace):
    cohort = cohort_of(workspace)
    assert sorted(f.name for f in cohort.firms) == sorted(sample(n).firm.profile.name for n in SAMPLES)
    for firm in cohort.firms:
        doc = workspace.load(firm.assessment_id)
        assert firm.result == assess(doc.firm, doc.on, doc.purpose)[SCHEME]
        assert firm.in_force
    assert cohort.summary.firms == 3 and cohort.left_out == ()


def test_cohort_means_are_the_means_of_each_firms_own_target_rows(workspace):
    docs = [sample(n) for n in SAMPLES]
    rows = rows_by_id(cohort_of(workspace))
    rd = [targets_row(d, "rd_share").value for d in docs]  # 9.6, 6.5, 6
    ip = [targets_row(d, "class1_ip").value for d in docs]  # 8, 3, 6
    assert rows["mean_rd_share"].value == sum(rd, Decimal(0)) / 3
    assert rows["mean_rd_share"].status is Status.NOT_MET
    assert rows["mean_class1"].value == sum(ip, Decimal(0)) / 3
    assert rows["mean_class1"].status is Status.NOT_MET
    assert rows["share_digital"].value == Decimal(100)  # levels 2, 3 and 3: all at level 2 or higher
    assert rows["share_digital"].status is Status.MET


def test_a_firm_with_unknown_revenue_is_left_out_of_the_rd_mean_only(workspace):
    doc = set_path(sample("firm_a.srdi"), "years.2025.revenue", None)
    firm_id = workspace.firms("甲")[0].id
    assessment_id = workspace.assessments(firm_id)[0].id
    workspace.save(assessment_id, doc, workspace.load_stored(assessment_id).revision)
    cohort = cohort_of(workspace)
    rows = rows_by_id(cohort)
    others = [targets_row(sample(n), "rd_share").value for n in ("demo.srdi", "firm_f.srdi")]
    assert rows["mean_rd_share"].value == sum(others, Decimal(0)) / 2
    assert "（1家待确认）" in rows["mean_rd_share"].calc.zh
    assert cohort.to_confirm("rd_share") == 1 and cohort.to_confirm("class1_ip") == 0
    assert rows["mean_class1"].calc.zh.startswith("3家企业平均")
    assert len(cohort.included) == 3


def test_a_firm_whose_targets_are_not_in_force_is_listed_but_left_out(workspace):
    late = set_path(sample("firm_c.srdi"), "assessment.date", dt.date(2028, 3, 1))
    workspace.create(late)
    cohort = cohort_of(workspace)
    assert len(cohort.firms) == 4
    assert [f.name for f in cohort.left_out] == [late.firm.profile.name]
    assert cohort.left_out[0].target("rd_share") is None
    assert cohort.summary.firms == 3
    assert rows_by_id(cohort)["mean_class1"].value == Decimal(17) / 3


def test_a_newer_assessment_replaces_the_older_and_on_reads_an_earlier_date(workspace):
    firm_id = workspace.firms("己")[0].id
    newer = set_path(sample("firm_f.srdi"), "assessment.date", dt.date(2026, 9, 1))
    newer_id = workspace.create(newer, firm_id)
    firm = next(f for f in cohort_of(workspace).firms if f.firm_id == firm_id)
    assert (firm.assessment_id, firm.on) == (newer_id, dt.date(2026, 9, 1))
    earlier = cohort_of(workspace, on=dt.date(2026, 5, 1))
    assert next(f for f in earlier.firms if f.firm_id == firm_id).on == dt.date(2026, 4, 25)
    assert len(cohort_of(workspace, on=dt.date(2026, 4, 1)).firms) == 1  # only firm_a was assessed by then


def test_no_summary_when_no_firm_has_the_targets_in_force(tmp_path):
    space = Workspace(tmp_path / "w.sqlite")
    space.create(set_path(sample("demo.srdi"), "assessment.date", dt.date(2028, 6, 1)))
    cohort = cohort_of(space)
    space.close()
    assert cohort.summary is None and len(cohort.left_out) == 1


def test_a_firm_whose_ip_register_is_blank_is_left_out_of_the_class1_mean_and_counted(workspace):
    """Decision 14: a register never filled in is no zero; the cohort says how many it left out."""
    doc = set_path(set_path(sample("firm_a.srdi"), "ip", ()), "ip_none_confirmed", False)
    firm_id = workspace.firms("甲")[0].id
    assessment_id = workspace.assessments(firm_id)[0].id
    workspace.save(assessment_id, doc, workspace.load_stored(assessment_id).revision)
    cohort = cohort_of(workspace)
    rows = rows_by_id(cohort)
    others = [targets_row(sample(n), "class1_ip").value for n in ("demo.srdi", "firm_f.srdi")]
    assert rows["mean_class1"].value == sum(others, Decimal(0)) / 2
    assert "（1家待确认）" in rows["mean_class1"].calc.zh
    assert cohort.ip_open == 1 and cohort.to_confirm("class1_ip") == 1
    assert [f.ip_open for f in cohort.firms].count(True) == 1


def test_a_firm_that_confirmed_it_has_no_ip_counts_zero_in_the_class1_mean(workspace):
    doc = set_path(set_path(sample("firm_a.srdi"), "ip", ()), "ip_none_confirmed", True)
    firm_id = workspace.firms("甲")[0].id
    assessment_id = workspace.assessments(firm_id)[0].id
    workspace.save(assessment_id, doc, workspace.load_stored(assessment_id).revision)
    cohort = cohort_of(workspace)
    others = [targets_row(sample(n), "class1_ip").value for n in ("demo.srdi", "firm_f.srdi")]
    assert rows_by_id(cohort)["mean_class1"].value == sum(others, Decimal(0)) / 3
    assert cohort.ip_open == 0
