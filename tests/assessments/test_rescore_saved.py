"""Re-scoring one saved assessment under other rule packs: the saved result records its packs, a
re-score shows the differences and changes nothing until the user accepts (issue 11)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assessments.edit import set_path
from assessments.paths import resources_dir
from assessments.results import Status, Verdict
from assessments.rules.rescore import (
    assess_open,
    assess_saved,
    packs_in_dir,
    recorded,
    rescore,
    stamped,
    with_record,
)
from assessments.storage import srdi_file
from assessments.storage.workspace import Workspace

SAMPLES = Path(resources_dir()) / "samples"


@pytest.fixture
def saved(tmp_path: Path):
    """firm_a as assessed on 2026-03-15 (专精特新 under 63号, pack 2022.1), saved in a workspace."""
    ws = Workspace(tmp_path / "ws.sqlite")
    assessment_id = ws.create(srdi_file.load(SAMPLES / "firm_a.srdi"))
    yield ws, assessment_id
    ws.close()


def test_a_saved_assessment_records_the_packs_it_was_computed_under(saved):
    ws, assessment_id = saved
    record = recorded(ws.load(assessment_id))
    assert record is not None and record.rules_on == dt.date(2026, 3, 15)
    assert record.packs["srdi_sme"] == "2022.1" and record.packs["little_giant"] == "2022.1"


def test_a_record_lapses_when_the_assessment_date_changes(saved):
    ws, assessment_id = saved
    moved = set_path(ws.load(assessment_id), "assessment.date", "2026-05-01")
    assert recorded(moved) is None
    assert recorded(stamped(moved)).packs["srdi_sme"] == "2026.1"  # type: ignore[union-attr]


def test_rescore_under_todays_packs_leaves_the_original_until_accepted(saved):
    ws, assessment_id = saved
    stored = ws.load_stored(assessment_id)
    result = rescore(stored.doc, rules_on=dt.date(2026, 12, 2))
    srdi = next(s for s in result.comparison.flipped if s.scheme == "srdi_sme")
    assert (srdi.pack_before, srdi.pack_after) == ("2022.1", "2026.1")
    assert (srdi.before, srdi.after) == (Verdict.QUALIFIES, Verdict.DOES_NOT_QUALIFY)
    assert "prerequisite" in [c.row_id for c in srdi.flipped_by]
    assert ws.load(assessment_id) == stored.doc  # nothing written
    assert assess_saved(ws.load(assessment_id))["srdi_sme"].pack_version == "2022.1"

    ws.save(assessment_id, result.accepted, stored.revision)
    accepted = ws.load(assessment_id)
    assert recorded(accepted).rules_on == dt.date(2026, 12, 2)  # type: ignore[union-attr]
    assert accepted.on == dt.date(2026, 3, 15) and accepted.firm == stored.doc.firm
    assert assess_saved(accepted)["srdi_sme"].verdict is Verdict.DOES_NOT_QUALIFY


def test_rescore_under_a_date_of_the_older_pack_finds_nothing_to_change(saved):
    ws, assessment_id = saved
    doc = set_path(ws.load(assessment_id), "assessment.date", "2026-05-01")  # 2号 in force
    result = rescore(stamped(doc), rules_on=dt.date(2025, 6, 1))  # 63号 in force
    srdi = next(s for s in result.comparison.schemes if s.scheme == "srdi_sme")
    assert (srdi.pack_before, srdi.pack_after) == ("2026.1", "2022.1")
    assert result.rescored.on == dt.date(2026, 5, 1)  # the firm's date and data years are kept


def test_rescore_with_a_pack_folder_override(saved, tmp_path: Path):
    ws, assessment_id = saved
    doc = set_path(ws.load(assessment_id), "assessment.date", "2026-05-01")
    folder = tmp_path / "packs" / "srdi_sme"
    folder.mkdir(parents=True)
    text = (Path(resources_dir()) / "rules" / "srdi_sme" / "2026.1.toml").read_text(encoding="utf-8")
    stricter = text.replace('version = "2026.1"', 'version = "2026.9"').replace(
        'thresholds.min = { op = ">=", value = 1500, unit = "wan" }',
        'thresholds.min = { op = ">=", value = 90000, unit = "wan" }',
    )
    assert stricter.count("90000") == 1
    (folder / "2026.9.toml").write_text(stricter, encoding="utf-8")
    result = rescore(stamped(doc), rules_on=dt.date(2026, 12, 2), pool=packs_in_dir(tmp_path / "packs"))
    srdi = next(s for s in result.comparison.schemes if s.scheme == "srdi_sme")
    assert srdi.pack_after == "2026.9"
    revenue = next(c for c in srdi.criteria if c.row_id == "revenue")
    assert (revenue.before, revenue.after) == (Status.MET, Status.NOT_MET)
    assert "sme_size" in result.kept  # not in the folder: kept on its own pack


def test_the_app_keeps_an_accepted_rescore_through_edits_until_the_date_changes(saved):
    ws, assessment_id = saved
    stored = ws.load_stored(assessment_id)
    assert assess_open(stored.doc)["srdi_sme"].pack_version == "2022.1"  # in force on 2026-03-15
    accepted = rescore(stored.doc, rules_on=dt.date(2026, 12, 2)).accepted
    revision = ws.save(assessment_id, accepted, stored.revision)
    edited = set_path(ws.load(assessment_id), "years.2025.revenue", "8100")
    ws.save(assessment_id, edited, revision)
    again = ws.load(assessment_id)
    assert recorded(again).rules_on == dt.date(2026, 12, 2)  # type: ignore[union-attr]
    assert assess_open(again)["srdi_sme"].pack_version == "2026.1"
    moved = set_path(again, "assessment.date", "2026-03-16")
    assert assess_open(moved)["srdi_sme"].pack_version == "2022.1"
    assert recorded(stamped(moved)).rules_on == dt.date(2026, 3, 16)  # type: ignore[union-attr]


def test_a_record_of_its_own_date_follows_the_packs_in_force(saved):
    """Not re-scored: each save records the packs in force then (a rule update reaches it)."""
    ws, assessment_id = saved
    doc = ws.load(assessment_id)
    stale = with_record(doc, {"srdi_sme": assess_saved(doc).packs["little_giant"]})  # any other record
    assert recorded(stale).packs == {"srdi_sme": "2022.1"}  # type: ignore[union-attr]
    assert recorded(stamped(stale)).packs["little_giant"] == "2022.1"  # type: ignore[union-attr]


def test_the_pack_record_is_no_difference_when_a_firm_is_imported(saved):
    """A file saved before the record existed, or on a PC with other packs, is the same assessment."""
    from assessments.storage.firm_import import differences

    ws, assessment_id = saved
    stored = ws.load(assessment_id)
    plain = srdi_file.load(SAMPLES / "firm_a.srdi")
    assert recorded(stored) is not None and recorded(plain) is None
    assert differences(stored, plain) == []
