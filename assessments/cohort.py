"""A cohort of firms against Xiamen's 2026 targets: the reading of park and city staff (decision 6).

The city states its targets over all its SRDI firms: the mean R&D share above 10%, the mean Class I
count above 8, and at least 90% of firms at digital level 2 or higher. A mean alone hides how it was
made (one firm at 200% lifts five firms below 10% over the line), so each target is read completely:
the city's figure, the median beside it, how many firms meet the target on their own and their share,
the distribution, and how many firms were left out of the figure and why:

- sample: the app's built-in sample firm (assessments/sample.py) never counts;
- not in force: the targets are not in force on the firm's assessment date (they end on 2027-12-31);
- no data: the firm's figure is still to confirm (decision 14: a blank IP register is no zero).

A share over firms with data alone overstates (3 of 3 known firms out of 6 is not 100%): the digital
share is also bounded by counting the firms without data as failing and as meeting; the target is met
only when both bounds meet it.

Each firm counts with its latest assessment (or its latest within one year), re-assessed with the rules
in force on that date; `member_of` reduces the engine's result to the little the cohort needs, so that a
batch can compute it in other processes and a cache can keep it.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from assessments.engine import Evaluation
from assessments.lists import ip_open
from assessments.model import Purpose
from assessments.numbers import HUNDRED, fmt_pct, fmt_unit, holds, meets, requirement_text
from assessments.results import Row, SchemeResult, Status, Text, Verdict
from assessments.rules.catalogue import candidates
from assessments.rules.loader import all_packs
from assessments.rules.schema import CriteriaPack, Source, Threshold
from assessments.sample import is_sample
from assessments.storage.srdi_file import AssessmentFile
from assessments.validation import check_firm

SCHEME = "xiamen_2026_targets"
TARGET_ROWS = ("rd_share", "class1_ip", "digital_level")
LADDER = ("innovative_sme", "srdi_sme", "little_giant")  # the titles a firm climbs, in order
CITY_FIGURE = {"rd_share": "mean_rd_share", "class1_ip": "mean_class1", "digital_level": "share_digital"}
Report = Callable[[int, str], None]


class LeftOut(StrEnum):
    SAMPLE = "sample"
    NOT_IN_FORCE = "not_in_force"
    NO_DATA = "no_data"


LEFT_OUT_TEXT = {
    LeftOut.SAMPLE: Text("内置示例企业", "the built-in sample firm"),
    LeftOut.NOT_IN_FORCE: Text("评估日不在目标适用期内", "targets not in force on the assessment date"),
    LeftOut.NO_DATA: Text("缺少数据（待确认）", "no data (to confirm)"),
}


def plain(text: Text | None) -> Text | None:
    """A lazy text made plain, so a member pickles small and reads without the engine."""
    return None if text is None else Text(text.zh, text.en)


# --- one firm ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One firm's figure of one target: value, status, how it was computed and the gap to close."""

    value: Decimal | None
    status: Status
    unit: str
    calc: Text
    requirement: Text
    gap: Text | None = None
    gap_amount: Decimal | None = None
    note: Text | None = None

    @classmethod
    def of(cls, row: Row) -> Figure:
        gap = row.gap
        return cls(
            row.value,
            row.status,
            row.unit,
            plain(row.calc),  # type: ignore[arg-type]
            plain(row.requirement),  # type: ignore[arg-type]
            plain(gap.text) if gap else None,
            gap.amount if gap else None,
            plain(row.note),
        )


@dataclass(frozen=True)
class NextTitle:
    """The first title of the ladder the firm does not yet reach, and what stands in its way."""

    scheme: str
    title: Text
    not_met: int
    unknown: int
    gaps: tuple[Text, ...]

    @property
    def distance(self) -> tuple[int, int]:
        """Smaller is closer: criteria failed first, then criteria still to confirm."""
        return (self.not_met, self.unknown)


