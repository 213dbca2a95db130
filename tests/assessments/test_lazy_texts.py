"""Issue 10: the engine decides eagerly and writes its explanations only when something reads them."""

from __future__ import annotations

import copy
import dataclasses
import gc
import pickle
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import FrameType

from assessments import numbers
from assessments.engine import Assessment, assess
from assessments.results import Lazy, Row, Text
from assessments.storage import srdi_file

DEMO = Path(__file__).resolve().parents[2] / "resources" / "samples" / "demo.srdi"


def _demo() -> Assessment:
    doc = srdi_file.load(DEMO)
    return assess(doc.firm, doc.on, doc.purpose)


def _num_calls(action: object) -> int:
    """How many times `numbers.num` runs during `action()` (the figures written into texts)."""
    calls = 0
    code = numbers.num.__code__

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call" and frame.f_code is code:
            calls += 1

    sys.setprofile(profile)
    try:
        action()  # type: ignore[operator]
    finally:
        sys.setprofile(None)
    return calls


def _texts(assessment: Assessment) -> Iterator[Text]:
    for result in assessment.results.values():
        yield result.summary
        yield from result.notes
        for row in result.rows:
            yield from (row.label, row.requirement, row.calc)
            if row.note is not None:
                yield row.note
            if row.gap is not None:
                yield row.gap.text


def test_a_batch_that_reads_only_verdicts_formats_almost_no_figure() -> None:
    doc = srdi_file.load(DEMO)
    assess(doc.firm, doc.on, doc.purpose)

    def batch_row() -> None:
        result = assess(doc.firm, doc.on, doc.purpose)
        [
            (r.verdict, r.score, [(row.status, row.value, row.gap and row.gap.amount) for row in r.rows])
            for r in result.results.values()
        ]

    # Before issue 10 one evaluation formatted about 640 figures; a few in facts remain.
    assert _num_calls(batch_row) <= 50


def test_reading_the_texts_writes_them_once() -> None:
    assessment = _demo()
    first = [(t.zh, t.en) for t in _texts(assessment)]
    assert _num_calls(lambda: [(t.zh, t.en) for t in _texts(assessment)]) == 0
    assert first == [(t.zh, t.en) for t in _texts(assessment)]


def test_two_evaluations_read_the_same_words() -> None:
    one, two = _demo(), _demo()
    assert list(_texts(one)) == list(_texts(two))
    assert one.results == two.results


def test_a_lazy_text_behaves_as_the_text_it_reads_as() -> None:
    plain = Text("研发费用 1,650万元", "R&D 1,650 万元")
    lazy = Lazy(lambda: Text("研发费用 1,650万元", "R&D 1,650 万元"))
    assert lazy == plain and plain == lazy
    assert [lazy] == [plain] and (lazy != plain) is False
    assert hash(lazy) == hash(plain) and {plain: 1}[lazy] == 1
    assert lazy.get("en_GB") == "R&D 1,650 万元" and lazy.get("zh_CN") == "研发费用 1,650万元"
    assert repr(lazy) == repr(plain) and str(lazy) == str(plain)
    assert dataclasses.asdict(lazy) == {"zh": plain.zh, "en": plain.en}
    assert pickle.loads(pickle.dumps(lazy)) == plain and type(pickle.loads(pickle.dumps(lazy))) is Text
    assert copy.deepcopy(lazy) == plain
    assert lazy + plain == plain + plain and plain + lazy == plain + plain
    assert lazy != Text("x", "y")


def test_a_lazy_text_is_written_on_first_read_only() -> None:
    writes = []

    def write() -> Text:
        writes.append(1)
        return Text("a", "b")

    lazy = Lazy(write)
    row_text = lazy + Text("c", "d")
    assert writes == []
    assert row_text.zh == "ac" and lazy.en == "b" and lazy.zh == "a"
    assert writes == [1]


def test_rows_with_lazy_and_plain_texts_compare_by_their_words() -> None:
    row = _demo()["innovative_sme"].rows[0]
    plain = dataclasses.replace(
        row, requirement=Text(row.requirement.zh, row.requirement.en), calc=Text(row.calc.zh, row.calc.en)
    )
    assert isinstance(plain, Row) and plain == row


def test_a_huge_figure_read_after_the_evaluation_is_written_as_during_it() -> None:
    """Texts are written in the evaluation's wide exponent range, whenever they are read."""
    value = Decimal("9e999998")
    lazy = Lazy(lambda: Text(numbers.num(value * 10), numbers.num(value / Decimal("1e-999999"))))
    assert lazy.zh == "9E+999999" and lazy.en == "9E+1999997"


def test_an_evaluation_leaves_no_reference_cycle_behind() -> None:
    """A lazy text holding the context would tie every result into a cycle only the collector frees:
    a batch of firms would spend its time in garbage collection."""
    doc = srdi_file.load(DEMO)
    assess(doc.firm, doc.on, doc.purpose)
    gc.collect()
    gc.disable()
    try:
        unread = assess(doc.firm, doc.on, doc.purpose)
        del unread
        assert gc.collect() == 0
        read = assess(doc.firm, doc.on, doc.purpose)
        assert all(isinstance(t.zh, str) and isinstance(t.en, str) for t in _texts(read))
        del read
        assert gc.collect() == 0
    finally:
        gc.enable()
