"""The evidence report in Spanish: neutral Spanish, read alike in Spain and Latin America.

Numbers are written as in Spain, "7.675,75": a decimal comma, a point between thousands (no
space, so a narrow table column never breaks an amount in two)."""

from __future__ import annotations

from workbook.reports.catalogs import ReportLanguage

WORDS: dict[str, str] = {
    "Wage": "Salario",
    "Stage dances": "Bailes en escenario",
    "Private dances": "Bailes privados",
    "VIP / champagne room": "VIP / sala de champán",
    "Tips": "Propinas",
    "Bookings": "Reservas",
    "Online sales": "Ventas en línea",
    "House fee": "Cuota de la casa",
    "Stage or bar fee": "Cuota de escenario o de barra",
    "Tip-out": "Reparto de propinas",
    "Fine": "Multa",
    "Commission": "Comisión",
    "Agency fee": "Tarifa de agencia",
    "Deposit kept": "Depósito retenido",
    "Costumes": "Vestuario",
    "Transport": "Transporte",
    "Advertising": "Publicidad",
    "Security": "Seguridad",
    "Health": "Salud",
    "Phone": "Teléfono",
    "Other": "Otro",
    "Unpaid wages": "Salarios no pagados",
    "Unlawful deduction or fine": "Descuento o multa ilegal",
    "Forced tip-out": "Reparto de propinas forzado",
    "Unpaid or unsafe hours": "Horas no pagadas o inseguras",
    "No breaks": "Sin descansos",
    "Unsafe conditions": "Condiciones inseguras",
    "Harassment by management": "Acoso por parte de la dirección",
    "Sexual harassment": "Acoso sexual",
    "Assault": "Agresión",
    "Discrimination": "Discriminación",
    "Pressure to cross boundaries": "Presión para cruzar límites",
    "Threats (outing, deportation, dismissal)":
        "Amenazas (revelar su trabajo, deportación, despido)",
    "Documents or money withheld": "Documentos o dinero retenidos",
    "Misclassification": "Clasificación laboral incorrecta",
    "Schedule coercion": "Imposición de horarios",
    "Set schedule": "Horario impuesto",
    "Time off needs approval": "Los días libres necesitan permiso",
    "Dress or appearance rules": "Normas de vestimenta o de aspecto",
    "Workplace sets prices": "El lugar de trabajo fija los precios",
    "Fines": "Multas",
    "Required tip-outs": "Reparto de propinas obligatorio",
    "Quotas (dances, drinks)": "Cuotas (bailes, bebidas)",
    "Can be banned or dismissed": "Se le puede vetar o despedir",
    "Must stay until closing": "Debe quedarse hasta el cierre",
    "Controls music or stage rota": "Controla la música o el turno de escenario",
    "Minor": "Leve",
    "Low": "Bajo",
    "Serious": "Serio",
    "High": "Alto",
    "Grave": "Muy grave",
    "Manager": "Gerente",
    "Owner": "Dueño",
    "Coworker": "Colega",
    "DJ": "DJ",
    "Client": "Cliente",
    "Other person": "Otra persona",
    "Stage": "Escenario",
    "Floor": "Sala",
    "VIP": "VIP",
    "Reception": "Recepción",
    "Booking": "Reservas",
    "Cam": "Cámara",
    "Club": "Club",
    "Agency": "Agencia",
    "Venue": "Local",
    "Online platform": "Plataforma en línea",
    "Independent": "Independiente",
    "involved": "implicado",
    "witness": "testigo",
    "Earning": "Ingreso",
    "Taken by workplace": "Cobrado por el lugar de trabajo",
    "Own expense": "Gasto propio",
    "Cash": "Efectivo",
    "Card": "Tarjeta",
    "Transfer": "Transferencia",
    "App": "App",
    "Full": "Completo",
    "Union": "Sindicato",
    "Totals only": "Solo totales",
    "Profile": "Perfil",
    "Person": "Persona",
    "Evidence report": "Informe de pruebas",
    "Work, pay and deductions, {period}": "Trabajo, pago y descuentos, {period}",
    "Work name": "Nombre de trabajo",
    "Legal name": "Nombre legal",
    "Period": "Período",
    "{start} to {end} (both days included)": "del {start} al {end} (ambos días incluidos)",
    "Generated": "Generado",
    "{when} ({zone})": "{when} ({zone})",
    "Workbook {version}": "Workbook {version}",
    "Report profile": "Perfil del informe",
    "Report fingerprint": "Huella del informe",
    "(none)": "(ninguno)",
    "Nothing is removed. The report shows the legal name, the names of everyone involved and "
    "all notes and descriptions.":
        "No se quita nada. El informe muestra el nombre legal, los nombres de todas las "
        "personas implicadas y todas las notas y descripciones.",
    "The legal name is removed. People are named by role and letter (Manager A, Coworker B); "
    "clients are left out. Notes, titles and descriptions are printed as written.":
        "Se quita el nombre legal. Las personas aparecen por su función y una letra (Gerente A, "
        "Colega B); los clientes no aparecen. Las notas, los títulos y las descripciones se "
        "imprimen tal como se escribieron.",
    "Only figures, dates and categories are shown. No names of people, no notes, titles or "
    "descriptions, no file names and no images.":
        "Solo se muestran cifras, fechas y categorías. Sin nombres de personas, sin notas, "
        "títulos ni descripciones, sin nombres de archivo y sin imágenes.",
    "Workplaces": "Lugares de trabajo",
    "Workplace": "Lugar de trabajo",
    "Kind and place": "Tipo y lugar",
    "Operator (the legal employer)": "Operador (el empleador legal)",
    "Operator: {name}": "Operador: {name}",
    "Registration number: {number}": "Número de registro: {number}",
    "Address: {address}": "Dirección: {address}",
    "Operator not recorded": "Operador no anotado",
    "How to read this report": "Cómo leer este informe",
    "The first pages say in plain words what the record shows. The tables after them give every "
    "figure, and the appendix lists every shift, incident and file, so each figure can be "
    "checked. References such as S-12 (shift), I-3 (incident) and E-4 (file) are the same in "
    "the JSON file that comes with this report.":
        "Las primeras páginas dicen con palabras sencillas lo que muestra el registro. Las "
        "tablas que siguen dan cada cifra, y el anexo enumera cada turno, incidente y archivo, "
        "para que cada cifra se pueda comprobar. Las referencias como S-12 (turno), I-3 "
        "(incidente) y E-4 (archivo) son las mismas en el archivo JSON que acompaña a este "
        "informe.",
    "Notes and descriptions are printed as the worker wrote them. They are not checked or "
    "shortened automatically, so a name written in a note still shows.":
        "Las notas y descripciones se imprimen tal como las escribió la persona trabajadora. No "
        "se revisan ni se acortan automáticamente, así que un nombre escrito en una nota sigue "
        "apareciendo.",
    "The fingerprint is the SHA-256 of the JSON file exported with this report. To check both, "
    "run: {command}":
        "La huella es el SHA-256 del archivo JSON exportado con este informe. Para comprobar "
        "ambos, ejecuta: {command}",
    "Contents": "Contenido",
    "The worker": "La persona trabajadora",
    "Evidence report · {name} · {period} · Profile: {profile}":
        "Informe de pruebas · {name} · {period} · Perfil: {profile}",
    "Page {page} of {pages}": "Página {page} de {pages}",
    "Fingerprint {fingerprint}": "Huella {fingerprint}",
    "Summary": "Resumen",
    "Figures": "Cifras",
    "Nothing was recorded in this period.": "No se anotó nada en este período.",
    "{name} recorded no shifts and no money at {place} in this period.":
        "{name} no anotó turnos ni dinero en {place} en este período.",
    "Between {start} and {end}, {name} worked {shifts} at {place}, {hours} hours in all.":
        "Entre el {start} y el {end}, {name} trabajó {shifts} en {place}, {hours} horas en "
        "total.",
    "{n} shift": "{n} turno",
    "{n} shifts": "{n} turnos",
    "{n} night": "{n} noche",
    "{n} nights": "{n} noches",
    "{n} sign": "{n} señal",
    "{n} signs": "{n} señales",
    "{n} incident": "{n} incidente",
    "{n} incidents": "{n} incidentes",
    " ({percent} of what was earned)": " ({percent} de lo ganado)",
    "{name} earned {gross}. {place} took {taken}{share}: {parts}.":
        "{name} ganó {gross}. {place} se quedó con {taken}{share}: {parts}.",
    "{name} earned {gross}. {place} took nothing that was recorded.":
        "{name} ganó {gross}. {place} no se quedó con nada que se haya anotado.",
    "{name} kept {net}": "A {name} le quedaron {net}",
    ", which is {per} an hour": ", es decir, {per} por hora",
    "{place} took {debt} more than {name} earned: the period ended in debt to the workplace.":
        "{place} se quedó con {debt} más de lo que ganó {name}: el período terminó con una "
        "deuda con el lugar de trabajo.",
    "{place} took more than {name} earned on {nights}; the largest shortfall was {amount}, on "
    "{date} ({ref}).":
        "{place} se quedó con más de lo que ganó {name} en {nights}; la mayor diferencia fue "
        "{amount}, el {date} ({ref}).",
    "At the reference wage of {rate} an hour, an employee would have been paid {wages} for "
    "these hours and would not have paid the {taken} that {place} took: {owed} in all.":
        "Con el salario de referencia de {rate} por hora, a una persona empleada se le habrían "
        "pagado {wages} por estas horas y no habría pagado los {taken} que se quedó {place}: "
        "{owed} en total.",
    "That is {diff} more than {name} kept.": "Eso es {diff} más de lo que le quedó a {name}.",
    "{name} kept {diff} more than that.": "A {name} le quedaron {diff} más que eso.",
    "{name} was at work {before} hours before shifts were scheduled to start and {after} hours "
    "after they were scheduled to end.":
        "{name} estuvo en el trabajo {before} horas antes de la hora prevista de inicio de los "
        "turnos y {after} horas después de la hora prevista de fin.",
    "{name} also paid {amount} in work costs here ({parts}), which leaves {left}.":
        "{name} también pagó {amount} en gastos de trabajo aquí ({parts}), lo que deja {left}.",
    "{fee} from {before} to {after} on {date}": "{fee} de {before} a {after} el {date}",
    " ({n} changes in all)": " ({n} cambios en total)",
    "Fees changed: {changes}{more}.": "Cambios de cuotas: {changes}{more}.",
    "{name} recorded {signs} that {place} controls the work: {list}.":
        "{name} anotó {signs} de que {place} controla el trabajo: {list}.",
    "{name} recorded {incidents} there: {list}.": "{name} anotó {incidents} allí: {list}.",
    "In all, in {currency}: earned {gross}, taken by workplaces {taken}, kept {net}, own work "
    "costs {spent}.":
        "En total, en {currency}: ganado {gross}, cobrado por los lugares de trabajo {taken}, "
        "le quedó {net}, gastos propios de trabajo {spent}.",
    "Amounts in different currencies are never added together or converted.":
        "Los importes en monedas distintas nunca se suman ni se convierten.",
    "{first} and {last}": "{first} y {last}",
    "All, {currency}": "Todos, {currency}",
    "Shifts": "Turnos",
    "Hours worked": "Horas trabajadas",
    "Earned (gross)": "Ganado (bruto)",
    "Taken: {category}": "Cobrado: {category}",
    "Taken by the workplace, in all": "Cobrado por el lugar de trabajo, en total",
    "Share of earnings taken": "Parte de lo ganado que se quedó",
    "Net (kept)": "Neto (le quedó)",
    "Net per hour": "Neto por hora",
    "Own cost: {category}": "Gasto propio: {category}",
    "Own work costs, in all": "Gastos propios de trabajo, en total",
    "Net after own costs": "Neto después de gastos propios",
    "Reference wage per hour": "Salario de referencia por hora",
    "Wages for these hours": "Salario por estas horas",
    "Owed as an employee (wages + all taken)": "Debido como empleado (salario + lo cobrado)",
    "Difference from what was kept": "Diferencia con lo que le quedó",
    "Net is what was earned minus what the workplace took. Hours are real time at work minus "
    "unpaid breaks. Per-hour figures and hours are rounded to two decimals.":
        "El neto es lo ganado menos lo que se quedó el lugar de trabajo. Las horas son el "
        "tiempo real en el trabajo menos los descansos sin pagar. Las cifras por hora y las "
        "horas se redondean a dos decimales.",
    "operated by {name}": "operado por {name}",
    "registration number {number}": "número de registro {number}",
    "Fees and fines": "Cuotas y multas",
    "No deductions were recorded here in this period.":
        "Aquí no se anotaron descuentos en este período.",
    "What {place} took, by kind. A night counts once for each kind, whatever the number of "
    "entries.":
        "Lo que se quedó {place}, por tipo. Una noche cuenta una vez por cada tipo, sea cual "
        "sea el número de anotaciones.",
    "Kind": "Tipo",
    "Nights": "Noches",
    "Total {currency}": "Total {currency}",
    "Usual": "Habitual",
    "Lowest": "Mínimo",
    "Highest": "Máximo",
    "Changes": "Cambios",
    "varies": "varía",
    "When a fee changed": "Cuándo cambió una cuota",
    "First night": "Primera noche",
    "Before": "Antes",
    "After": "Después",
    "Change": "Cambio",
    "{kind}, every night": "{kind}, todas las noches",
    "{kind}: {n} nights; every amount is in the shift log.":
        "{kind}: {n} noches; cada importe está en el registro de turnos.",
    "Signs of control": "Señales de control",
    "No signs of control were recorded here in this period.":
        "Aquí no se anotaron señales de control en este período.",
    "Each time the worker noted that the workplace decided how the work was done, the way an "
    "employer does.":
        "Cada vez que la persona trabajadora anotó que el lugar de trabajo decidía cómo se "
        "hacía el trabajo, como lo hace un empleador.",
    "Sign": "Señal",
    "Times": "Veces",
    "First": "Primera",
    "Last": "Última",
    "Earnings and deductions by month": "Ingresos y descuentos por mes",
    "No money was recorded here in this period.": "Aquí no se anotó dinero en este período.",
    "Earned": "Ganado",
    "Taken by the workplace": "Cobrado por el lugar de trabajo",
    "Amounts in {currency}": "Importes en {currency}",
    "Year": "Año",
    "Month": "Mes",
    "Taken": "Cobrado",
    "Share taken": "Parte cobrada",
    "Kept": "Le quedó",
    "Own costs": "Gastos propios",
    "Nights that ended in debt": "Noches que terminaron con deuda",
    "Shift": "Turno",
    "Date": "Fecha",
    "Net": "Neto",
    "Shift log": "Registro de turnos",
    "Shift log: {place}": "Registro de turnos: {place}",
    "No shifts in this period.": "No hay turnos en este período.",
    "Every shift in the period, in order. Times are the local time at the workplace (+1: ends "
    "the next day). Hours are real time minus unpaid breaks, so a night across a clock change "
    "is an hour shorter or longer. Amounts are in {currency}; net is earned minus everything "
    "taken. Under a shift, in smaller type: its note, and who took or paid each amount.":
        "Cada turno del período, en orden. Las horas son la hora local del lugar de trabajo "
        "(+1: termina al día siguiente). Las horas trabajadas son tiempo real menos descansos "
        "sin pagar, así que una noche con cambio de hora dura una hora menos o más. Los "
        "importes están en {currency}; el neto es lo ganado menos todo lo cobrado. Debajo de un "
        "turno, en letra más pequeña: su nota, y quién cobró o pagó cada importe.",
    "Notes too long for the log, in full.": "Notas demasiado largas para el registro, completas.",
    "(in full after the log)": "(completa después del registro)",
    "Note: {note}": "Nota: {note}",
    "Amounts are in {currency}.": "Los importes están en {currency}.",
    "Ref": "Ref.",
    "Time": "Hora",
    "Break": "Pausa",
    "Hours": "Horas",
    "Other taken": "Otros cobros",
    "Total": "Total",
    "plan {start}–{end}": "previsto {start}–{end}",
    "Shift notes": "Notas de los turnos",
    "Also in {currency}: earned {earned}, taken {taken}.":
        "También en {currency}: ganado {earned}, cobrado {taken}.",
    "Money not tied to a shift": "Dinero no vinculado a un turno",
    "Monthly fees, rent, advertising and other amounts recorded on their own date.":
        "Cuotas mensuales, alquiler, publicidad y otros importes anotados en su propia fecha.",
    "Category": "Categoría",
    "Amount": "Importe",
    "Note": "Nota",
    "Incident log": "Registro de incidentes",
    "No incidents were recorded in this period.": "No se anotaron incidentes en este período.",
    "Every incident in the period, in order, as the worker wrote it.":
        "Cada incidente del período, en orden, tal como lo escribió la persona trabajadora.",
    "What happened": "Qué pasó",
    "Severity": "Gravedad",
    "People": "Personas",
    "Reported to": "Avisado a",
    "Outcome": "Resultado",
    "See also": "Ver también",
    "shift {ref}": "turno {ref}",
    "files {refs}": "archivos {refs}",
    "Exhibits": "Anexos",
    "Every file attached to a shift or incident in this period. The SHA-256 identifies the "
    "original file exactly; a picture shown here may be scaled down.":
        "Cada archivo adjunto a un turno o incidente en este período. El SHA-256 identifica "
        "exactamente el archivo original; una imagen mostrada aquí puede estar reducida.",
    "File and its SHA-256": "Archivo y su SHA-256",
    "Type": "Tipo",
    "Size": "Tamaño",
    "For": "Para",
    "for {ref}": "para {ref}",
    "added {date}": "añadido el {date}",
    "This file could not be shown as a picture.": "Este archivo no se pudo mostrar como imagen.",
    "Record integrity": "Integridad del registro",
    "When each entry was written down, compared with the day it happened. An entry written the "
    "same day is strong evidence; one written much later is still evidence, and says so.":
        "Cuándo se anotó cada entrada, comparado con el día en que pasó. Una entrada anotada el "
        "mismo día es una prueba sólida; una anotada mucho después sigue siendo una prueba, y "
        "lo dice.",
    "Written the same day": "Anotadas el mismo día",
    "Written 1 to 7 days later": "Anotadas de 1 a 7 días después",
    "Written more than 7 days later": "Anotadas más de 7 días después",
    "Written before the day it is about (planned shifts)":
        "Anotadas antes del día al que se refieren (turnos previstos)",
    "Time of writing not known": "Hora de anotación desconocida",
    "All entries": "Todas las entradas",
    "Entries (shifts, money, incidents, signs)": "Entradas (turnos, dinero, incidentes, señales)",
    "Entries": "Entradas",
    "Share": "Parte",
    "Entries written more than 7 days later": "Entradas anotadas más de 7 días después",
    "Entry": "Entrada",
    "Happened": "Pasó",
    "Written": "Anotada",
    "Days later": "Días después",
    "Changes after first writing": "Cambios después de la primera anotación",
    "{n} entries were changed after they were first written. The journal keeps every earlier "
    "version.":
        "{n} entradas se cambiaron después de anotarse por primera vez. El registro de cambios "
        "guarda cada versión anterior.",
    "1 entry was changed after it was first written. The journal keeps the earlier version.":
        "1 entrada se cambió después de anotarse por primera vez. El registro de cambios guarda "
        "la versión anterior.",
    "No entry was changed after it was first written.":
        "Ninguna entrada se cambió después de anotarse por primera vez.",
    "Journal entry": "Entrada del registro de cambios",
    "Record": "Registro",
    "Changed on": "Cambiada el",
    "{n} entry was deleted. Its contents are gone; the journal keeps a row showing that it "
    "existed and when it was deleted.":
        "Se borró {n} entrada. Su contenido ya no existe; el registro de cambios guarda una "
        "fila que muestra que existió y cuándo se borró.",
    "{n} entries were deleted. Their contents are gone; the journal keeps a row for each, "
    "showing that it existed and when it was deleted.":
        "Se borraron {n} entradas. Su contenido ya no existe; el registro de cambios guarda una "
        "fila por cada una, que muestra que existió y cuándo se borró.",
    "No entry was deleted.": "No se borró ninguna entrada.",
    "Journal": "Registro de cambios",
    "Entries in the journal": "Entradas en el registro de cambios",
    "Latest entry's hash": "Hash de la última entrada",
    "Seals shown": "Sellos mostrados",
    "A seal is a short code for the journal at one moment. The worker can send it to a rep or a "
    "friend; a later report whose journal passes through the seal shows that nothing written "
    "before it was changed after it was shared.":
        "Un sello es un código corto del registro de cambios en un momento dado. La persona "
        "trabajadora puede enviarlo a un representante sindical o a alguien de confianza; un "
        "informe posterior cuyo registro pase por el sello muestra que nada de lo anotado antes "
        "se cambió después de compartirlo.",
    "No seal has been shown yet.": "Aún no se ha mostrado ningún sello.",
    "Seal": "Sello",
    "Shown on": "Mostrado el",
    "Changed after a seal was shared": "Cambiado después de compartir un sello",
    "What this proves, and what it does not": "Qué prueba esto y qué no",
    "Every change to the record is written to a journal in which each entry includes a hash of "
    "the one before. Changing or removing an earlier entry breaks the chain, and the JSON file "
    "sent with this report lets anyone check the chain without the worker's files or "
    "passphrase.":
        "Cada cambio del registro se escribe en un registro de cambios en el que cada entrada "
        "incluye un hash de la anterior. Cambiar o quitar una entrada anterior rompe la cadena, "
        "y el archivo JSON enviado con este informe permite a cualquiera comprobar la cadena "
        "sin los archivos ni la frase de contraseña de la persona trabajadora.",
    "The journal detects changes made after a hash or seal left the device and accidental "
    "corruption; it does not prove who wrote an entry or that the device clock was right.":
        "El registro de cambios detecta los cambios hechos después de que un hash o un sello "
        "saliera del dispositivo y los daños accidentales; no prueba quién escribió una entrada "
        "ni que el reloj del dispositivo estuviera bien.",
    "The dates of writing come from the device's clock. Figures in this report are added up "
    "from the entries listed in it; nothing is estimated.":
        "Las fechas de anotación vienen del reloj del dispositivo. Las cifras de este informe "
        "se suman a partir de las entradas que contiene; nada es una estimación.",
    "Note on scripts: Arabic text in this report is printed with unjoined letters in typing "
    "order, because the shaping packages were not installed.":
        "Nota sobre escrituras: el texto árabe de este informe se imprime con letras sin unir y "
        "en el orden en que se escribió, porque no estaban instalados los paquetes de formación "
        "de texto.",
    "Workbook evidence report check": "Comprobación de un informe de pruebas de Workbook",
    "passed": "correcto",
    "FAILED": "FALLÓ",
    "Notes:": "Notas:",
    "If every check passes, this proves:":
        "Si todas las comprobaciones son correctas, esto prueba:",
    "It does not prove:": "No prueba:",
    "Result: all {n} checks passed.": "Resultado: las {n} comprobaciones son correctas.",
    "Result: {failed} of {n} checks FAILED. Do not rely on this report as it is.":
        "Resultado: {failed} de {n} comprobaciones FALLARON. No te fíes de este informe tal "
        "como está.",
    "Report file": "Archivo del informe",
    "Fingerprint": "Huella",
    "PDF": "PDF",
    "Journal chain": "Cadena del registro de cambios",
    "Disclosed values": "Valores revelados",
    "Records shown": "Registros mostrados",
    "Totals": "Totales",
    "Seals the worker was shown": "Sellos mostrados a la persona trabajadora",
    "Seal {code}": "Sello {code}",
    "Full report for {start} to {end}, generated {when} by Workbook {version}":
        "Informe completo del {start} al {end}, generado el {when} por Workbook {version}",
    "Union report for {start} to {end}, generated {when} by Workbook {version}":
        "Informe sindical del {start} al {end}, generado el {when} por Workbook {version}",
    "Totals-only report for {start} to {end}, generated {when} by Workbook {version}":
        "Informe solo de totales del {start} al {end}, generado el {when} por Workbook {version}",
    "{listed}; journal entries {first} to {last}":
        "{listed}; entradas del registro de cambios de la {first} a la {last}",
    "{n} money line": "{n} movimiento de dinero",
    "{n} money lines": "{n} movimientos de dinero",
    "{n} attachment": "{n} adjunto",
    "{n} attachments": "{n} adjuntos",
    "{n} person": "{n} persona",
    "{n} people": "{n} personas",
    "a Workbook evidence report, format version {version}":
        "un informe de pruebas de Workbook, versión de formato {version}",
    "the contents give the fingerprint the file states ({fingerprint})":
        "el contenido da la huella que indica el archivo ({fingerprint})",
    "the PDF carries the same fingerprint: the two were made together":
        "el PDF lleva la misma huella: los dos se hicieron juntos",
    "{n} entries, {first} to {last}, each linked to the one before":
        "{n} entradas, de la {first} a la {last}, cada una enlazada con la anterior",
    "{fields} values of {records} records match their journal digests; every record is shown in "
    "its latest version":
        "{fields} valores de {records} registros coinciden con sus sumas de control del "
        "registro de cambios; cada registro se muestra en su última versión",
    "{n} records are exactly what their disclosed journal values say":
        "{n} registros son exactamente lo que dicen sus valores revelados del registro de "
        "cambios",
    "re-added from the {shifts} shifts and {lines} money lines shown: every figure matches":
        "sumados de nuevo a partir de los {shifts} turnos y {lines} movimientos de dinero "
        "mostrados: cada cifra coincide",
    "the report lists none (the worker has not been shown a seal code yet)":
        "el informe no incluye ninguno (aún no se mostró ningún código de sello a la persona "
        "trabajadora)",
    "the journal passes through {count} (the latest: {code}, shown {when})":
        "el registro de cambios pasa por {count} (el último: {code}, mostrado el {when})",
    "the one listed": "el que aparece",
    "all {n} listed": "los {n} que aparecen",
    "the journal passes through entry {seq} exactly as it was when the seal was shared: nothing "
    "recorded up to then was changed since":
        "el registro de cambios pasa por la entrada {seq} exactamente como estaba cuando se "
        "compartió el sello: nada de lo anotado hasta entonces se ha cambiado desde entonces",
    "the contents no longer give the fingerprint the file states ({stated}; they give "
    "{computed}): the file was changed after it was exported":
        "el contenido ya no da la huella que indica el archivo ({stated}; da {computed}): el "
        "archivo se cambió después de exportarse",
    "the second file is not a PDF": "el segundo archivo no es un PDF",
    "the PDF carries no Workbook fingerprint in its document properties, so it cannot be "
    "matched to this file (another program may have re-saved it); compare the fingerprint at "
    "the foot of its pages with {fingerprint} by eye":
        "el PDF no lleva ninguna huella de Workbook en sus propiedades de documento, así que no "
        "se puede relacionar con este archivo (puede que otro programa lo haya vuelto a "
        "guardar); compara a ojo la huella del pie de sus páginas con {fingerprint}",
    "the PDF carries the fingerprint {found}, not this file's {computed}: they are not from the "
    "same export":
        "el PDF lleva la huella {found}, no la de este archivo, {computed}: no vienen de la "
        "misma exportación",
    "the report lists no journal entries":
        "el informe no incluye ninguna entrada del registro de cambios",
    "entry 1 does not start the journal": "la entrada 1 no es el inicio del registro de cambios",
    "entry {seq} is missing": "falta la entrada {seq}",
    "entry {seq} is out of order": "la entrada {seq} está fuera de orden",
    "entry {seq} does not follow on from entry {before}":
        "la entrada {seq} no sigue a la entrada {before}",
    "entry {seq} was changed after it was written (its hash does not match its contents)":
        "la entrada {seq} se cambió después de escribirse (su hash no coincide con su contenido)",
    "the journal listed ends at entry {last}, but the report names entry {head} as its newest":
        "el registro de cambios incluido termina en la entrada {last}, pero el informe nombra "
        "la entrada {head} como la más reciente",
    "the entries listed do not lead to the hash the report gives for entry {seq}: an entry was "
    "changed, added or left out after it was written":
        "las entradas incluidas no llevan al hash que el informe da para la entrada {seq}: una "
        "entrada se cambió, se añadió o se quitó después de escribirse",
    "{ref}: “{entity}” is not a kind of record": "{ref}: «{entity}» no es un tipo de registro",
    "{ref}: the reference does not match {entity} {id}":
        "{ref}: la referencia no coincide con {entity} {id}",
    "{ref} is disclosed twice": "{ref} se revela dos veces",
    "{ref}: the report gives entries {given} for it, but the journal has {listed}":
        "{ref}: el informe le da las entradas {given}, pero el registro de cambios tiene "
        "{listed}",
    "{ref}: the values shown are not from its latest entry":
        "{ref}: los valores mostrados no son de su última entrada",
    "{ref}: its first entry ({seq}) is not the one that created it":
        "{ref}: su primera entrada ({seq}) no es la que lo creó",
    "{ref} was deleted in entry {seq}": "{ref} se borró en la entrada {seq}",
    "{ref}: the fields disclosed and withheld are not those of entry {seq}":
        "{ref}: los campos mostrados y ocultos no son los de la entrada {seq}",
    "{ref} {key}: the value does not match the digest in entry {seq}":
        "{ref} {key}: el valor no coincide con la suma de control de la entrada {seq}",
    "{ref} {key}: the withheld digest given is not the one in entry {seq}":
        "{ref} {key}: la suma de control retenida no es la de la entrada {seq}",
    "{ref}: the values shown and the digests given do not match entry {seq}":
        "{ref}: los valores mostrados y las sumas de control no coinciden con la entrada {seq}",
    "{ref}: a disclosed value cannot be read ({error})":
        "{ref}: no se puede leer un valor mostrado ({error})",
    "{ref} {key}: only people's names and the people of an incident may be shown as stand-ins":
        "{ref} {key}: solo los nombres de personas y las personas de un incidente pueden "
        "mostrarse con sustitutos",
    "{ref} {key}: it is disclosed, so it cannot be a stand-in":
        "{ref} {key}: se muestra, así que no puede ser un sustituto",
    "{ref} {key}: marked as a stand-in but not shown":
        "{ref} {key}: marcado como sustituto pero no se muestra",
    "{ref} {key}: shown, but the journal values behind it are not disclosed":
        "{ref} {key}: se muestra, pero los valores del registro de cambios que lo respaldan no "
        "se revelan",
    "{ref} {key}: disclosed but left out of the record shown":
        "{ref} {key}: revelado pero omitido en el registro mostrado",
    "{ref} {key}: shown as {shown}, but the journal says {journal}":
        "{ref} {key}: se muestra como {shown}, pero el registro de cambios dice {journal}",
    "the profile is shown but not backed by the journal":
        "el perfil se muestra pero el registro de cambios no lo respalda",
    "{ref}: shown, but not backed by any journal entry":
        "{ref}: se muestra, pero ninguna entrada del registro de cambios lo respalda",
    "{ref}: shown among the {section}, but it is a {entity}":
        "{ref}: se muestra entre {section}, pero es un {entity}",
    "{ref} is shown twice": "{ref} aparece dos veces",
    "{ref}: disclosed but not shown": "{ref}: revelado pero no mostrado",
    "{where}: in one but not the other": "{where}: está en uno pero no en el otro",
    "{label}: in the report's totals, but no record shown belongs to it":
        "{label}: está en los totales del informe, pero ningún registro mostrado pertenece a él",
    "{label}: records shown belong to it, but the report's totals leave it out":
        "{label}: hay registros mostrados que pertenecen a él, pero los totales del informe lo "
        "omiten",
    "{where}: the report lists {said}, the records give {added}":
        "{where}: el informe indica {said}, los registros dan {added}",
    "{where}: the report says {said}, the records shown add up to {added}":
        "{where}: el informe dice {said}, los registros mostrados suman {added}",
    "they cannot be re-added: “{field}” of a shift, money line or workplace is not disclosed":
        "no se pueden volver a sumar: «{field}» de un turno, un movimiento de dinero o un lugar "
        "de trabajo no se revela",
    "they cannot be re-added from the records shown ({error})":
        "no se pueden volver a sumar a partir de los registros mostrados ({error})",
    "{code} is for entry {seq}, outside the journal listed":
        "{code} es para la entrada {seq}, fuera del registro de cambios incluido",
    "{code} (shown {when}) does not match entry {seq}":
        "{code} (mostrado el {when}) no coincide con la entrada {seq}",
    "the seal is for entry {seq}, but this report's journal ends at entry {head}: the seal is "
    "newer than the report, or belongs to other records":
        "el sello es para la entrada {seq}, pero el registro de cambios de este informe termina "
        "en la entrada {head}: el sello es más reciente que el informe, o pertenece a otros "
        "registros",
    "this report's journal starts at entry {first}, after the seal's entry {seq}, so it cannot "
    "show that what was recorded before the seal is unchanged":
        "el registro de cambios de este informe empieza en la entrada {first}, después de la "
        "entrada {seq} del sello, así que no puede mostrar que lo anotado antes del sello no ha "
        "cambiado",
    "entry {seq} is missing from the journal listed":
        "falta la entrada {seq} en el registro de cambios incluido",
    "entry {seq} in this report does not match the seal: what was recorded up to it was changed "
    "after the seal was shared (or the code was mistyped)":
        "la entrada {seq} de este informe no coincide con el sello: lo anotado hasta ella se "
        "cambió después de compartir el sello (o el código se escribió mal)",
    "“{code}” is not a seal code (it looks like 17-K3QF-9ZTA-M2XW-PL7D)":
        "«{code}» no es un código de sello (es algo como 17-K3QF-9ZTA-M2XW-PL7D)",
    "{problems} (and {n} more problems)": "{problems} (y {n} problemas más)",
    "{problems} (and {n} more differences)": "{problems} (y {n} diferencias más)",
    "{problems} (and {n} more seals)": "{problems} (y {n} sellos más)",
    "{where}: must be an object {{ … }}": "{where}: debe ser un objeto {{ … }}",
    "{where}: must be an object {{ … }} or null": "{where}: debe ser un objeto {{ … }} o null",
    "{where}: “{key}” is missing": "{where}: falta «{key}»",
    "{where}: “{key}” is not part of a Workbook report":
        "{where}: «{key}» no forma parte de un informe de Workbook",
    "{where}: must be a whole number": "{where}: debe ser un número entero",
    "{where}: must be text": "{where}: debe ser texto",
    "{where}: must be a list [ … ]": "{where}: debe ser una lista [ … ]",
    "{where}: must be a lower-case hexadecimal hash":
        "{where}: debe ser un hash hexadecimal en minúsculas",
    "{where}: must be a date like 2026-03-28": "{where}: debe ser una fecha como 2026-03-28",
    "{where}: is not a journal entry in canonical form":
        "{where}: no es una entrada del registro de cambios en forma canónica",
    "{where}: must be text: a journal entry as its hash covers it":
        "{where}: debe ser texto: una entrada del registro de cambios tal como la cubre su hash",
    "{where}: is not a journal entry (its metadata in canonical JSON)":
        "{where}: no es una entrada del registro de cambios (sus metadatos en JSON canónico)",
    "{where}: “{value}” is not a reference to a record":
        "{where}: «{value}» no es una referencia a un registro",
    "{where}: “{value}” is not one of: {choices}": "{where}: «{value}» no es uno de: {choices}",
    "{where}: must be one of {choices}": "{where}: debe ser uno de {choices}",
    "the key “{key}” is written twice, so the file can be read two ways":
        "la clave «{key}» está escrita dos veces, así que el archivo se puede leer de dos "
        "maneras",
    "the number {number} has a decimal point; a Workbook report never has one (amounts are text)":
        "el número {number} tiene decimales; un informe de Workbook nunca los tiene (los "
        "importes son texto)",
    "{value} is not a number JSON allows": "{value} no es un número que JSON permita",
    "the file is not UTF-8 text, so it is not a Workbook report":
        "el archivo no es texto UTF-8, así que no es un informe de Workbook",
    "the file is not valid JSON ({error} at line {line}, column {column}), so it is not a "
    "Workbook report":
        "el archivo no es JSON válido ({error} en la línea {line}, columna {column}), así que "
        "no es un informe de Workbook",
    "the file is nested too deeply to be a Workbook report":
        "el archivo está anidado a demasiada profundidad para ser un informe de Workbook",
    "this is a Workbook import file, not an evidence report":
        "este es un archivo de importación de Workbook, no un informe de pruebas",
    "this is not a Workbook evidence report (it has no “report”)":
        "este no es un informe de pruebas de Workbook (no tiene «report»)",
    "report.format: is not “workbook-evidence”: this is not a Workbook evidence report":
        "report.format: no es «workbook-evidence»: este no es un informe de pruebas de Workbook",
    "report.version: is {version}: the report was made by a newer Workbook; this one checks "
    "versions {first} to {last}":
        "report.version: es {version}: el informe lo hizo un Workbook más nuevo; este comprueba "
        "las versiones de la {first} a la {last}",
    "Changed after seal {code} was shared (the report shows the newer version; the journal "
    "keeps the digest of the earlier one): {changed}.":
        "Cambiado después de compartir el sello {code} (el informe muestra la versión más "
        "nueva; el registro de cambios guarda la suma de control de la anterior): {changed}.",
    "{n} records shown were first written after seal {code}; the seal says nothing about them.":
        "{n} registros mostrados se anotaron por primera vez después del sello {code}; el sello "
        "no dice nada sobre ellos.",
    "{n} entries were deleted after seal {code}.":
        "{n} entradas se borraron después del sello {code}.",
    "Shown as stand-ins, not checked against the journal (the real values are withheld; only "
    "their digests are in the file): {which}.":
        "Se muestran con sustitutos, sin comprobar con el registro de cambios (los valores "
        "reales están ocultos; en el archivo solo están sus sumas de control): {which}.",
    "the names of {refs}": "los nombres de {refs}",
    "the people listed in {refs}": "las personas que aparecen en {refs}",
    "the “{key}” of {refs}": "«{key}» de {refs}",
    "{first} and {n} more": "{first} y {n} más",
    "{fields} fields are withheld by the {profile} profile: only their digests are in the file, "
    "so they cannot be read, but the chain still covers them.":
        "El perfil {profile} oculta {fields} campos: en el archivo solo están sus sumas de "
        "control, así que no se pueden leer, pero la cadena los sigue cubriendo.",
    "No seal code was given. Ask the worker for a seal code she sent you earlier, and check "
    "again with --seal CODE: only that shows the records were not rewritten before this report "
    "was made.":
        "No se dio ningún código de sello. Pide a la persona trabajadora un código de sello que "
        "te haya enviado antes y vuelve a comprobar con --seal CÓDIGO: solo eso muestra que los "
        "registros no se reescribieron antes de hacer este informe.",
    "The journal entries listed are linked, each to the one before, up to the newest entry when "
    "the report was made.":
        "Las entradas del registro de cambios incluidas están enlazadas, cada una con la "
        "anterior, hasta la entrada más reciente en el momento de hacer el informe.",
    "Every value shown is what the worker's journal recorded at the entry it names, and each "
    "record is shown in its latest version; earlier versions are listed, so amendments show.":
        "Cada valor mostrado es lo que anotó el registro de cambios de la persona trabajadora "
        "en la entrada que nombra, y cada registro se muestra en su última versión; las "
        "versiones anteriores aparecen, así que los cambios se ven.",
    "The totals add up from the records shown.":
        "Los totales cuadran con los registros mostrados.",
    "With a seal code you received earlier: nothing recorded before that seal was changed after "
    "the seal was shared.":
        "Con un código de sello que recibiste antes: nada de lo anotado antes de ese sello se "
        "cambió después de compartirlo.",
    "With the PDF: the PDF was made together with this file.":
        "Con el PDF: el PDF se hizo junto con este archivo.",
    "Without a seal code received earlier, someone holding the worker's passphrase could have "
    "rewritten the journal before exporting; the checks would still pass.":
        "Sin un código de sello recibido antes, alguien con la frase de contraseña de la "
        "persona trabajadora podría haber reescrito el registro de cambios antes de exportar; "
        "las comprobaciones seguirían siendo correctas.",
    "It does not prove that the report holds every record: the worker chose the period, the "
    "workplaces and the profile, and withheld fields are not shown.":
        "No prueba que el informe contenga todos los registros: la persona trabajadora eligió "
        "el período, los lugares de trabajo y el perfil, y los campos ocultos no se muestran.",
    "Names shown as stand-ins (“Manager A”) are not checked against the journal.":
        "Los nombres mostrados con sustitutos («Gerente A») no se comprueban con el registro de "
        "cambios.",
}

SPANISH = ReportLanguage(
    name="Español",
    words=WORDS,
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"),
    months_short=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov",
                  "dic"),
    weekdays=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    decimal=",",
    group=".",
    percent="{n}\u00a0%",
    day_month="{day} de {month}",
    date_long="{day} de {month} de {year}",
    month_long="{month} de {year}",
    datetime_long="{date}, {hour}:{minute}",
)