@dataclass(frozen=True)
class Member:
    """One firm as the cohort reads it; `key` is its workspace id or its row in a batch sheet."""

    key: int
    name: str
    credit_code: str
    district: str
    on: dt.date
    purpose: Purpose
    verdict: Verdict
    summary: Text
    figures: dict[str, Figure] = field(default_factory=dict)
    next_title: NextTitle | None = None
    sample: bool = False
    ip_open: bool = False  # the IP register is neither filled in nor confirmed empty
    tags: tuple[str, ...] = ()
    assessment_id: int | None = None
    data_errors: int = 0  # the firm's data has errors (validation.py): its results are unreliable

    @property
    def in_force(self) -> bool:
        return self.verdict is not Verdict.NOT_IN_FORCE

    @property
    def counted(self) -> bool:
        return self.in_force and not self.sample

    def figure(self, target: str) -> Figure | None:
        """The firm's figure of one target (`TARGET_ROWS`); None when the targets are not in force."""
        return self.figures.get(target)

    def left_out_of(self, target: str) -> LeftOut | None:
        """Why this firm is not in the target's figure, or None when it counts."""
        if self.sample:
            return LeftOut.SAMPLE
        figure = self.figure(target)
        if figure is None:
            return LeftOut.NOT_IN_FORCE
        return LeftOut.NO_DATA if figure.value is None else None


def member_of(
    key: int, doc: AssessmentFile, assessment_id: int | None = None, tags: Sequence[str] = ()
) -> Member:
    """Assess the firm on its date and keep what the cohort reads: the targets, and the ladder only up
    to the first title the firm lacks (the schemes after it, and 高企, are not computed)."""
    evaluation = Evaluation(doc.firm, doc.on, doc.purpose)
    targets = evaluation.result(SCHEME)
    profile = doc.firm.profile
    return Member(
        key=key,
        name=profile.name,
        credit_code=profile.credit_code or "",
        district=profile.district or "",
        on=doc.on,
        purpose=doc.purpose,
        verdict=targets.verdict,
        summary=plain(targets.summary),  # type: ignore[arg-type]
        figures={r.id: Figure.of(r) for r in targets.rows if r.id in TARGET_ROWS},
        next_title=next_title(evaluation.result),
        sample=is_sample(doc.firm),
        ip_open=ip_open(doc.firm),
        tags=tuple(tags),
        assessment_id=assessment_id,
        data_errors=sum(1 for issue in check_firm(doc.firm) if issue.severity == "error"),
    )


def next_title(result: Callable[[str], SchemeResult | None]) -> NextTitle | None:
    """The first title of the ladder the firm does not reach (a title not in force is skipped);
    `result(scheme)` is asked for the ladder's schemes in order, and only until that title."""
    for scheme in LADDER:
        found = result(scheme)
        if found is None or found.verdict in (Verdict.QUALIFIES, Verdict.NOT_IN_FORCE):
            continue
        failed = [r for r in found.rows if r.status is Status.NOT_MET]
        unknown = sum(1 for r in found.rows if r.status is Status.UNKNOWN)
        gaps = tuple(plain(r.gap.text) if r.gap else plain(r.label) for r in failed)
        return NextTitle(scheme, plain(found.title), len(failed), unknown, gaps)  # type: ignore[arg-type]
    return None


# --- which firms -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """A filter of the cohort: district or park, tag, assessment year ("" / None: all)."""

    district: str = ""
    tag: str = ""
    year: int | None = None

    def keeps(self, member: Member) -> bool:
        return (
            (not self.district or member.district == self.district)
            and (not self.tag or self.tag in member.tags)
            and (self.year is None or member.on.year == self.year)
        )


# --- the reading of one target ---------------------------------------------------------------------


@dataclass(frozen=True)
class Bin:
    label: str
    low: Decimal | None  # exclusive; None: open
    high: Decimal | None  # inclusive; None: open
    count: int
    meets: bool  # every value of this bin meets the firm's target


