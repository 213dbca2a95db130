"""专精特新"小巨人" under two regimes; the pack in force picks one (domain decision 1).

2022 (工信部企业〔2022〕63号 附件3, `little_giant_2022`): the six blocks 专精特新链品, with a revenue-band
R&D test and innovation direct conditions; also the standard of every re-review. 2026 (工信部企业〔2026〕2号
附件2, `little_giant_2026`): a flat list of hard conditions plus the platform's development score.
Both require a valid 专精特新中小企业 title first.
"""

from __future__ import annotations

from collections.abc import Callable

from assessments.results import SchemeResult
from assessments.rules.schema import CriteriaPack
from assessments.schemes import little_giant_2022, little_giant_2026
from assessments.schemes.common import Context

REGIMES: dict[str, Callable[[Context, CriteriaPack], SchemeResult]] = {
    "2022": little_giant_2022.evaluate,
    "2026": little_giant_2026.evaluate,
}


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    """The pack's major version names its regime: 2026.1 → the 2026 measures."""
    return REGIMES[pack.version.split(".")[0]](ctx, pack)
