"""A calm, clear look: warm light background, one muted accent, generous spacing, and a focus
frame on every control that can take the keyboard (the frame is a thicker border, so focus is
visible without relying on colour perception alone).

Sizes are in ``em``-like units derived from the font's pixel height, so the whole app scales with
the font (tested at 200%).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from workbook.ui.resources import icon_path

ACCENT = "#1f5f66"
ACCENT_SOFT = "#d9ebec"
INK = "#1f2328"
MUTED = "#58606a"
PAPER = "#f7f5f2"
CARD = "#ffffff"
LINE = "#c9c4bb"
ERROR = "#a4262c"
WARNING_BG = "#fff4d6"
WARNING_LINE = "#c99a2e"

_QSS = """
QLabel#title {{ font-size: {h1}px; font-weight: 600; }}
QLabel#pageTitle {{ font-size: {h2}px; font-weight: 600; }}
QLabel#hint, QLabel#count {{ color: {muted}; }}
QLabel#error {{ color: {error}; font-weight: 600; }}
QLabel#warning {{ background: {warning_bg}; border: 1px solid {warning_line};
                  border-radius: {r}px; padding: {p}px; }}
QLabel#note {{ background: {accent_soft}; border-radius: {r}px; padding: {p}px; }}
QFrame#card {{ background: {card}; border: 1px solid {line}; border-radius: {r2}px; }}
QFrame#card QLabel, QFrame#card QCheckBox, QFrame#card #cardPage {{ background: transparent; }}

QPushButton {{ background: {card}; border: 1px solid {line}; border-radius: {r}px;
               padding: {py}px {px}px; min-height: {mh}px; }}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:pressed {{ background: {accent_soft}; }}
QPushButton:disabled {{ color: #8a8f96; background: #efede9; }}
QPushButton:focus {{ border: 2px solid {accent}; padding: {pyf}px {pxf}px; }}
QPushButton#primary {{ background: {accent}; color: white; border-color: {accent};
                       font-weight: 600; }}
QPushButton#primary:focus {{ border: 2px solid {ink}; }}
QPushButton#primary:disabled {{ background: #9bb5b8; border-color: #9bb5b8; }}
QPushButton#link {{ border: 1px solid transparent; background: transparent; color: {accent};
                    text-decoration: underline; padding: {py}px {pxs}px; }}
QPushButton#link:focus {{ border: 2px solid {accent}; }}
QPushButton#danger {{ color: {error}; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit,
QDateTimeEdit {{ background: {card}; border: 1px solid {line}; border-radius: {r}px;
                 padding: {pyi}px {pxi}px; min-height: {mhi}px;
                 selection-background-color: {accent}; selection-color: white; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDateEdit:focus, QTimeEdit:focus, QDateTimeEdit:focus {{ border: 2px solid {accent}; }}
QComboBox {{ padding-right: {arrow}px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
                        width: {arrow}px; border: none; }}
QComboBox::down-arrow {{ image: url({down}); width: {ind}px; height: {ind}px; }}
QComboBox QAbstractItemView {{ background: {card}; selection-background-color: {accent};
                               selection-color: white; }}
QAbstractSpinBox {{ padding-right: {arrow}px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: {arrow}px; border: none; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: {arrowi}px; height: {arrowi}px; }}
QAbstractSpinBox::down-arrow {{ image: url({down}); width: {arrowi}px; height: {arrowi}px; }}
QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
                        width: {arrow}px; border: none; }}
QDateEdit::down-arrow {{ image: url({down}); width: {ind}px; height: {ind}px; }}
QCheckBox, QRadioButton {{ padding: 3px 6px 3px 2px; spacing: {p}px;
                           border: 2px solid transparent; border-radius: {r}px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {accent}; }}
QCheckBox::indicator {{ width: {ind}px; height: {ind}px; border: 1px solid #6f695f;
                        border-radius: 3px; background: {card}; }}
QCheckBox::indicator:checked {{ background: {accent}; border-color: {accent};
                                image: url({check}); }}
QCheckBox::indicator:disabled {{ background: #ece9e4; border-color: #b9b4ab; }}

QListWidget#nav {{ background: {card}; border: none; border-right: 1px solid {line};
                   padding: {p}px 0; outline: 0; }}
QListWidget#nav::item {{ padding: {pyn}px {pxn}px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{ background: {accent_soft}; color: {ink};
                                  border-left: 4px solid {accent}; }}