@dataclass(frozen=True)
class Reading:
    """One target across the cohort: the city's figure and everything needed to read it honestly."""

    target: str
    label: Text
    unit: str
    city_label: Text
    city_value: Decimal | None
    city_status: Status
    city_rule: Threshold
    firm_rule: Threshold
    median: Decimal | None
    met: int
    values: tuple[Decimal, ...]
    left_out: dict[LeftOut, int]
    bins: tuple[Bin, ...]
    source: Source
    bounds: tuple[Decimal, Decimal] | None = None  # the digital share with no-data firms failing / meeting

    @property
    def counted(self) -> int:
        return len(self.values)

    @property
    def met_share(self) -> Decimal | None:
        return Decimal(self.met) * HUNDRED / self.counted if self.counted else None

    @property
    def left_out_total(self) -> int:
        return sum(self.left_out.values())

    @property
    def city_requirement(self) -> Text:
        return Text(*requirement_text(self.city_rule))

    @property
    def firm_requirement(self) -> Text:
        return Text(*requirement_text(self.firm_rule))

    @property
    def city_unit(self) -> str:
        return "pct" if self.target == "digital_level" else self.unit

    def text(self) -> Text:
        """The whole reading in words: figure, median, firms meeting it alone, bounds, who was left out."""
        return reading_text(self)

    def as_row(self) -> Row:
        """The city's figure as a result row (for the cards), its calculation the whole reading."""
        return Row(
            CITY_FIGURE[self.target],
            self.city_label,
            self.city_status,
            self.source,
            self.city_requirement,
            self.text(),
            value=self.city_value,
            unit=self.city_unit,
        )


LABELS = {
    "rd_share": (Text("研发占比", "R&D share"), "pct"),
    "class1_ip": (Text("Ⅰ类知识产权", "Class I IP"), "count"),
    "digital_level": (Text("数字化水平", "Digital level"), "level"),
}


def reading(target: str, members: Sequence[Member], pack: CriteriaPack) -> Reading:
    firm_rule = pack.criterion(target).threshold("min")
    city_rule = pack.criterion("cohort").threshold(CITY_FIGURE[target])
    reasons = [m.left_out_of(target) for m in members]
    known = tuple(_value(m, target) for m, why in zip(members, reasons, strict=True) if why is None)
    left_out = {why: reasons.count(why) for why in LeftOut}
    met = sum(1 for v in known if meets(v, firm_rule))
    label, unit = LABELS[target]
    city_value, status, bounds = _city_figure(target, known, met, left_out[LeftOut.NO_DATA], city_rule)
    return Reading(
        target,
        label,
        unit,
        _city_label(target, firm_rule),
        city_value,
        status,
        city_rule,
        firm_rule,
        statistics.median(known) if known else None,
        met,
        known,
        left_out,
        bins_of(target, known, firm_rule),
        pack.criterion("cohort").source,
        bounds,
    )


def reading_text(found: Reading) -> Text:
    zh, en = [], []
    if found.city_value is not None:
        figure = fmt_unit(found.city_value, found.city_unit)
        zh.append(f"{found.counted}家企业：{found.city_label.zh} {figure[0]}")
        en.append(f"{found.counted} firms: {found.city_label.en} {figure[1]}")
        median = fmt_unit(found.median, found.unit)
        zh.append(f"中位数 {median[0]}")
        en.append(f"median {median[1]}")
        share = fmt_pct(found.met_share)
        rule = found.firm_requirement
        zh.append(f"{found.met}家单独达到{rule.zh}（{share}）")
        en.append(f"{found.met} of {found.counted} meet {rule.en} on their own ({share})")
    else:
        zh.append("没有可计入的企业数据")
        en.append("no firm's figure to count")
    if found.bounds is not None:
        low, high = (fmt_pct(b) for b in found.bounds)
        zh.append(f"缺数据企业计为未达/达到时为 {low}–{high}")
        en.append(f"{low}–{high} with the no-data firms failing / meeting")
    left = [(LEFT_OUT_TEXT[why], n) for why, n in found.left_out.items() if n]
    if left:
        zh.append("未计入：" + "、".join(f"{t.zh}{n}家" for t, n in left))
        en.append("left out: " + ", ".join(f"{n} ({t.en})" for t, n in left))
    return Text("；".join(zh), "; ".join(en))


def _value(member: Member, target: str) -> Decimal:
    value = member.figures[target].value
    assert value is not None  # left_out_of said it counts
    return value


