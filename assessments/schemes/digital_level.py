"""数字化水平 (工信厅企业〔2024〕56号): 15 scored items, 16 graded scenes, the level by the hybrid rule.

The base score is the sum of the item points (数字化基础 50 + 管理 30 + 成效 20), kept exact (1.875…,
domain §1.2 "do not round before comparing"). The level is tested from the top: the first level whose
score, scene count and constraint-scene count all hold (domain §1.4, [SS]). Unanswered items and
scenes give a lower bound (0 points, grade 0) and an upper bound (full points, grade 4); the level is
known only when both bounds agree. An official platform level, when entered, is the level that counts
(decision 8); the questionnaire is then a self-estimate shown beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from assessments.labels import missing
from assessments.model import Industry
from assessments.numbers import near
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text
from assessments.rules.schema import DigitalItem, DigitalLevelRule, DigitalOption, DigitalPack, DigitalScene
from assessments.schemes.common import Context, check, threshold_text, unknown

ZERO = Decimal(0)
GRADE_ZH = {0: "未达一级", 1: "一级", 2: "二级", 3: "三级", 4: "四级"}
TOP_GRADE = 4  # scenes are graded 1–4 (domain §1.3); 0 = not even level 1
FIELD = "digital"


def pts(value: Decimal) -> str:
    """Points exactly as the platform keeps them: 1.875, 30.275, 86 (never rounded, domain §1.2)."""
    return format(value.normalize(), "f")


# --- answers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemScore:
    """One item's answer: the options chosen and their points; None when unanswered or invalid."""

    item: DigitalItem
    chosen: tuple[DigitalOption, ...]
    error: Text | None = None

    @property
    def known(self) -> bool:
        return bool(self.chosen) and self.error is None

    @property
    def points(self) -> Decimal | None:
        return sum((o.points for o in self.chosen), ZERO) if self.known else None


def score_item(item: DigitalItem, keys: tuple[str, ...]) -> ItemScore:
    error = answer_error(item, keys)
    if error is not None or not keys:
        return ItemScore(item, (), error)
    return ItemScore(item, tuple(o for o in item.options if o.key in keys))


def answer_error(item: DigitalItem, keys: tuple[str, ...]) -> Text | None:
    """Keys that do not exist, two answers to a single choice, or "无" ticked with another option."""
    options = [item.option(k) for k in keys]
    if None in options:
        stray = [k for k, o in zip(keys, options, strict=True) if o is None]
        return Text(f"选项{'、'.join(stray)}不存在", f"no option {', '.join(stray)}")
    if len(set(keys)) != len(keys):
        return Text("同一选项重复", "an option is given twice")
    if not item.multi and len(keys) > 1:
        return Text("单选题只能选一项", "a single-choice item takes one option")
    exclusive = [o.key for o in options if o is not None and o.exclusive]
    if exclusive and len(keys) > 1:
        return Text(
            f"“{exclusive[0]} 无”不能与其他选项同选", f"“{exclusive[0]} none” cannot be combined with others"
        )
    return None


def scene_grade(value: int | None) -> tuple[int | None, Text | None]:
    if value is None:
        return None, None
    if not 0 <= value <= TOP_GRADE:
        return None, Text(f"场景等级应为0–4，收到{value}", f"a scene grade is 0–4, got {value}")
    return value, None


# --- the level rule ----------------------------------------------------------------------------


def count_at(pack: DigitalPack, grades: dict[str, int], level: int, constraint_only: bool = False) -> int:
    """Scenes graded at `level` or higher (optionally only the constraint scenes)."""
    return sum(
        1 for s in pack.scenes if grades.get(s.id, 0) >= level and (s.constraint or not constraint_only)
    )


def rule_holds(pack: DigitalPack, rule: DigitalLevelRule, score: Decimal, grades: dict[str, int]) -> bool:
    return (
        score >= rule.min_score
        and count_at(pack, grades, rule.level) >= rule.min_scenes
        and count_at(pack, grades, rule.level, True) >= rule.min_constraint_scenes
    )


