"""Translation at the edge: our .qm for UI strings plus Qt's own qtbase (so QWizard's buttons are Chinese).

Source strings in the code are English; Chinese (zh_CN) is the default language. Rule texts carry their
own zh/en strings and are picked with `lang()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resources_dir, settings

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT = "zh_CN"
_installed: list[QTranslator] = []
_current = DEFAULT


def saved_language() -> str:
    value = settings().value("language", DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def install(language: str) -> None:
    """Swap the app's translators; widgets retranslate on QEvent.LanguageChange."""
    global _current
    _current = language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"srdi_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def set_language(language: str) -> None:
    settings().setValue("language", language)
    install(language)


def lang() -> str:
    """ "zh" or "en": which half of a rule text (results.Text) to show."""
    return "en" if _current == "en" else "zh"


def current() -> str:
    return _current
