"""统一社会信用代码 (unified social credit code): format and check digit of GB 32100-2015."""

from __future__ import annotations

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 symbols: no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def check_digit(first17: str) -> str:
    total = sum(CHARSET.index(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def problem(code: str) -> tuple[str, str] | None:
    """None if the code is well formed, else (zh, en) saying what is wrong."""
    code = code.strip().upper()
    if len(code) != 18:
        return f"应为18位，当前{len(code)}位", f"must be 18 characters, not {len(code)}"
    bad = sorted({c for c in code if c not in CHARSET})
    if bad:
        return f"含有不允许的字符：{''.join(bad)}", f"contains characters not allowed: {''.join(bad)}"
    expected = check_digit(code[:17])
    if code[17] != expected:
        return f"校验位应为{expected}，当前为{code[17]}", f"check digit should be {expected}, not {code[17]}"
    return None
