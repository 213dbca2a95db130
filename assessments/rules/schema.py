"""The shape of a rule pack: every threshold, band and point value, with its source.

Packs are TOML files under `resources/rules/<scheme>/<version>.toml`, read with Decimal floats and
validated here with `extra="forbid"`, so a typo in a pack is an error, not a silent default.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Confidence(StrEnum):
    """Tags of the domain reference. Below S2 a rule is shown as 待核验 (to verify); the words a user
    reads for each tag live in one place, `assessments.labels.TRUST`."""

    G = "G"  # read on a government page
    OT = "OT"  # official text through faithful reposts
    OT_Q = "OT-q"  # official text quoted word for word by a third party (the file itself not opened)
    S2 = "S2"  # two or more agreeing secondary sources
    PD = "PD"  # platform data
    S1 = "S1"  # one secondary source
    SS = "SS"  # secondary site
    M = "M"  # from background knowledge, unverified
    NV = "NV"  # not verified
    UNRESOLVED = "?"
    DECISION = "D"  # a product decision of the domain README, documented in the method page

    @property
    def verified(self) -> bool:
        return self in {
            Confidence.G,
            Confidence.OT,
            Confidence.OT_Q,
            Confidence.S2,
            Confidence.PD,
            Confidence.DECISION,
        }


class Source(Strict):
    doc: str  # document number, e.g. 工信部企业〔2022〕63号
    article: str = ""  # article, annex or indicator
    confidence: Confidence
    note: str = ""

    @property
    def cite(self) -> str:
        return f"{self.doc} {self.article}".strip()


Op = Literal[">=", ">", "<=", "<"]
Unit = Literal["wan", "pct", "years", "count", "points", "staff", "level", "days"]


class Threshold(Strict):
    op: Op
    value: Decimal
    unit: Unit
    source: Source | None = None  # overrides the criterion's source for this value


class Band(Strict):
    """One scoring band. `edge` is the bound the value must reach; None catches the rest."""

    edge: Decimal | None = None
    inclusive: bool = True
    points: Decimal
    points_max: Decimal | None = None  # where experts pick within a range (高企)
    grade: str = ""


class Scale(Strict):
    """Bands from best to worst; a value takes the first band it reaches (shared edges → better band)."""

    direction: Literal["higher", "lower"]
    unit: Unit
    bands: tuple[Band, ...]

    @model_validator(mode="after")
    def _last_band_catches_all(self) -> Scale:
        if self.bands[-1].edge is not None:
            raise ValueError("the last band of a scale must have no edge (it catches every other value)")
        return self

    @property
    def max_points(self) -> Decimal:
        return max(b.points_max or b.points for b in self.bands)


# The kinds of file a firm keeps as evidence (assessments/evidence.py `Kind`; a test keeps them equal).
EvidenceKind = Literal[
    "business_licence",
    "audit_report",
    "tax_record",
    "rd_ledger",
    "patent_certificate",
    "software_copyright",
    "hnte_certificate",
    "certificate",
    "staff_record",
    "contract",
    "other",
]


HonourName = Literal[
    "hnte", "innovative_sme", "tech_sme", "srdi_sme", "little_giant", "demo_enterprise", "ip_advantage"
]


class EvidenceItem(Strict):
    """A document a criterion asks the application to bring, with the clause that asks for it (issue 11).

    Listed only where the domain reference names the document; the evidence checklist reads it.
    """

    id: str
    label_zh: str
    label_en: str
    kinds: tuple[EvidenceKind, ...]  # the kinds of kept file that answer it
    source: Source
    # The titles in the firm's data (model.Honours) whose expiry dates this certificate; any one serves.
    honours: tuple[HonourName, ...] = ()
    covers: Literal["", "last_year"] = ""  # must cover the last complete fiscal year (上年度)
    only_if: Literal["", "consolidated"] = ""  # asked only of a firm reporting consolidated accounts


class Criterion(Strict):
    label_zh: str
    label_en: str
    source: Source
    help_zh: str = ""
    help_en: str = ""
    thresholds: dict[str, Threshold] = {}
    scale: Scale | None = None
    points: dict[str, Decimal] = {}  # points of enumerated answers (e.g. R&D institution level)
    max_points: Decimal | None = None
    params: dict[str, Decimal | str | bool | list[str]] = {}
    evidence: tuple[EvidenceItem, ...] = ()  # the documents the application brings for it

    def threshold(self, name: str) -> Threshold:
        return self.thresholds[name]


class IpRule(Strict):
    """Which IP items a scheme counts as Class I / Class II."""

    class1_types: tuple[str, ...]
    class2_types: tuple[str, ...]
    require_valid: bool = True
    require_main_product: bool = True
    require_benefit: bool = False
    exclude_licence: bool = True
    exclude_transferred: bool = False  # 2026: 不含转入的
    min_days_since_transfer: int | None = None  # 2022: 不含转让未满1年的
    max_holder_rank: int | None = None  # 2026: 权利人中排名前三
    class2_min_years_since_grant: dict[str, int] = {}  # utility/design: 维持超过2年
    exclude_used_class2: bool = False  # 高企: a Class II item counts once
    source: Source


class InForce(Strict):
    purpose: Literal["new", "review"]
    effective_from: dt.date
    effective_to: dt.date | None = None  # last day in force, inclusive


SchemeId = Literal[
    "sme_size",
    "innovative_sme",
    "srdi_sme",
    "little_giant",
    "hnte",
    "tech_sme",
    "digital_level",
    "xiamen_2026_targets",
    "conventions",
]


class PackHeader(Strict):
    schema_version: Literal[1]
    scheme: SchemeId
    version: str
    title_zh: str
    title_en: str
    document: str
    in_force: tuple[InForce, ...]
    notes_zh: str = ""
    notes_en: str = ""


class CriteriaPack(PackHeader):
    kind: Literal["criteria"] = "criteria"
    criteria: dict[str, Criterion]
    ip: IpRule | None = None

    def criterion(self, cid: str) -> Criterion:
        return self.criteria[cid]


class SizeBand(Strict):
    """One industry row of the SME size table; each measure is in 万元 or people."""

    label_zh: str
    label_en: str
    measures: tuple[Literal["staff", "revenue", "assets"], ...]
    sme_below: dict[str, Decimal]  # SME if below ANY of these ceilings
    medium_from: dict[str, Decimal]  # medium if ALL reached
    small_from: dict[str, Decimal]  # small if ALL reached; micro otherwise


class SizePack(PackHeader):
    kind: Literal["sme_size"] = "sme_size"
    source: Source
    industries: dict[str, SizeBand]


class DigitalOption(Strict):
    key: str
    text: str
    points: Decimal
    exclusive: bool = False  # "无": cannot be ticked together with another option


class DigitalItem(Strict):
    id: str
    dimension: str
    indicator: str  # 三级指标, e.g. 设备联网
    question: str
    multi: bool
    max_points: Decimal
    options: tuple[DigitalOption, ...]
    description: str = ""  # the platform's definition, plus any source disagreement
    indicator_en: str = ""
    category: str = ""  # 二级指标, e.g. 设备系统
    form_fields: tuple[str, ...] = ()  # supporting figures the platform asks for

    @model_validator(mode="after")
    def _options_fit(self) -> DigitalItem:
        keys = [o.key for o in self.options]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{self.id}: duplicate option keys")
        if any(o.exclusive and o.points != 0 for o in self.options):
            raise ValueError(f"{self.id}: an exclusive option must score 0")
        best = sum(o.points for o in self.options) if self.multi else max(o.points for o in self.options)
        if best != self.max_points:
            raise ValueError(f"{self.id}: options give {best}, item maximum is {self.max_points}")
        return self

    def option(self, key: str) -> DigitalOption | None:
        return next((o for o in self.options if o.key == key), None)


class DigitalScene(Strict):
    id: str
    group: str
    name: str
    constraint: bool  # 约束性场景
    levels: tuple[str, str, str, str]  # descriptors of grades 1–4
    name_en: str = ""
    group_en: str = ""


class DigitalLevelRule(Strict):
    level: int
    name_zh: str
    name_en: str
    min_score: Decimal
    min_scenes: int  # scenes graded at this level or higher
    min_constraint_scenes: int  # of which constraint scenes


class DigitalPack(PackHeader):
    kind: Literal["digital_questionnaire"] = "digital_questionnaire"
    source: Source
    level_source: Source
    dimensions: dict[str, Decimal]  # dimension name → max points
    dimensions_en: dict[str, str] = {}
    items: tuple[DigitalItem, ...]
    scenes: tuple[DigitalScene, ...]
    levels: tuple[DigitalLevelRule, ...]  # from the top level down
    criteria: dict[str, Criterion] = {}  # what the level is used for (e.g. the target level)

    @model_validator(mode="after")
    def _points_add_up(self) -> DigitalPack:
        for name, top in self.dimensions.items():
            got = sum((i.max_points for i in self.items if i.dimension == name), Decimal(0))
            if got != top:
                raise ValueError(f"dimension {name}: items give {got}, maximum is {top}")
        stray = {i.dimension for i in self.items} - set(self.dimensions)
        if stray:
            raise ValueError(f"items name unknown dimensions: {sorted(stray)}")
        return self

    @model_validator(mode="after")
    def _ids_unique(self) -> DigitalPack:
        for kind, ids in (("item", [i.id for i in self.items]), ("scene", [s.id for s in self.scenes])):
            if len(set(ids)) != len(ids):
                raise ValueError(f"duplicate {kind} ids")
        return self

    @model_validator(mode="after")
    def _levels_top_down(self) -> DigitalPack:
        numbers = [rule.level for rule in self.levels]
        if numbers != sorted(numbers, reverse=True) or len(set(numbers)) != len(numbers):
            raise ValueError("levels must run from the top level down")
        return self

    def item(self, item_id: str) -> DigitalItem:
        return next(i for i in self.items if i.id == item_id)

    def scene(self, scene_id: str) -> DigitalScene:
        return next(s for s in self.scenes if s.id == scene_id)

    def level(self, number: int) -> DigitalLevelRule:
        return next(rule for rule in self.levels if rule.level == number)

    def criterion(self, cid: str) -> Criterion:
        return self.criteria[cid]


# --- support measures (a city's rewards, subsidies and services for titled firms) -------------------

# Who a route is for: a title held (or the firm's own word on the 小巨人 reserve list, which has no
# published definition), "srdi" for any of the titles in the pack's [definition], anyone, or another body.
MeasureTitle = Literal[
    "any", "innovative_sme", "srdi", "srdi_sme", "little_giant", "key_little_giant", "reserve", "other"
]
# The planned-spend inputs (assessments.model.PlannedSpend) a measure is computed from.
SpendField = Literal[
    "equipment_last_year",
    "digital_retrofit",
    "consulting",
    "training_person_days",
    "joint_lab_equipment",
    "fair_venue_rent",
]
# What a measure co-funds in the action plan.
Helps = Literal[
    "rd_expense", "revenue", "digital_level", "class1_ip", "talent", "equity", "debt", "market_share"
]


class QualitativeCondition(Strict):
    """A condition the tool cannot check: the agency decides (shown as "check with the agency")."""

    kind: Literal["qualitative"]
    zh: str
    en: str


class SpendRangeCondition(Strict):
    """A planned-spend figure within [min, below); from `below` up another rule applies (`above_*`)."""

    kind: Literal["spend_range"]
    field: SpendField
    min: Decimal
    below: Decimal | None = None
    above_zh: str = ""
    above_en: str = ""


class DigitalLevelCondition(Strict):
    """The digital level reached after the funded retrofit."""

    kind: Literal["digital_level_after"]
    min_level: int


class FirstTitleCondition(Strict):
    """The title is held for the first time (granted while the measures are in force)."""

    kind: Literal["first_title"]
    title: Literal["innovative_sme", "srdi_sme", "little_giant"]


class StandardCondition(Strict):
    """A planned standard at one of `levels` drafted in one of `roles`."""

    kind: Literal["standard_role"]
    levels: tuple[Literal["international", "national", "industry", "local", "group"], ...]
    roles: tuple[Literal["lead", "main", "participant"], ...]


MeasureCondition = Annotated[
    QualitativeCondition
    | SpendRangeCondition
    | DigitalLevelCondition
    | FirstTitleCondition
    | StandardCondition,
    Field(discriminator="kind"),
]


class Route(Strict):
    """One way to a measure: one of `titles` held and every condition met."""

    titles: tuple[MeasureTitle, ...]
    conditions: tuple[MeasureCondition, ...] = ()


class Reward(Strict):
    """A fixed reward (city and district parts) or one "up to" an amount the agency sets."""

    kind: Literal["reward"]
    city: Decimal | None = None
    district: Decimal | None = None
    up_to: Decimal | None = None
    per: Literal["once", "project", "period"]
    years: int | None = None  # a period reward paid over this many years
    basis_zh: str = ""
    basis_en: str = ""

    @model_validator(mode="after")
    def _fixed_or_up_to(self) -> Reward:
        fixed = self.city is not None or self.district is not None
        if fixed == (self.up_to is not None):
            raise ValueError("a reward is either fixed (city/district) or up to an amount, not both")
        return self


class Subsidy(Strict):
    """A share (`rate`, percent) of a spend, within `cap` 万元; no rate: the spend itself up to the cap."""

    kind: Literal["subsidy"]
    base: SpendField | None = None
    rate: Decimal | None = None
    cap: Decimal | None = None
    up_to: bool = False  # the rate or amount is a maximum ("最高", "不超过")
    per: Literal["once", "year", "firm", "event"]
    base_zh: str = ""
    base_en: str = ""


class UnitSubsidy(Strict):
    """At most `per_unit` 万元 for each unit (person-day…)."""

    kind: Literal["unit_subsidy"]
    base: SpendField
    per_unit: Decimal
    unit_zh: str
    unit_en: str


class InterestSubsidy(Strict):
    """A share of the interest at a rate no higher than a market benchmark the user enters (LPR)."""

    kind: Literal["interest_subsidy"]
    rate_limit: Literal["lpr_1y"]
    share: Decimal  # percent of the interest
    max_months: int  # per loan
    cap: Decimal  # 万元 a year


class PremiumSubsidy(Strict):
    """A share of the premium paid, counting only the premium within a premium-rate limit (‰)."""

    kind: Literal["premium_subsidy"]
    share: Decimal  # percent
    premium_rate_limit: Decimal  # permille
    cap: Decimal  # 万元 per firm


class FinancingTerm(Strict):
    label_zh: str
    label_en: str
    value: Decimal
    unit: Literal["pct", "wan"]


class Financing(Strict):
    """Loan terms rather than a payment: no amount is estimated."""

    kind: Literal["financing"]
    zh: str
    en: str
    terms: tuple[FinancingTerm, ...] = ()


class Service(Strict):
    """A service, a priority or an eligibility: no money."""

    kind: Literal["service"]
    zh: str
    en: str


Benefit = Annotated[
    Reward | Subsidy | UnitSubsidy | InterestSubsidy | PremiumSubsidy | Financing | Service,
    Field(discriminator="kind"),
]


class Measure(Strict):
    number: int
    heading: int
    title_zh: str
    title_en: str
    agency_zh: str
    agency_en: str
    text_zh: str  # the measure's own wording
    routes: tuple[Route, ...]
    benefit: Benefit
    helps: tuple[Helps, ...] = ()
    source: Source | None = None  # when it differs from the pack's


class Heading(Strict):
    number: int
    zh: str
    en: str
    part_zh: str
    part_en: str


class SrdiDefinition(Strict):
    """Which titles make a firm a "专精特新企业" for the measures."""

    srdi: tuple[Literal["srdi_sme", "little_giant", "key_little_giant"], ...]
    source: Source


class Window(Strict):
    """An application window of a scheme, e.g. the year's online filing."""

    id: str
    scheme: str
    label_zh: str
    label_en: str
    start: dt.date
    end: dt.date
    source: Source


