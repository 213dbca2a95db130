"""The cheapest path from the questionnaire's level to the next one.

Points first: the fewest option upgrades that close the score gap. Then scenes: the ones closest to
the target grade, constraint scenes first, as many as the level rule still needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from assessments.results import Lazy, Text
from assessments.rules.schema import DigitalItem, DigitalLevelRule, DigitalOption, DigitalPack, DigitalScene
from assessments.schemes.digital_score import (
    GRADE_ZH,
    ZERO,
    ItemScore,
    Standing,
    count_at,
    item_label,
    pts,
    scene_label,
    short,
)


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
    return Step("item", item.id, now.key, then.key, gain, Lazy(partial(_single_text, item, now, then, gain)))


def _single_text(item: DigitalItem, now: DigitalOption, then: DigitalOption, gain: Decimal) -> Text:
    label = item_label(item)
    return Text(
        f"{label.zh} {now.key}→{then.key} +{pts(gain)}分", f"{label.en} {now.key}→{then.key} +{pts(gain)}"
    )


def _multi_step(item: DigitalItem, option: DigitalOption) -> Step:
    return Step("item", item.id, "", option.key, option.points, Lazy(partial(_multi_text, item, option)))


def _multi_text(item: DigitalItem, option: DigitalOption) -> Text:
    label = item_label(item)
    what = f"+{option.key} {short(option.text)}"
    return Text(f"{label.zh} {what} +{pts(option.points)}分", f"{label.en} {what} +{pts(option.points)}")


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
    open_steps = {key: item_steps(i) for key, i in state.items()}  # only the item upgraded changes
    path: list[Step] = []
    while short > 0:
        options = [s for steps in open_steps.values() for s in steps]
        if not options:
            break
        closing = [s for s in options if s.gain >= short]
        step = min(closing, key=lambda s: s.gain) if closing else max(options, key=lambda s: s.gain)
        state[step.id] = apply_step(state[step.id], step)
        open_steps[step.id] = item_steps(state[step.id])
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
    short = Text(f"得分还差{pts(path.points_short)}分", f"{pts(path.points_short)} points short")
    if not steps:  # nothing answered yet to build on
        return short + Text("（请先填写问卷各题）", " (answer the questionnaire first)")
    listed = Text("、".join(s.text.zh for s in steps), ", ".join(s.text.en for s in steps))
    return short + Text("，建议：", "; e.g. ") + listed


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
