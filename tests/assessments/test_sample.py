"""The built-in sample firm is known wherever it is shown, by the one helper in assessments/sample.py."""

from __future__ import annotations

from assessments.model import Firm, Profile
from assessments.sample import (
    SAMPLE_CREDIT_CODE,
    is_sample,
    is_sample_credit_code,
    sample_path,
    with_sample_label,
)
from assessments.storage import srdi_file


def test_the_shipped_sample_file_is_the_sample():
    assert is_sample(srdi_file.load(sample_path()).firm)


def test_a_renamed_sample_is_still_the_sample_but_another_code_is_not():
    firm = srdi_file.load(sample_path()).firm
    renamed = firm.model_copy(update={"profile": firm.profile.model_copy(update={"name": "我的公司"})})
    own_code = firm.model_copy(
        update={"profile": firm.profile.model_copy(update={"credit_code": "91350200MA31234560"})}
    )
    assert is_sample(renamed)
    assert not is_sample(own_code)


def test_a_blank_firm_is_not_the_sample():
    assert not is_sample(Firm())
    assert not is_sample(Firm(profile=Profile(name="厦门鹭芯精密制造有限公司")))
    assert not is_sample_credit_code(None)


def test_the_sample_label_follows_the_language():
    assert with_sample_label("厦门鹭芯", SAMPLE_CREDIT_CODE, "zh") == "厦门鹭芯（示例）"
    assert with_sample_label("Luxin", SAMPLE_CREDIT_CODE, "en") == "Luxin (sample)"
    assert with_sample_label("厦门乙", "91350200MA31234560", "zh") == "厦门乙"
