"""What the engine returns: per scheme a verdict, its score and one traced row per criterion."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from assessments.rules.schema import Source


@dataclass(frozen=True)
class Text:
    """A text in both languages the app speaks; exporters and the UI pick one."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang.startswith("en") else self.zh

    def __add__(self, other: Text) -> Text:
        return Text(self.zh + other.zh, self.en + other.en)


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"  # an input is missing: 待确认
    MANUAL = "manual"  # needs a platform result, an expert or evidence: 需人工确认


class Verdict(StrEnum):
    QUALIFIES = "qualifies"
    DOES_NOT_QUALIFY = "does_not_qualify"
    LIKELY = "likely"  # everything computable met, manual items pending
    CANNOT_TELL = "cannot_tell"  # an input is missing
    NOT_IN_FORCE = "not_in_force"  # no rule of this scheme applies on the assessment date


def all_of(statuses: list[Status] | tuple[Status, ...]) -> Status:
    """Every condition must hold: one miss fails, else one unknown leaves it open."""
    for worst in (Status.NOT_MET, Status.UNKNOWN, Status.MANUAL):
        if worst in statuses:
            return worst
    return Status.MET


def any_of(statuses: list[Status] | tuple[Status, ...]) -> Status:
    """One route is enough: one hit passes, else a manual or unknown route keeps it open."""
    for best in (Status.MET, Status.MANUAL, Status.UNKNOWN):
        if best in statuses:
            return best
    return Status.NOT_MET


VERDICT_OF = {
    Status.MET: Verdict.QUALIFIES,
    Status.NOT_MET: Verdict.DOES_NOT_QUALIFY,
    Status.MANUAL: Verdict.LIKELY,
    Status.UNKNOWN: Verdict.CANNOT_TELL,
}


@dataclass(frozen=True)
class Gap:
    """The smallest change of the inputs that meets a criterion, in the user's units."""

    text: Text
    amount: Decimal | None = None
    unit: str = ""  # wan, count, staff, points, pct, years, level
    field: str = ""  # the input that closes it, e.g. "years.2025.rd_expense"


@dataclass(frozen=True)
class Row:
    """One criterion or scored indicator, with everything needed to check it by hand."""

    id: str
    label: Text
    status: Status
    source: Source
    requirement: Text  # threshold or band, e.g. "≥ 3%" or "≥5% → 20 · 3–5% → 15 …"
    calc: Text  # the calculation with the figures used, e.g. "90 ÷ 3,200 = 2.81%"
    value: Decimal | None = None
    unit: str = ""
    points: Decimal | None = None
    points_max: Decimal | None = None  # upper bound where experts judge within a range
    max_points: Decimal | None = None
    on_edge: bool = False
    gap: Gap | None = None
    note: Text | None = None
    group: str = ""  # category id for scored schemes (e.g. innovation)
    # The firm's own "yes" to a qualitative criterion (decision 13): met for the verdict, but the
    # authority decides on the evidence the application brings; shown as "met (evidence needed)".
    evidence_needed: bool = False

    @property
    def verified(self) -> bool:
        return self.source.confidence.verified


@dataclass(frozen=True)
class SchemeResult:
    scheme: str
    title: Text
    pack_version: str
    document: str
    verdict: Verdict
    summary: Text
    rows: tuple[Row, ...]
    score: Decimal | None = None
    score_max: Decimal | None = None  # upper bound when experts judge part of the score
    pass_score: Decimal | None = None
    notes: tuple[Text, ...] = ()
    facts: dict[str, object] = field(default_factory=dict)  # scheme-specific outputs (size class, level…)

    def row(self, row_id: str) -> Row:
        return next(r for r in self.rows if r.id == row_id)

    @property
    def unverified(self) -> tuple[Row, ...]:
        """The criteria resting on a single source, not yet checked against the official text."""
        return tuple(r for r in self.rows if not r.verified)

    @property
    def gaps(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.gap is not None)

    @property
    def evidence_needed(self) -> tuple[Row, ...]:
        """The criteria met on the firm's own word: the application must prove them."""
        return tuple(r for r in self.rows if r.evidence_needed and r.status is Status.MET)
