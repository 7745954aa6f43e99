"""The shipped languages are complete and well-formed: the UI (.ts) and the evidence report.

Spanish, Romanian and Thai sit beside English and Swedish. A string left untranslated shows up
in English in the middle of a Thai window; a dropped placeholder loses a number; a Romanian ş
with a cedilla is a different letter from the ș the language uses. These tests catch each.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from typing import get_args

import pytest
from pypdf import PdfReader

from workbook import cli
from workbook.reports.catalogs import CATALOGS
from workbook.reports.evidence import Language
from workbook.reports.strings import LANGUAGES, REPORT_LANGUAGES, SV, Strings
from workbook.services import export

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
NEW = ("es", "ro", "th")
PLURAL_FORMS = {"es": 2, "ro": 3, "th": 1}  # Qt's numerus forms for each language
QT_ARG = re.compile(r"%(?:\d+|n)")
FIELD = re.compile(r"\{(\w+)\}")


def _messages(language: str) -> list[ET.Element]:
    root = ET.parse(TRANSLATIONS / f"workbook_{language}.ts").getroot()
    assert root.get("language", "").startswith(language)
    return list(root.iter("message"))


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", NEW)
def test_every_ui_string_is_translated(language: str) -> None:
    untranslated = [message.findtext("source") for message in _messages(language)
                    if (translation := message.find("translation")) is not None
                    and translation.get("type") in ("unfinished", "vanished", "obsolete")]
    assert not untranslated, (
        f"{len(untranslated)} strings without a {language} translation "
        f"(tools/ts_fill.py resources/translations/workbook_{language}.ts --list): "
        f"{untranslated[:10]}")


@pytest.mark.parametrize("language", NEW)
def test_ui_translations_keep_every_placeholder(language: str) -> None:
    for message in _messages(language):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            continue  # reported by the test above
        source = message.findtext("source") or ""
        wanted = sorted(set(QT_ARG.findall(source)))
        forms = _forms(message)
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[language], source
        for index, form in enumerate(forms):
            assert form.strip(), source
            found = sorted(set(QT_ARG.findall(form)))
            # The singular may say "one" in words instead of %n ("Its attached file...").
            singular = message.get("numerus") == "yes" and index == 0 and len(forms) > 1
            if singular:
                found = sorted(set(found) | {"%n"})
            assert found == wanted, f"{source!r} -> {form!r}"


@pytest.mark.parametrize("language", NEW)
def test_ui_accelerators_stay_single(language: str) -> None:
    """A translated "&Save" keeps exactly one accelerator, so Alt+letter still works."""
    for message in _messages(language):
        source = message.findtext("source") or ""
        if source.replace("&&", "").count("&") != 1:
            continue
        for form in _forms(message):
            assert form.replace("&&", "").count("&") == 1, f"{source!r} -> {form!r}"


def test_romanian_uses_the_comma_below() -> None:
    texts = [form for message in _messages("ro") for form in _forms(message)]
    texts += list(CATALOGS["ro"].words.values())
    wrong = [text for text in texts if re.search("[şţŞŢ]", text)]
    assert not wrong, wrong[:5]
    assert any("ț" in text for text in texts) and any("ș" in text for text in texts)


def test_romanian_counts_take_de_from_twenty() -> None:
    ro = Strings("ro")
    said = {n: ro.plural(n, "{n} shift", "{n} shifts") for n in (1, 2, 19, 20, 59, 100, 101,
                                                                  120, 0)}
    assert said == {1: "1 tură", 2: "2 ture", 19: "19 ture", 20: "20 de ture",
                    59: "59 de ture", 100: "100 de ture", 101: "101 ture",
                    120: "120 de ture", 0: "0 ture"}
    assert Strings("sv").plural(59, "{n} shift", "{n} shifts") == "59 pass"


@pytest.mark.parametrize("language", NEW)
def test_report_catalog_covers_every_report_string(language: str) -> None:
    """The report's words are keyed by the English source; Swedish has every key there is."""
    words = CATALOGS[language].words
    missing = [key for key in SV if key not in words]
    assert not missing, f"{language}: no translation for {missing[:5]}"
    stale = [key for key in words if key not in SV]
    assert not stale, f"{language}: words the report no longer uses: {stale[:5]}"
    for key, text in words.items():
        assert sorted(FIELD.findall(key)) == sorted(FIELD.findall(text)), (key, text)
        assert text.strip()


