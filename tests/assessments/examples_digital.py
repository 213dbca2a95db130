"""Worked examples D1–D4 of the 2024 digital questionnaire (digital-hitech-criteria.md, examples A).

Answers are copied from the domain file; scene names map to the platform ids S1–S16 (§1.3 order).
The firms are assessed on 2026-03-15; the examples give staff only, so FY2025 holds the head count.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assessments.model import DigitalAnswers, Firm, FiscalYear, Honours, Industry, Profile

ON = dt.date(2026, 3, 15)

SCENE_IDS = {
    "产品设计": "S1",
    "工艺设计": "S2",
    "营销管理": "S3",
    "售后服务": "S4",
    "计划排程": "S5",
    "生产管控": "S6",
    "质量管理": "S7",
    "设备管理": "S8",
    "安全生产": "S9",
    "能耗管理": "S10",
    "采购管理": "S11",
    "仓储物流": "S12",
    "财务管理": "S13",
    "人力资源": "S14",
    "协同办公": "S15",
    "决策支持": "S16",
}
Q4_ALL = tuple("BCDEFGHIJKLMNO")  # the 14 business steps


def scenes(default: int, **by_name: int) -> dict[str, int]:
    """Every scene at `default`, then the named ones (Chinese scene names) at their own grade."""
    grades = dict.fromkeys(SCENE_IDS.values(), default)
    grades.update({SCENE_IDS[name]: grade for name, grade in by_name.items()})
    return grades


def items(**answers: str) -> dict[str, tuple[str, ...]]:
    """Q1="B,C" → {"Q1": ("B", "C")}."""
    return {q: tuple(answers[q].split(",")) if answers[q] else () for q in answers}


def _firm(name: str, district: str, staff: int, product: str, answers: DigitalAnswers) -> Firm:
    return Firm(
        profile=Profile(name=name, industry=Industry.INDUSTRIAL, district=district, main_product=product),
        years=(FiscalYear(year=2025, staff=Decimal(staff)),),
        digital=answers,
        ip_none_confirmed=True,  # the examples hold no IP and no honours (decision 14: confirmed, not blank)
        honours=Honours(none_confirmed=True),
    )


def d1() -> Firm:
    """鹭味食品: 30.275 points, level 1 (score below 40; only 3 scenes at level 2)."""
    answers = items(
        Q1="B", Q2="B", Q3="A", Q4="D,N", Q5="C", Q6="B", Q7="C",
        Q8="C", Q9="B", Q10="B", Q11="A",
        Q12="B", Q13="B", Q14="C", Q15="B",
    )  # fmt: skip
    grades = scenes(1, 产品设计=0, 工艺设计=0, 决策支持=0, 仓储物流=2, 财务管理=2, 协同办公=2)
    return _firm("鹭味食品", "海沧区", 45, "食品加工", DigitalAnswers(items=answers, scenes=grades))


def d2() -> Firm:
    """鹭岛电子: 66.05 points, level 2 (not 3: only 2 scenes at level 3)."""
    answers = items(
        Q1="B,C", Q2="D", Q3="C", Q4="D,F,G,H,L,M,N,O", Q5="D", Q6="B,C,D", Q7="B,C",
        Q8="D", Q9="B,C,D", Q10="B,C,D", Q11="B",
        Q12="C", Q13="C", Q14="C", Q15="B",
    )  # fmt: skip
    grades = scenes(2, 生产管控=3, 财务管理=3, 能耗管理=1, 决策支持=1)
    return _firm("鹭岛电子", "翔安区", 180, "电子装配", DigitalAnswers(items=answers, scenes=grades))


def d3() -> Firm:
    """同安精工: 86.0 points, level 3 (no scene at level 4)."""
    answers = items(
        Q1="B,C,D", Q2="E", Q3="D", Q4=",".join(Q4_ALL), Q5="D", Q6="B,C,D,E", Q7="B,C,D",
        Q8="E", Q9="B,C,D,E", Q10="B,C,D,E", Q11="C",
        Q12="C", Q13="C", Q14="C", Q15="C",
    )  # fmt: skip
    grades = scenes(3, 售后服务=2, 安全生产=2, 人力资源=2, 决策支持=2)
    return _firm("同安精工", "同安区", 260, "精密机械", DigitalAnswers(items=answers, scenes=grades))


def d4() -> Firm:
    """集美新材: 90.875 points but level 2: 7 scenes at level 3, only 4 of them constraint scenes."""
    answers = items(
        Q1="B,C,D", Q2="E", Q3="E", Q4=",".join(Q4_ALL), Q5="E", Q6="B,C,D,E", Q7="B,C,D,E",
        Q8="E", Q9="B,C,D,E", Q10="B,C,D,E,F", Q11="B",
        Q12="C", Q13="C", Q14="C", Q15="C",
    )  # fmt: skip
    grades = scenes(2, 工艺设计=3, 计划排程=3, 生产管控=3, 质量管理=3, 能耗管理=3, 财务管理=3, 协同办公=3)
    return _firm("集美新材", "集美区", 120, "新材料", DigitalAnswers(items=answers, scenes=grades))


EXAMPLES = {"digital_d1": d1, "digital_d2": d2, "digital_d3": d3, "digital_d4": d4}
