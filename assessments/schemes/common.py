"""The small toolkit every scheme module uses: the context, fiscal years, and row builders.

A scheme module reads its thresholds and bands from its pack (never from Python literals), computes
its measures, and turns each into a `Row` with one of the builders below, so that every row carries
the same trace: the figures used, the requirement, the clause and its confidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from assessments.gaps import amount_gap
from assessments.labels import missing, year_field
from assessments.model import Firm, FiscalYear, Purpose
from assessments.numbers import fmt_unit, meets, near, num, requirement_text
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text, Verdict, all_of
from assessments.rules.schema import Band, CriteriaPack, Criterion, Scale, Source


@dataclass(frozen=True)
class Context:
    """One evaluation: the firm, the date and purpose, the conventions and earlier results."""

    firm: Firm
    on: dt.date
    purpose: Purpose
    conventions: CriteriaPack
    prior: Mapping[str, SchemeResult] = field(default_factory=dict)

    @property
    def last_fy(self) -> int:
        """上年度: the last complete fiscal year before the assessment year (decision 2)."""
        return self.on.year - 1

    def year(self, back: int = 0) -> FiscalYear | None:
        return self.firm.year(self.last_fy - back)

    def value(self, name: str, back: int = 0) -> Decimal | None:
        fy = self.year(back)
        if fy is None:
            return None
        return fy.net_assets_value if name == "net_assets" else getattr(fy, name)

    def label(self, name: str, back: int = 0) -> Text:
        return year_field(self.last_fy - back, name)

    def field(self, name: str, back: int = 0) -> str:
        return f"years.{self.last_fy - back}.{name}"

    @property
    def tolerance(self) -> Decimal:
        return Decimal(self.conventions.criterion("on_edge").params["relative_tolerance"])


def unknown(criterion: Criterion, row_id: str, *labels: Text, requirement: Text | None = None) -> Row:
    return Row(
        id=row_id,
        label=Text(criterion.label_zh, criterion.label_en),
        status=Status.UNKNOWN,
        source=criterion.source,
        requirement=requirement or Text("", ""),
        calc=missing(*labels),
        max_points=criterion.max_points or (criterion.scale.max_points if criterion.scale else None),
    )


def label_of(criterion: Criterion) -> Text:
    return Text(criterion.label_zh, criterion.label_en)


def threshold_text(criterion: Criterion, name: str) -> Text:
    zh, en = requirement_text(criterion.threshold(name))
    return Text(zh, en)


def check(
    ctx: Context,
    criterion: Criterion,
    row_id: str,
    value: Decimal | None,
    calc: Text,
    threshold: str = "min",
    *,
    gap: Callable[[], Gap | None] | None = None,
    note: Text | None = None,
) -> Row:
    """A pass/fail test of one measure against one threshold of the criterion."""
    rule = criterion.threshold(threshold)
    requirement = threshold_text(criterion, threshold)
    passed = value is not None and meets(value, rule)
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=Status.MET if passed else Status.NOT_MET,
        source=rule.source or criterion.source,
        requirement=requirement,
        calc=calc,
        value=value,
        unit=rule.unit,
        on_edge=value is not None and near(value, rule.value, ctx.tolerance),
        gap=None if passed or gap is None else gap(),
        note=note,
    )


def answer(
    criterion: Criterion, row_id: str, value: bool | None, calc: Text, *, gap: Gap | None = None
) -> Row:
    """A yes/no fact the firm states (own brand, certification…); None stays to confirm."""
    status = {True: Status.MET, False: Status.NOT_MET, None: Status.UNKNOWN}[value]
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=status,
        source=criterion.source,
        requirement=Text(criterion.help_zh or "是", criterion.help_en or "yes"),
        calc=calc,
        gap=gap if status is Status.NOT_MET else None,
    )


def manual(criterion: Criterion, row_id: str, calc: Text, requirement: Text | None = None) -> Row:
    """A criterion only a platform, an expert or evidence can settle."""
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=Status.MANUAL,
        source=criterion.source,
        requirement=requirement or Text(criterion.help_zh, criterion.help_en),
        calc=calc,
    )


# --- scored indicators -------------------------------------------------------------------------


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


def scale_text(scale: Scale) -> Text:
    """The bands as one line: "≥5% → 20 · ≥3% → 15 · … · other → 0"."""
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
        calc + Text(f" → {num(band.points)}分", f" → {num(band.points)} points"),
        requirement=scale_text(scale),
        value=value,
        unit=scale.unit,
        points_max=band.points_max,
        on_edge=edge_is_near(ctx, scale, value),
        gap=gap(target) if gap is not None and target is not None else None,
        group=group,
        note=note,
    )


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
    terms = " + ".join(num(r.points) if r.points is not None else "?" for r in members)
    row = replace(
        check(ctx, criterion, row_id, low, Text(f"{terms} = {num(low)}", f"{terms} = {num(low)}"), threshold),
        label=label,
    )
    if row.status is not Status.NOT_MET:
        return row
    if not complete and high >= criterion.threshold(threshold).value:
        note = Text(f"含待确认项，最高可达{num(high)}分", f"With items to confirm: up to {num(high)}")
        return replace(row, status=Status.UNKNOWN, note=note)
    short = criterion.threshold(threshold).value - low
    room = [(r.label, (r.max_points or Decimal(0)) - (r.points or Decimal(0))) for r in members]
    room = sorted(((name, pts) for name, pts in room if pts > 0), key=lambda x: -x[1])
    zh = "、".join(f"{name.zh}（+{num(pts)}）" for name, pts in room)
    en = "; ".join(f"{name.en} (+{num(pts)})" for name, pts in room)
    return replace(
        row,
        gap=Gap(
            Text(
                f"{label.zh}差{num(short)}分；仍可提分：{zh}",
                f"{label.en}: {num(short)} points short; room in: {en}",
            ),
            amount=short,
            unit="points",
        ),
    )


def equity_row(ctx: Context, criterion: Criterion, row_id: str) -> Row:
    """New qualified equity over the window; amounts are never negative, so a known part can suffice."""
    years = int(criterion.params["years"])
    backs = range(years - 1, -1, -1)
    values = {b: ctx.value("qualified_equity", b) for b in backs}
    known = sum((v for v in values.values() if v is not None), Decimal(0))
    lacking = [ctx.label("qualified_equity", b) for b, v in values.items() if v is None]
    terms = " + ".join(num(v) if v is not None else "?" for v in values.values())
    first, last = ctx.last_fy - years + 1, ctx.last_fy
    calc = Text(
        f"{first}–{last}年 {terms} = {num(known)}万元", f"FY{first}–{last} {terms} = {num(known)} 万元"
    )
    edge = criterion.threshold("min").value
    if lacking and known < edge:
        return replace(
            unknown(criterion, row_id, requirement=threshold_text(criterion, "min")),
            calc=missing(*lacking) + Text(f"（已知合计{num(known)}万元）", f" (known: {num(known)})"),
        )
    label = Text(f"近{years}年新增股权融资", f"new equity over {years} years")
    return check(
        ctx,
        criterion,
        row_id,
        known,
        calc,
        gap=lambda: amount_gap(label, known, ">=", edge, ctx.field("qualified_equity")),
    )


# --- results -----------------------------------------------------------------------------------


def result(
    pack: CriteriaPack,
    status: Status,
    summary: Text,
    rows: list[Row],
    **extra: object,
) -> SchemeResult:
    return SchemeResult(
        scheme=pack.scheme,
        title=Text(pack.title_zh, pack.title_en),
        pack_version=pack.version,
        document=pack.document,
        verdict=VERDICT_OF[status],
        summary=summary,
        rows=tuple(rows),
        **extra,  # type: ignore[arg-type]
    )


def gate_status(rows: list[Row]) -> Status:
    return all_of([r.status for r in rows])


def title_valid(granted_on: dt.date | None, expires_on: dt.date | None, years: int, on: dt.date) -> bool:
    """A title is valid from its grant date to its end date (or `years` after grant when unknown)."""
    if granted_on is None:
        return False
    end = expires_on or _add_years(granted_on, years)
    return granted_on <= on <= end


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def full_years(start: dt.date | None, end: dt.date) -> int | None:
    """Whole years from `start` through `end`, both days included: 2024-01-01 → 2025-12-31 is 2 years.

    Niche years are counted to 31 December of 上年度 (worked example E: since 2024-01-01 → 2 years).
    """
    if start is None:
        return None
    after = end + dt.timedelta(days=1)
    years = after.year - start.year - ((after.month, after.day) < (start.month, start.day))
    return max(years, 0)


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def verdict_summary(verdict: Verdict, rows: list[Row] | tuple[Row, ...]) -> Text:
    """A one-line reason: which criteria fail or stay open."""
    failing = [r.label for r in rows if r.status is Status.NOT_MET]
    open_ = [r.label for r in rows if r.status in (Status.UNKNOWN, Status.MANUAL)]
    if verdict is Verdict.QUALIFIES:
        return Text("全部条件满足", "All conditions met")
    not_met = Text("未满足：" + "、".join(t.zh for t in failing), "Not met: " + "; ".join(t.en for t in failing))
    if verdict is Verdict.DOES_NOT_QUALIFY or not open_:
        return not_met
    pending = Text("待确认：" + "、".join(t.zh for t in open_), "To confirm: " + "; ".join(t.en for t in open_))
    return pending + Text(f"；{not_met.zh}", f"; {not_met.en}") if failing else pending


__all__ = [
    "Context",
    "Source",
    "answer",
    "check",
    "full_years",
    "label_of",
    "manual",
    "points_row",
    "result",
    "scored",
    "title_valid",
    "total",
    "unknown",
    "verdict_summary",
    "year_end",
]


# --- gates shared by every tier ----------------------------------------------------------------

COMPLIANCE_FIELDS: dict[str, Text] = {
    "registered_in_china": Text("境内注册的独立法人", "registered legal person in China"),
    "clean_record": Text(
        "未列入经营异常名录或严重失信名单", "not on the abnormal-operation or dishonesty lists"
    ),
    "products_permitted": Text(
        "产品不属于禁止、限制、淘汰类", "products not prohibited, restricted or obsolete"
    ),
    "no_major_incidents": Text("近三年无重大事故及违法行为", "no major incident or violation in three years"),
    "verified_accounts_tax": Text(
        "查账征收、研发费用核算准确", "taxed on verified accounts, R&D booked accurately"
    ),
}


def size_gate(ctx: Context) -> Row:
    """The SME size test as a row of another scheme: large firms cannot enter any tier."""
    size = ctx.prior["sme_size"]
    row = size.rows[0]
    return Row(
        id="sme_size",
        label=Text("符合中小企业划型标准", "An SME by the size standard"),
        status=row.status,
        source=row.source,
        requirement=row.requirement,
        calc=row.calc,
        on_edge=row.on_edge,
        gap=None
        if row.status is not Status.NOT_MET
        else Gap(Text("大型企业不能参加梯度培育", "A large firm cannot enter the ladder")),
    )


def compliance_gate(
    ctx: Context,
    criterion: Criterion,
    fields: tuple[str, ...] = (
        "registered_in_china",
        "clean_record",
        "products_permitted",
        "no_major_incidents",
    ),
) -> Row:
    """The common gate the firm declares; an unanswered item stays to confirm."""
    answers = {name: getattr(ctx.firm.profile.compliance, name) for name in fields}
    failing = [COMPLIANCE_FIELDS[n] for n, v in answers.items() if v is False]
    open_ = [COMPLIANCE_FIELDS[n] for n, v in answers.items() if v is None]
    if failing:
        status, calc = (
            Status.NOT_MET,
            Text(
                "不满足：" + "、".join(t.zh for t in failing), "Not met: " + "; ".join(t.en for t in failing)
            ),
        )
    elif open_:
        status, calc = Status.UNKNOWN, missing(*open_)
    else:
        status, calc = Status.MET, Text("企业声明全部满足", "All declared met by the firm")
    return Row(
        id="common_gate",
        label=label_of(criterion),
        status=status,
        source=criterion.source,
        requirement=Text(criterion.help_zh, criterion.help_en),
        calc=calc,
    )
