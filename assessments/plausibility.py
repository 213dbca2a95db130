"""Figures out of all proportion: valid, yet most likely typed in 元 where the form asks for 万元.

A revenue of 98,600,000 万元 (typed in 元) passes every check of the model: it is a number within its
ceiling. Such a figure is only questioned, never refused: the user is asked "是否按元填写？" and offered
the figure divided by 10,000; keeping it as entered stays possible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from assessments.model import Purpose
from assessments.numbers import WAN, num, wide
from assessments.results import Text
from assessments.rules.catalogue import pack_for
from assessments.rules.loader import all_packs

QUESTION = Text("是否按元填写？", "Was it entered in yuan (元)?")


@dataclass(frozen=True)
class Doubt:
    """Why a figure in 万元 looks typed in 元, and what it would be divided by 10,000."""

    value: Decimal
    reason: Text

    @property
    def in_wan(self) -> Decimal:
        with wide():
            return _tidy(self.value / WAN)


def limits() -> tuple[Decimal, Decimal]:
    """(the ceiling in 万元, the jump over every neighbouring year): the conventions pack's `unit_slip`,
    a product decision with its reasoning (10^7 万元 is fifty times the largest SME's revenue, 300号)."""
    pack = pack_for("conventions", Purpose.NEW, dt.date.today(), all_packs())
    params = pack.criterion("unit_slip").params  # type: ignore[union-attr]
    return Decimal(params["ceiling_wan"]), Decimal(params["jump"])


def doubt(value: Decimal | None, neighbours: Sequence[Decimal | None] = ()) -> Doubt | None:
    """A figure in 万元 above the ceiling, or at least the jump times every neighbouring year's
    figure that is known and positive (a loss or a zero says nothing about scale); else None."""
    if value is None or value <= 0:
        return None
    ceiling, jump = limits()
    if value > ceiling:
        return Doubt(value, _above_ceiling(value, ceiling))
    known = [n for n in neighbours if n is not None and n > 0]
    if known and all(value >= jump * n for n in known):
        return Doubt(value, _jump(value, known, jump))
    return None


def _above_ceiling(value: Decimal, ceiling: Decimal) -> Text:
    return Text(
        f"{num(value)}万元超过{num(ceiling)}万元（1,000亿元），远超中小企业的规模",
        f"{num(value)} 万元 is above {num(ceiling)} 万元 (100 billion yuan), far beyond any SME",
    )


def _jump(value: Decimal, known: list[Decimal], jump: Decimal) -> Text:
    others_zh = "、".join(f"{num(n)}万元" for n in known)
    others_en = ", ".join(f"{num(n)} 万元" for n in known)
    return Text(
        f"{num(value)}万元是相邻年度（{others_zh}）的{num(jump)}倍以上",
        f"{num(value)} 万元 is over {num(jump)} times the neighbouring years ({others_en})",
    )


def _tidy(value: Decimal) -> Decimal:
    """98,600,000 / 10,000 is 9860, not 9.86E+3."""
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()