class DayOfYear(Strict):
    month: int
    day: int
    source: Source


class TitleValidity(Strict):
    """How long a title stays valid when its certificate gives no end date."""

    title: Literal["innovative_sme", "srdi_sme", "little_giant", "hnte", "tech_sme"]
    years: int
    source: Source


class Calendar(Strict):
    validity: tuple[TitleValidity, ...]
    data_year_end: DayOfYear
    windows: tuple[Window, ...] = ()


class MeasuresPack(PackHeader):
    kind: Literal["support_measures"] = "support_measures"
    scheme: Literal["xiamen_measures"]  # type: ignore[assignment]  # a support pack, not a scheme
    source: Source
    definition: SrdiDefinition
    calendar: Calendar
    headings: tuple[Heading, ...]
    measures: dict[str, Measure]

    @model_validator(mode="after")
    def _numbered_in_order(self) -> MeasuresPack:
        for key, measure in self.measures.items():
            if key != f"m{measure.number:02d}":
                raise ValueError(f"measure {key} must be keyed m{measure.number:02d}")
        numbers = [m.number for m in self.measures.values()]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError("measures must be numbered 1, 2, 3… in order")
        headings = {h.number for h in self.headings}
        stray = {m.heading for m in self.measures.values()} - headings
        if stray:
            raise ValueError(f"measures name unknown headings: {sorted(stray)}")
        return self

    def measure(self, number: int) -> Measure:
        return self.measures[f"m{number:02d}"]

    def source_of(self, measure: Measure) -> Source:
        """The measure's citation: this document and the measure's number."""
        if measure.source is not None:
            return measure.source
        return self.source.model_copy(update={"article": f"（{measure.number}）"})

    def validity(self, title: str) -> TitleValidity | None:
        return next((v for v in self.calendar.validity if v.title == title), None)

    def next_window(self, scheme: str, on: dt.date) -> Window | None:
        """The scheme's first application window not yet over on `on`."""
        open_ = sorted(
            (w for w in self.calendar.windows if w.scheme == scheme and w.end >= on), key=lambda w: w.end
        )
        return open_[0] if open_ else None


AnyPack = CriteriaPack | SizePack | DigitalPack | MeasuresPack