def test_every_report_language_is_offered_everywhere() -> None:
    assert set(REPORT_LANGUAGES) == {"en", "sv", "es", "ro", "th"}
    assert tuple(export.LANGUAGES) == REPORT_LANGUAGES
    assert get_args(Language) == REPORT_LANGUAGES
    assert cli.REPORT_LANGUAGES == REPORT_LANGUAGES
    for code in REPORT_LANGUAGES:
        assert Strings(code).forms is LANGUAGES[code]


@pytest.mark.parametrize(("language", "long_date", "amount", "when", "period"), [
    ("es", "1 de marzo de 2026", "−7.675,75\u00a0SEK", "15 de abril de 2026, 14:03",
     "1 de marzo – 31 de marzo de 2026"),
    ("ro", "1 martie 2026", "−7.675,75\u00a0SEK", "15 aprilie 2026, ora 14:03",
     "1 martie – 31 martie 2026"),
    ("th", "1 มีนาคม 2026", "−7,675.75\u00a0SEK", "15 เมษายน 2026 เวลา 14:03 น.",
     "1 มีนาคม – 31 มีนาคม 2026"),
])
def test_report_dates_and_amounts_read_as_the_language_writes_them(
        language: str, long_date: str, amount: str, when: str, period: str) -> None:
    words = Strings(language)
    assert words.date_long(date(2026, 3, 1)) == long_date
    assert words.money(-767575, "SEK") == amount
    assert words.datetime_long(datetime(2026, 4, 15, 14, 3)) == when
    assert words.period(date(2026, 3, 1), date(2026, 3, 31)) == period
    assert words("Page {page} of {pages}", page=1, pages=9) != "Page 1 of 9"


def test_english_and_swedish_formats_are_unchanged() -> None:
    english, swedish = Strings("en"), Strings("sv")
    assert english.money(767575, "SEK") == "7,675.75\u00a0SEK"
    assert swedish.money(767575, "SEK") == "7\u00a0675,75\u00a0SEK"
    assert swedish.percent(25) == "25\u00a0%" and english.percent(25) == "25%"
    assert swedish.datetime_long(datetime(2026, 4, 15, 14, 3)) == "15 april 2026 kl. 14.03"
    assert english.period(date(2026, 3, 1), date(2026, 3, 31)) == "1 March – 31 March 2026"
    assert swedish.date_short(date(2026, 3, 28)) == "lör 2026-03-28"


PASSPHRASE = "a passphrase for the language test\n"


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("languages")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "WORKBOOK"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")
    _workbook(env, "demo", stdin=PASSPHRASE * 2)
    return env


def _workbook(env: dict[str, str], *args: str, stdin: str = PASSPHRASE) -> str:
    result = subprocess.run([sys.executable, "-m", "workbook", "--passphrase-stdin", *args],
                            input=stdin, capture_output=True, text=True, env=env, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(("language", "heading", "month"), [
    ("es", "Qué prueba esto y qué no", "de 20"),
    ("ro", "Ce dovedește asta și ce nu", "Pagina 1 din"),
    ("th", "สิ่งนี้พิสูจน์อะไร", "หน้า 1 จาก"),
])
def test_the_pdf_prints_each_new_language(demo_env: dict[str, str], tmp_path: Path,
                                          language: str, heading: str, month: str) -> None:
    pdf = tmp_path / f"report-{language}.pdf"
    _workbook(demo_env, "export", "--from", "2000-01-01", "--to", "2099-12-31",
              "--profile", "full", "--language", language, "--pdf", str(pdf))
    reader = PdfReader(pdf)
    # poppler reads the Thai subset fonts' text back; pypdf does not
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert heading in text
    assert month in text
    assert "What this proves" not in text  # no English left where a translation exists
    if language == "th":
        fonts = {str(font.get("/BaseFont", "")) for page in reader.pages
                 for font in page["/Resources"]["/Font"].values()}
        assert any("NotoSansThai" in font for font in fonts), fonts


def test_the_app_brings_its_own_thai_font(qapp: object) -> None:
    """On a desktop without a Thai font the Thai translation would be empty boxes; the app
    registers the Noto Sans Thai it ships, and Qt falls back to it."""
    from PySide6.QtGui import QFontDatabase

    from workbook.ui.app import register_shipped_fonts

    assert register_shipped_fonts() == 4
    assert "Noto Sans Thai" in QFontDatabase.families()
    assert QFontDatabase.WritingSystem.Thai in QFontDatabase.writingSystems("Noto Sans Thai")
