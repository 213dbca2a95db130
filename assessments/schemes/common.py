"""The small toolkit every scheme module uses: the context, the row builders and the result.

A scheme module reads its thresholds and bands from its pack (never from Python literals), computes
its measures, and turns each into a `Row` with one of the builders below, so that every row carries
the same trace: the figures used, the requirement, the clause and its confidence. Scored indicators
have their builders in `scoring.py`; rows for criteria several schemes share are in `shared_criteria.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, partial
from typing import TYPE_CHECKING

from assessments.labels import missing, year_field
from assessments.model import Firm, FiscalYear, Purpose
from assessments.numbers import meets, near, requirement_text
from assessments.results import (
    VERDICT_OF,
    Gap,
    Lazy,
    Row,
    SchemeResult,
    Status,
    Text,
    Verdict,
    all_of,
    any_of,
    replace,
)
from assessments.rules.schema import CriteriaPack, Criterion, PackHeader, Threshold

if TYPE_CHECKING:  # measures.py builds on the context defined here
    from assessments.schemes.measures import Measure


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
        return self._years.get(self.last_fy - back)

    @cached_property
    def _years(self) -> dict[int, FiscalYear]:
        """`Firm.year` for every year at once: the first actual (not plan) year of each number."""
        years: dict[int, FiscalYear] = {}
        for fy in self.firm.years:
            if not fy.plan:
                years.setdefault(fy.year, fy)
        return years

    def value(self, name: str, back: int = 0) -> Decimal | None:
        fy = self.year(back)
        if fy is None:
            return None
        return fy.net_assets_value if name == "net_assets" else getattr(fy, name)

    def label(self, name: str, back: int = 0) -> Text:
        return year_field(self.last_fy - back, name)

    def field(self, name: str, back: int = 0) -> str:
        return f"years.{self.last_fy - back}.{name}"

    @cached_property  # read by every row; the context lives for one evaluation
    def tolerance(self) -> Decimal:
        return Decimal(self.conventions.criterion("on_edge").params["relative_tolerance"])


# --- texts of a criterion ------------------------------------------------------------------------


def label_of(criterion: Criterion) -> Text:
    return Text(criterion.label_zh, criterion.label_en)


def help_of(criterion: Criterion) -> Text:
    return Text(criterion.help_zh, criterion.help_en)


def threshold_text(criterion: Criterion, name: str) -> Text:
    return Lazy(partial(_threshold_text, criterion.threshold(name)))


def _threshold_text(threshold: Threshold) -> Text:
    zh, en = requirement_text(threshold)
    return Text(zh, en)


def met(hit: bool) -> Status:
    return Status.MET if hit else Status.NOT_MET


# --- rows --------------------------------------------------------------------------------------


def unknown(criterion: Criterion, row_id: str, *labels: Text, requirement: Text | None = None) -> Row:
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=Status.UNKNOWN,
        source=criterion.source,
        requirement=requirement or Text("", ""),
        calc=missing(*labels),
        max_points=criterion.max_points or (criterion.scale.max_points if criterion.scale else None),
    )


def open_row(criterion: Criterion, row_id: str, calc: Text, requirement: Text, group: str = "") -> Row:
    """A row to confirm whose calculation says what is missing (or why no value exists)."""
    return replace(unknown(criterion, row_id, requirement=requirement), calc=calc, group=group)


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


def measured(
    ctx: Context,
    criterion: Criterion,
    row_id: str,
    measure: Measure,
    threshold: str = "min",
    *,
    gap: Callable[[Threshold], Gap] | None = None,
) -> Row:
    """A measure tested against a threshold, or "to confirm" with the inputs it lacks.

    The gap builder receives the threshold, so it can aim at its edge and respect its operator.
    """
    if measure.value is None:
        return open_row(criterion, row_id, measure.calc, threshold_text(criterion, threshold))
    rule = criterion.threshold(threshold)
    closing = None if gap is None else lambda: gap(rule)
    return check(ctx, criterion, row_id, measure.value, measure.calc, threshold, gap=closing)


def answer(
    criterion: Criterion, row_id: str, value: bool | None, calc: Text, *, gap: Gap | None = None
) -> Row:
    """A yes/no fact the register shows (a title held, an institution entered); None stays to confirm.

    A criterion the authority judges on evidence goes through `qualitative` instead (decision 13).
    """
    status = {True: Status.MET, False: Status.NOT_MET, None: Status.UNKNOWN}[value]
    return _yes_no_row(criterion, row_id, status, calc, gap)


def qualitative(
    criterion: Criterion,
    row_id: str,
    value: bool | None,
    calc: Text,
    *,
    gap: Gap | None = None,
    requirement: Text | None = None,
) -> Row:
    """A criterion the authority judges on evidence (field, chain, market position, a listing).

    Decision 13, the one rule for every scheme: unanswered is manual (never "to confirm"), the firm's
    "yes" is met with evidence needed (never a plain pass), a "no" is not met.
    """
    status = {True: Status.MET, False: Status.NOT_MET, None: Status.MANUAL}[value]
    return _yes_no_row(criterion, row_id, status, calc, gap, requirement, evidence_needed=value is True)


def _yes_no_row(
    criterion: Criterion,
    row_id: str,
    status: Status,
    calc: Text,
    gap: Gap | None,
    requirement: Text | None = None,
    *,
    evidence_needed: bool = False,
) -> Row:
    """The row of a yes/no criterion; its gap only when the answer is no."""
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=status,
        source=criterion.source,
        requirement=requirement or Text(criterion.help_zh or "是", criterion.help_en or "yes"),
        calc=calc,
        gap=gap if status is Status.NOT_MET else None,
        evidence_needed=evidence_needed,
    )


def declared(criterion: Criterion, row_id: str, value: bool | None, field: str) -> Row:
    """The firm's own yes/no to a qualitative condition; a "no" is closed by meeting it."""
    gap = Gap(Text(f"需满足：{criterion.label_zh}", f"Needed: {criterion.label_en}"), field=field)
    return qualitative(criterion, row_id, value, said(value), gap=gap)