def _city_label(target: str, firm_rule: Threshold) -> Text:
    if target == "digital_level":
        level = f"{firm_rule.value:f}"
        return Text(f"数字化{level}级及以上占比", f"share at digital level {level}+")
    if target == "rd_share":
        return Text("户均研发占比", "mean R&D share")
    return Text("户均Ⅰ类知识产权", "mean Class I items")


def _city_figure(
    target: str, known: tuple[Decimal, ...], met: int, no_data: int, rule: Threshold
) -> tuple[Decimal | None, Status, tuple[Decimal, Decimal] | None]:
    if not known:
        return None, Status.UNKNOWN, None
    if target != "digital_level":
        mean = sum(known, Decimal(0)) / len(known)
        return mean, Status.MET if meets(mean, rule) else Status.NOT_MET, None
    share = Decimal(met) * HUNDRED / len(known)
    whole = len(known) + no_data
    low, high = Decimal(met) * HUNDRED / whole, Decimal(met + no_data) * HUNDRED / whole
    status = Status.MET if meets(low, rule) else Status.NOT_MET if not meets(high, rule) else Status.UNKNOWN
    return share, status, (low, high)


# Bin edges per target (upper edge inclusive): each bin lies wholly on one side of the firm's target,
# so a bar is either all "meets" or all "misses" and the outliers stand apart at the ends.
EDGES: dict[str, tuple[Decimal, ...]] = {
    "rd_share": tuple(Decimal(e) for e in (3, 5, 8, 10, 15, 20, 50)),
    "class1_ip": tuple(Decimal(e) for e in (0, 2, 4, 6, 8, 12, 20)),
    "digital_level": tuple(Decimal(e) for e in (0, 1, 2, 3)),
}


def bins_of(target: str, values: Iterable[Decimal], rule: Threshold) -> tuple[Bin, ...]:
    edges = EDGES[target]
    bounds = list(zip((None, *edges), (*edges, None), strict=True))
    counts = [0] * len(bounds)
    for value in values:
        counts[next(i for i, (_, high) in enumerate(bounds) if high is None or value <= high)] += 1
    return tuple(
        Bin(_bin_label(target, low, high), low, high, n, _bin_meets(low, rule, target != "rd_share"))
        for (low, high), n in zip(bounds, counts, strict=True)
    )


def _bin_label(target: str, low: Decimal | None, high: Decimal | None) -> str:
    if target == "rd_share":
        return f"≤{high}" if low is None else f">{low}" if high is None else f"{low}–{high}"
    # Counts and levels are whole numbers: "3–4" reads better than (2, 4].
    if low is None:
        return f"≤{high}" if high else "0"
    if high is None:
        return f"≥{low + 1}"
    return f"{high}" if low + 1 == high else f"{low + 1}–{high}"


def _bin_meets(low: Decimal | None, rule: Threshold, whole: bool) -> bool:
    """Every value of the bin (low, high] meets `rule`, a lower bound (> or ≥): its smallest does."""
    if low is None:
        return False
    return holds(low + 1, rule.op, rule.value) if whole else low >= rule.value


# --- the cohort ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Closest:
    """Firms whose next title is `scheme`, closest first."""

    scheme: str
    title: Text
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Cohort:
    members: tuple[Member, ...]  # every firm selected, samples and out-of-force ones included
    readings: tuple[Reading, ...]
    pack_version: str

    @property
    def counted(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.counted)

    def reading(self, target: str) -> Reading:
        return next(r for r in self.readings if r.target == target)

    def left_out(self, why: LeftOut) -> tuple[Member, ...]:
        """Firms left out of every figure for a reason of the firm (sample, not in force)."""
        return tuple(m for m in self.members if m.left_out_of("rd_share") is why)

    def closest(self, limit: int = 10) -> tuple[Closest, ...]:
        """Per title of the ladder, the counted firms for which it is the next, smallest gap first."""
        found = []
        for scheme in LADDER:
            ranked = sorted(
                (m for m in self.counted if m.next_title is not None and m.next_title.scheme == scheme),
                key=lambda m: (m.next_title.distance, m.name),  # type: ignore[union-attr]
            )
            if ranked:
                found.append(Closest(scheme, ranked[0].next_title.title, tuple(ranked[:limit])))  # type: ignore[union-attr]
        return tuple(found)

    def closest_to_target(self, target: str, limit: int = 10) -> tuple[Member, ...]:
        """Counted firms that miss one target, the smallest gap (in its own unit) first."""
        missing = [
            m
            for m in self.counted
            if (f := m.figure(target)) is not None and f.status is Status.NOT_MET and f.value is not None
        ]
        edge = self.reading(target).firm_rule.value
        # The distance in the target's own unit (points of share, items, levels): comparable across firms,
        # unlike the R&D gap in 万元, which grows with the firm's revenue.
        return tuple(sorted(missing, key=lambda m: (edge - _value(m, target), m.name))[:limit])

    @property
    def districts(self) -> tuple[str, ...]:
        return tuple(sorted({m.district for m in self.members if m.district}))

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({t for m in self.members for t in m.tags}))


