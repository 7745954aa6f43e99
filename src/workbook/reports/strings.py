"""Words and number formats for the reports, in English and Swedish.

The report is a document for a rep or a lawyer, rendered outside Qt, so it has its own small
catalog instead of Qt's ``tr()``: keys are the English source strings, ``SV`` maps each to natural
Swedish. ``Strings(lang)("Page {page} of {pages}", page=1, pages=9)`` looks up and fills in.
A key missing from the catalog prints in English and is remembered in ``Strings.missing`` so a
test can fail on it.

Formats: dates in words are "1 March 2026" / "1 mars 2026"; tables use ISO dates
(2026-03-01), which both readers know and which sort. Amounts carry the ISO currency code in
both languages ("7,675.75 SEK", "7 675,75 SEK"): a report can hold several currencies, and "kr"
would not say which crowns. Negative amounts use a true minus sign (−).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from workbook.domain.categories import (
    CONTROL_INDICATOR_LABELS,
    INCIDENT_CATEGORY_LABELS,
    MONEY_CATEGORY_LABELS,
    SEVERITY_LABELS,
)
from workbook.domain.money import divide_half_even, format_amount
from workbook.reports.catalogs import CATALOGS, ReportLanguage
from workbook.reports.verify_words import VERIFY_SV

MINUS = "\u2212"
NBSP = "\u00a0"

PERSON_ROLE_LABELS = {
    "manager": "Manager", "owner": "Owner", "coworker": "Coworker", "security": "Security",
    "dj": "DJ", "client": "Client", "other": "Other person",
}
SHIFT_ROLE_LABELS = {
    "stage": "Stage", "floor": "Floor", "vip": "VIP", "reception": "Reception",
    "booking": "Booking", "cam": "Cam", "other": "Other",
}
WORKPLACE_KIND_LABELS = {
    "club": "Club", "agency": "Agency", "venue": "Venue", "online_platform": "Online platform",
    "independent": "Independent", "other": "Other",
}
INVOLVEMENT_LABELS = {"involved": "involved", "witness": "witness"}
MONEY_KIND_LABELS = {"earning": "Earning", "deduction": "Taken by workplace",
                     "expense": "Own expense"}
PAYMENT_METHOD_LABELS = {"cash": "Cash", "card": "Card", "transfer": "Transfer", "app": "App"}
PROFILE_LABELS = {"full": "Full", "union": "Union", "totals": "Totals only"}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december")
MONTHS_SHORT_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec")
MONTHS_SHORT_SV = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov",
                   "dec")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_SV = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")


def hours_text(seconds: int) -> str:
    """Seconds as hours with two decimals, rounded half to even: 60300 → ``"16.75"``."""
    hundredths = divide_half_even(seconds * 100, 3600)
    sign = "-" if hundredths < 0 else ""
    whole, frac = divmod(abs(hundredths), 100)
    return f"{sign}{whole}.{frac:02d}"


class Strings:
    """Translations and formats for one language (a key of ``LANGUAGES``: en, sv, es, ro, th)."""

    missing: ClassVar[set[str]] = set()

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no report translation for {language!r}")
        self.language = language
        self.forms = LANGUAGES[language]
        self.catalog = self.forms.words

    # -- words

    def __call__(self, text: str, **values: object) -> str:
        if self.language != "en":
            found = self.catalog.get(text)
            if found is None:
                Strings.missing.add(text)
            else:
                text = found
        return text.format(**values) if values else text

    def plural(self, n: int, one: str, many: str) -> str:
        """``one`` or ``many`` (templates with ``{n}``) for the count ``n``, translated. Romanian
        puts "de" between a count and its noun when the count's last two digits are 00 or
        20–99 ("20 de ture", "100 de ture", but "19 ture", "101 ture")."""
        template = one if n == 1 else many
        if self.language == "ro" and n != 0 and (n % 100 == 0 or n % 100 >= 20):
            translated = self.catalog.get(template)
            if translated is not None and translated.startswith("{n} "):
                return translated.replace("{n} ", "{n} de ", 1).format(n=self.integer(n))
        return self(template, n=self.integer(n))

    def money_category(self, slug: str) -> str:
        if slug.startswith("custom:"):
            return slug.removeprefix("custom:")
        return self(MONEY_CATEGORY_LABELS.get(slug, slug))

    def incident_category(self, slug: str) -> str:
        return self(INCIDENT_CATEGORY_LABELS.get(slug, slug))

    def indicator(self, slug: str) -> str:
        return self(CONTROL_INDICATOR_LABELS.get(slug, slug))

    def severity(self, level: int) -> str:
        return f"{level} ({self(SEVERITY_LABELS.get(level, '?')).lower()})"

    def person_role(self, slug: str) -> str:
        return self(PERSON_ROLE_LABELS.get(slug, slug))

    def shift_role(self, slug: str) -> str:
        return self(SHIFT_ROLE_LABELS.get(slug, slug))

    def workplace_kind(self, slug: str) -> str:
        return self(WORKPLACE_KIND_LABELS.get(slug, slug))

    def involvement(self, slug: str) -> str:
        return self(INVOLVEMENT_LABELS.get(slug, slug))

    def money_kind(self, slug: str) -> str:
        return self(MONEY_KIND_LABELS.get(slug, slug))

    def method(self, slug: str | None) -> str:
        return "" if slug is None else self(PAYMENT_METHOD_LABELS.get(slug, slug))

    def profile_name(self, slug: str) -> str:
        return self(PROFILE_LABELS.get(slug, slug))

    # -- numbers

    def _localise(self, text: str) -> str:
        """``"-7,675.75"`` (Python's grouping) → ``"−7,675.75"`` or ``"−7 675,75"``."""
        if (self.forms.group, self.forms.decimal) != (",", "."):
            text = text.replace(",", "\0").replace(".", self.forms.decimal)
            text = text.replace("\0", self.forms.group)
        return text.replace("-", MINUS)

    def amount(self, minor: int, currency: str) -> str:
        """``767575, "SEK"`` → ``"7,675.75"`` / ``"7 675,75"`` (no currency code)."""
        return self._localise(format_amount(minor, currency, grouping=True))

    def money(self, minor: int, currency: str) -> str:
        """``767575, "SEK"`` → ``"7,675.75 SEK"`` / ``"7 675,75 SEK"``."""
        return f"{self.amount(minor, currency)}{NBSP}{currency}"

    def signed_amount(self, minor: int, currency: str) -> str:
        """A change: ``+200.00`` or ``−150.00``."""
        text = self.amount(minor, currency)
        return f"+{text}" if minor > 0 else text

    def decimal(self, text: str) -> str:
        """A decimal string such as ``"16.75"`` in the language's form."""
        return self._localise(text)

    def hours(self, seconds: int) -> str:
        return self.decimal(hours_text(seconds))

    def integer(self, n: int) -> str:
        return self._localise(f"{n:,}")

    def percent(self, n: int) -> str:
        return self.forms.percent.format(n=self.integer(n))

    def size(self, n_bytes: int) -> str:
        if n_bytes < 1024:
            return f"{self.integer(n_bytes)} B"
        if n_bytes < 1024 * 1024:
            return f"{self.decimal(f'{n_bytes / 1024:.1f}')} KB"
        return f"{self.decimal(f'{n_bytes / 1048576:.1f}')} MB"

    # -- dates

    def date_long(self, day: date) -> str:
        return self.forms.date_long.format(day=day.day, month=self.forms.months[day.month - 1],
                                           year=day.year)

    def date_short(self, day: date) -> str:
        """``"Sat 2026-03-28"`` / ``"lör 2026-03-28"``: the weekday helps a reader place a night."""
        return f"{self.forms.weekdays[day.weekday()]} {day.isoformat()}"

    def month_long(self, day: date) -> str:
        return self.forms.month_long.format(month=self.forms.months[day.month - 1], year=day.year)

    def month_short(self, day: date) -> str:
        return f"{self.forms.months_short[day.month - 1]} {day.year % 100:02d}"

    def period(self, start: date, end: date) -> str:
        """``"1 March – 31 March 2026"``, or with both years when they differ."""
        if start.year == end.year:
            first = self.forms.day_month.format(day=start.day,
                                                month=self.forms.months[start.month - 1])
            return f"{first} – {self.date_long(end)}"
        return f"{self.date_long(start)} – {self.date_long(end)}"

    def time(self, moment: datetime) -> str:
        return moment.strftime("%H:%M")

    def datetime_long(self, moment: datetime) -> str:
        """``"15 April 2026, 14:03"`` / ``"15 april 2026 kl. 14.03"``."""
        return self.forms.datetime_long.format(date=self.date_long(moment.date()),
                                               hour=f"{moment:%H}", minute=f"{moment:%M}")

    def datetime_short(self, moment: datetime) -> str:
        return f"{moment.date().isoformat()} {moment:%H:%M}"


# --------------------------------------------------------------------------- Swedish

SV: dict[str, str] = {
    # --- labels of the domain vocabularies
    "Wage": "Lön",
    "Stage dances": "Scendanser",
    "Private dances": "Privatdanser",
    "VIP / champagne room": "VIP-/champagnerum",
    "Tips": "Dricks",
    "Bookings": "Bokningar",
    "Online sales": "Försäljning online",
    "House fee": "Husavgift",
    "Stage or bar fee": "Scen- eller baravgift",
    "Tip-out": "Dricksavgift",
    "Fine": "Straffavgift",
    "Commission": "Provision",
    "Agency fee": "Agenturavgift",
    "Deposit kept": "Behållen deposition",
    "Costumes": "Kostymer",
    "Transport": "Resor",
    "Advertising": "Annonsering",
    "Security": "Säkerhet",
    "Health": "Hälsa",
    "Phone": "Telefon",
    "Other": "Övrigt",
    "Unpaid wages": "Obetald lön",
    "Unlawful deduction or fine": "Otillåtet avdrag eller straffavgift",
    "Forced tip-out": "Tvingad dricksavgift",
    "Unpaid or unsafe hours": "Obetalda eller osäkra timmar",
    "No breaks": "Inga raster",
    "Unsafe conditions": "Osäkra förhållanden",
    "Harassment by management": "Trakasserier från ledningen",
    "Sexual harassment": "Sexuella trakasserier",
    "Assault": "Misshandel",
    "Discrimination": "Diskriminering",
    "Pressure to cross boundaries": "Press att gå över gränser",
    "Threats (outing, deportation, dismissal)": "Hot (om att bli utpekad, utvisad, avskedad)",
    "Documents or money withheld": "Dokument eller pengar undanhållna",
    "Misclassification": "Felaktigt klassad som egenföretagare",
    "Schedule coercion": "Tvång kring schemat",
    "Set schedule": "Fast schema",
    "Time off needs approval": "Ledighet kräver godkännande",
    "Dress or appearance rules": "Regler för klädsel eller utseende",
    "Workplace sets prices": "Arbetsplatsen bestämmer priserna",
    "Fines": "Straffavgifter",
    "Required tip-outs": "Obligatoriska dricksavgifter",
    "Quotas (dances, drinks)": "Kvoter (danser, drinkar)",
    "Can be banned or dismissed": "Kan stängas av eller avskedas",
    "Must stay until closing": "Måste stanna till stängning",
    "Controls music or stage rota": "Bestämmer musik eller scenschema",
    "Minor": "Liten",
    "Low": "Låg",
    "Serious": "Allvarlig",
    "High": "Hög",
    "Grave": "Mycket allvarlig",
    "Manager": "Chef",
    "Owner": "Ägare",
    "Coworker": "Kollega",
    "DJ": "DJ",
    "Client": "Kund",
    "Other person": "Annan person",
    "Stage": "Scen",
    "Floor": "Golv",
    "VIP": "VIP",
    "Reception": "Reception",
    "Booking": "Bokning",
    "Cam": "Kamera",
    "Club": "Klubb",
    "Agency": "Agentur",
    "Venue": "Lokal",
    "Online platform": "Onlineplattform",
    "Independent": "Egen verksamhet",
    "involved": "inblandad",
    "witness": "vittne",
    "Earning": "Intäkt",
    "Taken by workplace": "Taget av arbetsplatsen",
    "Own expense": "Egen kostnad",
    "Cash": "Kontant",
    "Card": "Kort",
    "Transfer": "Överföring",
    "App": "App",
    "Full": "Fullständig",
    "Union": "Fack",
    "Totals only": "Endast summor",
    "Profile": "Profil",
    "Person": "Person",
    # --- cover
    "Evidence report": "Bevisunderlag",
    "Work, pay and deductions, {period}": "Arbete, ersättning och avdrag, {period}",
    "Work name": "Arbetsnamn",
    "Legal name": "Juridiskt namn",
    "Period": "Period",
    "{start} to {end} (both days included)": "{start} till {end} (båda dagarna ingår)",
    "Generated": "Skapad",
    "{when} ({zone})": "{when} ({zone})",
    "Workbook {version}": "Workbook {version}",
    "Report profile": "Rapportprofil",
    "Report fingerprint": "Rapportens fingeravtryck",
    "(none)": "(inget)",
    "Nothing is removed. The report shows the legal name, the names of everyone involved and "
    "all notes and descriptions.":
        "Inget är borttaget. Rapporten visar det juridiska namnet, namnen på alla inblandade "
        "och alla anteckningar och beskrivningar.",
    "The legal name is removed. People are named by role and letter (Manager A, Coworker B); "
    "clients are left out. Notes, titles and descriptions are printed as written.":
        "Det juridiska namnet är borttaget. Personer anges med roll och bokstav (Chef A, "
        "Kollega B); kunder är utelämnade. Anteckningar, rubriker och beskrivningar står som "
        "de skrevs.",
    "Only figures, dates and categories are shown. No names of people, no notes, titles or "
    "descriptions, no file names and no images.":
        "Bara belopp, datum och kategorier visas. Inga namn på personer, inga anteckningar, "
        "rubriker eller beskrivningar, inga filnamn och inga bilder.",
    "Workplaces": "Arbetsplatser",
    "Workplace": "Arbetsplats",
    "Kind and place": "Typ och ort",
    "Operator (the legal employer)": "Verksamhetsutövare (den juridiska arbetsgivaren)",
    "Operator: {name}": "Verksamhetsutövare: {name}",
    "Registration number: {number}": "Organisationsnummer: {number}",
    "Address: {address}": "Adress: {address}",
    "Operator not recorded": "Verksamhetsutövaren är inte angiven",
    "How to read this report": "Så läser du rapporten",
    "The first pages say in plain words what the record shows. The tables after them give "
    "every figure, and the appendix lists every shift, incident and file, so each figure can "
    "be checked. References such as S-12 (shift), I-3 (incident) and E-4 (file) are the same "
    "in the JSON file that comes with this report.":
        "De första sidorna säger med vanliga ord vad loggen visar. Tabellerna efter dem ger "
        "varje belopp, och bilagorna listar varje pass, händelse och fil, så att varje siffra "
        "kan kontrolleras. Hänvisningar som S-12 (pass), I-3 (händelse) och E-4 (fil) är "
        "desamma i JSON-filen som hör till rapporten.",
    "Notes and descriptions are printed as the worker wrote them. They are not checked or "
    "shortened automatically, so a name written in a note still shows.":
        "Anteckningar och beskrivningar står som arbetaren skrev dem. De kontrolleras eller "
        "kortas inte automatiskt, så ett namn som står i en anteckning syns fortfarande.",
    "The fingerprint is the SHA-256 of the JSON file exported with this report. To check "
    "both, run: {command}":
        "Fingeravtrycket är SHA-256 för JSON-filen som exporterades med rapporten. Kontrollera "
        "båda med: {command}",
    "Contents": "Innehåll",
    "The worker": "Arbetaren",
    # --- footer
    "Evidence report · {name} · {period} · Profile: {profile}":
        "Bevisunderlag · {name} · {period} · Profil: {profile}",
    "Page {page} of {pages}": "Sida {page} av {pages}",
    "Fingerprint {fingerprint}": "Fingeravtryck {fingerprint}",
    # --- summary in words
    "Summary": "Sammanfattning",
    "Figures": "Siffror",
    "Nothing was recorded in this period.": "Inget registrerades under perioden.",
    "{name} recorded no shifts and no money at {place} in this period.":
        "{name} registrerade inga pass och inga pengar på {place} under perioden.",
    "Between {start} and {end}, {name} worked {shifts} at {place}, {hours} hours in all.":
        "Mellan {start} och {end} arbetade {name} {shifts} på {place}, totalt {hours} timmar.",
    "{n} shift": "{n} pass",
    "{n} shifts": "{n} pass",
    "{n} night": "{n} kväll",
    "{n} nights": "{n} kvällar",
    "{n} sign": "{n} tecken",
    "{n} signs": "{n} tecken",
    "{n} incident": "{n} händelse",
    "{n} incidents": "{n} händelser",
    " ({percent} of what was earned)": " ({percent} av det som tjänades in)",
    "{name} earned {gross}. {place} took {taken}{share}: {parts}.":
        "{name} tjänade {gross}. {place} tog {taken}{share}: {parts}.",
    "{name} earned {gross}. {place} took nothing that was recorded.":
        "{name} tjänade {gross}. {place} tog inget som registrerades.",
    "{name} kept {net}": "{name} behöll {net}",
    ", which is {per} an hour": ", vilket är {per} i timmen",
    "{place} took {debt} more than {name} earned: the period ended in debt to the workplace.":
        "{place} tog {debt} mer än {name} tjänade: perioden slutade i skuld till "
        "arbetsplatsen.",
    "{place} took more than {name} earned on {nights}; the largest shortfall was {amount}, on "
    "{date} ({ref}).":
        "{place} tog mer än {name} tjänade under {nights}; det största underskottet var "
        "{amount}, den {date} ({ref}).",
    "At the reference wage of {rate} an hour, an employee would have been paid {wages} for "
    "these hours and would not have paid the {taken} that {place} took: {owed} in all.":
        "Med referenslönen {rate} i timmen hade en anställd fått {wages} för de här timmarna "
        "och hade inte betalat de {taken} som {place} tog: totalt {owed}.",
    "That is {diff} more than {name} kept.": "Det är {diff} mer än {name} behöll.",
    "{name} kept {diff} more than that.": "{name} behöll {diff} mer än så.",
    "{name} was at work {before} hours before shifts were scheduled to start and {after} "
    "hours after they were scheduled to end.":
        "{name} var på jobbet {before} timmar innan passen enligt schemat började och "
        "{after} timmar efter att de enligt schemat slutade.",
    "{name} also paid {amount} in work costs here ({parts}), which leaves {left}.":
        "{name} betalade också {amount} i egna kostnader för arbetet här ({parts}), och då "
        "återstår {left}.",
    "{fee} from {before} to {after} on {date}": "{fee} från {before} till {after} den {date}",
    " ({n} changes in all)": " ({n} ändringar totalt)",
    "Fees changed: {changes}{more}.": "Avgifterna ändrades: {changes}{more}.",
    "{name} recorded {signs} that {place} controls the work: {list}.":
        "{name} registrerade {signs} på att {place} styr arbetet: {list}.",
    "{name} recorded {incidents} there: {list}.":
        "{name} registrerade {incidents} där: {list}.",
    "In all, in {currency}: earned {gross}, taken by workplaces {taken}, kept {net}, own work "
    "costs {spent}.":
        "Totalt i {currency}: intjänat {gross}, taget av arbetsplatser {taken}, behållet "
        "{net}, egna kostnader för arbetet {spent}.",
    "Amounts in different currencies are never added together or converted.":
        "Belopp i olika valutor läggs aldrig ihop och räknas aldrig om.",
    "{first} and {last}": "{first} och {last}",
    # --- summary table
    "All, {currency}": "Alla, {currency}",
    "Shifts": "Pass",
    "Hours worked": "Arbetade timmar",
    "Earned (gross)": "Intjänat (brutto)",
    "Taken: {category}": "Taget: {category}",
    "Taken by the workplace, in all": "Taget av arbetsplatsen, totalt",
    "Share of earnings taken": "Andel av intäkterna som togs",
    "Net (kept)": "Netto (behållet)",
    "Net per hour": "Netto per timme",
    "Own cost: {category}": "Egen kostnad: {category}",
    "Own work costs, in all": "Egna kostnader, totalt",
    "Net after own costs": "Netto efter egna kostnader",
    "Reference wage per hour": "Referenslön per timme",
    "Wages for these hours": "Lön för de här timmarna",
    "Owed as an employee (wages + all taken)": "Skulle ha fått som anställd (lön + allt taget)",
    "Difference from what was kept": "Skillnad mot det som behölls",
    "Net is what was earned minus what the workplace took. Hours are real time at work minus "
    "unpaid breaks. Per-hour figures and hours are rounded to two decimals.":
        "Netto är det som tjänades in minus det som arbetsplatsen tog. Timmar är verklig tid "
        "på jobbet minus obetalda raster. Timmar och belopp per timme är avrundade till två "
        "decimaler.",
    # --- per workplace
    "operated by {name}": "drivs av {name}",
    "registration number {number}": "organisationsnummer {number}",
    "Fees and fines": "Avgifter och straffavgifter",
    "No deductions were recorded here in this period.":
        "Inga avdrag registrerades här under perioden.",
    "What {place} took, by kind. A night counts once for each kind, whatever the number of "
    "entries.":
        "Det som {place} tog, efter slag. En kväll räknas en gång för varje slag, hur många "
        "poster den än har.",
    "Kind": "Slag",
    "Nights": "Kvällar",
    "Total {currency}": "Totalt {currency}",
    "Usual": "Vanligast",
    "Lowest": "Lägst",
    "Highest": "Högst",
    "Changes": "Ändringar",
    "varies": "varierar",
    "When a fee changed": "När en avgift ändrades",
    "First night": "Första kvällen",
    "Before": "Före",
    "After": "Efter",
    "Change": "Ändring",
    "{kind}, every night": "{kind}, kväll för kväll",
    "{kind}: {n} nights; every amount is in the shift log.":
        "{kind}: {n} kvällar; varje belopp finns i passloggen.",
    "Signs of control": "Tecken på styrning",
    "No signs of control were recorded here in this period.":
        "Inga tecken på styrning registrerades här under perioden.",
    "Each time the worker noted that the workplace decided how the work was done, the way an "
    "employer does.":
        "Varje gång arbetaren antecknade att arbetsplatsen bestämde hur arbetet skulle göras, "
        "så som en arbetsgivare gör.",
    "Sign": "Tecken",
    "Times": "Gånger",
    "First": "Första",
    "Last": "Senaste",
    "Earnings and deductions by month": "Intäkter och avdrag per månad",
    "No money was recorded here in this period.":
        "Inga pengar registrerades här under perioden.",
    "Earned": "Intjänat",
    "Taken by the workplace": "Taget av arbetsplatsen",
    "Amounts in {currency}": "Belopp i {currency}",
    "Year": "År",
    "Month": "Månad",
    "Taken": "Taget",
    "Share taken": "Andel taget",
    "Kept": "Behållet",
    "Own costs": "Egna kostnader",
    "Nights that ended in debt": "Kvällar som slutade i skuld",
    "Shift": "Pass",
    "Date": "Datum",
    "Net": "Netto",
    # --- shift log
    "Shift log": "Passlogg",
    "Shift log: {place}": "Passlogg: {place}",
    "No shifts in this period.": "Inga pass under perioden.",
    "Every shift in the period, in order. Times are the local time at the workplace (+1: ends "
    "the next day). Hours are real time minus unpaid breaks, so a night across a clock change "
    "is an hour shorter or longer. Amounts are in {currency}; net is earned minus everything "
    "taken. Under a shift, in smaller type: its note, and who took or paid each amount.":
        "Varje pass under perioden, i tidsordning. Tiderna är lokal tid på arbetsplatsen (+1: "
        "slutar nästa dag). Timmar är verklig tid minus obetalda raster, så en natt då "
        "klockan ställs om blir en timme kortare eller längre. Beloppen är i {currency}; netto "
        "är intjänat minus allt som togs. Under ett pass, med mindre text: passets anteckning "
        "och vem som tog eller betalade varje belopp.",
    "Notes too long for the log, in full.": "Anteckningar som är för långa för loggen, i sin "
                                            "helhet.",
    "(in full after the log)": "(i sin helhet efter loggen)",
    "Note: {note}": "Anteckning: {note}",
    "Amounts are in {currency}.": "Beloppen är i {currency}.",
    "Ref": "Ref",
    "Time": "Tid",
    "Break": "Rast",
    "Hours": "Timmar",
    "Other taken": "Övrigt taget",
    "Total": "Totalt",
    "plan {start}–{end}": "schema {start}–{end}",
    "Shift notes": "Anteckningar till passen",
    "Also in {currency}: earned {earned}, taken {taken}.":
        "Även i {currency}: intjänat {earned}, taget {taken}.",
    "Money not tied to a shift": "Pengar som inte hör till ett pass",
    "Monthly fees, rent, advertising and other amounts recorded on their own date.":
        "Månadsavgifter, hyra, annonsering och andra belopp som registrerats på eget datum.",
    "Category": "Kategori",
    "Amount": "Belopp",
    "Note": "Anteckning",
    # --- incidents
    "Incident log": "Händelselogg",
    "No incidents were recorded in this period.": "Inga händelser registrerades under perioden.",
    "Every incident in the period, in order, as the worker wrote it.":
        "Varje händelse under perioden, i tidsordning, så som arbetaren skrev den.",
    "What happened": "Vad som hände",
    "Severity": "Allvarlighet",
    "People": "Personer",
    "Reported to": "Anmält till",
    "Outcome": "Utfall",
    "See also": "Se även",
    "shift {ref}": "pass {ref}",
    "files {refs}": "filer {refs}",
    # --- exhibits
    "Exhibits": "Bilagor",
    "Every file attached to a shift or incident in this period. The SHA-256 identifies the "
    "original file exactly; a picture shown here may be scaled down.":
        "Varje fil som hör till ett pass eller en händelse under perioden. SHA-256 "
        "identifierar originalfilen exakt; en bild som visas här kan vara förminskad.",
    "File and its SHA-256": "Fil och dess SHA-256",
    "Type": "Typ",
    "Size": "Storlek",
    "For": "Hör till",
    "for {ref}": "hör till {ref}",
    "added {date}": "tillagd {date}",
    "This file could not be shown as a picture.": "Filen kunde inte visas som bild.",
    # --- integrity
    "Record integrity": "Loggens tillförlitlighet",
    "When each entry was written down, compared with the day it happened. An entry written "
    "the same day is strong evidence; one written much later is still evidence, and says so.":
        "När varje post skrevs ner, jämfört med dagen då det hände. En post som skrevs samma "
        "dag är starkt bevis; en som skrevs mycket senare är fortfarande bevis, och det syns.",
    "Written the same day": "Skriven samma dag",
    "Written 1 to 7 days later": "Skriven 1 till 7 dagar senare",
    "Written more than 7 days later": "Skriven mer än 7 dagar senare",
    "Written before the day it is about (planned shifts)":
        "Skriven före dagen den gäller (planerade pass)",
    "Time of writing not known": "Okänt när den skrevs",
    "All entries": "Alla poster",
    "Entries (shifts, money, incidents, signs)": "Poster (pass, pengar, händelser, tecken)",
    "Entries": "Poster",
    "Share": "Andel",
    "Entries written more than 7 days later": "Poster som skrevs mer än 7 dagar senare",
    "Entry": "Post",
    "Happened": "Hände",
    "Written": "Skriven",
    "Days later": "Dagar senare",
    "Changes after first writing": "Ändringar efter att posten skrevs",
    "{n} entries were changed after they were first written. The journal keeps every earlier "
    "version.":
        "{n} poster ändrades efter att de först skrevs. Journalen sparar varje tidigare "
        "version.",
    "1 entry was changed after it was first written. The journal keeps the earlier version.":
        "1 post ändrades efter att den först skrevs. Journalen sparar den tidigare versionen.",
    "No entry was changed after it was first written.":
        "Ingen post ändrades efter att den först skrevs.",
    "Journal entry": "Journalpost",
    "Record": "Post i loggen",
    "Changed on": "Ändrad",
    "{n} entry was deleted. Its contents are gone; the journal keeps a row showing that it "
    "existed and when it was deleted.":
        "{n} post raderades. Innehållet är borta; journalen har kvar en rad som visar att den "
        "fanns och när den raderades.",
    "{n} entries were deleted. Their contents are gone; the journal keeps a row for each, "
    "showing that it existed and when it was deleted.":
        "{n} poster raderades. Innehållet är borta; journalen har kvar en rad för varje, som "
        "visar att den fanns och när den raderades.",
    "No entry was deleted.": "Ingen post raderades.",
    "Journal": "Journal",
    "Entries in the journal": "Poster i journalen",
    "Latest entry's hash": "Senaste postens hash",
    "Seals shown": "Visade sigill",
    "A seal is a short code for the journal at one moment. The worker can send it to a rep or "
    "a friend; a later report whose journal passes through the seal shows that nothing written "
    "before it was changed after it was shared.":
        "Ett sigill är en kort kod för journalen vid ett visst ögonblick. Arbetaren kan skicka "
        "den till ett ombud eller en vän; en senare rapport vars journal går genom sigillet "
        "visar att inget som skrevs före det ändrades efter att det delades.",
    "No seal has been shown yet.": "Inget sigill har visats än.",
    "Seal": "Sigill",
    "Shown on": "Visat",
    "Changed after a seal was shared": "Ändrat efter att ett sigill delades",
    "What this proves, and what it does not": "Vad detta bevisar, och vad det inte bevisar",
    "Every change to the record is written to a journal in which each entry includes a hash "
    "of the one before. Changing or removing an earlier entry breaks the chain, and the JSON "
    "file sent with this report lets anyone check the chain without the worker's files or "
    "passphrase.":
        "Varje ändring i loggen skrivs till en journal där varje post innehåller en hash av "
        "posten före. Att ändra eller ta bort en tidigare post bryter kedjan, och JSON-filen "
        "som skickas med rapporten låter vem som helst kontrollera kedjan utan arbetarens filer "
        "eller lösenfras.",
    "The journal detects changes made after a hash or seal left the device and accidental "
    "corruption; it does not prove who wrote an entry or that the device clock was right.":
        "Journalen upptäcker ändringar som gjorts efter att en hash eller ett sigill lämnat "
        "enheten, och oavsiktlig skada; den bevisar inte vem som skrev en post eller att "
        "enhetens klocka gick rätt.",
    "The dates of writing come from the device's clock. Figures in this report are added up "
    "from the entries listed in it; nothing is estimated.":
        "Tidpunkterna då posterna skrevs kommer från enhetens klocka. Beloppen i rapporten är "
        "summerade från posterna som listas i den; inget är uppskattat.",
    "Note on scripts: Arabic text in this report is printed with unjoined letters in typing "
    "order, because the shaping packages were not installed.":
        "Om skrift: arabisk text i rapporten skrivs med fristående bokstäver i den ordning de "
        "skrevs, eftersom paketen för textformning inte var installerade.",
}


# What ``workbook verify`` says (reports/verify_words.py); the PDF's words win where both
# have the same sentence.
SV.update({k: v for k, v in VERIFY_SV.items() if k not in SV})

# --------------------------------------------------------------------------- every language

ENGLISH = ReportLanguage(name="English", words={}, months=MONTHS_EN, months_short=MONTHS_SHORT_EN,
                         weekdays=WEEKDAYS_EN)
SWEDISH = ReportLanguage(name="Svenska", words=SV, months=MONTHS_SV, months_short=MONTHS_SHORT_SV,
                         weekdays=WEEKDAYS_SV, decimal=",", group=NBSP, percent="{n}" + NBSP + "%",
                         datetime_long="{date} kl. {hour}.{minute}")
# Spanish, Romanian and Thai: reports/catalogs/.
LANGUAGES: dict[str, ReportLanguage] = {"en": ENGLISH, "sv": SWEDISH, **CATALOGS}
REPORT_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)
