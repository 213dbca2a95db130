"""数字化水平 (工信厅企业〔2024〕56号): the questionnaire's level, the path to the next, and the target.

The questionnaire is scored in `digital_score`, shown row by row by `digital_rows`, and its cheapest
path to the next level comes from `digital_path`. The level is known only when the lower and upper
bounds agree. An official platform level, when entered, is the level that counts (decision 8); the
questionnaire is then a self-estimate shown beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from assessments.model import DigitalAnswers, Firm, Industry
from assessments.numbers import near
from assessments.results import Gap, Lazy, Row, SchemeResult, Status, Text, replace
from assessments.rules.schema import DigitalLevelRule, DigitalPack
from assessments.schemes.common import Context, check, result, threshold_text, unknown
from assessments.schemes.digital_path import NextLevel, next_level, path_text
from assessments.schemes.digital_rows import dimension_rows, item_row, scene_row
from assessments.schemes.digital_score import (
    FIELD,
    GRADE_ZH,
    TOP_GRADE,
    ZERO,
    ItemScore,
    Standing,
    bounds,
    count_at,
    level_name,
    pts,
    scene_grade,
    score_item,
)

# --- the level rows ----------------------------------------------------------------------------


def rule_text(pack: DigitalPack) -> Text:
    zh = "；".join(
        f"{r.name_zh}：≥{pts(r.min_score)}分且≥{r.min_scenes}个场景达{GRADE_ZH[r.level]}及以上"
        f"（其中约束性≥{r.min_constraint_scenes}个）"
        for r in pack.levels
    )
    en = "; ".join(
        f"{r.name_en}: ≥{pts(r.min_score)} points and ≥{r.min_scenes} scenes at level {r.level}+ "
        f"(≥{r.min_constraint_scenes} constraint)"
        for r in pack.levels
    )
    return Text(zh, en)


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def _test_text(pack: DigitalPack, rule: DigitalLevelRule, at: Standing) -> Text:
    score_ok = at.score >= rule.min_score
    n, c = count_at(pack, at.grades, rule.level), count_at(pack, at.grades, rule.level, True)
    n_ok, c_ok = n >= rule.min_scenes, c >= rule.min_constraint_scenes
    return Text(
        f"{rule.name_zh}：得分{pts(at.score)}{'≥' if score_ok else '<'}{pts(rule.min_score)}{_mark(score_ok)}，"
        f"≥{rule.level}级场景{n}个{'≥' if n_ok else '<'}{rule.min_scenes}{_mark(n_ok)}，"
        f"其中约束性{c}个{'≥' if c_ok else '<'}{rule.min_constraint_scenes}{_mark(c_ok)}",
        f"{rule.name_en}: score {pts(at.score)} {'≥' if score_ok else '<'} {pts(rule.min_score)} "
        f"{_mark(score_ok)}, {n} scenes at {rule.level}+ {'≥' if n_ok else '<'} {rule.min_scenes} "
        f"{_mark(n_ok)}, {c} constraint {'≥' if c_ok else '<'} {rule.min_constraint_scenes} {_mark(c_ok)}",
    )


def level_calc(pack: DigitalPack, items: list[ItemScore], at: Standing) -> Text:
    subtotals = [
        (name, sum((i.points or ZERO for i in items if i.item.dimension == name), ZERO))
        for name in pack.dimensions
    ]
    sums = Text(
        " + ".join(f"{n.removeprefix('数字化')}{pts(v)}" for n, v in subtotals),
        " + ".join(f"{pack.dimensions_en.get(n, n)} {pts(v)}" for n, v in subtotals),
    )
    tests = [_test_text(pack, r, at) for r in pack.levels if r.level >= max(at.level, 1)]
    result = level_name(pack, at.level)
    return (
        sums
        + Text(f" = {pts(at.score)}分。", f" = {pts(at.score)} points. ")
        + Text("；".join(t.zh for t in tests), "; ".join(t.en for t in tests))
        + Text(f" → {result.zh}", f" → {result.en}")
    )


def level_row(
    ctx: Context,
    pack: DigitalPack,
    items: list[ItemScore],
    low: Standing,
    high: Standing,
    path: NextLevel | None,
    open_inputs: int,
) -> Row:
    """The questionnaire's own level (a self-estimate), with the cheapest path to the next level."""
    target = pack.criterion("target_level").threshold("min").value
    known = low.level == high.level
    status = Status.UNKNOWN if not known else Status.MET if low.level >= target else Status.NOT_MET
    calc: Text = Lazy(partial(level_calc, pack, items, low))
    if not known:
        calc = (
            Text("未答项按0分、0级：", "Open inputs at 0: ")
            + calc
            + Text("。未答项按满分、四级：", ". Open inputs at the maximum: ")
            + Lazy(partial(level_calc, pack, items, high))
        )
    return Row(
        id="level",
        label=Text("问卷自评等级", "Questionnaire level (self-estimate)"),
        status=status,
        source=pack.level_source,
        requirement=Lazy(partial(rule_text, pack)),
        calc=calc,
        value=Decimal(low.level),
        unit="level",
        on_edge=_level_on_edge(ctx, pack, low),
        gap=None if path is None else _path_gap(path, low, open_inputs),
        note=Lazy(partial(_bounds_note, pack, low, high)) if not known else None,
    )


