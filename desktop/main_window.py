"""The main window: the workspace on the left, the wizard and the results in the middle.

It paints first and works after: only the firm list and the results tab are built before the first
paint; the data-entry wizard and the support tab are built when first shown or asked for (`wizard`,
`support`), and in any case one per event-loop turn after the first paint (`first_painted`); so are the
welcome and the help dialogs. Size, place, the firm list's width and the splitters are remembered
(desktop/window_state.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assessments.sample import is_sample
from assessments.storage import srdi_file
from assessments.storage.recovery import Recovery
from assessments.storage.workspace import WorkspaceError
from desktop import i18n
from desktop.dialogs.history_actions import HistoryActions
from desktop.dialogs.print_actions import PrintActions
from desktop.paths import settings
from desktop.recent_files import RecentFiles, RecentFilesMenu
from desktop.session import Session
from desktop.widgets.dashboard import Dashboard
from desktop.widgets.expiry_banner import ExpiryBanner
from desktop.widgets.notice_banner import NoticeBanner
from desktop.widgets.workspace_panel import WorkspacePanel
from desktop.window_state import SplitterMemory, restore_window, save_window
from desktop.wizard.assessment_wizard import AssessmentWizard, PageId

if TYPE_CHECKING:
    from desktop.widgets.recovery_message import RecoveryMessage
    from desktop.widgets.support_view import SupportView

TABS = ("results", "wizard", "support")  # the tabs in order, as saved in the workspace state
RESULTS_TAB, WIZARD_TAB, SUPPORT_TAB = range(3)
WELCOMED_KEY = "welcome/shown"  # the user has seen the welcome (first start only)


class MainWindow(QMainWindow):
    closing = Signal()  # the window is closing for good (its work is saved or given up by the user)
    first_painted = Signal()  # the first frame of the window is on screen, every visible child included

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self._wizard: AssessmentWizard | None = None  # built when first needed (the `wizard` property)
        self._support: SupportView | None = None
        self._wizard_page: int | None = None  # the page to open once the wizard is built
        self._painted = False
        self.dashboard = Dashboard(session)
        self.tabs = LazyTabs()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, "")
        self.tabs.add_lazy_tab(lambda: self.wizard)
        self.tabs.add_lazy_tab(lambda: self.support)
        self.banner = NoticeBanner(session, self.save_file)
        self.expiry_banner = ExpiryBanner(session)  # a pack the results rely on ends within a month
        self.setCentralWidget(_stacked(self.banner, self.expiry_banner, self.tabs))
        self.message: QMessageBox | None = None
        self.recovery_message: RecoveryMessage | None = None
        self.instance_guard: QObject | None = None  # the workspace lock this window holds (app.py)
        self.workspace = WorkspacePanel(session)
        self.dock = QDockWidget()
        self.dock.setObjectName("workspaceDock")
        self.dock.setWidget(self.workspace)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._make_actions()
        self.splitters = SplitterMemory(self)
        self.splitters.track(self.dashboard)
        self.workspace.assessment_chosen.connect(self._on_workspace_assessment_chosen)
        self._views_language = i18n.current()
        self.first_painted.connect(self._build_hidden_views)
        session.changed.connect(self._on_session_changed)
        session.opened.connect(self._on_session_opened)
        session.save_state_changed.connect(self._on_session_save_state_changed)
        session.problem.connect(self._on_session_problem)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.retranslate()
        restore_window(self)

    # --- views built when first needed ---------------------------------------------------------

    @property
    def wizard(self) -> AssessmentWizard:
        if self._wizard is None:
            self._wizard = AssessmentWizard(self.session)
            self._wizard.finished_editing.connect(self._on_wizard_finished_editing)
            self.tabs.put(WIZARD_TAB, self._wizard)
            self.splitters.track(self._wizard)
            if self._wizard_page is not None:
                self._wizard.go_to(self._wizard_page)
        return self._wizard

    @property
    def support(self) -> SupportView:
        if self._support is None:
            from desktop.widgets.support_view import SupportView

            self._support = SupportView(self.session)
            self.tabs.put(SUPPORT_TAB, self._support)
            self.splitters.track(self._support)
        return self._support

    def _view(self, index: int) -> QWidget:
        if index == WIZARD_TAB:
            return self.wizard
        return self.support if index == SUPPORT_TAB else self.dashboard

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)  # after the whole frame is painted

    def _build_hidden_views(self) -> None:
        """After the first paint, one view per event-loop turn, so that input is never held long."""
        QTimer.singleShot(0, self, lambda: self.wizard)
        QTimer.singleShot(0, self, lambda: self.support)

    # --- actions ------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_assessment)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file)
        self.save_as_action = QAction(self)
        self.save_as_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_as_action.triggered.connect(self.save_file)
        self._make_file_actions()
        self.undo_action = self.session.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self)
        # Ctrl+Y as in WPS and Office; Ctrl+Shift+Z as in most other programs.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self._make_help_actions()
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked, c=code: self.set_language(c))
            self.language_actions[code] = action
        toolbar = self.toolbar = self.addToolBar("main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.open_action,
            self.save_as_action,
            self.export_action,
            self.undo_action,
            self.redo_action,
        ):
            toolbar.addAction(action)
        self.file_menu = self.menuBar().addMenu("")
        self._fill_file_menu()
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.language_menu = self.menuBar().addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_rules_action)
        self.help_menu.addAction(self.about_action)

    def _make_help_actions(self) -> None:
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.guide_action.triggered.connect(self.show_quick_guide)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.exit_action = QAction(self)
        # Explicit: Windows defines no standard Quit key, so QKeySequence.Quit would be empty there.
        self.exit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.exit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.exit_action.triggered.connect(self.close)

    def _make_file_actions(self) -> None:
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_report)
        self.template_action = QAction(self)
        self.template_action.triggered.connect(self.write_blank_template)
        self.import_template_action = QAction(self)
        self.import_template_action.triggered.connect(self.import_template)
        self.cohort_action = QAction(self)
        self.cohort_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.cohort_action.triggered.connect(self.show_cohort)
        self.import_firms_action = QAction(self)
        self.import_firms_action.triggered.connect(self.import_firms)
        self.export_firms_action = QAction(self)
        self.export_firms_action.triggered.connect(self.export_firms)
        self.evidence_action = QAction(self)
        self.evidence_action.triggered.connect(self.show_evidence)
        self.rule_update_action = QAction(self)
        self.rule_update_action.triggered.connect(self.install_rule_update)
        self.about_rules_action = QAction(self)
        self.about_rules_action.triggered.connect(self.show_about_rules)
        self.recent = RecentFiles(parent=self)
        self.recent_menu = RecentFilesMenu(self.recent, self)
        self.recent_menu.file_chosen.connect(self.open_file)

    def _fill_file_menu(self) -> None:
        for action in (self.new_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.print_actions = PrintActions(self, self.session)  # Print / Print preview (Ctrl+P)
        self.print_actions.add_to(self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.template_action)
        self.file_menu.addAction(self.import_template_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.cohort_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.rule_update_action)
        self.history_actions = HistoryActions(self, self.session)  # compare, re-score, evidence checklist
        self.history_actions.add_to(self.file_menu)
        self.file_menu.addSeparator()
        for action in (self.import_firms_action, self.export_firms_action, self.evidence_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.exit_action)

    def new_assessment(self) -> None:
        from desktop.dialogs.new_assessment_dialog import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.session, self)
        if dialog.exec() and self._create(dialog.document(), dialog.firm_id()):
            self.tabs.setCurrentWidget(self.wizard)
            self.wizard.restart()

    def _create(self, doc: srdi_file.AssessmentFile, firm_id: int | None = None) -> bool:
        try:
            self.session.create(doc, firm_id)
        except WorkspaceError as error:
            self._on_session_problem(self.tr("Not saved: %1").replace("%1", str(error)))
            return False
        return True

    def open_file(self, path: str = "") -> None:
        path = (
            path
            or QFileDialog.getOpenFileName(
                self, self.tr("Open assessment file"), "", self.tr("Assessment files (*.srdi)")
            )[0]
        )
        if not path:
            return
        try:
            doc = srdi_file.load(Path(path))
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Cannot open the file"), str(error))
            return
        from desktop.dialogs.firm_import_dialog import known_firm_dialog

        self.firm_import_dialog = known_firm_dialog(self.session, doc, self)
        if self.firm_import_dialog is not None:  # a firm already here: merge, keep both or skip, never a copy
            self.recent.add(path)
            self.firm_import_dialog.open()
        elif self._create(doc):
            self.recent.add(path)

    def import_firms(self, path: str = "") -> None:
        from desktop.dialogs.firm_import_dialog import FirmImportDialog, read_firms_file

        path = (
            path
            or QFileDialog.getOpenFileName(
                self, self.tr("Import firms"), "", self.tr("Firms files (*.srdifirms)")
            )[0]
        )
        pack = read_firms_file(Path(path), self) if path else None
        if pack is not None:
            self.firm_import_dialog = FirmImportDialog(self.session, pack, self)
            self.firm_import_dialog.open()

    def export_firms(self) -> None:
        from desktop.dialogs.firm_export_dialog import FirmExportDialog

        self.firm_export_dialog = FirmExportDialog(self.session, self)
        self.firm_export_dialog.open()

    def show_evidence(self) -> None:
        from desktop.dialogs.evidence_dialog import EvidenceDialog

        self.evidence_dialog = EvidenceDialog(self.session, self)
        self.evidence_dialog.open()

    def save_file(self, path: str = "") -> bool:
        name = self.session.doc.firm.profile.name or "assessment"
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Save assessment file"), f"{name}.srdi", self.tr("Assessment files (*.srdi)")
            )[0]
        )
        if not path:
            return False
        try:
            srdi_file.save(self.session.doc, Path(path))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save the file"), str(error))
            return False
        self.recent.add(path)
        return True

    def export_report(self) -> None:
        from desktop.dialogs.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.session, self)
        self.export_dialog.open()

    def write_blank_template(self, path: str = "") -> None:
        from desktop.dialogs.export_dialog import write_error_text
        from desktop.dialogs.template_import_dialog import template_file_name, write_blank_template

        path = (
            path
            or QFileDialog.getSaveFileName(
                self,
                self.tr("Blank data-collection template"),
                template_file_name(i18n.lang()),
                self.tr("Excel workbooks (*.xlsx)"),
            )[0]
        )
        if not path:
            return
        try:
            write_blank_template(Path(path), i18n.lang())
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Cannot write the template"), write_error_text(Path(path), error)
            )
            return
        self.statusBar().showMessage(self.tr("Template written: %1").replace("%1", path), 10000)

    def import_template(self, path: str = "") -> None:
        from desktop.dialogs.template_import_dialog import TemplateImportDialog

        path = (
            path
            or QFileDialog.getOpenFileName(
                self, self.tr("Import data-collection template"), "", self.tr("Excel workbooks (*.xlsx)")
            )[0]
        )
        if path:
            self.import_dialog = TemplateImportDialog(self.session, Path(path), self)
            self.import_dialog.open()
            self.import_dialog.start()

    def show_cohort(self) -> None:
        from desktop.dialogs.cohort_dialog import CohortDialog

        self.cohort_dialog = CohortDialog(self.session, self)
        self.cohort_dialog.open()

    def install_rule_update(self) -> None:
        from desktop.dialogs.rule_update_dialog import RuleUpdateDialog

        self.rule_update_dialog = RuleUpdateDialog(self.session, self)
        self.rule_update_dialog.packs_installed.connect(self.session.reassess)
        self.rule_update_dialog.open()

    def show_about_rules(self) -> None:
        from desktop.dialogs.about_rules_dialog import AboutRulesDialog

        self.about_rules_dialog = AboutRulesDialog(self)
        self.about_rules_dialog.open()

    def show_quick_guide(self) -> None:
        from desktop.dialogs.quick_guide_dialog import QuickGuideDialog

        self.guide_dialog = QuickGuideDialog(self)
        self.guide_dialog.open()

    def show_shortcuts(self) -> None:
        from desktop.dialogs.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self, self)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        from desktop.dialogs.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def offer_welcome(self) -> None:
        """On the very first start, once the window is on screen: what the tool does, where to begin."""
        if settings().value(WELCOMED_KEY, False, type=bool) or self.session.read_only:
            return
        if self._painted:
            self._show_welcome()
        else:
            self.first_painted.connect(self._show_welcome)

    def _show_welcome(self) -> None:
        from desktop.dialogs.welcome_dialog import WelcomeDialog

        self.welcome = WelcomeDialog(self)
        self.welcome.new_chosen.connect(self.new_assessment)
        self.welcome.import_chosen.connect(self.import_template)
        self.welcome.finished.connect(lambda _result: settings().setValue(WELCOMED_KEY, True))
        self.welcome.open()

    def set_language(self, code: str) -> None:
        i18n.set_language(code)

    # --- state --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_wizard_finished_editing(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard)

    def _on_session_opened(self, _assessment_id: int) -> None:
        self._update_title()

    def _on_workspace_assessment_chosen(self, assessment_id: int) -> None:
        """The user switches firm: what was said about the one before does not stay on screen."""
        self.statusBar().clearMessage()
        if self.message is not None:
            self.message.close()
        self.session.open(assessment_id)

    def _rebuild_views(self) -> None:
        """New pages and results in the new language (their rows were laid out with translated text).

        Views not built yet stay so: they are built in the new language when first needed."""
        if self._wizard is not None and self._wizard.currentId() > 0:
            self._wizard_page = self._wizard.currentId()
        rebuild_wizard, rebuild_support = self._wizard is not None, self._support is not None
        self.dashboard = Dashboard(self.session)
        self.tabs.put(RESULTS_TAB, self.dashboard)
        self.splitters.track(self.dashboard)
        self._wizard = self._support = None
        if rebuild_wizard:
            _ = self.wizard
        if rebuild_support:
            _ = self.support
        self._views_language = i18n.current()

    def retranslate(self) -> None:
        if self._views_language != i18n.current():
            self._rebuild_views()
        self.tabs.setTabText(0, self.tr("Results"))
        self.tabs.setTabText(1, self.tr("Enter data"))
        self.tabs.setTabText(2, self.tr("Support and action plan"))
        self.dock.setWindowTitle(self.tr("Firms"))
        self.new_action.setText(self.tr("New assessment"))
        self.open_action.setText(self.tr("Open file…"))
        self.save_as_action.setText(self.tr("Save as file…"))
        self.export_action.setText(self.tr("Export report…"))
        self.template_action.setText(self.tr("Blank data-collection template…"))
        self.import_template_action.setText(self.tr("Import template…"))
        self.cohort_action.setText(self.tr("Cohort of firms…"))
        self.rule_update_action.setText(self.tr("Install rule update…"))
        self.import_firms_action.setText(self.tr("Import firms…"))
        self.export_firms_action.setText(self.tr("Export firms…"))
        self.evidence_action.setText(self.tr("Evidence for the application…"))
        self.about_rules_action.setText(self.tr("About the rules…"))
        self._retranslate_undo_redo()
        self.guide_action.setText(self.tr("Quick guide"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About SRDI Self-Check…"))
        self.exit_action.setText(self.tr("Exit"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current())
        self.workspace.retranslate()
        self._update_title()

    def _retranslate_undo_redo(self) -> None:
        """The menu says what would be undone ("Undo 营业收入"); the toolbar button always says only
        "Undo" (its icon text), at a width fixed per language, so an edit never re-lays out the window."""
        for action, text in ((self.undo_action, self.tr("Undo")), (self.redo_action, self.tr("Redo"))):
            action.setText(text)
            action.setIconText(text)
            button = self.toolbar.widgetForAction(action)
            button.setMinimumWidth(0)
            button.setMaximumWidth(16777215)
            button.setFixedWidth(button.sizeHint().width())

    def _update_title(self) -> None:
        """ "专精特新达标自评 — <firm>（示例）" : the app first, as Chinese office programs title their windows."""
        firm = self.session.doc.firm
        name = firm.profile.name or self.tr("(unnamed firm)")
        sample = self.tr(" (sample)") if is_sample(firm) else ""
        read_only = f" ({self.tr('read only')})" if self.session.read_only else ""
        self.setWindowTitle(f"{self.tr('SRDI Self-Check')} — {name}{sample}[*]{read_only}")  # [*]: unsaved

    def _on_session_changed(self, path: str) -> None:
        if path:
            self._update_saved_label()
        if path in ("", "profile.name", "profile.credit_code"):
            self._update_title()

    def _update_saved_label(self) -> None:
        unsaved = self.session.unsaved
        self.saved_label.setText(self.tr("Not saved") if unsaved else self.tr("All changes saved"))

    def _on_session_save_state_changed(self) -> None:
        self.setWindowModified(self.session.unsaved)
        self._update_saved_label()

    def _on_session_problem(self, text: str) -> None:
        """The one place the window tells the user that something they asked for did not happen."""
        self.statusBar().showMessage(text, 15000)
        self.message = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("SRDI Self-Check"), text, QMessageBox.StandardButton.Ok, self
        )
        self.message.open()

    # --- start-up notices ---------------------------------------------------------------------

    def set_read_only(self, reason: str) -> None:
        """Say why this window cannot change the workspace; the actions that would are disabled."""
        self.banner.set_read_only_reason(reason)
        for action in (self.new_action, self.open_action, self.import_template_action):
            action.setEnabled(False)
        self.workspace.delete_action.setEnabled(False)
        self._update_title()

    def report_recovery(self, recovery: Recovery) -> None:
        """After the window shows: what was wrong with the workspace and what was recovered."""
        from desktop.widgets.recovery_message import RecoveryMessage

        self.recovery_message = RecoveryMessage(recovery, self)
        QTimer.singleShot(0, self.recovery_message.open)

    def bring_to_front(self) -> None:
        """Another start of the app on this workspace asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.unsaved and not self.session.retry_save() and not self._keep_unsaved_work():
            event.ignore()
            return
        save_window(self)
        self.closing.emit()
        super().closeEvent(event)

    def _keep_unsaved_work(self) -> bool:
        """Offer to save what the workspace could not take as a file; True if the window may close."""
        answer = QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "Your latest changes are not in the workspace. Save them as a file before closing? "
                "Closing without saving loses them."
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_file()
        return answer == QMessageBox.StandardButton.Discard

    def restore_page(self) -> None:
        page = self.session.workspace.get_state("wizard_page")
        tab = self.session.workspace.get_state("tab")
        if page.isdigit():
            self._go_to_page(PageId(int(page)))
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(tab))

    def _go_to_page(self, page: int) -> None:
        """The wizard's page now if it is built, else as soon as it is."""
        self._wizard_page = page
        if self._wizard is not None:
            self._wizard.go_to(page)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index < 0:
            return
        self._view(index)  # a view shown for the first time is built now
        # Saved at once, not on close, so that a crash reopens on the same tab.
        self.session.workspace.set_state("tab", TABS[index])


class LazyTabs(QTabWidget):
    """Tabs whose views may be built on first use: `widget(i)` builds a view not built yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._builders: dict[int, Callable[[], object]] = {}

    def add_lazy_tab(self, build: Callable[[], object]) -> None:
        """A placeholder tab; `build` makes the view and hands it to `put`."""
        self._builders[self.addTab(QWidget(), "")] = build

    def put(self, index: int, widget: QWidget) -> None:
        """Put a view in place of its tab's placeholder (or its older self), keeping the tab shown."""
        self._builders.pop(index, None)
        current, old, text = self.currentIndex(), super().widget(index), self.tabText(index)
        self.blockSignals(True)  # the tab state must not flip while the tabs are swapped
        self.removeTab(index)
        self.insertTab(index, widget, text)
        self.setCurrentIndex(current)
        self.blockSignals(False)
        old.deleteLater()

    def widget(self, index: int) -> QWidget:
        build = self._builders.pop(index, None)
        if build is not None:
            build()
        return super().widget(index)


def _stacked(*widgets: QWidget) -> QWidget:
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    return container
