"""Editing by path (the undo stack's one operation) and the write-through workspace database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from assessments.edit import get_path, set_path
from assessments.model import Firm, Purpose
from assessments.rules.rescore import stamped
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace

DOC = AssessmentFile(Firm(), dt.date(2026, 5, 15))


def test_set_path_creates_the_fiscal_year_and_types_the_value():
    doc = set_path(DOC, "years.2025.revenue", "1000.50")
    assert get_path(doc, "years.2025.revenue") == Decimal("1000.50")
    assert get_path(DOC, "years.2025.revenue") is None  # the original is untouched


def test_plan_year_is_the_assessment_year():
    doc = set_path(DOC, "years.plan.rd_expense", Decimal(120))
    assert doc.firm.plan().year == 2026
    assert doc.firm.year(2026) is None  # a plan never counts as an actual year


def test_nested_flags_dicts_and_settings():
    doc = set_path(DOC, "profile.fields.six_foundations", True)
    doc = set_path(doc, "digital.items.Q1", ("B", "C"))
    doc = set_path(doc, "honours.srdi_dev_scores.2026", "55")
    doc = set_path(doc, "assessment.purpose", "review")
    assert doc.firm.profile.fields.six_foundations is True
    assert doc.firm.digital.items == {"Q1": ("B", "C")}
    assert doc.firm.honours.srdi_dev_scores == {2026: Decimal(55)}
    assert doc.purpose is Purpose.REVIEW
    assert get_path(set_path(doc, "digital.items.Q1", None), "digital.items.Q1") is None


def test_a_value_of_the_wrong_type_is_refused_and_the_document_kept():
    with pytest.raises(ValidationError):
        set_path(DOC, "years.2025.revenue", "abc")


def test_workspace_round_trip_and_search(tmp_path: Path):
    ws = Workspace(tmp_path / "ws.sqlite")
    doc = set_path(set_path(DOC, "profile.name", "厦门鹭芯精密制造有限公司"), "years.2025.revenue", "8000")
    first = ws.create(doc)
    second = ws.create(set_path(doc, "assessment.date", "2026-03-15"), firm_id=ws.firm_of(first))
    ws.create(set_path(DOC, "profile.name", "厦门乙信息技术有限公司"))
    assert [f.name for f in ws.firms("鹭芯")] == ["厦门鹭芯精密制造有限公司"]
    assert ws.firms("鹭芯")[0].assessments == 2
    assert [a.id for a in ws.assessments(ws.firm_of(first))] == [first, second]
    assert ws.load(first) == stamped(doc)  # the same document, with the rule packs it is computed under


def test_every_save_survives_reopening(tmp_path: Path):
    path = tmp_path / "ws.sqlite"
    ws = Workspace(path)
    aid = ws.create(DOC)
    ws.save(aid, set_path(DOC, "years.2025.rd_expense", "520"), ws.load_stored(aid).revision)
    ws.set_state("current_assessment", str(aid))
    ws.close()
    again = Workspace(path)
    assert again.get_state("current_assessment") == str(aid)
    assert again.load(aid).firm.year(2025).rd_expense == Decimal(520)


def test_a_version_1_workspace_gains_revisions_and_keeps_its_assessments(tmp_path: Path):
    import json
    import sqlite3

    from assessments.storage.srdi_file import to_json

    path = tmp_path / "ws.sqlite"
    old = sqlite3.connect(path)
    old.executescript(
        """CREATE TABLE firm (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
               credit_code TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
           CREATE TABLE assessment (id INTEGER PRIMARY KEY, firm_id INTEGER NOT NULL, on_date TEXT NOT NULL,
               purpose TEXT NOT NULL, document TEXT NOT NULL, updated_at TEXT NOT NULL);
           CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
           INSERT INTO firm VALUES (1, '厦门甲公司', '', '2026-01-01');
           PRAGMA user_version = 1;"""
    )
    old.execute(
        "INSERT INTO assessment VALUES (1, 1, '2026-05-15', 'new', ?, '2026-01-01')",
        (json.dumps(to_json(DOC)),),
    )
    old.commit()
    old.close()
    ws = Workspace(path)
    stored = ws.load_stored(1)
    assert stored.doc == DOC and stored.revision == 0
    assert ws.save(1, set_path(DOC, "years.2025.revenue", "10"), stored.revision) == 1


def test_deleting_the_last_assessment_removes_the_firm(tmp_path: Path):
    ws = Workspace(tmp_path / "ws.sqlite")
    aid = ws.create(DOC)
    ws.delete_assessment(aid)
    assert ws.firms() == []


def test_planned_spend_and_plan_fields_are_editable_by_path():
    from assessments.engine import assess
    from assessments.support.plan import build_plan

    doc = set_path(DOC, "spend.consulting", "40")
    assert get_path(doc, "spend.consulting") == Decimal(40)
    doc = set_path(set_path(doc, "years.2025.revenue", "3200"), "years.2025.rd_expense", "90")
    plan = build_plan(assess(doc.firm, doc.on, doc.purpose), doc.spend)
    doc = dataclasses.replace(doc, plan=plan)
    first = plan.actions[0].id
    doc = set_path(doc, f"plan.{first}.owner", "财务部 王经理")
    doc = set_path(doc, f"plan.{first}.done", True)
    assert get_path(doc, f"plan.{first}.owner") == "财务部 王经理"
    assert doc.plan.actions[0].done is True
    with pytest.raises(KeyError):
        set_path(doc, "plan.no-such-action.owner", "x")
