"""数字化水平 2024 (工信厅企业〔2024〕56号): item points, the top-down level rule, bounds and the path.

Golden cases are the worked examples D1–D4 (digital-hitech-criteria.md, examples A). D4's example
raises 设备管理 to reach level 3; the engine proposes the first constraint scene in platform order
(产品设计) and lists 设备管理 among the scenes that would do as well.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from assessments.engine import assess
from assessments.model import DigitalAnswers, Firm, Honours, Industry, Purpose
from assessments.paths import resources_dir
from assessments.results import Status, Verdict
from assessments.rules.catalogue import NoPackInForce, pack_for
from assessments.rules.schema import DigitalPack
from assessments.schemes.digital_score import level_of
from assessments.storage.srdi_file import load

from .examples_digital import EXAMPLES, ON, d1, d2, d3, d4

D = Decimal
PACK_PATH = resources_dir() / "rules" / "digital_level" / "2024.1.toml"
CONSTRAINT = ("S1", "S3", "S6", "S7", "S8", "S9", "S10", "S11", "S12", "S13")
GUIDING = ("S2", "S4", "S5", "S14", "S15", "S16")
ALL_Q4 = tuple("BCDEFGHIJKLMNO")


def pack() -> DigitalPack:
    found = pack_for("digital_level", Purpose.NEW, ON)
    assert isinstance(found, DigitalPack)
    return found


def digital(firm: Firm):
    return assess(firm, ON)["digital_level"]


def with_answers(base: Firm, items: dict | None = None, scenes: dict | None = None) -> Firm:
    answers = DigitalAnswers(
        items=base.digital.items if items is None else items,
        scenes=base.digital.scenes if scenes is None else scenes,
    )
    return base.model_copy(update={"digital": answers})


def with_official(base: Firm, level: int) -> Firm:
    return base.model_copy(update={"honours": Honours(official_digital_level=level)})


def answered(**chosen: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Every item answered with option A (0 points) except those given."""
    return {f"Q{n}": chosen.get(f"Q{n}", ("A",)) for n in range(1, 16)}


def graded(level: int, constraint: int, guiding: int, rest: int) -> dict[str, int]:
    """`constraint` constraint scenes and `guiding` other scenes at `level`, all others at `rest`."""
    grades = dict.fromkeys((*CONSTRAINT, *GUIDING), rest)
    grades.update(dict.fromkeys(CONSTRAINT[:constraint] + GUIDING[:guiding], level))
    return grades


RESULTS = {"Q12": ("C",), "Q13": ("C",), "Q14": ("C",), "Q15": ("C",)}  # 成效 at its 20 points
AT_40 = answered(Q4=ALL_Q4, Q5=("E",), **RESULTS)
BELOW_40 = answered(  # 39.975: the highest score the questionnaire allows below 40
    Q4=("B", "O"), Q8=("B",), Q9=("B",), Q10=tuple("BCDEF"), Q11=("E",), **RESULTS
)
AT_60 = answered(Q1=tuple("BCDE"), Q2=("E",), Q3=("E",), Q4=ALL_Q4, Q5=("E",), **RESULTS)
BELOW_60 = answered(  # 59.975
    Q4=("B", "O"), Q5=("C",), Q6=tuple("BCD"), Q7=tuple("BCDE"), Q8=("F",), Q9=tuple("BCD"),
    Q10=tuple("BCDEF"), Q11=("E",), Q12=("B",), Q13=("C",), Q14=("C",), Q15=("C",),
)  # fmt: skip
AT_80 = answered(
    Q4=ALL_Q4, Q5=("E",), Q6=tuple("BCDE"), Q7=tuple("BCDE"), Q8=("F",), Q9=tuple("BCDE"),
    Q10=tuple("BCDEF"), Q11=("E",), **RESULTS,
)  # fmt: skip
BELOW_80 = answered(  # 79.975
    Q3=("D",), Q4=tuple("BCDEFGHIJKLO"), Q5=("E",), Q6=tuple("BCD"), Q7=tuple("BCDE"), Q8=("F",),
    Q9=tuple("BCD"), Q10=tuple("BCDEF"), Q11=("E",), **RESULTS,
)  # fmt: skip
FULL = d4().digital.items | {"Q1": tuple("BCDE"), "Q8": ("F",), "Q11": ("E",)}  # 100 points
ALL_AT_4 = graded(4, 10, 6, 4)


