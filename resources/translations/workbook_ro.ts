<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+64"/>
        <source>Amount in %1</source>
        <translation>Suma în %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What for? (optional)</source>
        <translation>Pentru ce? (opțional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Notă (opțional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>&amp;Suma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note</source>
        <translation>&amp;Notă</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/attachments.py" line="+57"/>
        <source>Files and photos</source>
        <translation>Fișiere și fotografii</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached files</source>
        <translation>Fișiere atașate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;file…</source>
        <translation>Adaugă &amp;fișier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste image</source>
        <translation>&amp;Lipește imaginea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Vezi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>Elimină fișierul</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the selected image</source>
        <translation>Previzualizarea imaginii alese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are kept encrypted inside your vault, up to 50 MB each.</source>
        <translation>Fișierele sunt păstrate criptat în seiful tău, până la 50 MB fiecare.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Attach a file</source>
        <translation>Atașează un fișier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;All files (*)</source>
        <translation>Imagini și documente (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” could not be read: %2</source>
        <translation>„%1” nu a putut fi citit: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is %2. Files up to 50 MB can be kept in the vault; a smaller copy or a screenshot will do.</source>
        <translation>„%1” are %2. Seiful păstrează fișiere de până la 50 MB; ajunge o copie mai mică sau o captură de ecran.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pasted image %1.png</source>
        <translation>imagine lipită %1.png</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no image on the clipboard. Copy or take a screenshot first.</source>
        <translation>Nu există nicio imagine în clipboard. Copiază una sau fă o captură de ecran mai întâi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>new</source>
        <translation>nou</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file selected</source>
        <translation>Niciun fișier ales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (no preview; it is kept in the vault)</source>
        <translation>%1 (fără previzualizare; este păstrat în seif)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+64"/>
        <source>Make a backup</source>
        <translation>Fă o copie de siguranță</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is one encrypted file with all your records. Keep it somewhere other than this computer, such as a USB stick. Choose a folder (a new file is made there, named by the date) or a file.</source>
        <translation>O copie de siguranță este un singur fișier criptat cu toate înregistrările tale. Păstreaz-o în alt loc decât acest calculator, de exemplu pe un stick USB. Alege un dosar (acolo se face un fișier nou, numit după dată) sau un fișier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Back up to</source>
        <translation>Salvează copia în</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Folder…</source>
        <translation>Dosar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>Fișier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Your passphrase</source>
        <translation>Fraza ta de acces</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Lock the backup with a different passphrase</source>
        <translation>Blochează copia cu altă frază de acces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make the backup</source>
        <translation>Fă copia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the backup</source>
        <translation>Alege un dosar pentru copie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the backup as</source>
        <translation>Salvează copia ca</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to put the backup.</source>
        <translation>Alege unde să fie pusă copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your passphrase.</source>
        <translation>Scrie fraza ta de acces.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup is made: %1</source>
        <translation>Copia este făcută: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup made</source>
        <translation>Copie făcută</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a backup…</source>
        <translation>Se face copia…</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/categories.py" line="+77"/>
        <source>Write a name for the category.</source>
        <translation>Scrie un nume pentru categorie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>Numele poate avea cel mult %1 caractere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a category called “%1”.</source>
        <translation>Există deja o categorie numită „%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New category</source>
        <translation>Categorie nouă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new category</source>
        <translation>Numele categoriei noi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category of your own for “%1”, like a locker fee or a music fee.</source>
        <translation>O categorie proprie pentru „%1”, de ex. taxa de vestiar sau taxa de muzică.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add category</source>
        <translation>Adaugă categoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New category…</source>
        <translation>Categorie nouă…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a category of your own</source>
        <translation>Fă-ți o categorie proprie</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/change_passphrase.py" line="+35"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>Change passphrase</source>
        <translation>Schimbă fraza de acces</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>Fraza de acces actuală</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Nobody can recover a forgotten passphrase. Write the new one down somewhere safe before you save. Backups made before now still open with the old passphrase.</source>
        <translation>⚠ Nimeni nu poate recupera o frază de acces uitată. Scrie-o pe cea nouă într-un loc sigur înainte să salvezi. Copiile făcute până acum se deschid tot cu fraza veche.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the passphrase you use now.</source>
        <translation>Scrie fraza de acces pe care o folosești acum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Fraza nouă este la fel ca cea actuală.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the passphrase…</source>
        <translation>Se schimbă fraza de acces…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That is not the passphrase this vault opens with now.</source>
        <translation>Aceasta nu este fraza de acces cu care se deschide acum acest seif.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/workbook/ui/pages/incidents.py" line="+47"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+52"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+59"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+1"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How serious</source>
        <translation>Cât de grav</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+8"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+3"/>
        <source>Workplace</source>
        <translation>Loc de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported to</source>
        <translation>Raportat către</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-6"/>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="+49"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid how</source>
        <translation>Plătit cum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid to or taken by</source>
        <translation>Plătit către sau luat de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="+37"/>
        <source>Name or nickname</source>
        <translation>Nume sau poreclă</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+12"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+2"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="-12"/>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken by workplace</source>
        <translation>Luat de locul de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Rămas</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-1"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>Angajator legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/table_model.py" line="+40"/>
        <source>Click to sort</source>
        <translation>Apasă ca să sortezi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This column cannot be sorted</source>
        <translation>Această coloană nu poate fi sortată</translation>
    </message>
</context>
<context>
    <name>CurrencyCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+130"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+17"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <extracomment>Store error class name → message. Matched by name so this module loads without the store.</extracomment>
        <translation>Această frază de acces nu deschide seiful. Verifică tasta Caps Lock și limba tastaturii, apoi încearcă din nou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Workbook vault. Choose another file.</source>
        <translation>Acest fișier nu este un seif Workbook. Alege alt fișier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault file is damaged and cannot be opened. Nothing was changed: keep the file, and restore a backup if you have one.</source>
        <translation>Fișierul seifului este deteriorat și nu poate fi deschis. Nu s-a schimbat nimic: păstrează fișierul și restaurează o copie de siguranță dacă ai una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was saved by a newer version of Workbook. Update Workbook to open it; nothing was changed.</source>
        <translation>Acest seif a fost salvat de o versiune mai nouă de Workbook. Actualizează Workbook ca să-l deschizi; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault is open in another window or program. Close it there and try again.</source>
        <translation>Acest seif este deschis în altă fereastră sau în alt program. Închide-l acolo și încearcă din nou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>Discul este plin, așa că nu s-a putut salva nimic. Fă puțin loc și încearcă din nou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault was saved by a much older version of Workbook that this version cannot upgrade. Nothing was changed.</source>
        <translation>Acest seif a fost salvat de o versiune mult mai veche de Workbook, pe care această versiune nu o poate actualiza. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault at this place. It may have been moved or deleted.</source>
        <translation>Nu există niciun seif în acest loc. Poate a fost mutat sau șters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists. Workbook will not overwrite it.</source>
        <translation>Există deja un fișier cu acest nume. Workbook nu îl va suprascrie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook cannot write in this folder. Choose a folder you can change.</source>
        <translation>Workbook nu poate scrie în acest dosar. Alege un dosar pe care îl poți modifica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault file could not be read or written. Is the disk or USB stick still connected?</source>
        <translation>Fișierul seifului nu a putut fi citit sau scris. Discul sau stick-ul USB mai este conectat?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Seiful este blocat. Deblochează-l mai întâi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open or save</source>
        <translation>Nu s-a putut deschide sau salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong with the vault. Nothing was changed.</source>
        <translation>Ceva n-a mers bine cu seiful. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check</source>
        <translation>Te rog verifică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read or write a file</source>
        <translation>Nu s-a putut citi sau scrie un fișier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Ceva n-a mers bine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook ran into a problem it did not expect. What you saved before is safe. If it happens again, please tell us what you were doing.</source>
        <translation>Workbook a dat de o problemă neașteptată. Ce ai salvat înainte este în siguranță. Dacă se mai întâmplă, spune-ne ce făceai.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/export_dialog.py" line="+76"/>
        <source>Export evidence</source>
        <translation>Exportă dovezi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates I choose</source>
        <translation>Datele pe care le aleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workplaces to include</source>
        <translation>Locuri de muncă incluse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (archived)</source>
        <translation> (arhivat)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Full: everything, for you or your lawyer</source>
        <translation>&amp;Complet: tot, pentru tine sau avocatul tău</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Union: people as “Manager A”, no clients</source>
        <translation>&amp;Sindicat: persoane ca „Manager A”, fără clienți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Totals only: figures, no names or text</source>
        <translation>Doar &amp;totaluri: cifre, fără nume sau text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Notes and descriptions are not redacted automatically. Read the ones below before you share this file; edit a record if something should not go out.</source>
        <translation>⚠ Notele și descrierile nu sunt ascunse automat. Citește-le mai jos înainte să dai fișierul mai departe; modifică o înregistrare dacă ceva nu trebuie să iasă.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes and descriptions in this export</source>
        <translation>Note și descrieri din acest export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the report</source>
        <translation>Limba raportului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to write</source>
        <translation>Fișiere de scris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PDF report</source>
        <translation>Raport &amp;PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON sidecar (lets a rep check the PDF)</source>
        <translation>Fișier &amp;JSON însoțitor (permite unui reprezentant să verifice PDF-ul)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV of shifts and money</source>
        <translation>&amp;CSV cu ture și bani</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save</source>
        <translation>Alege unde să salvezi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>Fișier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the %1 file</source>
        <translation>Alege unde să salvezi fișierul %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Seal code</source>
        <translation>Cod de sigiliu</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show a &amp;seal code</source>
        <translation>Arată un cod de &amp;sigiliu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No code shown yet</source>
        <translation>Niciun cod arătat încă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this code to your union rep or a friend now. A later report that passes through it shows that nothing you recorded before today was changed afterwards.</source>
        <translation>Trimite acum acest cod reprezentantului tău sindical sau cuiva de încredere. Un raport ulterior care trece prin el arată că nimic din ce ai notat înainte de azi nu a fost schimbat după aceea.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pe&amp;riod</source>
        <translation>Pe&amp;rioadă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplaces</source>
        <translation>&amp;Locuri de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Limba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much to disclose</source>
        <translation>Cât să arăți</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Leaves in everything: your work name and legal name, the workplaces&apos; legal names, people&apos;s names as you wrote them (clients too), every shift, amount, incident, note and description, and your attached images.</source>
        <translation>Include tot: numele tău de lucru și numele legal, numele legale ale locurilor de muncă, numele persoanelor așa cum le-ai scris (și ale clienților), fiecare tură, sumă, incident, notă și descriere, și imaginile atașate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in your work name (not your legal name), the workplaces&apos; legal names, every shift, amount and incident with its notes and descriptions, and your images. People appear as “Manager A”, “Coworker B”; clients are left out.</source>
        <translation>Include numele tău de lucru (nu numele legal), numele legale ale locurilor de muncă, fiecare tură, sumă și incident cu notele și descrierile lor, și imaginile tale. Persoanele apar ca „Manager A”, „Coleg B”; clienții sunt lăsați deoparte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in only figures: hours, earnings, what each workplace took, fee and fine history and signs of control, with dates. No names of people, no notes or descriptions, no images.</source>
        <translation>Include doar cifre: ore, câștiguri, cât a luat fiecare loc de muncă, istoria taxelor și amenzilor și semnele de control, cu date. Fără nume de persoane, fără note sau descrieri, fără imagini.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shift at %1</source>
        <translation>tură la %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>money line</source>
        <translation>sumă</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The end of the period is before its start.</source>
        <translation>Sfârșitul perioadei este înaintea începutului.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No notes or descriptions in this period.</source>
        <translation>Nu există note sau descrieri în această perioadă.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1 times, until %2)</source>
        <translation>(de %1 ori, până la %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…and %1 more.</source>
        <translation>…și încă %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Fișiere JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the %1 file</source>
        <translation>Salvează fișierul %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seal code: %1</source>
        <translation>Niciun cod de sigiliu: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seal code copied.</source>
        <translation>Codul de sigiliu a fost copiat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a period and at least one workplace.</source>
        <translation>Alege o perioadă și cel puțin un loc de muncă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save: %1.</source>
        <translation>Alege unde să salvezi: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting…</source>
        <translation>Se exportă…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting evidence…</source>
        <translation>Se exportă dovezile…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: %1. Report fingerprint %2…</source>
        <translation>Salvat: %1. Amprenta raportului %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export anulat; nu s-a scris nimic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: %1</source>
        <translation>Nu s-a exportat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: something went wrong (%1). Nothing was written.</source>
        <translation>Nu s-a exportat: ceva n-a mers bine (%1). Nu s-a scris nimic.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+46"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+167"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-9"/>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-2"/>
        <source>Legal name</source>
        <translation>Nume legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+12"/>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Arhivat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-7"/>
        <source>Name or nickname</source>
        <translation>Nume sau poreclă</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+17"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Workplace</source>
        <translation>Loc de muncă</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks (minutes)</source>
        <translation>Pauze neplătite (minute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled start</source>
        <translation>Început planificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled end</source>
        <translation>Sfârșit planificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Tură</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Paid how</source>
        <translation>Plătit cum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Paid to or taken by</source>
        <translation>Plătit către sau luat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+11"/>
        <source>How serious</source>
        <translation>Cât de grav</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to</source>
        <translation>Raportat către</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Raportat pe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-26"/>
        <source>Work name</source>
        <extracomment>Field names as problems name them (the last part of ``shifts[3].end``), for messages.</extracomment>
        <translation>Nume de lucru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual currency</source>
        <translation>Moneda obișnuită</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new day starts at</source>
        <translation>O zi nouă începe la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference hourly wage</source>
        <translation>Salariu orar de referință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after</source>
        <translation>Blochează după</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description</source>
        <translation>Descriere</translation>
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
        <translation>Caută</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>Tot timpul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Ultimele 3 luni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Alege datele…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workplace</source>
        <translation>Loc de muncă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All workplaces</source>
        <translation>Toate locurile de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (archived)</source>
        <translation>%1 (arhivat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of money</source>
        <translation>Tipul banilor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show archived</source>
        <translation>Arată și arhivate</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All categories</source>
        <translation>Toate categoriile</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+4"/>
        <source>Written down</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Schimbat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Șters</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="+61"/>
        <source>Earlier versions</source>
        <translation>Versiuni anterioare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workbook never overwrites a record. Each time it is changed, the earlier version is kept in a tamper-evident journal, with the time it was written down.</source>
        <translation>Workbook nu suprascrie niciodată o înregistrare. De fiecare dată când este schimbată, versiunea anterioară este păstrată într-un jurnal care arată orice modificare, cu ora la care a fost notată.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>Versiuni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Versiunea %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Values of the chosen version</source>
        <translation>Valorile versiunii alese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Schimbare</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The record was deleted; only the fact that it existed is kept.</source>
        <translation>Înregistrarea a fost ștearsă; se păstrează doar faptul că a existat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values were erased when the record was deleted.</source>
        <translation>Aceste valori au fost șterse odată cu înregistrarea.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>changed</source>
        <translation>schimbat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first version, as it was written down.</source>
        <translation>Prima versiune, așa cum a fost notată.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed in this version: %1</source>
        <translation>Schimbat în această versiune: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed in this version.</source>
        <translation>Nimic nu s-a schimbat în această versiune.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/image_viewer.py" line="+88"/>
        <source>This file is not an image the app can show.</source>
        <translation>Acest fișier nu este o imagine pe care aplicația o poate arăta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached image: %1</source>
        <translation>Imagine atașată: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Potrivește în fereastră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>Mărime &amp;reală</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/incident_editor.py" line="+82"/>
        <source>Edit incident</source>
        <translation>Modifică incidentul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an incident</source>
        <translation>Notează un incident</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>— no workplace —</source>
        <translation>— fără loc de muncă —</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+312"/>
        <source>Workplace</source>
        <translation>Loc de muncă</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>What kind of incident</source>
        <translation>Ce fel de incident</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words, e.g. “Fined for being late”</source>
        <translation>Câteva cuvinte, de ex. „Amendă pentru întârziere”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>When it started</source>
        <translation>Când a început</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It went on &amp;until</source>
        <translation>A durat &amp;până la</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it ended</source>
        <translation>Când s-a terminat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How serious, from 1 (minor) to 5 (grave)</source>
        <translation>Cât de grav, de la 1 (minor) la 5 (foarte grav)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened, in your own words. Who said or did what, and what it cost you.</source>
        <translation>Ce s-a întâmplat, cu cuvintele tale. Cine ce a spus sau a făcut și ce te-a costat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+271"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>e.g. the union, the manager, the police</source>
        <translation>de ex. sindicatul, managerul, poliția</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>Reported to</source>
        <translation>Raportat către</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>on</source>
        <translation>pe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date it was reported</source>
        <translation>Data raportării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on a date</source>
        <translation>Raportat la o dată</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What came of it, if anything</source>
        <translation>Ce a ieșit din asta, dacă a ieșit ceva</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Linked shift</source>
        <translation>Tură legată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs of control this shows</source>
        <translation>Semne de control pe care le arată</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save incident</source>
        <translation>Salvează incidentul</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wor&amp;kplace</source>
        <translation>Loc de &amp;muncă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;hen</source>
        <translation>&amp;Când</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople</source>
        <translation>P&amp;ersoane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reported to</source>
        <translation>&amp;Raportat către</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>Re&amp;zultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;ked shift</source>
        <translation>Tu&amp;ră legată</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>— no shift —</source>
        <translation>— fără tură —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minor: annoying, worth noting.</source>
        <translation>Minor: deranjant, merită notat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: it cost you something small.</source>
        <translation>Mic: te-a costat ceva puțin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious: it cost you money, safety or sleep.</source>
        <translation>Serios: te-a costat bani, siguranță sau somn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High: you were hurt, threatened or lost a lot.</source>
        <translation>Mare: ai fost rănit(ă), amenințat(ă) sau ai pierdut mult.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grave: violence, or a threat to your safety or your stay.</source>
        <translation>Foarte grav: violență sau o amenințare la siguranța ta sau la dreptul tău de ședere.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not saved</source>
        <translation>Nesalvat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident could not be saved. What you typed is still here.

%1</source>
        <translation>Incidentul nu a putut fi salvat. Ce ai scris este încă aici.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind</source>
        <translation>Ce fel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files: %1</source>
        <translation>Fișiere: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People: %1</source>
        <translation>Persoane: %1</translation>
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
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record an incident…</source>
        <translation>Notează un incident…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in titles and descriptions</source>
        <translation>Caută în titluri și descrieri</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n de incidente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents match these filters.</source>
        <translation>Niciun incident nu se potrivește cu aceste filtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents recorded. When something unfair or unsafe happens at work, write it down here while you remember the details.</source>
        <translation>Niciun incident notat. Când se întâmplă ceva nedrept sau periculos la muncă, notează aici cât timp îți amintești detaliile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the incident “%1” of %2?</source>
        <translation>Ștergi incidentul „%1” din %2?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Its %n attached files are deleted with it.</source>
        <translation>
            <numerusform>Fișierul atașat este șters odată cu el.</numerusform>
            <numerusform>Cele %n fișiere atașate sunt șterse odată cu el.</numerusform>
            <numerusform>Cele %n de fișiere atașate sunt șterse odată cu el.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-170"/>
        <source>Earning</source>
        <translation>Câștig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>Luat de locul de muncă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own expense</source>
        <translation>Cheltuială proprie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wage</source>
        <translation>Salariu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage dances</source>
        <translation>Dansuri pe scenă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private dances</source>
        <translation>Dansuri private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP / champagne room</source>
        <translation>VIP / separeu cu șampanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Bacșiș</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Rezervări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online sales</source>
        <translation>Vânzări online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>Taxa casei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage or bar fee</source>
        <translation>Taxă de scenă sau de bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>Cotă din bacșiș</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Amendă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Comision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency fee</source>
        <translation>Taxă de agenție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit kept</source>
        <translation>Garanție reținută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costumes</source>
        <translation>Costume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising</source>
        <translation>Reclamă</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Security</source>
        <translation>Securitate</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Health</source>
        <translation>Sănătate</translation>
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
        <translation>Altele</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cash</source>
        <translation>Numerar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>Aplicație</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Scenă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Sală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Rezervări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cam</source>
        <translation>Cameră web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpaid wages</source>
        <translation>Salarii neplătite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlawful deduction or fine</source>
        <translation>Reținere sau amendă ilegală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced tip-out</source>
        <translation>Cotă din bacșiș forțată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid or unsafe hours</source>
        <translation>Ore neplătite sau nesigure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breaks</source>
        <translation>Fără pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe conditions</source>
        <translation>Condiții nesigure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment by management</source>
        <translation>Hărțuire din partea conducerii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual harassment</source>
        <translation>Hărțuire sexuală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assault</source>
        <translation>Agresiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrimination</source>
        <translation>Discriminare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure to cross boundaries</source>
        <translation>Presiune să-ți depășești limitele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats (outing, deportation, dismissal)</source>
        <translation>Amenințări (deconspirare, expulzare, concediere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents or money withheld</source>
        <translation>Acte sau bani reținuți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misclassification</source>
        <translation>Încadrare greșită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule coercion</source>
        <translation>Program impus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Proprietar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coworker</source>
        <translation>Coleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DJ</source>
        <translation>DJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved</source>
        <translation>Implicat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Martor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set schedule</source>
        <translation>Program impus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off needs approval</source>
        <translation>Zilele libere au nevoie de aprobare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dress or appearance rules</source>
        <translation>Reguli de îmbrăcăminte sau de aspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace sets prices</source>
        <translation>Locul de muncă stabilește prețurile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines</source>
        <translation>Amenzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required tip-outs</source>
        <translation>Cote din bacșiș obligatorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas (dances, drinks)</source>
        <translation>Norme (dansuri, băuturi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be banned or dismissed</source>
        <translation>Poți fi interzis(ă) sau concediat(ă)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must stay until closing</source>
        <translation>Trebuie să rămâi până la închidere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls music or stage rota</source>
        <translation>Controlează muzica sau rândul la scenă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 – minor</source>
        <translation>1 – minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – low</source>
        <translation>2 – mic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – serious</source>
        <translation>3 – serios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – high</source>
        <translation>4 – mare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – grave</source>
        <translation>5 – foarte grav</translation>
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
        <translation>Club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agenție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online platform</source>
        <translation>Platformă online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independent</source>
        <translation>Independent</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/list_page.py" line="+70"/>
        <source>Number of records</source>
        <extracomment>The journal entity (for Earlier versions) and the ``session.changed`` names to follow.</extracomment>
        <translation>Numărul de înregistrări</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add (Ctrl+N)</source>
        <translation>Adaugă (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected row (Enter)</source>
        <translation>Modifică rândul ales (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected row (Delete key)</source>
        <translation>Șterge rândul ales (tasta Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions…</source>
        <translation>Versiuni anterioare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every kept version of the selected row</source>
        <translation>Vezi fiecare versiune păstrată a rândului ales</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches these filters.</source>
        <translation>Nimic nu se potrivește cu aceste filtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>Încă nu e nimic aici.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete?</source>
        <translation>Ștergi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its details are erased from this vault. The journal keeps only a note that a record existed and was deleted.</source>
        <translation>Detaliile sunt șterse din acest seif. Jurnalul păstrează doar o notă că a existat o înregistrare și că a fost ștearsă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Păstreaz-o</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/workbook/ui/app.py" line="+386"/>
        <location filename="../../src/workbook/ui/main_window.py" line="+103"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="-54"/>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts</source>
        <translation>Ture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>Bani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>Locuri de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Privire de ansamblu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sections</source>
        <extracomment>The worker asked to lock (False) or to hide at once (True). The worker closed the window: lock and quit.</extracomment>
        <translation>Secțiuni</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Auto-lock is off.</source>
        <translation>Blocarea automată este oprită.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locks after %n idle minutes.</source>
        <translation>
            <numerusform>Se blochează după %n minut fără folosire.</numerusform>
            <numerusform>Se blochează după %n minute fără folosire.</numerusform>
            <numerusform>Se blochează după %n de minute fără folosire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hides everything at once.</source>
        <translation>%1 ascunde totul imediat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a report for a union rep or a lawyer</source>
        <translation>Exportă un raport pentru un reprezentant sindical sau un avocat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Blochează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (%1)</source>
        <translation>Blochează acum (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide now</source>
        <translation>Ascunde acum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock at once and close everything (%1)</source>
        <translation>Blochează imediat și închide tot (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Fă o copie acum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Nu acum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the backup reminder</source>
        <translation>Ascunde amintirea pentru copie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You have not made a backup yet.</source>
        <translation>Încă nu ai făcut nicio copie de siguranță.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your last backup was %n days ago.</source>
        <translation>
            <numerusform>Ultima ta copie de siguranță a fost acum %n zi.</numerusform>
            <numerusform>Ultima ta copie de siguranță a fost acum %n zile.</numerusform>
            <numerusform>Ultima ta copie de siguranță a fost acum %n de zile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/money_dialog.py" line="+32"/>
        <source>Edit money</source>
        <translation>Modifică suma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add money</source>
        <translation>Adaugă bani</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No workplace</source>
        <translation>Fără loc de muncă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not said</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one, or choose “New category…” at the end of the list to make your own.</source>
        <translation>Alege una sau alege „Categorie nouă…” la sfârșitul listei ca să-ți faci una proprie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Loc de muncă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid how</source>
        <translation>Plătit cum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid to or taken by</source>
        <translation>Plătit către sau luat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line belongs to a shift; change the shift to move it.</source>
        <translation>Această sumă aparține unei ture; schimbă tura ca s-o muți.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Who paid, like a client or the club</source>
        <translation>Cine a plătit, de ex. un client sau clubul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took it, like the club or the DJ</source>
        <translation>Cine a luat, de ex. clubul sau DJ-ul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you paid, like a shop or a driver</source>
        <translation>Cui ai plătit, de ex. unui magazin sau unui șofer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An amount cannot be below zero. Choose the kind instead: earned, taken by the workplace or your own expense.</source>
        <translation>O sumă nu poate fi sub zero. Alege în schimb tipul: câștigat, luat de locul de muncă sau cheltuială proprie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts have no decimals.</source>
        <translation>Sumele în %1 nu au zecimale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Sumele în %1 au cel mult %2 zecimale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the amount, like 800.</source>
        <translation>Scrie suma, de ex. 800.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount is too large.</source>
        <translation>Suma este prea mare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the amount with digits, like 800 or 1 200,50.</source>
        <translation>Scrie suma cu cifre, de ex. 800 sau 1 200,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>Alege o monedă din listă, de ex. SEK.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a category.</source>
        <translation>Alege o categorie.</translation>
    </message>
</context>
<context>
    <name>MoneyLinesTable</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/money_lines.py" line="+97"/>
        <location line="+238"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+236"/>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+238"/>
        <source>Method</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Paid to / taken by</source>
        <translation>Plătit către / luat de</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+235"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Line %1: kind</source>
        <translation>Rândul %1: tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: category</source>
        <translation>Rândul %1: categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: amount</source>
        <translation>Rândul %1: sumă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: method</source>
        <translation>Rândul %1: mod de plată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: paid to or taken by</source>
        <translation>Rândul %1: plătit către sau luat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: note</source>
        <translation>Rândul %1: notă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line %1</source>
        <translation>Elimină rândul %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this line</source>
        <translation>Elimină acest rând</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>taken by (club, DJ…)</source>
        <translation>luat de (club, DJ…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by</source>
        <translation>plătit de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid to</source>
        <translation>plătit către</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1, %2: %3</source>
        <translation>Rândul %1, %2: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In debt: the workplace took %1 more than you earned.</source>
        <translation>Datorie: locul de muncă a luat cu %1 mai mult decât ai câștigat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earned %1 · taken by the workplace %2 · kept %3</source>
        <translation>Câștigat %1 · luat de locul de muncă %2 · rămas %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own expenses %1</source>
        <translation>cheltuieli proprii %1</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-30"/>
        <source>Money</source>
        <translation>Bani</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add money…</source>
        <translation>Adaugă bani…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in notes and who paid</source>
        <translation>Caută în note și în cine a plătit</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n money lines</source>
        <translation>
            <numerusform>%n sumă</numerusform>
            <numerusform>%n sume</numerusform>
            <numerusform>%n de sume</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money lines match these filters.</source>
        <translation>Nicio sumă nu se potrivește cu aceste filtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money recorded yet. Money from a shift is added in the shift; rent, advertising or a phone bill can be added here.</source>
        <translation>Încă nu ai notat bani. Banii dintr-o tură se adaugă în tură; chiria, reclama sau factura de telefon se pot adăuga aici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 din %2 pe %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete this money line: %1?</source>
        <translation>Ștergi această sumă: %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It belongs to a shift; the shift stays.</source>
        <translation>Aparține unei ture; tura rămâne.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/month_chart.py" line="+46"/>
        <source>Earnings and deductions per month</source>
        <translation>Câștiguri și rețineri pe lună</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: earned %2, taken %3</source>
        <translation>%1: câștigat %2, luat %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>No money recorded</source>
        <translation>Niciun ban notat</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Earned</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>Luat de locul de muncă</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+171"/>
        <location line="+13"/>
        <source>New passphrase</source>
        <translation>Frază de acces nouă</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New passphrase again</source>
        <translation>Fraza nouă încă o dată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Arată fraza de acces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Same again</source>
        <translation>Aceeași încă o dată</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Fraza de acces trebuie să aibă cel puțin %1 caractere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Cele două fraze nu sunt încă la fel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ Both passphrases are the same.</source>
        <translation>✓ Cele două fraze sunt la fel.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/overview.py" line="+116"/>
        <location line="+2"/>
        <source>Overview</source>
        <extracomment>Deduction categories whose history the page shows. Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>Privire de ansamblu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplace shown in the chart</source>
        <translation>Locul de muncă din grafic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chart for</source>
        <translation>&amp;Grafic pentru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded this year yet. Log a shift on the Today page and it shows up here.</source>
        <translation>Încă nimic notat anul acesta. Notează o tură pe pagina Azi și apare aici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned and taken per month, last 12 months</source>
        <translation>Câștigat și luat pe lună, ultimele 12 luni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>House fees and fines, last 12 months</source>
        <translation>Taxele casei și amenzile, ultimele 12 luni</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This month is %1 to %2; this year from %3. Amounts are per currency and never converted.</source>
        <translation>Luna aceasta este de la %1 până la %2; anul acesta de la %3. Sumele sunt pe monedă și nu sunt convertite niciodată.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Shifts</source>
        <translation>Ture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Ore lucrate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>Luat de locul de muncă</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept</source>
        <translation>Rămas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept per hour</source>
        <translation>Rămas pe oră</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own expenses</source>
        <translation>Cheltuieli proprii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed to an employee: %1 an hour, nothing taken</source>
        <translation>Cât i s-ar datora unui angajat: %1 pe oră, fără nimic luat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Difference from what you kept</source>
        <translation>Diferența față de ce ți-a rămas</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No house fees or fines recorded in the last 12 months.</source>
        <translation>Nicio taxă a casei sau amendă notată în ultimele 12 luni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 pe %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up</source>
        <translation>crește</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>scade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3 %4)</source>
        <translation>%1 pe %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 earlier changes not shown)</source>
        <translation>(%1 schimbări anterioare nu sunt arătate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(once)</source>
        <translation>(o dată)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the same on all %1 nights)</source>
        <translation>(la fel în toate cele %1 nopți)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(in debt to the workplace)</source>
        <translation>(datorie la locul de muncă)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 less</source>
        <translation>cu %1 mai puțin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more</source>
        <translation>cu %1 mai mult</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same</source>
        <translation>la fel</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="-184"/>
        <source>Very weak</source>
        <translation>Foarte slabă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Slabă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Acceptabilă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bună</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Puternică</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy to guess. Try four or more words that do not belong together.</source>
        <translation>Ușor de ghicit. Încearcă patru sau mai multe cuvinte care nu au legătură între ele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a few more words or characters.</source>
        <translation>Mai adaugă câteva cuvinte sau caractere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two more words would make it strong.</source>
        <translation>Încă unul sau două cuvinte ar face-o puternică.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard to guess.</source>
        <translation>Greu de ghicit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard to guess.</source>
        <translation>Foarte greu de ghicit.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="-15"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person…</source>
        <translation>Adaugă o persoană…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search names and notes</source>
        <translation>Caută în nume și note</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches.</source>
        <translation>Nu se potrivește nimeni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people yet. They are added here or when you record an incident.</source>
        <translation>Încă nu sunt persoane. Se adaugă aici sau când notezi un incident.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete “%1” from your people?</source>
        <translation>Ștergi „%1” din persoanele tale?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is named in an incident. Remove them from it first, then delete.</source>
        <translation>„%1” este numit(ă) într-un incident. Scoate persoana de acolo mai întâi, apoi șterge.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/person_dialog.py" line="+20"/>
        <source>Edit person</source>
        <translation>Modifică persoana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Persoană nouă</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name or nickname</source>
        <translation>Nume sau poreclă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name you will recognise. Reports for a union can replace it with “Manager A”.</source>
        <translation>Orice nume pe care îl recunoști. Rapoartele pentru sindicat îl pot înlocui cu „Manager A”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give a name or nickname.</source>
        <translation>Scrie un nume sau o poreclă.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/person_picker.py" line="+50"/>
        <source>Name or nickname</source>
        <translation>Nume sau poreclă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name or nickname</source>
        <translation>Numele sau porecla persoanei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role of a new person</source>
        <translation>Rolul unei persoane noi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved or witness</source>
        <translation>Implicat sau martor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person</source>
        <translation>Adaugă &amp;persoana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People in this incident</source>
        <translation>Persoane în acest incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Already in your records.</source>
        <translation>Există deja în înregistrările tale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person: choose their role, then Add.</source>
        <translation>Persoană nouă: alege-i rolul, apoi Adaugă.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) – %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>nou</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="-255"/>
        <source>This page could not be opened. Your records are safe; try locking and unlocking again.</source>
        <translation>Această pagină nu a putut fi deschisă. Înregistrările tale sunt în siguranță; încearcă să blochezi și să deblochezi din nou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This part of Workbook is not ready yet.</source>
        <translation>Această parte din Workbook nu este gata încă.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="+334"/>
        <location line="+34"/>
        <source>Workplace</source>
        <translation>Loc de muncă</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Smallest number of workers per figure</source>
        <translation>Numărul minim de lucrători pentru o cifră</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A figure that rests on fewer workers is not shown, so that it cannot point to one worker. It cannot be lower than 3.</source>
        <translation>O cifră bazată pe mai puțini lucrători nu este afișată, ca să nu poată arăta spre o singură persoană. Nu poate fi mai mic de 3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into another workplace…</source>
        <translation>Unește cu alt loc de muncă…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo merges</source>
        <translation>Anulează unirile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the PDF</source>
        <translation>Limba PDF-ului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Exportă PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportă CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice report</source>
        <translation>Raport despre practici</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF language</source>
        <translation>Limba PDF-ului</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n workers</source>
        <translation>
            <numerusform>%1 — %n lucrător</numerusform>
            <numerusform>%1 — %n lucrători</numerusform>
            <numerusform>%1 — %n de lucrători</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No verified reports yet. Import reports on the Reports page first.</source>
        <translation>Încă niciun raport verificat. Importă mai întâi rapoarte pe pagina Rapoarte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fewer than %1 workers</source>
        <translation>mai puțin de %1 lucrători</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also written as: %1</source>
        <translation>Scris și ca: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than %1 workers sent verified reports that name this workplace, so no figure is shown.</source>
        <translation>Mai puțin de %1 lucrători au trimis rapoarte verificate care numesc acest loc de muncă, așa că nu se afișează nicio cifră.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 workers, %2 to %3, from %4 verified reports</source>
        <translation>%1 lucrători, de la %2 până la %3, din %4 rapoarte verificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money the workplace took</source>
        <translation>Bani luați de locul de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Range: the lowest and highest amounts that at least %1 workers each paid, so that neither end points to one worker. * Some lines, from fewer workers, lie outside it.)</source>
        <translation>(Interval: cea mai mică și cea mai mare sumă plătite fiecare de cel puțin %1 lucrători, ca niciun capăt să nu arate spre un singur lucrător. * Unele sume, de la mai puțini lucrători, sunt în afara lui.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>median %1, %2; %3 workers, %4 lines</source>
        <translation>mediana %1, %2; %3 lucrători, %4 sume</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no range</source>
        <translation>fără interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range %1 – %2</source>
        <translation>interval %1 – %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>median %1 (%2 workers)</source>
        <translation>mediana %1 (%2 lucrători)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours and pay</source>
        <translation>Ore și plată</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 shifts, %2 hours, median shift %3 hours</source>
        <translation>%1 ture, %2 ore, tura mediană de %3 ore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Net per hour %1 (all workers together); median of workers&apos; own %2</source>
        <translation>Net pe oră %1 (toți lucrătorii la un loc); mediana fiecărui lucrător %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs of control</source>
        <translation>Semne de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 workers, %2 times, %3 to %4</source>
        <translation>%1 lucrători, de %2 ori, de la %3 până la %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge</source>
        <translation>Unește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no other workplace to merge into.</source>
        <translation>Nu există alt loc de muncă cu care să unești.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge workplaces</source>
        <translation>Unește locuri de muncă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count “%1” as which workplace?</source>
        <translation>Ca ce loc de muncă să fie numărat „%1”?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the practice report</source>
        <translation>Salvează raportul despre practici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the figures as CSV</source>
        <translation>Salvează cifrele ca CSV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the practice report…</source>
        <translation>Se scrie raportul despre practici…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not written</source>
        <translation>Nescris</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1</source>
        <translation>Salvat: %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../src/workbook/ui/problem_messages.py" line="+12"/>
        <source>must be text</source>
        <translation>trebuie să fie text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is needed</source>
        <translation>este necesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long (at most %1 characters)</source>
        <translation>este prea lung (cel mult %1 caractere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of: %2</source>
        <translation>„%1” nu este unul dintre: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the year %1; check the year (dates from %2 to %3 can be kept)</source>
        <translation>este în anul %1; verifică anul (se pot păstra date de la %2 la %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no time zone</source>
        <translation>nu are fus orar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency</source>
        <translation>„%1” nu este o monedă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a time of day</source>
        <translation>trebuie să fie o oră din zi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 (never) and 1440</source>
        <translation>trebuie să fie între 0 (niciodată) și 1440</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency (like SEK or EUR)</source>
        <translation>„%1” nu este o monedă (de ex. SEK sau EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a two-letter country code, like SE</source>
        <translation>trebuie să fie un cod de țară din două litere, de ex. SE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the scheduled start</source>
        <translation>este înaintea începutului planificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more minutes</source>
        <translation>trebuie să fie zero minute sau mai mult</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of minor units</source>
        <translation>trebuie să fie un număr întreg de subunități (bani, cenți)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start</source>
        <translation>este înaintea începutului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be from 1 (minor) to 5 (grave)</source>
        <translation>trebuie să fie de la 1 (minor) la 5 (foarte grav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large: %1 MB (at most %2 MB)</source>
        <translation>este prea mare: %1 MB (cel mult %2 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attachment belongs to an incident or a shift</source>
        <translation>un atașament aparține unui incident sau unei ture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a currency</source>
        <translation>nu este o monedă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more</source>
        <translation>trebuie să fie zero sau mai mult</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start (for a night shift, the end is on the next day)</source>
        <translation>este înaintea începutului (la o tură de noapte, sfârșitul este a doua zi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>are as long as the whole shift</source>
        <translation>durează cât toată tura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense</source>
        <translation>nu poate fi negativ; alege câștig, reținere sau cheltuială</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is listed twice</source>
        <translation>apare de două ori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the same as start (for a night shift, the end is on the next day)</source>
        <translation>este la fel ca începutul (la o tură de noapte, sfârșitul este a doua zi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a category for %2: %3</source>
        <translation>„%1” nu este o categorie pentru %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>este prea mare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>makes the shift longer than %1 hours</source>
        <translation>face tura mai lungă de %1 ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency code (like SEK or EUR)</source>
        <translation>„%1” nu este un cod de monedă (de ex. SEK sau EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be written as text, like &quot;800.00&quot;</source>
        <translation>trebuie scris ca text, de ex. &quot;800.00&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense instead</source>
        <translation>nu poate fi negativ; alege în schimb câștig, reținere sau cheltuială</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty; write an amount like 800.00</source>
        <translation>este gol; scrie o sumă, de ex. 800.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an amount; write it like 800.00</source>
        <translation>„%1” nu este o sumă; scrie-o ca 800.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals</source>
        <translation>sumele în %1 au cel mult %2 zecimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have no decimals</source>
        <translation>sumele în %1 nu au zecimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date; write it like 2026-03-28</source>
        <translation>„%1” nu este o dată; scrie-o ca 2026-03-28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time zone (like Europe/Stockholm)</source>
        <translation>„%1” nu este un fus orar (de ex. Europe/Bucharest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist on %2: the clocks went forward. Check the time</source>
        <translation>%1 nu există pe %2: ceasurile au fost date înainte. Verifică ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 happened twice on %2 (the clocks went back). Add the offset, like 02:30+02:00</source>
        <translation>%1 a fost de două ori pe %2 (ceasurile au fost date înapoi). Adaugă diferența de fus, de ex. 02:30+02:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date and time like 2026-03-28T21:00</source>
        <translation>trebuie să fie o dată și o oră, de ex. 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date and time; write it like 2026-03-28T21:00</source>
        <translation>„%1” nu este o dată și o oră; scrie-o ca 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a real date and time</source>
        <translation>„%1” nu este o dată și o oră care există</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time offset</source>
        <translation>„%1” nu este o diferență de fus orar</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/record_editor.py" line="+60"/>
        <source>Saving keeps the earlier version in the record history.</source>
        <extracomment>Set by ``ready()``; compares the form with what it was when opened.</extracomment>
        <translation>Când salvezi, versiunea anterioară rămâne în istoria înregistrării.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved yet. Please check:</source>
        <translation>Încă nu este salvat. Te rog verifică:</translation>
    </message>
</context>
<context>
    <name>RepColumns</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="-482"/>
        <source>Verdict</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Lucrător</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>Locuri de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Amprentă</translation>
    </message>
</context>
<context>
    <name>RepWindow</name>
    <message>
        <location line="+507"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook — reports received</source>
        <translation>Workbook — rapoarte primite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapoarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice report</source>
        <translation>Raport despre &amp;practici</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import reports…</source>
        <translation>Importă rapoarte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation>Blochează</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up…</source>
        <translation>Fă o copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an encrypted copy of this rep vault, for a USB stick</source>
        <translation>Fă o copie criptată a acestui seif de reprezentant, pentru un stick USB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Schimbă fraza de acces…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick hide</source>
        <translation>Ascunde acum</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase is changed. Only the new one opens this rep vault now.</source>
        <translation>Fraza de acces este schimbată. Acum doar cea nouă deschide acest seif de reprezentant.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making a backup…</source>
        <translation>Se face copia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is made: %1. Keep it somewhere other than this computer.</source>
        <translation>Copia este făcută: %1. Păstreaz-o în alt loc decât acest calculator.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location line="-631"/>
        <source>Import reports…</source>
        <translation>Importă rapoarte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import reports</source>
        <translation>Importă rapoarte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 17-K3QF-9ZTA-M2XW-PL7D</source>
        <translation>de ex. 17-K3QF-9ZTA-M2XW-PL7D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal codes the worker sent you</source>
        <translation>Coduri de sigiliu primite de la lucrător</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Every report in this import is checked against each code; separate codes with spaces.</source>
        <translation>Opțional. Fiecare raport din acest import este verificat cu fiecare cod; desparte codurile prin spații.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal codes (optional):</source>
        <translation>Coduri de sigiliu (opțional):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reports received</source>
        <translation>Rapoarte primite</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Checks of the selected report</source>
        <translation>Verificările raportului ales</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove report…</source>
        <translation>Elimină raportul…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected report for good: imported by mistake, or the worker no longer agrees to its use.</source>
        <translation>Șterge definitiv raportul ales: importat din greșeală sau lucrătorul nu mai este de acord să fie folosit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Verified</source>
        <translation>✓ Verificat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ Failed: %1 — not counted</source>
        <translation>✗ A eșuat: %1 — nu este numărat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker %1</source>
        <translation>Lucrătorul %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fingerprint: %1</source>
        <translation>Amprentă: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received: %1</source>
        <translation>Primit: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not counted</source>
        <translation>nenumărat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this report?</source>
        <translation>Elimini acest raport?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (%2) for good?</source>
        <translation>Elimini definitiv „%1” (%2)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its files and figures are deleted from this rep vault. Practice reports you make from now on leave it out. Reports you already sent do not change, and a backup made before now still has it.</source>
        <translation>Fișierele și cifrele lui sunt șterse din acest seif de reprezentant. Rapoartele despre practici pe care le faci de acum îl lasă deoparte. Rapoartele deja trimise nu se schimbă, iar o copie de siguranță făcută înainte îl are încă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove report</source>
        <translation>Elimină raportul</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed “%1”.</source>
        <translation>„%1” a fost eliminat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reports yet. Import the JSON file a worker sent you (with its PDF, if you have it).</source>
        <translation>Încă niciun raport. Importă fișierul JSON pe care ți l-a trimis un lucrător (cu PDF-ul lui, dacă îl ai).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 verified reports from %2 workers. %3 failed a check: they are kept apart and never counted.</source>
        <translation>%1 rapoarte verificate de la %2 lucrători. %3 au eșuat la o verificare: sunt ținute deoparte și nu sunt numărate niciodată.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose reports to import</source>
        <translation>Alege rapoartele de importat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook reports (*.json *.pdf);;All files (*)</source>
        <translation>Rapoarte Workbook (*.json *.pdf);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to import</source>
        <translation>Nimic de importat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the JSON file of each report; a PDF alone cannot be checked.</source>
        <translation>Alege fișierul JSON al fiecărui raport; un PDF singur nu poate fi verificat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking and importing reports…</source>
        <translation>Se verifică și se importă rapoartele…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported</source>
        <translation>Neimportat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 verified and added. %2 already here (nothing changed). %3 failed a check: kept apart, not counted.</source>
        <translation>%1 verificate și adăugate. %2 erau deja aici (nimic schimbat). %3 au eșuat la o verificare: ținute deoparte, nenumărate.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+22"/>
        <source>Nothing was restored and your vault was not changed.</source>
        <translation>Nu s-a restaurat nimic și seiful tău nu a fost schimbat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be read</source>
        <extracomment>What the restore service found wrong with a damaged backup (its English words → ours).</extracomment>
        <translation>nu poate fi citită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some of its pages are damaged or were changed</source>
        <translation>unele dintre paginile ei sunt deteriorate sau au fost schimbate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database structure is broken</source>
        <translation>structura bazei ei de date este stricată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some records in it point at records that do not exist</source>
        <translation>unele înregistrări din ea trimit la înregistrări care nu există</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was never finished being set up</source>
        <translation>nu a fost niciodată terminată de creat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its change journal is broken</source>
        <translation>jurnalul ei de modificări este stricat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That passphrase does not open this backup (if you are sure it is right, the backup is damaged).</source>
        <translation>Această frază de acces nu deschide copia (dacă știi sigur că e corectă, copia este deteriorată).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Workbook backup.</source>
        <translation>%1 nu este o copie de siguranță Workbook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of Workbook; update Workbook to restore it.</source>
        <translation>Această copie a fost făcută de o versiune mai nouă de Workbook; actualizează Workbook ca s-o restaurezi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup was made by a much older version of Workbook that this version cannot upgrade.</source>
        <translation>Această copie a fost făcută de o versiune mult mai veche de Workbook, pe care această versiune nu o poate actualiza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged: %1.</source>
        <translation>Copia este deteriorată: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try an older backup.</source>
        <translation>Încearcă o copie mai veche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup at %1.</source>
        <translation>Nu există nicio copie la %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That backup is open in Workbook or another program. Close it there first.</source>
        <translation>Copia este deschisă în Workbook sau în alt program. Închide-o mai întâi acolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is open in Workbook or another program. Lock it or close the app, then restore.</source>
        <translation>Seiful este deschis în Workbook sau în alt program. Blochează-l sau închide aplicația, apoi restaurează.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the vault itself, not a backup of it. Nothing was changed.</source>
        <translation>Acesta este seiful însuși, nu o copie a lui. Nu s-a schimbat nimic.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+13"/>
        <source>Restore a backup</source>
        <translation>Restaurează o copie de siguranță</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workbook locks first. The vault you have now is kept, unchanged, beside it (its name ends in “before-restore” and the time), and the backup takes its place. Then unlock with the backup&apos;s passphrase.</source>
        <translation>Workbook se blochează mai întâi. Seiful pe care îl ai acum este păstrat, neschimbat, lângă el (numele lui se termină cu „before-restore” și ora), iar copia îi ia locul. Apoi deblochează cu fraza de acces a copiei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Backup file</source>
        <translation>Fișierul copiei</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Fraza de acces a copiei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the backup file</source>
        <translation>Alege fișierul copiei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the backup file.</source>
        <translation>Alege fișierul copiei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Scrie fraza de acces a copiei.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="+88"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work name</source>
        <translation>Nume de lucru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name on your reports. A stage name is fine.</source>
        <translation>Numele de pe rapoartele tale. Un nume de scenă e în regulă.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name (optional)</source>
        <translation>Nume legal (opțional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed if a claim must carry your legal name. Leave it empty otherwise.</source>
        <translation>E nevoie de el doar dacă o cerere trebuie să poarte numele tău legal. Altfel, lasă-l gol.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a wage in another currency</source>
        <translation>Adaugă un salariu în altă monedă</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Money and time</source>
        <translation>Bani și timp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual currency</source>
        <translation>Moneda obișnuită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new day starts at</source>
        <translation>O zi nouă începe la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For night work: a shift that starts before this time counts for the day before. Usually 06:00.</source>
        <translation>Pentru munca de noapte: o tură care începe înainte de această oră se socotește la ziua dinainte. De obicei 06:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference hourly wage</source>
        <translation>Salariu orar de referință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minimum or collective-agreement rate. Reports compare what you kept with what an employee would have been owed.</source>
        <translation>Un salariu minim sau din contractul colectiv. Rapoartele compară ce ți-a rămas cu ce i s-ar fi datorat unui angajat.</translation>
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
        <translation>Niciodată</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Call the window “Notes” instead of “Workbook”</source>
        <translation>Numește fereastra „Notes” în loc de „Workbook”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and privacy</source>
        <translation>Limbă și intimitate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after this long without use</source>
        <translation>Blochează după atâta timp fără folosire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in real time, so a laptop that slept is locked when it wakes.</source>
        <translation>Se numără în timp real, așa că un laptop care a stat în repaus este blocat când se trezește.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window title</source>
        <translation>Titlul ferestrei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 locks. %2 hides everything at once: it locks and closes every window. Ctrl+1 to Ctrl+8 open the sections.</source>
        <translation>%1 blochează. %2 ascunde totul imediat: blochează și închide toate ferestrele. Ctrl+1 până la Ctrl+8 deschid secțiunile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard</source>
        <translation>Tastatură</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Schimbă fraza de acces…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frază de acces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your records are encrypted with your passphrase. Nobody can recover it if it is lost.</source>
        <translation>Înregistrările tale sunt criptate cu fraza ta de acces. Nimeni nu o poate recupera dacă se pierde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a backup now…</source>
        <translation>Fă o copie de siguranță acum…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>Restaurează o copie de siguranță…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup</source>
        <translation>Ultima copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep backups somewhere other than this computer, such as a USB stick.</source>
        <translation>Păstrează copiile în alt loc decât acest calculator, de exemplu pe un stick USB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after</source>
        <translation>Amintește-mi după</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder shows when the last backup is older than this.</source>
        <translation>Apare o amintire când ultima copie este mai veche de atât.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the records here with those in a backup. The vault you have now is kept beside it.</source>
        <translation>Înlocuiește înregistrările de aici cu cele dintr-o copie. Seiful pe care îl ai acum este păstrat lângă ea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save settings</source>
        <translation>Salvează setările</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>Starea salvării</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Choose a currency from the list for each wage.</source>
        <translation>Alege o monedă din listă pentru fiecare salariu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write each wage as an amount, like 150 or 152,50.</source>
        <translation>Scrie fiecare salariu ca sumă, de ex. 150 sau 152,50.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the currency and time zone from their lists.</source>
        <translation>Alege moneda și fusul orar din listele lor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✓ Saved.</source>
        <translation>✓ Salvat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>✓ The passphrase is changed.</source>
        <translation>✓ Fraza de acces este schimbată.</translation>
    </message>
</context>
<context>
    <name>ShiftEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/shift_editor.py" line="+99"/>
        <source>Edit shift</source>
        <translation>Modifică tura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a shift</source>
        <translation>Notează o tură</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+492"/>
        <source>Workplace</source>
        <translation>Loc de muncă</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Date the shift started</source>
        <translation>Data la care a început tura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Ora de început</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time</source>
        <translation>Ora de sfârșit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends &amp;next day</source>
        <translation>Se termină a doua &amp;zi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift ends the next day</source>
        <translation>Tura se termină a doua zi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours worked</source>
        <translation>Ore lucrate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks in minutes</source>
        <translation>Pauze neplătite în minute</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+463"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+459"/>
        <source>Scheduled start</source>
        <translation>Început planificat</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Scheduled start time</source>
        <translation>Ora de început planificată</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+456"/>
        <source>Scheduled end</source>
        <translation>Sfârșit planificat</translation>
    </message>
    <message>
        <location line="-453"/>
        <source>Scheduled end time</source>
        <translation>Ora de sfârșit planificată</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add line (Insert)</source>
        <translation>&amp;Adaugă rând (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a money line</source>
        <translation>Adaugă o sumă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tonight&apos;s money</source>
        <translation>Banii din seara asta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything worth remembering about this shift</source>
        <translation>Orice merită ținut minte despre această tură</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+433"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>A pay slip, a fine notice, the schedule: kept with this shift</source>
        <translation>Un fluturaș de salariu, o notă de amendă, programul: păstrate cu această tură</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Signs of control this shift</source>
        <translation>Semne de control în această tură</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter moves to the next field; on the last amount it saves. Ctrl+Enter saves from anywhere.</source>
        <translation>Enter trece la câmpul următor; la ultima sumă salvează. Ctrl+Enter salvează de oriunde.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save shift</source>
        <translation>Salvează tura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart</source>
        <translation>Î&amp;nceput</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>&amp;Sfârșit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Workplace</source>
        <translation>&amp;Loc de muncă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scheduled (optional)</source>
        <translation>Planificat (opțional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money this shift</source>
        <translation>Banii din această tură</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add a workplace first (Workplaces page), then log shifts there.</source>
        <translation>Adaugă mai întâi un loc de muncă (pagina Locuri de muncă), apoi notează ture acolo.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Ticked for you: the end time is earlier than the start.</source>
        <translation>Bifat automat: ora de sfârșit este înaintea orei de început.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The end is before the start. If the shift ended after midnight, tick “Ends next day”.</source>
        <translation>Sfârșitul este înaintea începutului. Dacă tura s-a terminat după miezul nopții, bifează „Se termină a doua zi”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end is before the start.</source>
        <translation>Sfârșitul este înaintea începutului.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked %1</source>
        <translation>Lucrat %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved</source>
        <translation>Nesalvat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift could not be saved. What you typed is still here.

%1</source>
        <translation>Tura nu a putut fi salvată. Ce ai scris este încă aici.

%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files: %1</source>
        <translation>Fișiere: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2</source>
        <translation>Rândul %1: %2</translation>
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
        <translation>Ture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a shift…</source>
        <translation>Adaugă o tură…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search in notes</source>
        <translation>Caută în note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+1: ends the next day</source>
        <translation>+1: se termină a doua zi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earned minus what the workplace took; below zero means the night ended in debt</source>
        <translation>Câștigat minus ce a luat locul de muncă; sub zero înseamnă că noaptea s-a încheiat cu datorie</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n tură</numerusform>
            <numerusform>%n ture</numerusform>
            <numerusform>%n de ture</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shifts match these filters.</source>
        <translation>Nicio tură nu se potrivește cu aceste filtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shifts yet. Press “Add a shift…” to log one.</source>
        <translation>Încă nicio tură. Apasă „Adaugă o tură…” ca să notezi una.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shift at %1 on %2</source>
        <translation>Tură la %1 pe %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the shift at %1 on %2, %3?</source>
        <translation>Ștergi tura de la %1 din %2, %3?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n money lines are deleted with it.</source>
        <translation>
            <numerusform>Suma ei este ștearsă odată cu ea.</numerusform>
            <numerusform>Cele %n sume ale ei sunt șterse odată cu ea.</numerusform>
            <numerusform>Cele %n de sume ale ei sunt șterse odată cu ea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+74"/>
        <source>Passphrase strength</source>
        <translation>Puterea frazei de acces</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use at least %1 characters; a few unrelated words are easiest to remember.</source>
        <translation>Folosește cel puțin %1 caractere; câteva cuvinte fără legătură sunt cel mai ușor de ținut minte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>Prea scurtă: folosește cel puțin %1 caractere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: %1. %2</source>
        <translation>Putere: %1. %2</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/workbook/ui/tasks.py" line="+234"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+36"/>
        <source>Today</source>
        <extracomment>Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>Azi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workplace for today&apos;s shift</source>
        <translation>Locul de muncă pentru tura de azi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplace</source>
        <translation>&amp;Loc de muncă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start shift</source>
        <translation>&amp;Începe tura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End shift</source>
        <translation>&amp;Termină tura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add money during the shift</source>
        <translation>Adaugă bani în timpul turei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ E&amp;arning</source>
        <translation>+ Câști&amp;g</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>House &amp;fee</source>
        <translation>Taxa &amp;casei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tip-out</source>
        <translation>Cotă din &amp;bacșiș</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ine</source>
        <translation>A&amp;mendă</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tonight so far</source>
        <translation>Seara asta până acum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earned</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>Luat de locul de muncă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Rămas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Money added this shift</source>
        <translation>Bani adăugați în această tură</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+132"/>
        <source>Your last shift</source>
        <translation>Ultima ta tură</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>E&amp;dit this shift…</source>
        <translation>Mo&amp;difică această tură…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Start when you arrive and add fees, fines and tip-outs as they happen; everything is saved at once. Or log a shift afterwards, in one go.</source>
        <translation>Apasă Începe când ajungi și adaugă taxe, amenzi și cote din bacșiș pe măsură ce apar; totul se salvează imediat. Sau notează o tură după aceea, dintr-odată.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this shift…</source>
        <translation>Uită această tură…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log a past shift…</source>
        <translation>&amp;Notează o tură trecută…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record an incident…</source>
        <translation>Notează un &amp;incident…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Today, %1</source>
        <translation>Azi, %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shift saved</source>
        <translation>Tură salvată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2–%3 at %4: %5 worked.</source>
        <translation>%1, %2–%3 la %4: %5 lucrate.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a workplace on the Workplaces page first; then start shifts here.</source>
        <translation>Adaugă mai întâi un loc de muncă pe pagina Locuri de muncă; apoi începe ture aici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on shift.</source>
        <translation>Nu ești în tură.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On shift at %1 since %2 (%3 so far).</source>
        <translation>În tură la %1 de la %2 (%3 până acum).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept: %1</source>
        <translation>Rămas: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Forget this shift?</source>
        <translation>Uiți această tură?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift in progress will not be recorded. Money you added stays in your records, without a shift.</source>
        <translation>Tura în desfășurare nu va fi notată. Banii pe care i-ai adăugat rămân în înregistrările tale, fără tură.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earning</source>
        <translation>Câștig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>Taxa casei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>Cotă din bacșiș</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Amendă</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/workbook/ui/unlock.py" line="+119"/>
        <source>Notes</source>
        <extracomment>The worker closed the window (quit the app). Milliseconds per countdown step; tests make it short instead of sleeping.</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I log my work</source>
        <translation>Îmi notez munca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I receive reports</source>
        <translation>Primesc rapoarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For union reps: check the reports workers send you and see a workplace&apos;s practices.</source>
        <translation>Pentru reprezentanți sindicali: verifică rapoartele pe care ți le trimit lucrătorii și vezi practicile unui loc de muncă.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>Restaurează o copie de siguranță…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember this vault file on this computer</source>
        <translation>Ține minte acest fișier de seif pe acest calculator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this is off, nothing on this computer records where the file is.</source>
        <translation>Când e oprit, nimic de pe acest calculator nu notează unde este fișierul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another vault file…</source>
        <translation>Alege alt fișier de seif…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault…</source>
        <translation>Creează un seif nou…</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+93"/>
        <source>Type your passphrase to open your records.</source>
        <translation>Scrie fraza ta de acces ca să-ți deschizi înregistrările.</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+12"/>
        <source>Passphrase</source>
        <translation>Frază de acces</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show passphrase</source>
        <translation>Arată fraza de acces</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <location line="+61"/>
        <source>Unlock</source>
        <translation>Deblochează</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Your records are kept in one encrypted file on this computer. Nothing is sent anywhere. Choose a passphrase to lock the file.</source>
        <translation>Înregistrările tale sunt păstrate într-un singur fișier criptat pe acest calculator. Nimic nu este trimis nicăieri. Alege o frază de acces ca să blochezi fișierul.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Nobody can recover a forgotten passphrase, and there is no reset. Without it, your records cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>⚠ Nimeni nu poate recupera o frază de acces uitată și nu există resetare. Fără ea, înregistrările tale nu pot fi deschise. Scrie-o și păstreaz-o într-un loc sigur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>Create vault</source>
        <translation>Creează seiful</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Vault file: %1</source>
        <translation>Fișierul seifului: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type your passphrase to open the reports you received.</source>
        <translation>Scrie fraza ta de acces ca să deschizi rapoartele primite.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type your passphrase first.</source>
        <translation>Scrie mai întâi fraza ta de acces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking…</source>
        <translation>Se deblochează…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is a worker&apos;s vault. Choose “I log my work” to open it.</source>
        <translation>Acesta este seiful unui lucrător. Alege „Îmi notez munca” ca să-l deschizi.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Încearcă din nou peste %n s</numerusform>
            <numerusform>Încearcă din nou peste %n s</numerusform>
            <numerusform>Încearcă din nou peste %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring…</source>
        <translation>Se restaurează…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring a backup…</source>
        <translation>Se restaurează o copie de siguranță…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Copia este restaurată. Deblochează cu fraza de acces a copiei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A file with this name already exists. Workbook will not overwrite it; choose another name.</source>
        <translation>Există deja un fișier cu acest nume. Workbook nu îl va suprascrie; alege alt nume.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating…</source>
        <translation>Se creează…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a vault file</source>
        <translation>Alege un fișier de seif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where should the new vault be?</source>
        <translation>Unde să fie seiful nou?</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/unsaved.py" line="+99"/>
        <source>Discard changes?</source>
        <translation>Renunți la schimbări?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have changes that are not saved.</source>
        <translation>Ai schimbări care nu sunt salvate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard them, or keep editing?</source>
        <translation>Renunți la ele sau continui să modifici?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Continuă să modifici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>a shift</source>
        <extracomment>How to open each kind of editor on a record id (or ``None`` for a new record).</extracomment>
        <translation>o tură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an incident</source>
        <translation>un incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a money line</source>
        <translation>o sumă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook locked while you were editing %1. Your changes were kept, encrypted, in this vault. Open them again?</source>
        <translation>Workbook s-a blocat în timp ce modificai %1. Schimbările tale au fost păstrate, criptate, în acest seif. Le deschizi din nou?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you had added were not kept: add them again.</source>
        <translation>Fișierele pe care le adăugaseși nu au fost păstrate: adaugă-le din nou.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Schimbări nesalvate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open them</source>
        <translation>Deschide-le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw them away</source>
        <translation>Aruncă-le</translation>
    </message>
</context>
<context>
    <name>WageRow</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="-332"/>
        <source>Hourly wage</source>
        <translation>Salariu pe oră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per hour</source>
        <translation>pe oră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this wage</source>
        <translation>Elimină acest salariu</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/workplace_dialog.py" line="+29"/>
        <source>Edit workplace</source>
        <translation>Modifică locul de muncă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workplace</source>
        <translation>Loc de muncă nou</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Archived: I no longer work here (its records stay)</source>
        <translation>Arhivat: nu mai lucrez aici (înregistrările rămân)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name people use, like the club&apos;s name on the door.</source>
        <translation>Numele pe care îl folosesc oamenii, de ex. numele clubului de pe ușă.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>Codul țării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, like SE for Sweden.</source>
        <translation>Două litere, de ex. RO pentru România.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>Angajator legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim must name the legal employer, which is often not the name on the door. You find it on pay slips, contracts, receipts or in the company register.</source>
        <translation>O cerere trebuie să numească angajatorul legal, care adesea nu e numele de pe ușă. Îl găsești pe fluturași de salariu, contracte, chitanțe sau în registrul comerțului.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal name</source>
        <translation>Nume legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the workplace a name.</source>
        <translation>Dă-i un nume locului de muncă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>Alege o monedă din listă, de ex. SEK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a time zone from the list.</source>
        <translation>Alege un fus orar din listă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use two letters, like SE.</source>
        <translation>Folosește două litere, de ex. SE.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-28"/>
        <location line="+64"/>
        <source>Archive</source>
        <translation>Arhivează</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Hide a workplace you no longer work at from choices; its records stay</source>
        <translation>Ascunde din opțiuni un loc de muncă unde nu mai lucrezi; înregistrările lui rămân</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplaces</source>
        <translation>Locuri de muncă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a workplace…</source>
        <translation>Adaugă un loc de muncă…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search names, cities and employers</source>
        <translation>Caută în nume, orașe și angajatori</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known yet</source>
        <translation>încă necunoscut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Arhivat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n workplaces</source>
        <translation>
            <numerusform>%n loc de muncă</numerusform>
            <numerusform>%n locuri de muncă</numerusform>
            <numerusform>%n de locuri de muncă</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No workplaces match.</source>
        <translation>Niciun loc de muncă nu se potrivește.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Add the clubs, agencies or platforms you work for.</source>
        <translation>Încă niciun loc de muncă. Adaugă cluburile, agențiile sau platformele pentru care lucrezi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring back</source>
        <translation>Adu înapoi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot delete</source>
        <translation>Nu se poate șterge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” still has shifts, money or incidents recorded. Archive it instead: its records stay, and it no longer shows up in choices.</source>
        <translation>„%1” are încă ture, bani sau incidente notate. Arhivează-l în schimb: înregistrările lui rămân și nu mai apare în opțiuni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the workplace “%1”? Nothing is recorded at it.</source>
        <translation>Ștergi locul de muncă „%1”? Nu are nimic notat.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+87"/>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a city, like Stockholm</source>
        <translation>Scrie un oraș, de ex. București</translation>
    </message>
</context>
</TS>
