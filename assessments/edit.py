"""Editing an immutable assessment by path: the one operation the UI's undo stack is built on.

Paths are dotted: `profile.name`, `profile.fields.strategic_emerging`, `years.2025.revenue` (the fiscal
year is created if missing), `years.plan.revenue` (the current year's plan), `ip` (the whole register),
`honours.awards`, `digital.items.Q3`, `digital.scenes.S5`, `assessment.date`, `assessment.purpose`,
`spend.consulting` (the planned spend), `plan.<action id>.owner` (the user's fields of one action).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from assessments.model import Action, ActionPlan, Firm, FiscalYear, PlannedSpend, Purpose
from assessments.storage.srdi_file import AssessmentFile, Settings


def get_path(doc: AssessmentFile, path: str) -> Any:
    head, *rest = path.split(".")
    if head == "assessment":
        return {"date": doc.on, "purpose": doc.purpose}[rest[0]]
    if head == "extras":
        return doc.extras.get(rest[0])
    if head == "years":
        fy = _year(doc.firm, rest[0])
        return None if fy is None else _get(fy, rest[1:])
    if head == "spend":
        return None if doc.spend is None else _get(doc.spend, rest)
    if head == "plan":
        action_id, name = ".".join(rest).rsplit(".", 1)  # action ids may hold dots (a field path)
        action = _action(doc, action_id)
        return None if action is None else _get(action, [name])
    return _get(doc.firm, [head, *rest])


def set_path(doc: AssessmentFile, path: str, value: Any) -> AssessmentFile:
    head, *rest = path.split(".")
    if head == "assessment":
        if rest[0] == "date":  # validated like a loaded file's, so the date stays within 1949–2100
            return replace(doc, on=Settings(date=value).date)
        return replace(doc, purpose=Purpose(value))
    if head == "extras":
        return replace(doc, extras={**doc.extras, rest[0]: value})
    if head == "years":
        return replace(doc, firm=_set_year(doc.firm, rest[0], rest[1:], value, plan_year=doc.on.year))
    if head == "spend":
        return replace(doc, spend=_set(doc.spend or PlannedSpend(), rest, value))
    if head == "plan":
        action_id, name = ".".join(rest).rsplit(".", 1)
        return replace(doc, plan=_set_action(doc, action_id, [name], value))
    return replace(doc, firm=_set(doc.firm, [head, *rest], value))


def _get(model: Any, parts: list[str]) -> Any:
    for part in parts:
        model = model.get(part) if isinstance(model, dict) else getattr(model, part)
        if model is None:
            return None
    return model


def _set(model: BaseModel, parts: list[str], value: Any) -> Any:
    name, rest = parts[0], parts[1:]
    if not rest:
        return _validated(model, name, value)
    child = getattr(model, name)
    if isinstance(child, dict):
        updated = dict(child)
        if value is None and len(rest) == 1:
            updated.pop(rest[0], None)
        else:
            updated[rest[0]] = value if len(rest) == 1 else _set(child[rest[0]], rest[1:], value)
        return _validated(model, name, updated)
    return _validated(model, name, _set(child, rest, value))


def _validated(model: BaseModel, name: str, value: Any) -> BaseModel:
    """A copy with one field changed, validated like a fresh load (so dates and Decimals are typed)."""
    data = {**dict(model), name: value}
    return type(model).model_validate(data)


def _year(firm: Firm, key: str) -> FiscalYear | None:
    return firm.plan() if key == "plan" else firm.year(int(key))


def _set_year(firm: Firm, key: str, parts: list[str], value: Any, plan_year: int) -> Firm:
    """Set a figure of one fiscal year; the plan is the assessment year's (decision 2)."""
    current = _year(firm, key)
    if current is None:
        current = FiscalYear(year=plan_year if key == "plan" else int(key), plan=key == "plan")
    updated = _set(current, parts, value)
    others = tuple(y for y in firm.years if y is not current)
    years = tuple(sorted((*others, updated), key=lambda y: (y.plan, y.year)))
    return firm.model_copy(update={"years": years})


def _action(doc: AssessmentFile, action_id: str) -> Action | None:
    if doc.plan is None:
        return None
    return next((a for a in doc.plan.actions if a.id == action_id), None)


def _set_action(doc: AssessmentFile, action_id: str, parts: list[str], value: Any) -> ActionPlan:
    """Change one action of the plan (the user's owner, due date, done flag or note)."""
    if _action(doc, action_id) is None:
        raise KeyError(f"no action {action_id!r} in the plan")
    assert doc.plan is not None
    actions = tuple(_set(a, parts, value) if a.id == action_id else a for a in doc.plan.actions)
    return doc.plan.model_copy(update={"actions": actions})
