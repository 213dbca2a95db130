"""Class I/II counting per scheme: which items count, which do not, and which stay to confirm."""

from __future__ import annotations

import datetime as dt

from assessments.ip import count_ip
from assessments.model import IpItem, IpOrigin, IpStatus, IpType, Purpose
from assessments.rules.catalogue import pack_for

ON = dt.date(2026, 5, 15)
RULE_2026 = pack_for("srdi_sme", Purpose.NEW, ON).ip
RULE_2022 = pack_for("innovative_sme", Purpose.NEW, ON).ip
PATENT = IpItem(
    type=IpType.INVENTION,
    origin=IpOrigin.OWN_RD,
    supports_main_product=True,
    applied_with_benefit=True,
    holder_rank=1,
    granted_on=dt.date(2020, 1, 1),
)


def decision(item, rule=RULE_2026):
    return count_ip((item,), rule, ON).decisions[0]


def test_a_clean_self_developed_patent_counts_under_2026():
    assert decision(PATENT).counted is True


def test_a_definite_exclusion_wins_over_a_field_still_to_confirm():
    item = PATENT.model_copy(update={"holder_rank": None, "applied_with_benefit": False})
    found = decision(item)
    assert found.counted is False
    assert "经济效益" in found.reason.zh


def test_an_unknown_field_alone_leaves_the_item_to_confirm():
    found = decision(PATENT.model_copy(update={"holder_rank": None}))
    assert found.counted is None
    assert "排名" in found.reason.zh


def test_transferred_items_never_count_under_2026_but_do_after_a_year_under_2022():
    item = PATENT.model_copy(update={"origin": IpOrigin.ASSIGNMENT, "transferred_on": dt.date(2024, 1, 1)})
    assert decision(item).counted is False
    assert decision(item, RULE_2022).counted is True


def test_utility_model_counts_as_class_ii_only_after_two_years_of_maintenance():
    young = IpItem(
        type=IpType.UTILITY_MODEL,
        origin=IpOrigin.OWN_RD,
        supports_main_product=True,
        granted_on=dt.date(2024, 5, 15),
    )
    assert decision(young, RULE_2022).counted is False
    old = young.model_copy(update={"granted_on": dt.date(2024, 5, 14)})
    assert decision(old, RULE_2022).counted is True


def test_lapsed_trademark_and_licence_are_excluded():
    assert decision(PATENT.model_copy(update={"status": IpStatus.LAPSED})).counted is False
    assert decision(PATENT.model_copy(update={"origin": IpOrigin.LICENCE})).counted is False
    assert decision(IpItem(type=IpType.TRADEMARK)).klass is None


def test_items_alike_but_for_number_and_title_are_decided_alike_each_with_its_own_index():
    """Issue 10: alike items are decided once; each decision still names its own item and row."""
    granted = dt.date(2023, 3, 1)
    alike = [
        IpItem(type=IpType.INVENTION, number=f"ZL{n}", title=f"专利{n}", granted_on=granted) for n in range(3)
    ]
    lapsed = IpItem(type=IpType.INVENTION, number="ZL9", granted_on=granted, status=IpStatus.LAPSED)
    items = (*alike, lapsed, alike[0])
    counted = count_ip(items, RULE_2026, ON)
    assert [d.index for d in counted.decisions] == [0, 1, 2, 3, 4]
    assert [d.item for d in counted.decisions] == list(items)
    alone = [count_ip((item,), RULE_2026, ON).decisions[0] for item in items]  # each decided on its own
    assert [(d.klass, d.counted, d.reason) for d in counted.decisions] == [
        (d.klass, d.counted, d.reason) for d in alone
    ]
    assert counted.decisions[3].counted is False and counted.decisions[3].reason.zh == "未授权或已失效"
