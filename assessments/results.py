"""What the engine returns: per scheme a verdict, its score and one traced row per criterion."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import MAX_EMAX, MIN_EMIN, Decimal, localcontext
from enum import StrEnum
from typing import Any

from assessments.rules.schema import Source


@dataclass(frozen=True)
class Text:
    """A text in both languages the app speaks; exporters and the UI pick one."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang.startswith("en") else self.zh

    def __add__(self, other: Text) -> Text:
        if isinstance(self, Lazy) or isinstance(other, Lazy):
            return Lazy(lambda: Text(self.zh + other.zh, self.en + other.en))
        return Text(self.zh + other.zh, self.en + other.en)

    # Explicit, so that a Text and a Lazy with the same words are equal and hash alike.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return self.zh == other.zh and self.en == other.en

    def __hash__(self) -> int:
        return hash((self.zh, self.en))


class Lazy(Text):
    """A Text written when first read (issue 10): the engine decides eagerly and explains on demand.

    `write` runs once, on the first read of `zh` or `en`; a batch that reads only verdicts and values
    never formats a figure. It must build from values bound when the Lazy was made (a `partial` or a
    closure over names never reassigned), so the words are those of the moment of evaluation.
    """

    def __init__(self, write: Callable[[], Text]) -> None:
        object.__setattr__(self, "_write", write)
        object.__setattr__(self, "_text", None)

    def _done(self) -> Text:
        write = self.__dict__["_write"]  # read before _text: a concurrent reader may be finishing
        text: Text | None = self.__dict__["_text"]
        if text is None:
            with localcontext(Emax=MAX_EMAX, Emin=MIN_EMIN):  # as wide as the evaluation it explains
                text = write()
                while isinstance(text, Lazy):
                    text = text._done()
            object.__setattr__(self, "_text", text)
        return text

    @property  # type: ignore[override]
    def zh(self) -> str:
        return self._done().zh

    @property  # type: ignore[override]
    def en(self) -> str:
        return self._done().en

    def __repr__(self) -> str:
        return repr(self._done())

    def __reduce__(self) -> tuple[Any, ...]:  # pickles and copies as the plain Text it reads as
        text = self._done()
        return (Text, (text.zh, text.en))


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

    @property
    def partial_score(self) -> bool:
        """A scored indicator below its maximum (5 / 6 分): points earned, not a failed condition."""
        return self.status is Status.NOT_MET and self.points is not None and self.max_points is not None


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


def replace(obj: Any, /, **changes: Any) -> Any:
    """`dataclasses.replace`, fast for the engine's rows and gaps (issue 10).

    An evaluation copies about seventy rows with one field changed; the general `replace` re-reads
    the fields and re-runs `__init__` each time, a tenth of the evaluation. Rows and gaps have no
    `__post_init__` and no cached values, so a copy of their fields is the same object `replace`
    would build. Anything else (a `Context` with cached properties) goes the general way.
    """
    if type(obj) not in _COPIED_AS_IS:
        return dataclasses.replace(obj, **changes)
    if not changes.keys() <= obj.__dataclass_fields__.keys():
        raise TypeError(
            f"{type(obj).__name__} has no field {sorted(changes.keys() - obj.__dataclass_fields__.keys())}"
        )
    copy = object.__new__(type(obj))
    copy.__dict__.update(obj.__dict__, **changes)
    return copy


_COPIED_AS_IS = frozenset({Row, Gap})
