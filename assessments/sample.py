"""The built-in sample firm (resources/samples/demo.srdi), which the app opens on its very first start.

Its figures are invented, so everything that shows them says so: the firm list, the window title and
both reports carry the sample label. The sample is recognised by its credit code, the firm's identity
in the workspace, as the workspace's firm list and the cohort know it (SAMPLE_CREDIT_CODE): a user who
renames the sample still has invented figures in front of them; one who enters their own firm's code
has made it their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assessments.paths import resources_dir
from assessments.results import Text
from assessments.storage.workspace import SAMPLE_CREDIT_CODE

__all__ = ["SAMPLE_CREDIT_CODE", "SAMPLE_LABEL", "SAMPLE_NOTE", "is_sample", "is_sample_credit_code"]

if TYPE_CHECKING:
    from assessments.model import Firm

SAMPLE_LABEL = Text("示例", "sample")
SAMPLE_NOTE = Text(
    "示例企业：数据为虚构，仅供了解本工具。",
    "Sample firm: the figures are invented, to show how the tool works.",
)


def sample_path() -> Path:
    return resources_dir() / "samples" / "demo.srdi"


def is_sample_credit_code(credit_code: str | None) -> bool:
    return (credit_code or "").strip().upper() == SAMPLE_CREDIT_CODE


def is_sample(firm: Firm) -> bool:
    """Whether the firm is the built-in sample, whose figures are invented."""
    return is_sample_credit_code(firm.profile.credit_code)


def with_sample_label(name: str, credit_code: str | None, lang: str) -> str:
    """A firm's name as shown in lists and titles: "厦门鹭芯…（示例）" for the sample, else the name."""
    if not is_sample_credit_code(credit_code):
        return name
    label = SAMPLE_LABEL.get(lang)
    return f"{name}（{label}）" if lang == "zh" else f"{name} ({label})"