# --- the pack ----------------------------------------------------------------------------------


def test_option_points_add_up_to_100_in_50_30_20():
    rules = pack()
    assert sum(i.max_points for i in rules.items) == 100
    assert rules.dimensions == {"数字化基础": 50, "数字化管理": 30, "数字化成效": 20}
    assert len(rules.items) == 15 and len(rules.scenes) == 16


def test_pack_follows_the_platform_data_for_q4_and_scene_order():
    rules = pack()
    q4 = {o.key: o.points for o in rules.item("Q4").options}
    assert q4["O"] == D("0.9") and {q4[k] for k in "BCDEFGHIJKLMN"} == {D("0.7")}
    assert "OEE" in rules.scene("S8").levels[2] and "预测维护" in rules.scene("S8").levels[3]
    assert tuple(s.id for s in rules.scenes if s.constraint) == CONSTRAINT


def test_q8_option_f_disagreement_is_noted_and_texts_have_no_stray_spaces():
    rules = pack()
    assert "已经能够输出数字化转型成果或经验供同行借鉴" in rules.item("Q8").description
    texts = [i.question for i in rules.items] + [o.text for i in rules.items for o in i.options]
    texts += [d for s in rules.scenes for d in s.levels]
    assert all(t == t.strip() for t in texts)


def test_level_rule_rests_on_a_single_source_and_is_shown_to_verify():
    rules = pack()
    assert rules.level_source.confidence == "S1" and not rules.level_source.confidence.verified  # one source
    assert rules.source.confidence == "PD"
    assert [(r.level, r.min_score, r.min_scenes, r.min_constraint_scenes) for r in rules.levels] == [
        (4, 80, 10, 6),
        (3, 60, 8, 5),
        (2, 40, 6, 3),
        (1, 20, 6, 3),
    ]
    row = digital(d1()).row("level")
    assert row.source.confidence == "S1" and not row.verified


def _raw_pack() -> dict:
    with PACK_PATH.open("rb") as handle:
        return tomllib.load(handle, parse_float=Decimal)


def test_schema_rejects_options_that_do_not_add_up_to_the_item_maximum():
    data = _raw_pack()
    data["items"][0]["options"][1]["points"] = D("2.5")
    with pytest.raises(ValueError, match=r"Q1: options give 8\.5"):
        DigitalPack.model_validate(data)


def test_schema_rejects_a_dimension_whose_items_miss_its_maximum():
    data = _raw_pack()
    data["dimensions"]["数字化成效"] = D(21)
    with pytest.raises(ValueError, match="数字化成效"):
        DigitalPack.model_validate(data)


def test_pack_is_in_force_from_the_2024_notice_for_both_purposes():
    for purpose in Purpose:
        assert pack_for("digital_level", purpose, dt.date(2024, 9, 4)).version == "2024.1"
        assert pack_for("digital_level", purpose, dt.date(2030, 12, 31)).version == "2024.1"
        with pytest.raises(NoPackInForce):
            pack_for("digital_level", purpose, dt.date(2024, 9, 3))


# --- worked examples ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("builder", "score", "level", "verdict"),
    [
        (d1, "30.275", 1, Verdict.DOES_NOT_QUALIFY),
        (d2, "66.05", 2, Verdict.QUALIFIES),
        (d3, "86.0", 3, Verdict.QUALIFIES),
        (d4, "90.875", 2, Verdict.QUALIFIES),
    ],
)
def test_worked_examples_score_and_level(builder, score, level, verdict):
    result = digital(builder())
    assert result.facts["score"] == D(score) and result.score == D(score)
    assert result.facts["level"] == level == result.facts["self_level"]
    assert result.verdict is verdict


