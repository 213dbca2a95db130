"""Page 1: who the firm is, where it sits, and the common gate it declares."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from assessments.credit_code import problem as credit_code_problem
from assessments.labels import INDUSTRIES
from assessments.lists import DISTRICTS
from assessments.model import AccountsBasis, ExcludedIndustry, Industry
from desktop.i18n import lang
from desktop.session import Session
from desktop.wizard import bindings as b
from desktop.wizard.form import Form


def parse_credit_code(text: str) -> b.Parsed:
    code = text.strip().upper()
    if not code:
        return True, None, ""
    wrong = credit_code_problem(code)
    if wrong:
        return False, None, wrong[0] if lang() == "zh" else wrong[1]
    return True, code, ""


class ProfilePage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setTitle(self.tr("Firm profile"))
        self.setSubTitle(
            self.tr(
                "Who the firm is and where its main product sits. Leave anything unknown empty: "
                "it stays “to confirm” in the results."
            )
        )
        form = Form(session)
        form.section(self.tr("Identity"))
        form.text("profile.name", self.tr("Firm name"))
        form.text(
            "profile.credit_code",
            self.tr("Unified social credit code"),
            parse_credit_code,
            lambda v: v or "",
            "91350200XXXXXXXXXX",
        )
        form.choice(
            "profile.industry", self.tr("Industry"), [(INDUSTRIES[i.value].get(lang()), i) for i in Industry]
        )
        form.choice(
            "profile.excluded_industry",
            self.tr("Industry outside the R&D super-deduction (tech-based SME)"),
            self._excluded_industries(),
        )
        form.suggest("profile.district", self.tr("District or park"), DISTRICTS)
        form.date("profile.founded_on", self.tr("Founded on"))
        form.choice(
            "profile.accounts_basis",
            self.tr("Figures are"),
            [
                (self.tr("single-entity statements"), AccountsBasis.SINGLE),
                (self.tr("consolidated statements"), AccountsBasis.CONSOLIDATED),
            ],
        )
        form.section(self.tr("Main product and niche market"))
        form.text("profile.main_product", self.tr("Main product"))
        form.date("profile.niche_since", self.tr("In the niche market since"))
        form.yes_no("profile.fields.strategic_emerging", self.tr("In a strategic emerging industry"))
        form.yes_no(
            "profile.fields.six_foundations",
            self.tr("Industrial “six foundations”, time-honoured brand or key supplier of a chain leader"),
        )
        form.yes_no(
            "profile.fields.chain_breakthrough",
            self.tr("Proven results filling gaps in a key industrial chain"),
        )
        form.yes_no("profile.fields.key_chain_position", self.tr("At a key link of an industrial chain"))
        form.yes_no(
            "profile.fields.hnte_field", self.tr("Core technology in the state-supported high-tech fields")
        )
        form.section(self.tr("Common conditions (declared by the firm)"))
        form.yes_no("profile.compliance.registered_in_china", self.tr("Registered legal person in China"))
        form.yes_no(
            "profile.compliance.clean_record", self.tr("Not on the abnormal-operation or dishonesty lists")
        )
        form.yes_no(
            "profile.compliance.products_permitted",
            self.tr("Products not prohibited, restricted or obsolete"),
        )
        form.yes_no(
            "profile.compliance.no_major_incidents",
            self.tr("No major safety, quality or environmental incident, no tax evasion (3 years)"),
        )
        form.yes_no(
            "profile.compliance.verified_accounts_tax",
            self.tr("Taxed on verified accounts, R&D booked accurately"),
        )
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(form)

    def _excluded_industries(self) -> list[tuple[str, ExcludedIndustry]]:
        """财税〔2015〕119号 industries; the size-table industry already tells for most firms."""
        return [
            (self.tr("none of these"), ExcludedIndustry.NONE),
            (self.tr("tobacco manufacturing"), ExcludedIndustry.TOBACCO),
            (self.tr("accommodation and catering"), ExcludedIndustry.ACCOMMODATION_CATERING),
            (self.tr("wholesale and retail"), ExcludedIndustry.WHOLESALE_RETAIL),
            (self.tr("real estate"), ExcludedIndustry.REAL_ESTATE),
            (self.tr("leasing and business services"), ExcludedIndustry.LEASING_BUSINESS),
            (self.tr("entertainment"), ExcludedIndustry.ENTERTAINMENT),
        ]
