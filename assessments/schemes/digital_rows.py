"""The questionnaire as rows: each item with its options, the dimension subtotals, each scene's grade.

A row short of full points names the next option upgrade; a scene row compares its grade with the
grade the next overall level needs.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from assessments.labels import missing
from assessments.numbers import en_count
from assessments.results import Gap, Lazy, Row, Status, Text, replace
from assessments.rules.schema import DigitalItem, DigitalPack, DigitalScene
from assessments.schemes.digital_path import item_steps
from assessments.schemes.digital_score import (
    FIELD,
    GRADE_ZH,
    ZERO,
    ItemScore,
    item_label,
    pts,
    scene_label,
    short,
)


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
    names = "、".join(f"{o.key} {short(o.text)}" for o in score.chosen)
    terms = " + ".join(pts(o.points) for o in score.chosen)
    total = pts(score.points or ZERO)
    sum_text = f"{terms} = {total}" if len(score.chosen) > 1 else total
    return Text(f"已选 {names} → {sum_text}分", f"Chosen {names} → {sum_text} points")


def item_row(pack: DigitalPack, score: ItemScore) -> Row:
    item = score.item
    base = Row(
        id=item.id,
        label=item_label(item),
        status=Status.UNKNOWN,
        source=pack.source,
        requirement=Lazy(partial(_options_text, item)),
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
        calc=Lazy(partial(_chosen_text, score)),
        value=score.points,
        points=score.points,
        gap=None if full else _item_gap(score),
    )


def _item_gap(score: ItemScore) -> Gap:
    left = score.item.max_points - (score.points or ZERO)
    return Gap(
        text=Lazy(partial(_item_gap_text, score, left)),
        amount=left,
        unit="points",
        field=f"{FIELD}.items.{score.item.id}",
    )


def _item_gap_text(score: ItemScore, left: Decimal) -> Text:
    step = next(iter(item_steps(score)), None)
    hint = Text(f"（下一步：{step.text.zh}）", f" (next step: {step.text.en})") if step else Text("", "")
    return (
        Text(
            f"{score.item.id} 还可得{pts(left)}分",
            f"{score.item.id}: {en_count(pts(left), left, 'more point')} possible",
        )
        + hint
    )


def dimension_rows(pack: DigitalPack, items: list[ItemScore]) -> list[Row]:
    return [_dimension_row(pack, name, top, items) for name, top in pack.dimensions.items()]


def _dimension_row(pack: DigitalPack, name: str, top: Decimal, items: list[ItemScore]) -> Row:
    members = [i for i in items if i.item.dimension == name]
    low = sum((i.points for i in members if i.points is not None), ZERO)
    high = low + sum((i.item.max_points for i in members if i.points is None), ZERO)
    name_en = pack.dimensions_en.get(name, name)
    status = Status.UNKNOWN if high > low else Status.MET if low >= top else Status.NOT_MET
    note = None
    if status is Status.UNKNOWN:
        note = Lazy(partial(_unanswered_text, low, high))
    return Row(
        id=f"subtotal:{name}",
        label=Text(f"{name}小计", f"{name_en} subtotal"),
        status=status,
        source=pack.source,
        requirement=Lazy(lambda: Text(f"满分{pts(top)}", f"maximum {pts(top)}")),
        calc=Lazy(partial(_subtotal_text, tuple(i.points for i in members), low)),
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
            Lazy(
                lambda: Text(
                    f"{name}还可提升{pts(top - low)}分",
                    f"{name_en}: {en_count(pts(top - low), top - low, 'more point')} possible",
                )
            ),
            top - low,
            "points",
            FIELD,
        ),
    )


def _unanswered_text(low: Decimal, high: Decimal) -> Text:
    return Text(f"含未答题，{pts(low)}–{pts(high)}分", f"Items unanswered: {pts(low)}–{pts(high)} points")


def _subtotal_text(points: tuple[Decimal | None, ...], low: Decimal) -> Text:
    terms = " + ".join(pts(p) if p is not None else "?" for p in points)
    return Text(f"{terms} = {pts(low)}分", f"{terms} = {pts(low)} points")


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
