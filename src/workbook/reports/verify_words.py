"""What ``workbook verify`` says, in Swedish, kept apart from the PDF's words so both stay
readable; ``reports.strings`` adds them to its Swedish catalog (so every report language
translates them too). The keys are the English templates ``reports.verify`` fills in
(``{name}`` marks a value), and ``verify.verdict_text(…, language=…)`` matches each English
line against them.

Values are left as they are (references such as M-2, field names, dates, codes): they are the
same in every language, and a rep compares them with the PDF and the JSON file.
"""

from __future__ import annotations

VERIFY_SV: dict[str, str] = {
    # --- frame
    "Workbook evidence report check": "Kontroll av Workbook-bevisunderlag",
    "passed": "godkänd",
    "FAILED": "UNDERKÄND",
    "Notes:": "Att veta:",
    "If every check passes, this proves:": "Om alla kontroller är godkända visar det:",
    "It does not prove:": "Det visar inte:",
    "Result: all {n} checks passed.": "Resultat: alla {n} kontroller är godkända.",
    "Result: {failed} of {n} checks FAILED. Do not rely on this report as it is.":
        "Resultat: {failed} av {n} kontroller UNDERKÄNDA. Lita inte på underlaget som det är.",
    # --- check names
    "Report file": "Rapportfil",
    "Fingerprint": "Fingeravtryck",
    "PDF": "PDF",
    "Journal chain": "Loggens kedja",
    "Disclosed values": "Redovisade värden",
    "Records shown": "Visade poster",
    "Totals": "Summor",
    "Seals the worker was shown": "Sigill som arbetaren har fått",
    "Seal {code}": "Sigill {code}",
    # --- what the report is
    "Full report for {start} to {end}, generated {when} by Workbook {version}":
        "Fullständigt underlag för {start} till {end}, skapat {when} av Workbook {version}",
    "Union report for {start} to {end}, generated {when} by Workbook {version}":
        "Fackligt underlag för {start} till {end}, skapat {when} av Workbook {version}",
    "Totals-only report for {start} to {end}, generated {when} by Workbook {version}":
        "Underlag med endast summor för {start} till {end}, skapat {when} av Workbook "
        "{version}",
    "{listed}; journal entries {first} to {last}":
        "{listed}; loggposter {first} till {last}",
    "{n} shift": "{n} pass", "{n} shifts": "{n} pass",
    "{n} money line": "{n} penningrad", "{n} money lines": "{n} penningrader",
    "{n} incident": "{n} händelse", "{n} incidents": "{n} händelser",
    "{n} attachment": "{n} bilaga", "{n} attachments": "{n} bilagor",
    "{n} person": "{n} person", "{n} people": "{n} personer",
    # --- passed
    "a Workbook evidence report, format version {version}":
        "ett bevisunderlag från Workbook, formatversion {version}",
    "the contents give the fingerprint the file states ({fingerprint})":
        "innehållet ger det fingeravtryck som filen anger ({fingerprint})",
    "the PDF carries the same fingerprint: the two were made together":
        "PDF-filen har samma fingeravtryck: de två skapades tillsammans",
    "{n} entries, {first} to {last}, each linked to the one before":
        "{n} poster, {first} till {last}, var och en länkad till den före",
    "{fields} values of {records} records match their journal digests; every record is shown "
    "in its latest version":
        "{fields} värden i {records} poster stämmer med sina kontrollsummor i loggen; varje "
        "post visas i sin senaste version",
    "{n} records are exactly what their disclosed journal values say":
        "{n} poster är exakt vad deras redovisade loggvärden säger",
    "re-added from the {shifts} shifts and {lines} money lines shown: every figure matches":
        "summerade på nytt från de {shifts} pass och {lines} penningrader som visas: varje "
        "siffra stämmer",
    "the report lists none (the worker has not been shown a seal code yet)":
        "underlaget listar inga (arbetaren har inte fått någon sigillkod än)",
    "the journal passes through {count} (the latest: {code}, shown {when})":
        "loggen går genom {count} (det senaste: {code}, visat {when})",
    "the one listed": "det som listas",
    "all {n} listed": "alla {n} som listas",
    "the journal passes through entry {seq} exactly as it was when the seal was shared: "
    "nothing recorded up to then was changed since":
        "loggen går genom post {seq} precis som den var när sigillet delades: inget som "
        "registrerats fram till dess har ändrats sedan",
    # --- failed
    "the contents no longer give the fingerprint the file states ({stated}; they give "
    "{computed}): the file was changed after it was exported":
        "innehållet ger inte längre det fingeravtryck som filen anger ({stated}; det ger "
        "{computed}): filen ändrades efter att den exporterades",
    "the second file is not a PDF": "den andra filen är ingen PDF",
    "the PDF carries no Workbook fingerprint in its document properties, so it cannot be "
    "matched to this file (another program may have re-saved it); compare the fingerprint at "
    "the foot of its pages with {fingerprint} by eye":
        "PDF-filen har inget Workbook-fingeravtryck i sina dokumentegenskaper, så den kan inte "
        "kopplas till den här filen (ett annat program kan ha sparat om den); jämför "
        "fingeravtrycket längst ner på sidorna med {fingerprint} för hand",
    "the PDF carries the fingerprint {found}, not this file's {computed}: they are not from "
    "the same export":
        "PDF-filen har fingeravtrycket {found}, inte den här filens {computed}: de kommer inte "
        "från samma export",
    "the report lists no journal entries": "underlaget listar inga loggposter",
    "entry 1 does not start the journal": "post 1 inleder inte loggen",
    "entry {seq} is missing": "post {seq} saknas",
    "entry {seq} is out of order": "post {seq} är i fel ordning",
    "entry {seq} does not follow on from entry {before}":
        "post {seq} följer inte på post {before}",
    "entry {seq} was changed after it was written (its hash does not match its contents)":
        "post {seq} ändrades efter att den skrevs (dess kontrollsumma stämmer inte med "
        "innehållet)",
    "the journal listed ends at entry {last}, but the report names entry {head} as its newest":
        "den listade loggen slutar vid post {last}, men underlaget anger post {head} som den "
        "senaste",
    "the entries listed do not lead to the hash the report gives for entry {seq}: an entry was "
    "changed, added or left out after it was written":
        "de listade posterna leder inte fram till den kontrollsumma som underlaget anger för "
        "post {seq}: en post har ändrats, lagts till eller tagits bort efter att den skrevs",
    "{ref}: “{entity}” is not a kind of record": "{ref}: ”{entity}” är ingen sorts post",
    "{ref}: the reference does not match {entity} {id}":
        "{ref}: referensen stämmer inte med {entity} {id}",
    "{ref} is disclosed twice": "{ref} redovisas två gånger",
    "{ref}: the report gives entries {given} for it, but the journal has {listed}":
        "{ref}: underlaget anger posterna {given} för den, men loggen har {listed}",
    "{ref}: the values shown are not from its latest entry":
        "{ref}: värdena som visas kommer inte från dess senaste post",
    "{ref}: its first entry ({seq}) is not the one that created it":
        "{ref}: dess första post ({seq}) är inte den som skapade den",
    "{ref} was deleted in entry {seq}": "{ref} raderades i post {seq}",
    "{ref}: the fields disclosed and withheld are not those of entry {seq}":
        "{ref}: de redovisade och undanhållna fälten är inte de i post {seq}",
    "{ref} {key}: the value does not match the digest in entry {seq}":
        "{ref} {key}: värdet stämmer inte med kontrollsumman i post {seq}",
    "{ref} {key}: the withheld digest given is not the one in entry {seq}":
        "{ref} {key}: den undanhållna kontrollsumman är inte den i post {seq}",
    "{ref}: the values shown and the digests given do not match entry {seq}":
        "{ref}: värdena som visas och kontrollsummorna stämmer inte med post {seq}",
    "{ref}: a disclosed value cannot be read ({error})":
        "{ref}: ett redovisat värde går inte att läsa ({error})",
    "{ref} {key}: only people's names and the people of an incident may be shown as "
    "stand-ins":
        "{ref} {key}: bara personers namn och personerna i en händelse får visas som "
        "ersättare",
    "{ref} {key}: it is disclosed, so it cannot be a stand-in":
        "{ref} {key}: värdet är redovisat, så det kan inte vara en ersättare",
    "{ref} {key}: marked as a stand-in but not shown":
        "{ref} {key}: markerad som ersättare men visas inte",
    "{ref} {key}: shown, but the journal values behind it are not disclosed":
        "{ref} {key}: visas, men loggvärdena bakom den redovisas inte",
    "{ref} {key}: disclosed but left out of the record shown":
        "{ref} {key}: redovisad men utelämnad ur posten som visas",
    "{ref} {key}: shown as {shown}, but the journal says {journal}":
        "{ref} {key}: visas som {shown}, men loggen säger {journal}",
    "the profile is shown but not backed by the journal":
        "profilen visas men stöds inte av loggen",
    "{ref}: shown, but not backed by any journal entry":
        "{ref}: visas, men stöds inte av någon loggpost",
    "{ref}: shown among the {section}, but it is a {entity}":
        "{ref}: visas bland {section}, men är en {entity}",
    "{ref} is shown twice": "{ref} visas två gånger",
    "{ref}: disclosed but not shown": "{ref}: redovisad men visas inte",
    "{where}: in one but not the other": "{where}: finns i den ena men inte i den andra",
    "{label}: in the report's totals, but no record shown belongs to it":
        "{label}: finns i underlagets summor, men ingen post som visas hör dit",
    "{label}: records shown belong to it, but the report's totals leave it out":
        "{label}: poster som visas hör dit, men underlagets summor utelämnar den",
    "{where}: the report lists {said}, the records give {added}":
        "{where}: underlaget listar {said}, posterna ger {added}",
    "{where}: the report says {said}, the records shown add up to {added}":
        "{where}: underlaget säger {said}, posterna som visas blir tillsammans {added}",
    "they cannot be re-added: “{field}” of a shift, money line or workplace is not disclosed":
        "de kan inte summeras på nytt: ”{field}” för ett pass, en penningrad eller en "
        "arbetsplats redovisas inte",
    "they cannot be re-added from the records shown ({error})":
        "de kan inte summeras på nytt från posterna som visas ({error})",
    "{code} is for entry {seq}, outside the journal listed":
        "{code} gäller post {seq}, utanför den listade loggen",
    "{code} (shown {when}) does not match entry {seq}":
        "{code} (visat {when}) stämmer inte med post {seq}",
    "the seal is for entry {seq}, but this report's journal ends at entry {head}: the seal is "
    "newer than the report, or belongs to other records":
        "sigillet gäller post {seq}, men underlagets logg slutar vid post {head}: sigillet är "
        "nyare än underlaget eller hör till andra poster",
    "this report's journal starts at entry {first}, after the seal's entry {seq}, so it cannot "
    "show that what was recorded before the seal is unchanged":
        "underlagets logg börjar vid post {first}, efter sigillets post {seq}, så den kan inte "
        "visa att det som registrerades före sigillet är oförändrat",
    "entry {seq} is missing from the journal listed": "post {seq} saknas i den listade loggen",
    "entry {seq} in this report does not match the seal: what was recorded up to it was "
    "changed after the seal was shared (or the code was mistyped)":
        "post {seq} i underlaget stämmer inte med sigillet: det som registrerades fram till "
        "den ändrades efter att sigillet delades (eller så skrevs koden fel)",
    "“{code}” is not a seal code (it looks like 17-K3QF-9ZTA-M2XW-PL7D)":
        "”{code}” är ingen sigillkod (en sådan ser ut som 17-K3QF-9ZTA-M2XW-PL7D)",
    "{problems} (and {n} more problems)": "{problems} (och {n} problem till)",
    "{problems} (and {n} more differences)": "{problems} (och {n} skillnader till)",
    "{problems} (and {n} more seals)": "{problems} (och {n} sigill till)",
    # --- the file cannot be read
    "{where}: must be an object {{ … }}": "{where}: måste vara ett objekt {{ … }}",
    "{where}: must be an object {{ … }} or null":
        "{where}: måste vara ett objekt {{ … }} eller null",
    "{where}: “{key}” is missing": "{where}: ”{key}” saknas",
    "{where}: “{key}” is not part of a Workbook report":
        "{where}: ”{key}” hör inte till ett Workbook-underlag",
    "{where}: must be a whole number": "{where}: måste vara ett heltal",
    "{where}: must be text": "{where}: måste vara text",
    "{where}: must be a list [ … ]": "{where}: måste vara en lista [ … ]",
    "{where}: must be a lower-case hexadecimal hash":
        "{where}: måste vara en kontrollsumma med små hexadecimala tecken",
    "{where}: must be a date like 2026-03-28": "{where}: måste vara ett datum som 2026-03-28",
    "{where}: is not a journal entry in canonical form":
        "{where}: är ingen loggpost i kanonisk form",
    "{where}: must be text: a journal entry as its hash covers it":
        "{where}: måste vara text: en loggpost så som dess kontrollsumma täcker den",
    "{where}: is not a journal entry (its metadata in canonical JSON)":
        "{where}: är ingen loggpost (dess metadata i kanonisk JSON)",
    "{where}: “{value}” is not a reference to a record":
        "{where}: ”{value}” är ingen referens till en post",
    "{where}: “{value}” is not one of: {choices}": "{where}: ”{value}” är inte en av: {choices}",
    "{where}: must be one of {choices}": "{where}: måste vara en av {choices}",
    "the key “{key}” is written twice, so the file can be read two ways":
        "nyckeln ”{key}” står två gånger, så filen kan läsas på två sätt",
    "the number {number} has a decimal point; a Workbook report never has one (amounts are "
    "text)":
        "talet {number} har decimaler; ett Workbook-underlag har aldrig det (belopp är text)",
    "{value} is not a number JSON allows": "{value} är inget tal som JSON tillåter",
    "the file is not UTF-8 text, so it is not a Workbook report":
        "filen är inte UTF-8-text, så den är inget Workbook-underlag",
    "the file is not valid JSON ({error} at line {line}, column {column}), so it is not a "
    "Workbook report":
        "filen är inte giltig JSON ({error} på rad {line}, kolumn {column}), så den är inget "
        "Workbook-underlag",
    "the file is nested too deeply to be a Workbook report":
        "filen är för djupt nästlad för att vara ett Workbook-underlag",
    "this is a Workbook import file, not an evidence report":
        "det här är en importfil för Workbook, inte ett bevisunderlag",
    "this is not a Workbook evidence report (it has no “report”)":
        "det här är inget bevisunderlag från Workbook (det har ingen ”report”)",
    "report.format: is not “workbook-evidence”: this is not a Workbook evidence report":
        "report.format: är inte ”workbook-evidence”: det här är inget bevisunderlag från "
        "Workbook",
    "report.version: is {version}: the report was made by a newer Workbook; this one checks "
    "versions {first} to {last}":
        "report.version: är {version}: underlaget skapades av en nyare Workbook; den här "
        "kontrollerar version {first} till {last}",
    # --- notes
    "Changed after seal {code} was shared (the report shows the newer version; the journal "
    "keeps the digest of the earlier one): {changed}.":
        "Ändrat efter att sigill {code} delades (underlaget visar den nyare versionen; loggen "
        "behåller kontrollsumman för den tidigare): {changed}.",
    "{n} records shown were first written after seal {code}; the seal says nothing about them.":
        "{n} poster som visas skrevs först efter sigill {code}; sigillet säger inget om dem.",
    "{n} entries were deleted after seal {code}.":
        "{n} poster raderades efter sigill {code}.",
    "Shown as stand-ins, not checked against the journal (the real values are withheld; only "
    "their digests are in the file): {which}.":
        "Visas med ersättare, inte kontrollerade mot loggen (de riktiga värdena är "
        "undanhållna; bara deras kontrollsummor finns i filen): {which}.",
    "the names of {refs}": "namnen på {refs}",
    "the people listed in {refs}": "personerna i {refs}",
    "the “{key}” of {refs}": "”{key}” i {refs}",
    "{first} and {n} more": "{first} och {n} till",
    "{fields} fields are withheld by the {profile} profile: only their digests are in the "
    "file, so they cannot be read, but the chain still covers them.":
        "{fields} fält är undanhållna av profilen {profile}: bara deras kontrollsummor finns i "
        "filen, så de går inte att läsa, men kedjan täcker dem ändå.",
    "No seal code was given. Ask the worker for a seal code she sent you earlier, and check "
    "again with --seal CODE: only that shows the records were not rewritten before this "
    "report was made.":
        "Ingen sigillkod angavs. Be arbetaren om en sigillkod som hon skickat till dig tidigare "
        "och kontrollera igen med --seal KOD: bara det visar att posterna inte skrevs om innan "
        "underlaget skapades.",
    # --- what it proves
    "The journal entries listed are linked, each to the one before, up to the newest entry "
    "when the report was made.":
        "Loggposterna som listas är länkade, var och en till den före, fram till den senaste "
        "posten när underlaget skapades.",
    "Every value shown is what the worker's journal recorded at the entry it names, and each "
    "record is shown in its latest version; earlier versions are listed, so amendments show.":
        "Varje värde som visas är vad arbetarens logg registrerade i den post det anger, och "
        "varje post visas i sin senaste version; tidigare versioner listas, så ändringar syns.",
    "The totals add up from the records shown.": "Summorna går ihop med posterna som visas.",
    "With a seal code you received earlier: nothing recorded before that seal was changed "
    "after the seal was shared.":
        "Med en sigillkod du fått tidigare: inget som registrerades före det sigillet har "
        "ändrats efter att sigillet delades.",
    "With the PDF: the PDF was made together with this file.":
        "Med PDF-filen: PDF-filen skapades tillsammans med den här filen.",
    "The journal detects changes made after a hash or seal left the device and accidental "
    "corruption; it does not prove who wrote an entry or that the device clock was right.":
        "Journalen upptäcker ändringar som gjorts efter att en kontrollsumma eller ett sigill "
        "lämnat enheten, och oavsiktliga skador; den visar inte vem som skrev en post eller att "
        "enhetens klocka gick rätt.",
    "Without a seal code received earlier, someone holding the worker's passphrase could have "
    "rewritten the journal before exporting; the checks would still pass.":
        "Utan en sigillkod som tagits emot tidigare kan någon som har arbetarens lösenfras ha "
        "skrivit om loggen före exporten; kontrollerna skulle ändå bli godkända.",
    "It does not prove that the report holds every record: the worker chose the period, the "
    "workplaces and the profile, and withheld fields are not shown.":
        "Det visar inte att underlaget innehåller alla poster: arbetaren valde period, "
        "arbetsplatser och profil, och undanhållna fält visas inte.",
    "Names shown as stand-ins (“Manager A”) are not checked against the journal.":
        "Namn som visas med ersättare (”Chef A”) kontrolleras inte mot loggen.",
}