def test_d1_keeps_decimals_exact_in_subtotals_and_text():
    result = digital(d1())
    assert [result.row(f"subtotal:{n}").points for n in ("数字化基础", "数字化管理", "数字化成效")] == [
        D("12.4"),
        D("6.375"),
        D("11.5"),
    ]
    assert result.row("Q9").points == D("1.875")
    assert "= 30.275分" in result.row("level").calc.zh
    assert result.row("Q4").calc.zh == "已选 D 营销管理、N 财务管理 → 0.7 + 0.7 = 1.4分"


def test_d2_scores_66_but_stays_at_level_2_for_want_of_level_3_scenes():
    result = digital(d2())
    assert result.facts["scenes_at"][3] == 2 and result.facts["constraint_scenes_at"][3] == 2
    assert result.facts["scenes_at"][2] == 14 and result.facts["constraint_scenes_at"][2] == 9
    assert "≥3级场景2个<8✗" in result.row("level").calc.zh


def test_d4_path_to_level_3_is_one_more_constraint_scene():
    result = digital(d4())
    assert result.facts["next_level"] == 3 and result.facts["points_short"] == 0
    assert (result.facts["scenes_short"], result.facts["constraint_scenes_short"]) == (1, 1)
    (step,) = result.facts["next_level_path"]
    assert step["kind"] == "scene" and step["constraint"] and (step["from"], step["to"]) == ("2", "3")
    gap = result.row("level").gap
    assert gap.unit == "points" and gap.amount == 0
    assert "约束性场景差1个" in gap.text.zh and "设备管理" in gap.text.zh


def test_raising_equipment_management_as_in_the_example_reaches_level_3():
    firm = d4()
    result = digital(with_answers(firm, scenes=firm.digital.scenes | {"S8": 3}))
    assert result.facts["level"] == 3


def _follow(firm: Firm, path: list[dict]) -> Firm:
    """The firm after every step of the proposed path (for multi items the option is added)."""
    rules = pack()
    items, scenes = dict(firm.digital.items), dict(firm.digital.scenes)
    for step in path:
        if step["kind"] == "scene":
            scenes[step["id"]] = int(step["to"])
            continue
        item = rules.item(step["id"])
        kept = tuple(k for k in items[step["id"]] if not item.option(k).exclusive) if item.multi else ()
        items[step["id"]] = (*kept, step["to"])
    return with_answers(firm, items, scenes)


@pytest.mark.parametrize("builder", [d1, d2, d3, d4])
def test_following_the_path_reaches_exactly_the_next_level(builder):
    before = digital(builder())
    after = digital(_follow(builder(), before.facts["next_level_path"]))
    assert after.facts["level"] == before.facts["level"] + 1


def test_point_path_uses_the_fewest_upgrades_and_names_them():
    result = digital(d1())
    steps = [s for s in result.facts["next_level_path"] if s["kind"] == "item"]
    assert result.facts["points_short"] == D("9.725")
    # The three largest upgrades give 3.5 + 3.5 + 2.5 = 9.5 < 9.725, so four is the minimum.
    assert len(steps) == 4 and sum(s["points"] for s in steps) >= D("9.725")
    assert steps[0]["text_zh"] == "Q12 绿色低碳 B→C +3.5分"
    assert steps[-1]["points"] == D("0.7")  # the last step is the smallest that closes the rest


def test_d1_scene_path_raises_a_constraint_scene_first():
    result = digital(d1())
    scenes = [s for s in result.facts["next_level_path"] if s["kind"] == "scene"]
    assert (result.facts["scenes_short"], result.facts["constraint_scenes_short"]) == (3, 1)
    assert len(scenes) == 3 and scenes[0]["constraint"] and all(s["from"] == "1" for s in scenes)


def test_top_level_has_no_path():
    result = digital(with_answers(d4(), FULL, ALL_AT_4))
    assert result.facts["level"] == 4 and result.facts["next_level_path"] == []
    assert result.row("level").gap is None


# --- score edges (scenes all at level 4, so the score decides) ----------------------------------


@pytest.mark.parametrize(
    ("items", "score", "level"),
    [
        (AT_40, "40", 2),
        (BELOW_40, "39.975", 1),
        (AT_60, "60", 3),
        (BELOW_60, "59.975", 2),
        (AT_80, "80", 4),
        (BELOW_80, "79.975", 3),
    ],
)
def test_score_exactly_on_a_level_edge_reaches_it(items, score, level):
    result = digital(with_answers(d1(), items, ALL_AT_4))
    assert result.facts["score"] == D(score)
    assert result.facts["level"] == level