def level_of(pack: DigitalPack, score: Decimal, grades: dict[str, int]) -> int:
    """Top-down: the first level whose three conditions hold; 0 when none does (domain §1.4)."""
    return next((r.level for r in pack.levels if rule_holds(pack, r, score, grades)), 0)


@dataclass(frozen=True)
class Standing:
    """The questionnaire at one bound: unanswered items and scenes at their lowest or highest."""

    score: Decimal
    grades: dict[str, int]
    level: int


def bounds(
    pack: DigitalPack, items: list[ItemScore], grades: dict[str, int | None]
) -> tuple[Standing, Standing]:
    known = sum((i.points for i in items if i.points is not None), ZERO)
    open_max = sum((i.item.max_points for i in items if i.points is None), ZERO)
    low_grades = {k: v if v is not None else 0 for k, v in grades.items()}
    high_grades = {k: v if v is not None else TOP_GRADE for k, v in grades.items()}
    low = Standing(known, low_grades, level_of(pack, known, low_grades))
    high = Standing(known + open_max, high_grades, level_of(pack, known + open_max, high_grades))
    return low, high


# --- rows: items, dimensions, scenes -----------------------------------------------------------


def _short(text: str, size: int = 14) -> str:
    return text if len(text) <= size else text[:size] + "…"


def _options_text(item: DigitalItem) -> Text:
    listed = " · ".join(f"{o.key} {pts(o.points)}" for o in item.options)
    if item.multi:
        return Text(
            f"多选，所选各项分值相加：{listed}；“无”不可与其他选项同选；满分{pts(item.max_points)}",
            f"Multiple choice, options add up: {listed}; “无” stands alone; maximum {pts(item.max_points)}",
        )
    return Text(
        f"单选：{listed}；满分{pts(item.max_points)}",
        f"Single choice: {listed}; maximum {pts(item.max_points)}",
    )


def _chosen_text(score: ItemScore) -> Text:
    names = "、".join(f"{o.key} {_short(o.text)}" for o in score.chosen)
    terms = " + ".join(pts(o.points) for o in score.chosen)
    total = pts(score.points or ZERO)
    sum_text = f"{terms} = {total}" if len(score.chosen) > 1 else total
    return Text(f"已选 {names} → {sum_text}分", f"Chosen {names} → {sum_text} points")


def item_label(item: DigitalItem) -> Text:
    return Text(f"{item.id} {item.indicator}", f"{item.id} {item.indicator_en or item.indicator}")


def item_row(pack: DigitalPack, score: ItemScore) -> Row:
    item = score.item
    base = Row(
        id=item.id,
        label=item_label(item),
        status=Status.UNKNOWN,
        source=pack.source,
        requirement=_options_text(item),
        calc=missing(Text(f"{item.id} {item.question}", f"{item.id} {item.indicator_en}")),
        max_points=item.max_points,
        unit="points",
        group=item.dimension,
        note=Text(item.description, item.description) if item.description else None,
    )
    if score.error is not None:
        return replace(base, calc=Text("输入有误：", "Input error: ") + score.error)
    if score.points is None:
        return base
    full = score.points >= item.max_points
    return replace(
        base,
        status=Status.MET if full else Status.NOT_MET,
        calc=_chosen_text(score),
        value=score.points,
        points=score.points,
        gap=None if full else _item_gap(score),
    )


def _item_gap(score: ItemScore) -> Gap:
    left = score.item.max_points - (score.points or ZERO)
    step = next(iter(item_steps(score)), None)
    hint = Text(f"（下一步：{step.text.zh}）", f" (next step: {step.text.en})") if step else Text("", "")
    return Gap(
        text=Text(
            f"{score.item.id} 还可得{pts(left)}分", f"{score.item.id}: {pts(left)} more points possible"
        )
        + hint,
        amount=left,
        unit="points",
        field=f"{FIELD}.items.{score.item.id}",
    )


