"""Words of the practice report, in English and Swedish: the reports' own catalog
(``reports.strings``) with the rep's sentences added. Keys are the English text."""

from __future__ import annotations

from workbook.reports.strings import SV, Strings, hours_text

REP_SV: dict[str, str] = {
    "Practice report": "Arbetsplatsrapport",
    "{name}: what {n} workers reported": "{name}: vad {n} arbetare har rapporterat",
    "{name}: too few workers to show figures": "{name}: för få arbetare för att visa siffror",
    "Workplace": "Arbetsplats",
    "Workers": "Arbetare",
    "Period covered": "Period",
    "{start} to {end}": "{start} till {end}",
    "Reports it rests on": "Rapporter den bygger på",
    "{n} verified reports": "{n} kontrollerade rapporter",
    "Generated": "Skapad",
    "Smallest number of workers per figure": "Minsta antal arbetare per siffra",
    "App": "App",
    "Workbook {version}": "Workbook {version}",
    "Basis fingerprint": "Underlagets fingeravtryck",
    "How to read this report": "Så läser du rapporten",
    "Every figure comes from evidence reports that workers exported from Workbook and that "
    "passed every check of “workbook verify” when they were received. A report that failed a "
    "check is never counted.":
    "Varje siffra kommer från bevisrapporter som arbetare har exporterat från Workbook och som "
    "klarade alla kontroller i ”workbook verify” när de togs emot. En rapport som inte klarade "
    "en kontroll räknas aldrig.",
    "Each figure says how many workers it rests on. A worker who sent several reports counts "
    "once, and each of her records once. Workers are never named.":
    "Varje siffra anger hur många arbetare den bygger på. En arbetare som har skickat flera "
    "rapporter räknas en gång, och varje post en gång. Arbetare namnges aldrig.",
    "A figure that rests on fewer than {n} workers is not shown: it could point to one worker. "
    "It says “fewer than {n} workers” instead.":
    "En siffra som bygger på färre än {n} arbetare visas inte: den skulle kunna peka ut en "
    "arbetare. Där står i stället ”färre än {n} arbetare”.",
    "fewer than {n} workers": "färre än {n} arbetare",
    "Fewer than {n} workers sent verified reports that name this workplace, so no figure is "
    "shown. Figures appear when reports from at least {n} workers are in.":
    "Färre än {n} arbetare har skickat kontrollerade rapporter som nämner den här "
    "arbetsplatsen, så inga siffror visas. Siffror visas när rapporter från minst {n} "
    "arbetare har kommit in.",
    "Money the workplace took": "Pengar som arbetsplatsen tog",
    "Each line is one fee, fine or tip-out as a worker recorded it.":
    "Varje rad är en avgift, ett bötesbelopp eller en dricksavgift som en arbetare har "
    "registrerat.",
    "Category": "Kategori",
    "Currency": "Valuta",
    "Lines": "Rader",
    "Median": "Median",
    "Range": "Spann",
    "Range: the lowest and highest amounts that at least {n} workers each paid, so that "
    "neither end belongs to one worker. * Some lines, paid by fewer workers, lie outside the "
    "range; their amounts are not shown. – No amount was paid by {n} workers.":
    "Spann: det lägsta och det högsta belopp som minst {n} arbetare har betalat var, så att "
    "ingen ände hör till en enda arbetare. * Några rader, betalda av färre arbetare, ligger "
    "utanför spannet; deras belopp visas inte. – Inget belopp betalades av {n} arbetare.",
    "Total": "Totalt",
    "Nothing taken by the workplace was recorded.":
    "Inget som arbetsplatsen tog har registrerats.",
    "How it changed, per quarter": "Hur det ändrades, per kvartal",
    "{category} ({currency})": "{category} ({currency})",
    "Quarter": "Kvartal",
    "The median went up by {amount} from {first} to {last}.":
    "Medianen gick upp med {amount} från {first} till {last}.",
    "The median went down by {amount} from {first} to {last}.":
    "Medianen gick ned med {amount} från {first} till {last}.",
    "The median stayed the same from {first} to {last}.":
    "Medianen var densamma från {first} till {last}.",
    "Hours and pay": "Timmar och lön",
    "Shifts": "Pass",
    "Hours worked": "Arbetade timmar",
    "Median shift": "Medianpass",
    "{hours} hours": "{hours} timmar",
    "Net per hour, all workers together": "Netto per timme, alla arbetare tillsammans",
    "Median of each worker's net per hour": "Median av varje arbetares netto per timme",
    "Net is what was earned minus what the workplace took, at this workplace.":
    "Netto är det som tjänades minus det som arbetsplatsen tog, på den här arbetsplatsen.",
    "No shifts were recorded.": "Inga pass har registrerats.",
    "Signs of control": "Tecken på kontroll",
    "Signs that the workplace controls the work as an employer does. These decide most wage "
    "claims.":
    "Tecken på att arbetsplatsen styr arbetet som en arbetsgivare gör. De avgör de flesta "
    "lönekrav.",
    "Sign": "Tecken",
    "Times recorded": "Antal gånger",
    "First": "Första",
    "Last": "Senaste",
    "No signs of control were recorded.": "Inga tecken på kontroll har registrerats.",
    "Incidents": "Händelser",
    "Incident categories": "Typer av händelser",
    "No incidents were recorded.": "Inga händelser har registrerats.",
    "Reports this rests on": "Rapporter som detta bygger på",
    "Each report is named by its fingerprint, the SHA-256 of its JSON file, as printed on "
    "every page of the worker's own PDF. The basis fingerprint is the SHA-256 of these "
    "fingerprints, sorted, one per line.":
    "Varje rapport anges med sitt fingeravtryck, SHA-256 av dess JSON-fil, som står på varje "
    "sida i arbetarens egen PDF. Underlagets fingeravtryck är SHA-256 av dessa fingeravtryck, "
    "sorterade, ett per rad.",
    "Report fingerprint": "Rapportens fingeravtryck",
    "What this proves, and what it does not": "Vad detta bevisar, och vad det inte bevisar",
    "Each report listed passed every check when it was received: its fingerprint, its "
    "journal chain, every value shown, its totals, and every seal code the rep holds for it.":
    "Varje rapport i listan klarade alla kontroller när den togs emot: fingeravtrycket, "
    "journalkedjan, varje visat värde, summorna och varje förseglingskod som ombudet har för "
    "den.",
    "The figures are added up from the records in those reports; nothing is estimated.":
    "Siffrorna är summerade från posterna i de rapporterna; inget är uppskattat.",
    "It does not prove that a worker recorded everything, or that her device clock was right: "
    "each worker chose what to record and what to export.":
    "Det bevisar inte att en arbetare har registrerat allt, eller att hennes klocka gick rätt: "
    "varje arbetare valde vad hon registrerade och exporterade.",
    "Workers are told apart by their journals: two reports count as one worker when their "
    "journals share an entry. Two reports from one worker with no entry in common count as "
    "two workers.":
    "Arbetare skiljs åt genom sina journaler: två rapporter räknas som en arbetare när "
    "journalerna har en post gemensam. Två rapporter från en arbetare utan gemensam post "
    "räknas som två arbetare.",
    "Practice report · {name} · {workers}": "Arbetsplatsrapport · {name} · {workers}",
    "{n} workers": "{n} arbetare",
    "Basis {fingerprint}": "Underlag {fingerprint}",
}

REP_CATALOG: dict[str, str] = {**SV, **REP_SV}


class RepStrings(Strings):
    """``Strings`` with the practice report's sentences."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.catalog = REP_CATALOG if language == "sv" else {}

    def hours(self, seconds: int) -> str:
        """Hours with two decimals and thousands grouped: ``"8,971.00"`` / ``"8 971,00"``."""
        whole, _, frac = hours_text(seconds).partition(".")
        return f"{self.integer(int(whole))}{',' if self.language == 'sv' else '.'}{frac}"