def cohort(members: Sequence[Member], selection: Selection = Selection()) -> Cohort:
    """The readings of the three targets over the selected members (pack look-ups once, not per firm)."""
    chosen = tuple(m for m in members if selection.keeps(m))
    pack = targets_pack(chosen)
    readings = tuple(reading(t, chosen, pack) for t in TARGET_ROWS)
    return Cohort(chosen, readings, pack.version)


def targets_pack(members: Sequence[Member]) -> CriteriaPack:
    """The pack in force on the latest date counted; without one, the newest targets pack."""
    counted = [m for m in members if m.counted]
    if counted:
        latest = max(counted, key=lambda m: m.on)
        found = candidates(SCHEME, latest.purpose, latest.on)
        if found and isinstance(found[0], CriteriaPack):
            return found[0]
    packs = [p for p in all_packs() if p.scheme == SCHEME and isinstance(p, CriteriaPack)]
    return max(packs, key=lambda p: p.version)


# --- from a workspace ------------------------------------------------------------------------------


def members_of(
    workspace: object, year: int | None = None, report: Report | None = None, cache: Any = None
) -> list[Member]:
    """Every firm of the workspace with its latest assessment (within `year` if given).

    `report(percent, name)` is called per firm and may raise to cancel. A firm with no assessment in
    the year is not part of the cohort; an assessment that cannot be read is skipped. With a
    `cohort_cache.MemberCache`, an assessment unchanged since it was last read is not assessed again.
    """
    from assessments.storage.workspace import UnreadableAssessment, Workspace

    assert isinstance(workspace, Workspace)
    firms = workspace.firms()
    tags = workspace.tags()
    found: list[Member] = []
    seen: set[tuple[int, str]] = set()
    for done, entry in enumerate(firms):
        if report is not None:
            report(done * 100 // max(len(firms), 1), entry.name)
        entries = workspace.assessments(entry.id)
        seen.update((a.id, a.updated_at) for a in entries)
        latest = next((a for a in entries if year is None or a.on.year == year), None)
        if latest is None:
            continue
        try:
            member = _member(workspace, entry.id, latest, cache)
        except (UnreadableAssessment, KeyError):
            continue
        found.append(replace(member, tags=tags.get(entry.id, ())))
    if cache is not None:
        cache.keep_only(seen)
        cache.save()
    return found


def assessment_years(workspace: Any) -> list[int]:
    """Every year in which some firm of the workspace was assessed, newest first (the year filter)."""
    return sorted({a.on.year for f in workspace.firms() for a in workspace.assessments(f.id)}, reverse=True)


def _member(workspace: Any, firm_id: int, latest: Any, cache: Any) -> Member:
    key = (latest.id, latest.updated_at)
    kept = cache.get(key) if cache is not None else None
    if kept is not None and kept.key == firm_id:
        return kept
    member = member_of(firm_id, workspace.load(latest.id), latest.id)
    if cache is not None:
        cache.put(key, member)
    return member


def cohort_of(
    workspace: object, selection: Selection = Selection(), report: Report | None = None, cache: Any = None
) -> Cohort:
    return cohort(members_of(workspace, selection.year, report, cache), selection)
