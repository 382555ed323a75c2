"""File ▸ Export Image offers print sizes (a report column, a full page, a slide): the figure is laid
out at that size so its text prints at 8 pt or more, the PNG carries the DPI that places it at that
size, and the choice is offered again next time."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from explorer.exports.print_size import PRESETS

from .keys import CTRL, K, export_to, press


def _choose(dialog, key: str) -> None:
    dialog.print_box.setCurrentIndex(dialog.print_box.findData(key))


def test_a_print_size_sets_the_layout_size_and_resolution_and_says_what_prints(qtbot, window):
    from explorer.gui.export_dialog import ExportOptionsDialog

    dialog = ExportOptionsDialog("png", (1200, 800), 96, "T", window)
    qtbot.addWidget(dialog)
    assert dialog.print_size() == "" and "prints at 31.8 \u00d7 21.2 cm" in dialog.pixels.text()
    _choose(dialog, "column")
    want = PRESETS["column"]
    assert (dialog.width_box.value(), dialog.height_box.value()) == want.layout_size()
    assert dialog.dpi_box.value() == 300
    text = dialog.pixels.text()
    assert "1891 \u00d7 1181 pixels" in text and "prints at 16.0 \u00d7 10.0 cm" in text and "text 8 pt" in text
    dialog.width_box.setValue(700)  # a width typed by hand: a size in pixels again
    assert dialog.print_size() == ""
    _choose(dialog, "slide")
    assert dialog.dpi_box.value() == 150 and dialog.print_size() == "slide"


@pytest.mark.parametrize("key", ["column", "slide"])
def test_ctrl_e_at_a_print_size_writes_that_size_and_offers_it_again(qtbot, window, monkeypatch, tmp_path, key):
    path = tmp_path / "report.png"
    offered = []

    def look(dialog):
        offered.append(dialog.print_size())
        _choose(dialog, key)

    export_to(monkeypatch, path, look)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_E, CTRL)
    img = QImage(str(path))
    want = PRESETS[key]
    assert abs(img.width() - want.pixels()[0]) <= 2 and abs(img.height() - want.pixels()[1]) <= 2
    assert img.dotsPerMeterX() * 0.0254 == pytest.approx(want.dpi, abs=0.5)
    path.unlink()
    press(qtbot, K.Key_E, CTRL)  # the next export offers the same print size
    assert offered == ["", key] and path.exists()


def test_an_emphasis_follows_its_events_into_an_image_that_left_lanes_out(qtbot, lanes_window, tmp_path):
    """The view's emphasis is by position in all its lanes: an image keeping only some lanes takes
    the positions of those lanes (it once indexed the kept events by the whole array's positions)."""
    timeline = lanes_window.timeline
    events = [e for d in lanes_window.model.documents for e in d.events]
    timeline.set_emphasis({e.id for e in events[::2]})
    from explorer.gui.render import export as render_export

    emphasised_keys = [lanes_window.model.key_of(e.id) for e in events[::2]]
    seen = {}
    original = render_export.render_figure

    def render(fig, out, dpi=96):
        seen["kept"], seen["emph"], seen["rows"] = fig.kept, fig.item.emphasis_mask, fig.item.events.row.copy()
        return original(fig, out, dpi)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render_export, "render_figure", render)
        timeline.export_image(tmp_path / "small.png", size=(605, 220), dpi=96)
    assert seen["kept"] is not None and not seen["kept"].all()  # lanes were left out
    expected = np.isin(seen["rows"], np.asarray(emphasised_keys, np.int64))
    assert expected.any() and not expected.all()  # the image draws emphasised and dimmed events
    assert seen["emph"] is not None and (seen["emph"] == expected).all()  # each drawn event as the view has it