QListWidget#nav:focus {{ border: 2px solid {accent}; }}

QTableView {{ background: {card}; border: 1px solid {line}; border-radius: {r}px;
              gridline-color: #e6e2dc; alternate-background-color: #faf9f7;
              selection-background-color: {accent}; selection-color: white; }}
QTableView:focus {{ border: 2px solid {accent}; }}
QHeaderView::section {{ background: #efece7; border: none; border-bottom: 1px solid {line};
                        padding: {pyi}px {pxi}px; font-weight: 600; }}
QToolBar {{ background: {card}; border-bottom: 1px solid {line}; spacing: {p}px;
            padding: {p}px; }}
QToolBar QToolButton {{ padding: {py}px {px}px; border: 1px solid {line};
                        border-radius: {r}px; background: {card}; }}
QToolBar QToolButton:hover {{ border-color: {accent}; }}
QToolBar QToolButton:focus {{ border: 2px solid {accent}; }}
QToolBar QToolButton#hideButton {{ background: {accent}; color: white; border-color: {accent};
                                   font-weight: 600; }}
QToolBar QToolButton#hideButton:focus {{ border: 2px solid {ink}; }}
QStatusBar {{ background: {card}; border-top: 1px solid {line}; color: {muted}; }}
QGroupBox {{ background: {card}; border: 1px solid {line}; border-radius: {r2}px;
             margin-top: {gt}px; padding: {gp}px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {p}px; padding: 0 {pxs}px; }}
QGroupBox QLabel, QGroupBox QCheckBox {{ font-weight: normal; background: transparent; }}
QProgressBar {{ border: 1px solid {line}; border-radius: 4px; background: #ece9e4; }}
QProgressBar::chunk {{ background: {accent}; border-radius: 3px; }}
QProgressBar[level="0"]::chunk {{ background: {error}; }}
QProgressBar[level="1"]::chunk {{ background: #c0562b; }}
QProgressBar[level="2"]::chunk {{ background: #b48a12; }}
QScrollArea {{ border: none; }}
QWidget#saveBar {{ background: {card}; border-top: 1px solid {line}; }}
"""


def stylesheet(font: QFont) -> str:
    h = QFontMetrics(font).height()  # about 17 px at 10 pt, 34 px at 200%

    def u(factor: float) -> int:
        return max(1, round(h * factor))

    return _QSS.format(
        ink=INK, muted=MUTED, paper=PAPER, card=CARD, line=LINE, accent=ACCENT,
        accent_soft=ACCENT_SOFT, error=ERROR, warning_bg=WARNING_BG, warning_line=WARNING_LINE,
        h1=u(1.45), h2=u(1.2), r=u(0.3), r2=u(0.45), p=u(0.45), py=u(0.3), px=u(0.8),
        pyf=max(0, u(0.3) - 1), pxf=max(0, u(0.8) - 1), pxs=u(0.3), mh=u(1.3),
        pyi=u(0.2), pxi=u(0.35), mhi=u(1.3), pyn=u(0.5), pxn=u(0.9), gt=u(0.9), gp=u(0.6),
        ind=u(0.9), check=icon_path("check").as_posix(), arrow=u(1.4), arrowi=u(0.6),
        down=icon_path("chevron-down").as_posix(), up=icon_path("chevron-up").as_posix(),
    )


def apply_theme(app: QApplication) -> None:
    current = app.style()
    if current is None or current.name().lower() != "fusion":
        app.setStyle("Fusion")  # (creating a style costs ~20 ms: only when not already Fusion)
    palette = app.palette()
    # Colours that apply everywhere go in the palette, not in a universal style-sheet rule:
    # a rule matching every widget sends all of them down Qt's slow style-sheet path.
    for role, colour in ((QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, CARD),
                         (QPalette.ColorRole.AlternateBase, "#faf9f7"),
                         (QPalette.ColorRole.WindowText, INK), (QPalette.ColorRole.Text, INK),
                         (QPalette.ColorRole.ButtonText, INK), (QPalette.ColorRole.Button, CARD),
                         (QPalette.ColorRole.Highlight, ACCENT),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.Link, ACCENT),
                         (QPalette.ColorRole.PlaceholderText, "#6b7280"),
                         (QPalette.ColorRole.ToolTipBase, CARD),
                         (QPalette.ColorRole.ToolTipText, INK)):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(app.font()))