def _path_gap(path: NextLevel, low: Standing, open_inputs: int) -> Gap:
    return Gap(Lazy(partial(path_text, path, low, open_inputs)), path.points_short, "points", FIELD)


def _bounds_note(pack: DigitalPack, low: Standing, high: Standing) -> Text:
    a, b = level_name(pack, low.level), level_name(pack, high.level)
    return Text(
        f"有未答项：等级在{a.zh}（{pts(low.score)}分）至{b.zh}（{pts(high.score)}分）之间",
        f"Inputs open: between {a.en} ({pts(low.score)}) and {b.en} ({pts(high.score)})",
    )


def _level_on_edge(ctx: Context, pack: DigitalPack, at: Standing) -> bool:
    """Near the score edge of the level reached or of the next one, or exactly on a scene minimum."""
    near_rules = [r for r in pack.levels if r.level in (at.level, at.level + 1)]
    if any(near(at.score, r.min_score, ctx.tolerance) for r in near_rules):
        return True
    if at.level == 0:
        return False
    rule = pack.level(at.level)
    return (
        count_at(pack, at.grades, rule.level) == rule.min_scenes
        or count_at(pack, at.grades, rule.level, True) == rule.min_constraint_scenes
    )


def counting_level(ctx: Context, low: Standing, high: Standing) -> tuple[int | None, int | None]:
    """(the level that counts, the questionnaire level): official first (decision 8)."""
    self_level = low.level if low.level == high.level else None
    official = ctx.firm.honours.official_digital_level
    return (official if official is not None else self_level), self_level


def target_row(
    ctx: Context, pack: DigitalPack, level: int | None, self_level: int | None, low: Standing, high: Standing
) -> Row:
    criterion = pack.criterion("target_level")
    official = ctx.firm.honours.official_digital_level
    calc = _target_calc(pack, official, self_level, low, high)
    if level is None:
        return replace(
            unknown(criterion, "target_level", requirement=threshold_text(criterion, "min")), calc=calc
        )
    rule = criterion.threshold("min")

    def gap() -> Gap:
        short = rule.value - level
        where = (
            Text(
                "官方等级需在工信部平台重新评测提升", "the official level must be raised on the MIIT platform"
            )
            if official is not None
            else Text("见问卷自评等级的提升路径", "see the questionnaire level's path")
        )
        return Gap(
            Text(f"数字化水平还差{pts(short)}级（", f"Digital level {pts(short)} short (")
            + where
            + Text("）", ")"),
            short,
            "level",
            "honours.official_digital_level" if official is not None else FIELD,
        )

    return check(ctx, criterion, "target_level", Decimal(level), calc, gap=gap)


