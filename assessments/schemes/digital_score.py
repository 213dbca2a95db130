"""Scoring the 2024 digital-maturity questionnaire (工信厅企业〔2024〕56号): items, scenes, the level rule.

The base score is the sum of the item points (数字化基础 50 + 管理 30 + 成效 20), kept exact (1.875…,
domain §1.2 "do not round before comparing"). The level is tested from the top: the first level whose
score, scene count and constraint-scene count all hold (domain §1.4, [SS]). Unanswered items and
scenes give a lower bound (0 points, grade 0) and an upper bound (full points, top grade).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from assessments.results import Text
from assessments.rules.schema import DigitalItem, DigitalLevelRule, DigitalOption, DigitalPack, DigitalScene

ZERO = Decimal(0)
GRADE_ZH = {0: "未达一级", 1: "一级", 2: "二级", 3: "三级", 4: "四级"}
# Scenes are graded 0–4: the pack schema holds four descriptors per scene (DigitalScene.levels, domain §1.3).
TOP_GRADE = 4
FIELD = "digital"  # the answers' place in the firm's data, for gaps


def pts(value: Decimal) -> str:
    """Points exactly as the platform keeps them: 1.875, 30.275, 86 (never rounded, domain §1.2)."""
    return format(value.normalize(), "f")


def short(text: str, size: int = 14) -> str:
    """An option's text cut for a one-line listing."""
    return text if len(text) <= size else text[:size] + "…"


def item_label(item: DigitalItem) -> Text:
    return Text(f"{item.id} {item.indicator}", f"{item.id} {item.indicator_en or item.indicator}")


def scene_label(scene: DigitalScene) -> Text:
    star = "★" if scene.constraint else ""
    kind = " (constraint)" if scene.constraint else ""
    return Text(f"{scene.id} {scene.name}{star}", f"{scene.id} {scene.name_en or scene.name}{kind}")


def level_name(pack: DigitalPack, level: int) -> Text:
    if level == 0:
        return Text("未达一级", "no level")
    rule = pack.level(level)
    return Text(rule.name_zh, rule.name_en)


# --- answers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemScore:
    """One item's answer: the options chosen and their points; None when unanswered or invalid."""

    item: DigitalItem
    chosen: tuple[DigitalOption, ...]
    error: Text | None = None

    @cached_property  # read many times on the path to the next level; the score never changes
    def known(self) -> bool:
        return bool(self.chosen) and self.error is None

    @cached_property
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
    """A scene's grade, 0 meaning not even grade 1; an out-of-range value is an input error."""
    if value is None:
        return None, None
    if not 0 <= value <= TOP_GRADE:
        return None, Text(
            f"场景等级应为0–{TOP_GRADE}，收到{value}", f"a scene grade is 0–{TOP_GRADE}, got {value}"
        )
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
