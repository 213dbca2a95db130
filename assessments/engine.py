"""Evaluate one firm against every scheme in force on the assessment date.

Some schemes read others' results (`READS`): every tier needs the SME size class, 专精特新 (2026)
needs 创新型/科技型 and the digital level, 小巨人 needs 专精特新, the Xiamen targets need the digital
level. `assess` evaluates them all, in ladder order; an `Evaluation` evaluates a scheme when it is
first asked for, after what it reads, so a cohort that needs the targets and the first title a firm
lacks computes only those (issue 10: a batch reads only what it needs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from types import MappingProxyType

from assessments.model import Firm, Purpose
from assessments.numbers import wide
from assessments.results import Row, SchemeResult, Status, Text, Verdict
from assessments.rules.catalogue import NoPackInForce, PastPack, last_pack_before, pack_for, versions_of
from assessments.rules.loader import all_packs
from assessments.rules.schema import AnyPack, Confidence, CriteriaPack, Source
from assessments.schemes import (
    digital_level,
    hnte,
    innovative_sme,
    little_giant,
    sme_size,
    srdi_sme,
    tech_sme,
    xiamen_2026_targets,
)
from assessments.schemes.common import Context
from assessments.validation import Issue, check_firm

Evaluator = Callable[[Context, AnyPack], SchemeResult]

# Ladder order: each scheme may read the results of those before it.
SCHEMES: tuple[tuple[str, Evaluator], ...] = (
    ("sme_size", sme_size.evaluate),
    ("digital_level", digital_level.evaluate),
    ("innovative_sme", innovative_sme.evaluate),
    ("tech_sme", tech_sme.evaluate),
    ("hnte", hnte.evaluate),
    ("srdi_sme", srdi_sme.evaluate),
    ("little_giant", little_giant.evaluate),
    ("xiamen_2026_targets", xiamen_2026_targets.evaluate),
)
EVALUATORS = dict(SCHEMES)
# What each scheme reads of the others' results (`Context.prior`). A test records every read over the
# samples and holds this table to them: a scheme read without being listed would be computed too late.
READS: dict[str, tuple[str, ...]] = {
    "sme_size": (),
    "digital_level": (),
    "innovative_sme": ("sme_size",),
    "tech_sme": (),
    "hnte": (),
    "srdi_sme": ("sme_size", "digital_level", "innovative_sme", "tech_sme"),
    "little_giant": ("sme_size", "srdi_sme"),
    "xiamen_2026_targets": ("digital_level",),
}


@dataclass(frozen=True)
class Assessment:
    firm: Firm
    on: dt.date
    purpose: Purpose
    results: MappingProxyType[str, SchemeResult]
    issues: tuple[Issue, ...] = ()
    packs: MappingProxyType[str, AnyPack] = field(default_factory=lambda: MappingProxyType({}))

    def __getitem__(self, scheme: str) -> SchemeResult:
        return self.results[scheme]

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity == "error")


def packs_in_force(
    on: dt.date, purpose: Purpose, overrides: dict[str, AnyPack] | None = None
) -> dict[str, AnyPack]:
    """The pack of each scheme in force; a scheme with none on that date is simply absent."""
    packs = all_packs()
    kept = _CHOSEN.get((on, purpose))
    if kept is not None and _same(kept[0], packs):
        chosen = kept[1]
    else:
        chosen = _choose(on, purpose, packs)
        if len(_CHOSEN) >= CHOSEN_KEPT:
            _CHOSEN.clear()
        _CHOSEN[(on, purpose)] = (packs, chosen)
    return {**chosen, **(overrides or {})}


def _choose(on: dt.date, purpose: Purpose, packs: tuple[AnyPack, ...]) -> dict[str, AnyPack]:
    chosen = {}
    for name in ("conventions", *(n for n, _ in SCHEMES)):
        try:
            chosen[name] = pack_for(name, purpose, on, packs)
        except NoPackInForce:
            continue
    return chosen


def _same(kept: tuple[AnyPack, ...], packs: tuple[AnyPack, ...]) -> bool:
    """The very pack objects the choice was made from (a reload or another data folder makes new ones)."""
    return len(kept) == len(packs) and all(a is b for a, b in zip(kept, packs, strict=True))


CHOSEN_KEPT = 64
# The choice per (date, purpose), held with the packs it was made from: a batch of firms assessed on one
# date looks it up once. Never handed out: each call gets a fresh dict.
_CHOSEN: dict[tuple[dt.date, Purpose], tuple[tuple[AnyPack, ...], dict[str, AnyPack]]] = {}


def not_in_force(scheme: str, on: dt.date, purpose: Purpose = Purpose.NEW) -> SchemeResult:
    """No pack on the date: say so, and name the last pack the scheme had and when it ended (decision 11)."""
    past = last_pack_before(scheme, purpose, on)
    known = [past.pack] if past is not None else versions_of(scheme)
    title = Text(known[-1].title_zh, known[-1].title_en) if known else Text(scheme, scheme)
    summary = Text(f"{on.isoformat()}无适用的认定规则", f"No rule of this scheme applies on {on.isoformat()}")
    return SchemeResult(
        scheme=scheme,
        title=title,
        pack_version="",
        document=past.pack.document if past is not None else "",
        verdict=Verdict.NOT_IN_FORCE,
        summary=summary + Text("；", "; ") + last_pack_text(past) if past is not None else summary,
        rows=(),
        facts={"last_pack": past.pack.version, "ended": past.ended} if past is not None else {},
    )


def last_pack_text(past: PastPack) -> Text:
    pack = past.pack
    return Text(
        f"最近一版规则为“{pack.title_zh}”（{pack.version}），已于{past.ended.isoformat()}结束",
        f"the last was “{pack.title_en}” ({pack.version}), which ended on {past.ended.isoformat()}",
    )


def not_computable(scheme: str, pack: AnyPack, error: ArithmeticError) -> SchemeResult:
    """The last line of defence: a figure no rule can compute with leaves the scheme to confirm.

    Every known case (a zero or negative base, a huge or tiny figure) is caught in the row it affects;
    this keeps the app standing if a new one slips through, and the property tests check it never does.
    """
    reason = Text(
        f"无法计算：数据超出可计算范围（{type(error).__name__}），请核对各年度数据",
        f"Cannot be computed: a figure is out of the computable range ({type(error).__name__}); "
        "check the fiscal-year figures",
    )
    row = Row(
        id="not_computable",
        label=Text("数据可计算", "Figures computable"),
        status=Status.UNKNOWN,
        source=Source(doc=pack.document, confidence=Confidence.DECISION),
        requirement=Text("各项数据在可计算范围内", "every figure within the computable range"),
        calc=reason,
    )
    return SchemeResult(
        scheme=scheme,
        title=Text(pack.title_zh, pack.title_en),
        pack_version=pack.version,
        document=pack.document,
        verdict=Verdict.CANNOT_TELL,
        summary=reason,
        rows=(row,),
        facts={"not_computable": True},
    )


def _evaluate(name: str, evaluate: Evaluator, ctx: Context, pack: AnyPack) -> SchemeResult:
    try:
        return evaluate(ctx, pack)
    except ArithmeticError as error:
        return not_computable(name, pack, error)


def assess(
    firm: Firm, on: dt.date, purpose: Purpose = Purpose.NEW, overrides: dict[str, AnyPack] | None = None
) -> Assessment:
    """Every scheme's verdict for the firm; `overrides` forces a pack (e.g. the other regime).

    Total: any firm the model accepts gets a result; what cannot be computed is to confirm, with why.
    """
    return Evaluation(firm, on, purpose, overrides).assessment()


class Evaluation:
    """One firm on one date: each scheme is evaluated when first asked for, after the schemes it reads."""

    def __init__(
        self,
        firm: Firm,
        on: dt.date,
        purpose: Purpose = Purpose.NEW,
        overrides: dict[str, AnyPack] | None = None,
    ) -> None:
        self.firm, self.on, self.purpose = firm, on, purpose
        self.packs = packs_in_force(on, purpose, overrides)
        conventions = self.packs["conventions"]
        assert isinstance(conventions, CriteriaPack)
        self._results: dict[str, SchemeResult] = {}
        # One context for every scheme: `prior` is the dict the results are added to as they are made.
        self.ctx = Context(firm=firm, on=on, purpose=purpose, conventions=conventions, prior=self._results)

    def result(self, name: str) -> SchemeResult:
        found = self._results.get(name)
        if found is None:
            for read in READS[name]:
                self.result(read)
            with wide():  # no input can overflow the exponent range (1e-999999 as a divisor)
                found = (
                    _evaluate(name, EVALUATORS[name], self.ctx, self.packs[name])
                    if name in self.packs
                    else not_in_force(name, self.on, self.purpose)
                )
            self._results[name] = found
        return found

    @property
    def results(self) -> MappingProxyType[str, SchemeResult]:
        """Every scheme's result, in ladder order."""
        return MappingProxyType({name: self.result(name) for name, _ in SCHEMES})

    def assessment(self) -> Assessment:
        return Assessment(
            self.firm,
            self.on,
            self.purpose,
            self.results,
            tuple(check_firm(self.firm)),
            MappingProxyType(self.packs),
        )