def _target_calc(
    pack: DigitalPack, official: int | None, self_level: int | None, low: Standing, high: Standing
) -> Text:
    if self_level is not None:
        mine = level_name(pack, self_level)
    else:
        a, b = level_name(pack, low.level), level_name(pack, high.level)
        mine = Text(f"{a.zh}至{b.zh}（有未答项）", f"{a.en} to {b.en} (inputs open)")
    if official is None:
        return Text(
            f"问卷自评：{mine.zh}（未填官方平台等级）", f"Questionnaire: {mine.en} (no official level)"
        )
    name = level_name(pack, official)
    return Text(
        f"官方平台等级：{name.zh}（计入）；问卷自评：{mine.zh}",
        f"Official platform level: {name.en} (counts); questionnaire: {mine.en}",
    )


# --- the scheme --------------------------------------------------------------------------------


def read_answers(
    ctx: Context, pack: DigitalPack
) -> tuple[list[ItemScore], dict[str, int | None], dict[str, Text]]:
    return _scored(pack, ctx.firm.digital)


def _scored(
    pack: DigitalPack, answers: DigitalAnswers
) -> tuple[list[ItemScore], dict[str, int | None], dict[str, Text]]:
    items = [score_item(item, tuple(answers.items.get(item.id, ()))) for item in pack.items]
    grades: dict[str, int | None] = {}
    errors: dict[str, Text] = {}
    for scene in pack.scenes:
        grade, error = scene_grade(answers.scenes.get(scene.id))
        grades[scene.id] = grade
        if error is not None:
            errors[scene.id] = error
    return items, grades, errors


@dataclass(frozen=True)
class Questionnaire:
    """What the answers alone decide (no date, no official level): scores, bounds, path and rows."""

    items: list[ItemScore]
    grades: dict[str, int | None]
    low: Standing
    high: Standing
    path: NextLevel | None
    open_inputs: int
    rows: tuple[Row, ...]  # the items, the dimension subtotals and the scenes


QUESTIONNAIRES_KEPT = 256
# Questionnaire → its scoring, per pack object: every edit re-evaluates the firm, and the answers rarely
# change between two edits (nor between the firms of a batch, who mostly leave the questionnaire empty).
# The key is the whole input: the pack object (held in the value and compared by identity) and every
# answer; the rows are immutable, their texts written on demand from the same inputs.
_QUESTIONNAIRES: dict[tuple[int, tuple[Any, ...]], tuple[DigitalPack, Questionnaire]] = {}


def questionnaire(pack: DigitalPack, answers: DigitalAnswers) -> Questionnaire:
    key = (id(pack), _answers_key(answers))
    kept = _QUESTIONNAIRES.get(key)
    if kept is not None and kept[0] is pack:
        return kept[1]
    found = _questionnaire(pack, answers)
    if len(_QUESTIONNAIRES) >= QUESTIONNAIRES_KEPT:
        _QUESTIONNAIRES.clear()
    _QUESTIONNAIRES[key] = (pack, found)
    return found


def _answers_key(answers: DigitalAnswers) -> tuple[Any, ...]:
    return (tuple(sorted(answers.items.items())), tuple(sorted(answers.scenes.items())))


def _questionnaire(pack: DigitalPack, answers: DigitalAnswers) -> Questionnaire:
    items, grades, scene_errors = _scored(pack, answers)
    low, high = bounds(pack, items, grades)
    path = next_level(pack, items, low)
    open_inputs = sum(i.points is None for i in items) + sum(g is None for g in grades.values())
    scene_target = path.rule.level if path else pack.levels[0].level
    rows = (
        *(item_row(pack, i) for i in items),
        *dimension_rows(pack, items),
        *(scene_row(pack, s, grades[s.id], scene_errors.get(s.id), scene_target) for s in pack.scenes),
    )
    return Questionnaire(items, grades, low, high, path, open_inputs, rows)