def said(value: bool | None) -> Text:
    if value is None:
        return Text("企业未回答：由认定部门依证明材料判断", "Not answered: the authority decides on evidence")
    zh, en = ("是", "yes") if value else ("否", "no")
    return Text(f"企业回答：{zh}", f"Firm's answer: {en}")


def either(*answers: bool | None) -> bool | None:
    """Three-valued "or": one yes is enough, all no fails, otherwise still open."""
    if True in answers:
        return True
    return None if None in answers else False


def on_evidence(row: Row) -> Row:
    """Decision 13 for a qualitative criterion the firm states in figures (a market share or rank):
    unanswered is manual, met is met with evidence needed, not met stays not met."""
    if row.status is Status.UNKNOWN:
        return replace(row, status=Status.MANUAL, gap=None)
    return replace(row, evidence_needed=row.status is Status.MET)


def manual(criterion: Criterion, row_id: str, calc: Text, requirement: Text | None = None) -> Row:
    """A criterion only a platform, an expert or evidence can settle."""
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=Status.MANUAL,
        source=criterion.source,
        requirement=requirement or help_of(criterion),
        calc=calc,
    )


def found(
    criterion: Criterion, row_id: str, status: Status, calc: Text, gap: Gap | None = None, group: str = ""
) -> Row:
    """A fact the register shows or not (a title, an award, a contest listing, an institution)."""
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=status,
        source=criterion.source,
        requirement=help_of(criterion) if criterion.help_zh else label_of(criterion),
        calc=calc,
        gap=gap if status is Status.NOT_MET else None,
        group=group,
    )


def counted(row: Row, possible: int, rule: Threshold, note: Text) -> Row:
    """A count short of its threshold that the items still to confirm could lift: open, not failed."""
    if row.status is Status.NOT_MET and meets(Decimal(possible), rule):
        return replace(row, status=Status.UNKNOWN, note=note)
    return row


# --- results -----------------------------------------------------------------------------------


def result(pack: PackHeader, status: Status, summary: Text, rows: list[Row], **extra: object) -> SchemeResult:
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


def verdict_summary(verdict: Verdict, rows: list[Row] | tuple[Row, ...]) -> Text:
    """A one-line reason: which criteria fail or stay open."""
    failing = [r.label for r in rows if r.status is Status.NOT_MET]
    open_ = [r.label for r in rows if r.status in (Status.UNKNOWN, Status.MANUAL)]
    if verdict is Verdict.QUALIFIES:
        return Text("全部条件满足", "All conditions met")
    not_met = Text(
        "未满足：" + "、".join(t.zh for t in failing), "Not met: " + "; ".join(t.en for t in failing)
    )
    if verdict is Verdict.DOES_NOT_QUALIFY or not open_:
        return not_met
    pending = Text(
        "待确认：" + "、".join(t.zh for t in open_), "To confirm: " + "; ".join(t.en for t in open_)
    )
    return pending + Text(f"；{not_met.zh}", f"; {not_met.en}") if failing else pending


@dataclass(frozen=True)
class Condition:
    """One numbered condition: all its rows must hold, or (alternatives) any one of them."""

    rows: list[Row]
    alternatives: bool = False
    shown: list[Row] | None = None  # the rows to display, in order, when more than the deciding ones

    @property
    def status(self) -> Status:
        return (any_of if self.alternatives else all_of)([r.status for r in self.rows])


def conditions_result(
    pack: CriteriaPack, conditions: list[Condition], suffix: Text | None = None, **extra: object
) -> SchemeResult:
    """Every condition must hold; the summary names the failed conditions' rows, else the open ones.

    `suffix` is added to the summary of a firm that qualifies (e.g. which route met a condition).
    """
    status = all_of([c.status for c in conditions])
    rows = [r for c in conditions for r in (c.shown or c.rows)]
    deciding = [c for c in conditions if c.status is not Status.MET]
    if status is Status.NOT_MET:
        deciding = [c for c in deciding if c.status is Status.NOT_MET]
    open_rows = [r for c in deciding for r in c.rows if r.status is not Status.MET]
    summary = verdict_summary(VERDICT_OF[status], open_rows)
    if suffix is not None and status is Status.MET:
        summary = summary + suffix
    return result(pack, status, summary, rows, **extra)


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
# The ladder's gate; a pack lists its own items in params.fields (科技型 and 高企 add tax and accounts).
LADDER_COMPLIANCE = ("registered_in_china", "clean_record", "products_permitted", "no_major_incidents")


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


def compliance_gate(ctx: Context, criterion: Criterion) -> Row:
    """The common gate the firm declares; an unanswered item stays to confirm."""
    fields = criterion.params.get("fields", LADDER_COMPLIANCE)
    assert isinstance(fields, list | tuple)
    answers = {name: getattr(ctx.firm.profile.compliance, name) for name in fields}
    failing = [COMPLIANCE_FIELDS[n] for n, v in answers.items() if v is False]
    open_ = [COMPLIANCE_FIELDS[n] for n, v in answers.items() if v is None]
    if failing:
        status = Status.NOT_MET
        calc = Text(
            "不满足：" + "、".join(t.zh for t in failing), "Not met: " + "; ".join(t.en for t in failing)
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
        requirement=help_of(criterion),
        calc=calc,
    )
