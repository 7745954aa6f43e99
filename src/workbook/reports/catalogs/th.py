"""The evidence report in Thai. Printed with Noto Sans Thai (``resources/fonts``).

Years are given as in the rest of the report (Gregorian, like the ISO dates in the tables), not
in the Buddhist era, so that every date in one document counts the same way."""

from __future__ import annotations

from workbook.reports.catalogs import ReportLanguage

WORDS: dict[str, str] = {
    "Wage": "ค่าจ้าง",
    "Stage dances": "เต้นบนเวที",
    "Private dances": "เต้นส่วนตัว",
    "VIP / champagne room": "VIP / ห้องแชมเปญ",
    "Tips": "ทิป",
    "Bookings": "งานจอง",
    "Online sales": "ขายออนไลน์",
    "House fee": "ค่าธรรมเนียมร้าน",
    "Stage or bar fee": "ค่าเวทีหรือค่าบาร์",
    "Tip-out": "ส่วนแบ่งทิป",
    "Fine": "ค่าปรับ",
    "Commission": "ค่าคอมมิชชัน",
    "Agency fee": "ค่าเอเจนซี",
    "Deposit kept": "เงินมัดจำที่ถูกยึด",
    "Costumes": "ชุด",
    "Transport": "ค่าเดินทาง",
    "Advertising": "โฆษณา",
    "Security": "รักษาความปลอดภัย",
    "Health": "สุขภาพ",
    "Phone": "โทรศัพท์",
    "Other": "อื่นๆ",
    "Unpaid wages": "ค่าจ้างที่ไม่ได้จ่าย",
    "Unlawful deduction or fine": "การหักเงินหรือค่าปรับที่ผิดกฎหมาย",
    "Forced tip-out": "ถูกบังคับแบ่งทิป",
    "Unpaid or unsafe hours": "ชั่วโมงที่ไม่ได้ค่าจ้างหรือไม่ปลอดภัย",
    "No breaks": "ไม่ได้พัก",
    "Unsafe conditions": "สภาพที่ไม่ปลอดภัย",
    "Harassment by management": "การคุกคามจากฝ่ายบริหาร",
    "Sexual harassment": "การคุกคามทางเพศ",
    "Assault": "การทำร้ายร่างกาย",
    "Discrimination": "การเลือกปฏิบัติ",
    "Pressure to cross boundaries": "ถูกกดดันให้ทำเกินขอบเขตของตัวเอง",
    "Threats (outing, deportation, dismissal)": "การข่มขู่ (เปิดเผยงาน ส่งกลับประเทศ ไล่ออก)",
    "Documents or money withheld": "ถูกยึดเอกสารหรือเงิน",
    "Misclassification": "จัดประเภทการจ้างงานผิด",
    "Schedule coercion": "ถูกบังคับเรื่องตารางงาน",
    "Set schedule": "ตารางงานถูกกำหนดให้",
    "Time off needs approval": "วันหยุดต้องขออนุญาต",
    "Dress or appearance rules": "กฎเรื่องการแต่งตัวหรือรูปลักษณ์",
    "Workplace sets prices": "ที่ทำงานกำหนดราคา",
    "Fines": "ค่าปรับ",
    "Required tip-outs": "ต้องแบ่งทิป",
    "Quotas (dances, drinks)": "โควตา (เต้น เครื่องดื่ม)",
    "Can be banned or dismissed": "ถูกห้ามเข้าหรือถูกไล่ออกได้",
    "Must stay until closing": "ต้องอยู่จนปิดร้าน",
    "Controls music or stage rota": "ควบคุมเพลงหรือคิวขึ้นเวที",
    "Minor": "เล็กน้อย",
    "Low": "ต่ำ",
    "Serious": "ร้ายแรง",
    "High": "สูง",
    "Grave": "ร้ายแรงมาก",
    "Manager": "ผู้จัดการ",
    "Owner": "เจ้าของ",
    "Coworker": "เพื่อนร่วมงาน",
    "DJ": "ดีเจ",
    "Client": "ลูกค้า",
    "Other person": "บุคคลอื่น",
    "Stage": "เวที",
    "Floor": "ฟลอร์",
    "VIP": "VIP",
    "Reception": "ต้อนรับ",
    "Booking": "รับจอง",
    "Cam": "กล้อง",
    "Club": "คลับ",
    "Agency": "เอเจนซี",
    "Venue": "สถานที่",
    "Online platform": "แพลตฟอร์มออนไลน์",
    "Independent": "อิสระ",
    "involved": "เกี่ยวข้อง",
    "witness": "พยาน",
    "Earning": "รายได้",
    "Taken by workplace": "ที่ทำงานหักไป",
    "Own expense": "ค่าใช้จ่ายของตัวเอง",
    "Cash": "เงินสด",
    "Card": "บัตร",
    "Transfer": "โอนเงิน",
    "App": "แอป",
    "Full": "ทั้งหมด",
    "Union": "สหภาพ",
    "Totals only": "เฉพาะยอดรวม",
    "Profile": "รูปแบบ",
    "Person": "บุคคล",
    "Evidence report": "รายงานหลักฐาน",
    "Work, pay and deductions, {period}": "งาน ค่าจ้าง และเงินที่ถูกหัก {period}",
    "Work name": "ชื่อที่ใช้ทำงาน",
    "Legal name": "ชื่อตามกฎหมาย",
    "Period": "ช่วงเวลา",
    "{start} to {end} (both days included)": "{start} ถึง {end} (รวมทั้งสองวัน)",
    "Generated": "สร้างเมื่อ",
    "{when} ({zone})": "{when} ({zone})",
    "Workbook {version}": "Workbook {version}",
    "Report profile": "รูปแบบรายงาน",
    "Report fingerprint": "ลายนิ้วมือรายงาน",
    "(none)": "(ไม่มี)",
    "Nothing is removed. The report shows the legal name, the names of everyone involved and "
    "all notes and descriptions.":
        "ไม่ได้ตัดอะไรออก รายงานแสดงชื่อตามกฎหมาย ชื่อของทุกคนที่เกี่ยวข้อง "
        "และหมายเหตุและคำอธิบายทั้งหมด",
    "The legal name is removed. People are named by role and letter (Manager A, Coworker B); "
    "clients are left out. Notes, titles and descriptions are printed as written.":
        "ตัดชื่อตามกฎหมายออก บุคคลแสดงตามบทบาทและตัวอักษร (ผู้จัดการ A, เพื่อนร่วมงาน B) "
        "ไม่แสดงลูกค้า หมายเหตุ หัวข้อ และคำอธิบายพิมพ์ตามที่เขียนไว้",
    "Only figures, dates and categories are shown. No names of people, no notes, titles or "
    "descriptions, no file names and no images.":
        "แสดงเฉพาะตัวเลข วันที่ และหมวด ไม่มีชื่อบุคคล ไม่มีหมายเหตุ หัวข้อ หรือคำอธิบาย "
        "ไม่มีชื่อไฟล์และไม่มีรูปภาพ",
    "Workplaces": "ที่ทำงาน",
    "Workplace": "ที่ทำงาน",
    "Kind and place": "ประเภทและสถานที่",
    "Operator (the legal employer)": "ผู้ประกอบการ (นายจ้างตามกฎหมาย)",
    "Operator: {name}": "ผู้ประกอบการ: {name}",
    "Registration number: {number}": "เลขทะเบียน: {number}",
    "Address: {address}": "ที่อยู่: {address}",
    "Operator not recorded": "ไม่ได้บันทึกผู้ประกอบการ",
    "How to read this report": "วิธีอ่านรายงานนี้",
    "The first pages say in plain words what the record shows. The tables after them give every "
    "figure, and the appendix lists every shift, incident and file, so each figure can be "
    "checked. References such as S-12 (shift), I-3 (incident) and E-4 (file) are the same in "
    "the JSON file that comes with this report.":
        "หน้าแรกๆ บอกด้วยภาษาง่ายๆ ว่าบันทึกแสดงอะไร ตารางหลังจากนั้นให้ตัวเลขทุกตัว "
        "และภาคผนวกระบุทุกกะ เหตุการณ์ และไฟล์ เพื่อให้ตรวจตัวเลขทุกตัวได้ รหัสอ้างอิงเช่น S-12 "
        "(กะ) I-3 (เหตุการณ์) และ E-4 (ไฟล์) ตรงกับในไฟล์ JSON ที่มากับรายงานนี้",
    "Notes and descriptions are printed as the worker wrote them. They are not checked or "
    "shortened automatically, so a name written in a note still shows.":
        "หมายเหตุและคำอธิบายพิมพ์ตามที่คนทำงานเขียนไว้ ไม่ได้ถูกตรวจหรือตัดให้สั้นโดยอัตโนมัติ "
        "ชื่อที่เขียนไว้ในหมายเหตุจึงยังปรากฏอยู่",
    "The fingerprint is the SHA-256 of the JSON file exported with this report. To check both, "
    "run: {command}":
        "ลายนิ้วมือคือค่า SHA-256 ของไฟล์ JSON ที่ส่งออกพร้อมรายงานนี้ ถ้าจะตรวจทั้งสองไฟล์ "
        "ให้รัน: {command}",
    "Contents": "สารบัญ",
    "The worker": "คนทำงาน",
    "Evidence report · {name} · {period} · Profile: {profile}":
        "รายงานหลักฐาน · {name} · {period} · รูปแบบ: {profile}",
    "Page {page} of {pages}": "หน้า {page} จาก {pages}",
    "Fingerprint {fingerprint}": "ลายนิ้วมือ {fingerprint}",
    "Summary": "สรุป",
    "Figures": "ตัวเลข",
    "Nothing was recorded in this period.": "ไม่มีการบันทึกอะไรในช่วงเวลานี้",
    "{name} recorded no shifts and no money at {place} in this period.":
        "{name} ไม่ได้บันทึกกะหรือเงินที่ {place} ในช่วงเวลานี้",
    "Between {start} and {end}, {name} worked {shifts} at {place}, {hours} hours in all.":
        "ระหว่าง {start} ถึง {end} {name} ทำงาน {shifts} ที่ {place} รวม {hours} ชั่วโมง",
    "{n} shift": "{n} กะ",
    "{n} shifts": "{n} กะ",
    "{n} night": "{n} คืน",
    "{n} nights": "{n} คืน",
    "{n} sign": "{n} สัญญาณ",
    "{n} signs": "{n} สัญญาณ",
    "{n} incident": "{n} เหตุการณ์",
    "{n} incidents": "{n} เหตุการณ์",
    " ({percent} of what was earned)": " ({percent} ของรายได้)",
    "{name} earned {gross}. {place} took {taken}{share}: {parts}.":
        "{name} มีรายได้ {gross} {place} หักไป {taken}{share}: {parts}",
    "{name} earned {gross}. {place} took nothing that was recorded.":
        "{name} มีรายได้ {gross} {place} ไม่ได้หักอะไรที่บันทึกไว้",
    "{name} kept {net}": "{name} เหลือ {net}",
    ", which is {per} an hour": " หรือชั่วโมงละ {per}",
    "{place} took {debt} more than {name} earned: the period ended in debt to the workplace.":
        "{place} หักไปมากกว่าที่ {name} ได้ {debt}: ช่วงเวลานี้จบด้วยการติดหนี้ที่ทำงาน",
    "{place} took more than {name} earned on {nights}; the largest shortfall was {amount}, on "
    "{date} ({ref}).":
        "{place} หักไปมากกว่าที่ {name} ได้ใน {nights} ขาดมากที่สุด {amount} เมื่อ {date} "
        "({ref})",
    "At the reference wage of {rate} an hour, an employee would have been paid {wages} for "
    "these hours and would not have paid the {taken} that {place} took: {owed} in all.":
        "ที่ค่าจ้างอ้างอิงชั่วโมงละ {rate} ลูกจ้างจะได้ค่าจ้าง {wages} สำหรับชั่วโมงเหล่านี้ "
        "และจะไม่ต้องจ่าย {taken} ที่ {place} หักไป: รวม {owed}",
    "That is {diff} more than {name} kept.": "มากกว่าที่ {name} เหลือ {diff}",
    "{name} kept {diff} more than that.": "{name} เหลือมากกว่านั้น {diff}",
    "{name} was at work {before} hours before shifts were scheduled to start and {after} hours "
    "after they were scheduled to end.":
        "{name} อยู่ที่ทำงานก่อนเวลาเริ่มกะตามตาราง {before} ชั่วโมง และหลังเวลาจบกะตามตาราง "
        "{after} ชั่วโมง",
    "{name} also paid {amount} in work costs here ({parts}), which leaves {left}.":
        "{name} ยังจ่ายค่าใช้จ่ายในการทำงานที่นี่ {amount} ({parts}) เหลือ {left}",
    "{fee} from {before} to {after} on {date}": "{fee} จาก {before} เป็น {after} เมื่อ {date}",
    " ({n} changes in all)": " (เปลี่ยนทั้งหมด {n} ครั้ง)",
    "Fees changed: {changes}{more}.": "ค่าธรรมเนียมที่เปลี่ยน: {changes}{more}",
    "{name} recorded {signs} that {place} controls the work: {list}.":
        "{name} บันทึก {signs} ว่า {place} ควบคุมการทำงาน: {list}",
    "{name} recorded {incidents} there: {list}.": "{name} บันทึก {incidents} ที่นั่น: {list}",
    "In all, in {currency}: earned {gross}, taken by workplaces {taken}, kept {net}, own work "
    "costs {spent}.":
        "รวมทั้งหมด เป็น {currency}: รายได้ {gross} ที่ทำงานหักไป {taken} เหลือ {net} "
        "ค่าใช้จ่ายในการทำงานของตัวเอง {spent}",
    "Amounts in different currencies are never added together or converted.":
        "จำนวนเงินต่างสกุลจะไม่ถูกรวมกันหรือแปลงค่าเลย",
    "{first} and {last}": "{first} และ {last}",
    "All, {currency}": "ทั้งหมด, {currency}",
    "Shifts": "กะ",
    "Hours worked": "ชั่วโมงที่ทำงาน",
    "Earned (gross)": "รายได้ (ก่อนหัก)",
    "Taken: {category}": "ถูกหัก: {category}",
    "Taken by the workplace, in all": "ที่ทำงานหักไป รวม",
    "Share of earnings taken": "สัดส่วนของรายได้ที่ถูกหัก",
    "Net (kept)": "สุทธิ (เหลือ)",
    "Net per hour": "สุทธิต่อชั่วโมง",
    "Own cost: {category}": "ค่าใช้จ่ายของตัวเอง: {category}",
    "Own work costs, in all": "ค่าใช้จ่ายในการทำงานของตัวเอง รวม",
    "Net after own costs": "สุทธิหลังหักค่าใช้จ่ายของตัวเอง",
    "Reference wage per hour": "ค่าจ้างอ้างอิงต่อชั่วโมง",
    "Wages for these hours": "ค่าจ้างสำหรับชั่วโมงเหล่านี้",
    "Owed as an employee (wages + all taken)": "ที่ลูกจ้างควรได้ (ค่าจ้าง + ทุกอย่างที่ถูกหัก)",
    "Difference from what was kept": "ส่วนต่างจากที่เหลือ",
    "Net is what was earned minus what the workplace took. Hours are real time at work minus "
    "unpaid breaks. Per-hour figures and hours are rounded to two decimals.":
        "สุทธิคือรายได้ลบที่ที่ทำงานหักไป ชั่วโมงคือเวลาจริงที่ทำงานลบเวลาพักที่ไม่ได้ค่าจ้าง "
        "ตัวเลขต่อชั่วโมงและชั่วโมงปัดเป็นทศนิยมสองตำแหน่ง",
    "operated by {name}": "ดำเนินการโดย {name}",
    "registration number {number}": "เลขทะเบียน {number}",
    "Fees and fines": "ค่าธรรมเนียมและค่าปรับ",
    "No deductions were recorded here in this period.":
        "ไม่มีการบันทึกเงินที่ถูกหักที่นี่ในช่วงเวลานี้",
    "What {place} took, by kind. A night counts once for each kind, whatever the number of "
    "entries.":
        "สิ่งที่ {place} หักไป แยกตามประเภท หนึ่งคืนนับครั้งเดียวต่อประเภท ไม่ว่าจะมีกี่รายการ",
    "Kind": "ประเภท",
    "Nights": "คืน",
    "Total {currency}": "รวม {currency}",
    "Usual": "ปกติ",
    "Lowest": "ต่ำสุด",
    "Highest": "สูงสุด",
    "Changes": "เปลี่ยน",
    "varies": "ไม่แน่นอน",
    "When a fee changed": "เมื่อค่าธรรมเนียมเปลี่ยน",
    "First night": "คืนแรก",
    "Before": "ก่อน",
    "After": "หลัง",
    "Change": "ส่วนต่าง",
    "{kind}, every night": "{kind} ทุกคืน",
    "{kind}: {n} nights; every amount is in the shift log.":
        "{kind}: {n} คืน ทุกจำนวนเงินอยู่ในบันทึกกะ",
    "Signs of control": "สัญญาณการควบคุม",
    "No signs of control were recorded here in this period.":
        "ไม่มีการบันทึกสัญญาณการควบคุมที่นี่ในช่วงเวลานี้",
    "Each time the worker noted that the workplace decided how the work was done, the way an "
    "employer does.":
        "ทุกครั้งที่คนทำงานบันทึกว่าที่ทำงานเป็นผู้กำหนดวิธีทำงาน แบบที่นายจ้างทำ",
    "Sign": "สัญญาณ",
    "Times": "จำนวนครั้ง",
    "First": "ครั้งแรก",
    "Last": "ครั้งล่าสุด",
    "Earnings and deductions by month": "รายได้และเงินที่ถูกหักต่อเดือน",
    "No money was recorded here in this period.": "ไม่มีการบันทึกเงินที่นี่ในช่วงเวลานี้",
    "Earned": "รายได้",
    "Taken by the workplace": "ที่ทำงานหักไป",
    "Amounts in {currency}": "จำนวนเงินเป็น {currency}",
    "Year": "ปี",
    "Month": "เดือน",
    "Taken": "ถูกหัก",
    "Share taken": "สัดส่วนที่ถูกหัก",
    "Kept": "เหลือ",
    "Own costs": "ค่าใช้จ่ายของตัวเอง",
    "Nights that ended in debt": "คืนที่จบด้วยการติดหนี้",
    "Shift": "กะ",
    "Date": "วันที่",
    "Net": "สุทธิ",
    "Shift log": "บันทึกกะ",
    "Shift log: {place}": "บันทึกกะ: {place}",
    "No shifts in this period.": "ไม่มีกะในช่วงเวลานี้",
    "Every shift in the period, in order. Times are the local time at the workplace (+1: ends "
    "the next day). Hours are real time minus unpaid breaks, so a night across a clock change "
    "is an hour shorter or longer. Amounts are in {currency}; net is earned minus everything "
    "taken. Under a shift, in smaller type: its note, and who took or paid each amount.":
        "ทุกกะในช่วงเวลานี้ เรียงตามลำดับ เวลาเป็นเวลาท้องถิ่นของที่ทำงาน (+1: จบวันถัดไป) "
        "ชั่วโมงคือเวลาจริงลบเวลาพักที่ไม่ได้ค่าจ้าง "
        "คืนที่มีการปรับเวลาจึงสั้นหรือยาวขึ้นหนึ่งชั่วโมง จำนวนเงินเป็น {currency} "
        "สุทธิคือรายได้ลบทุกอย่างที่ถูกหัก ใต้แต่ละกะ ด้วยตัวอักษรเล็กกว่า: หมายเหตุของกะ "
        "และใครหักหรือจ่ายแต่ละจำนวน",
    "Notes too long for the log, in full.": "หมายเหตุที่ยาวเกินสำหรับบันทึก แบบเต็ม",
    "(in full after the log)": "(แบบเต็มหลังบันทึก)",
    "Note: {note}": "หมายเหตุ: {note}",
    "Amounts are in {currency}.": "จำนวนเงินเป็น {currency}",
    "Ref": "อ้างอิง",
    "Time": "เวลา",
    "Break": "พัก",
    "Hours": "ชั่วโมง",
    "Other taken": "ถูกหักอื่นๆ",
    "Total": "รวม",
    "plan {start}–{end}": "ตามตาราง {start}–{end}",
    "Shift notes": "หมายเหตุของกะ",
    "Also in {currency}: earned {earned}, taken {taken}.":
        "เป็น {currency} ด้วย: รายได้ {earned} ถูกหัก {taken}",
    "Money not tied to a shift": "เงินที่ไม่ผูกกับกะ",
    "Monthly fees, rent, advertising and other amounts recorded on their own date.":
        "ค่าธรรมเนียมรายเดือน ค่าเช่า ค่าโฆษณา และจำนวนเงินอื่นที่บันทึกตามวันที่ของมันเอง",
    "Category": "หมวด",
    "Amount": "จำนวนเงิน",
    "Note": "หมายเหตุ",
    "Incident log": "บันทึกเหตุการณ์",
    "No incidents were recorded in this period.": "ไม่มีการบันทึกเหตุการณ์ในช่วงเวลานี้",
    "Every incident in the period, in order, as the worker wrote it.":
        "ทุกเหตุการณ์ในช่วงเวลานี้ เรียงตามลำดับ ตามที่คนทำงานเขียนไว้",
    "What happened": "เกิดอะไรขึ้น",
    "Severity": "ความร้ายแรง",
    "People": "บุคคล",
    "Reported to": "แจ้งกับ",
    "Outcome": "ผลที่ได้",
    "See also": "ดูเพิ่ม",
    "shift {ref}": "กะ {ref}",
    "files {refs}": "ไฟล์ {refs}",
    "Exhibits": "เอกสารแนบ",
    "Every file attached to a shift or incident in this period. The SHA-256 identifies the "
    "original file exactly; a picture shown here may be scaled down.":
        "ทุกไฟล์ที่แนบกับกะหรือเหตุการณ์ในช่วงเวลานี้ ค่า SHA-256 ระบุไฟล์ต้นฉบับได้ตรงทุกไบต์ "
        "รูปที่แสดงที่นี่อาจถูกย่อ",
    "File and its SHA-256": "ไฟล์และค่า SHA-256",
    "Type": "ประเภท",
    "Size": "ขนาด",
    "For": "สำหรับ",
    "for {ref}": "สำหรับ {ref}",
    "added {date}": "เพิ่มเมื่อ {date}",
    "This file could not be shown as a picture.": "แสดงไฟล์นี้เป็นรูปภาพไม่ได้",
    "Record integrity": "ความครบถ้วนของบันทึก",
    "When each entry was written down, compared with the day it happened. An entry written the "
    "same day is strong evidence; one written much later is still evidence, and says so.":
        "แต่ละรายการถูกบันทึกเมื่อไร เทียบกับวันที่เกิดเรื่อง "
        "รายการที่บันทึกในวันเดียวกันเป็นหลักฐานที่หนักแน่น "
        "รายการที่บันทึกหลังจากนั้นนานก็ยังเป็นหลักฐาน และบอกไว้ตรงๆ",
    "Written the same day": "บันทึกในวันเดียวกัน",
    "Written 1 to 7 days later": "บันทึกหลังจากนั้น 1 ถึง 7 วัน",
    "Written more than 7 days later": "บันทึกหลังจากนั้นเกิน 7 วัน",
    "Written before the day it is about (planned shifts)":
        "บันทึกก่อนวันที่เกี่ยวข้อง (กะที่วางแผนไว้)",
    "Time of writing not known": "ไม่ทราบเวลาที่บันทึก",
    "All entries": "ทุกรายการ",
    "Entries (shifts, money, incidents, signs)": "รายการ (กะ เงิน เหตุการณ์ สัญญาณ)",
    "Entries": "รายการ",
    "Share": "สัดส่วน",
    "Entries written more than 7 days later": "รายการที่บันทึกหลังจากนั้นเกิน 7 วัน",
    "Entry": "รายการ",
    "Happened": "เกิดขึ้น",
    "Written": "บันทึก",
    "Days later": "กี่วันหลังจากนั้น",
    "Changes after first writing": "การแก้ไขหลังบันทึกครั้งแรก",
    "{n} entries were changed after they were first written. The journal keeps every earlier "
    "version.":
        "มี {n} รายการที่ถูกแก้ไขหลังบันทึกครั้งแรก บันทึกการเปลี่ยนแปลงเก็บทุกฉบับก่อนหน้าไว้",
    "1 entry was changed after it was first written. The journal keeps the earlier version.":
        "มี 1 รายการที่ถูกแก้ไขหลังบันทึกครั้งแรก บันทึกการเปลี่ยนแปลงเก็บฉบับก่อนหน้าไว้",
    "No entry was changed after it was first written.": "ไม่มีรายการใดถูกแก้ไขหลังบันทึกครั้งแรก",
    "Journal entry": "รายการในบันทึกการเปลี่ยนแปลง",
    "Record": "บันทึก",
    "Changed on": "แก้ไขเมื่อ",
    "{n} entry was deleted. Its contents are gone; the journal keeps a row showing that it "
    "existed and when it was deleted.":
        "มี {n} รายการถูกลบ เนื้อหาหายไปแล้ว "
        "บันทึกการเปลี่ยนแปลงเก็บแถวที่แสดงว่าเคยมีอยู่และถูกลบเมื่อไร",
    "{n} entries were deleted. Their contents are gone; the journal keeps a row for each, "
    "showing that it existed and when it was deleted.":
        "มี {n} รายการถูกลบ เนื้อหาหายไปแล้ว บันทึกการเปลี่ยนแปลงเก็บแถวของแต่ละรายการ "
        "ที่แสดงว่าเคยมีอยู่และถูกลบเมื่อไร",
    "No entry was deleted.": "ไม่มีรายการใดถูกลบ",
    "Journal": "บันทึกการเปลี่ยนแปลง",
    "Entries in the journal": "รายการในบันทึกการเปลี่ยนแปลง",
    "Latest entry's hash": "แฮชของรายการล่าสุด",
    "Seals shown": "ตราประทับที่แสดงแล้ว",
    "A seal is a short code for the journal at one moment. The worker can send it to a rep or a "
    "friend; a later report whose journal passes through the seal shows that nothing written "
    "before it was changed after it was shared.":
        "ตราประทับคือรหัสสั้นๆ ของบันทึกการเปลี่ยนแปลง ณ ช่วงเวลาหนึ่ง "
        "คนทำงานส่งให้ตัวแทนสหภาพหรือคนที่ไว้ใจได้ "
        "รายงานฉบับหลังที่บันทึกผ่านตราประทับนั้นแสดงว่าไม่มีอะไรที่บันทึกก่อนหน้าถูกแก้ไขหลังจากที่แชร์ไป",
    "No seal has been shown yet.": "ยังไม่เคยแสดงตราประทับ",
    "Seal": "ตราประทับ",
    "Shown on": "แสดงเมื่อ",
    "Changed after a seal was shared": "แก้ไขหลังแชร์ตราประทับ",
    "What this proves, and what it does not": "สิ่งนี้พิสูจน์อะไร และไม่ได้พิสูจน์อะไร",
    "Every change to the record is written to a journal in which each entry includes a hash of "
    "the one before. Changing or removing an earlier entry breaks the chain, and the JSON file "
    "sent with this report lets anyone check the chain without the worker's files or "
    "passphrase.":
        "ทุกการเปลี่ยนแปลงของบันทึกถูกเขียนลงบันทึกการเปลี่ยนแปลง "
        "ซึ่งแต่ละรายการมีค่าแฮชของรายการก่อนหน้า การแก้หรือลบรายการก่อนหน้าจะทำให้โซ่ขาด "
        "และไฟล์ JSON ที่ส่งมากับรายงานนี้ทำให้ใครก็ตรวจโซ่ได้ "
        "โดยไม่ต้องมีไฟล์หรือรหัสผ่านของคนทำงาน",
    "The journal detects changes made after a hash or seal left the device and accidental "
    "corruption; it does not prove who wrote an entry or that the device clock was right.":
        "บันทึกการเปลี่ยนแปลงตรวจพบการแก้ไขที่ทำหลังจากแฮชหรือตราประทับออกจากอุปกรณ์ไปแล้ว "
        "และความเสียหายโดยไม่ตั้งใจ แต่ไม่ได้พิสูจน์ว่าใครเขียนรายการ "
        "หรือว่านาฬิกาของอุปกรณ์ถูกต้อง",
    "The dates of writing come from the device's clock. Figures in this report are added up "
    "from the entries listed in it; nothing is estimated.":
        "วันที่บันทึกมาจากนาฬิกาของอุปกรณ์ ตัวเลขในรายงานนี้รวมจากรายการที่แสดงในรายงาน "
        "ไม่มีการประมาณ",
    "Note on scripts: Arabic text in this report is printed with unjoined letters in typing "
    "order, because the shaping packages were not installed.":
        "หมายเหตุเรื่องตัวอักษร: "
        "ข้อความภาษาอาหรับในรายงานนี้พิมพ์ด้วยตัวอักษรที่ไม่เชื่อมกันตามลำดับที่พิมพ์ "
        "เพราะไม่ได้ติดตั้งแพ็กเกจจัดรูปตัวอักษร",
    "Workbook evidence report check": "การตรวจรายงานหลักฐานของ Workbook",
    "passed": "ผ่าน",
    "FAILED": "ไม่ผ่าน",
    "Notes:": "หมายเหตุ:",
    "If every check passes, this proves:": "ถ้าผ่านการตรวจทุกข้อ สิ่งนี้พิสูจน์ว่า:",
    "It does not prove:": "สิ่งที่ไม่ได้พิสูจน์:",
    "Result: all {n} checks passed.": "ผล: ผ่านการตรวจทั้ง {n} ข้อ",
    "Result: {failed} of {n} checks FAILED. Do not rely on this report as it is.":
        "ผล: ไม่ผ่าน {failed} จาก {n} ข้อ อย่าเชื่อรายงานนี้ตามที่เป็นอยู่",
    "Report file": "ไฟล์รายงาน",
    "Fingerprint": "ลายนิ้วมือ",
    "PDF": "PDF",
    "Journal chain": "โซ่ของบันทึกการเปลี่ยนแปลง",
    "Disclosed values": "ค่าที่เปิดเผย",
    "Records shown": "บันทึกที่แสดง",
    "Totals": "ยอดรวม",
    "Seals the worker was shown": "ตราประทับที่คนทำงานเคยได้เห็น",
    "Seal {code}": "ตราประทับ {code}",
    "Full report for {start} to {end}, generated {when} by Workbook {version}":
        "รายงานแบบทั้งหมด ตั้งแต่ {start} ถึง {end} สร้างเมื่อ {when} โดย Workbook {version}",
    "Union report for {start} to {end}, generated {when} by Workbook {version}":
        "รายงานสำหรับสหภาพ ตั้งแต่ {start} ถึง {end} สร้างเมื่อ {when} โดย Workbook {version}",
    "Totals-only report for {start} to {end}, generated {when} by Workbook {version}":
        "รายงานเฉพาะยอดรวม ตั้งแต่ {start} ถึง {end} สร้างเมื่อ {when} โดย Workbook {version}",
    "{listed}; journal entries {first} to {last}":
        "{listed}; รายการในบันทึกการเปลี่ยนแปลงที่ {first} ถึง {last}",
    "{n} money line": "{n} รายการเงิน",
    "{n} money lines": "{n} รายการเงิน",
    "{n} attachment": "{n} ไฟล์แนบ",
    "{n} attachments": "{n} ไฟล์แนบ",
    "{n} person": "{n} คน",
    "{n} people": "{n} คน",
    "a Workbook evidence report, format version {version}":
        "รายงานหลักฐานของ Workbook รูปแบบไฟล์รุ่น {version}",
    "the contents give the fingerprint the file states ({fingerprint})":
        "เนื้อหาให้ลายนิ้วมือตรงกับที่ไฟล์ระบุ ({fingerprint})",
    "the PDF carries the same fingerprint: the two were made together":
        "PDF มีลายนิ้วมือเดียวกัน: ทั้งสองไฟล์สร้างมาด้วยกัน",
    "{n} entries, {first} to {last}, each linked to the one before":
        "{n} รายการ ตั้งแต่ {first} ถึง {last} แต่ละรายการเชื่อมกับรายการก่อนหน้า",
    "{fields} values of {records} records match their journal digests; every record is shown in "
    "its latest version":
        "ค่า {fields} ค่าของบันทึก {records} รายการตรงกับค่าตรวจสอบในบันทึกการเปลี่ยนแปลง "
        "และทุกบันทึกแสดงเป็นฉบับล่าสุด",
    "{n} records are exactly what their disclosed journal values say":
        "บันทึก {n} รายการตรงทุกอย่างกับค่าที่เปิดเผยในบันทึกการเปลี่ยนแปลง",
    "re-added from the {shifts} shifts and {lines} money lines shown: every figure matches":
        "รวมใหม่จาก {shifts} กะ และ {lines} รายการเงินที่แสดง: ตัวเลขตรงกันทุกตัว",
    "the report lists none (the worker has not been shown a seal code yet)":
        "รายงานไม่มีรายการนี้ (คนทำงานยังไม่เคยได้เห็นรหัสตราประทับ)",
    "the journal passes through {count} (the latest: {code}, shown {when})":
        "บันทึกการเปลี่ยนแปลงผ่าน {count} (ล่าสุด: {code} แสดงเมื่อ {when})",
    "the one listed": "อันที่ระบุไว้",
    "all {n} listed": "ทั้ง {n} อันที่ระบุไว้",
    "the journal passes through entry {seq} exactly as it was when the seal was shared: nothing "
    "recorded up to then was changed since":
        "บันทึกการเปลี่ยนแปลงผ่านรายการที่ {seq} ตรงตามตอนที่แชร์ตราประทับ: "
        "ไม่มีอะไรที่บันทึกไว้จนถึงตอนนั้นถูกแก้ไขหลังจากนั้น",
    "the contents no longer give the fingerprint the file states ({stated}; they give "
    "{computed}): the file was changed after it was exported":
        "เนื้อหาไม่ได้ให้ลายนิ้วมือตามที่ไฟล์ระบุแล้ว ({stated} แต่ได้ {computed}): "
        "ไฟล์ถูกแก้ไขหลังส่งออก",
    "the second file is not a PDF": "ไฟล์ที่สองไม่ใช่ PDF",
    "the PDF carries no Workbook fingerprint in its document properties, so it cannot be "
    "matched to this file (another program may have re-saved it); compare the fingerprint at "
    "the foot of its pages with {fingerprint} by eye":
        "PDF ไม่มีลายนิ้วมือของ Workbook ในคุณสมบัติเอกสาร จึงจับคู่กับไฟล์นี้ไม่ได้ "
        "(โปรแกรมอื่นอาจบันทึกซ้ำไว้) ให้เทียบลายนิ้วมือท้ายหน้ากับ {fingerprint} ด้วยตา",
    "the PDF carries the fingerprint {found}, not this file's {computed}: they are not from the "
    "same export":
        "PDF มีลายนิ้วมือ {found} ไม่ใช่ {computed} ของไฟล์นี้: "
        "ไม่ได้มาจากการส่งออกครั้งเดียวกัน",
    "the report lists no journal entries": "รายงานไม่มีรายการในบันทึกการเปลี่ยนแปลง",
    "entry 1 does not start the journal": "รายการที่ 1 ไม่ใช่จุดเริ่มของบันทึกการเปลี่ยนแปลง",
    "entry {seq} is missing": "รายการที่ {seq} หายไป",
    "entry {seq} is out of order": "รายการที่ {seq} อยู่ผิดลำดับ",
    "entry {seq} does not follow on from entry {before}":
        "รายการที่ {seq} ไม่ได้ต่อจากรายการที่ {before}",
    "entry {seq} was changed after it was written (its hash does not match its contents)":
        "รายการที่ {seq} ถูกแก้ไขหลังจากเขียน (ค่าแฮชไม่ตรงกับเนื้อหา)",
    "the journal listed ends at entry {last}, but the report names entry {head} as its newest":
        "บันทึกการเปลี่ยนแปลงที่ระบุจบที่รายการที่ {last} แต่รายงานบอกว่ารายการล่าสุดคือ {head}",
    "the entries listed do not lead to the hash the report gives for entry {seq}: an entry was "
    "changed, added or left out after it was written":
        "รายการที่ระบุไม่นำไปสู่ค่าแฮชที่รายงานให้ไว้สำหรับรายการที่ {seq}: มีรายการถูกแก้ "
        "เพิ่ม หรือตัดออกหลังจากเขียน",
    "{ref}: “{entity}” is not a kind of record": "{ref}: “{entity}” ไม่ใช่ประเภทของบันทึก",
    "{ref}: the reference does not match {entity} {id}":
        "{ref}: รหัสอ้างอิงไม่ตรงกับ {entity} {id}",
    "{ref} is disclosed twice": "{ref} ถูกเปิดเผยสองครั้ง",
    "{ref}: the report gives entries {given} for it, but the journal has {listed}":
        "{ref}: รายงานระบุรายการ {given} แต่บันทึกการเปลี่ยนแปลงมี {listed}",
    "{ref}: the values shown are not from its latest entry":
        "{ref}: ค่าที่แสดงไม่ได้มาจากรายการล่าสุด",
    "{ref}: its first entry ({seq}) is not the one that created it":
        "{ref}: รายการแรก ({seq}) ไม่ใช่รายการที่สร้างมันขึ้นมา",
    "{ref} was deleted in entry {seq}": "{ref} ถูกลบในรายการที่ {seq}",
    "{ref}: the fields disclosed and withheld are not those of entry {seq}":
        "{ref}: ช่องที่เปิดเผยและที่ปิดไว้ไม่ตรงกับของรายการที่ {seq}",
    "{ref} {key}: the value does not match the digest in entry {seq}":
        "{ref} {key}: ค่าไม่ตรงกับค่าตรวจสอบในรายการที่ {seq}",
    "{ref} {key}: the withheld digest given is not the one in entry {seq}":
        "{ref} {key}: ค่าตรวจสอบที่ไม่เปิดเผยไม่ใช่ค่าในรายการที่ {seq}",
    "{ref}: the values shown and the digests given do not match entry {seq}":
        "{ref}: ค่าที่แสดงและค่าตรวจสอบไม่ตรงกับรายการที่ {seq}",
    "{ref}: a disclosed value cannot be read ({error})":
        "{ref}: อ่านค่าที่เปิดเผยไม่ได้ ({error})",
    "{ref} {key}: only people's names and the people of an incident may be shown as stand-ins":
        "{ref} {key}: เฉพาะชื่อบุคคลและบุคคลในเหตุการณ์เท่านั้นที่แสดงเป็นชื่อแทนได้",
    "{ref} {key}: it is disclosed, so it cannot be a stand-in":
        "{ref} {key}: ค่านี้เปิดเผยอยู่ จึงเป็นชื่อแทนไม่ได้",
    "{ref} {key}: marked as a stand-in but not shown":
        "{ref} {key}: ทำเครื่องหมายว่าเป็นชื่อแทนแต่ไม่ได้แสดง",
    "{ref} {key}: shown, but the journal values behind it are not disclosed":
        "{ref} {key}: แสดงอยู่ แต่ค่าในบันทึกการเปลี่ยนแปลงที่รองรับไม่ได้เปิดเผย",
    "{ref} {key}: disclosed but left out of the record shown":
        "{ref} {key}: เปิดเผยแล้วแต่ไม่ได้อยู่ในบันทึกที่แสดง",
    "{ref} {key}: shown as {shown}, but the journal says {journal}":
        "{ref} {key}: แสดงเป็น {shown} แต่บันทึกการเปลี่ยนแปลงระบุว่า {journal}",
    "the profile is shown but not backed by the journal":
        "แสดงข้อมูลโปรไฟล์ แต่บันทึกการเปลี่ยนแปลงไม่รองรับ",
    "{ref}: shown, but not backed by any journal entry":
        "{ref}: แสดงอยู่ แต่ไม่มีรายการในบันทึกการเปลี่ยนแปลงรองรับ",
    "{ref}: shown among the {section}, but it is a {entity}":
        "{ref}: แสดงอยู่ใน {section} แต่เป็น {entity}",
    "{ref} is shown twice": "{ref} แสดงสองครั้ง",
    "{ref}: disclosed but not shown": "{ref}: เปิดเผยแล้วแต่ไม่ได้แสดง",
    "{where}: in one but not the other": "{where}: มีในอันหนึ่งแต่ไม่มีในอีกอัน",
    "{label}: in the report's totals, but no record shown belongs to it":
        "{label}: อยู่ในยอดรวมของรายงาน แต่ไม่มีบันทึกที่แสดงอันไหนเป็นของมัน",
    "{label}: records shown belong to it, but the report's totals leave it out":
        "{label}: มีบันทึกที่แสดงเป็นของมัน แต่ยอดรวมของรายงานไม่ได้รวมไว้",
    "{where}: the report lists {said}, the records give {added}":
        "{where}: รายงานระบุ {said} แต่บันทึกให้ {added}",
    "{where}: the report says {said}, the records shown add up to {added}":
        "{where}: รายงานบอกว่า {said} แต่บันทึกที่แสดงรวมได้ {added}",
    "they cannot be re-added: “{field}” of a shift, money line or workplace is not disclosed":
        "รวมใหม่ไม่ได้: “{field}” ของกะ รายการเงิน หรือที่ทำงานไม่ได้เปิดเผย",
    "they cannot be re-added from the records shown ({error})":
        "รวมใหม่จากบันทึกที่แสดงไม่ได้ ({error})",
    "{code} is for entry {seq}, outside the journal listed":
        "{code} เป็นของรายการที่ {seq} ซึ่งอยู่นอกบันทึกการเปลี่ยนแปลงที่ระบุ",
    "{code} (shown {when}) does not match entry {seq}":
        "{code} (แสดงเมื่อ {when}) ไม่ตรงกับรายการที่ {seq}",
    "the seal is for entry {seq}, but this report's journal ends at entry {head}: the seal is "
    "newer than the report, or belongs to other records":
        "ตราประทับเป็นของรายการที่ {seq} แต่บันทึกการเปลี่ยนแปลงของรายงานนี้จบที่รายการที่ "
        "{head}: ตราประทับใหม่กว่ารายงาน หรือเป็นของบันทึกชุดอื่น",
    "this report's journal starts at entry {first}, after the seal's entry {seq}, so it cannot "
    "show that what was recorded before the seal is unchanged":
        "บันทึกการเปลี่ยนแปลงของรายงานนี้เริ่มที่รายการที่ {first} หลังรายการที่ {seq} "
        "ของตราประทับ จึงแสดงไม่ได้ว่าสิ่งที่บันทึกก่อนตราประทับไม่ได้เปลี่ยน",
    "entry {seq} is missing from the journal listed":
        "รายการที่ {seq} ไม่อยู่ในบันทึกการเปลี่ยนแปลงที่ระบุ",
    "entry {seq} in this report does not match the seal: what was recorded up to it was changed "
    "after the seal was shared (or the code was mistyped)":
        "รายการที่ {seq} ในรายงานนี้ไม่ตรงกับตราประทับ: "
        "สิ่งที่บันทึกไว้จนถึงรายการนั้นถูกแก้ไขหลังแชร์ตราประทับ (หรือพิมพ์รหัสผิด)",
    "“{code}” is not a seal code (it looks like 17-K3QF-9ZTA-M2XW-PL7D)":
        "“{code}” ไม่ใช่รหัสตราประทับ (รหัสหน้าตาแบบนี้ 17-K3QF-9ZTA-M2XW-PL7D)",
    "{problems} (and {n} more problems)": "{problems} (และปัญหาอีก {n} ข้อ)",
    "{problems} (and {n} more differences)": "{problems} (และความต่างอีก {n} ข้อ)",
    "{problems} (and {n} more seals)": "{problems} (และตราประทับอีก {n} อัน)",
    "{where}: must be an object {{ … }}": "{where}: ต้องเป็นออบเจ็กต์ {{ … }}",
    "{where}: must be an object {{ … }} or null": "{where}: ต้องเป็นออบเจ็กต์ {{ … }} หรือ null",
    "{where}: “{key}” is missing": "{where}: ไม่มี “{key}”",
    "{where}: “{key}” is not part of a Workbook report":
        "{where}: “{key}” ไม่ใช่ส่วนหนึ่งของรายงาน Workbook",
    "{where}: must be a whole number": "{where}: ต้องเป็นจำนวนเต็ม",
    "{where}: must be text": "{where}: ต้องเป็นข้อความ",
    "{where}: must be a list [ … ]": "{where}: ต้องเป็นรายการ [ … ]",
    "{where}: must be a lower-case hexadecimal hash":
        "{where}: ต้องเป็นค่าแฮชเลขฐานสิบหกตัวพิมพ์เล็ก",
    "{where}: must be a date like 2026-03-28": "{where}: ต้องเป็นวันที่ เช่น 2026-03-28",
    "{where}: is not a journal entry in canonical form":
        "{where}: ไม่ใช่รายการในบันทึกการเปลี่ยนแปลงในรูปแบบมาตรฐาน",
    "{where}: must be text: a journal entry as its hash covers it":
        "{where}: ต้องเป็นข้อความ: รายการในบันทึกการเปลี่ยนแปลงตามที่ค่าแฮชครอบคลุม",
    "{where}: is not a journal entry (its metadata in canonical JSON)":
        "{where}: ไม่ใช่รายการในบันทึกการเปลี่ยนแปลง (เมทาดาทาใน JSON รูปแบบมาตรฐาน)",
    "{where}: “{value}” is not a reference to a record":
        "{where}: “{value}” ไม่ใช่รหัสอ้างอิงของบันทึก",
    "{where}: “{value}” is not one of: {choices}": "{where}: “{value}” ไม่ใช่หนึ่งใน: {choices}",
    "{where}: must be one of {choices}": "{where}: ต้องเป็นหนึ่งใน {choices}",
    "the key “{key}” is written twice, so the file can be read two ways":
        "คีย์ “{key}” ถูกเขียนสองครั้ง ไฟล์จึงอ่านได้สองแบบ",
    "the number {number} has a decimal point; a Workbook report never has one (amounts are text)":
        "ตัวเลข {number} มีจุดทศนิยม ซึ่งรายงาน Workbook ไม่เคยมี (จำนวนเงินเป็นข้อความ)",
    "{value} is not a number JSON allows": "{value} ไม่ใช่ตัวเลขที่ JSON ยอมรับ",
    "the file is not UTF-8 text, so it is not a Workbook report":
        "ไฟล์ไม่ใช่ข้อความ UTF-8 จึงไม่ใช่รายงาน Workbook",
    "the file is not valid JSON ({error} at line {line}, column {column}), so it is not a "
    "Workbook report":
        "ไฟล์ไม่ใช่ JSON ที่ถูกต้อง ({error} ที่บรรทัด {line} คอลัมน์ {column}) จึงไม่ใช่รายงาน "
        "Workbook",
    "the file is nested too deeply to be a Workbook report":
        "ไฟล์ซ้อนกันลึกเกินกว่าจะเป็นรายงาน Workbook",
    "this is a Workbook import file, not an evidence report":
        "นี่คือไฟล์นำเข้าของ Workbook ไม่ใช่รายงานหลักฐาน",
    "this is not a Workbook evidence report (it has no “report”)":
        "นี่ไม่ใช่รายงานหลักฐานของ Workbook (ไม่มี “report”)",
    "report.format: is not “workbook-evidence”: this is not a Workbook evidence report":
        "report.format: ไม่ใช่ “workbook-evidence”: นี่ไม่ใช่รายงานหลักฐานของ Workbook",
    "report.version: is {version}: the report was made by a newer Workbook; this one checks "
    "versions {first} to {last}":
        "report.version: เป็น {version}: รายงานสร้างด้วย Workbook รุ่นใหม่กว่า "
        "รุ่นนี้ตรวจได้รุ่น {first} ถึง {last}",
    "Changed after seal {code} was shared (the report shows the newer version; the journal "
    "keeps the digest of the earlier one): {changed}.":
        "แก้ไขหลังแชร์ตราประทับ {code} (รายงานแสดงฉบับใหม่กว่า "
        "บันทึกการเปลี่ยนแปลงเก็บค่าตรวจสอบของฉบับก่อน): {changed}",
    "{n} records shown were first written after seal {code}; the seal says nothing about them.":
        "บันทึกที่แสดง {n} รายการถูกเขียนครั้งแรกหลังตราประทับ {code} "
        "ตราประทับจึงไม่ได้บอกอะไรเกี่ยวกับบันทึกเหล่านี้",
    "{n} entries were deleted after seal {code}.": "มี {n} รายการถูกลบหลังตราประทับ {code}",
    "Shown as stand-ins, not checked against the journal (the real values are withheld; only "
    "their digests are in the file): {which}.":
        "แสดงเป็นชื่อแทน ไม่ได้ตรวจกับบันทึกการเปลี่ยนแปลง (ค่าจริงถูกปิดไว้ "
        "ในไฟล์มีแค่ค่าตรวจสอบ): {which}",
    "the names of {refs}": "ชื่อของ {refs}",
    "the people listed in {refs}": "บุคคลที่ระบุใน {refs}",
    "the “{key}” of {refs}": "“{key}” ของ {refs}",
    "{first} and {n} more": "{first} และอีก {n}",
    "{fields} fields are withheld by the {profile} profile: only their digests are in the file, "
    "so they cannot be read, but the chain still covers them.":
        "รูปแบบ {profile} ปิด {fields} ช่องไว้: ในไฟล์มีแค่ค่าตรวจสอบ จึงอ่านไม่ได้ "
        "แต่โซ่ยังครอบคลุมอยู่",
    "No seal code was given. Ask the worker for a seal code she sent you earlier, and check "
    "again with --seal CODE: only that shows the records were not rewritten before this report "
    "was made.":
        "ไม่ได้ให้รหัสตราประทับ ขอรหัสตราประทับที่คนทำงานเคยส่งให้คุณ แล้วตรวจอีกครั้งด้วย "
        "--seal รหัส: มีแต่วิธีนี้ที่แสดงว่าบันทึกไม่ได้ถูกเขียนใหม่ก่อนสร้างรายงานนี้",
    "The journal entries listed are linked, each to the one before, up to the newest entry when "
    "the report was made.":
        "รายการในบันทึกการเปลี่ยนแปลงที่ระบุเชื่อมต่อกัน แต่ละรายการกับรายการก่อนหน้า "
        "จนถึงรายการล่าสุดตอนสร้างรายงาน",
    "Every value shown is what the worker's journal recorded at the entry it names, and each "
    "record is shown in its latest version; earlier versions are listed, so amendments show.":
        "ทุกค่าที่แสดงคือสิ่งที่บันทึกการเปลี่ยนแปลงของคนทำงานบันทึกไว้ในรายการที่ระบุ "
        "และทุกบันทึกแสดงเป็นฉบับล่าสุด ฉบับก่อนหน้าถูกระบุไว้ จึงเห็นการแก้ไข",
    "The totals add up from the records shown.": "ยอดรวมตรงกับบันทึกที่แสดง",
    "With a seal code you received earlier: nothing recorded before that seal was changed after "
    "the seal was shared.":
        "เมื่อมีรหัสตราประทับที่คุณได้รับก่อนหน้า: "
        "ไม่มีอะไรที่บันทึกก่อนตราประทับนั้นถูกแก้ไขหลังจากแชร์ไป",
    "With the PDF: the PDF was made together with this file.":
        "เมื่อมี PDF: PDF สร้างมาพร้อมกับไฟล์นี้",
    "Without a seal code received earlier, someone holding the worker's passphrase could have "
    "rewritten the journal before exporting; the checks would still pass.":
        "ถ้าไม่มีรหัสตราประทับที่ได้รับก่อนหน้า "
        "คนที่มีรหัสผ่านของคนทำงานอาจเขียนบันทึกการเปลี่ยนแปลงใหม่ก่อนส่งออกได้ "
        "และการตรวจก็ยังผ่าน",
    "It does not prove that the report holds every record: the worker chose the period, the "
    "workplaces and the profile, and withheld fields are not shown.":
        "ไม่ได้พิสูจน์ว่ารายงานมีบันทึกครบทุกรายการ: คนทำงานเลือกช่วงเวลา ที่ทำงาน และรูปแบบเอง "
        "และช่องที่ปิดไว้จะไม่แสดง",
    "Names shown as stand-ins (“Manager A”) are not checked against the journal.":
        "ชื่อที่แสดงเป็นชื่อแทน (“ผู้จัดการ A”) ไม่ได้ตรวจกับบันทึกการเปลี่ยนแปลง",
}

THAI = ReportLanguage(
    name="ไทย",
    words=WORDS,
    months=("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
            "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
    months_short=("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                  "ต.ค.", "พ.ย.", "ธ.ค."),
    weekdays=("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."),
    datetime_long="{date} เวลา {hour}:{minute} น.",
)