def dimension_rows(pack: DigitalPack, items: list[ItemScore]) -> list[Row]:
    return [_dimension_row(pack, name, top, items) for name, top in pack.dimensions.items()]


def _dimension_row(pack: DigitalPack, name: str, top: Decimal, items: list[ItemScore]) -> Row:
    members = [i for i in items if i.item.dimension == name]
    low = sum((i.points for i in members if i.points is not None), ZERO)
    high = low + sum((i.item.max_points for i in members if i.points is None), ZERO)
    terms = " + ".join(pts(i.points) if i.points is not None else "?" for i in members)
    name_en = pack.dimensions_en.get(name, name)
    status = Status.UNKNOWN if high > low else Status.MET if low >= top else Status.NOT_MET
    note = None
    if status is Status.UNKNOWN:
        note = Text(f"含未答题，{pts(low)}–{pts(high)}分", f"Items unanswered: {pts(low)}–{pts(high)} points")
    return Row(
        id=f"subtotal:{name}",
        label=Text(f"{name}小计", f"{name_en} subtotal"),
        status=status,
        source=pack.source,
        requirement=Text(f"满分{pts(top)}", f"maximum {pts(top)}"),
        calc=Text(f"{terms} = {pts(low)}分", f"{terms} = {pts(low)} points"),
        value=low,
        unit="points",
        points=low,
        points_max=high if high > low else None,
        max_points=top,
        group=name,
        note=note,
        gap=None
        if status is not Status.NOT_MET
        else Gap(
            Text(f"{name}还可提升{pts(top - low)}分", f"{name_en}: {pts(top - low)} more points possible"),
            top - low,
            "points",
            FIELD,
        ),
    )


def scene_label(scene: DigitalScene) -> Text:
    star = "★" if scene.constraint else ""
    kind = " (constraint)" if scene.constraint else ""
    return Text(f"{scene.id} {scene.name}{star}", f"{scene.id} {scene.name_en or scene.name}{kind}")


def scene_row(
    pack: DigitalPack, scene: DigitalScene, grade: int | None, error: Text | None, target: int
) -> Row:
    """The scene's grade against the grade the next overall level needs."""
    kind = Text("约束性场景", "constraint scene") if scene.constraint else Text("指导性场景", "guiding scene")
    base = Row(
        id=scene.id,
        label=scene_label(scene),
        status=Status.UNKNOWN,
        source=pack.source,
        requirement=Text(
            f"冲击{GRADE_ZH[target]}：本场景≥{target}级（{kind.zh}）",
            f"For level {target}: grade ≥ {target} ({kind.en})",
        ),
        calc=missing(Text(f"{scene.name}场景等级", f"{scene.name_en} scene grade")),
        unit="level",
        group=scene.group,
        note=Text(
            f"{target}级描述：{scene.levels[target - 1]}", f"Level {target}: {scene.levels[target - 1]}"
        ),
    )
    if error is not None:
        return replace(base, calc=Text("输入有误：", "Input error: ") + error)
    if grade is None:
        return base
    reached = grade >= target
    return replace(
        base,
        status=Status.MET if reached else Status.NOT_MET,
        calc=Text(f"自评{GRADE_ZH[grade]}", f"self-graded {grade}"),
        value=Decimal(grade),
        gap=None if reached else _scene_gap(scene, grade, target),
    )


def _scene_gap(scene: DigitalScene, grade: int, target: int) -> Gap:
    return Gap(
        text=Text(
            f"{scene.name}需由{GRADE_ZH[grade]}提升至{GRADE_ZH[target]}：{scene.levels[target - 1]}",
            f"{scene.name_en}: raise from {grade} to {target}: {scene.levels[target - 1]}",
        ),
        amount=Decimal(target - grade),
        unit="level",
        field=f"{FIELD}.scenes.{scene.id}",
    )


