"""Which packs an assessment relies on end soon (decision 11): the app warns a month ahead.

The warning is about today, not the assessment date: a pack whose window for the assessment's purpose
(the support measures: every purpose) holds the assessment date and ends within `WARN_DAYS` of today.
A pack that has already ended is not "ending soon": the results say that it has no pack in force.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assessments.model import Purpose
from assessments.results import Text
from assessments.rules.catalogue import NoPackInForce, pack_for
from assessments.rules.schema import AnyPack

WARN_DAYS = 30  # a month's notice: enough to claim a measure or install a newer pack
MEASURES = "xiamen_measures"  # applies whatever the purpose (assessments.support.matching)
NOT_RELIED_ON = ("conventions",)  # calculation conventions, not a rule the user reads


@dataclass(frozen=True)
class Ending:
    scheme: str
    pack: AnyPack
    ends: dt.date
    days_left: int

    @property
    def text(self) -> Text:
        """ "厦门市…若干措施将于2026-12-31到期（还有29天）" """
        end = self.ends.isoformat()
        return Text(
            f"{self.pack.title_zh}将于{end}到期（还有{self.days_left}天）",
            f"{self.pack.title_en} ends on {end} ({self.days_left} days left)",
        )


def relied_on(packs: Mapping[str, AnyPack], purpose: Purpose, on: dt.date) -> list[tuple[AnyPack, Purpose]]:
    """The packs the results use (scheme → pack), with the support measures in force on the date."""
    chosen = [(pack, purpose) for scheme, pack in packs.items() if scheme not in NOT_RELIED_ON]
    with contextlib.suppress(NoPackInForce):
        chosen.append((pack_for(MEASURES, Purpose.NEW, on), Purpose.NEW))
    return chosen


def window_end(pack: AnyPack, purpose: Purpose, on: dt.date) -> dt.date | None:
    """The end of the pack's window for `purpose` that holds `on` (None: open-ended or none holds it)."""
    for w in pack.in_force:
        if (
            w.purpose == purpose.value
            and w.effective_from <= on
            and (w.effective_to is None or on <= w.effective_to)
        ):
            return w.effective_to
    return None


def ending_soon(
    packs: Iterable[tuple[AnyPack, Purpose]], on: dt.date, today: dt.date, within: int = WARN_DAYS
) -> list[Ending]:
    """Every pack whose applicable window ends between today and `within` days from today, soonest first."""
    found = []
    for pack, purpose in packs:
        end = window_end(pack, purpose, on)
        if end is not None and 0 <= (end - today).days <= within:
            found.append(Ending(pack.scheme, pack, end, (end - today).days))
    return sorted(found, key=lambda e: (e.ends, e.scheme))


def assessment_endings(
    packs: Mapping[str, AnyPack], purpose: Purpose, on: dt.date, today: dt.date
) -> list[Ending]:
    """What the banner says for an open assessment (its `packs`, purpose and date) on `today`."""
    return ending_soon(relied_on(packs, purpose, on), on, today)
