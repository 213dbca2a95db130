"""Issue 10: an `Evaluation` computes a scheme when asked for, after the schemes it reads (`READS`), and
gives exactly what the full assessment gives; a cohort member computes only what the cohort reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from assessments import engine
from assessments.cohort import LADDER, SCHEME, member_of
from assessments.engine import READS, SCHEMES, Evaluation, assess
from assessments.model import Purpose
from assessments.paths import resources_dir
from assessments.results import Verdict
from assessments.storage.srdi_file import AssessmentFile, load

SAMPLES = sorted((resources_dir() / "samples").glob("*.srdi"))
DATES = (None, dt.date(2025, 6, 1), dt.date(2027, 3, 1))  # None: the sample's own date


class Recording(dict):
    """The results dict of an evaluation, noting which scheme read which other result."""

    def __init__(self, reads: dict[str, set[str]], current: list[str]) -> None:
        super().__init__()
        self.reads, self.current = reads, current

    def _note(self, key: str) -> None:
        if self.current[0]:  # a scheme is running (not the evaluation looking up what it has)
            self.reads.setdefault(self.current[0], set()).add(key)

    def __getitem__(self, key: str) -> Any:
        self._note(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._note(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self._note(str(key))
        return super().__contains__(key)


def render(result: Any) -> None:
    """Write every text of a result, as the reports do."""
    texts = [result.summary, *result.notes]
    for row in result.rows:
        texts += [row.label, row.requirement, row.calc, row.note, row.gap.text if row.gap else None]
    for text in texts:
        if text is not None:
            _ = (text.zh, text.en)


def cases() -> list[tuple[Path, dt.date | None, Purpose]]:
    return [(path, on, purpose) for path in SAMPLES for on in DATES for purpose in Purpose]


def test_every_scheme_reads_only_the_results_it_declares(monkeypatch):
    reads: dict[str, set[str]] = {}
    current = [""]
    evaluators = dict(engine.EVALUATORS)

    def noting(name: str):
        def evaluate(ctx: Any, pack: Any) -> Any:
            current[0] = name
            try:
                return evaluators[name](ctx, pack)
            finally:
                current[0] = ""

        return evaluate

    monkeypatch.setattr(engine, "EVALUATORS", {name: noting(name) for name in evaluators})
    for path, on, purpose in cases():
        doc = load(path)
        evaluation = Evaluation(doc.firm, on or doc.on, purpose)
        recording = Recording(reads, current)
        evaluation._results = recording
        evaluation.ctx = evaluation.ctx.__class__(**{**evaluation.ctx.__dict__, "prior": recording})
        for name, result in evaluation.assessment().results.items():
            current[0] = name  # texts written on demand may read other results too
            render(result)
        current[0] = ""
    for scheme, read in reads.items():
        assert read <= set(READS[scheme]), (scheme, read - set(READS[scheme]))
    assert reads, "no scheme read another's result: the recording did not take"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_a_scheme_asked_for_alone_is_what_the_full_assessment_gives(path: Path):
    doc = load(path)
    full = assess(doc.firm, doc.on, doc.purpose).results
    for name, _evaluate in reversed(SCHEMES):  # the last first: its reads are computed on demand
        alone = Evaluation(doc.firm, doc.on, doc.purpose).result(name)
        assert shown(alone) == shown(full[name]), name


def shown(result: Any) -> tuple:
    rows = tuple(
        (r.id, r.status, r.value, r.calc.zh if r.calc else "", r.gap.text.zh if r.gap else "")
        for r in result.rows
    )
    return (result.verdict, result.summary.zh, result.score, rows)


def test_a_cohort_member_computes_only_the_targets_and_the_ladder_up_to_the_first_title_lacked(monkeypatch):
    doc = load(resources_dir() / "samples" / "demo.srdi")
    asked: list[str] = []
    evaluators = dict(engine.EVALUATORS)

    def noting(name: str):
        def evaluate(ctx: Any, pack: Any) -> Any:
            asked.append(name)
            return evaluators[name](ctx, pack)

        return evaluate

    monkeypatch.setattr(engine, "EVALUATORS", {name: noting(name) for name in evaluators})
    member = member_of(1, doc)
    computed = list(asked)  # before the full assessment below asks for everything
    full = assess(doc.firm, doc.on, doc.purpose).results
    first_lacked = next(s for s in LADDER if full[s].verdict not in (Verdict.QUALIFIES, Verdict.NOT_IN_FORCE))
    assert member.next_title is not None and member.next_title.scheme == first_lacked
    assert "hnte" not in computed and SCHEME in computed
    after = LADDER[LADDER.index(first_lacked) + 1 :]
    assert not set(after) & set(computed), (after, computed)


def test_the_member_is_the_same_as_from_the_full_assessment():
    """The figures and the next title equal those a full assessment would give (the samples)."""
    from assessments.cohort import Figure, next_title

    for path in SAMPLES:
        doc: AssessmentFile = load(path)
        member = member_of(1, doc)
        full = assess(doc.firm, doc.on, doc.purpose)
        targets = full.results[SCHEME]
        assert member.verdict == targets.verdict
        assert member.figures == {r.id: Figure.of(r) for r in targets.rows if r.id in member.figures}
        assert member.next_title == next_title(full.results.get)
        assert member.data_errors == len(full.errors)
