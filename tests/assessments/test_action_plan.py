"""The action plan: actions from the engine's gaps whose effects come from re-running the engine, the
co-funding measures, the order, the user's edits surviving a rebuild, and the plan in the .srdi file."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.model import Action, ActionPlan, PlannedSpend, Title
from assessments.paths import resources_dir
from assessments.results import Status, Verdict
from assessments.storage import schema_gen
from assessments.storage.srdi_file import FORMAT_VERSION, AssessmentFile, dumps, from_json, load, loads
from assessments.support.plan import build_plan, flip_text, gain, merge, value_for_effort

D = Decimal
SAMPLES = sorted((resources_dir() / "samples").glob("*.srdi"))
TODAY = dt.date(2026, 3, 20)


def doc_of(name: str) -> AssessmentFile:
    return load(resources_dir() / "samples" / f"{name}.srdi")


def run(doc: AssessmentFile) -> Assessment:
    return assess(doc.firm, doc.on, doc.purpose)


def plan_of(
    doc: AssessmentFile, spend: PlannedSpend | None = None, previous: ActionPlan | None = None
) -> ActionPlan:
    return build_plan(run(doc), spend, previous, today=TODAY)


def action(plan: ActionPlan, action_id: str) -> Action:
    return next(a for a in plan.actions if a.id == action_id)


@pytest.fixture(scope="module")
def firm_b_plan() -> ActionPlan:
    return plan_of(doc_of("firm_b"))


B_RD = "gap:years.2025.rd_expense:srdi_sme.rd_amount_2025"


# --- firm B: raising FY2025 R&D to 100万 ----------------------------------------------------------------


def test_firm_b_raising_fy2025_rd_to_100_is_the_first_action(firm_b_plan: ActionPlan):
    first = firm_b_plan.actions[0]
    assert first.id == B_RD
    assert [(c.path, c.value, c.before) for c in first.changes] == [("years.2025.rd_expense", D(100), D(90))]
    assert first.text.zh.startswith("2025年研发费用增加10万元（90 → 100万元），研发占比2.8125% → 3.125%")


def test_firm_b_raising_rd_makes_it_innovative_and_meets_srdi_condition_two(firm_b_plan: ActionPlan):
    flips = {(f.scheme, f.row, f.kind): (f.before, f.after) for f in action(firm_b_plan, B_RD).flips}
    assert flips[("innovative_sme", "", "verdict")] == ("cannot_tell", "qualifies")
    assert flips[("innovative_sme", "rd_ratio", "points")] == ("10", "15")  # 创新型 R&D indicator +5 points
    assert flips[("srdi_sme", "rd_amount_2025", "status")] == ("not_met", "met")  # 条件（二）: ≥100万
    assert flips[("srdi_sme", "rd_ratio_2025", "status")] == ("not_met", "met")  # 条件（二）: ≥3%


def test_the_flips_are_what_the_engine_says_after_the_change(firm_b_plan: ActionPlan):
    doc = doc_of("firm_b")
    before, after = run(doc), run(set_path(doc, "years.2025.rd_expense", D(100)))
    for flip in action(firm_b_plan, B_RD).flips:
        old, new = before.results[flip.scheme], after.results[flip.scheme]
        if flip.kind == "verdict":
            assert (old.verdict.value, new.verdict.value) == (flip.before, flip.after)
        elif flip.kind == "status":
            assert (old.row(flip.row).status.value, new.row(flip.row).status.value) == (
                flip.before,
                flip.after,
            )
        else:
            assert (str(old.row(flip.row).points), str(new.row(flip.row).points)) == (flip.before, flip.after)
    assert after.results["innovative_sme"].verdict is Verdict.QUALIFIES
    assert after.results["srdi_sme"].row("rd_amount_2025").status is Status.MET


def test_the_rd_action_costs_the_raise_and_names_no_subsidy_without_a_claimable_measure(
    firm_b_plan: ActionPlan,
):
    first = action(firm_b_plan, B_RD)
    assert (first.cost, first.subsidy, first.net_cost) == (D(10), None, D(10))
    assert first.owner == "" and first.note == "" and not first.done


def test_an_action_on_a_closed_year_says_so_and_has_no_invented_due_date(firm_b_plan: ActionPlan):
    first = action(firm_b_plan, B_RD)
    assert "2025年度已结束" in first.text.zh
    assert first.due is None  # FY2025 is over and no window of a flipped title is ahead


def test_the_same_change_for_two_gaps_is_one_action(firm_b_plan: ActionPlan):
    targets = [
        a.changes[0].value
        for a in firm_b_plan.actions
        if a.changes and a.changes[0].path == "years.2025.rd_expense"
    ]
    assert len(targets) == len(set(targets))
    assert D(96) in targets  # 3% of 3,200: 创新型 indicator 2 and 专精特新 ratio, once


def test_a_lowering_gap_lowers_liabilities(firm_b_plan: ActionPlan):
    debt = action(firm_b_plan, "gap:years.2025.total_liabilities:innovative_sme.debt_ratio")
    assert [(c.value, c.before) for c in debt.changes] == [(D(550), D(600))]
    assert "负债总额减少50万元" in debt.text.zh


def test_flip_texts_name_the_scheme_and_the_criterion(firm_b_plan: ActionPlan):
    assessment = run(doc_of("firm_b"))
    texts = [flip_text(f, assessment).zh for f in action(firm_b_plan, B_RD).flips]
    assert "创新型中小企业：无法判断 → 符合" in texts
    assert "专精特新中小企业 · 2025年研发费用总额：未达标 → 达标" in texts


# --- order ----------------------------------------------------------------------------------------------


def test_verdict_flips_come_first_then_cheaper_per_flip(firm_b_plan: ActionPlan):
    keys = [value_for_effort(a) for a in firm_b_plan.actions]
    assert keys == sorted(keys)
    tiers = [k[0] for k in keys]
    assert tiers == sorted(tiers) and tiers[0] == 0
    flipping = [a for a in firm_b_plan.actions if any(f.kind == "verdict" and gain(f) > 0 for f in a.flips)]
    costed = [
        a.net_cost / sum(gain(f) for f in a.flips if f.kind == "verdict")
        for a in flipping
        if a.net_cost is not None
    ]
    assert costed == sorted(costed)


def test_the_demo_plan_targets_the_xiamen_gaps_and_its_titles():
    plan = plan_of(doc_of("demo"), PlannedSpend(consulting=D(40)))
    ids = [a.id for a in plan.actions]
    rd = action(plan, "gap:years.2025.rd_expense:xiamen_2026_targets.rd_share")
    assert rd.changes[0].value == D("1251.25") and "研发占比9.6% → 10.01%" in rd.text.zh  # > 10% aims at 10.01%
    assert ("xiamen_2026_targets", "rd_share", "status", "not_met", "met") in {
        (f.scheme, f.row, f.kind, f.before, f.after) for f in rd.flips
    }
    ip = action(plan, "gap:ip:xiamen_2026_targets.class1_ip")
    assert ip.changes[0].value == 1 and ip.due == dt.date(2026, 12, 31)
    srdi = action(plan, "title:srdi_sme")
    assert srdi.subsidy == D(20) and 18 in srdi.measures  # consulting opens with the title
    assert action(plan, "renew:hnte").due == dt.date(2026, 11, 19)
    assert ids.index("title:srdi_sme") < ids.index("renew:hnte")


def test_firm_f_applies_for_little_giant_in_the_2026_window_for_the_first_title_reward():
    plan = plan_of(doc_of("firm_f"), PlannedSpend(digital_retrofit=D(60)))
    giant = plan.actions[0]
    assert giant.id == "title:little_giant"
    assert giant.due == dt.date(2026, 5, 25)
    assert {3, 17} <= set(giant.measures)
    assert giant.subsidy == D(118)  # 50 + 50 (3) and 30% × 60 (17) once the title is held
    assert "2026-04-25—2026-05-25" in giant.text.zh
    assert action(plan, "renew:srdi_sme").due == dt.date(2027, 5, 31)


def test_firm_a_plan_applies_for_the_titles_it_qualifies_for():
    ids = [a.id for a in plan_of(doc_of("firm_a")).actions]
    assert {"title:srdi_sme", "title:innovative_sme", "title:tech_sme"} <= set(ids)
    tech = action(plan_of(doc_of("firm_a")), "title:tech_sme")
    assert tech.due == dt.date(2026, 8, 31)


def test_a_digital_level_action_is_co_funded_by_the_retrofit_subsidy():
    """A 小巨人 at level 一级: reaching 二级 meets the Xiamen target; measure (17) pays 30% of the spend."""
    doc = set_path(doc_of("firm_f"), "honours.official_digital_level", 1)
    doc = set_path(doc, "honours.little_giant", Title(granted_on=dt.date(2025, 12, 1)))
    plan = plan_of(doc, PlannedSpend(digital_retrofit=D(60)))
    digital = action(plan, "gap:digital:xiamen_2026_targets.digital_level")
    assert [(c.path, c.value) for c in digital.changes] == [("honours.official_digital_level", D(2))]
    assert 17 in digital.measures
    assert (digital.cost, digital.subsidy, digital.net_cost) == (D(60), D(18), D(42))
    assert "数字化水平提升至二级" in digital.text.zh


def test_claimable_measures_with_an_amount_become_claim_actions():
    spend = PlannedSpend(consulting=D(40), credit_insurance=(), equipment_last_year=D(300))
    plan = plan_of(doc_of("firm_f"), spend)
    consulting = action(plan, "claim:m18")
    assert (consulting.cost, consulting.subsidy, consulting.net_cost) == (D(40), D(20), D(20))
    assert consulting.due == dt.date(2026, 12, 31)
    assert action(plan, "claim:m05").subsidy == D(30)


def test_the_plan_still_builds_after_the_measures_end():
    doc = set_path(doc_of("demo"), "assessment.date", dt.date(2027, 3, 1))
    plan = plan_of(doc)
    assert plan.actions
    assert all(not a.measures and not a.id.startswith(("claim:", "renew:")) for a in plan.actions)


# --- the user's edits survive a rebuild -------------------------------------------------------------------


def test_rebuilding_keeps_owner_due_done_and_note_of_the_same_action(firm_b_plan: ActionPlan):
    edited = firm_b_plan.model_copy(
        update={
            "actions": tuple(
                a.model_copy(
                    update={
                        "owner": "财务部 王芳",
                        "due": dt.date(2026, 4, 30),
                        "done": True,
                        "note": "已与审计沟通",
                    }
                )
                if a.id == B_RD
                else a
                for a in firm_b_plan.actions
            )
        }
    )
    rebuilt = plan_of(doc_of("firm_b"), previous=edited)
    kept = action(rebuilt, B_RD)
    assert (kept.owner, kept.due, kept.done, kept.note) == (
        "财务部 王芳",
        dt.date(2026, 4, 30),
        True,
        "已与审计沟通",
    )
    assert [a.id for a in rebuilt.actions] == [a.id for a in firm_b_plan.actions]


def test_an_edited_action_whose_gap_has_closed_is_kept_and_an_unedited_one_dropped(firm_b_plan: ActionPlan):
    edited = firm_b_plan.model_copy(
        update={
            "actions": tuple(
                a.model_copy(update={"note": "done"}) if a.id == B_RD else a for a in firm_b_plan.actions
            )
        }
    )
    fixed = set_path(doc_of("firm_b"), "years.2025.rd_expense", D("320.01"))
    rebuilt = plan_of(fixed, previous=edited)
    ids = [a.id for a in rebuilt.actions]
    assert ids[-1] == B_RD and action(rebuilt, B_RD).note == "done"
    closed = "gap:years.2025.rd_expense:innovative_sme.rd_ratio"
    assert closed in {a.id for a in firm_b_plan.actions} and closed not in ids


def test_merge_changes_only_the_user_fields():
    fresh = plan_of(doc_of("demo"))
    previous = fresh.model_copy(
        update={
            "actions": (fresh.actions[0].model_copy(update={"owner": "张总", "text": fresh.actions[1].text}),)
        }
    )
    merged = merge(fresh, previous)
    assert merged.actions[0].owner == "张总"
    assert merged.actions[0].text == fresh.actions[0].text


# --- the plan in the .srdi file (format 2) ----------------------------------------------------------------


def test_spend_and_plan_round_trip_through_the_file(tmp_path: Path, firm_b_plan: ActionPlan):
    spend = PlannedSpend(consulting=D("40.5"), reserve_listed=True)
    doc = AssessmentFile(doc_of("firm_b").firm, dt.date(2026, 3, 15), spend=spend, plan=firm_b_plan)
    path = tmp_path / "b.srdi"
    path.write_text(dumps(doc), encoding="utf-8")
    again = load(path)
    assert again == doc
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION == 3
    assert data["planned_spend"] == {"consulting": "40.5", "reserve_listed": True}
    assert data["action_plan"]["actions"][0]["id"] == B_RD


def test_a_file_with_a_plan_validates_against_the_committed_schema(firm_b_plan: ActionPlan):
    doc = AssessmentFile(
        doc_of("firm_b").firm, dt.date(2026, 3, 15), spend=PlannedSpend(lpr_1y_pct=D("3.1")), plan=firm_b_plan
    )
    schema = json.loads(schema_gen.schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(dumps(doc)), schema)
    assert {"planned_spend", "action_plan"} <= set(schema["properties"])
    assert schema_gen.schema_path().read_text(encoding="utf-8") == schema_gen.render()


def test_a_wrong_plan_field_is_a_format_error_naming_it(firm_b_plan: ActionPlan):
    data = json.loads(dumps(AssessmentFile(doc_of("firm_b").firm, TODAY, plan=firm_b_plan)))
    data["action_plan"]["actions"][0]["due"] = "next week"
    from assessments.storage.srdi_file import FileFormatError

    with pytest.raises(FileFormatError) as caught:
        from_json(data)
    assert caught.value.problems[0].path == "action_plan.actions[0].due"


def _as_version_1(path: Path) -> dict[str, Any]:
    """The sample as format 1 wrote it: the same document, version 1 (format 1 had no plan sections)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == 3 and not {"planned_spend", "action_plan"} & set(data)
    return {**data, "format_version": 1}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_migration_upgrades_every_committed_sample_from_version_1(path: Path):
    upgraded = loads(json.dumps(_as_version_1(path)))
    assert upgraded == load(path)
    assert dumps(upgraded) == path.read_text(encoding="utf-8")


def test_a_version_1_section_named_like_a_new_one_is_kept_under_its_own_name():
    data = {**_as_version_1(resources_dir() / "samples" / "demo.srdi"), "action_plan": {"items": ["R&D +50"]}}
    doc = from_json(data)
    assert doc.plan is None
    assert doc.extras == {"action_plan_v1": {"items": ["R&D +50"]}}
    assert json.loads(dumps(doc))["action_plan_v1"] == {"items": ["R&D +50"]}


def test_a_digital_gap_in_points_does_not_become_a_level_change():
    """digital_d1 without its figures: the digital gap is 37.6 points short, never "level 38"."""
    doc = doc_of("digital_d1")
    firm = doc.firm.model_copy(update={"years": (), "ip": ()})
    assessment = assess(firm, doc.on, doc.purpose)
    plan = build_plan(assessment, None)
    levels = [c.value for a in plan.actions for c in a.changes if c.path == "honours.official_digital_level"]
    assert all(level <= 4 for level in levels)
