<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+64"/>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What for? (optional)</source>
        <translation>¿Para qué? (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/attachments.py" line="+57"/>
        <source>Files and photos</source>
        <translation>Archivos y fotos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;file…</source>
        <translation>Añadir &amp;archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the selected image</source>
        <translation>Vista previa de la imagen elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are kept encrypted inside your vault, up to 50 MB each.</source>
        <translation>Los archivos se guardan cifrados dentro de tu caja fuerte, hasta 50 MB cada uno.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;All files (*)</source>
        <translation>Imágenes y documentos (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is %2. Files up to 50 MB can be kept in the vault; a smaller copy or a screenshot will do.</source>
        <translation>«%1» ocupa %2. La caja fuerte guarda archivos de hasta 50 MB; sirve una copia más pequeña o una captura de pantalla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pasted image %1.png</source>
        <translation>imagen pegada %1.png</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no image on the clipboard. Copy or take a screenshot first.</source>
        <translation>No hay ninguna imagen en el portapapeles. Copia una o haz una captura de pantalla primero.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file selected</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (no preview; it is kept in the vault)</source>
        <translation>%1 (sin vista previa; se guarda en la caja fuerte)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+64"/>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is one encrypted file with all your records. Keep it somewhere other than this computer, such as a USB stick. Choose a folder (a new file is made there, named by the date) or a file.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado con todos tus registros. Guárdala en otro lugar que no sea este ordenador, por ejemplo en una memoria USB. Elige una carpeta (allí se crea un archivo nuevo con la fecha en el nombre) o un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Back up to</source>
        <translation>Guardar la copia en</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Lock the backup with a different passphrase</source>
        <translation>Cerrar la copia con otra frase de contraseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make the backup</source>
        <translation>Hacer la copia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the backup</source>
        <translation>Elige una carpeta para la copia</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the backup as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to put the backup.</source>
        <translation>Elige dónde guardar la copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup is made: %1</source>
        <translation>La copia está hecha: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup made</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a backup…</source>
        <translation>Haciendo la copia…</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/categories.py" line="+77"/>
        <source>Write a name for the category.</source>
        <translation>Escribe un nombre para la categoría.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a category called “%1”.</source>
        <translation>Ya hay una categoría llamada «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New category</source>
        <translation>Categoría nueva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new category</source>
        <translation>Nombre de la categoría nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category of your own for “%1”, like a locker fee or a music fee.</source>
        <translation>Una categoría propia para «%1», como una cuota de taquilla o de música.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add category</source>
        <translation>Añadir categoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New category…</source>
        <translation>Categoría nueva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a category of your own</source>
        <translation>Crea una categoría propia</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/change_passphrase.py" line="+35"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Nobody can recover a forgotten passphrase. Write the new one down somewhere safe before you save. Backups made before now still open with the old passphrase.</source>
        <translation>⚠ Nadie puede recuperar una frase de contraseña olvidada. Anota la nueva en un lugar seguro antes de guardar. Las copias hechas antes siguen abriéndose con la frase anterior.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the passphrase you use now.</source>
        <translation>Escribe la frase de contraseña que usas ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La frase nueva es igual a la actual.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That is not the passphrase this vault opens with now.</source>
        <translation>Esa no es la frase de contraseña que abre esta caja fuerte ahora.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/workbook/ui/pages/incidents.py" line="+47"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+52"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+59"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How serious</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+8"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+3"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported to</source>
        <translation>Avisado a</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-6"/>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="+49"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid how</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid to or taken by</source>
        <translation>Pagado a o cobrado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="+37"/>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+12"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="-12"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken by workplace</source>
        <translation>Cobrado por el lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Te quedó</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>Empleador legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/table_model.py" line="+40"/>
        <source>Click to sort</source>
        <translation>Haz clic para ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
</context>
<context>
    <name>CurrencyCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+130"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+17"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <extracomment>Store error class name → message. Matched by name so this module loads without the store.</extracomment>
        <translation>Esa frase de contraseña no abre esta caja fuerte. Revisa el bloqueo de mayúsculas y la distribución del teclado, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Workbook vault. Choose another file.</source>
        <translation>Este archivo no es una caja fuerte de Workbook. Elige otro archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault file is damaged and cannot be opened. Nothing was changed: keep the file, and restore a backup if you have one.</source>
        <translation>El archivo de la caja fuerte está dañado y no se puede abrir. No se cambió nada: conserva el archivo y restaura una copia de seguridad si tienes una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was saved by a newer version of Workbook. Update Workbook to open it; nothing was changed.</source>
        <translation>Esta caja fuerte se guardó con una versión más nueva de Workbook. Actualiza Workbook para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault is open in another window or program. Close it there and try again.</source>
        <translation>Esta caja fuerte está abierta en otra ventana u otro programa. Ciérrala allí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault was saved by a much older version of Workbook that this version cannot upgrade. Nothing was changed.</source>
        <translation>Esta caja fuerte se guardó con una versión mucho más antigua de Workbook que esta versión no puede actualizar. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault at this place. It may have been moved or deleted.</source>
        <translation>No hay ninguna caja fuerte en este lugar. Puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists. Workbook will not overwrite it.</source>
        <translation>Ya existe un archivo con este nombre. Workbook no lo sobrescribirá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook cannot write in this folder. Choose a folder you can change.</source>
        <translation>Workbook no puede escribir en esta carpeta. Elige una carpeta que puedas modificar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault file could not be read or written. Is the disk or USB stick still connected?</source>
        <translation>No se pudo leer ni escribir el archivo de la caja fuerte. ¿Sigue conectado el disco o la memoria USB?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>La caja fuerte está bloqueada. Desbloquéala primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open or save</source>
        <translation>No se pudo abrir ni guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong with the vault. Nothing was changed.</source>
        <translation>Algo salió mal con la caja fuerte. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check</source>
        <translation>Revisa, por favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read or write a file</source>
        <translation>No se pudo leer ni escribir un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook ran into a problem it did not expect. What you saved before is safe. If it happens again, please tell us what you were doing.</source>
        <translation>Workbook encontró un problema inesperado. Lo que guardaste antes está a salvo. Si vuelve a pasar, cuéntanos qué estabas haciendo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/export_dialog.py" line="+76"/>
        <source>Export evidence</source>
        <translation>Exportar pruebas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workplaces to include</source>
        <translation>Lugares de trabajo incluidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Full: everything, for you or your lawyer</source>
        <translation>&amp;Completo: todo, para ti o tu abogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Union: people as “Manager A”, no clients</source>
        <translation>&amp;Sindicato: personas como «Gerente A», sin clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Totals only: figures, no names or text</source>
        <translation>Solo &amp;totales: cifras, sin nombres ni textos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Notes and descriptions are not redacted automatically. Read the ones below before you share this file; edit a record if something should not go out.</source>
        <translation>⚠ Las notas y descripciones no se ocultan automáticamente. Léelas abajo antes de compartir este archivo; edita un registro si algo no debe salir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes and descriptions in this export</source>
        <translation>Notas y descripciones de esta exportación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to write</source>
        <translation>Archivos que se crean</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PDF report</source>
        <translation>Informe &amp;PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON sidecar (lets a rep check the PDF)</source>
        <translation>Archivo &amp;JSON adjunto (permite al sindicato comprobar el PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV of shifts and money</source>
        <translation>&amp;CSV de turnos y dinero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save</source>
        <translation>Elige dónde guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the %1 file</source>
        <translation>Elige dónde guardar el archivo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Seal code</source>
        <translation>Código de sello</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show a &amp;seal code</source>
        <translation>Mostrar un código de &amp;sello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No code shown yet</source>
        <translation>Aún no se mostró ningún código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this code to your union rep or a friend now. A later report that passes through it shows that nothing you recorded before today was changed afterwards.</source>
        <translation>Envía este código ahora a tu representante sindical o a alguien de confianza. Un informe posterior que pase por él muestra que nada de lo que anotaste antes de hoy se cambió después.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pe&amp;riod</source>
        <translation>Pe&amp;ríodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplaces</source>
        <translation>&amp;Lugares de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much to disclose</source>
        <translation>Cuánto mostrar</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Leaves in everything: your work name and legal name, the workplaces&apos; legal names, people&apos;s names as you wrote them (clients too), every shift, amount, incident, note and description, and your attached images.</source>
        <translation>Incluye todo: tu nombre de trabajo y tu nombre legal, los nombres legales de los lugares de trabajo, los nombres de las personas tal como los escribiste (también clientes), cada turno, importe, incidente, nota y descripción, y las imágenes adjuntas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in your work name (not your legal name), the workplaces&apos; legal names, every shift, amount and incident with its notes and descriptions, and your images. People appear as “Manager A”, “Coworker B”; clients are left out.</source>
        <translation>Incluye tu nombre de trabajo (no tu nombre legal), los nombres legales de los lugares de trabajo, cada turno, importe e incidente con sus notas y descripciones, y tus imágenes. Las personas aparecen como «Gerente A», «Colega B»; los clientes no aparecen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in only figures: hours, earnings, what each workplace took, fee and fine history and signs of control, with dates. No names of people, no notes or descriptions, no images.</source>
        <translation>Incluye solo cifras: horas, ingresos, lo que cobró cada lugar de trabajo, la historia de cuotas y multas y las señales de control, con fechas. Sin nombres de personas, sin notas ni descripciones, sin imágenes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shift at %1</source>
        <translation>turno en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>money line</source>
        <translation>movimiento de dinero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The end of the period is before its start.</source>
        <translation>El final del período es anterior a su inicio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No notes or descriptions in this period.</source>
        <translation>No hay notas ni descripciones en este período.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1 times, until %2)</source>
        <translation>(%1 veces, hasta %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the %1 file</source>
        <translation>Guardar el archivo %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seal code: %1</source>
        <translation>Sin código de sello: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seal code copied.</source>
        <translation>Código de sello copiado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a period and at least one workplace.</source>
        <translation>Elige un período y al menos un lugar de trabajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save: %1.</source>
        <translation>Elige dónde guardar: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting evidence…</source>
        <translation>Exportando pruebas…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: %1. Report fingerprint %2…</source>
        <translation>Guardado: %1. Huella del informe %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: something went wrong (%1). Nothing was written.</source>
        <translation>No se exportó: algo salió mal (%1). No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+46"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+167"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-9"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-2"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+12"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-7"/>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+17"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks (minutes)</source>
        <translation>Descansos sin pagar (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Paid how</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Paid to or taken by</source>
        <translation>Pagado a o cobrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+11"/>
        <source>How serious</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to</source>
        <translation>Avisado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Avisado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-26"/>
        <source>Work name</source>
        <extracomment>Field names as problems name them (the last part of ``shifts[3].end``), for messages.</extracomment>
        <translation>Nombre de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual currency</source>
        <translation>Moneda habitual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new day starts at</source>
        <translation>Un día nuevo empieza a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference hourly wage</source>
        <translation>Salario por hora de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All workplaces</source>
        <translation>Todos los lugares de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of money</source>
        <translation>Tipo de dinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+4"/>
        <source>Written down</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="+61"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workbook never overwrites a record. Each time it is changed, the earlier version is kept in a tamper-evident journal, with the time it was written down.</source>
        <translation>Workbook nunca sobrescribe un registro. Cada vez que se cambia, la versión anterior se guarda en un registro de cambios a prueba de manipulación, con la hora en que se anotó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Versión %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Values of the chosen version</source>
        <translation>Valores de la versión elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The record was deleted; only the fact that it existed is kept.</source>
        <translation>El registro se borró; solo se guarda el hecho de que existió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values were erased when the record was deleted.</source>
        <translation>Estos valores se borraron cuando se borró el registro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first version, as it was written down.</source>
        <translation>La primera versión, tal como se anotó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed in this version: %1</source>
        <translation>Cambiado en esta versión: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed in this version.</source>
        <translation>Nada cambió en esta versión.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/image_viewer.py" line="+88"/>
        <source>This file is not an image the app can show.</source>
        <translation>Este archivo no es una imagen que la aplicación pueda mostrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached image: %1</source>
        <translation>Imagen adjunta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/incident_editor.py" line="+82"/>
        <source>Edit incident</source>
        <translation>Editar incidente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an incident</source>
        <translation>Anotar un incidente</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>— no workplace —</source>
        <translation>— sin lugar de trabajo —</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+312"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>What kind of incident</source>
        <translation>Qué tipo de incidente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words, e.g. “Fined for being late”</source>
        <translation>Pocas palabras, p. ej. «Multa por llegar tarde»</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>When it started</source>
        <translation>Cuándo empezó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It went on &amp;until</source>
        <translation>Siguió &amp;hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it ended</source>
        <translation>Cuándo terminó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How serious, from 1 (minor) to 5 (grave)</source>
        <translation>Gravedad, de 1 (leve) a 5 (muy grave)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened, in your own words. Who said or did what, and what it cost you.</source>
        <translation>Qué pasó, con tus propias palabras. Quién dijo o hizo qué, y qué te costó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+271"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>e.g. the union, the manager, the police</source>
        <translation>p. ej. el sindicato, el gerente, la policía</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>Reported to</source>
        <translation>Avisado a</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date it was reported</source>
        <translation>Fecha del aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on a date</source>
        <translation>Avisado en una fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What came of it, if anything</source>
        <translation>Qué resultó, si algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Linked shift</source>
        <translation>Turno vinculado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs of control this shows</source>
        <translation>Señales de control que muestra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save incident</source>
        <translation>Guardar incidente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wor&amp;kplace</source>
        <translation>Lugar de tra&amp;bajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;hen</source>
        <translation>Cuán&amp;do</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;verity</source>
        <translation>Gra&amp;vedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reported to</source>
        <translation>Avisado &amp;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;ked shift</source>
        <translation>Turno vin&amp;culado</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>— no shift —</source>
        <translation>— sin turno —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minor: annoying, worth noting.</source>
        <translation>Leve: molesto, vale la pena anotarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: it cost you something small.</source>
        <translation>Bajo: te costó algo pequeño.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious: it cost you money, safety or sleep.</source>
        <translation>Serio: te costó dinero, seguridad o sueño.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High: you were hurt, threatened or lost a lot.</source>
        <translation>Alto: te hicieron daño, te amenazaron o perdiste mucho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grave: violence, or a threat to your safety or your stay.</source>
        <translation>Muy grave: violencia, o una amenaza a tu seguridad o a tu permiso de residencia.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident could not be saved. What you typed is still here.

%1</source>
        <translation>No se pudo guardar el incidente. Lo que escribiste sigue aquí.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind</source>
        <translation>Qué tipo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People: %1</source>
        <translation>Personas: %1</translation>
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
        <translation>Incidentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record an incident…</source>
        <translation>Anotar un incidente…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in titles and descriptions</source>
        <translation>Buscar en títulos y descripciones</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents match these filters.</source>
        <translation>Ningún incidente coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents recorded. When something unfair or unsafe happens at work, write it down here while you remember the details.</source>
        <translation>No hay incidentes anotados. Cuando pase algo injusto o peligroso en el trabajo, anótalo aquí mientras recuerdas los detalles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the incident “%1” of %2?</source>
        <translation>¿Borrar el incidente «%1» del %2?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Its %n attached files are deleted with it.</source>
        <translation>
            <numerusform>Su archivo adjunto se borra con él.</numerusform>
            <numerusform>Sus %n archivos adjuntos se borran con él.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-170"/>
        <source>Earning</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>Cobrado por el lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own expense</source>
        <translation>Gasto propio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wage</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage dances</source>
        <translation>Bailes en escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private dances</source>
        <translation>Bailes privados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP / champagne room</source>
        <translation>VIP / sala de champán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Propinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online sales</source>
        <translation>Ventas en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>Cuota de la casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage or bar fee</source>
        <translation>Cuota de escenario o de barra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>Reparto de propinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency fee</source>
        <translation>Tarifa de agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit kept</source>
        <translation>Depósito retenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costumes</source>
        <translation>Vestuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+18"/>
        <location line="+9"/>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="-105"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cam</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpaid wages</source>
        <translation>Salarios no pagados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlawful deduction or fine</source>
        <translation>Descuento o multa ilegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced tip-out</source>
        <translation>Reparto de propinas forzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid or unsafe hours</source>
        <translation>Horas no pagadas o inseguras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breaks</source>
        <translation>Sin descansos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe conditions</source>
        <translation>Condiciones inseguras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment by management</source>
        <translation>Acoso por parte de la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual harassment</source>
        <translation>Acoso sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assault</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure to cross boundaries</source>
        <translation>Presión para cruzar tus límites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats (outing, deportation, dismissal)</source>
        <translation>Amenazas (revelar tu trabajo, deportación, despido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents or money withheld</source>
        <translation>Documentos o dinero retenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misclassification</source>
        <translation>Clasificación laboral incorrecta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule coercion</source>
        <translation>Imposición de horarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coworker</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DJ</source>
        <translation>DJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved</source>
        <translation>Implicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set schedule</source>
        <translation>Horario impuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off needs approval</source>
        <translation>Los días libres necesitan permiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dress or appearance rules</source>
        <translation>Normas de vestimenta o de aspecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace sets prices</source>
        <translation>El lugar de trabajo fija los precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines</source>
        <translation>Multas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required tip-outs</source>
        <translation>Reparto de propinas obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas (dances, drinks)</source>
        <translation>Cuotas (bailes, bebidas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be banned or dismissed</source>
        <translation>Te pueden vetar o despedir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must stay until closing</source>
        <translation>Hay que quedarse hasta el cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls music or stage rota</source>
        <translation>Controla la música o el turno de escenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 – minor</source>
        <translation>1 – leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – low</source>
        <translation>2 – bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – serious</source>
        <translation>3 – serio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – high</source>
        <translation>4 – alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – grave</source>
        <translation>5 – muy grave</translation>
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
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online platform</source>
        <translation>Plataforma en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/list_page.py" line="+70"/>
        <source>Number of records</source>
        <extracomment>The journal entity (for Earlier versions) and the ``session.changed`` names to follow.</extracomment>
        <translation>Número de registros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add (Ctrl+N)</source>
        <translation>Añadir (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected row (Enter)</source>
        <translation>Editar la fila elegida (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected row (Delete key)</source>
        <translation>Borrar la fila elegida (tecla Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions…</source>
        <translation>Versiones anteriores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every kept version of the selected row</source>
        <translation>Ver cada versión guardada de la fila elegida</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches these filters.</source>
        <translation>Nada coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada aquí.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete?</source>
        <translation>¿Borrar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its details are erased from this vault. The journal keeps only a note that a record existed and was deleted.</source>
        <translation>Sus datos se borran de esta caja fuerte. El registro de cambios solo guarda una nota de que existió y se borró.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/workbook/ui/app.py" line="+386"/>
        <location filename="../../src/workbook/ui/main_window.py" line="+103"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="-54"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>Lugares de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sections</source>
        <extracomment>The worker asked to lock (False) or to hide at once (True). The worker closed the window: lock and quit.</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Auto-lock is off.</source>
        <translation>El bloqueo automático está desactivado.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locks after %n idle minutes.</source>
        <translation>
            <numerusform>Se bloquea tras %n minuto sin uso.</numerusform>
            <numerusform>Se bloquea tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hides everything at once.</source>
        <translation>%1 oculta todo de inmediato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a report for a union rep or a lawyer</source>
        <translation>Exportar un informe para tu sindicato o tu abogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (%1)</source>
        <translation>Bloquear ahora (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide now</source>
        <translation>Ocultar ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock at once and close everything (%1)</source>
        <translation>Bloquear ya y cerrar todo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Hacer copia ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the backup reminder</source>
        <translation>Ocultar el recordatorio de copia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You have not made a backup yet.</source>
        <translation>Aún no has hecho ninguna copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your last backup was %n days ago.</source>
        <translation>
            <numerusform>Tu última copia de seguridad fue hace %n día.</numerusform>
            <numerusform>Tu última copia de seguridad fue hace %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/money_dialog.py" line="+32"/>
        <source>Edit money</source>
        <translation>Editar dinero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add money</source>
        <translation>Añadir dinero</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No workplace</source>
        <translation>Sin lugar de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one, or choose “New category…” at the end of the list to make your own.</source>
        <translation>Elige una, o elige «Categoría nueva…» al final de la lista para crear la tuya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid how</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid to or taken by</source>
        <translation>Pagado a o cobrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line belongs to a shift; change the shift to move it.</source>
        <translation>Esta línea pertenece a un turno; cambia el turno para moverla.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Who paid, like a client or the club</source>
        <translation>Quién pagó, como un cliente o el club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took it, like the club or the DJ</source>
        <translation>Quién se lo quedó, como el club o el DJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you paid, like a shop or a driver</source>
        <translation>A quién pagaste, como una tienda o un conductor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An amount cannot be below zero. Choose the kind instead: earned, taken by the workplace or your own expense.</source>
        <translation>Un importe no puede ser menor que cero. Elige mejor el tipo: ganado, cobrado por el lugar de trabajo o gasto propio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts have no decimals.</source>
        <translation>Los importes en %1 no tienen decimales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Los importes en %1 tienen como máximo %2 decimales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the amount, like 800.</source>
        <translation>Escribe el importe, como 800.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount is too large.</source>
        <translation>Este importe es demasiado grande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the amount with digits, like 800 or 1 200,50.</source>
        <translation>Escribe el importe con cifras, como 800 o 1 200,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>Elige una moneda de la lista, como SEK.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a category.</source>
        <translation>Elige una categoría.</translation>
    </message>
</context>
<context>
    <name>MoneyLinesTable</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/money_lines.py" line="+97"/>
        <location line="+238"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+236"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+238"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Paid to / taken by</source>
        <translation>Pagado a / cobrado por</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+235"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Line %1: kind</source>
        <translation>Línea %1: tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: category</source>
        <translation>Línea %1: categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: amount</source>
        <translation>Línea %1: importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: method</source>
        <translation>Línea %1: forma de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: paid to or taken by</source>
        <translation>Línea %1: pagado a o cobrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: note</source>
        <translation>Línea %1: nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line %1</source>
        <translation>Quitar la línea %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this line</source>
        <translation>Quitar esta línea</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>taken by (club, DJ…)</source>
        <translation>cobrado por (club, DJ…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by</source>
        <translation>pagado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid to</source>
        <translation>pagado a</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In debt: the workplace took %1 more than you earned.</source>
        <translation>Con deuda: el lugar de trabajo cobró %1 más de lo que ganaste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earned %1 · taken by the workplace %2 · kept %3</source>
        <translation>Ganado %1 · cobrado por el lugar %2 · te quedó %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own expenses %1</source>
        <translation>gastos propios %1</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-30"/>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add money…</source>
        <translation>Añadir dinero…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in notes and who paid</source>
        <translation>Buscar en notas y en quién pagó</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n money lines</source>
        <translation>
            <numerusform>%n movimiento de dinero</numerusform>
            <numerusform>%n movimientos de dinero</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money lines match these filters.</source>
        <translation>Ningún movimiento coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money recorded yet. Money from a shift is added in the shift; rent, advertising or a phone bill can be added here.</source>
        <translation>Aún no hay dinero anotado. El dinero de un turno se añade en el turno; el alquiler, la publicidad o la factura del teléfono se pueden añadir aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 de %2 el %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete this money line: %1?</source>
        <translation>¿Borrar este movimiento de dinero: %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It belongs to a shift; the shift stays.</source>
        <translation>Pertenece a un turno; el turno se queda.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/month_chart.py" line="+46"/>
        <source>Earnings and deductions per month</source>
        <translation>Ingresos y descuentos por mes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: earned %2, taken %3</source>
        <translation>%1: ganado %2, cobrado %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>No money recorded</source>
        <translation>No hay dinero anotado</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>Cobrado por el lugar</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+171"/>
        <location line="+13"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New passphrase again</source>
        <translation>Repite la frase nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Same again</source>
        <translation>Otra vez la misma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases aún no son iguales.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ Both passphrases are the same.</source>
        <translation>✓ Las dos frases son iguales.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/overview.py" line="+116"/>
        <location line="+2"/>
        <source>Overview</source>
        <extracomment>Deduction categories whose history the page shows. Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplace shown in the chart</source>
        <translation>Lugar de trabajo del gráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chart for</source>
        <translation>&amp;Gráfico de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded this year yet. Log a shift on the Today page and it shows up here.</source>
        <translation>Aún no hay nada anotado este año. Anota un turno en la página Hoy y aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned and taken per month, last 12 months</source>
        <translation>Ganado y cobrado por mes, últimos 12 meses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>House fees and fines, last 12 months</source>
        <translation>Cuotas de la casa y multas, últimos 12 meses</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This month is %1 to %2; this year from %3. Amounts are per currency and never converted.</source>
        <translation>Este mes va del %1 al %2; este año, desde el %3. Los importes van por moneda y nunca se convierten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Horas trabajadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>Cobrado por el lugar de trabajo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept</source>
        <translation>Te quedó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept per hour</source>
        <translation>Te quedó por hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own expenses</source>
        <translation>Gastos propios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed to an employee: %1 an hour, nothing taken</source>
        <translation>Lo que se debería a una persona empleada: %1 por hora, sin descuentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Difference from what you kept</source>
        <translation>Diferencia con lo que te quedó</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No house fees or fines recorded in the last 12 months.</source>
        <translation>No hay cuotas de la casa ni multas anotadas en los últimos 12 meses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 el %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3 %4)</source>
        <translation>%1 el %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 earlier changes not shown)</source>
        <translation>(%1 cambios anteriores no se muestran)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(once)</source>
        <translation>(una vez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the same on all %1 nights)</source>
        <translation>(igual las %1 noches)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(in debt to the workplace)</source>
        <translation>(con deuda con el lugar de trabajo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 less</source>
        <translation>%1 menos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="-184"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy to guess. Try four or more words that do not belong together.</source>
        <translation>Fácil de adivinar. Prueba con cuatro o más palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a few more words or characters.</source>
        <translation>Añade algunas palabras o caracteres más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two more words would make it strong.</source>
        <translation>Una o dos palabras más la harían fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard to guess.</source>
        <translation>Difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard to guess.</source>
        <translation>Muy difícil de adivinar.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="-15"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search names and notes</source>
        <translation>Buscar en nombres y notas</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches.</source>
        <translation>Nadie coincide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people yet. They are added here or when you record an incident.</source>
        <translation>Aún no hay personas. Se añaden aquí o al anotar un incidente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete “%1” from your people?</source>
        <translation>¿Borrar a «%1» de tus personas?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is named in an incident. Remove them from it first, then delete.</source>
        <translation>«%1» aparece en un incidente. Quítala de allí primero y luego bórrala.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/person_dialog.py" line="+20"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Persona nueva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name you will recognise. Reports for a union can replace it with “Manager A”.</source>
        <translation>Cualquier nombre que vayas a reconocer. Los informes para el sindicato pueden cambiarlo por «Gerente A».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give a name or nickname.</source>
        <translation>Escribe un nombre o apodo.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/person_picker.py" line="+50"/>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name or nickname</source>
        <translation>Nombre o apodo de la persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role of a new person</source>
        <translation>Función de una persona nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved or witness</source>
        <translation>Implicado o testigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person</source>
        <translation>Añadir &amp;persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People in this incident</source>
        <translation>Personas en este incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Already in your records.</source>
        <translation>Ya está en tus registros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person: choose their role, then Add.</source>
        <translation>Persona nueva: elige su función y luego Añadir.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) – %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="-255"/>
        <source>This page could not be opened. Your records are safe; try locking and unlocking again.</source>
        <translation>No se pudo abrir esta página. Tus registros están a salvo; prueba a bloquear y desbloquear otra vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This part of Workbook is not ready yet.</source>
        <translation>Esta parte de Workbook aún no está lista.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="+334"/>
        <location line="+34"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Smallest number of workers per figure</source>
        <translation>Número mínimo de trabajadores por cifra</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A figure that rests on fewer workers is not shown, so that it cannot point to one worker. It cannot be lower than 3.</source>
        <translation>Una cifra basada en menos trabajadores no se muestra, para que no pueda señalar a una sola persona. No puede ser menor que 3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into another workplace…</source>
        <translation>Unir con otro lugar de trabajo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo merges</source>
        <translation>Deshacer uniones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice report</source>
        <translation>Informe de prácticas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF language</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n workers</source>
        <translation>
            <numerusform>%1 — %n trabajador</numerusform>
            <numerusform>%1 — %n trabajadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No verified reports yet. Import reports on the Reports page first.</source>
        <translation>Aún no hay informes verificados. Importa informes primero en la página Informes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fewer than %1 workers</source>
        <translation>menos de %1 trabajadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also written as: %1</source>
        <translation>También escrito como: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than %1 workers sent verified reports that name this workplace, so no figure is shown.</source>
        <translation>Menos de %1 trabajadores enviaron informes verificados que nombran este lugar de trabajo, así que no se muestra ninguna cifra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 workers, %2 to %3, from %4 verified reports</source>
        <translation>%1 trabajadores, de %2 a %3, de %4 informes verificados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money the workplace took</source>
        <translation>Dinero que se quedó el lugar de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Range: the lowest and highest amounts that at least %1 workers each paid, so that neither end points to one worker. * Some lines, from fewer workers, lie outside it.)</source>
        <translation>(Rango: los importes más bajo y más alto que pagaron al menos %1 trabajadores cada uno, para que ningún extremo señale a una sola persona. * Algunos movimientos, de menos trabajadores, quedan fuera de él.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>median %1, %2; %3 workers, %4 lines</source>
        <translation>mediana %1, %2; %3 trabajadores, %4 movimientos</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no range</source>
        <translation>sin rango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range %1 – %2</source>
        <translation>rango %1 – %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>median %1 (%2 workers)</source>
        <translation>mediana %1 (%2 trabajadores)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours and pay</source>
        <translation>Horas y pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 shifts, %2 hours, median shift %3 hours</source>
        <translation>%1 turnos, %2 horas, turno mediano de %3 horas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Net per hour %1 (all workers together); median of workers&apos; own %2</source>
        <translation>Neto por hora %1 (todas las trabajadores juntas); mediana de cada trabajador %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs of control</source>
        <translation>Señales de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 workers, %2 times, %3 to %4</source>
        <translation>%1 trabajadores, %2 veces, de %3 a %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no other workplace to merge into.</source>
        <translation>No hay otro lugar de trabajo con el que unir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge workplaces</source>
        <translation>Unir lugares de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count “%1” as which workplace?</source>
        <translation>¿Contar «%1» como qué lugar de trabajo?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the practice report</source>
        <translation>Guardar el informe de prácticas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the figures as CSV</source>
        <translation>Guardar las cifras como CSV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the practice report…</source>
        <translation>Escribiendo el informe de prácticas…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not written</source>
        <translation>No escrito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../src/workbook/ui/problem_messages.py" line="+12"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is needed</source>
        <translation>hace falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long (at most %1 characters)</source>
        <translation>es demasiado largo (como máximo %1 caracteres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» no es ninguno de estos: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the year %1; check the year (dates from %2 to %3 can be kept)</source>
        <translation>es del año %1; revisa el año (se pueden guardar fechas de %2 a %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no time zone</source>
        <translation>no tiene zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency</source>
        <translation>«%1» no es una moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a time of day</source>
        <translation>debe ser una hora del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 (never) and 1440</source>
        <translation>debe estar entre 0 (nunca) y 1440</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency (like SEK or EUR)</source>
        <translation>«%1» no es una moneda (como SEK o EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a two-letter country code, like SE</source>
        <translation>debe ser un código de país de dos letras, como SE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the scheduled start</source>
        <translation>es anterior al inicio previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more minutes</source>
        <translation>debe ser cero minutos o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of minor units</source>
        <translation>debe ser un número entero de céntimos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start</source>
        <translation>es anterior al inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be from 1 (minor) to 5 (grave)</source>
        <translation>debe ser de 1 (leve) a 5 (muy grave)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large: %1 MB (at most %2 MB)</source>
        <translation>es demasiado grande: %1 MB (como máximo %2 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attachment belongs to an incident or a shift</source>
        <translation>un adjunto pertenece a un incidente o a un turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a currency</source>
        <translation>no es una moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more</source>
        <translation>debe ser cero o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start (for a night shift, the end is on the next day)</source>
        <translation>es anterior al inicio (en un turno de noche, el fin es al día siguiente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>are as long as the whole shift</source>
        <translation>duran tanto como todo el turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense</source>
        <translation>no puede ser negativo; elige ingreso, descuento o gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is listed twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the same as start (for a night shift, the end is on the next day)</source>
        <translation>es igual al inicio (en un turno de noche, el fin es al día siguiente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a category for %2: %3</source>
        <translation>«%1» no es una categoría de %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>makes the shift longer than %1 hours</source>
        <translation>hace que el turno dure más de %1 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency code (like SEK or EUR)</source>
        <translation>«%1» no es un código de moneda (como SEK o EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be written as text, like &quot;800.00&quot;</source>
        <translation>debe escribirse como texto, como &quot;800.00&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense instead</source>
        <translation>no puede ser negativo; elige mejor ingreso, descuento o gasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty; write an amount like 800.00</source>
        <translation>está vacío; escribe un importe como 800.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an amount; write it like 800.00</source>
        <translation>«%1» no es un importe; escríbelo como 800.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals</source>
        <translation>los importes en %1 tienen como máximo %2 decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have no decimals</source>
        <translation>los importes en %1 no tienen decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date; write it like 2026-03-28</source>
        <translation>«%1» no es una fecha; escríbela como 2026-03-28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time zone (like Europe/Stockholm)</source>
        <translation>«%1» no es una zona horaria (como Europe/Madrid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist on %2: the clocks went forward. Check the time</source>
        <translation>%1 no existe el %2: se adelantaron los relojes. Revisa la hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 happened twice on %2 (the clocks went back). Add the offset, like 02:30+02:00</source>
        <translation>%1 ocurrió dos veces el %2 (se atrasaron los relojes). Añade la diferencia horaria, como 02:30+02:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date and time like 2026-03-28T21:00</source>
        <translation>debe ser una fecha y hora como 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date and time; write it like 2026-03-28T21:00</source>
        <translation>«%1» no es una fecha y hora; escríbela como 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a real date and time</source>
        <translation>«%1» no es una fecha y hora que exista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time offset</source>
        <translation>«%1» no es una diferencia horaria</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/record_editor.py" line="+60"/>
        <source>Saving keeps the earlier version in the record history.</source>
        <extracomment>Set by ``ready()``; compares the form with what it was when opened.</extracomment>
        <translation>Al guardar, la versión anterior queda en el historial del registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved yet. Please check:</source>
        <translation>Aún no está guardado. Revisa, por favor:</translation>
    </message>
</context>
<context>
    <name>RepColumns</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="-482"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>Lugares de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
</context>
<context>
    <name>RepWindow</name>
    <message>
        <location line="+507"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook — reports received</source>
        <translation>Workbook — informes recibidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice report</source>
        <translation>Informe de &amp;prácticas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import reports…</source>
        <translation>Importar informes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up…</source>
        <translation>Hacer copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an encrypted copy of this rep vault, for a USB stick</source>
        <translation>Hacer una copia cifrada de esta caja fuerte de representante, para una memoria USB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick hide</source>
        <translation>Ocultar ya</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase is changed. Only the new one opens this rep vault now.</source>
        <translation>La frase de contraseña está cambiada. Ahora solo la nueva abre esta caja fuerte de representante.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making a backup…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is made: %1. Keep it somewhere other than this computer.</source>
        <translation>La copia está hecha: %1. Guárdala en otro lugar que no sea este ordenador.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location line="-631"/>
        <source>Import reports…</source>
        <translation>Importar informes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import reports</source>
        <translation>Importar informes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 17-K3QF-9ZTA-M2XW-PL7D</source>
        <translation>p. ej. 17-K3QF-9ZTA-M2XW-PL7D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal codes the worker sent you</source>
        <translation>Códigos de sello que te enviaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Every report in this import is checked against each code; separate codes with spaces.</source>
        <translation>Opcional. Cada informe de esta importación se comprueba con cada código; separa los códigos con espacios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal codes (optional):</source>
        <translation>Códigos de sello (opcional):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reports received</source>
        <translation>Informes recibidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Checks of the selected report</source>
        <translation>Comprobaciones del informe elegido</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove report…</source>
        <translation>Quitar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected report for good: imported by mistake, or the worker no longer agrees to its use.</source>
        <translation>Borrar para siempre el informe elegido: importado por error, o la persona trabajadora ya no está de acuerdo con que se use.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Verified</source>
        <translation>✓ Verificado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ Failed: %1 — not counted</source>
        <translation>✗ Falló: %1 — no se cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker %1</source>
        <translation>Trabajador %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fingerprint: %1</source>
        <translation>Huella: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received: %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not counted</source>
        <translation>no se cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this report?</source>
        <translation>¿Quitar este informe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (%2) for good?</source>
        <translation>¿Quitar «%1» (%2) para siempre?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its files and figures are deleted from this rep vault. Practice reports you make from now on leave it out. Reports you already sent do not change, and a backup made before now still has it.</source>
        <translation>Sus archivos y cifras se borran de esta caja fuerte de representante. Los informes de prácticas que hagas a partir de ahora lo dejan fuera. Los informes que ya enviaste no cambian, y una copia de seguridad hecha antes todavía lo tiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove report</source>
        <translation>Quitar informe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed “%1”.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reports yet. Import the JSON file a worker sent you (with its PDF, if you have it).</source>
        <translation>Aún no hay informes. Importa el archivo JSON que te envió un trabajador (con su PDF, si lo tienes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 verified reports from %2 workers. %3 failed a check: they are kept apart and never counted.</source>
        <translation>%1 informes verificados de %2 trabajadores. %3 fallaron una comprobación: se guardan aparte y nunca se cuentan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose reports to import</source>
        <translation>Elige los informes que quieres importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook reports (*.json *.pdf);;All files (*)</source>
        <translation>Informes de Workbook (*.json *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the JSON file of each report; a PDF alone cannot be checked.</source>
        <translation>Elige el archivo JSON de cada informe; un PDF solo no se puede comprobar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking and importing reports…</source>
        <translation>Comprobando e importando informes…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 verified and added. %2 already here (nothing changed). %3 failed a check: kept apart, not counted.</source>
        <translation>%1 verificados y añadidos. %2 ya estaban (nada cambió). %3 fallaron una comprobación: guardados aparte, no se cuentan.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+22"/>
        <source>Nothing was restored and your vault was not changed.</source>
        <translation>No se restauró nada y tu caja fuerte no se cambió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be read</source>
        <extracomment>What the restore service found wrong with a damaged backup (its English words → ours).</extracomment>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some of its pages are damaged or were changed</source>
        <translation>algunas de sus páginas están dañadas o se cambiaron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database structure is broken</source>
        <translation>su estructura de base de datos está rota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some records in it point at records that do not exist</source>
        <translation>algunos de sus registros apuntan a registros que no existen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was never finished being set up</source>
        <translation>nunca se terminó de crear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its change journal is broken</source>
        <translation>su registro de cambios está roto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That passphrase does not open this backup (if you are sure it is right, the backup is damaged).</source>
        <translation>Esa frase de contraseña no abre esta copia (si tienes la seguridad de que es correcta, la copia está dañada).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Workbook backup.</source>
        <translation>%1 no es una copia de seguridad de Workbook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of Workbook; update Workbook to restore it.</source>
        <translation>Esta copia se hizo con una versión más nueva de Workbook; actualiza Workbook para restaurarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup was made by a much older version of Workbook that this version cannot upgrade.</source>
        <translation>Esta copia se hizo con una versión mucho más antigua de Workbook que esta versión no puede actualizar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged: %1.</source>
        <translation>La copia está dañada: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try an older backup.</source>
        <translation>Prueba con una copia más antigua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup at %1.</source>
        <translation>No hay ninguna copia en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That backup is open in Workbook or another program. Close it there first.</source>
        <translation>Esa copia está abierta en Workbook o en otro programa. Ciérrala allí primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is open in Workbook or another program. Lock it or close the app, then restore.</source>
        <translation>La caja fuerte está abierta en Workbook o en otro programa. Bloquéala o cierra la aplicación, y luego restaura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the vault itself, not a backup of it. Nothing was changed.</source>
        <translation>Esa es la propia caja fuerte, no una copia. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+13"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workbook locks first. The vault you have now is kept, unchanged, beside it (its name ends in “before-restore” and the time), and the backup takes its place. Then unlock with the backup&apos;s passphrase.</source>
        <translation>Primero Workbook se bloquea. La caja fuerte que tienes ahora se conserva, sin cambios, a su lado (su nombre termina en «before-restore» y la hora), y la copia ocupa su lugar. Después desbloquea con la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Backup file</source>
        <translation>Archivo de la copia</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The backup&apos;s passphrase</source>
        <translation>La frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the backup file</source>
        <translation>Elige el archivo de la copia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the backup file.</source>
        <translation>Elige el archivo de la copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña de la copia.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="+88"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work name</source>
        <translation>Nombre de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name on your reports. A stage name is fine.</source>
        <translation>El nombre de tus informes. Un nombre artístico está bien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name (optional)</source>
        <translation>Nombre legal (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed if a claim must carry your legal name. Leave it empty otherwise.</source>
        <translation>Solo hace falta si una reclamación debe llevar tu nombre legal. Si no, déjalo vacío.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a wage in another currency</source>
        <translation>Añadir un salario en otra moneda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Money and time</source>
        <translation>Dinero y tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual currency</source>
        <translation>Moneda habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new day starts at</source>
        <translation>Un día nuevo empieza a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For night work: a shift that starts before this time counts for the day before. Usually 06:00.</source>
        <translation>Para el trabajo nocturno: un turno que empieza antes de esta hora cuenta para el día anterior. Normalmente las 06:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference hourly wage</source>
        <translation>Salario por hora de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minimum or collective-agreement rate. Reports compare what you kept with what an employee would have been owed.</source>
        <translation>Un salario mínimo o de convenio colectivo. Los informes comparan lo que te quedó con lo que se le habría debido a una persona empleada.</translation>
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
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Call the window “Notes” instead of “Workbook”</source>
        <translation>Llamar a la ventana «Notes» en lugar de «Workbook»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and privacy</source>
        <translation>Idioma y privacidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after this long without use</source>
        <translation>Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in real time, so a laptop that slept is locked when it wakes.</source>
        <translation>Se cuenta en tiempo real, así que un portátil que estuvo en reposo se bloquea al despertar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window title</source>
        <translation>Título de la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 locks. %2 hides everything at once: it locks and closes every window. Ctrl+1 to Ctrl+8 open the sections.</source>
        <translation>%1 bloquea. %2 oculta todo de inmediato: bloquea y cierra todas las ventanas. Ctrl+1 a Ctrl+8 abren las secciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your records are encrypted with your passphrase. Nobody can recover it if it is lost.</source>
        <translation>Tus registros están cifrados con tu frase de contraseña. Nadie puede recuperarla si se pierde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a backup now…</source>
        <translation>Hacer una copia de seguridad ahora…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep backups somewhere other than this computer, such as a USB stick.</source>
        <translation>Guarda las copias en otro lugar que no sea este ordenador, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after</source>
        <translation>Recordarme después de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder shows when the last backup is older than this.</source>
        <translation>Aparece un recordatorio cuando la última copia es más antigua que esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the records here with those in a backup. The vault you have now is kept beside it.</source>
        <translation>Cambia los registros de aquí por los de una copia. La caja fuerte que tienes ahora se conserva a su lado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Choose a currency from the list for each wage.</source>
        <translation>Elige una moneda de la lista para cada salario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write each wage as an amount, like 150 or 152,50.</source>
        <translation>Escribe cada salario como un importe, como 150 o 152,50.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the currency and time zone from their lists.</source>
        <translation>Elige la moneda y la zona horaria de sus listas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✓ Saved.</source>
        <translation>✓ Guardado.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>✓ The passphrase is changed.</source>
        <translation>✓ La frase de contraseña está cambiada.</translation>
    </message>
</context>
<context>
    <name>ShiftEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/shift_editor.py" line="+99"/>
        <source>Edit shift</source>
        <translation>Editar turno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a shift</source>
        <translation>Anotar un turno</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+492"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Date the shift started</source>
        <translation>Fecha en que empezó el turno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends &amp;next day</source>
        <translation>Termina al día &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift ends the next day</source>
        <translation>El turno termina al día siguiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours worked</source>
        <translation>Horas trabajadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks in minutes</source>
        <translation>Descansos sin pagar en minutos</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+463"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+459"/>
        <source>Scheduled start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Scheduled start time</source>
        <translation>Hora de inicio prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+456"/>
        <source>Scheduled end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location line="-453"/>
        <source>Scheduled end time</source>
        <translation>Hora de fin prevista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add line (Insert)</source>
        <translation>&amp;Añadir línea (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a money line</source>
        <translation>Añadir un movimiento de dinero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tonight&apos;s money</source>
        <translation>El dinero de esta noche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything worth remembering about this shift</source>
        <translation>Algo que valga la pena recordar de este turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+433"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>A pay slip, a fine notice, the schedule: kept with this shift</source>
        <translation>Una nómina, un aviso de multa, el horario: se guarda con este turno</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Signs of control this shift</source>
        <translation>Señales de control en este turno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter moves to the next field; on the last amount it saves. Ctrl+Enter saves from anywhere.</source>
        <translation>Intro pasa al campo siguiente; en el último importe, guarda. Ctrl+Intro guarda desde cualquier lugar.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save shift</source>
        <translation>Guardar turno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Workplace</source>
        <translation>&amp;Lugar de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role</source>
        <translation>F&amp;unción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Descansos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scheduled (optional)</source>
        <translation>Previsto (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money this shift</source>
        <translation>Dinero de este turno</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add a workplace first (Workplaces page), then log shifts there.</source>
        <translation>Primero añade un lugar de trabajo (página Lugares de trabajo) y luego anota turnos allí.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Ticked for you: the end time is earlier than the start.</source>
        <translation>Marcado automáticamente: la hora de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The end is before the start. If the shift ended after midnight, tick “Ends next day”.</source>
        <translation>El fin es anterior al inicio. Si el turno terminó después de medianoche, marca «Termina al día siguiente».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end is before the start.</source>
        <translation>El fin es anterior al inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked %1</source>
        <translation>Trabajado: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift could not be saved. What you typed is still here.

%1</source>
        <translation>No se pudo guardar el turno. Lo que escribiste sigue aquí.

%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
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
        <translation>Turnos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a shift…</source>
        <translation>Añadir un turno…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search in notes</source>
        <translation>Buscar en notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+1: ends the next day</source>
        <translation>+1: termina al día siguiente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earned minus what the workplace took; below zero means the night ended in debt</source>
        <translation>Ganado menos lo que cobró el lugar de trabajo; por debajo de cero significa que la noche terminó con deuda</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n turno</numerusform>
            <numerusform>%n turnos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shifts match these filters.</source>
        <translation>Ningún turno coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shifts yet. Press “Add a shift…” to log one.</source>
        <translation>Aún no hay turnos. Pulsa «Añadir un turno…» para anotar uno.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shift at %1 on %2</source>
        <translation>Turno en %1 el %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the shift at %1 on %2, %3?</source>
        <translation>¿Borrar el turno en %1 el %2, %3?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n money lines are deleted with it.</source>
        <translation>
            <numerusform>Su movimiento de dinero se borra con él.</numerusform>
            <numerusform>Sus %n movimientos de dinero se borran con él.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+74"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use at least %1 characters; a few unrelated words are easiest to remember.</source>
        <translation>Usa al menos %1 caracteres; unas cuantas palabras sin relación son lo más fácil de recordar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>Demasiado corta: usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: %1. %2</source>
        <translation>Seguridad: %1. %2</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/workbook/ui/tasks.py" line="+234"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+36"/>
        <source>Today</source>
        <extracomment>Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workplace for today&apos;s shift</source>
        <translation>Lugar de trabajo del turno de hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplace</source>
        <translation>&amp;Lugar de trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start shift</source>
        <translation>&amp;Empezar turno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End shift</source>
        <translation>&amp;Terminar turno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add money during the shift</source>
        <translation>Añadir dinero durante el turno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ E&amp;arning</source>
        <translation>+ In&amp;greso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>House &amp;fee</source>
        <translation>Cuota de la &amp;casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tip-out</source>
        <translation>&amp;Reparto de propinas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ine</source>
        <translation>M&amp;ulta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tonight so far</source>
        <translation>Esta noche hasta ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>Cobrado por el lugar de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Te quedó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Money added this shift</source>
        <translation>Dinero añadido en este turno</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+132"/>
        <source>Your last shift</source>
        <translation>Tu último turno</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>E&amp;dit this shift…</source>
        <translation>E&amp;ditar este turno…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Start when you arrive and add fees, fines and tip-outs as they happen; everything is saved at once. Or log a shift afterwards, in one go.</source>
        <translation>Pulsa Empezar al llegar y añade cuotas, multas y repartos de propinas cuando ocurran; todo se guarda al momento. O anota un turno después, de una vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this shift…</source>
        <translation>Olvidar este turno…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log a past shift…</source>
        <translation>&amp;Anotar un turno pasado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record an incident…</source>
        <translation>Anotar un &amp;incidente…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shift saved</source>
        <translation>Turno guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2–%3 at %4: %5 worked.</source>
        <translation>%1, %2–%3 en %4: %5 trabajadas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a workplace on the Workplaces page first; then start shifts here.</source>
        <translation>Primero añade un lugar de trabajo en la página Lugares de trabajo; luego empieza turnos aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on shift.</source>
        <translation>Sin turno ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On shift at %1 since %2 (%3 so far).</source>
        <translation>En turno en %1 desde las %2 (%3 hasta ahora).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept: %1</source>
        <translation>Te quedó: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Forget this shift?</source>
        <translation>¿Olvidar este turno?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift in progress will not be recorded. Money you added stays in your records, without a shift.</source>
        <translation>El turno en curso no se anotará. El dinero que añadiste se queda en tus registros, sin turno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earning</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>Cuota de la casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>Reparto de propinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Multa</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/workbook/ui/unlock.py" line="+119"/>
        <source>Notes</source>
        <extracomment>The worker closed the window (quit the app). Milliseconds per countdown step; tests make it short instead of sleeping.</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I log my work</source>
        <translation>Anoto mi trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I receive reports</source>
        <translation>Recibo informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For union reps: check the reports workers send you and see a workplace&apos;s practices.</source>
        <translation>Para representantes sindicales: comprueba los informes que te envían las personas trabajadoras y mira las prácticas de un lugar de trabajo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember this vault file on this computer</source>
        <translation>Recordar este archivo de caja fuerte en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this is off, nothing on this computer records where the file is.</source>
        <translation>Si está desactivado, nada en este ordenador guarda dónde está el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another vault file…</source>
        <translation>Elegir otro archivo de caja fuerte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault…</source>
        <translation>Crear una caja fuerte nueva…</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+93"/>
        <source>Type your passphrase to open your records.</source>
        <translation>Escribe tu frase de contraseña para abrir tus registros.</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+12"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <location line="+61"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Your records are kept in one encrypted file on this computer. Nothing is sent anywhere. Choose a passphrase to lock the file.</source>
        <translation>Tus registros se guardan en un solo archivo cifrado en este ordenador. No se envía nada a ninguna parte. Elige una frase de contraseña para cerrar el archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Nobody can recover a forgotten passphrase, and there is no reset. Without it, your records cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>⚠ Nadie puede recuperar una frase de contraseña olvidada, y no se puede restablecer. Sin ella, tus registros no se pueden abrir. Anótala y guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>Create vault</source>
        <translation>Crear caja fuerte</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Vault file: %1</source>
        <translation>Archivo de la caja fuerte: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type your passphrase to open the reports you received.</source>
        <translation>Escribe tu frase de contraseña para abrir los informes que recibiste.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is a worker&apos;s vault. Choose “I log my work” to open it.</source>
        <translation>Esta es la caja fuerte de una persona trabajadora. Elige «Anoto mi trabajo» para abrirla.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Vuelve a intentarlo en %n s</numerusform>
            <numerusform>Vuelve a intentarlo en %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring a backup…</source>
        <translation>Restaurando una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>La copia está restaurada. Desbloquea con la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A file with this name already exists. Workbook will not overwrite it; choose another name.</source>
        <translation>Ya existe un archivo con este nombre. Workbook no lo sobrescribirá; elige otro nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a vault file</source>
        <translation>Elige un archivo de caja fuerte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where should the new vault be?</source>
        <translation>¿Dónde quieres la caja fuerte nueva?</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/unsaved.py" line="+99"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have changes that are not saved.</source>
        <translation>Tienes cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard them, or keep editing?</source>
        <translation>¿Los descartas o sigues editando?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>a shift</source>
        <extracomment>How to open each kind of editor on a record id (or ``None`` for a new record).</extracomment>
        <translation>un turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an incident</source>
        <translation>un incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a money line</source>
        <translation>un movimiento de dinero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook locked while you were editing %1. Your changes were kept, encrypted, in this vault. Open them again?</source>
        <translation>Workbook se bloqueó mientras editabas %1. Tus cambios se guardaron, cifrados, en esta caja fuerte. ¿Abrirlos otra vez?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you had added were not kept: add them again.</source>
        <translation>Los archivos que habías añadido no se guardaron: añádelos otra vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open them</source>
        <translation>Abrirlos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw them away</source>
        <translation>Tirarlos</translation>
    </message>
</context>
<context>
    <name>WageRow</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="-332"/>
        <source>Hourly wage</source>
        <translation>Salario por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this wage</source>
        <translation>Quitar este salario</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/workplace_dialog.py" line="+29"/>
        <source>Edit workplace</source>
        <translation>Editar lugar de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workplace</source>
        <translation>Lugar de trabajo nuevo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Archived: I no longer work here (its records stay)</source>
        <translation>Archivado: ya no trabajo aquí (sus registros se quedan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name people use, like the club&apos;s name on the door.</source>
        <translation>El nombre que usa la gente, como el nombre del club en la puerta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, like SE for Sweden.</source>
        <translation>Dos letras, como ES para España.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>Empleador legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim must name the legal employer, which is often not the name on the door. You find it on pay slips, contracts, receipts or in the company register.</source>
        <translation>Una reclamación debe nombrar al empleador legal, que a menudo no es el nombre de la puerta. Lo encuentras en nóminas, contratos, recibos o en el registro mercantil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the workplace a name.</source>
        <translation>Ponle un nombre al lugar de trabajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>Elige una moneda de la lista, como SEK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a time zone from the list.</source>
        <translation>Elige una zona horaria de la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use two letters, like SE.</source>
        <translation>Usa dos letras, como SE.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-28"/>
        <location line="+64"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Hide a workplace you no longer work at from choices; its records stay</source>
        <translation>Ocultar de las opciones un lugar donde ya no trabajas; sus registros se quedan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplaces</source>
        <translation>Lugares de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a workplace…</source>
        <translation>Añadir un lugar de trabajo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search names, cities and employers</source>
        <translation>Buscar en nombres, ciudades y empleadores</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n workplaces</source>
        <translation>
            <numerusform>%n lugar de trabajo</numerusform>
            <numerusform>%n lugares de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No workplaces match.</source>
        <translation>Ningún lugar de trabajo coincide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Add the clubs, agencies or platforms you work for.</source>
        <translation>Aún no hay lugares de trabajo. Añade los clubes, agencias o plataformas para los que trabajas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot delete</source>
        <translation>No se puede borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” still has shifts, money or incidents recorded. Archive it instead: its records stay, and it no longer shows up in choices.</source>
        <translation>«%1» todavía tiene turnos, dinero o incidentes anotados. Archívalo en su lugar: sus registros se quedan y ya no aparece en las opciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the workplace “%1”? Nothing is recorded at it.</source>
        <translation>¿Borrar el lugar de trabajo «%1»? No tiene nada anotado.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+87"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a city, like Stockholm</source>
        <translation>Escribe una ciudad, como Madrid</translation>
    </message>
</context>
</TS>