def evaluate(ctx: Context, pack: DigitalPack) -> SchemeResult:
    q = questionnaire(pack, ctx.firm.digital)
    items, low, high, path, open_inputs = q.items, q.low, q.high, q.path, q.open_inputs
    level, self_level = counting_level(ctx, low, high)
    rows = [
        *q.rows,
        level_row(ctx, pack, items, low, high, path, open_inputs),
        target_row(ctx, pack, level, self_level, low, high),
    ]
    return result(
        pack,
        rows[-1].status,  # the target row decides the verdict; the questionnaire level is a self-estimate
        Lazy(partial(_summary, pack, ctx.firm, self_level, low, high)),
        rows,
        score=low.score,
        score_max=high.score,
        notes=tuple(_notes(ctx, pack, self_level)),
        facts=_facts(ctx, pack, (level, self_level), low, high, path, open_inputs),
    )


def _summary(pack: DigitalPack, firm: Firm, self_level: int | None, low: Standing, high: Standing) -> Text:
    if self_level is not None:
        mine = level_name(pack, self_level)
        text = Text(
            f"问卷自评{mine.zh}（{pts(low.score)}分）", f"Questionnaire: {mine.en} ({pts(low.score)} points)"
        )
    elif not firm.digital.items and not firm.digital.scenes:
        text = Text("问卷未填写", "Questionnaire not answered")
    else:
        a, b = level_name(pack, low.level), level_name(pack, high.level)
        text = Text(
            f"问卷自评在{a.zh}至{b.zh}之间（有未答项）", f"Questionnaire: {a.en} to {b.en} (inputs open)"
        )
    official = firm.honours.official_digital_level
    if official is not None:
        name = level_name(pack, official)
        text = text + Text(f"；官方平台等级{name.zh}（计入）", f"; official level {name.en} (counts)")
    return text


def _notes(ctx: Context, pack: DigitalPack, self_level: int | None) -> list[Text]:
    notes = [
        Text(
            "等级判定规则仅见于第三方评测应用（SS），待与官方文件核对；以工信部平台评定结果为准。",
            "The level rule comes from one third-party app (SS), to verify; the MIIT platform's result prevails.",
        )
    ]
    if ctx.firm.profile.industry is not Industry.INDUSTRIAL:
        notes.append(
            Text(
                "本问卷为制造业问卷；其他行业的评测内容请以工信部官方平台（zjtx.miit.gov.cn）为准。",
                "This is the manufacturing questionnaire; firms in other industries should check the official "
                "MIIT platform (zjtx.miit.gov.cn).",
            )
        )
    official = ctx.firm.honours.official_digital_level
    if official is not None and self_level is not None and official != self_level:
        notes.append(
            Text(
                f"问卷自评（{level_name(pack, self_level).zh}）与官方平台等级（{level_name(pack, official).zh}）不一致，资格判定以官方等级为准。",
                f"The questionnaire ({level_name(pack, self_level).en}) differs from the official level "
                f"({level_name(pack, official).en}); the official level counts.",
            )
        )
    return notes


def _facts(
    ctx: Context,
    pack: DigitalPack,
    levels: tuple[int | None, int | None],
    low: Standing,
    high: Standing,
    path: NextLevel | None,
    open_inputs: int,
) -> dict[str, object]:
    """The contract other schemes read; counts are over the scenes answered (the lower bound)."""
    grades = range(1, TOP_GRADE + 1)
    return {
        "level": levels[0],
        "self_level": levels[1],
        "official_level": ctx.firm.honours.official_digital_level,
        "score": low.score if low.score == high.score else None,
        "score_bounds": (low.score, high.score),
        "level_bounds": (low.level, high.level),
        "open_inputs": open_inputs,
        "scenes_at": {k: count_at(pack, low.grades, k) for k in grades},
        "constraint_scenes_at": {k: count_at(pack, low.grades, k, True) for k in grades},
        "next_level": path.rule.level if path else None,
        "points_short": path.points_short if path else None,
        "scenes_short": path.scenes_short if path else None,
        "constraint_scenes_short": path.constraint_short if path else None,
        "next_level_path": [s.as_dict() for s in path.steps] if path else [],
    }