# --- the cheapest path to the next level -------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One option upgrade (a single choice one option up, or one more option ticked) or one scene."""

    kind: str  # "item" or "scene"
    id: str
    before: str
    after: str
    gain: Decimal  # points (items) or levels (scenes)
    text: Text
    constraint: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "from": self.before,
            "to": self.after,
            "points" if self.kind == "item" else "levels": self.gain,
            "constraint": self.constraint,
            "text_zh": self.text.zh,
            "text_en": self.text.en,
        }


def item_steps(score: ItemScore) -> list[Step]:
    """The upgrades open to an answered item, best first: the next option up, or any option not ticked."""
    if not score.known:
        return []
    item, current = score.item, score.points or ZERO
    if not item.multi:
        better = sorted((o for o in item.options if o.points > current), key=lambda o: o.points)
        return [_single_step(item, score.chosen[0], better[0])] if better else []
    ticked = {o.key for o in score.chosen if not o.exclusive}
    open_ = [o for o in item.options if not o.exclusive and o.key not in ticked]
    return [_multi_step(item, o) for o in sorted(open_, key=lambda o: -o.points)]


def _single_step(item: DigitalItem, now: DigitalOption, then: DigitalOption) -> Step:
    gain = then.points - now.points
    label = item_label(item)
    return Step(
        "item",
        item.id,
        now.key,
        then.key,
        gain,
        Text(
            f"{label.zh} {now.key}→{then.key} +{pts(gain)}分", f"{label.en} {now.key}→{then.key} +{pts(gain)}"
        ),
    )


def _multi_step(item: DigitalItem, option: DigitalOption) -> Step:
    label = item_label(item)
    what = f"+{option.key} {_short(option.text)}"
    return Step(
        "item",
        item.id,
        "",
        option.key,
        option.points,
        Text(f"{label.zh} {what} +{pts(option.points)}分", f"{label.en} {what} +{pts(option.points)}"),
    )


def apply_step(score: ItemScore, step: Step) -> ItemScore:
    option = score.item.option(step.after)
    assert option is not None
    if not score.item.multi:
        return ItemScore(score.item, (option,))
    kept = tuple(o for o in score.chosen if not o.exclusive)
    return ItemScore(score.item, (*kept, option))


def point_steps(items: list[ItemScore], short: Decimal) -> list[Step]:
    """Fewest upgrades that close `short`: greedy by points per step; the last step is the smallest
    one that still closes the rest, so the path overshoots as little as it can."""
    state = {i.item.id: i for i in items if i.known}
    path: list[Step] = []
    while short > 0:
        options = [s for i in state.values() for s in item_steps(i)]
        if not options:
            break
        closing = [s for s in options if s.gain >= short]
        step = min(closing, key=lambda s: s.gain) if closing else max(options, key=lambda s: s.gain)
        state[step.id] = apply_step(state[step.id], step)
        path.append(step)
        short -= step.gain
    return path


def scene_steps(pack: DigitalPack, grades: dict[str, int], rule: DigitalLevelRule) -> list[Step]:
    """Scenes to raise to the target level: constraint scenes first, those closest to it first."""
    level = rule.level
    below = [s for s in pack.scenes if grades.get(s.id, 0) < level]
    need_c = max(rule.min_constraint_scenes - count_at(pack, grades, level, True), 0)
    need = max(rule.min_scenes - count_at(pack, grades, level), 0)
    nearest = sorted(below, key=lambda s: (level - grades.get(s.id, 0), not s.constraint))
    picked = [s for s in nearest if s.constraint][:need_c]
    picked += [s for s in nearest if s not in picked][: max(need - len(picked), 0)]
    return [_scene_step(s, grades.get(s.id, 0), level) for s in picked]