def test_score_just_below_the_edge_by_any_margin_misses_it():
    assert level_of(pack(), D("39.999"), ALL_AT_4) == 1
    assert level_of(pack(), D("40"), ALL_AT_4) == 2
    assert level_of(pack(), D("19.999"), ALL_AT_4) == 0


def test_score_on_the_edge_is_flagged():
    assert digital(with_answers(d1(), AT_40, ALL_AT_4)).row("level").on_edge
    assert not digital(d3()).row("level").on_edge


# --- scene-count edges (100 points, so the scenes decide) ---------------------------------------


@pytest.mark.parametrize(
    ("grades", "level"),
    [
        (graded(4, 6, 4, 3), 4),  # 10 at level 4, 6 constraint: exactly the minimum
        (graded(4, 6, 3, 3), 3),  # 9 at level 4
        (graded(4, 5, 5, 3), 3),  # 10 at level 4 but 5 constraint
        (graded(3, 5, 3, 2), 3),  # 8 at level 3, 5 constraint
        (graded(3, 5, 2, 2), 2),  # 7
        (graded(3, 4, 4, 2), 2),  # 8 but 4 constraint
        (graded(2, 3, 3, 1), 2),  # 6 at level 2, 3 constraint
        (graded(2, 3, 2, 1), 1),  # 5
        (graded(2, 2, 4, 1), 1),  # 6 but 2 constraint
        (graded(1, 3, 3, 0), 1),  # 6 at level 1, 3 constraint
        (graded(1, 3, 2, 0), 0),  # 5: no level
        (graded(1, 2, 4, 0), 0),  # 6 but 2 constraint
    ],
)
def test_scene_counts_on_the_minimum_reach_the_level_and_one_short_does_not(grades, level):
    assert digital(with_answers(d1(), FULL, grades)).facts["level"] == level


# --- input errors and unanswered inputs ---------------------------------------------------------


def test_none_option_combined_with_another_is_an_input_error():
    items = dict(d2().digital.items) | {"Q1": ("A", "B")}
    result = digital(with_answers(d2(), items))
    row = result.row("Q1")
    assert row.status is Status.UNKNOWN and row.points is None
    assert "“A 无”不能与其他选项同选" in row.calc.zh
    # 62.05 without Q1, 70.05 with it at full marks: level 2 either way.
    assert result.facts["score_bounds"] == (D("62.05"), D("70.05"))
    assert result.facts["level"] == 2 and result.verdict is Verdict.QUALIFIES


def test_none_option_alone_scores_zero():
    result = digital(with_answers(d1(), AT_40, ALL_AT_4))
    assert result.row("Q1").points == 0 and result.row("Q1").status is Status.NOT_MET


def test_input_error_that_could_change_the_level_leaves_it_open():
    items = AT_40 | {"Q4": ("A", "B")}
    result = digital(with_answers(d1(), items, ALL_AT_4))
    assert result.facts["level_bounds"] == (1, 2)
    assert result.facts["level"] is None and result.verdict is Verdict.CANNOT_TELL


@pytest.mark.parametrize(("keys", "message"), [(("B", "C"), "单选题只能选一项"), (("Z",), "选项Z不存在")])
def test_invalid_single_choice_is_an_input_error(keys, message):
    items = dict(d1().digital.items) | {"Q2": keys}
    row = digital(with_answers(d1(), items)).row("Q2")
    assert row.status is Status.UNKNOWN and message in row.calc.zh


def test_scene_grade_out_of_range_is_refused_by_the_model():
    with pytest.raises(ValidationError, match="S1"):
        with_answers(d1(), scenes=d1().digital.scenes | {"S1": 5})


def test_unanswered_scenes_give_both_bounds_and_cannot_tell():
    result = digital(with_answers(d2(), scenes={}))
    assert result.facts["level_bounds"] == (0, 3)
    assert result.facts["level"] is None and result.facts["self_level"] is None
    assert result.verdict is Verdict.CANNOT_TELL
    row = result.row("level")
    assert row.status is Status.UNKNOWN
    assert "未答项按0分、0级" in row.calc.zh and "未答项按满分、四级" in row.calc.zh
    assert "未达一级" in row.note.zh and "三级" in row.note.zh
    assert result.row("S1").status is Status.UNKNOWN


