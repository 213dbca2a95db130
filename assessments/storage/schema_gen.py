"""Writes `resources/schema/srdi-file.schema.json` from the pydantic models: `python -m assessments.storage.schema_gen`.

The schema is generated, never edited by hand; a test regenerates it and compares with the committed
file, so it cannot drift from the models. It describes what the app accepts (validation mode): an
amount may be a decimal string or a JSON number, although the app always writes strings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS
from assessments.paths import resources_dir
from assessments.storage.atomic import write_text_atomic
from assessments.storage.srdi_file import SrdiDocument

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://srdi-self-check.invalid/schema/srdi-file.schema.json"
# What `Decimal(str)` accepts, minus NaN and infinities (pydantic refuses those).
DECIMAL_PATTERN = r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$"
NOT_MONEY = {
    "staff": "人 / people",
    "rd_staff": "人 / people",
    "st_staff": "人 / people",
    "tech_conversions": "项 / items",
}


def schema_path() -> Path:
    return resources_dir() / "schema" / "srdi-file.schema.json"


def schema() -> dict[str, Any]:
    body = SrdiDocument.model_json_schema(mode="validation")
    _describe_fields(body["$defs"])
    _pattern_decimals(body)
    return {"$schema": DIALECT, "$id": SCHEMA_ID, **body}


def _describe_fields(defs: dict[str, Any]) -> None:
    """The app's own field names and units, so that the schema reads like the user guide."""
    for name, prop in defs["FiscalYear"]["properties"].items():
        if name in YEAR_FIELDS:
            unit = NOT_MONEY.get(name, "万元 / 10,000 RMB")
            prop["description"] = f"{YEAR_FIELDS[name].zh} / {YEAR_FIELDS[name].en} ({unit})"
    for name, prop in defs["Profile"]["properties"].items():
        if name in PROFILE_FIELDS:
            prop["description"] = f"{PROFILE_FIELDS[name].zh} / {PROFILE_FIELDS[name].en}"


def _pattern_decimals(node: Any) -> None:
    """A decimal given as a string must look like a number: pydantic's schema leaves it open."""
    if isinstance(node, list):
        for child in node:
            _pattern_decimals(child)
        return
    if not isinstance(node, dict):
        return
    options = node.get("anyOf", [])
    if any(o.get("type") == "number" for o in options) and {"type": "string"} in options:
        options[options.index({"type": "string"})] = {"type": "string", "pattern": DECIMAL_PATTERN}
    for child in node.values():
        _pattern_decimals(child)


def render() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    path = schema_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, render())
    print(path)


if __name__ == "__main__":
    main()
