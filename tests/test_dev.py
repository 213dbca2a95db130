"""`dev.py app` on a fresh Linux desktop: when Qt cannot load its xcb plugin, it names what to install."""

from __future__ import annotations

import dev

QT_SAID = (
    "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.\n"
    'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.\n'
)


def test_the_missing_libraries_become_one_apt_get_line_of_their_packages():
    advice = dev.xcb_advice(QT_SAID, ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "    sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in advice


def test_without_ldd_findings_the_whole_set_is_named():
    advice = dev.xcb_advice(QT_SAID, [])
    line = next(line for line in advice.splitlines() if "apt-get install" in line)
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libegl1"):
        assert package in line.split()


def test_no_display_at_all_is_said_as_such():
    said = "qt.qpa.xcb: could not connect to display \n" + QT_SAID
    advice = dev.xcb_advice(said, [])
    assert "no screen" in advice
    assert "apt-get" not in advice


def test_ldd_output_gives_each_missing_library_once():
    ldd = (
        "\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f4b125d8000)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f4b12533000)\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
    )
    assert dev.not_found(ldd) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
