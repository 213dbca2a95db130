"""The cohort read completely: for five generated firms whose figures are known in advance, the city's
mean and share, the median, the firms meeting each target alone, the distribution, who was left out and
why (the built-in sample, targets not in force, no data), filters, and the firms closest to a title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from assessments.cohort import LeftOut, Selection, cohort, cohort_of, member_of
from assessments.results import Status
from assessments.storage.workspace import Workspace
from tests.assessments.cohort_firms import firm_doc, five_docs, sample_doc


@pytest.fixture
def five():
    return [member_of(i, doc) for i, doc in enumerate(five_docs())]


def test_the_outlier_lifts_the_mean_but_not_the_median_nor_the_count_meeting_it(five):
    rd = cohort(five).reading("rd_share")
    assert rd.city_value == Decimal("45.6")  # (200 + 5 + 6 + 9 + 8) / 5: the city's own mean
    assert rd.city_status is Status.MET
    assert rd.median == Decimal(8)
    assert (rd.met, rd.counted, rd.met_share) == (1, 5, Decimal(20))  # one firm of five above 10%
    assert [b.count for b in rd.bins] == [0, 1, 2, 1, 0, 0, 0, 1]  # the 200% firm alone in the last bar
    assert rd.bins[-1].label == ">50" and rd.bins[-1].meets and not rd.bins[3].meets
    assert "中位数 8%" in rd.text().zh and "1家单独达到> 10%（20%）" in rd.text().zh


def test_class1_mean_median_and_count_including_a_confirmed_zero(five):
    ip = cohort(five).reading("class1_ip")
    assert ip.city_value == Decimal("4.6")  # (1 + 10 + 9 + 0 + 3) / 5
    assert ip.city_status is Status.NOT_MET
    assert (ip.median, ip.met, ip.counted) == (Decimal(3), 2, 5)
    assert [b.label for b in ip.bins] == ["0", "1–2", "3–4", "5–6", "7–8", "9–12", "13–20", "≥21"]
    assert [b.count for b in ip.bins] == [1, 1, 1, 0, 0, 2, 0, 0]
    assert [b.meets for b in ip.bins].index(True) == 5  # 9 items and more: above 8


def test_a_share_over_known_firms_only_is_bounded_by_the_firms_without_data(five):
    digital = cohort(five).reading("digital_level")
    assert digital.city_value == Decimal(100)  # 3 of the 3 firms with a level
    assert digital.left_out[LeftOut.NO_DATA] == 2
    assert digital.bounds == (Decimal(60), Decimal(100))  # 3 of 5 … 5 of 5
    assert digital.city_status is Status.UNKNOWN  # 90% is met only if the two unknown firms are at 2+
    assert "60%–100%" in digital.text().zh and "缺少数据（待确认）2家" in digital.text().zh


def test_the_digital_share_is_met_only_when_its_lower_bound_meets_it():
    members = [member_of(i, firm_doc(f"F{i}", 5, 1, 2)) for i in range(9)]
    members.append(member_of(9, firm_doc("F9", 5, 1, None)))
    digital = cohort(members).reading("digital_level")
    assert digital.bounds == (Decimal(90), Decimal(100)) and digital.city_status is Status.MET
    members[0] = member_of(0, firm_doc("F0", 5, 1, 1))
    assert cohort(members).reading("digital_level").city_status is Status.UNKNOWN  # 80%–90%


def test_the_sample_firm_never_counts_and_is_said_to_be_left_out(five):
    members = [*five, member_of(99, sample_doc())]
    found = cohort(members)
    assert len(found.members) == 6 and len(found.counted) == 5
    for target in ("rd_share", "class1_ip", "digital_level"):
        assert found.reading(target).left_out[LeftOut.SAMPLE] == 1
    assert found.reading("rd_share").city_value == Decimal("45.6")  # the sample's 9.6% is not in it
    assert [m.key for m in found.left_out(LeftOut.SAMPLE)] == [99]


def test_not_in_force_and_no_data_are_counted_per_figure():
    members = [
        member_of(0, firm_doc("甲", 12, 9, 2)),
        member_of(1, firm_doc("乙", None, None, 2)),  # no revenue, IP register never filled in
        member_of(2, firm_doc("丙", 20, 9, 2, on=dt.date(2028, 3, 1))),  # targets ended 2027-12-31
    ]
    found = cohort(members)
    rd, ip = found.reading("rd_share"), found.reading("class1_ip")
    assert rd.left_out == {LeftOut.SAMPLE: 0, LeftOut.NOT_IN_FORCE: 1, LeftOut.NO_DATA: 1}
    assert ip.left_out == {LeftOut.SAMPLE: 0, LeftOut.NOT_IN_FORCE: 1, LeftOut.NO_DATA: 1}
    assert (rd.city_value, rd.median, rd.counted) == (Decimal(12), Decimal(12), 1)
    assert found.reading("digital_level").counted == 2
    assert members[1].ip_open and not members[0].ip_open


def test_exactly_on_the_threshold_does_not_meet_a_strict_target():
    members = [member_of(0, firm_doc("甲", 10, 8, 2)), member_of(1, firm_doc("乙", 11, 9, 1))]
    found = cohort(members)
    assert found.reading("rd_share").met == 1  # 10% is not above 10%
    assert found.reading("class1_ip").met == 1  # 8 items are not more than 8
    assert found.reading("digital_level").met == 1  # level 2 is at least 2
    assert [b.count for b in found.reading("rd_share").bins][3:5] == [1, 1]  # 10 in 8–10, 11 in 10–15


def test_filters_by_district_tag_and_year(five):
    members = list(five)
    members[0] = member_of(0, firm_doc("甲", 200, 1, 2, district="思明区"), tags=("客户A",))
    assert [m.name for m in cohort(members, Selection(district="思明区")).members] == ["甲"]
    assert [m.name for m in cohort(members, Selection(tag="客户A")).members] == ["甲"]
    rest = cohort(members, Selection(district="湖里区")).reading("rd_share")
    assert rest.city_value == Decimal(7)  # without the outlier: (5 + 6 + 9 + 8) / 4
    assert cohort(members, Selection(year=2025)).members == ()
    assert cohort(members).districts == ("思明区", "湖里区") and cohort(members).tags == ("客户A",)


def test_the_firms_closest_to_a_target_are_ranked_by_their_distance(five):
    ranked = cohort(five).closest_to_target("rd_share")
    assert [m.name for m in ranked] == ["丁", "戊", "丙", "乙"]  # 9%, 8%, 6%, 5%
    assert ranked[0].figures["rd_share"].gap.zh.startswith("2025年研发费用 9%")
    assert [m.name for m in cohort(five).closest_to_target("class1_ip")] == ["戊", "甲", "丁"]


def test_the_firms_closest_to_their_next_title_come_first(five):
    groups = cohort(five).closest()
    assert groups and groups[0].scheme == "innovative_sme"
    distances = [m.next_title.distance for m in groups[0].members]
    assert distances == sorted(distances)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    space = Workspace(tmp_path / "workspace.sqlite")
    for doc in five_docs():
        space.create(doc)
    space.create(sample_doc())
    yield space
    space.close()


def test_a_workspace_cohort_reads_each_firms_latest_assessment_and_its_tags(workspace):
    firm_id = workspace.firms("甲")[0].id
    workspace.create(firm_doc("甲", 4, 1, 2, on=dt.date(2026, 9, 1)), firm_id)
    workspace.set_tags(firm_id, ["客户A"])
    found = cohort_of(workspace)
    first = next(m for m in found.members if m.key == firm_id)
    assert first.on == dt.date(2026, 9, 1) and first.tags == ("客户A",)
    assert found.reading("rd_share").city_value == Decimal("6.4")  # (4 + 5 + 6 + 9 + 8) / 5
    assert len(found.members) == 6 and len(found.counted) == 5  # the sample listed, never counted
    earlier = cohort_of(workspace, Selection(year=2026))
    assert next(m for m in earlier.members if m.key == firm_id).on == dt.date(2026, 9, 1)


def test_reading_a_workspace_reports_progress_and_can_be_stopped(workspace):
    seen = []

    def report(percent: int, name: str) -> None:
        seen.append(percent)
        if len(seen) == 3:
            raise KeyboardInterrupt  # any exception stops the read where it is

    with pytest.raises(KeyboardInterrupt):
        cohort_of(workspace, report=report)
    assert seen == [0, 16, 33]


def test_kept_members_are_reused_until_their_assessment_changes(workspace, tmp_path):
    from assessments.cohort_cache import MemberCache

    first = MemberCache(tmp_path / "cache")
    cold = cohort_of(workspace, cache=first)
    assert len(first.members) == 6 and not first.changed  # computed, then saved
    warm_cache = MemberCache(tmp_path / "cache")
    assert cohort_of(workspace, cache=warm_cache).members == cold.members
    assert not warm_cache.changed  # every member came from the file
    firm_id = workspace.firms("乙")[0].id
    entry = workspace.assessments(firm_id)[0]
    workspace.save(entry.id, firm_doc("乙", 30, 10, 2), workspace.load_stored(entry.id).revision)
    edited = cohort_of(workspace, cache=MemberCache(tmp_path / "cache"))
    assert next(m for m in edited.members if m.key == firm_id).figures["rd_share"].value == Decimal(30)
    assert len(MemberCache(tmp_path / "cache").members) == 6  # the edited one replaced, not added


def test_a_damaged_cache_file_is_ignored(workspace, tmp_path):
    from assessments.cohort_cache import MemberCache

    cache = MemberCache(tmp_path / "cache")
    cache.path.parent.mkdir(parents=True)
    cache.path.write_bytes(b"not a pickle")
    assert MemberCache(tmp_path / "cache").members == {}
    assert len(cohort_of(workspace, cache=MemberCache(tmp_path / "cache")).members) == 6
