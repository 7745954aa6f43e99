<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+64"/>
        <source>Amount in %1</source>
        <translation>Belopp i %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What for? (optional)</source>
        <translation>Vad för? (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Anteckning (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>&amp;Belopp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/attachments.py" line="+57"/>
        <source>Files and photos</source>
        <translation>Filer och foton</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached files</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;file…</source>
        <translation>Lägg till &amp;fil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste image</source>
        <translation>Klistra in bil&amp;d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>Ta bort fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the selected image</source>
        <translation>Förhandsvisning av den valda bilden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are kept encrypted inside your vault, up to 50 MB each.</source>
        <translation>Filerna sparas krypterade i ditt valv, upp till 50 MB var.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Attach a file</source>
        <translation>Bifoga en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;All files (*)</source>
        <translation>Bilder och dokument (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” could not be read: %2</source>
        <translation>”%1” kunde inte läsas: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is %2. Files up to 50 MB can be kept in the vault; a smaller copy or a screenshot will do.</source>
        <translation>”%1” är %2. Filer på upp till 50 MB kan sparas i valvet; en mindre kopia eller en skärmbild går bra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pasted image %1.png</source>
        <translation>inklistrad bild %1.png</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no image on the clipboard. Copy or take a screenshot first.</source>
        <translation>Det finns ingen bild i urklipp. Kopiera en bild eller ta en skärmbild först.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file selected</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (no preview; it is kept in the vault)</source>
        <translation>%1 (ingen förhandsvisning; den sparas i valvet)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+64"/>
        <source>Make a backup</source>
        <translation>Gör en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is one encrypted file with all your records. Keep it somewhere other than this computer, such as a USB stick. Choose a folder (a new file is made there, named by the date) or a file.</source>
        <translation>En säkerhetskopia är en krypterad fil med alla dina uppgifter. Förvara den någon annanstans än på den här datorn, till exempel på ett USB-minne. Välj en mapp (där skapas en ny fil som får datumet i namnet) eller en fil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Back up to</source>
        <translation>Spara kopian i</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Folder…</source>
        <translation>Mapp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>Fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Your passphrase</source>
        <translation>Din lösenfras</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Lock the backup with a different passphrase</source>
        <translation>Lås kopian med en annan lösenfras</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make the backup</source>
        <translation>Gör kopian</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the backup</source>
        <translation>Välj en mapp för säkerhetskopian</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the backup as</source>
        <translation>Spara säkerhetskopian som</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to put the backup.</source>
        <translation>Välj var säkerhetskopian ska sparas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup is made: %1</source>
        <translation>Säkerhetskopian är klar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup made</source>
        <translation>Säkerhetskopian är klar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a backup…</source>
        <translation>Gör en säkerhetskopia…</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/categories.py" line="+77"/>
        <source>Write a name for the category.</source>
        <translation>Skriv ett namn på kategorin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>Namnet får vara högst %1 tecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a category called “%1”.</source>
        <translation>Det finns redan en kategori som heter ”%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New category</source>
        <translation>Ny kategori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new category</source>
        <translation>Namn på den nya kategorin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category of your own for “%1”, like a locker fee or a music fee.</source>
        <translation>En egen kategori för ”%1”, till exempel en skåpavgift eller en musikavgift.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add category</source>
        <translation>Lägg till kategori</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New category…</source>
        <translation>Ny kategori…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a category of your own</source>
        <translation>Gör en egen kategori</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/change_passphrase.py" line="+35"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Nobody can recover a forgotten passphrase. Write the new one down somewhere safe before you save. Backups made before now still open with the old passphrase.</source>
        <translation>⚠ Ingen kan återställa en glömd lösenfras. Skriv ner den nya på ett säkert ställe innan du sparar. Säkerhetskopior som gjorts innan nu öppnas fortfarande med den gamla lösenfrasen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the passphrase you use now.</source>
        <translation>Skriv lösenfrasen du använder nu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nya lösenfrasen är samma som den nuvarande.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the passphrase…</source>
        <translation>Byter lösenfras…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That is not the passphrase this vault opens with now.</source>
        <translation>Det är inte lösenfrasen som öppnar valvet nu.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/workbook/ui/pages/incidents.py" line="+47"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+52"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+59"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+1"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How serious</source>
        <translation>Hur allvarligt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+8"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+3"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported to</source>
        <translation>Anmält till</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-6"/>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="+49"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid how</source>
        <translation>Betalt hur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid to or taken by</source>
        <translation>Betalt till eller taget av</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="+37"/>
        <source>Name or nickname</source>
        <translation>Namn eller smeknamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+12"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+2"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="-12"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned</source>
        <translation>Intjänat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken by workplace</source>
        <translation>Arbetsplatsen tog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>Juridisk arbetsgivare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/table_model.py" line="+40"/>
        <source>Click to sort</source>
        <translation>Klicka för att sortera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This column cannot be sorted</source>
        <translation>Den här kolumnen går inte att sortera</translation>
    </message>
</context>
<context>
    <name>CurrencyCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+130"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+17"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <extracomment>Store error class name → message. Matched by name so this module loads without the store.</extracomment>
        <translation>Den lösenfrasen öppnar inte valvet. Kontrollera Caps Lock och tangentbordslayouten och försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Workbook vault. Choose another file.</source>
        <translation>Filen är inget Workbook-valv. Välj en annan fil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault file is damaged and cannot be opened. Nothing was changed: keep the file, and restore a backup if you have one.</source>
        <translation>Valvfilen är skadad och kan inte öppnas. Inget har ändrats: spara filen och återställ en säkerhetskopia om du har en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was saved by a newer version of Workbook. Update Workbook to open it; nothing was changed.</source>
        <translation>Valvet sparades av en nyare version av Workbook. Uppdatera Workbook för att öppna det. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault is open in another window or program. Close it there and try again.</source>
        <translation>Valvet är öppet i ett annat fönster eller program. Stäng det där och försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>Disken är full, så inget kunde sparas. Frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault was saved by a much older version of Workbook that this version cannot upgrade. Nothing was changed.</source>
        <translation>Valvet sparades av en mycket äldre version av Workbook som den här versionen inte kan uppgradera. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault at this place. It may have been moved or deleted.</source>
        <translation>Det finns inget valv här. Det kan ha flyttats eller raderats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists. Workbook will not overwrite it.</source>
        <translation>Det finns redan en fil med det namnet. Workbook skriver inte över den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook cannot write in this folder. Choose a folder you can change.</source>
        <translation>Workbook kan inte skriva i den här mappen. Välj en mapp du kan ändra i.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault file could not be read or written. Is the disk or USB stick still connected?</source>
        <translation>Valvfilen kunde inte läsas eller skrivas. Är disken eller USB-minnet fortfarande anslutet?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Valvet är låst. Lås upp det först.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open or save</source>
        <translation>Kunde inte öppna eller spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong with the vault. Nothing was changed.</source>
        <translation>Något gick fel med valvet. Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read or write a file</source>
        <translation>Kunde inte läsa eller skriva en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook ran into a problem it did not expect. What you saved before is safe. If it happens again, please tell us what you were doing.</source>
        <translation>Workbook stötte på ett oväntat problem. Det du sparat tidigare är kvar. Om det händer igen får du gärna berätta för oss vad du höll på med.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/export_dialog.py" line="+76"/>
        <source>Export evidence</source>
        <translation>Exportera underlag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates I choose</source>
        <translation>Datum jag väljer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workplaces to include</source>
        <translation>Arbetsplatser att ta med</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (archived)</source>
        <translation> (arkiverad)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Full: everything, for you or your lawyer</source>
        <translation>&amp;Allt: allt, för dig eller din jurist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Union: people as “Manager A”, no clients</source>
        <translation>&amp;Facket: personer som ”Chef A”, inga kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Totals only: figures, no names or text</source>
        <translation>&amp;Bara summor: siffror, inga namn eller texter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Notes and descriptions are not redacted automatically. Read the ones below before you share this file; edit a record if something should not go out.</source>
        <translation>⚠ Anteckningar och beskrivningar maskeras inte automatiskt. Läs dem nedan innan du delar filen, och ändra en post om något inte ska komma ut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes and descriptions in this export</source>
        <translation>Anteckningar och beskrivningar i den här exporten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the report</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to write</source>
        <translation>Filer att skriva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF-rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON sidecar (lets a rep check the PDF)</source>
        <translation>&amp;JSON-fil (låter ett ombud kontrollera PDF:en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV of shifts and money</source>
        <translation>&amp;CSV med pass och pengar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save</source>
        <translation>Välj var filen ska sparas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the %1 file</source>
        <translation>Välj var %1-filen ska sparas</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Seal code</source>
        <translation>Sigillkod</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show a &amp;seal code</source>
        <translation>Visa en &amp;sigillkod</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No code shown yet</source>
        <translation>Ingen kod visad än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this code to your union rep or a friend now. A later report that passes through it shows that nothing you recorded before today was changed afterwards.</source>
        <translation>Skicka koden till ditt fackombud eller en vän nu. En senare rapport som går igenom koden visar att inget du antecknat före idag har ändrats efteråt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pe&amp;riod</source>
        <translation>Pe&amp;riod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplaces</source>
        <translation>Arbetsp&amp;latser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>Spr&amp;åk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much to disclose</source>
        <translation>Hur mycket som ska visas</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Leaves in everything: your work name and legal name, the workplaces&apos; legal names, people&apos;s names as you wrote them (clients too), every shift, amount, incident, note and description, and your attached images.</source>
        <translation>Tar med allt: ditt arbetsnamn och juridiska namn, arbetsplatsernas juridiska namn, personers namn så som du skrev dem (även kunder), varje pass, belopp, händelse, anteckning och beskrivning, och dina bifogade bilder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in your work name (not your legal name), the workplaces&apos; legal names, every shift, amount and incident with its notes and descriptions, and your images. People appear as “Manager A”, “Coworker B”; clients are left out.</source>
        <translation>Tar med ditt arbetsnamn (inte ditt juridiska namn), arbetsplatsernas juridiska namn, varje pass, belopp och händelse med anteckningar och beskrivningar, och dina bilder. Personer visas som ”Chef A”, ”Kollega B”; kunder utelämnas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in only figures: hours, earnings, what each workplace took, fee and fine history and signs of control, with dates. No names of people, no notes or descriptions, no images.</source>
        <translation>Tar bara med siffror: timmar, intäkter, vad varje arbetsplats tog, historik över avgifter och böter och tecken på kontroll, med datum. Inga namn på personer, inga anteckningar eller beskrivningar, inga bilder.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>incident</source>
        <translation>händelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shift at %1</source>
        <translation>pass på %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>money line</source>
        <translation>belopp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The end of the period is before its start.</source>
        <translation>Periodens slut ligger före dess början.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No notes or descriptions in this period.</source>
        <translation>Inga anteckningar eller beskrivningar under perioden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1 times, until %2)</source>
        <translation>(%1 gånger, till %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…and %1 more.</source>
        <translation>…och %1 till.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the %1 file</source>
        <translation>Spara %1-filen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seal code: %1</source>
        <translation>Ingen sigillkod: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seal code copied.</source>
        <translation>Sigillkoden är kopierad.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved: %1. Report fingerprint %2…</source>
        <translation>Sparat: %1. Rapportens fingeravtryck %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; inget skrevs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not exported: something went wrong (%1). Nothing was written.</source>
        <translation>Inte exporterat: något gick fel (%1). Inget skrevs.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Choose a period and at least one workplace.</source>
        <translation>Välj en period och minst en arbetsplats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save: %1.</source>
        <translation>Välj var du vill spara: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting evidence…</source>
        <translation>Exporterar underlag…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not exported: %1</source>
        <translation>Inte exporterat: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+46"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+167"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-9"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-2"/>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+12"/>
        <source>Registration number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-7"/>
        <source>Name or nickname</source>
        <translation>Namn eller smeknamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+17"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks (minutes)</source>
        <translation>Obetalda raster (minuter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled start</source>
        <translation>Schemalagd start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled end</source>
        <translation>Schemalagt slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Paid how</source>
        <translation>Betalt hur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Paid to or taken by</source>
        <translation>Betalt till eller taget av</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+11"/>
        <source>How serious</source>
        <translation>Hur allvarligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to</source>
        <translation>Anmält till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Anmält den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-26"/>
        <source>Work name</source>
        <extracomment>Field names as problems name them (the last part of ``shifts[3].end``), for messages.</extracomment>
        <translation>Arbetsnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual currency</source>
        <translation>Vanlig valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new day starts at</source>
        <translation>Ett nytt dygn börjar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference hourly wage</source>
        <translation>Jämförelselön per timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after</source>
        <translation>Lås efter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/filter_bar.py" line="+99"/>
        <location line="+1"/>
        <source>Search</source>
        <extracomment>The worker&apos;s own money categories per kind (&quot;custom:…&quot; slugs), listed after ours.</extracomment>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Välj datum…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All workplaces</source>
        <translation>Alla arbetsplatser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverad)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of money</source>
        <translation>Typ av pengar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+4"/>
        <source>Written down</source>
        <translation>Antecknad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="+61"/>
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workbook never overwrites a record. Each time it is changed, the earlier version is kept in a tamper-evident journal, with the time it was written down.</source>
        <translation>Workbook skriver aldrig över en post. Varje gång den ändras sparas den tidigare versionen i en manipuleringssäker logg, med tiden då den skrevs ner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Values of the chosen version</source>
        <translation>Värden i den valda versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The record was deleted; only the fact that it existed is kept.</source>
        <translation>Posten raderades. Bara att den fanns finns kvar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values were erased when the record was deleted.</source>
        <translation>De här värdena raderades när posten raderades.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>changed</source>
        <translation>ändrat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first version, as it was written down.</source>
        <translation>Första versionen, så som den skrevs ner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed in this version: %1</source>
        <translation>Ändrat i den här versionen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed in this version.</source>
        <translation>Inget ändrades i den här versionen.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/image_viewer.py" line="+88"/>
        <source>This file is not an image the app can show.</source>
        <translation>Filen är ingen bild som appen kan visa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached image: %1</source>
        <translation>Bifogad bild: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Anpassa till fönstret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Verklig storlek</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/incident_editor.py" line="+82"/>
        <source>Edit incident</source>
        <translation>Ändra händelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an incident</source>
        <translation>Anteckna en händelse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>— no workplace —</source>
        <translation>— ingen arbetsplats —</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+312"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>What kind of incident</source>
        <translation>Vilken sorts händelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words, e.g. “Fined for being late”</source>
        <translation>Några ord, t.ex. ”Fick böter för att jag kom sent”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>When it started</source>
        <translation>När det började</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It went on &amp;until</source>
        <translation>Det på&amp;gick till</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it ended</source>
        <translation>När det slutade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How serious, from 1 (minor) to 5 (grave)</source>
        <translation>Hur allvarligt, från 1 (litet) till 5 (mycket allvarligt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened, in your own words. Who said or did what, and what it cost you.</source>
        <translation>Vad som hände, med dina egna ord. Vem sa eller gjorde vad, och vad det kostade dig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+271"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>e.g. the union, the manager, the police</source>
        <translation>t.ex. facket, chefen, polisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>Reported to</source>
        <translation>Anmält till</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date it was reported</source>
        <translation>Datum då det anmäldes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on a date</source>
        <translation>Anmält ett visst datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What came of it, if anything</source>
        <translation>Vad det ledde till, om något</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Linked shift</source>
        <translation>Kopplat pass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs of control this shows</source>
        <translation>Tecken på kontroll som det här visar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save incident</source>
        <translation>Spara händelsen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wor&amp;kplace</source>
        <translation>&amp;Arbetsplats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;hen</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;verity</source>
        <translation>All&amp;var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople</source>
        <translation>P&amp;ersoner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reported to</source>
        <translation>Anmält t&amp;ill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;ked shift</source>
        <translation>Kopplat pa&amp;ss</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>— no shift —</source>
        <translation>— inget pass —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minor: annoying, worth noting.</source>
        <translation>Litet: irriterande, värt att notera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: it cost you something small.</source>
        <translation>Lågt: det kostade dig något litet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious: it cost you money, safety or sleep.</source>
        <translation>Allvarligt: det kostade dig pengar, trygghet eller sömn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High: you were hurt, threatened or lost a lot.</source>
        <translation>Högt: du skadades, hotades eller förlorade mycket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grave: violence, or a threat to your safety or your stay.</source>
        <translation>Mycket allvarligt: våld, eller ett hot mot din säkerhet eller din rätt att stanna.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident could not be saved. What you typed is still here.

%1</source>
        <translation>Händelsen kunde inte sparas. Det du skrev finns kvar.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Allvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind</source>
        <translation>Vilken sort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files: %1</source>
        <translation>Filer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People: %1</source>
        <translation>Personer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/incidents.py" line="-32"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record an incident…</source>
        <translation>Anteckna en händelse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in titles and descriptions</source>
        <translation>Sök i rubriker och beskrivningar</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents match these filters.</source>
        <translation>Inga händelser matchar filtren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents recorded. When something unfair or unsafe happens at work, write it down here while you remember the details.</source>
        <translation>Inga händelser antecknade. När något orättvist eller osäkert händer på jobbet, skriv ner det här medan du minns detaljerna.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the incident “%1” of %2?</source>
        <translation>Radera händelsen ”%1” från %2?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Its %n attached files are deleted with it.</source>
        <translation>
            <numerusform>Dess %n bifogade fil raderas också.</numerusform>
            <numerusform>Dess %n bifogade filer raderas också.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-170"/>
        <source>Earning</source>
        <translation>Intäkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>Tas av arbetsplatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own expense</source>
        <translation>Egen utgift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wage</source>
        <translation>Lön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage dances</source>
        <translation>Scendanser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private dances</source>
        <translation>Privatdanser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP / champagne room</source>
        <translation>VIP-/champagnerum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Dricks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online sales</source>
        <translation>Onlineförsäljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>Husavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage or bar fee</source>
        <translation>Scen- eller baravgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>Dricksavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Böter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency fee</source>
        <translation>Byråavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit kept</source>
        <translation>Kvarhållen deposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costumes</source>
        <translation>Scenkläder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising</source>
        <translation>Annonsering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+18"/>
        <location line="+9"/>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="-105"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Scen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Golv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cam</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpaid wages</source>
        <translation>Obetald lön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlawful deduction or fine</source>
        <translation>Olagligt avdrag eller böter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced tip-out</source>
        <translation>Tvingad dricksavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid or unsafe hours</source>
        <translation>Obetald eller osäker arbetstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breaks</source>
        <translation>Inga raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe conditions</source>
        <translation>Osäkra förhållanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment by management</source>
        <translation>Trakasserier från ledningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual harassment</source>
        <translation>Sexuella trakasserier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assault</source>
        <translation>Våld eller övergrepp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrimination</source>
        <translation>Diskriminering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure to cross boundaries</source>
        <translation>Press att gå över dina gränser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats (outing, deportation, dismissal)</source>
        <translation>Hot (att outa, utvisa eller avskeda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents or money withheld</source>
        <translation>Dokument eller pengar kvarhållna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misclassification</source>
        <translation>Fel anställningsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule coercion</source>
        <translation>Tvång kring schemat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coworker</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DJ</source>
        <translation>DJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved</source>
        <translation>Inblandad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Vittne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set schedule</source>
        <translation>Fast schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off needs approval</source>
        <translation>Ledighet måste godkännas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dress or appearance rules</source>
        <translation>Regler för klädsel eller utseende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace sets prices</source>
        <translation>Arbetsplatsen sätter priserna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines</source>
        <translation>Böter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required tip-outs</source>
        <translation>Obligatoriska dricksavgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas (dances, drinks)</source>
        <translation>Kvoter (danser, drinkar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be banned or dismissed</source>
        <translation>Kan stängas av eller avskedas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must stay until closing</source>
        <translation>Måste stanna till stängning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls music or stage rota</source>
        <translation>Styr musik eller scenschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 – minor</source>
        <translation>1 – liten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – low</source>
        <translation>2 – låg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – serious</source>
        <translation>3 – allvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – high</source>
        <translation>4 – hög</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – grave</source>
        <translation>5 – mycket allvarlig</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="-5"/>
        <source>Club</source>
        <translation>Klubb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Byrå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online platform</source>
        <translation>Onlineplattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independent</source>
        <translation>Egen verksamhet</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/list_page.py" line="+70"/>
        <source>Number of records</source>
        <extracomment>The journal entity (for Earlier versions) and the ``session.changed`` names to follow.</extracomment>
        <translation>Antal poster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add (Ctrl+N)</source>
        <translation>Lägg till (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected row (Enter)</source>
        <translation>Ändra den markerade raden (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected row (Delete key)</source>
        <translation>Radera den markerade raden (Delete-tangenten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions…</source>
        <translation>Tidigare versioner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every kept version of the selected row</source>
        <translation>Se alla sparade versioner av den markerade raden</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches these filters.</source>
        <translation>Inget matchar filtren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>Inget här än.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete?</source>
        <translation>Radera?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its details are erased from this vault. The journal keeps only a note that a record existed and was deleted.</source>
        <translation>Uppgifterna raderas från valvet. Loggen behåller bara en notering om att en post fanns och raderades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Behåll</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="+49"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>Pengar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>Arbetsplatser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/app.py" line="+386"/>
        <location filename="../../src/workbook/ui/main_window.py" line="+40"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="+21"/>
        <source>Sections</source>
        <extracomment>The worker asked to lock (False) or to hide at once (True). The worker closed the window: lock and quit.</extracomment>
        <translation>Delar</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Auto-lock is off.</source>
        <translation>Automatisk låsning är av.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locks after %n idle minutes.</source>
        <translation>
            <numerusform>Låses efter %n minut utan användning.</numerusform>
            <numerusform>Låses efter %n minuter utan användning.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hides everything at once.</source>
        <translation>%1 gömmer allt direkt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a report for a union rep or a lawyer</source>
        <translation>Exportera en rapport till ett fackombud eller en jurist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (%1)</source>
        <translation>Lås nu (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide now</source>
        <translation>Göm nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock at once and close everything (%1)</source>
        <translation>Lås direkt och stäng allt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the backup reminder</source>
        <translation>Dölj påminnelsen om säkerhetskopia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You have not made a backup yet.</source>
        <translation>Du har inte gjort någon säkerhetskopia än.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your last backup was %n days ago.</source>
        <translation>
            <numerusform>Din senaste säkerhetskopia gjordes för %n dag sedan.</numerusform>
            <numerusform>Din senaste säkerhetskopia gjordes för %n dagar sedan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/money_dialog.py" line="+32"/>
        <source>Edit money</source>
        <translation>Ändra belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add money</source>
        <translation>Lägg till belopp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No workplace</source>
        <translation>Ingen arbetsplats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not said</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one, or choose “New category…” at the end of the list to make your own.</source>
        <translation>Välj en, eller välj ”Ny kategori…” sist i listan för att göra en egen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid how</source>
        <translation>Betalt hur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid to or taken by</source>
        <translation>Betalt till eller taget av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line belongs to a shift; change the shift to move it.</source>
        <translation>Beloppet hör till ett pass. Ändra passet för att flytta det.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Who paid, like a client or the club</source>
        <translation>Vem som betalade, t.ex. en kund eller klubben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took it, like the club or the DJ</source>
        <translation>Vem som tog det, t.ex. klubben eller DJ:n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you paid, like a shop or a driver</source>
        <translation>Vem du betalade, t.ex. en butik eller en chaufför</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An amount cannot be below zero. Choose the kind instead: earned, taken by the workplace or your own expense.</source>
        <translation>Ett belopp kan inte vara under noll. Välj typ i stället: intäkt, taget av arbetsplatsen eller egen utgift.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts have no decimals.</source>
        <translation>Belopp i %1 har inga decimaler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Belopp i %1 har högst %2 decimaler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the amount, like 800.</source>
        <translation>Skriv beloppet, t.ex. 800.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the amount with digits, like 800 or 1 200,50.</source>
        <translation>Skriv beloppet med siffror, t.ex. 800 eller 1 200,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>Välj en valuta i listan, t.ex. SEK.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a category.</source>
        <translation>Välj en kategori.</translation>
    </message>
</context>
<context>
    <name>MoneyLinesTable</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/money_lines.py" line="+97"/>
        <location line="+238"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+236"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+238"/>
        <source>Method</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Paid to / taken by</source>
        <translation>Betalt till / taget av</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+235"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Line %1: kind</source>
        <translation>Rad %1: typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: category</source>
        <translation>Rad %1: kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: amount</source>
        <translation>Rad %1: belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: method</source>
        <translation>Rad %1: betalsätt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: paid to or taken by</source>
        <translation>Rad %1: betalt till eller taget av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: note</source>
        <translation>Rad %1: anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line %1</source>
        <translation>Ta bort rad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this line</source>
        <translation>Ta bort raden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>taken by (club, DJ…)</source>
        <translation>taget av (klubb, DJ…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by</source>
        <translation>betalt av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid to</source>
        <translation>betalt till</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1, %2: %3</source>
        <translation>Rad %1, %2: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In debt: the workplace took %1 more than you earned.</source>
        <translation>Skuld: arbetsplatsen tog %1 mer än du tjänade.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earned %1 · taken by the workplace %2 · kept %3</source>
        <translation>Intjänat %1 · arbetsplatsen tog %2 · kvar %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own expenses %1</source>
        <translation>egna utgifter %1</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-30"/>
        <source>Money</source>
        <translation>Pengar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add money…</source>
        <translation>Lägg till belopp…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in notes and who paid</source>
        <translation>Sök i anteckningar och vem som betalade</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n money lines</source>
        <translation>
            <numerusform>%n belopp</numerusform>
            <numerusform>%n belopp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money lines match these filters.</source>
        <translation>Inga belopp matchar filtren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money recorded yet. Money from a shift is added in the shift; rent, advertising or a phone bill can be added here.</source>
        <translation>Inga pengar antecknade än. Pengar från ett pass läggs till i passet; hyra, annonser eller en telefonräkning kan läggas till här.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 på %2, %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete this money line: %1?</source>
        <translation>Radera det här beloppet: %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It belongs to a shift; the shift stays.</source>
        <translation>Det hör till ett pass; passet finns kvar.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/month_chart.py" line="+46"/>
        <source>Earnings and deductions per month</source>
        <translation>Intäkter och avdrag per månad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: earned %2, taken %3</source>
        <translation>%1: intjänat %2, taget %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>No money recorded</source>
        <translation>Inga pengar antecknade</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Earned</source>
        <translation>Intjänat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>Arbetsplatsen tog</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+171"/>
        <location line="+13"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Same again</source>
        <translation>Samma igen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Lösenfrasen behöver minst %1 tecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De två lösenfraserna är inte likadana än.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ Both passphrases are the same.</source>
        <translation>✓ Lösenfraserna är likadana.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/overview.py" line="+116"/>
        <location line="+2"/>
        <source>Overview</source>
        <extracomment>Deduction categories whose history the page shows. Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplace shown in the chart</source>
        <translation>Arbetsplats som visas i diagrammet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chart for</source>
        <translation>&amp;Diagram för</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded this year yet. Log a shift on the Today page and it shows up here.</source>
        <translation>Inget antecknat i år än. Anteckna ett pass på sidan Idag så syns det här.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned and taken per month, last 12 months</source>
        <translation>Intjänat och taget per månad, senaste 12 månaderna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>House fees and fines, last 12 months</source>
        <translation>Husavgifter och böter, senaste 12 månaderna</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This month is %1 to %2; this year from %3. Amounts are per currency and never converted.</source>
        <translation>Den här månaden är %1 till %2; i år från %3. Beloppen visas per valuta och räknas aldrig om.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Shifts</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Arbetade timmar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned</source>
        <translation>Intjänat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>Arbetsplatsen tog</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept per hour</source>
        <translation>Kvar per timme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own expenses</source>
        <translation>Egna utgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed to an employee: %1 an hour, nothing taken</source>
        <translation>En anställd hade fått: %1 i timmen, inget avdraget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Difference from what you kept</source>
        <translation>Skillnad mot det du fick behålla</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No house fees or fines recorded in the last 12 months.</source>
        <translation>Inga husavgifter eller böter antecknade de senaste 12 månaderna.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 den %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up</source>
        <translation>upp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>ner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3 %4)</source>
        <translation>%1 den %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 earlier changes not shown)</source>
        <translation>(%1 tidigare ändringar visas inte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(once)</source>
        <translation>(en gång)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the same on all %1 nights)</source>
        <translation>(samma alla %1 kvällar)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(in debt to the workplace)</source>
        <translation>(skuld till arbetsplatsen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 less</source>
        <translation>%1 mindre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more</source>
        <translation>%1 mer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same</source>
        <translation>samma</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="-184"/>
        <source>Very weak</source>
        <translation>mycket svag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>okej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy to guess. Try four or more words that do not belong together.</source>
        <translation>Lätt att gissa. Prova fyra eller fler ord som inte hör ihop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a few more words or characters.</source>
        <translation>Lägg till några fler ord eller tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two more words would make it strong.</source>
        <translation>Ett eller två ord till gör den stark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard to guess.</source>
        <translation>Svår att gissa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard to guess.</source>
        <translation>Mycket svår att gissa.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="-15"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person…</source>
        <translation>Lägg till en person…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search names and notes</source>
        <translation>Sök i namn och anteckningar</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches.</source>
        <translation>Ingen matchar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people yet. They are added here or when you record an incident.</source>
        <translation>Inga personer än. De läggs till här eller när du antecknar en händelse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete “%1” from your people?</source>
        <translation>Radera ”%1” från dina personer?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is named in an incident. Remove them from it first, then delete.</source>
        <translation>”%1” nämns i en händelse. Ta bort personen därifrån först och radera sedan.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/person_dialog.py" line="+20"/>
        <source>Edit person</source>
        <translation>Ändra person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name or nickname</source>
        <translation>Namn eller smeknamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name you will recognise. Reports for a union can replace it with “Manager A”.</source>
        <translation>Vilket namn som helst som du känner igen. Rapporter till facket kan byta ut det mot ”Chef A”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give a name or nickname.</source>
        <translation>Skriv ett namn eller smeknamn.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/person_picker.py" line="+50"/>
        <source>Name or nickname</source>
        <translation>Namn eller smeknamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name or nickname</source>
        <translation>Personens namn eller smeknamn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role of a new person</source>
        <translation>Roll för en ny person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved or witness</source>
        <translation>Inblandad eller vittne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person</source>
        <translation>Lägg till &amp;person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People in this incident</source>
        <translation>Personer i händelsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Already in your records.</source>
        <translation>Finns redan bland dina uppgifter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person: choose their role, then Add.</source>
        <translation>Ny person: välj roll och tryck sedan Lägg till.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) – %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="-255"/>
        <source>This page could not be opened. Your records are safe; try locking and unlocking again.</source>
        <translation>Sidan kunde inte öppnas. Dina uppgifter är kvar. Försök låsa och låsa upp igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This part of Workbook is not ready yet.</source>
        <translation>Den här delen av Workbook är inte klar än.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="+334"/>
        <location line="+34"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Smallest number of workers per figure</source>
        <translation>Minsta antal arbetare per siffra</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A figure that rests on fewer workers is not shown, so that it cannot point to one worker. It cannot be lower than 3.</source>
        <translation>En siffra som bygger på färre arbetare visas inte, så att den inte kan peka ut en arbetare. Den kan inte vara lägre än 3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into another workplace…</source>
        <translation>Slå ihop med en annan arbetsplats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo merges</source>
        <translation>Ångra sammanslagningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the PDF</source>
        <translation>PDF:ens språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice report</source>
        <translation>Arbetsplatsrapport</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF language</source>
        <translation>PDF:ens språk</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n workers</source>
        <translation>
            <numerusform>%1 – %n arbetare</numerusform>
            <numerusform>%1 – %n arbetare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No verified reports yet. Import reports on the Reports page first.</source>
        <translation>Inga kontrollerade rapporter än. Importera rapporter på sidan Rapporter först.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fewer than %1 workers</source>
        <translation>färre än %1 arbetare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also written as: %1</source>
        <translation>Även skrivet som: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than %1 workers sent verified reports that name this workplace, so no figure is shown.</source>
        <translation>Färre än %1 arbetare har skickat kontrollerade rapporter som nämner den här arbetsplatsen, så inga siffror visas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 workers, %2 to %3, from %4 verified reports</source>
        <translation>%1 arbetare, %2 till %3, från %4 kontrollerade rapporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money the workplace took</source>
        <translation>Pengar som arbetsplatsen tog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Range: the lowest and highest amounts that at least %1 workers each paid, so that neither end points to one worker. * Some lines, from fewer workers, lie outside it.)</source>
        <translation>(Spann: det lägsta och det högsta belopp som minst %1 arbetare har betalat var, så att ingen ände pekar ut en arbetare. * Några rader, från färre arbetare, ligger utanför.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>median %1, %2; %3 workers, %4 lines</source>
        <translation>median %1, %2; %3 arbetare, %4 rader</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no range</source>
        <translation>inget spann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range %1 – %2</source>
        <translation>spann %1 – %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>median %1 (%2 workers)</source>
        <translation>median %1 (%2 arbetare)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours and pay</source>
        <translation>Timmar och lön</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 shifts, %2 hours, median shift %3 hours</source>
        <translation>%1 pass, %2 timmar, medianpass %3 timmar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Net per hour %1 (all workers together); median of workers&apos; own %2</source>
        <translation>Netto per timme %1 (alla arbetare tillsammans); median av arbetarnas egna %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs of control</source>
        <translation>Tecken på kontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 workers, %2 times, %3 to %4</source>
        <translation>%1 arbetare, %2 gånger, %3 till %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no other workplace to merge into.</source>
        <translation>Det finns ingen annan arbetsplats att slå ihop med.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge workplaces</source>
        <translation>Slå ihop arbetsplatser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count “%1” as which workplace?</source>
        <translation>Vilken arbetsplats ska ”%1” räknas som?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the practice report</source>
        <translation>Spara arbetsplatsrapporten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the figures as CSV</source>
        <translation>Spara siffrorna som CSV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the practice report…</source>
        <translation>Skriver arbetsplatsrapporten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not written</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../src/workbook/ui/problem_messages.py" line="+12"/>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is needed</source>
        <translation>behövs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long (at most %1 characters)</source>
        <translation>är för lång (högst %1 tecken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of: %2</source>
        <translation>”%1” är inte ett av: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the year %1; check the year (dates from %2 to %3 can be kept)</source>
        <translation>är år %1; kontrollera året (datum från %2 till %3 kan sparas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no time zone</source>
        <translation>har ingen tidszon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency</source>
        <translation>”%1” är ingen valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a time of day</source>
        <translation>måste vara ett klockslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 (never) and 1440</source>
        <translation>måste vara mellan 0 (aldrig) och 1440</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency (like SEK or EUR)</source>
        <translation>”%1” är ingen valuta (som SEK eller EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a two-letter country code, like SE</source>
        <translation>måste vara en landskod med två bokstäver, som SE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the scheduled start</source>
        <translation>är före den schemalagda starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more minutes</source>
        <translation>måste vara noll minuter eller mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of minor units</source>
        <translation>måste vara ett helt antal ören eller cent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start</source>
        <translation>är före start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be from 1 (minor) to 5 (grave)</source>
        <translation>måste vara från 1 (liten) till 5 (mycket allvarlig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large: %1 MB (at most %2 MB)</source>
        <translation>är för stor: %1 MB (högst %2 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attachment belongs to an incident or a shift</source>
        <translation>en bifogad fil hör till en händelse eller ett pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a currency</source>
        <translation>är ingen valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more</source>
        <translation>måste vara noll eller mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start (for a night shift, the end is on the next day)</source>
        <translation>är före start (för ett nattpass är slutet nästa dag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>are as long as the whole shift</source>
        <translation>är lika långa som hela passet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense</source>
        <translation>kan inte vara negativt; välj intäkt, avdrag eller egen utgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is listed twice</source>
        <translation>står med två gånger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the same as start (for a night shift, the end is on the next day)</source>
        <translation>är samma som start (för ett nattpass är slutet nästa dag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a category for %2: %3</source>
        <translation>”%1” är ingen kategori för %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>är för stort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>makes the shift longer than %1 hours</source>
        <translation>gör passet längre än %1 timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency code (like SEK or EUR)</source>
        <translation>”%1” är ingen valutakod (som SEK eller EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be written as text, like &quot;800.00&quot;</source>
        <translation>måste skrivas som text, som &quot;800.00&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense instead</source>
        <translation>kan inte vara negativt; välj intäkt, avdrag eller egen utgift i stället</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty; write an amount like 800.00</source>
        <translation>är tomt; skriv ett belopp som 800,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an amount; write it like 800.00</source>
        <translation>”%1” är inget belopp; skriv det som 800,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals</source>
        <translation>%1-belopp har högst %2 decimaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have no decimals</source>
        <translation>%1-belopp har inga decimaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date; write it like 2026-03-28</source>
        <translation>”%1” är inget datum; skriv det som 2026-03-28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time zone (like Europe/Stockholm)</source>
        <translation>”%1” är ingen tidszon (som Europe/Stockholm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist on %2: the clocks went forward. Check the time</source>
        <translation>%1 finns inte den %2: klockan ställdes fram. Kontrollera tiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 happened twice on %2 (the clocks went back). Add the offset, like 02:30+02:00</source>
        <translation>%1 inträffade två gånger den %2 (klockan ställdes tillbaka). Lägg till tidsskillnaden, som 02:30+02:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date and time like 2026-03-28T21:00</source>
        <translation>måste vara datum och tid som 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date and time; write it like 2026-03-28T21:00</source>
        <translation>”%1” är inte datum och tid; skriv det som 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a real date and time</source>
        <translation>”%1” är inte ett riktigt datum och klockslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time offset</source>
        <translation>”%1” är ingen tidsskillnad</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/record_editor.py" line="+60"/>
        <source>Saving keeps the earlier version in the record history.</source>
        <extracomment>Set by ``ready()``; compares the form with what it was when opened.</extracomment>
        <translation>När du sparar finns den tidigare versionen kvar i historiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved yet. Please check:</source>
        <translation>Inte sparat än. Kontrollera:</translation>
    </message>
</context>
<context>
    <name>RepColumns</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="-482"/>
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Arbetare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>Arbetsplatser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
</context>
<context>
    <name>RepWindow</name>
    <message>
        <location line="+507"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook — reports received</source>
        <translation>Workbook – mottagna rapporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice report</source>
        <translation>&amp;Arbetsplatsrapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import reports…</source>
        <translation>Importera rapporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up…</source>
        <translation>Säkerhetskopiera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an encrypted copy of this rep vault, for a USB stick</source>
        <translation>Gör en krypterad kopia av det här rapportvalvet, till exempel på ett USB-minne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick hide</source>
        <translation>Göm snabbt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase is changed. Only the new one opens this rep vault now.</source>
        <translation>Lösenfrasen är bytt. Nu öppnar bara den nya det här rapportvalvet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making a backup…</source>
        <translation>Gör en säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is made: %1. Keep it somewhere other than this computer.</source>
        <translation>Säkerhetskopian är gjord: %1. Förvara den någon annanstans än på den här datorn.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location line="-631"/>
        <source>Import reports…</source>
        <translation>Importera rapporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import reports</source>
        <translation>Importera rapporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 17-K3QF-9ZTA-M2XW-PL7D</source>
        <translation>t.ex. 17-K3QF-9ZTA-M2XW-PL7D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal codes the worker sent you</source>
        <translation>Förseglingskoder som arbetaren skickat dig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Every report in this import is checked against each code; separate codes with spaces.</source>
        <translation>Frivilligt. Varje rapport i den här importen kontrolleras mot varje kod. Skilj koderna åt med mellanslag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal codes (optional):</source>
        <translation>Förseglingskoder (frivilligt):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reports received</source>
        <translation>Mottagna rapporter</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Checks of the selected report</source>
        <translation>Kontroller av den valda rapporten</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove report…</source>
        <translation>Ta bort rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected report for good: imported by mistake, or the worker no longer agrees to its use.</source>
        <translation>Radera den valda rapporten för gott: importerad av misstag, eller arbetaren vill inte längre att den används.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Verified</source>
        <translation>✓ Kontrollerad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ Failed: %1 — not counted</source>
        <translation>✗ Underkänd: %1 – räknas inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker %1</source>
        <translation>Arbetare %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fingerprint: %1</source>
        <translation>Fingeravtryck: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received: %1</source>
        <translation>Mottagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not counted</source>
        <translation>räknas inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this report?</source>
        <translation>Ta bort rapporten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (%2) for good?</source>
        <translation>Ta bort ”%1” (%2) för gott?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its files and figures are deleted from this rep vault. Practice reports you make from now on leave it out. Reports you already sent do not change, and a backup made before now still has it.</source>
        <translation>Dess filer och siffror raderas från det här rapportvalvet. Arbetsplatsrapporter som du gör från och med nu tar inte med den. Rapporter som du redan har skickat ändras inte, och en säkerhetskopia som gjorts före nu har den kvar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove report</source>
        <translation>Ta bort rapport</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed “%1”.</source>
        <translation>”%1” är borttagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reports yet. Import the JSON file a worker sent you (with its PDF, if you have it).</source>
        <translation>Inga rapporter än. Importera JSON-filen som en arbetare skickat dig (med PDF:en, om du har den).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 verified reports from %2 workers. %3 failed a check: they are kept apart and never counted.</source>
        <translation>%1 kontrollerade rapporter från %2 arbetare. %3 klarade inte en kontroll: de hålls åtskilda och räknas aldrig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose reports to import</source>
        <translation>Välj rapporter att importera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook reports (*.json *.pdf);;All files (*)</source>
        <translation>Workbook-rapporter (*.json *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to import</source>
        <translation>Inget att importera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the JSON file of each report; a PDF alone cannot be checked.</source>
        <translation>Välj JSON-filen för varje rapport. En PDF ensam går inte att kontrollera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking and importing reports…</source>
        <translation>Kontrollerar och importerar rapporter…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported</source>
        <translation>Inte importerad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 verified and added. %2 already here (nothing changed). %3 failed a check: kept apart, not counted.</source>
        <translation>%1 kontrollerade och tillagda. %2 fanns redan (inget ändrat). %3 klarade inte en kontroll: hålls åtskilda, räknas inte.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+22"/>
        <source>Nothing was restored and your vault was not changed.</source>
        <translation>Ingenting återställdes och ditt valv har inte ändrats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be read</source>
        <extracomment>What the restore service found wrong with a damaged backup (its English words → ours).</extracomment>
        <translation>den går inte att läsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some of its pages are damaged or were changed</source>
        <translation>några av dess sidor är skadade eller har ändrats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database structure is broken</source>
        <translation>dess databasstruktur är trasig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some records in it point at records that do not exist</source>
        <translation>några poster i den pekar på poster som inte finns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was never finished being set up</source>
        <translation>den blev aldrig färdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its change journal is broken</source>
        <translation>dess ändringslogg är trasig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That passphrase does not open this backup (if you are sure it is right, the backup is damaged).</source>
        <translation>Den lösenfrasen öppnar inte den här säkerhetskopian (om du är säker på att den stämmer är säkerhetskopian skadad).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Workbook backup.</source>
        <translation>%1 är ingen säkerhetskopia från Workbook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of Workbook; update Workbook to restore it.</source>
        <translation>Den här säkerhetskopian gjordes av en nyare version av Workbook; uppdatera Workbook för att återställa den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup was made by a much older version of Workbook that this version cannot upgrade.</source>
        <translation>Den här säkerhetskopian gjordes av en mycket äldre version av Workbook som den här versionen inte kan uppgradera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged: %1.</source>
        <translation>Säkerhetskopian är skadad: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try an older backup.</source>
        <translation>Prova en äldre säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup at %1.</source>
        <translation>Det finns ingen säkerhetskopia på %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That backup is open in Workbook or another program. Close it there first.</source>
        <translation>Den säkerhetskopian är öppen i Workbook eller ett annat program. Stäng den där först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is open in Workbook or another program. Lock it or close the app, then restore.</source>
        <translation>Valvet är öppet i Workbook eller ett annat program. Lås det eller stäng appen och återställ sedan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the vault itself, not a backup of it. Nothing was changed.</source>
        <translation>Det där är själva valvet, inte en säkerhetskopia av det. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+13"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workbook locks first. The vault you have now is kept, unchanged, beside it (its name ends in “before-restore” and the time), and the backup takes its place. Then unlock with the backup&apos;s passphrase.</source>
        <translation>Workbook låses först. Valvet du har nu sparas oförändrat bredvid (namnet slutar på ”before-restore” och tidpunkten), och säkerhetskopian tar dess plats. Lås sedan upp med säkerhetskopians lösenfras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Backup file</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Säkerhetskopians lösenfras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the backup file</source>
        <translation>Välj säkerhetskopian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the backup file.</source>
        <translation>Välj säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Skriv säkerhetskopians lösenfras.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="+88"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work name</source>
        <translation>Arbetsnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name on your reports. A stage name is fine.</source>
        <translation>Namnet i dina rapporter. Ett artistnamn går bra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name (optional)</source>
        <translation>Juridiskt namn (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed if a claim must carry your legal name. Leave it empty otherwise.</source>
        <translation>Behövs bara om ett krav måste bära ditt juridiska namn. Lämna tomt annars.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a wage in another currency</source>
        <translation>Lägg till en lön i en annan valuta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Money and time</source>
        <translation>Pengar och tid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual currency</source>
        <translation>Vanlig valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new day starts at</source>
        <translation>Ett nytt dygn börjar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For night work: a shift that starts before this time counts for the day before. Usually 06:00.</source>
        <translation>För nattarbete: ett pass som börjar före den här tiden räknas till dagen innan. Oftast 06:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference hourly wage</source>
        <translation>Jämförelselön per timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minimum or collective-agreement rate. Reports compare what you kept with what an employee would have been owed.</source>
        <translation>En minimilön eller lön enligt kollektivavtal. Rapporterna jämför det du fick behålla med vad en anställd skulle ha haft rätt till.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+172"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Call the window “Notes” instead of “Workbook”</source>
        <translation>Kalla fönstret ”Anteckningar” i stället för ”Workbook”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and privacy</source>
        <translation>Språk och integritet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after this long without use</source>
        <translation>Lås efter så här lång tid utan användning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in real time, so a laptop that slept is locked when it wakes.</source>
        <translation>Räknas i verklig tid, så en dator som har sovit är låst när den vaknar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window title</source>
        <translation>Fönsterrubrik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 locks. %2 hides everything at once: it locks and closes every window. Ctrl+1 to Ctrl+8 open the sections.</source>
        <translation>%1 låser. %2 gömmer allt direkt: låser och stänger alla fönster. Ctrl+1 till Ctrl+8 öppnar delarna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard</source>
        <translation>Tangentbord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your records are encrypted with your passphrase. Nobody can recover it if it is lost.</source>
        <translation>Dina uppgifter är krypterade med din lösenfras. Ingen kan återställa den om den kommer bort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a backup now…</source>
        <translation>Gör en säkerhetskopia nu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup</source>
        <translation>Senaste säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep backups somewhere other than this computer, such as a USB stick.</source>
        <translation>Förvara säkerhetskopior någon annanstans än på den här datorn, till exempel på ett USB-minne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after</source>
        <translation>Påminn mig efter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder shows when the last backup is older than this.</source>
        <translation>En påminnelse visas när den senaste säkerhetskopian är äldre än så.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the records here with those in a backup. The vault you have now is kept beside it.</source>
        <translation>Ersätter uppgifterna här med dem i en säkerhetskopia. Valvet du har nu sparas bredvid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save settings</source>
        <translation>Spara inställningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Choose a currency from the list for each wage.</source>
        <translation>Välj en valuta i listan för varje lön.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write each wage as an amount, like 150 or 152,50.</source>
        <translation>Skriv varje lön som ett belopp, t.ex. 150 eller 152,50.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the currency and time zone from their lists.</source>
        <translation>Välj valuta och tidszon i listorna.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✓ Saved.</source>
        <translation>✓ Sparat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>✓ The passphrase is changed.</source>
        <translation>✓ Lösenfrasen är bytt.</translation>
    </message>
</context>
<context>
    <name>ShiftEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/shift_editor.py" line="+99"/>
        <source>Edit shift</source>
        <translation>Ändra pass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a shift</source>
        <translation>Anteckna ett pass</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+492"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Date the shift started</source>
        <translation>Datum då passet började</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends &amp;next day</source>
        <translation>Slutar &amp;nästa dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift ends the next day</source>
        <translation>Passet slutar nästa dag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours worked</source>
        <translation>Arbetade timmar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks in minutes</source>
        <translation>Obetalda raster i minuter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+463"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+459"/>
        <source>Scheduled start</source>
        <translation>Schemalagd start</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Scheduled start time</source>
        <translation>Schemalagd starttid</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+456"/>
        <source>Scheduled end</source>
        <translation>Schemalagt slut</translation>
    </message>
    <message>
        <location line="-453"/>
        <source>Scheduled end time</source>
        <translation>Schemalagd sluttid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add line (Insert)</source>
        <translation>&amp;Lägg till rad (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a money line</source>
        <translation>Lägg till ett belopp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tonight&apos;s money</source>
        <translation>Kvällens pengar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything worth remembering about this shift</source>
        <translation>Något värt att minnas om passet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+433"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>A pay slip, a fine notice, the schedule: kept with this shift</source>
        <translation>Ett lönebesked, en bötesnotis, schemat: sparas med det här passet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Signs of control this shift</source>
        <translation>Tecken på kontroll under passet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter moves to the next field; on the last amount it saves. Ctrl+Enter saves from anywhere.</source>
        <translation>Enter går till nästa fält; på sista beloppet sparar den. Ctrl+Enter sparar var du än är.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save shift</source>
        <translation>Spara passet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>Sl&amp;ut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Workplace</source>
        <translation>&amp;Arbetsplats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Breaks</source>
        <translation>Rast&amp;er</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scheduled (optional)</source>
        <translation>Schemalagt (valfritt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money this shift</source>
        <translation>Pengar under passet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>N&amp;otes</source>
        <translation>Antec&amp;kningar</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add a workplace first (Workplaces page), then log shifts there.</source>
        <translation>Lägg till en arbetsplats först (sidan Arbetsplatser) och anteckna sedan pass där.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Ticked for you: the end time is earlier than the start.</source>
        <translation>Ikryssat åt dig: sluttiden är tidigare än starttiden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The end is before the start. If the shift ended after midnight, tick “Ends next day”.</source>
        <translation>Slutet ligger före starten. Om passet slutade efter midnatt, kryssa i ”Slutar nästa dag”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end is before the start.</source>
        <translation>Slutet ligger före starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked %1</source>
        <translation>Arbetat %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift could not be saved. What you typed is still here.

%1</source>
        <translation>Passet kunde inte sparas. Det du skrev finns kvar.

%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files: %1</source>
        <translation>Filer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="-23"/>
        <source>Shifts</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a shift…</source>
        <translation>Lägg till ett pass…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search in notes</source>
        <translation>Sök i anteckningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+1: ends the next day</source>
        <translation>+1: slutar nästa dag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earned minus what the workplace took; below zero means the night ended in debt</source>
        <translation>Intjänat minus det arbetsplatsen tog. Under noll betyder att kvällen slutade i skuld</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n pass</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shifts match these filters.</source>
        <translation>Inga pass matchar filtren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shifts yet. Press “Add a shift…” to log one.</source>
        <translation>Inga pass än. Tryck på ”Lägg till ett pass…” för att anteckna ett.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shift at %1 on %2</source>
        <translation>Pass på %1, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the shift at %1 on %2, %3?</source>
        <translation>Radera passet på %1, %2, %3?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n money lines are deleted with it.</source>
        <translation>
            <numerusform>Passets %n belopp raderas också.</numerusform>
            <numerusform>Passets %n belopp raderas också.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+74"/>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use at least %1 characters; a few unrelated words are easiest to remember.</source>
        <translation>Använd minst %1 tecken. Några ord som inte hör ihop är lättast att komma ihåg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>För kort: använd minst %1 tecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: %1. %2</source>
        <translation>Styrka: %1. %2</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/workbook/ui/tasks.py" line="+234"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+36"/>
        <source>Today</source>
        <extracomment>Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>Idag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workplace for today&apos;s shift</source>
        <translation>Arbetsplats för dagens pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplace</source>
        <translation>&amp;Arbetsplats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start shift</source>
        <translation>&amp;Starta pass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End shift</source>
        <translation>A&amp;vsluta pass</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add money during the shift</source>
        <translation>Lägg till pengar under passet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ E&amp;arning</source>
        <translation>+ &amp;Intäkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>House &amp;fee</source>
        <translation>&amp;Husavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tip-out</source>
        <translation>&amp;Dricksavgift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ine</source>
        <translation>&amp;Böter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tonight so far</source>
        <translation>Hittills i kväll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earned</source>
        <translation>Intjänat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>Arbetsplatsen tog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Money added this shift</source>
        <translation>Pengar tillagda under passet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+132"/>
        <source>Your last shift</source>
        <translation>Ditt senaste pass</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>E&amp;dit this shift…</source>
        <translation>Ä&amp;ndra passet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Start when you arrive and add fees, fines and tip-outs as they happen; everything is saved at once. Or log a shift afterwards, in one go.</source>
        <translation>Tryck på Starta när du kommer och lägg till avgifter, böter och dricksavgifter när de händer; allt sparas direkt. Eller anteckna passet i efterhand, i ett svep.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this shift…</source>
        <translation>Glöm passet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log a past shift…</source>
        <translation>Anteckna ett &amp;tidigare pass…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record an incident…</source>
        <translation>Anteckna en h&amp;ändelse…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Today, %1</source>
        <translation>Idag, %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shift saved</source>
        <translation>Passet är sparat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2–%3 at %4: %5 worked.</source>
        <translation>%1, %2–%3 på %4: %5 arbetat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a workplace on the Workplaces page first; then start shifts here.</source>
        <translation>Lägg till en arbetsplats på sidan Arbetsplatser först; starta sedan pass här.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on shift.</source>
        <translation>Inte på pass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On shift at %1 since %2 (%3 so far).</source>
        <translation>På pass på %1 sedan %2 (%3 hittills).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept: %1</source>
        <translation>Kvar: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Forget this shift?</source>
        <translation>Glömma passet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift in progress will not be recorded. Money you added stays in your records, without a shift.</source>
        <translation>Det pågående passet antecknas inte. Pengar du lagt till finns kvar bland dina uppgifter, utan pass.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earning</source>
        <translation>Intäkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>Husavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>Dricksavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Böter</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/workbook/ui/unlock.py" line="+119"/>
        <source>Notes</source>
        <extracomment>The worker closed the window (quit the app). Milliseconds per countdown step; tests make it short instead of sleeping.</extracomment>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I log my work</source>
        <translation>Jag loggar mitt arbete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I receive reports</source>
        <translation>Jag tar emot rapporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For union reps: check the reports workers send you and see a workplace&apos;s practices.</source>
        <translation>För fackliga ombud: kontrollera rapporterna som arbetare skickar dig och se hur en arbetsplats arbetar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember this vault file on this computer</source>
        <translation>Kom ihåg den här valvfilen på den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this is off, nothing on this computer records where the file is.</source>
        <translation>När det här är av sparas ingenstans på datorn var filen finns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another vault file…</source>
        <translation>Välj en annan valvfil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault…</source>
        <translation>Skapa ett nytt valv…</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+93"/>
        <source>Type your passphrase to open your records.</source>
        <translation>Skriv din lösenfras för att öppna dina uppgifter.</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+12"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <location line="+61"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Your records are kept in one encrypted file on this computer. Nothing is sent anywhere. Choose a passphrase to lock the file.</source>
        <translation>Dina uppgifter sparas i en krypterad fil på den här datorn. Inget skickas någonstans. Välj en lösenfras som låser filen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Nobody can recover a forgotten passphrase, and there is no reset. Without it, your records cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>⚠ Ingen kan återställa en glömd lösenfras, och det finns ingen återställning. Utan den kan dina uppgifter inte öppnas. Skriv ner den och förvara den på ett säkert ställe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>Create vault</source>
        <translation>Skapa valv</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Vault file: %1</source>
        <translation>Valvfil: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type your passphrase to open the reports you received.</source>
        <translation>Skriv din lösenfras för att öppna rapporterna du har tagit emot.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv din lösenfras först.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is a worker&apos;s vault. Choose “I log my work” to open it.</source>
        <translation>Det här är en arbetares valv. Välj ”Jag loggar mitt arbete” för att öppna det.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Försök igen om %n s</numerusform>
            <numerusform>Försök igen om %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring a backup…</source>
        <translation>Återställer en säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Säkerhetskopian är återställd. Lås upp med säkerhetskopians lösenfras.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A file with this name already exists. Workbook will not overwrite it; choose another name.</source>
        <translation>Det finns redan en fil med det namnet. Workbook skriver inte över den; välj ett annat namn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating…</source>
        <translation>Skapar…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a vault file</source>
        <translation>Välj en valvfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where should the new vault be?</source>
        <translation>Var ska det nya valvet ligga?</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/unsaved.py" line="+99"/>
        <source>Discard changes?</source>
        <translation>Släng ändringarna?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have changes that are not saved.</source>
        <translation>Du har ändringar som inte är sparade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard them, or keep editing?</source>
        <translation>Vill du slänga dem eller fortsätta redigera?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>a shift</source>
        <extracomment>How to open each kind of editor on a record id (or ``None`` for a new record).</extracomment>
        <translation>ett pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an incident</source>
        <translation>en händelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a money line</source>
        <translation>en pengarad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook locked while you were editing %1. Your changes were kept, encrypted, in this vault. Open them again?</source>
        <translation>Workbook låstes medan du redigerade %1. Dina ändringar sparades krypterade i det här valvet. Vill du öppna dem igen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you had added were not kept: add them again.</source>
        <translation>Filer som du hade lagt till sparades inte: lägg till dem igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open them</source>
        <translation>Öppna dem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw them away</source>
        <translation>Släng dem</translation>
    </message>
</context>
<context>
    <name>WageRow</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="-332"/>
        <source>Hourly wage</source>
        <translation>Timlön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per hour</source>
        <translation>per timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this wage</source>
        <translation>Ta bort den här lönen</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/workplace_dialog.py" line="+29"/>
        <source>Edit workplace</source>
        <translation>Ändra arbetsplats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workplace</source>
        <translation>Ny arbetsplats</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Archived: I no longer work here (its records stay)</source>
        <translation>Arkiverad: jag jobbar inte här längre (uppgifterna finns kvar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name people use, like the club&apos;s name on the door.</source>
        <translation>Namnet folk använder, t.ex. klubbens namn på dörren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>Landskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, like SE for Sweden.</source>
        <translation>Två bokstäver, t.ex. SE för Sverige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>Juridisk arbetsgivare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim must name the legal employer, which is often not the name on the door. You find it on pay slips, contracts, receipts or in the company register.</source>
        <translation>Ett krav måste rikta sig mot den juridiska arbetsgivaren, som ofta inte heter som skylten på dörren. Du hittar den på lönebesked, avtal, kvitton eller i Bolagsverkets register.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the workplace a name.</source>
        <translation>Ge arbetsplatsen ett namn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>Välj en valuta i listan, t.ex. SEK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a time zone from the list.</source>
        <translation>Välj en tidszon i listan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use two letters, like SE.</source>
        <translation>Använd två bokstäver, t.ex. SE.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-28"/>
        <location line="+64"/>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Hide a workplace you no longer work at from choices; its records stay</source>
        <translation>Dölj en arbetsplats du inte jobbar på längre från valen. Uppgifterna finns kvar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplaces</source>
        <translation>Arbetsplatser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a workplace…</source>
        <translation>Lägg till en arbetsplats…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search names, cities and employers</source>
        <translation>Sök i namn, orter och arbetsgivare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known yet</source>
        <translation>inte känd än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n workplaces</source>
        <translation>
            <numerusform>%n arbetsplats</numerusform>
            <numerusform>%n arbetsplatser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No workplaces match.</source>
        <translation>Inga arbetsplatser matchar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Add the clubs, agencies or platforms you work for.</source>
        <translation>Inga arbetsplatser än. Lägg till klubbarna, byråerna eller plattformarna du jobbar för.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring back</source>
        <translation>Ta tillbaka</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot delete</source>
        <translation>Kan inte radera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” still has shifts, money or incidents recorded. Archive it instead: its records stay, and it no longer shows up in choices.</source>
        <translation>”%1” har fortfarande pass, pengar eller händelser antecknade. Arkivera den i stället: uppgifterna finns kvar, och den syns inte längre bland valen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the workplace “%1”? Nothing is recorded at it.</source>
        <translation>Radera arbetsplatsen ”%1”? Inget är antecknat där.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+87"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a city, like Stockholm</source>
        <translation>Skriv en stad, t.ex. Stockholm</translation>
    </message>
</context>
</TS>
