"""Decision 13, one rule for every scheme: a criterion the authority judges on evidence (field, chain,
market position, 特色化, a yes/no declaration) is manual while unanswered, met with evidence needed on the
firm's "yes", and not met on its "no" — never "to confirm" just because the question is unanswered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from assessments.engine import assess
from assessments.model import Firm, Purpose
from assessments.results import Row, SchemeResult, Status, Verdict
from assessments.schemes.common import Condition, conditions_result

from .builders import with_fields
from .examples_gradient import firm_e
from .examples_hnte import ON as HNTE_ON
from .examples_hnte import PURPOSE as HNTE_PURPOSE
from .examples_hnte import h1
from .examples_little_giant import F_ON, firm_f

D = Decimal
SWITCH = dt.date(2026, 4, 1)


def honours(firm: Firm, **values: object) -> Firm:
    return firm.model_copy(update={"honours": firm.honours.model_copy(update=values)})


def little(firm: Firm) -> SchemeResult:
    return assess(firm, F_ON)["little_giant"]


def review(firm: Firm) -> SchemeResult:
    return assess(firm, F_ON, Purpose.REVIEW)["little_giant"]


# Each case: how to set the answer on a firm, and where to read the row.
CASES: dict[str, tuple[Callable[[bool | None], Firm], Callable[[Firm], Row]]] = {
    "2026 小巨人 field or chain": (
        lambda v: with_fields(firm_f(), six_foundations=v, key_chain_position=v),
        lambda f: little(f).row("field_chain"),
    ),
    "2022 小巨人 chain": (
        lambda v: with_fields(firm_f(), key_chain_position=v),
        lambda f: review(f).row("chain"),
    ),
    "2022 小巨人 own brand": (lambda v: honours(firm_f(), own_brand=v), lambda f: review(f).row("own_brand")),
    "2022 小巨人 information system": (
        lambda v: honours(firm_f(), info_system_core=v),
        lambda f: review(f).row("info_system"),
    ),
    "2022 小巨人 certification": (
        lambda v: honours(firm_f(), management_certified=v, intl_product_cert=v),
        lambda f: review(f).row("certification"),
    ),
    "2026 专精特新 market position": (
        lambda v: honours(firm_e(), market_leading=v),
        lambda f: assess(f, SWITCH)["srdi_sme"].row("market_position"),
    ),
    "高企 technology field": (
        lambda v: with_fields(h1(), hnte_field=v),
        lambda f: assess(f, HNTE_ON, HNTE_PURPOSE)["hnte"].row("field"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize(
    ("answer", "status", "evidence"),
    [(None, Status.MANUAL, False), (True, Status.MET, True), (False, Status.NOT_MET, False)],
)
def test_unanswered_is_manual_yes_is_met_with_evidence_needed_no_is_not_met(case, answer, status, evidence):
    build, read = CASES[case]
    row = read(build(answer))
    assert (row.status, row.evidence_needed) == (status, evidence)


@pytest.mark.parametrize(
    ("share", "rank", "status", "evidence"),
    [
        (None, None, Status.MANUAL, False),
        ("12", None, Status.MET, True),
        ("5", 9, Status.NOT_MET, False),
    ],
)
def test_2026_market_share_or_rank_follows_the_same_rule(share, rank, status, evidence):
    firm = honours(firm_f(), market_share_pct=None if share is None else D(share), market_rank=rank)
    row = little(firm).row("market")
    assert (row.status, row.evidence_needed) == (status, evidence)


@pytest.mark.parametrize(
    ("local", "status", "evidence"), [(None, Status.MANUAL, False), (D(15), Status.MET, True)]
)
def test_local_feature_points_follow_the_same_rule(local, status, evidence):
    row = assess(honours(firm_e(), local_feature_points=local), dt.date(2026, 3, 15))["srdi_sme"].row(
        "local_features"
    )
    assert (row.status, row.evidence_needed) == (status, evidence)


def test_a_scheme_with_only_manual_rows_left_is_likely_and_an_evidenced_yes_counts_as_met():
    f = firm_f()
    result = little(with_fields(f, six_foundations=None, key_chain_position=None))
    assert result.row("field_chain").status is Status.MANUAL
    assert little(f).row("field_chain").evidence_needed
    assert {r.status for r in result.rows} <= {Status.MET, Status.MANUAL}
    assert result.verdict is Verdict.LIKELY


def test_met_rows_needing_evidence_count_as_met_in_the_verdict():
    row = CASES["2022 小巨人 own brand"][1](honours(firm_f(), own_brand=True))
    pending = CASES["2022 小巨人 own brand"][1](honours(firm_f(), own_brand=None))
    assert row.evidence_needed and row.status is Status.MET
    pack = assess(firm_f(), F_ON, Purpose.REVIEW).packs["little_giant"]
    assert conditions_result(pack, [Condition([row])]).verdict is Verdict.QUALIFIES
    assert conditions_result(pack, [Condition([row, pending])]).verdict is Verdict.LIKELY
