"""Scored indicators: a measure placed in its band, points rows, totals and a total against a pass line.

A scored row is met at full points and otherwise short by the points it could still give; its gap
names what reaches the next band. Totals carry a lower and an upper bound while inputs are open.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from assessments.numbers import en_count, fmt_unit, near, num
from assessments.results import Gap, Lazy, Row, Status, Text, replace
from assessments.rules.schema import Band, Criterion, Scale
from assessments.schemes.common import Context, check, label_of


def band_of(scale: Scale, value: Decimal) -> Band:
    for band in scale.bands:
        if band.edge is None or _reaches(scale, band, value):
            return band
    raise AssertionError("the last band catches every value")  # guaranteed by the pack schema


def _reaches(scale: Scale, band: Band, value: Decimal) -> bool:
    assert band.edge is not None
    if scale.direction == "higher":
        return value >= band.edge if band.inclusive else value > band.edge
    return value <= band.edge if band.inclusive else value < band.edge


def better_band(scale: Scale, band: Band) -> Band | None:
    index = scale.bands.index(band)
    return scale.bands[index - 1] if index > 0 else None


def edge_of(band: Band) -> Decimal:
    assert band.edge is not None, "a better band always has an edge"
    return band.edge


def scale_text(scale: Scale) -> Text:
    """The bands as one line: "≥5% → 20 · ≥3% → 15 · … · other → 0"."""
    return Lazy(partial(_scale_text, scale))


def _scale_text(scale: Scale) -> Text:
    parts_zh, parts_en = [], []
    for band in scale.bands:
        points = num(band.points) + (f"–{num(band.points_max)}" if band.points_max is not None else "")
        if band.edge is None:
            parts_zh.append(f"其他 → {points}")
            parts_en.append(f"else → {points}")
            continue
        sign = {("higher", True): "≥", ("higher", False): ">", ("lower", True): "≤", ("lower", False): "<"}[
            (scale.direction, band.inclusive)
        ]
        zh, en = fmt_unit(band.edge, scale.unit)
        parts_zh.append(f"{sign}{zh} → {points}")
        parts_en.append(f"{sign}{en} → {points}")
    return Text(" · ".join(parts_zh), " · ".join(parts_en))


def edge_is_near(ctx: Context, scale: Scale, value: Decimal) -> bool:
    return any(b.edge is not None and near(value, b.edge, ctx.tolerance) for b in scale.bands)


def scored(
    ctx: Context,
    criterion: Criterion,
    row_id: str,
    value: Decimal | None,
    calc: Text,
    *,
    group: str = "",
    gap: Callable[[Band], Gap | None] | None = None,
    note: Text | None = None,
) -> Row:
    """A measure placed in its scoring band; the gap names what reaches the next band."""
    scale = criterion.scale
    assert scale is not None, f"{row_id}: criterion has no scale"
    if value is None:
        return Row(
            id=row_id,
            label=label_of(criterion),
            status=Status.UNKNOWN,
            source=criterion.source,
            requirement=scale_text(scale),
            calc=calc,
            max_points=scale.max_points,
            group=group,
        )
    band = band_of(scale, value)
    target = better_band(scale, band)
    return points_row(
        criterion,
        row_id,
        band.points,
        calc + Lazy(partial(_points_text, band.points)),
        requirement=scale_text(scale),
        value=value,
        unit=scale.unit,
        points_max=band.points_max,
        on_edge=edge_is_near(ctx, scale, value),
        gap=gap(target) if gap is not None and target is not None else None,
        group=group,
        note=note,
    )


def _points_text(points: Decimal) -> Text:
    return Text(f" → {num(points)}分", f" → {en_count(num(points), points, 'point')}")


def points_row(
    criterion: Criterion,
    row_id: str,
    points: Decimal,
    calc: Text,
    *,
    requirement: Text,
    value: Decimal | None = None,
    unit: str = "",
    points_max: Decimal | None = None,
    on_edge: bool = False,
    gap: Gap | None = None,
    group: str = "",
    note: Text | None = None,
) -> Row:
    """A scored indicator: met at full points, otherwise short by the points it could still give."""
    top = criterion.max_points or (criterion.scale.max_points if criterion.scale else points)
    full = (points_max or points) >= top
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=Status.MET if full else Status.NOT_MET,
        source=criterion.source,
        requirement=requirement,
        calc=calc,
        value=value,
        unit=unit,
        points=points,
        points_max=points_max,
        max_points=top,
        on_edge=on_edge,
        gap=None if full else gap,
        group=group,
        note=note,
    )


def with_upper_bound(row: Row, high: Decimal, note: Text) -> Row:
    """A scored row whose open inputs could still lift it to `high`: to confirm, with that bound."""
    if row.points is None or high <= row.points:
        return row
    return replace(row, status=Status.UNKNOWN, points_max=high, note=note)


def judged_range(row: Row, high: Decimal, note: Text) -> Row:
    """A scored qualitative indicator left unanswered: manual (decision 13), with the range it can give."""
    if row.points is None or high <= row.points:
        return row
    return replace(row, status=Status.MANUAL, points_max=high, note=note, gap=None)


def total(rows: list[Row] | tuple[Row, ...]) -> tuple[Decimal, Decimal, bool]:
    """(lower, upper, complete): each row at its points and at its best case.

    An unknown row counts zero below and, above, the range it already has (points_max) or else its
    maximum; a row judged within a range counts its upper end above.
    """
    low = sum((r.points or Decimal(0) for r in rows), Decimal(0))
    high = sum((_best_case(r) for r in rows), Decimal(0))
    return low, high, all(r.status is not Status.UNKNOWN for r in rows)


def _best_case(row: Row) -> Decimal:
    if row.points_max is not None:
        return row.points_max
    if row.status is Status.UNKNOWN:
        return row.max_points or Decimal(0)
    return row.points or Decimal(0)


def score_total_row(
    ctx: Context, criterion: Criterion, row_id: str, threshold: str, members: list[Row], label: Text
) -> Row:
    """A sum of scored indicators against a pass line; short → the points and who can still give them."""
    low, high, complete = total(members)
    points = tuple(r.points for r in members)
    row = replace(
        check(ctx, criterion, row_id, low, Lazy(partial(total_text, points, low)), threshold), label=label
    )
    if row.status is not Status.NOT_MET:
        return row
    if high >= criterion.threshold(threshold).value and not complete:
        note = Lazy(partial(up_to_text, "含待确认项", "With items to confirm", high))
        return replace(row, status=Status.UNKNOWN, note=note)
    if high >= criterion.threshold(threshold).value and any(r.status is Status.MANUAL for r in members):
        note = Lazy(partial(up_to_text, "含需人工确认项", "With manual checks", high))
        return replace(row, status=Status.MANUAL, note=note)
    short = criterion.threshold(threshold).value - low
    room = [(r.label, (r.max_points or Decimal(0)) - (r.points or Decimal(0))) for r in members]
    room = sorted(((name, pts) for name, pts in room if pts > 0), key=lambda x: -x[1])
    text = Lazy(partial(_short_text, label, short, tuple(room)))
    return replace(row, gap=Gap(text, amount=short, unit="points"))


def total_text(points: tuple[Decimal | None, ...], low: Decimal) -> Text:
    terms = " + ".join(num(p) if p is not None else "?" for p in points)
    return Text(f"{terms} = {num(low)}", f"{terms} = {num(low)}")


def up_to_text(zh: str, en: str, high: Decimal) -> Text:
    return Text(f"{zh}，最高可达{num(high)}分", f"{en}: up to {num(high)}")


def _short_text(label: Text, short: Decimal, room: tuple[tuple[Text, Decimal], ...]) -> Text:
    zh = "、".join(f"{name.zh}（+{num(pts)}）" for name, pts in room)
    en = "; ".join(f"{name.en} (+{num(pts)})" for name, pts in room)
    return Text(
        f"{label.zh}差{num(short)}分；仍可提分：{zh}",
        f"{label.en}: {num(short)} points short; room in: {en}",
    )
