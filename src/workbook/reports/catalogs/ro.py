"""The evidence report in Romanian, with ș and ț written with the comma below.

Romanian counts need "de" from 20 up ("20 de ture"): ``Strings.plural`` adds it to the plural
forms below, which are written for the counts 2–19."""

from __future__ import annotations

from workbook.reports.catalogs import ReportLanguage

WORDS: dict[str, str] = {
    "Wage": "Salariu",
    "Stage dances": "Dansuri pe scenă",
    "Private dances": "Dansuri private",
    "VIP / champagne room": "VIP / separeu cu șampanie",
    "Tips": "Bacșiș",
    "Bookings": "Rezervări",
    "Online sales": "Vânzări online",
    "House fee": "Taxa casei",
    "Stage or bar fee": "Taxă de scenă sau de bar",
    "Tip-out": "Cotă din bacșiș",
    "Fine": "Amendă",
    "Commission": "Comision",
    "Agency fee": "Taxă de agenție",
    "Deposit kept": "Garanție reținută",
    "Costumes": "Costume",
    "Transport": "Transport",
    "Advertising": "Reclamă",
    "Security": "Securitate",
    "Health": "Sănătate",
    "Phone": "Telefon",
    "Other": "Altele",
    "Unpaid wages": "Salarii neplătite",
    "Unlawful deduction or fine": "Reținere sau amendă ilegală",
    "Forced tip-out": "Cotă din bacșiș forțată",
    "Unpaid or unsafe hours": "Ore neplătite sau nesigure",
    "No breaks": "Fără pauze",
    "Unsafe conditions": "Condiții nesigure",
    "Harassment by management": "Hărțuire din partea conducerii",
    "Sexual harassment": "Hărțuire sexuală",
    "Assault": "Agresiune",
    "Discrimination": "Discriminare",
    "Pressure to cross boundaries": "Presiune de a-și depăși limitele",
    "Threats (outing, deportation, dismissal)": "Amenințări (deconspirare, expulzare, concediere)",
    "Documents or money withheld": "Acte sau bani reținuți",
    "Misclassification": "Încadrare greșită",
    "Schedule coercion": "Program impus",
    "Set schedule": "Program impus",
    "Time off needs approval": "Zilele libere au nevoie de aprobare",
    "Dress or appearance rules": "Reguli de îmbrăcăminte sau de aspect",
    "Workplace sets prices": "Locul de muncă stabilește prețurile",
    "Fines": "Amenzi",
    "Required tip-outs": "Cote din bacșiș obligatorii",
    "Quotas (dances, drinks)": "Norme (dansuri, băuturi)",
    "Can be banned or dismissed": "Poate fi interzis(ă) sau concediat(ă)",
    "Must stay until closing": "Trebuie să rămână până la închidere",
    "Controls music or stage rota": "Controlează muzica sau rândul la scenă",
    "Minor": "Minor",
    "Low": "Mic",
    "Serious": "Serios",
    "High": "Mare",
    "Grave": "Foarte grav",
    "Manager": "Manager",
    "Owner": "Proprietar",
    "Coworker": "Coleg",
    "DJ": "DJ",
    "Client": "Client",
    "Other person": "Altă persoană",
    "Stage": "Scenă",
    "Floor": "Sală",
    "VIP": "VIP",
    "Reception": "Recepție",
    "Booking": "Rezervări",
    "Cam": "Cameră web",
    "Club": "Club",
    "Agency": "Agenție",
    "Venue": "Local",
    "Online platform": "Platformă online",
    "Independent": "Independent",
    "involved": "implicat",
    "witness": "martor",
    "Earning": "Câștig",
    "Taken by workplace": "Luat de locul de muncă",
    "Own expense": "Cheltuială proprie",
    "Cash": "Numerar",
    "Card": "Card",
    "Transfer": "Transfer",
    "App": "Aplicație",
    "Full": "Complet",
    "Union": "Sindicat",
    "Totals only": "Doar totaluri",
    "Profile": "Profil",
    "Person": "Persoană",
    "Evidence report": "Raport de dovezi",
    "Work, pay and deductions, {period}": "Muncă, plată și rețineri, {period}",
    "Work name": "Nume de lucru",
    "Legal name": "Nume legal",
    "Period": "Perioadă",
    "{start} to {end} (both days included)": "de la {start} până la {end} (ambele zile incluse)",
    "Generated": "Generat",
    "{when} ({zone})": "{when} ({zone})",
    "Workbook {version}": "Workbook {version}",
    "Report profile": "Profilul raportului",
    "Report fingerprint": "Amprenta raportului",
    "(none)": "(niciunul)",
    "Nothing is removed. The report shows the legal name, the names of everyone involved and "
    "all notes and descriptions.":
        "Nu se scoate nimic. Raportul arată numele legal, numele tuturor persoanelor implicate "
        "și toate notele și descrierile.",
    "The legal name is removed. People are named by role and letter (Manager A, Coworker B); "
    "clients are left out. Notes, titles and descriptions are printed as written.":
        "Numele legal este scos. Persoanele sunt numite după rol și o literă (Manager A, Coleg "
        "B); clienții sunt lăsați deoparte. Notele, titlurile și descrierile sunt tipărite așa "
        "cum au fost scrise.",
    "Only figures, dates and categories are shown. No names of people, no notes, titles or "
    "descriptions, no file names and no images.":
        "Se arată doar cifre, date și categorii. Fără nume de persoane, fără note, titluri sau "
        "descrieri, fără nume de fișiere și fără imagini.",
    "Workplaces": "Locuri de muncă",
    "Workplace": "Loc de muncă",
    "Kind and place": "Tip și loc",
    "Operator (the legal employer)": "Operator (angajatorul legal)",
    "Operator: {name}": "Operator: {name}",
    "Registration number: {number}": "Număr de înregistrare: {number}",
    "Address: {address}": "Adresă: {address}",
    "Operator not recorded": "Operatorul nu a fost notat",
    "How to read this report": "Cum se citește acest raport",
    "The first pages say in plain words what the record shows. The tables after them give every "
    "figure, and the appendix lists every shift, incident and file, so each figure can be "
    "checked. References such as S-12 (shift), I-3 (incident) and E-4 (file) are the same in "
    "the JSON file that comes with this report.":
        "Primele pagini spun în cuvinte simple ce arată înregistrările. Tabelele de după ele "
        "dau fiecare cifră, iar anexa enumeră fiecare tură, incident și fișier, ca fiecare "
        "cifră să poată fi verificată. Referințele ca S-12 (tură), I-3 (incident) și E-4 "
        "(fișier) sunt aceleași în fișierul JSON care însoțește acest raport.",
    "Notes and descriptions are printed as the worker wrote them. They are not checked or "
    "shortened automatically, so a name written in a note still shows.":
        "Notele și descrierile sunt tipărite așa cum le-a scris lucrătorul. Nu sunt verificate "
        "sau scurtate automat, așa că un nume scris într-o notă apare în continuare.",
    "The fingerprint is the SHA-256 of the JSON file exported with this report. To check both, "
    "run: {command}":
        "Amprenta este SHA-256 a fișierului JSON exportat cu acest raport. Ca să le verifici pe "
        "amândouă, rulează: {command}",
    "Contents": "Cuprins",
    "The worker": "Lucrătorul",
    "Evidence report · {name} · {period} · Profile: {profile}":
        "Raport de dovezi · {name} · {period} · Profil: {profile}",
    "Page {page} of {pages}": "Pagina {page} din {pages}",
    "Fingerprint {fingerprint}": "Amprentă {fingerprint}",
    "Summary": "Rezumat",
    "Figures": "Cifre",
    "Nothing was recorded in this period.": "Nu s-a notat nimic în această perioadă.",
    "{name} recorded no shifts and no money at {place} in this period.":
        "{name} nu a notat ture sau bani la {place} în această perioadă.",
    "Between {start} and {end}, {name} worked {shifts} at {place}, {hours} hours in all.":
        "Între {start} și {end}, {name} a lucrat {shifts} la {place}, {hours} ore în total.",
    "{n} shift": "{n} tură",
    "{n} shifts": "{n} ture",
    "{n} night": "{n} noapte",
    "{n} nights": "{n} nopți",
    "{n} sign": "{n} semn",
    "{n} signs": "{n} semne",
    "{n} incident": "{n} incident",
    "{n} incidents": "{n} incidente",
    " ({percent} of what was earned)": " ({percent} din ce s-a câștigat)",
    "{name} earned {gross}. {place} took {taken}{share}: {parts}.":
        "{name} a câștigat {gross}. {place} a luat {taken}{share}: {parts}.",
    "{name} earned {gross}. {place} took nothing that was recorded.":
        "{name} a câștigat {gross}. {place} nu a luat nimic din ce s-a notat.",
    "{name} kept {net}": "{name} a păstrat {net}",
    ", which is {per} an hour": ", adică {per} pe oră",
    "{place} took {debt} more than {name} earned: the period ended in debt to the workplace.":
        "{place} a luat cu {debt} mai mult decât a câștigat {name}: perioada s-a încheiat cu o "
        "datorie la locul de muncă.",
    "{place} took more than {name} earned on {nights}; the largest shortfall was {amount}, on "
    "{date} ({ref}).":
        "{place} a luat mai mult decât a câștigat {name} în {nights}; cea mai mare lipsă a fost "
        "{amount}, pe {date} ({ref}).",
    "At the reference wage of {rate} an hour, an employee would have been paid {wages} for "
    "these hours and would not have paid the {taken} that {place} took: {owed} in all.":
        "La salariul de referință de {rate} pe oră, un angajat ar fi fost plătit cu {wages} "
        "pentru aceste ore și nu ar fi plătit cei {taken} pe care i-a luat {place}: {owed} în "
        "total.",
    "That is {diff} more than {name} kept.": "Adică cu {diff} mai mult decât a păstrat {name}.",
    "{name} kept {diff} more than that.": "{name} a păstrat cu {diff} mai mult de atât.",
    "{name} was at work {before} hours before shifts were scheduled to start and {after} hours "
    "after they were scheduled to end.":
        "{name} a fost la muncă cu {before} ore înainte de ora planificată de început a turelor "
        "și {after} ore după ora planificată de sfârșit.",
    "{name} also paid {amount} in work costs here ({parts}), which leaves {left}.":
        "{name} a mai plătit {amount} pe costuri de muncă aici ({parts}), ceea ce lasă {left}.",
    "{fee} from {before} to {after} on {date}": "{fee} de la {before} la {after} pe {date}",
    " ({n} changes in all)": " ({n} schimbări în total)",
    "Fees changed: {changes}{more}.": "Taxe schimbate: {changes}{more}.",
    "{name} recorded {signs} that {place} controls the work: {list}.":
        "{name} a notat {signs} că {place} controlează munca: {list}.",
    "{name} recorded {incidents} there: {list}.": "{name} a notat {incidents} acolo: {list}.",
    "In all, in {currency}: earned {gross}, taken by workplaces {taken}, kept {net}, own work "
    "costs {spent}.":
        "În total, în {currency}: câștigat {gross}, luat de locurile de muncă {taken}, rămas "
        "{net}, costuri proprii de muncă {spent}.",
    "Amounts in different currencies are never added together or converted.":
        "Sumele în monede diferite nu sunt niciodată adunate sau convertite.",
    "{first} and {last}": "{first} și {last}",
    "All, {currency}": "Toate, {currency}",
    "Shifts": "Ture",
    "Hours worked": "Ore lucrate",
    "Earned (gross)": "Câștigat (brut)",
    "Taken: {category}": "Luat: {category}",
    "Taken by the workplace, in all": "Luat de locul de muncă, în total",
    "Share of earnings taken": "Partea din câștig luată",
    "Net (kept)": "Net (rămas)",
    "Net per hour": "Net pe oră",
    "Own cost: {category}": "Cost propriu: {category}",
    "Own work costs, in all": "Costuri proprii de muncă, în total",
    "Net after own costs": "Net după costurile proprii",
    "Reference wage per hour": "Salariu de referință pe oră",
    "Wages for these hours": "Salariul pentru aceste ore",
    "Owed as an employee (wages + all taken)": "Datorat ca angajat (salariu + tot ce s-a luat)",
    "Difference from what was kept": "Diferența față de ce a rămas",
    "Net is what was earned minus what the workplace took. Hours are real time at work minus "
    "unpaid breaks. Per-hour figures and hours are rounded to two decimals.":
        "Netul este ce s-a câștigat minus ce a luat locul de muncă. Orele sunt timpul real la "
        "muncă minus pauzele neplătite. Cifrele pe oră și orele sunt rotunjite la două "
        "zecimale.",
    "operated by {name}": "administrat de {name}",
    "registration number {number}": "număr de înregistrare {number}",
    "Fees and fines": "Taxe și amenzi",
    "No deductions were recorded here in this period.":
        "Nu s-au notat rețineri aici în această perioadă.",
    "What {place} took, by kind. A night counts once for each kind, whatever the number of "
    "entries.":
        "Ce a luat {place}, pe tipuri. O noapte se numără o dată pentru fiecare tip, oricâte "
        "înregistrări ar avea.",
    "Kind": "Tip",
    "Nights": "Nopți",
    "Total {currency}": "Total {currency}",
    "Usual": "Obișnuit",
    "Lowest": "Cel mai mic",
    "Highest": "Cel mai mare",
    "Changes": "Schimbări",
    "varies": "variază",
    "When a fee changed": "Când s-a schimbat o taxă",
    "First night": "Prima noapte",
    "Before": "Înainte",
    "After": "După",
    "Change": "Schimbare",
    "{kind}, every night": "{kind}, în fiecare noapte",
    "{kind}: {n} nights; every amount is in the shift log.":
        "{kind}: {n} nopți; fiecare sumă este în jurnalul turelor.",
    "Signs of control": "Semne de control",
    "No signs of control were recorded here in this period.":
        "Nu s-au notat semne de control aici în această perioadă.",
    "Each time the worker noted that the workplace decided how the work was done, the way an "
    "employer does.":
        "De fiecare dată când lucrătorul a notat că locul de muncă a hotărât cum se face munca, "
        "așa cum face un angajator.",
    "Sign": "Semn",
    "Times": "De câte ori",
    "First": "Primul",
    "Last": "Ultimul",
    "Earnings and deductions by month": "Câștiguri și rețineri pe lună",
    "No money was recorded here in this period.": "Nu s-au notat bani aici în această perioadă.",
    "Earned": "Câștigat",
    "Taken by the workplace": "Luat de locul de muncă",
    "Amounts in {currency}": "Sume în {currency}",
    "Year": "An",
    "Month": "Lună",
    "Taken": "Luat",
    "Share taken": "Partea luată",
    "Kept": "Rămas",
    "Own costs": "Costuri proprii",
    "Nights that ended in debt": "Nopți încheiate cu datorie",
    "Shift": "Tură",
    "Date": "Data",
    "Net": "Net",
    "Shift log": "Jurnalul turelor",
    "Shift log: {place}": "Jurnalul turelor: {place}",
    "No shifts in this period.": "Nicio tură în această perioadă.",
    "Every shift in the period, in order. Times are the local time at the workplace (+1: ends "
    "the next day). Hours are real time minus unpaid breaks, so a night across a clock change "
    "is an hour shorter or longer. Amounts are in {currency}; net is earned minus everything "
    "taken. Under a shift, in smaller type: its note, and who took or paid each amount.":
        "Fiecare tură din perioadă, în ordine. Orele sunt ora locală la locul de muncă (+1: se "
        "termină a doua zi). Orele lucrate sunt timp real minus pauzele neplătite, așa că o "
        "noapte cu schimbarea orei e cu o oră mai scurtă sau mai lungă. Sumele sunt în "
        "{currency}; netul este ce s-a câștigat minus tot ce s-a luat. Sub o tură, cu litere "
        "mai mici: nota ei și cine a luat sau a plătit fiecare sumă.",
    "Notes too long for the log, in full.": "Note prea lungi pentru jurnal, complete.",
    "(in full after the log)": "(completă după jurnal)",
    "Note: {note}": "Notă: {note}",
    "Amounts are in {currency}.": "Sumele sunt în {currency}.",
    "Ref": "Ref.",
    "Time": "Ora",
    "Break": "Pauză",
    "Hours": "Ore",
    "Other taken": "Alte sume luate",
    "Total": "Total",
    "plan {start}–{end}": "plan {start}–{end}",
    "Shift notes": "Notele turelor",
    "Also in {currency}: earned {earned}, taken {taken}.":
        "Și în {currency}: câștigat {earned}, luat {taken}.",
    "Money not tied to a shift": "Bani care nu țin de o tură",
    "Monthly fees, rent, advertising and other amounts recorded on their own date.":
        "Taxe lunare, chirie, reclamă și alte sume notate la data lor.",
    "Category": "Categorie",
    "Amount": "Sumă",
    "Note": "Notă",
    "Incident log": "Jurnalul incidentelor",
    "No incidents were recorded in this period.": "Nu s-au notat incidente în această perioadă.",
    "Every incident in the period, in order, as the worker wrote it.":
        "Fiecare incident din perioadă, în ordine, așa cum l-a scris lucrătorul.",
    "What happened": "Ce s-a întâmplat",
    "Severity": "Gravitate",
    "People": "Persoane",
    "Reported to": "Raportat către",
    "Outcome": "Rezultat",
    "See also": "Vezi și",
    "shift {ref}": "tura {ref}",
    "files {refs}": "fișierele {refs}",
    "Exhibits": "Anexe",
    "Every file attached to a shift or incident in this period. The SHA-256 identifies the "
    "original file exactly; a picture shown here may be scaled down.":
        "Fiecare fișier atașat unei ture sau unui incident în această perioadă. SHA-256 "
        "identifică exact fișierul original; o imagine arătată aici poate fi micșorată.",
    "File and its SHA-256": "Fișierul și SHA-256 al lui",
    "Type": "Tip",
    "Size": "Mărime",
    "For": "Pentru",
    "for {ref}": "pentru {ref}",
    "added {date}": "adăugat pe {date}",
    "This file could not be shown as a picture.": "Acest fișier nu a putut fi arătat ca imagine.",
    "Record integrity": "Integritatea înregistrărilor",
    "When each entry was written down, compared with the day it happened. An entry written the "
    "same day is strong evidence; one written much later is still evidence, and says so.":
        "Când a fost notată fiecare înregistrare, față de ziua în care s-a întâmplat. O "
        "înregistrare notată în aceeași zi este o dovadă puternică; una notată mult mai târziu "
        "este tot o dovadă, și spune asta.",
    "Written the same day": "Notate în aceeași zi",
    "Written 1 to 7 days later": "Notate după 1–7 zile",
    "Written more than 7 days later": "Notate după mai mult de 7 zile",
    "Written before the day it is about (planned shifts)":
        "Notate înainte de ziua despre care sunt (ture planificate)",
    "Time of writing not known": "Ora notării nu se știe",
    "All entries": "Toate înregistrările",
    "Entries (shifts, money, incidents, signs)": "Înregistrări (ture, bani, incidente, semne)",
    "Entries": "Înregistrări",
    "Share": "Parte",
    "Entries written more than 7 days later": "Înregistrări notate după mai mult de 7 zile",
    "Entry": "Înregistrare",
    "Happened": "S-a întâmplat",
    "Written": "Notată",
    "Days later": "Zile mai târziu",
    "Changes after first writing": "Schimbări după prima notare",
    "{n} entries were changed after they were first written. The journal keeps every earlier "
    "version.":
        "{n} înregistrări au fost schimbate după ce au fost notate prima dată. Jurnalul "
        "păstrează fiecare versiune anterioară.",
    "1 entry was changed after it was first written. The journal keeps the earlier version.":
        "1 înregistrare a fost schimbată după ce a fost notată prima dată. Jurnalul păstrează "
        "versiunea anterioară.",
    "No entry was changed after it was first written.":
        "Nicio înregistrare nu a fost schimbată după ce a fost notată prima dată.",
    "Journal entry": "Intrare în jurnal",
    "Record": "Înregistrare",
    "Changed on": "Schimbat pe",
    "{n} entry was deleted. Its contents are gone; the journal keeps a row showing that it "
    "existed and when it was deleted.":
        "{n} înregistrare a fost ștearsă. Conținutul ei nu mai există; jurnalul păstrează un "
        "rând care arată că a existat și când a fost ștearsă.",
    "{n} entries were deleted. Their contents are gone; the journal keeps a row for each, "
    "showing that it existed and when it was deleted.":
        "{n} înregistrări au fost șterse. Conținutul lor nu mai există; jurnalul păstrează câte "
        "un rând pentru fiecare, care arată că a existat și când a fost ștearsă.",
    "No entry was deleted.": "Nicio înregistrare nu a fost ștearsă.",
    "Journal": "Jurnal",
    "Entries in the journal": "Intrări în jurnal",
    "Latest entry's hash": "Hash-ul ultimei intrări",
    "Seals shown": "Sigilii arătate",
    "A seal is a short code for the journal at one moment. The worker can send it to a rep or a "
    "friend; a later report whose journal passes through the seal shows that nothing written "
    "before it was changed after it was shared.":
        "Un sigiliu este un cod scurt pentru jurnal la un anumit moment. Lucrătorul îl poate "
        "trimite unui reprezentant sindical sau cuiva de încredere; un raport ulterior al cărui "
        "jurnal trece prin sigiliu arată că nimic din ce s-a notat înainte nu a fost schimbat "
        "după ce a fost dat mai departe.",
    "No seal has been shown yet.": "Încă nu s-a arătat niciun sigiliu.",
    "Seal": "Sigiliu",
    "Shown on": "Arătat pe",
    "Changed after a seal was shared": "Schimbat după ce un sigiliu a fost dat mai departe",
    "What this proves, and what it does not": "Ce dovedește asta și ce nu",
    "Every change to the record is written to a journal in which each entry includes a hash of "
    "the one before. Changing or removing an earlier entry breaks the chain, and the JSON file "
    "sent with this report lets anyone check the chain without the worker's files or "
    "passphrase.":
        "Fiecare schimbare a înregistrărilor este scrisă într-un jurnal în care fiecare intrare "
        "conține un hash al celei dinainte. Schimbarea sau ștergerea unei intrări anterioare "
        "rupe lanțul, iar fișierul JSON trimis cu acest raport permite oricui să verifice "
        "lanțul fără fișierele sau fraza de acces a lucrătorului.",
    "The journal detects changes made after a hash or seal left the device and accidental "
    "corruption; it does not prove who wrote an entry or that the device clock was right.":
        "Jurnalul descoperă schimbările făcute după ce un hash sau un sigiliu a plecat de pe "
        "dispozitiv și deteriorările accidentale; nu dovedește cine a scris o intrare sau că "
        "ceasul dispozitivului era corect.",
    "The dates of writing come from the device's clock. Figures in this report are added up "
    "from the entries listed in it; nothing is estimated.":
        "Datele notării vin de la ceasul dispozitivului. Cifrele din acest raport sunt adunate "
        "din înregistrările enumerate în el; nimic nu este estimat.",
    "Note on scripts: Arabic text in this report is printed with unjoined letters in typing "
    "order, because the shaping packages were not installed.":
        "Notă despre scrieri: textul arab din acest raport este tipărit cu litere nelegate, în "
        "ordinea tastării, pentru că pachetele de formare a textului nu erau instalate.",
    "Workbook evidence report check": "Verificarea unui raport de dovezi Workbook",
    "passed": "trecut",
    "FAILED": "EȘUAT",
    "Notes:": "De știut:",
    "If every check passes, this proves:": "Dacă toate verificările trec, asta dovedește:",
    "It does not prove:": "Nu dovedește:",
    "Result: all {n} checks passed.": "Rezultat: toate cele {n} verificări au trecut.",
    "Result: {failed} of {n} checks FAILED. Do not rely on this report as it is.":
        "Rezultat: {failed} din {n} verificări au EȘUAT. Nu te baza pe acest raport așa cum "
        "este.",
    "Report file": "Fișierul raportului",
    "Fingerprint": "Amprentă",
    "PDF": "PDF",
    "Journal chain": "Lanțul jurnalului",
    "Disclosed values": "Valori dezvăluite",
    "Records shown": "Înregistrări arătate",
    "Totals": "Totaluri",
    "Seals the worker was shown": "Sigilii arătate lucrătorului",
    "Seal {code}": "Sigiliul {code}",
    "Full report for {start} to {end}, generated {when} by Workbook {version}":
        "Raport complet pentru {start} până la {end}, generat pe {when} de Workbook {version}",
    "Union report for {start} to {end}, generated {when} by Workbook {version}":
        "Raport pentru sindicat pentru {start} până la {end}, generat pe {when} de Workbook "
        "{version}",
    "Totals-only report for {start} to {end}, generated {when} by Workbook {version}":
        "Raport doar cu totaluri pentru {start} până la {end}, generat pe {when} de Workbook "
        "{version}",
    "{listed}; journal entries {first} to {last}":
        "{listed}; intrările din jurnal de la {first} la {last}",
    "{n} money line": "{n} sumă",
    "{n} money lines": "{n} sume",
    "{n} attachment": "{n} atașament",
    "{n} attachments": "{n} atașamente",
    "{n} person": "{n} persoană",
    "{n} people": "{n} persoane",
    "a Workbook evidence report, format version {version}":
        "un raport de dovezi Workbook, versiunea de format {version}",
    "the contents give the fingerprint the file states ({fingerprint})":
        "conținutul dă amprenta pe care o declară fișierul ({fingerprint})",
    "the PDF carries the same fingerprint: the two were made together":
        "PDF-ul are aceeași amprentă: cele două au fost făcute împreună",
    "{n} entries, {first} to {last}, each linked to the one before":
        "{n} intrări, de la {first} la {last}, fiecare legată de cea dinainte",
    "{fields} values of {records} records match their journal digests; every record is shown in "
    "its latest version":
        "{fields} valori din {records} înregistrări se potrivesc cu sumele lor de control din "
        "jurnal; fiecare înregistrare este arătată în ultima ei versiune",
    "{n} records are exactly what their disclosed journal values say":
        "{n} înregistrări sunt exact ce spun valorile lor dezvăluite din jurnal",
    "re-added from the {shifts} shifts and {lines} money lines shown: every figure matches":
        "adunate din nou din cele {shifts} ture și {lines} sume arătate: fiecare cifră se "
        "potrivește",
    "the report lists none (the worker has not been shown a seal code yet)":
        "raportul nu enumeră niciunul (lucrătorului nu i s-a arătat încă niciun cod de sigiliu)",
    "the journal passes through {count} (the latest: {code}, shown {when})":
        "jurnalul trece prin {count} (cel mai recent: {code}, arătat pe {when})",
    "the one listed": "cel enumerat",
    "all {n} listed": "toate cele {n} enumerate",
    "the journal passes through entry {seq} exactly as it was when the seal was shared: nothing "
    "recorded up to then was changed since":
        "jurnalul trece prin intrarea {seq} exact cum era când sigiliul a fost dat mai departe: "
        "nimic din ce s-a notat până atunci nu s-a schimbat de atunci",
    "the contents no longer give the fingerprint the file states ({stated}; they give "
    "{computed}): the file was changed after it was exported":
        "conținutul nu mai dă amprenta pe care o declară fișierul ({stated}; dă {computed}): "
        "fișierul a fost schimbat după ce a fost exportat",
    "the second file is not a PDF": "al doilea fișier nu este un PDF",
    "the PDF carries no Workbook fingerprint in its document properties, so it cannot be "
    "matched to this file (another program may have re-saved it); compare the fingerprint at "
    "the foot of its pages with {fingerprint} by eye":
        "PDF-ul nu are nicio amprentă Workbook în proprietățile documentului, așa că nu poate "
        "fi legat de acest fișier (poate l-a salvat din nou alt program); compară cu ochiul "
        "amprenta din josul paginilor cu {fingerprint}",
    "the PDF carries the fingerprint {found}, not this file's {computed}: they are not from the "
    "same export":
        "PDF-ul are amprenta {found}, nu pe cea a acestui fișier, {computed}: nu provin din "
        "același export",
    "the report lists no journal entries": "raportul nu enumeră nicio intrare din jurnal",
    "entry 1 does not start the journal": "intrarea 1 nu este începutul jurnalului",
    "entry {seq} is missing": "lipsește intrarea {seq}",
    "entry {seq} is out of order": "intrarea {seq} nu este la locul ei în ordine",
    "entry {seq} does not follow on from entry {before}":
        "intrarea {seq} nu urmează după intrarea {before}",
    "entry {seq} was changed after it was written (its hash does not match its contents)":
        "intrarea {seq} a fost schimbată după ce a fost scrisă (hash-ul ei nu se potrivește cu "
        "conținutul)",
    "the journal listed ends at entry {last}, but the report names entry {head} as its newest":
        "jurnalul enumerat se termină la intrarea {last}, dar raportul numește intrarea {head} "
        "ca fiind cea mai nouă",
    "the entries listed do not lead to the hash the report gives for entry {seq}: an entry was "
    "changed, added or left out after it was written":
        "intrările enumerate nu duc la hash-ul pe care raportul îl dă pentru intrarea {seq}: o "
        "intrare a fost schimbată, adăugată sau scoasă după ce a fost scrisă",
    "{ref}: “{entity}” is not a kind of record":
        "{ref}: „{entity}” nu este un tip de înregistrare",
    "{ref}: the reference does not match {entity} {id}":
        "{ref}: referința nu se potrivește cu {entity} {id}",
    "{ref} is disclosed twice": "{ref} este dezvăluit de două ori",
    "{ref}: the report gives entries {given} for it, but the journal has {listed}":
        "{ref}: raportul îi dă intrările {given}, dar jurnalul are {listed}",
    "{ref}: the values shown are not from its latest entry":
        "{ref}: valorile arătate nu sunt din ultima lui intrare",
    "{ref}: its first entry ({seq}) is not the one that created it":
        "{ref}: prima lui intrare ({seq}) nu este cea care l-a creat",
    "{ref} was deleted in entry {seq}": "{ref} a fost șters în intrarea {seq}",
    "{ref}: the fields disclosed and withheld are not those of entry {seq}":
        "{ref}: câmpurile dezvăluite și ascunse nu sunt cele din intrarea {seq}",
    "{ref} {key}: the value does not match the digest in entry {seq}":
        "{ref} {key}: valoarea nu se potrivește cu suma de control din intrarea {seq}",
    "{ref} {key}: the withheld digest given is not the one in entry {seq}":
        "{ref} {key}: suma de control reținută nu este cea din intrarea {seq}",
    "{ref}: the values shown and the digests given do not match entry {seq}":
        "{ref}: valorile arătate și sumele de control nu se potrivesc cu intrarea {seq}",
    "{ref}: a disclosed value cannot be read ({error})":
        "{ref}: o valoare dezvăluită nu poate fi citită ({error})",
    "{ref} {key}: only people's names and the people of an incident may be shown as stand-ins":
        "{ref} {key}: doar numele persoanelor și persoanele unui incident pot fi arătate prin "
        "înlocuitori",
    "{ref} {key}: it is disclosed, so it cannot be a stand-in":
        "{ref} {key}: este dezvăluit, deci nu poate fi un înlocuitor",
    "{ref} {key}: marked as a stand-in but not shown":
        "{ref} {key}: marcat ca înlocuitor, dar nu este arătat",
    "{ref} {key}: shown, but the journal values behind it are not disclosed":
        "{ref} {key}: arătat, dar valorile din jurnal din spatele lui nu sunt dezvăluite",
    "{ref} {key}: disclosed but left out of the record shown":
        "{ref} {key}: dezvăluit, dar lăsat afară din înregistrarea arătată",
    "{ref} {key}: shown as {shown}, but the journal says {journal}":
        "{ref} {key}: arătat ca {shown}, dar jurnalul spune {journal}",
    "the profile is shown but not backed by the journal":
        "profilul este arătat, dar nu este susținut de jurnal",
    "{ref}: shown, but not backed by any journal entry":
        "{ref}: arătat, dar nesusținut de nicio intrare din jurnal",
    "{ref}: shown among the {section}, but it is a {entity}":
        "{ref}: arătat printre {section}, dar este {entity}",
    "{ref} is shown twice": "{ref} este arătat de două ori",
    "{ref}: disclosed but not shown": "{ref}: dezvăluit, dar nearătat",
    "{where}: in one but not the other": "{where}: este într-unul, dar nu în celălalt",
    "{label}: in the report's totals, but no record shown belongs to it":
        "{label}: apare în totalurile raportului, dar nicio înregistrare arătată nu ține de el",
    "{label}: records shown belong to it, but the report's totals leave it out":
        "{label}: unele înregistrări arătate țin de el, dar totalurile raportului îl lasă afară",
    "{where}: the report lists {said}, the records give {added}":
        "{where}: raportul enumeră {said}, înregistrările dau {added}",
    "{where}: the report says {said}, the records shown add up to {added}":
        "{where}: raportul spune {said}, înregistrările arătate adunate dau {added}",
    "they cannot be re-added: “{field}” of a shift, money line or workplace is not disclosed":
        "nu pot fi adunate din nou: „{field}” al unei ture, sume sau loc de muncă nu este "
        "dezvăluit",
    "they cannot be re-added from the records shown ({error})":
        "nu pot fi adunate din nou din înregistrările arătate ({error})",
    "{code} is for entry {seq}, outside the journal listed":
        "{code} este pentru intrarea {seq}, în afara jurnalului enumerat",
    "{code} (shown {when}) does not match entry {seq}":
        "{code} (arătat pe {when}) nu se potrivește cu intrarea {seq}",
    "the seal is for entry {seq}, but this report's journal ends at entry {head}: the seal is "
    "newer than the report, or belongs to other records":
        "sigiliul este pentru intrarea {seq}, dar jurnalul acestui raport se termină la "
        "intrarea {head}: sigiliul este mai nou decât raportul sau ține de alte înregistrări",
    "this report's journal starts at entry {first}, after the seal's entry {seq}, so it cannot "
    "show that what was recorded before the seal is unchanged":
        "jurnalul acestui raport începe la intrarea {first}, după intrarea {seq} a sigiliului, "
        "așa că nu poate arăta că ce s-a notat înainte de sigiliu nu s-a schimbat",
    "entry {seq} is missing from the journal listed":
        "intrarea {seq} lipsește din jurnalul enumerat",
    "entry {seq} in this report does not match the seal: what was recorded up to it was changed "
    "after the seal was shared (or the code was mistyped)":
        "intrarea {seq} din acest raport nu se potrivește cu sigiliul: ce s-a notat până la ea "
        "a fost schimbat după ce sigiliul a fost dat mai departe (sau codul a fost scris "
        "greșit)",
    "“{code}” is not a seal code (it looks like 17-K3QF-9ZTA-M2XW-PL7D)":
        "„{code}” nu este un cod de sigiliu (arată ca 17-K3QF-9ZTA-M2XW-PL7D)",
    "{problems} (and {n} more problems)": "{problems} (și încă {n} probleme)",
    "{problems} (and {n} more differences)": "{problems} (și încă {n} diferențe)",
    "{problems} (and {n} more seals)": "{problems} (și încă {n} sigilii)",
    "{where}: must be an object {{ … }}": "{where}: trebuie să fie un obiect {{ … }}",
    "{where}: must be an object {{ … }} or null":
        "{where}: trebuie să fie un obiect {{ … }} sau null",
    "{where}: “{key}” is missing": "{where}: lipsește „{key}”",
    "{where}: “{key}” is not part of a Workbook report":
        "{where}: „{key}” nu face parte dintr-un raport Workbook",
    "{where}: must be a whole number": "{where}: trebuie să fie un număr întreg",
    "{where}: must be text": "{where}: trebuie să fie text",
    "{where}: must be a list [ … ]": "{where}: trebuie să fie o listă [ … ]",
    "{where}: must be a lower-case hexadecimal hash":
        "{where}: trebuie să fie un hash hexazecimal cu litere mici",
    "{where}: must be a date like 2026-03-28": "{where}: trebuie să fie o dată ca 2026-03-28",
    "{where}: is not a journal entry in canonical form":
        "{where}: nu este o intrare de jurnal în formă canonică",
    "{where}: must be text: a journal entry as its hash covers it":
        "{where}: trebuie să fie text: o intrare de jurnal așa cum o acoperă hash-ul ei",
    "{where}: is not a journal entry (its metadata in canonical JSON)":
        "{where}: nu este o intrare de jurnal (metadatele ei în JSON canonic)",
    "{where}: “{value}” is not a reference to a record":
        "{where}: „{value}” nu este o referință la o înregistrare",
    "{where}: “{value}” is not one of: {choices}":
        "{where}: „{value}” nu este una dintre: {choices}",
    "{where}: must be one of {choices}": "{where}: trebuie să fie una dintre {choices}",
    "the key “{key}” is written twice, so the file can be read two ways":
        "cheia „{key}” este scrisă de două ori, așa că fișierul poate fi citit în două feluri",
    "the number {number} has a decimal point; a Workbook report never has one (amounts are text)":
        "numărul {number} are zecimale; un raport Workbook nu are niciodată (sumele sunt text)",
    "{value} is not a number JSON allows": "{value} nu este un număr permis de JSON",
    "the file is not UTF-8 text, so it is not a Workbook report":
        "fișierul nu este text UTF-8, deci nu este un raport Workbook",
    "the file is not valid JSON ({error} at line {line}, column {column}), so it is not a "
    "Workbook report":
        "fișierul nu este JSON valid ({error} la rândul {line}, coloana {column}), deci nu este "
        "un raport Workbook",
    "the file is nested too deeply to be a Workbook report":
        "fișierul este imbricat prea adânc ca să fie un raport Workbook",
    "this is a Workbook import file, not an evidence report":
        "acesta este un fișier de import Workbook, nu un raport de dovezi",
    "this is not a Workbook evidence report (it has no “report”)":
        "acesta nu este un raport de dovezi Workbook (nu are „report”)",
    "report.format: is not “workbook-evidence”: this is not a Workbook evidence report":
        "report.format: nu este „workbook-evidence”: acesta nu este un raport de dovezi Workbook",
    "report.version: is {version}: the report was made by a newer Workbook; this one checks "
    "versions {first} to {last}":
        "report.version: este {version}: raportul a fost făcut de un Workbook mai nou; acesta "
        "verifică versiunile de la {first} la {last}",
    "Changed after seal {code} was shared (the report shows the newer version; the journal "
    "keeps the digest of the earlier one): {changed}.":
        "Schimbat după ce sigiliul {code} a fost dat mai departe (raportul arată versiunea mai "
        "nouă; jurnalul păstrează suma de control a celei anterioare): {changed}.",
    "{n} records shown were first written after seal {code}; the seal says nothing about them.":
        "{n} înregistrări arătate au fost notate prima dată după sigiliul {code}; sigiliul nu "
        "spune nimic despre ele.",
    "{n} entries were deleted after seal {code}.":
        "{n} intrări au fost șterse după sigiliul {code}.",
    "Shown as stand-ins, not checked against the journal (the real values are withheld; only "
    "their digests are in the file): {which}.":
        "Arătate prin înlocuitori, neverificate cu jurnalul (valorile reale sunt ascunse; în "
        "fișier sunt doar sumele lor de control): {which}.",
    "the names of {refs}": "numele din {refs}",
    "the people listed in {refs}": "persoanele enumerate în {refs}",
    "the “{key}” of {refs}": "„{key}” din {refs}",
    "{first} and {n} more": "{first} și încă {n}",
    "{fields} fields are withheld by the {profile} profile: only their digests are in the file, "
    "so they cannot be read, but the chain still covers them.":
        "Profilul {profile} ascunde {fields} câmpuri: în fișier sunt doar sumele lor de "
        "control, așa că nu pot fi citite, dar lanțul le acoperă în continuare.",
    "No seal code was given. Ask the worker for a seal code she sent you earlier, and check "
    "again with --seal CODE: only that shows the records were not rewritten before this report "
    "was made.":
        "Nu s-a dat niciun cod de sigiliu. Cere-i lucrătorului un cod de sigiliu pe care ți l-a "
        "trimis mai devreme și verifică din nou cu --seal COD: doar asta arată că "
        "înregistrările nu au fost rescrise înainte de a face acest raport.",
    "The journal entries listed are linked, each to the one before, up to the newest entry when "
    "the report was made.":
        "Intrările din jurnal enumerate sunt legate, fiecare de cea dinainte, până la cea mai "
        "nouă intrare de la momentul raportului.",
    "Every value shown is what the worker's journal recorded at the entry it names, and each "
    "record is shown in its latest version; earlier versions are listed, so amendments show.":
        "Fiecare valoare arătată este ce a notat jurnalul lucrătorului în intrarea pe care o "
        "numește, iar fiecare înregistrare este arătată în ultima ei versiune; versiunile "
        "anterioare sunt enumerate, așa că schimbările se văd.",
    "The totals add up from the records shown.":
        "Totalurile se potrivesc cu înregistrările arătate.",
    "With a seal code you received earlier: nothing recorded before that seal was changed after "
    "the seal was shared.":
        "Cu un cod de sigiliu primit mai devreme: nimic din ce s-a notat înainte de acel "
        "sigiliu nu a fost schimbat după ce sigiliul a fost dat mai departe.",
    "With the PDF: the PDF was made together with this file.":
        "Cu PDF-ul: PDF-ul a fost făcut împreună cu acest fișier.",
    "Without a seal code received earlier, someone holding the worker's passphrase could have "
    "rewritten the journal before exporting; the checks would still pass.":
        "Fără un cod de sigiliu primit mai devreme, cineva care are fraza de acces a "
        "lucrătorului ar fi putut rescrie jurnalul înainte de export; verificările ar trece "
        "oricum.",
    "It does not prove that the report holds every record: the worker chose the period, the "
    "workplaces and the profile, and withheld fields are not shown.":
        "Nu dovedește că raportul conține toate înregistrările: lucrătorul a ales perioada, "
        "locurile de muncă și profilul, iar câmpurile ascunse nu sunt arătate.",
    "Names shown as stand-ins (“Manager A”) are not checked against the journal.":
        "Numele arătate prin înlocuitori („Manager A”) nu sunt verificate cu jurnalul.",
}

ROMANIAN = ReportLanguage(
    name="Română",
    words=WORDS,
    months=("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
            "septembrie", "octombrie", "noiembrie", "decembrie"),
    months_short=("ian", "feb", "mar", "apr", "mai", "iun", "iul", "aug", "sep", "oct", "nov",
                  "dec"),
    weekdays=("lun", "mar", "mie", "joi", "vin", "sâm", "dum"),
    decimal=",",
    group=".",
    percent="{n}%",
    datetime_long="{date}, ora {hour}:{minute}",
)