def _scene_step(scene: DigitalScene, grade: int, level: int) -> Step:
    label = scene_label(scene)
    return Step(
        "scene",
        scene.id,
        str(grade),
        str(level),
        Decimal(level - grade),
        Text(f"{label.zh} {GRADE_ZH[grade]}→{GRADE_ZH[level]}", f"{label.en} {grade}→{level}"),
        scene.constraint,
    )


@dataclass(frozen=True)
class NextLevel:
    rule: DigitalLevelRule
    points_short: Decimal
    scenes_short: int
    constraint_short: int
    steps: tuple[Step, ...]
    alternatives: tuple[DigitalScene, ...]  # scenes as close as the proposed ones, not proposed


def next_level(pack: DigitalPack, items: list[ItemScore], low: Standing) -> NextLevel | None:
    if low.level >= pack.levels[0].level:
        return None
    rule = pack.level(low.level + 1)
    short = max(rule.min_score - low.score, ZERO)
    scenes = scene_steps(pack, low.grades, rule)
    need = max(rule.min_scenes - count_at(pack, low.grades, rule.level), 0)
    need_c = max(rule.min_constraint_scenes - count_at(pack, low.grades, rule.level, True), 0)
    return NextLevel(
        rule,
        short,
        need,
        need_c,
        (*point_steps(items, short), *scenes),
        _alternatives(pack, low.grades, rule.level, scenes, constraint_only=0 < need <= need_c),
    )


def _alternatives(
    pack: DigitalPack, grades: dict[str, int], level: int, proposed: list[Step], constraint_only: bool
) -> tuple[DigitalScene, ...]:
    """Other scenes one grade below the target that would do as well as the ones proposed."""
    if not proposed:
        return ()
    taken = {s.id for s in proposed}
    return tuple(
        s
        for s in pack.scenes
        if s.id not in taken and grades.get(s.id, 0) == level - 1 and (s.constraint or not constraint_only)
    )


def path_text(path: NextLevel, low: Standing, open_inputs: int) -> Text:
    rule = path.rule
    item_steps_ = [s for s in path.steps if s.kind == "item"]
    scene_steps_ = [s for s in path.steps if s.kind == "scene"]
    parts = [_points_part(rule, path, low, item_steps_), _scenes_part(rule, path, scene_steps_)]
    if path.alternatives:
        names = "、".join(s.name for s in path.alternatives)
        names_en = ", ".join(s.name_en or s.name for s in path.alternatives)
        parts.append(Text(f"同档可替代场景：{names}", f"Scenes that could stand in: {names_en}"))
    if open_inputs:
        parts.append(Text(f"另有{open_inputs}项未填，补全后路径可能缩短", f"{open_inputs} inputs still open"))
    head = Text(f"升至{rule.name_zh}：", f"To reach {rule.name_en}: ")
    return head + Text("；".join(p.zh for p in parts), "; ".join(p.en for p in parts))


def _points_part(rule: DigitalLevelRule, path: NextLevel, low: Standing, steps: list[Step]) -> Text:
    if path.points_short <= 0:
        return Text(
            f"得分已满足（{pts(low.score)} ≥ {pts(rule.min_score)}）",
            f"score already met ({pts(low.score)} ≥ {pts(rule.min_score)})",
        )
    listed = Text("、".join(s.text.zh for s in steps), ", ".join(s.text.en for s in steps))
    return (
        Text(f"得分还差{pts(path.points_short)}分，建议：", f"{pts(path.points_short)} points short; e.g. ")
        + listed
    )


