"""专精特新中小企业 under two regimes; the pack in force picks one (domain decision 1).

2022 (工信部企业〔2022〕63号 附件2, `srdi_sme_2022`): four conditions, the fourth a 100-point score or a
direct condition. 2026 (工信部企业〔2026〕2号 附件1, `srdi_sme_2026`): hard conditions only, with the
platform's development score in place of the self-score.
"""

from __future__ import annotations

from collections.abc import Callable

from assessments.results import SchemeResult
from assessments.rules.schema import CriteriaPack
from assessments.schemes import srdi_sme_2022, srdi_sme_2026
from assessments.schemes.common import Context

REGIMES: dict[str, Callable[[Context, CriteriaPack], SchemeResult]] = {
    "2022": srdi_sme_2022.evaluate,
    "2026": srdi_sme_2026.evaluate,
}


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    """The pack's major version names its regime: 2022.1 → the 2022 measures."""
    return REGIMES[pack.version.split(".")[0]](ctx, pack)
