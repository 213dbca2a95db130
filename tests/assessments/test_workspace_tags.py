"""Tags on firms (a consultant's client groups): stored per firm, replaced as a whole, gone with the firm,
and added to a version 2 workspace by the migration."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from assessments.model import Firm, Profile
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import SCHEMA_VERSION, Workspace


def doc(name: str) -> AssessmentFile:
    return AssessmentFile(firm=Firm(profile=Profile(name=name)), on=dt.date(2026, 6, 1))


def test_tags_are_kept_per_firm_sorted_once_and_blank_ones_dropped(tmp_path: Path) -> None:
    space = Workspace(tmp_path / "w.sqlite")
    a = space.firm_of(space.create(doc("甲")))
    b = space.firm_of(space.create(doc("乙")))
    space.set_tags(a, ["客户组B", " 客户组A ", "客户组B", "  "])
    assert space.tags() == {a: ("客户组A", "客户组B")}
    space.set_tags(a, ["火炬园"])
    space.set_tags(b, ["火炬园"])
    assert space.tags() == {a: ("火炬园",), b: ("火炬园",)}
    space.delete_assessment(space.assessments(b)[0].id)  # the firm goes, and its tags with it
    assert space.tags() == {a: ("火炬园",)}
    space.close()


def test_a_version_2_workspace_gains_the_tag_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    space = Workspace(path)
    firm = space.firm_of(space.create(doc("甲")))
    space.close()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE firm_tag")
        db.execute("PRAGMA user_version = 2")
    space = Workspace(path)
    space.set_tags(firm, ["客户"])
    assert space.tags() == {firm: ("客户",)}
    assert space._user_version() == SCHEMA_VERSION >= 3
    space.close()