def _scenes_part(rule: DigitalLevelRule, path: NextLevel, steps: list[Step]) -> Text:
    if not steps:
        return Text("场景条件已满足", "scene conditions already met")
    listed = Text("、".join(s.text.zh for s in steps), ", ".join(s.text.en for s in steps))
    return (
        Text(
            f"达到{GRADE_ZH[rule.level]}的场景还差{path.scenes_short}个（其中约束性场景差{path.constraint_short}个），建议：",
            f"{path.scenes_short} more scenes at level {rule.level} ({path.constraint_short} of them "
            "constraint scenes); e.g. ",
        )
        + listed
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


def level_name(pack: DigitalPack, level: int) -> Text:
    if level == 0:
        return Text("未达一级", "no level")
    rule = pack.level(level)
    return Text(rule.name_zh, rule.name_en)


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
    calc = level_calc(pack, items, low)
    if not known:
        calc = (
            Text("未答项按0分、0级：", "Open inputs at 0: ")
            + calc
            + Text("。未答项按满分、四级：", ". Open inputs at the maximum: ")
            + level_calc(pack, items, high)
        )
    return Row(
        id="level",
        label=Text("问卷自评等级", "Questionnaire level (self-estimate)"),
        status=status,
        source=pack.level_source,
        requirement=rule_text(pack),
        calc=calc,
        value=Decimal(low.level),
        unit="level",
        on_edge=_level_on_edge(ctx, pack, low),
        gap=None if path is None else _path_gap(path, low, open_inputs),
        note=_bounds_note(pack, low, high) if not known else None,
    )


def _path_gap(path: NextLevel, low: Standing, open_inputs: int) -> Gap:
    return Gap(path_text(path, low, open_inputs), path.points_short, "points", FIELD)


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
    answers = ctx.firm.digital
    items = [score_item(item, tuple(answers.items.get(item.id, ()))) for item in pack.items]
    grades: dict[str, int | None] = {}
    errors: dict[str, Text] = {}
    for scene in pack.scenes:
        grade, error = scene_grade(answers.scenes.get(scene.id))
        grades[scene.id] = grade
        if error is not None:
            errors[scene.id] = error
    return items, grades, errors


def evaluate(ctx: Context, pack: DigitalPack) -> SchemeResult:
    items, grades, scene_errors = read_answers(ctx, pack)
    low, high = bounds(pack, items, grades)
    path = next_level(pack, items, low)
    open_inputs = sum(i.points is None for i in items) + sum(g is None for g in grades.values())
    level, self_level = counting_level(ctx, low, high)
    scene_target = path.rule.level if path else pack.levels[0].level
    rows = [
        *(item_row(pack, i) for i in items),
        *dimension_rows(pack, items),
        *(scene_row(pack, s, grades[s.id], scene_errors.get(s.id), scene_target) for s in pack.scenes),
        level_row(ctx, pack, items, low, high, path, open_inputs),
        target_row(ctx, pack, level, self_level, low, high),
    ]
    status = rows[-1].status
    return SchemeResult(
        scheme=pack.scheme,
        title=Text(pack.title_zh, pack.title_en),
        pack_version=pack.version,
        document=pack.document,
        verdict=VERDICT_OF[status],
        summary=_summary(pack, ctx, self_level, low, high),
        rows=tuple(rows),
        score=low.score,
        score_max=high.score,
        notes=tuple(_notes(ctx, pack, self_level)),
        facts=_facts(ctx, pack, (level, self_level), low, high, path, open_inputs),
    )


def _summary(pack: DigitalPack, ctx: Context, self_level: int | None, low: Standing, high: Standing) -> Text:
    if self_level is not None:
        mine = level_name(pack, self_level)
        text = Text(
            f"问卷自评{mine.zh}（{pts(low.score)}分）", f"Questionnaire: {mine.en} ({pts(low.score)} points)"
        )
    elif not ctx.firm.digital.items and not ctx.firm.digital.scenes:
        text = Text("问卷未填写", "Questionnaire not answered")
    else:
        a, b = level_name(pack, low.level), level_name(pack, high.level)
        text = Text(
            f"问卷自评在{a.zh}至{b.zh}之间（有未答项）", f"Questionnaire: {a.en} to {b.en} (inputs open)"
        )
    official = ctx.firm.honours.official_digital_level
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