def test_unanswered_item_that_cannot_change_the_level_still_gives_it():
    items = {k: v for k, v in d3().digital.items.items() if k != "Q15"}
    result = digital(with_answers(d3(), items))
    assert result.row("Q15").status is Status.UNKNOWN
    assert result.facts["score"] is None and result.facts["score_bounds"] == (D(83), D(86))
    assert result.facts["level"] == 3 and result.verdict is Verdict.QUALIFIES


def test_empty_questionnaire_cannot_tell():
    result = digital(with_answers(d1(), {}, {}))
    assert result.verdict is Verdict.CANNOT_TELL
    assert result.facts["level_bounds"] == (0, 4)


# --- the official level (decision 8) -----------------------------------------------------------


def test_official_level_counts_over_a_lower_self_estimate():
    result = digital(with_official(d1(), 2))
    assert result.facts["level"] == 2 and result.facts["self_level"] == 1
    assert result.facts["official_level"] == 2
    assert result.verdict is Verdict.QUALIFIES
    assert any("官方等级为准" in n.zh for n in result.notes)


def test_official_level_below_2_fails_even_with_a_higher_self_estimate():
    result = digital(with_official(d3(), 1))
    assert result.facts["level"] == 1 and result.verdict is Verdict.DOES_NOT_QUALIFY
    row = result.row("target_level")
    assert row.gap.amount == 1 and row.gap.field == "honours.official_digital_level"


def test_official_level_settles_eligibility_without_a_questionnaire():
    result = digital(with_official(with_answers(d1(), {}, {}), 3))
    assert result.facts["level"] == 3 and result.facts["self_level"] is None
    assert result.verdict is Verdict.QUALIFIES


def test_target_level_row_cites_the_xiamen_measures():
    row = digital(d1()).row("target_level")
    assert row.source.doc == "厦门市支持专精特新企业高质量发展的若干措施"
    assert row.requirement.zh == "≥ 2级" and row.status is Status.NOT_MET


# --- industry ----------------------------------------------------------------------------------


def test_other_industries_are_told_the_questionnaire_is_for_manufacturing():
    firm = d2().model_copy(
        update={"profile": d2().profile.model_copy(update={"industry": Industry.SOFTWARE_IT})}
    )
    assert any("制造业问卷" in n.zh for n in digital(firm).notes)
    assert not any("制造业问卷" in n.zh for n in digital(d2()).notes)


# --- sample files ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_sample_file_matches_its_builder(name):
    doc = load(Path(resources_dir()) / "samples" / f"{name}.srdi")
    assert doc.firm == EXAMPLES[name]()
    assert doc.on == ON and doc.purpose is Purpose.NEW


def test_the_questionnaire_kept_between_evaluations_is_that_of_its_answers_and_its_pack():
    """Issue 10: the scoring of the answers is kept between edits, never for other answers or rules."""
    from assessments.schemes.digital_level import questionnaire

    rules = pack()
    first, second = d1().digital, d2().digital
    kept = questionnaire(rules, first)
    assert questionnaire(rules, first) is kept  # the same answers: computed once
    assert questionnaire(rules, DigitalAnswers(items=dict(first.items), scenes=dict(first.scenes))) is kept
    other = questionnaire(rules, second)
    assert (kept.low.score, other.low.score) == (Decimal("30.275"), Decimal("66.05"))
    changed = questionnaire(rules, first.model_copy(update={"scenes": {**first.scenes, "S1": 4}}))
    assert changed is not kept and changed.grades["S1"] == 4
    raw = _raw_pack()
    raw["items"][0]["question"] = "改写的题目"  # a new pack object, e.g. an updated rule pack
    updated = DigitalPack.model_validate(raw)
    assert questionnaire(updated, first) is not kept
    assert assess(d1(), ON, Purpose.NEW, overrides={"digital_level": updated}).results[
        "digital_level"
    ].score == (Decimal("30.275"))
