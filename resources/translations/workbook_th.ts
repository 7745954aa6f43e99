<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+64"/>
        <source>Amount in %1</source>
        <translation>จำนวนเงินเป็น %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What for? (optional)</source>
        <translation>ค่าอะไร (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>หมายเหตุ (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>จำนวนเงิน(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>หมวด(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note</source>
        <translation>หมายเหตุ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/attachments.py" line="+57"/>
        <source>Files and photos</source>
        <translation>ไฟล์และรูปถ่าย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached files</source>
        <translation>ไฟล์ที่แนบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;file…</source>
        <translation>เพิ่มไฟล์(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste image</source>
        <translation>วางรูปภาพ(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>ดู(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>เอาไฟล์ออก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the selected image</source>
        <translation>ตัวอย่างรูปภาพที่เลือก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are kept encrypted inside your vault, up to 50 MB each.</source>
        <translation>ไฟล์ถูกเก็บแบบเข้ารหัสไว้ในตู้เซฟของคุณ ไฟล์ละไม่เกิน 50 MB</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Attach a file</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;All files (*)</source>
        <translation>รูปภาพและเอกสาร (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” could not be read: %2</source>
        <translation>อ่าน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is %2. Files up to 50 MB can be kept in the vault; a smaller copy or a screenshot will do.</source>
        <translation>“%1” มีขนาด %2 ตู้เซฟเก็บไฟล์ได้ไม่เกิน 50 MB ใช้สำเนาที่เล็กกว่าหรือภาพหน้าจอแทนได้</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pasted image %1.png</source>
        <translation>รูปที่วาง %1.png</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no image on the clipboard. Copy or take a screenshot first.</source>
        <translation>ไม่มีรูปภาพในคลิปบอร์ด คัดลอกรูปหรือจับภาพหน้าจอก่อน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file selected</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (no preview; it is kept in the vault)</source>
        <translation>%1 (ไม่มีตัวอย่าง เก็บไว้ในตู้เซฟแล้ว)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+64"/>
        <source>Make a backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is one encrypted file with all your records. Keep it somewhere other than this computer, such as a USB stick. Choose a folder (a new file is made there, named by the date) or a file.</source>
        <translation>ไฟล์สำรองคือไฟล์เข้ารหัสไฟล์เดียวที่มีบันทึกทั้งหมดของคุณ เก็บไว้ที่อื่นที่ไม่ใช่คอมพิวเตอร์เครื่องนี้ เช่น แฟลชไดรฟ์ USB เลือกโฟลเดอร์ (จะสร้างไฟล์ใหม่ตั้งชื่อตามวันที่) หรือเลือกไฟล์</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Back up to</source>
        <translation>สำรองไว้ที่</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Folder…</source>
        <translation>โฟลเดอร์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>ไฟล์…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Your passphrase</source>
        <translation>รหัสผ่านของคุณ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Lock the backup with a different passphrase</source>
        <translation>ล็อกไฟล์สำรองด้วยรหัสผ่านอื่น</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make the backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the backup</source>
        <translation>เลือกโฟลเดอร์สำหรับไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the backup as</source>
        <translation>บันทึกไฟล์สำรองเป็น</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to put the backup.</source>
        <translation>เลือกที่เก็บไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your passphrase.</source>
        <translation>พิมพ์รหัสผ่านของคุณ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup is made: %1</source>
        <translation>สำรองข้อมูลแล้ว: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup made</source>
        <translation>สำรองข้อมูลแล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a backup…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/categories.py" line="+77"/>
        <source>Write a name for the category.</source>
        <translation>ใส่ชื่อหมวด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>ชื่อยาวได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a category called “%1”.</source>
        <translation>มีหมวดชื่อ “%1” อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New category</source>
        <translation>หมวดใหม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new category</source>
        <translation>ชื่อหมวดใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category of your own for “%1”, like a locker fee or a music fee.</source>
        <translation>หมวดของคุณเองสำหรับ “%1” เช่น ค่าล็อกเกอร์หรือค่าเพลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add category</source>
        <translation>เพิ่มหมวด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New category…</source>
        <translation>หมวดใหม่…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a category of your own</source>
        <translation>สร้างหมวดของคุณเอง</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/change_passphrase.py" line="+35"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>Change passphrase</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Nobody can recover a forgotten passphrase. Write the new one down somewhere safe before you save. Backups made before now still open with the old passphrase.</source>
        <translation>⚠ ไม่มีใครกู้รหัสผ่านที่ลืมได้ จดรหัสใหม่ไว้ในที่ปลอดภัยก่อนบันทึก ไฟล์สำรองที่ทำไว้ก่อนหน้านี้ยังเปิดด้วยรหัสเดิม</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the passphrase you use now.</source>
        <translation>พิมพ์รหัสผ่านที่ใช้อยู่ตอนนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>รหัสผ่านใหม่เหมือนกับรหัสปัจจุบัน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the passphrase…</source>
        <translation>กำลังเปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That is not the passphrase this vault opens with now.</source>
        <translation>นี่ไม่ใช่รหัสผ่านที่เปิดตู้เซฟนี้ได้ตอนนี้</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/workbook/ui/pages/incidents.py" line="+47"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+52"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+59"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+1"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How serious</source>
        <translation>ร้ายแรงแค่ไหน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/money.py" line="+8"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+3"/>
        <source>Workplace</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported to</source>
        <translation>แจ้งกับ</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-6"/>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="+49"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid how</source>
        <translation>จ่ายแบบไหน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid to or taken by</source>
        <translation>จ่ายให้ หรือ ถูกหักโดย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="+37"/>
        <source>Name or nickname</source>
        <translation>ชื่อหรือชื่อเล่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+12"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="+2"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/shifts.py" line="-12"/>
        <source>Hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken by workplace</source>
        <translation>ที่ทำงานหักไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>เหลือ</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-1"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>นายจ้างตามกฎหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/table_model.py" line="+40"/>
        <source>Click to sort</source>
        <translation>คลิกเพื่อเรียงลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This column cannot be sorted</source>
        <translation>คอลัมน์นี้เรียงลำดับไม่ได้</translation>
    </message>
</context>
<context>
    <name>CurrencyCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+130"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+17"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <extracomment>Store error class name → message. Matched by name so this module loads without the store.</extracomment>
        <translation>รหัสผ่านนี้เปิดตู้เซฟนี้ไม่ได้ ตรวจ Caps Lock และภาษาของแป้นพิมพ์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Workbook vault. Choose another file.</source>
        <translation>ไฟล์นี้ไม่ใช่ตู้เซฟของ Workbook เลือกไฟล์อื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault file is damaged and cannot be opened. Nothing was changed: keep the file, and restore a backup if you have one.</source>
        <translation>ไฟล์ตู้เซฟเสียหายและเปิดไม่ได้ ไม่มีอะไรถูกเปลี่ยน: เก็บไฟล์ไว้ และกู้คืนจากไฟล์สำรองถ้ามี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was saved by a newer version of Workbook. Update Workbook to open it; nothing was changed.</source>
        <translation>ตู้เซฟนี้ถูกบันทึกด้วย Workbook รุ่นใหม่กว่า อัปเดต Workbook เพื่อเปิด ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault is open in another window or program. Close it there and try again.</source>
        <translation>ตู้เซฟนี้เปิดอยู่ในหน้าต่างหรือโปรแกรมอื่น ปิดที่นั่นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>ดิสก์เต็ม จึงบันทึกอะไรไม่ได้ ทำให้มีที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault was saved by a much older version of Workbook that this version cannot upgrade. Nothing was changed.</source>
        <translation>ตู้เซฟนี้ถูกบันทึกด้วย Workbook รุ่นเก่ามากที่รุ่นนี้อัปเกรดไม่ได้ ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault at this place. It may have been moved or deleted.</source>
        <translation>ไม่มีตู้เซฟอยู่ที่นี่ อาจถูกย้ายหรือลบไปแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists. Workbook will not overwrite it.</source>
        <translation>มีไฟล์ชื่อนี้อยู่แล้ว Workbook จะไม่เขียนทับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook cannot write in this folder. Choose a folder you can change.</source>
        <translation>Workbook เขียนลงโฟลเดอร์นี้ไม่ได้ เลือกโฟลเดอร์ที่คุณแก้ไขได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault file could not be read or written. Is the disk or USB stick still connected?</source>
        <translation>อ่านหรือเขียนไฟล์ตู้เซฟไม่ได้ ดิสก์หรือแฟลชไดรฟ์ยังเสียบอยู่ไหม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>ตู้เซฟล็อกอยู่ ปลดล็อกก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open or save</source>
        <translation>เปิดหรือบันทึกไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong with the vault. Nothing was changed.</source>
        <translation>มีปัญหากับตู้เซฟ ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check</source>
        <translation>โปรดตรวจดู</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read or write a file</source>
        <translation>อ่านหรือเขียนไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>มีบางอย่างผิดพลาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook ran into a problem it did not expect. What you saved before is safe. If it happens again, please tell us what you were doing.</source>
        <translation>Workbook เจอปัญหาที่ไม่คาดคิด สิ่งที่คุณบันทึกไว้ก่อนหน้านี้ปลอดภัย ถ้าเกิดอีก บอกเราหน่อยว่าคุณกำลังทำอะไรอยู่</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/export_dialog.py" line="+76"/>
        <source>Export evidence</source>
        <translation>ส่งออกหลักฐาน</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>ปีที่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates I choose</source>
        <translation>วันที่ที่ฉันเลือก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workplaces to include</source>
        <translation>ที่ทำงานที่จะรวม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (archived)</source>
        <translation> (เก็บเข้าคลังแล้ว)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Full: everything, for you or your lawyer</source>
        <translation>ทั้งหมด: ทุกอย่าง สำหรับคุณหรือทนายของคุณ(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Union: people as “Manager A”, no clients</source>
        <translation>สหภาพ: บุคคลแสดงเป็น “ผู้จัดการ A” ไม่มีลูกค้า(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Totals only: figures, no names or text</source>
        <translation>เฉพาะยอดรวม: ตัวเลข ไม่มีชื่อหรือข้อความ(&amp;T)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Notes and descriptions are not redacted automatically. Read the ones below before you share this file; edit a record if something should not go out.</source>
        <translation>⚠ หมายเหตุและคำอธิบายจะไม่ถูกปิดบังโดยอัตโนมัติ อ่านข้างล่างก่อนแชร์ไฟล์นี้ แก้ไขบันทึกถ้ามีอะไรที่ไม่ควรออกไป</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes and descriptions in this export</source>
        <translation>หมายเหตุและคำอธิบายในการส่งออกนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the report</source>
        <translation>ภาษาของรายงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to write</source>
        <translation>ไฟล์ที่จะสร้าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PDF report</source>
        <translation>รายงาน PDF(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON sidecar (lets a rep check the PDF)</source>
        <translation>ไฟล์ JSON แนบ (ให้ตัวแทนตรวจ PDF ได้)(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV of shifts and money</source>
        <translation>CSV ของกะและเงิน(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save</source>
        <translation>เลือกที่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the %1 file</source>
        <translation>เลือกที่บันทึกไฟล์ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Seal code</source>
        <translation>รหัสตราประทับ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show a &amp;seal code</source>
        <translation>แสดงรหัสตราประทับ(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No code shown yet</source>
        <translation>ยังไม่ได้แสดงรหัส</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this code to your union rep or a friend now. A later report that passes through it shows that nothing you recorded before today was changed afterwards.</source>
        <translation>ส่งรหัสนี้ให้ตัวแทนสหภาพหรือคนที่ไว้ใจได้ตอนนี้ รายงานฉบับหลังที่ผ่านรหัสนี้จะแสดงว่าไม่มีอะไรที่คุณบันทึกก่อนวันนี้ถูกแก้ไขภายหลัง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pe&amp;riod</source>
        <translation>ช่วงเวลา(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplaces</source>
        <translation>ที่ทำงาน(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much to disclose</source>
        <translation>เปิดเผยแค่ไหน</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Leaves in everything: your work name and legal name, the workplaces&apos; legal names, people&apos;s names as you wrote them (clients too), every shift, amount, incident, note and description, and your attached images.</source>
        <translation>ใส่ทุกอย่าง: ชื่อที่ใช้ทำงานและชื่อจริงตามกฎหมาย ชื่อตามกฎหมายของที่ทำงาน ชื่อบุคคลตามที่คุณเขียน (รวมลูกค้า) ทุกกะ จำนวนเงิน เหตุการณ์ หมายเหตุและคำอธิบาย และรูปภาพที่แนบไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in your work name (not your legal name), the workplaces&apos; legal names, every shift, amount and incident with its notes and descriptions, and your images. People appear as “Manager A”, “Coworker B”; clients are left out.</source>
        <translation>ใส่ชื่อที่ใช้ทำงาน (ไม่ใช่ชื่อจริง) ชื่อตามกฎหมายของที่ทำงาน ทุกกะ จำนวนเงิน และเหตุการณ์พร้อมหมายเหตุและคำอธิบาย และรูปภาพของคุณ บุคคลแสดงเป็น “ผู้จัดการ A” “เพื่อนร่วมงาน B” ไม่มีลูกค้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaves in only figures: hours, earnings, what each workplace took, fee and fine history and signs of control, with dates. No names of people, no notes or descriptions, no images.</source>
        <translation>ใส่เฉพาะตัวเลข: ชั่วโมง รายได้ เงินที่แต่ละที่ทำงานหักไป ประวัติค่าธรรมเนียมและค่าปรับ และสัญญาณการควบคุม พร้อมวันที่ ไม่มีชื่อบุคคล ไม่มีหมายเหตุหรือคำอธิบาย ไม่มีรูปภาพ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>incident</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shift at %1</source>
        <translation>กะที่ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>money line</source>
        <translation>รายการเงิน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The end of the period is before its start.</source>
        <translation>วันสิ้นสุดของช่วงเวลาอยู่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No notes or descriptions in this period.</source>
        <translation>ไม่มีหมายเหตุหรือคำอธิบายในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1 times, until %2)</source>
        <translation>(%1 ครั้ง ถึง %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…and %1 more.</source>
        <translation>…และอีก %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the %1 file</source>
        <translation>บันทึกไฟล์ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seal code: %1</source>
        <translation>ไม่มีรหัสตราประทับ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seal code copied.</source>
        <translation>คัดลอกรหัสตราประทับแล้ว</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a period and at least one workplace.</source>
        <translation>เลือกช่วงเวลาและที่ทำงานอย่างน้อยหนึ่งแห่ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save: %1.</source>
        <translation>เลือกที่บันทึก: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting evidence…</source>
        <translation>กำลังส่งออกหลักฐาน…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: %1. Report fingerprint %2…</source>
        <translation>บันทึกแล้ว: %1 ลายนิ้วมือรายงาน %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่ได้เขียนอะไร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: %1</source>
        <translation>ไม่ได้ส่งออก: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: something went wrong (%1). Nothing was written.</source>
        <translation>ไม่ได้ส่งออก: มีบางอย่างผิดพลาด (%1) ไม่ได้เขียนอะไร</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+46"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+167"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-9"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-2"/>
        <source>Legal name</source>
        <translation>ชื่อตามกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+12"/>
        <source>Registration number</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>เก็บเข้าคลังแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-7"/>
        <source>Name or nickname</source>
        <translation>ชื่อหรือชื่อเล่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+17"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Workplace</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>End</source>
        <translation>จบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks (minutes)</source>
        <translation>พักไม่ได้ค่าจ้าง (นาที)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled start</source>
        <translation>เวลาเริ่มตามตาราง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled end</source>
        <translation>เวลาจบตามตาราง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>กะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+2"/>
        <source>Paid how</source>
        <translation>จ่ายแบบไหน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+1"/>
        <source>Paid to or taken by</source>
        <translation>จ่ายให้ หรือ ถูกหักโดย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-8"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="+11"/>
        <source>How serious</source>
        <translation>ร้ายแรงแค่ไหน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-1"/>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to</source>
        <translation>แจ้งกับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>แจ้งเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>ผลที่ได้</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-26"/>
        <source>Work name</source>
        <extracomment>Field names as problems name them (the last part of ``shifts[3].end``), for messages.</extracomment>
        <translation>ชื่อที่ใช้ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual currency</source>
        <translation>สกุลเงินที่ใช้ประจำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new day starts at</source>
        <translation>วันใหม่เริ่มตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference hourly wage</source>
        <translation>ค่าจ้างรายชั่วโมงอ้างอิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after</source>
        <translation>ล็อกหลังจาก</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
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
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>3 เดือนล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>ปีที่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>เลือกวันที่…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workplace</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All workplaces</source>
        <translation>ทุกที่ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (archived)</source>
        <translation>%1 (เก็บเข้าคลังแล้ว)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of money</source>
        <translation>ประเภทเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show archived</source>
        <translation>แสดงที่เก็บเข้าคลังแล้ว</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All categories</source>
        <translation>ทุกหมวด</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/history_dialog.py" line="+4"/>
        <source>Written down</source>
        <translation>บันทึกไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="+61"/>
        <source>Earlier versions</source>
        <translation>ฉบับก่อนหน้า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workbook never overwrites a record. Each time it is changed, the earlier version is kept in a tamper-evident journal, with the time it was written down.</source>
        <translation>Workbook ไม่เคยเขียนทับบันทึก ทุกครั้งที่แก้ไข ฉบับก่อนหน้าจะถูกเก็บไว้ในบันทึกการเปลี่ยนแปลงที่เห็นได้ถ้ามีใครแก้ พร้อมเวลาที่บันทึก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 · %2 · %3</source>
        <translation>ฉบับที่ %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Values of the chosen version</source>
        <translation>ค่าของฉบับที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The record was deleted; only the fact that it existed is kept.</source>
        <translation>บันทึกนี้ถูกลบแล้ว เก็บไว้เพียงว่าเคยมีอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values were erased when the record was deleted.</source>
        <translation>ค่าเหล่านี้ถูกลบไปพร้อมกับบันทึก</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>changed</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first version, as it was written down.</source>
        <translation>ฉบับแรก ตามที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed in this version: %1</source>
        <translation>แก้ไขในฉบับนี้: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed in this version.</source>
        <translation>ไม่มีอะไรเปลี่ยนในฉบับนี้</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/image_viewer.py" line="+88"/>
        <source>This file is not an image the app can show.</source>
        <translation>ไฟล์นี้ไม่ใช่รูปภาพที่แอปแสดงได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached image: %1</source>
        <translation>รูปภาพที่แนบ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>พอดีหน้าต่าง(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>ขนาดจริง(&amp;A)</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/incident_editor.py" line="+82"/>
        <source>Edit incident</source>
        <translation>แก้ไขเหตุการณ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an incident</source>
        <translation>บันทึกเหตุการณ์</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>— no workplace —</source>
        <translation>— ไม่มีที่ทำงาน —</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+312"/>
        <source>Workplace</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>What kind of incident</source>
        <translation>เหตุการณ์ประเภทไหน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words, e.g. “Fined for being late”</source>
        <translation>ไม่กี่คำ เช่น “โดนปรับเพราะมาสาย”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>When it started</source>
        <translation>เริ่มเมื่อไร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It went on &amp;until</source>
        <translation>ต่อเนื่องจนถึง(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it ended</source>
        <translation>จบเมื่อไร</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How serious, from 1 (minor) to 5 (grave)</source>
        <translation>ร้ายแรงแค่ไหน ตั้งแต่ 1 (เล็กน้อย) ถึง 5 (ร้ายแรงมาก)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened, in your own words. Who said or did what, and what it cost you.</source>
        <translation>เกิดอะไรขึ้น ด้วยคำพูดของคุณเอง ใครพูดหรือทำอะไร และคุณเสียอะไรไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+271"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>e.g. the union, the manager, the police</source>
        <translation>เช่น สหภาพ ผู้จัดการ ตำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>Reported to</source>
        <translation>แจ้งกับ</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>on</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date it was reported</source>
        <translation>วันที่แจ้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on a date</source>
        <translation>แจ้งในวันที่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What came of it, if anything</source>
        <translation>ผลเป็นอย่างไร ถ้ามี</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>Outcome</source>
        <translation>ผลที่ได้</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Linked shift</source>
        <translation>กะที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs of control this shows</source>
        <translation>สัญญาณการควบคุมที่เห็นจากเหตุการณ์นี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save incident</source>
        <translation>บันทึกเหตุการณ์</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind</source>
        <translation>ประเภท(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>หัวข้อ(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wor&amp;kplace</source>
        <translation>ที่ทำงาน(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;hen</source>
        <translation>เมื่อไร(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;verity</source>
        <translation>ความร้ายแรง(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>คำอธิบาย(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople</source>
        <translation>บุคคล(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reported to</source>
        <translation>แจ้งกับ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>ผลที่ได้(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;ked shift</source>
        <translation>กะที่เกี่ยวข้อง(&amp;L)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>— no shift —</source>
        <translation>— ไม่มีกะ —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minor: annoying, worth noting.</source>
        <translation>เล็กน้อย: น่ารำคาญ ควรจดไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: it cost you something small.</source>
        <translation>ต่ำ: เสียอะไรไปนิดหน่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious: it cost you money, safety or sleep.</source>
        <translation>ร้ายแรง: เสียเงิน ความปลอดภัย หรือการนอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High: you were hurt, threatened or lost a lot.</source>
        <translation>สูง: คุณถูกทำร้าย ถูกขู่ หรือเสียไปมาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grave: violence, or a threat to your safety or your stay.</source>
        <translation>ร้ายแรงมาก: ความรุนแรง หรือการขู่ต่อความปลอดภัยหรือสิทธิ์อยู่ในประเทศของคุณ</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident could not be saved. What you typed is still here.

%1</source>
        <translation>บันทึกเหตุการณ์ไม่ได้ สิ่งที่คุณพิมพ์ยังอยู่ตรงนี้

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>จบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>ความร้ายแรง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind</source>
        <translation>ประเภทไหน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People: %1</source>
        <translation>บุคคล: %1</translation>
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
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record an incident…</source>
        <translation>บันทึกเหตุการณ์…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in titles and descriptions</source>
        <translation>ค้นหาในหัวข้อและคำอธิบาย</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents match these filters.</source>
        <translation>ไม่มีเหตุการณ์ที่ตรงกับตัวกรองนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents recorded. When something unfair or unsafe happens at work, write it down here while you remember the details.</source>
        <translation>ยังไม่มีเหตุการณ์ที่บันทึกไว้ เมื่อเกิดเรื่องไม่ยุติธรรมหรือไม่ปลอดภัยที่ทำงาน จดไว้ที่นี่ตอนที่ยังจำรายละเอียดได้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the incident “%1” of %2?</source>
        <translation>ลบเหตุการณ์ “%1” วันที่ %2 ไหม</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Its %n attached files are deleted with it.</source>
        <translation>
            <numerusform>ไฟล์แนบ %n ไฟล์จะถูกลบไปด้วย</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/labels.py" line="-170"/>
        <source>Earning</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>ที่ทำงานหักไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own expense</source>
        <translation>ค่าใช้จ่ายของตัวเอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wage</source>
        <translation>ค่าจ้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage dances</source>
        <translation>เต้นบนเวที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private dances</source>
        <translation>เต้นส่วนตัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP / champagne room</source>
        <translation>VIP / ห้องแชมเปญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>งานจอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online sales</source>
        <translation>ขายออนไลน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>ค่าธรรมเนียมร้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage or bar fee</source>
        <translation>ค่าเวทีหรือค่าบาร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>ส่วนแบ่งทิป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>ค่าปรับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>ค่าคอมมิชชัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency fee</source>
        <translation>ค่าเอเจนซี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit kept</source>
        <translation>เงินมัดจำที่ถูกยึด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costumes</source>
        <translation>ชุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>ค่าเดินทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising</source>
        <translation>โฆษณา</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Security</source>
        <translation>รักษาความปลอดภัย</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+18"/>
        <location line="+9"/>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="-105"/>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>โอนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>แอป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>เวที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>ฟลอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>ต้อนรับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>รับจอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cam</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpaid wages</source>
        <translation>ค่าจ้างที่ไม่ได้จ่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlawful deduction or fine</source>
        <translation>การหักเงินหรือค่าปรับที่ผิดกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced tip-out</source>
        <translation>ถูกบังคับแบ่งทิป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid or unsafe hours</source>
        <translation>ชั่วโมงที่ไม่ได้ค่าจ้างหรือไม่ปลอดภัย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breaks</source>
        <translation>ไม่ได้พัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe conditions</source>
        <translation>สภาพที่ไม่ปลอดภัย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment by management</source>
        <translation>การคุกคามจากฝ่ายบริหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual harassment</source>
        <translation>การคุกคามทางเพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assault</source>
        <translation>การทำร้ายร่างกาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrimination</source>
        <translation>การเลือกปฏิบัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure to cross boundaries</source>
        <translation>ถูกกดดันให้ทำเกินขอบเขตของตัวเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats (outing, deportation, dismissal)</source>
        <translation>การข่มขู่ (เปิดเผยงาน ส่งกลับประเทศ ไล่ออก)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents or money withheld</source>
        <translation>ถูกยึดเอกสารหรือเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misclassification</source>
        <translation>จัดประเภทการจ้างงานผิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule coercion</source>
        <translation>ถูกบังคับเรื่องตารางงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>เจ้าของ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coworker</source>
        <translation>เพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DJ</source>
        <translation>ดีเจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved</source>
        <translation>เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set schedule</source>
        <translation>ตารางงานถูกกำหนดให้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off needs approval</source>
        <translation>วันหยุดต้องขออนุญาต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dress or appearance rules</source>
        <translation>กฎเรื่องการแต่งตัวหรือรูปลักษณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace sets prices</source>
        <translation>ที่ทำงานกำหนดราคา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines</source>
        <translation>ค่าปรับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required tip-outs</source>
        <translation>ต้องแบ่งทิป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas (dances, drinks)</source>
        <translation>โควตา (เต้น เครื่องดื่ม)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be banned or dismissed</source>
        <translation>ถูกห้ามเข้าหรือถูกไล่ออกได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must stay until closing</source>
        <translation>ต้องอยู่จนปิดร้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls music or stage rota</source>
        <translation>ควบคุมเพลงหรือคิวขึ้นเวที</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 – minor</source>
        <translation>1 – เล็กน้อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – low</source>
        <translation>2 – ต่ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – serious</source>
        <translation>3 – ร้ายแรง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – high</source>
        <translation>4 – สูง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – grave</source>
        <translation>5 – ร้ายแรงมาก</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="-5"/>
        <source>Club</source>
        <translation>คลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>เอเจนซี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online platform</source>
        <translation>แพลตฟอร์มออนไลน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independent</source>
        <translation>อิสระ</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/list_page.py" line="+70"/>
        <source>Number of records</source>
        <extracomment>The journal entity (for Earlier versions) and the ``session.changed`` names to follow.</extracomment>
        <translation>จำนวนบันทึก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add (Ctrl+N)</source>
        <translation>เพิ่ม (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected row (Enter)</source>
        <translation>แก้ไขแถวที่เลือก (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected row (Delete key)</source>
        <translation>ลบแถวที่เลือก (ปุ่ม Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions…</source>
        <translation>ฉบับก่อนหน้า…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every kept version of the selected row</source>
        <translation>ดูทุกฉบับที่เก็บไว้ของแถวที่เลือก</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n บันทึก</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches these filters.</source>
        <translation>ไม่มีอะไรตรงกับตัวกรองนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>ยังไม่มีอะไรที่นี่</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete?</source>
        <translation>ลบไหม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its details are erased from this vault. The journal keeps only a note that a record existed and was deleted.</source>
        <translation>รายละเอียดจะถูกลบออกจากตู้เซฟนี้ บันทึกการเปลี่ยนแปลงจะเก็บไว้เพียงว่าเคยมีบันทึกนี้และถูกลบแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>เก็บไว้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/workbook/ui/app.py" line="+386"/>
        <location filename="../../src/workbook/ui/main_window.py" line="+103"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="-54"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts</source>
        <translation>กะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>เงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sections</source>
        <extracomment>The worker asked to lock (False) or to hide at once (True). The worker closed the window: lock and quit.</extracomment>
        <translation>ส่วนต่างๆ</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Auto-lock is off.</source>
        <translation>ปิดการล็อกอัตโนมัติอยู่</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locks after %n idle minutes.</source>
        <translation>
            <numerusform>ล็อกเมื่อไม่ได้ใช้ %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hides everything at once.</source>
        <translation>%1 ซ่อนทุกอย่างทันที</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a report for a union rep or a lawyer</source>
        <translation>ส่งออกรายงานสำหรับตัวแทนสหภาพหรือทนาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (%1)</source>
        <translation>ล็อกตอนนี้ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide now</source>
        <translation>ซ่อนทันที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock at once and close everything (%1)</source>
        <translation>ล็อกทันทีและปิดทุกอย่าง (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลตอนนี้…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>ไม่ใช่ตอนนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the backup reminder</source>
        <translation>ซ่อนการเตือนสำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You have not made a backup yet.</source>
        <translation>คุณยังไม่เคยสำรองข้อมูล</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your last backup was %n days ago.</source>
        <translation>
            <numerusform>สำรองข้อมูลครั้งล่าสุดเมื่อ %n วันก่อน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/money_dialog.py" line="+32"/>
        <source>Edit money</source>
        <translation>แก้ไขรายการเงิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add money</source>
        <translation>เพิ่มเงิน</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No workplace</source>
        <translation>ไม่มีที่ทำงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not said</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one, or choose “New category…” at the end of the list to make your own.</source>
        <translation>เลือกหนึ่งอย่าง หรือเลือก “หมวดใหม่…” ท้ายรายการเพื่อสร้างหมวดของคุณเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid how</source>
        <translation>จ่ายแบบไหน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid to or taken by</source>
        <translation>จ่ายให้ หรือ ถูกหักโดย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line belongs to a shift; change the shift to move it.</source>
        <translation>รายการนี้เป็นของกะหนึ่ง เปลี่ยนกะถ้าจะย้าย</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Who paid, like a client or the club</source>
        <translation>ใครจ่าย เช่น ลูกค้าหรือคลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took it, like the club or the DJ</source>
        <translation>ใครหักไป เช่น คลับหรือดีเจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you paid, like a shop or a driver</source>
        <translation>คุณจ่ายให้ใคร เช่น ร้านค้าหรือคนขับรถ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An amount cannot be below zero. Choose the kind instead: earned, taken by the workplace or your own expense.</source>
        <translation>จำนวนเงินติดลบไม่ได้ ให้เลือกประเภทแทน: รายได้ ที่ทำงานหักไป หรือค่าใช้จ่ายของตัวเอง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts have no decimals.</source>
        <translation>เงินสกุล %1 ไม่มีทศนิยม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>เงินสกุล %1 มีทศนิยมได้ไม่เกิน %2 ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the amount, like 800.</source>
        <translation>เขียนจำนวนเงิน เช่น 800</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount is too large.</source>
        <translation>จำนวนเงินนี้มากเกินไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the amount with digits, like 800 or 1 200,50.</source>
        <translation>เขียนจำนวนเงินเป็นตัวเลข เช่น 800 หรือ 1 200,50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>เลือกสกุลเงินจากรายการ เช่น SEK</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a category.</source>
        <translation>เลือกหมวด</translation>
    </message>
</context>
<context>
    <name>MoneyLinesTable</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/money_lines.py" line="+97"/>
        <location line="+238"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+236"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+238"/>
        <source>Method</source>
        <translation>วิธีจ่าย</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+236"/>
        <source>Paid to / taken by</source>
        <translation>จ่ายให้ / ถูกหักโดย</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+235"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Line %1: kind</source>
        <translation>บรรทัด %1: ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: category</source>
        <translation>บรรทัด %1: หมวด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: amount</source>
        <translation>บรรทัด %1: จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: method</source>
        <translation>บรรทัด %1: วิธีจ่าย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: paid to or taken by</source>
        <translation>บรรทัด %1: จ่ายให้หรือถูกหักโดย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: note</source>
        <translation>บรรทัด %1: หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line %1</source>
        <translation>เอาบรรทัด %1 ออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this line</source>
        <translation>เอาบรรทัดนี้ออก</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>taken by (club, DJ…)</source>
        <translation>ถูกหักโดย (คลับ ดีเจ…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by</source>
        <translation>จ่ายโดย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid to</source>
        <translation>จ่ายให้</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1, %2: %3</source>
        <translation>บรรทัด %1, %2: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In debt: the workplace took %1 more than you earned.</source>
        <translation>ติดหนี้: ที่ทำงานหักไปมากกว่าที่คุณได้ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earned %1 · taken by the workplace %2 · kept %3</source>
        <translation>รายได้ %1 · ที่ทำงานหักไป %2 · เหลือ %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own expenses %1</source>
        <translation>ค่าใช้จ่ายของตัวเอง %1</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/money.py" line="-30"/>
        <source>Money</source>
        <translation>เงิน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add money…</source>
        <translation>เพิ่มเงิน…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in notes and who paid</source>
        <translation>ค้นหาในหมายเหตุและผู้จ่าย</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n money lines</source>
        <translation>
            <numerusform>%n รายการเงิน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money lines match these filters.</source>
        <translation>ไม่มีรายการเงินที่ตรงกับตัวกรองนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money recorded yet. Money from a shift is added in the shift; rent, advertising or a phone bill can be added here.</source>
        <translation>ยังไม่มีการบันทึกเงิน เงินจากกะให้เพิ่มในกะนั้น ค่าเช่า ค่าโฆษณา หรือค่าโทรศัพท์เพิ่มได้ที่นี่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 จาก %2 เมื่อ %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete this money line: %1?</source>
        <translation>ลบรายการเงินนี้ไหม: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It belongs to a shift; the shift stays.</source>
        <translation>รายการนี้เป็นของกะหนึ่ง กะจะยังอยู่</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/month_chart.py" line="+46"/>
        <source>Earnings and deductions per month</source>
        <translation>รายได้และเงินที่ถูกหักต่อเดือน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: earned %2, taken %3</source>
        <translation>%1: รายได้ %2 ถูกหัก %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>No money recorded</source>
        <translation>ยังไม่มีการบันทึกเงิน</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Earned</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by workplace</source>
        <translation>ที่ทำงานหักไป</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+171"/>
        <location line="+13"/>
        <source>New passphrase</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New passphrase again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>แสดงรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Same again</source>
        <translation>พิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>รหัสผ่านสองช่องยังไม่ตรงกัน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ Both passphrases are the same.</source>
        <translation>✓ รหัสผ่านทั้งสองตรงกัน</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/overview.py" line="+116"/>
        <location line="+2"/>
        <source>Overview</source>
        <extracomment>Deduction categories whose history the page shows. Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplace shown in the chart</source>
        <translation>ที่ทำงานที่แสดงในกราฟ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chart for</source>
        <translation>กราฟของ(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded this year yet. Log a shift on the Today page and it shows up here.</source>
        <translation>ปีนี้ยังไม่มีอะไรบันทึก บันทึกกะที่หน้า วันนี้ แล้วจะแสดงที่นี่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned and taken per month, last 12 months</source>
        <translation>รายได้และเงินที่ถูกหักต่อเดือน 12 เดือนล่าสุด</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>House fees and fines, last 12 months</source>
        <translation>ค่าธรรมเนียมร้านและค่าปรับ 12 เดือนล่าสุด</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This month is %1 to %2; this year from %3. Amounts are per currency and never converted.</source>
        <translation>เดือนนี้คือ %1 ถึง %2 ปีนี้ตั้งแต่ %3 จำนวนเงินแยกตามสกุลเงินและไม่ถูกแปลงค่า</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Shifts</source>
        <translation>กะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>ชั่วโมงที่ทำงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earned</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>ที่ทำงานหักไป</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept</source>
        <translation>เหลือ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept per hour</source>
        <translation>เหลือต่อชั่วโมง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own expenses</source>
        <translation>ค่าใช้จ่ายของตัวเอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed to an employee: %1 an hour, nothing taken</source>
        <translation>ที่ลูกจ้างควรได้: ชั่วโมงละ %1 ไม่มีการหัก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Difference from what you kept</source>
        <translation>ส่วนต่างจากที่คุณเหลือ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No house fees or fines recorded in the last 12 months.</source>
        <translation>ไม่มีค่าธรรมเนียมร้านหรือค่าปรับที่บันทึกไว้ใน 12 เดือนล่าสุด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 เมื่อ %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3 %4)</source>
        <translation>%1 เมื่อ %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 earlier changes not shown)</source>
        <translation>(ไม่แสดงการเปลี่ยนแปลงก่อนหน้า %1 ครั้ง)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(once)</source>
        <translation>(ครั้งเดียว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the same on all %1 nights)</source>
        <translation>(เท่ากันทั้ง %1 คืน)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(in debt to the workplace)</source>
        <translation>(ติดหนี้ที่ทำงาน)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 less</source>
        <translation>น้อยกว่าอยู่ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more</source>
        <translation>มากกว่าอยู่ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same</source>
        <translation>เท่าเดิม</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="-184"/>
        <source>Very weak</source>
        <translation>อ่อนมาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>อ่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>พอใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>ดี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>แข็งแรง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy to guess. Try four or more words that do not belong together.</source>
        <translation>เดาง่าย ลองใช้สี่คำขึ้นไปที่ไม่เกี่ยวกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a few more words or characters.</source>
        <translation>เพิ่มคำหรือตัวอักษรอีกนิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two more words would make it strong.</source>
        <translation>อีกหนึ่งหรือสองคำก็จะแข็งแรง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard to guess.</source>
        <translation>เดายาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard to guess.</source>
        <translation>เดายากมาก</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/people.py" line="-15"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person…</source>
        <translation>เพิ่มบุคคล…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search names and notes</source>
        <translation>ค้นหาชื่อและหมายเหตุ</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches.</source>
        <translation>ไม่มีใครตรงกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people yet. They are added here or when you record an incident.</source>
        <translation>ยังไม่มีบุคคล เพิ่มได้ที่นี่หรือตอนบันทึกเหตุการณ์</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete “%1” from your people?</source>
        <translation>ลบ “%1” ออกจากรายชื่อบุคคลของคุณไหม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is named in an incident. Remove them from it first, then delete.</source>
        <translation>“%1” ถูกระบุในเหตุการณ์หนึ่ง เอาออกจากเหตุการณ์นั้นก่อน แล้วค่อยลบ</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/person_dialog.py" line="+20"/>
        <source>Edit person</source>
        <translation>แก้ไขบุคคล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name or nickname</source>
        <translation>ชื่อหรือชื่อเล่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name you will recognise. Reports for a union can replace it with “Manager A”.</source>
        <translation>ชื่ออะไรก็ได้ที่คุณจำได้ รายงานสำหรับสหภาพจะเปลี่ยนเป็น “ผู้จัดการ A” ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give a name or nickname.</source>
        <translation>ใส่ชื่อหรือชื่อเล่น</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/person_picker.py" line="+50"/>
        <source>Name or nickname</source>
        <translation>ชื่อหรือชื่อเล่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name or nickname</source>
        <translation>ชื่อหรือชื่อเล่นของบุคคล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role of a new person</source>
        <translation>บทบาทของบุคคลใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involved or witness</source>
        <translation>เกี่ยวข้องหรือเป็นพยาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person</source>
        <translation>เพิ่มบุคคล(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People in this incident</source>
        <translation>บุคคลในเหตุการณ์นี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Already in your records.</source>
        <translation>มีอยู่ในบันทึกของคุณแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person: choose their role, then Add.</source>
        <translation>บุคคลใหม่: เลือกบทบาท แล้วกด เพิ่ม</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) – %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/workbook/ui/main_window.py" line="-255"/>
        <source>This page could not be opened. Your records are safe; try locking and unlocking again.</source>
        <translation>เปิดหน้านี้ไม่ได้ บันทึกของคุณปลอดภัย ลองล็อกแล้วปลดล็อกอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This part of Workbook is not ready yet.</source>
        <translation>ส่วนนี้ของ Workbook ยังไม่พร้อม</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="+334"/>
        <location line="+34"/>
        <source>Workplace</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Smallest number of workers per figure</source>
        <translation>จำนวนคนทำงานน้อยที่สุดต่อหนึ่งตัวเลข</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A figure that rests on fewer workers is not shown, so that it cannot point to one worker. It cannot be lower than 3.</source>
        <translation>ตัวเลขที่มาจากคนทำงานน้อยกว่านี้จะไม่แสดง เพื่อไม่ให้ชี้ตัวคนใดคนหนึ่งได้ ต้องไม่น้อยกว่า 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into another workplace…</source>
        <translation>รวมเข้ากับที่ทำงานอื่น…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo merges</source>
        <translation>ยกเลิกการรวม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the PDF</source>
        <translation>ภาษาของ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>ส่งออก PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice report</source>
        <translation>รายงานแนวปฏิบัติของที่ทำงาน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF language</source>
        <translation>ภาษาของ PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n workers</source>
        <translation>
            <numerusform>%1 — คนทำงาน %n คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No verified reports yet. Import reports on the Reports page first.</source>
        <translation>ยังไม่มีรายงานที่ตรวจแล้ว นำเข้ารายงานที่หน้า รายงาน ก่อน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fewer than %1 workers</source>
        <translation>น้อยกว่า %1 คน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also written as: %1</source>
        <translation>เขียนอีกแบบว่า: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than %1 workers sent verified reports that name this workplace, so no figure is shown.</source>
        <translation>มีคนทำงานน้อยกว่า %1 คนที่ส่งรายงานที่ตรวจแล้วซึ่งระบุที่ทำงานนี้ จึงไม่แสดงตัวเลข</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 workers, %2 to %3, from %4 verified reports</source>
        <translation>คนทำงาน %1 คน ตั้งแต่ %2 ถึง %3 จากรายงานที่ตรวจแล้ว %4 ฉบับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money the workplace took</source>
        <translation>เงินที่ที่ทำงานหักไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Range: the lowest and highest amounts that at least %1 workers each paid, so that neither end points to one worker. * Some lines, from fewer workers, lie outside it.)</source>
        <translation>(ช่วง: จำนวนเงินต่ำสุดและสูงสุดที่คนทำงานอย่างน้อย %1 คนต่างก็จ่าย เพื่อไม่ให้ปลายด้านใดชี้ตัวคนใดคนหนึ่งได้ * บางรายการจากคนทำงานที่น้อยกว่านั้นอยู่นอกช่วงนี้)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>median %1, %2; %3 workers, %4 lines</source>
        <translation>มัธยฐาน %1, %2; คนทำงาน %3 คน %4 รายการ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no range</source>
        <translation>ไม่มีช่วง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range %1 – %2</source>
        <translation>ช่วง %1 – %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>median %1 (%2 workers)</source>
        <translation>มัธยฐาน %1 (คนทำงาน %2 คน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours and pay</source>
        <translation>ชั่วโมงและค่าจ้าง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 shifts, %2 hours, median shift %3 hours</source>
        <translation>%1 กะ %2 ชั่วโมง กะมัธยฐาน %3 ชั่วโมง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Net per hour %1 (all workers together); median of workers&apos; own %2</source>
        <translation>สุทธิต่อชั่วโมง %1 (คนทำงานทุกคนรวมกัน); มัธยฐานของแต่ละคน %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs of control</source>
        <translation>สัญญาณการควบคุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 workers, %2 times, %3 to %4</source>
        <translation>คนทำงาน %1 คน %2 ครั้ง ตั้งแต่ %3 ถึง %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no other workplace to merge into.</source>
        <translation>ไม่มีที่ทำงานอื่นให้รวมเข้าไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge workplaces</source>
        <translation>รวมที่ทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count “%1” as which workplace?</source>
        <translation>นับ “%1” เป็นที่ทำงานไหน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the practice report</source>
        <translation>บันทึกรายงานแนวปฏิบัติ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the figures as CSV</source>
        <translation>บันทึกตัวเลขเป็น CSV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the practice report…</source>
        <translation>กำลังเขียนรายงานแนวปฏิบัติ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not written</source>
        <translation>ไม่ได้เขียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../src/workbook/ui/problem_messages.py" line="+12"/>
        <source>must be text</source>
        <translation>ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is needed</source>
        <translation>ต้องใส่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long (at most %1 characters)</source>
        <translation>ยาวเกินไป (ไม่เกิน %1 ตัวอักษร)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” ไม่ใช่หนึ่งใน: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the year %1; check the year (dates from %2 to %3 can be kept)</source>
        <translation>อยู่ในปี %1 ตรวจดูปีอีกครั้ง (เก็บวันที่ได้ตั้งแต่ %2 ถึง %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no time zone</source>
        <translation>ไม่มีเขตเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency</source>
        <translation>“%1” ไม่ใช่สกุลเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a time of day</source>
        <translation>ต้องเป็นเวลาของวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 (never) and 1440</source>
        <translation>ต้องอยู่ระหว่าง 0 (ไม่เลย) ถึง 1440</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency (like SEK or EUR)</source>
        <translation>“%1” ไม่ใช่สกุลเงิน (เช่น SEK หรือ EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a two-letter country code, like SE</source>
        <translation>ต้องเป็นรหัสประเทศสองตัวอักษร เช่น SE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the scheduled start</source>
        <translation>อยู่ก่อนเวลาเริ่มตามตาราง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more minutes</source>
        <translation>ต้องเป็นศูนย์นาทีขึ้นไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of minor units</source>
        <translation>ต้องเป็นจำนวนเต็มของหน่วยย่อย (สตางค์ เซนต์)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start</source>
        <translation>อยู่ก่อนเวลาเริ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be from 1 (minor) to 5 (grave)</source>
        <translation>ต้องอยู่ระหว่าง 1 (เล็กน้อย) ถึง 5 (ร้ายแรงมาก)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large: %1 MB (at most %2 MB)</source>
        <translation>ใหญ่เกินไป: %1 MB (ไม่เกิน %2 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attachment belongs to an incident or a shift</source>
        <translation>ไฟล์แนบต้องเป็นของเหตุการณ์หรือกะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a currency</source>
        <translation>ไม่ใช่สกุลเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be zero or more</source>
        <translation>ต้องเป็นศูนย์ขึ้นไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before start (for a night shift, the end is on the next day)</source>
        <translation>อยู่ก่อนเวลาเริ่ม (กะกลางคืนจะจบในวันถัดไป)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>are as long as the whole shift</source>
        <translation>ยาวเท่ากับทั้งกะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense</source>
        <translation>ติดลบไม่ได้ ให้เลือก รายได้ ถูกหัก หรือค่าใช้จ่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is listed twice</source>
        <translation>มีซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the same as start (for a night shift, the end is on the next day)</source>
        <translation>เท่ากับเวลาเริ่ม (กะกลางคืนจะจบในวันถัดไป)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a category for %2: %3</source>
        <translation>“%1” ไม่ใช่หมวดของ %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>ใหญ่เกินไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>makes the shift longer than %1 hours</source>
        <translation>ทำให้กะยาวเกิน %1 ชั่วโมง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a currency code (like SEK or EUR)</source>
        <translation>“%1” ไม่ใช่รหัสสกุลเงิน (เช่น SEK หรือ EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be written as text, like &quot;800.00&quot;</source>
        <translation>ต้องเขียนเป็นข้อความ เช่น &quot;800.00&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative; choose earning, deduction or expense instead</source>
        <translation>ติดลบไม่ได้ ให้เลือก รายได้ ถูกหัก หรือค่าใช้จ่าย แทน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty; write an amount like 800.00</source>
        <translation>ว่างอยู่ เขียนจำนวนเงิน เช่น 800.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an amount; write it like 800.00</source>
        <translation>“%1” ไม่ใช่จำนวนเงิน เขียนแบบนี้ 800.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals</source>
        <translation>เงินสกุล %1 มีทศนิยมได้ไม่เกิน %2 ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have no decimals</source>
        <translation>เงินสกุล %1 ไม่มีทศนิยม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date; write it like 2026-03-28</source>
        <translation>“%1” ไม่ใช่วันที่ เขียนแบบนี้ 2026-03-28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time zone (like Europe/Stockholm)</source>
        <translation>“%1” ไม่ใช่เขตเวลา (เช่น Asia/Bangkok)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist on %2: the clocks went forward. Check the time</source>
        <translation>เวลา %1 ไม่มีอยู่ในวันที่ %2: นาฬิกาถูกปรับเดินหน้า ตรวจดูเวลาอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 happened twice on %2 (the clocks went back). Add the offset, like 02:30+02:00</source>
        <translation>เวลา %1 เกิดขึ้นสองครั้งในวันที่ %2 (นาฬิกาถูกปรับถอยหลัง) ใส่ส่วนต่างเวลาด้วย เช่น 02:30+02:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date and time like 2026-03-28T21:00</source>
        <translation>ต้องเป็นวันที่และเวลา เช่น 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date and time; write it like 2026-03-28T21:00</source>
        <translation>“%1” ไม่ใช่วันที่และเวลา เขียนแบบนี้ 2026-03-28T21:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a real date and time</source>
        <translation>“%1” ไม่ใช่วันที่และเวลาที่มีอยู่จริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a time offset</source>
        <translation>“%1” ไม่ใช่ส่วนต่างเวลา</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/record_editor.py" line="+60"/>
        <source>Saving keeps the earlier version in the record history.</source>
        <extracomment>Set by ``ready()``; compares the form with what it was when opened.</extracomment>
        <translation>การบันทึกจะเก็บฉบับก่อนหน้าไว้ในประวัติของบันทึก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved yet. Please check:</source>
        <translation>ยังไม่ได้บันทึก โปรดตรวจดู:</translation>
    </message>
</context>
<context>
    <name>RepColumns</name>
    <message>
        <location filename="../../src/workbook/ui/rep/window.py" line="-482"/>
        <source>Verdict</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>คนทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplaces</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือ</translation>
    </message>
</context>
<context>
    <name>RepWindow</name>
    <message>
        <location line="+507"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook — reports received</source>
        <translation>Workbook — รายงานที่ได้รับ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reports</source>
        <translation>รายงาน(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice report</source>
        <translation>รายงานแนวปฏิบัติ(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import reports…</source>
        <translation>นำเข้ารายงาน…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up…</source>
        <translation>สำรองข้อมูล…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an encrypted copy of this rep vault, for a USB stick</source>
        <translation>ทำสำเนาเข้ารหัสของตู้เซฟตัวแทนนี้ สำหรับแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>เปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick hide</source>
        <translation>ซ่อนทันที</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase is changed. Only the new one opens this rep vault now.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว ตอนนี้มีแต่รหัสใหม่ที่เปิดตู้เซฟตัวแทนนี้ได้</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making a backup…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is made: %1. Keep it somewhere other than this computer.</source>
        <translation>สำรองข้อมูลแล้ว: %1 เก็บไว้ที่อื่นที่ไม่ใช่คอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location line="-631"/>
        <source>Import reports…</source>
        <translation>นำเข้ารายงาน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import reports</source>
        <translation>นำเข้ารายงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 17-K3QF-9ZTA-M2XW-PL7D</source>
        <translation>เช่น 17-K3QF-9ZTA-M2XW-PL7D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal codes the worker sent you</source>
        <translation>รหัสตราประทับที่คนทำงานส่งให้คุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Every report in this import is checked against each code; separate codes with spaces.</source>
        <translation>ไม่บังคับ รายงานทุกฉบับที่นำเข้าครั้งนี้จะถูกตรวจกับทุกรหัส คั่นรหัสด้วยเว้นวรรค</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal codes (optional):</source>
        <translation>รหัสตราประทับ (ไม่บังคับ):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reports received</source>
        <translation>รายงานที่ได้รับ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Checks of the selected report</source>
        <translation>ผลตรวจของรายงานที่เลือก</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove report…</source>
        <translation>เอารายงานออก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected report for good: imported by mistake, or the worker no longer agrees to its use.</source>
        <translation>ลบรายงานที่เลือกถาวร: นำเข้าผิด หรือคนทำงานไม่ยินยอมให้ใช้แล้ว</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Verified</source>
        <translation>✓ ตรวจแล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ Failed: %1 — not counted</source>
        <translation>✗ ไม่ผ่าน: %1 — ไม่นับ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker %1</source>
        <translation>คนทำงาน %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fingerprint: %1</source>
        <translation>ลายนิ้วมือ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received: %1</source>
        <translation>ได้รับ: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not counted</source>
        <translation>ไม่นับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this report?</source>
        <translation>เอารายงานนี้ออกไหม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (%2) for good?</source>
        <translation>เอา “%1” (%2) ออกถาวรไหม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its files and figures are deleted from this rep vault. Practice reports you make from now on leave it out. Reports you already sent do not change, and a backup made before now still has it.</source>
        <translation>ไฟล์และตัวเลขของรายงานจะถูกลบออกจากตู้เซฟตัวแทนนี้ รายงานแนวปฏิบัติที่คุณทำต่อจากนี้จะไม่รวมรายงานนี้ รายงานที่ส่งไปแล้วไม่เปลี่ยน และไฟล์สำรองที่ทำไว้ก่อนหน้านี้ยังมีรายงานนี้อยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove report</source>
        <translation>เอารายงานออก</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed “%1”.</source>
        <translation>เอา “%1” ออกแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reports yet. Import the JSON file a worker sent you (with its PDF, if you have it).</source>
        <translation>ยังไม่มีรายงาน นำเข้าไฟล์ JSON ที่คนทำงานส่งให้คุณ (พร้อม PDF ถ้ามี)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 verified reports from %2 workers. %3 failed a check: they are kept apart and never counted.</source>
        <translation>รายงานที่ตรวจแล้ว %1 ฉบับ จากคนทำงาน %2 คน %3 ฉบับไม่ผ่านการตรวจ: แยกเก็บไว้และไม่นับเลย</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose reports to import</source>
        <translation>เลือกรายงานที่จะนำเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook reports (*.json *.pdf);;All files (*)</source>
        <translation>รายงาน Workbook (*.json *.pdf);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to import</source>
        <translation>ไม่มีอะไรให้นำเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the JSON file of each report; a PDF alone cannot be checked.</source>
        <translation>เลือกไฟล์ JSON ของแต่ละรายงาน PDF อย่างเดียวตรวจไม่ได้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking and importing reports…</source>
        <translation>กำลังตรวจและนำเข้ารายงาน…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported</source>
        <translation>ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 verified and added. %2 already here (nothing changed). %3 failed a check: kept apart, not counted.</source>
        <translation>ตรวจและเพิ่มแล้ว %1 ฉบับ มีอยู่แล้ว %2 ฉบับ (ไม่มีอะไรเปลี่ยน) %3 ฉบับไม่ผ่านการตรวจ: แยกเก็บไว้ ไม่นับ</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../src/workbook/ui/errors.py" line="+22"/>
        <source>Nothing was restored and your vault was not changed.</source>
        <translation>ไม่ได้กู้คืนอะไร และตู้เซฟของคุณไม่ได้ถูกเปลี่ยน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be read</source>
        <extracomment>What the restore service found wrong with a damaged backup (its English words → ours).</extracomment>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some of its pages are damaged or were changed</source>
        <translation>บางหน้าในไฟล์เสียหายหรือถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database structure is broken</source>
        <translation>โครงสร้างฐานข้อมูลเสีย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some records in it point at records that do not exist</source>
        <translation>บันทึกบางรายการอ้างถึงบันทึกที่ไม่มีอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was never finished being set up</source>
        <translation>ไม่เคยสร้างเสร็จ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its change journal is broken</source>
        <translation>บันทึกการเปลี่ยนแปลงเสีย</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That passphrase does not open this backup (if you are sure it is right, the backup is damaged).</source>
        <translation>รหัสผ่านนี้เปิดไฟล์สำรองนี้ไม่ได้ (ถ้าแน่ใจว่าถูก แปลว่าไฟล์สำรองเสียหาย)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Workbook backup.</source>
        <translation>%1 ไม่ใช่ไฟล์สำรองของ Workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of Workbook; update Workbook to restore it.</source>
        <translation>ไฟล์สำรองนี้ทำด้วย Workbook รุ่นใหม่กว่า อัปเดต Workbook เพื่อกู้คืน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup was made by a much older version of Workbook that this version cannot upgrade.</source>
        <translation>ไฟล์สำรองนี้ทำด้วย Workbook รุ่นเก่ามากที่รุ่นนี้อัปเกรดไม่ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged: %1.</source>
        <translation>ไฟล์สำรองเสียหาย: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try an older backup.</source>
        <translation>ลองไฟล์สำรองที่เก่ากว่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup at %1.</source>
        <translation>ไม่มีไฟล์สำรองที่ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That backup is open in Workbook or another program. Close it there first.</source>
        <translation>ไฟล์สำรองนี้เปิดอยู่ใน Workbook หรือโปรแกรมอื่น ปิดที่นั่นก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is open in Workbook or another program. Lock it or close the app, then restore.</source>
        <translation>ตู้เซฟเปิดอยู่ใน Workbook หรือโปรแกรมอื่น ล็อกหรือปิดแอปก่อน แล้วค่อยกู้คืน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the vault itself, not a backup of it. Nothing was changed.</source>
        <translation>นั่นคือตัวตู้เซฟเอง ไม่ใช่ไฟล์สำรอง ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/backup_dialog.py" line="+13"/>
        <source>Restore a backup</source>
        <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workbook locks first. The vault you have now is kept, unchanged, beside it (its name ends in “before-restore” and the time), and the backup takes its place. Then unlock with the backup&apos;s passphrase.</source>
        <translation>Workbook จะล็อกก่อน ตู้เซฟที่คุณมีตอนนี้จะถูกเก็บไว้ข้างๆ โดยไม่เปลี่ยน (ชื่อลงท้ายด้วย “before-restore” และเวลา) แล้วไฟล์สำรองจะเข้ามาแทนที่ จากนั้นปลดล็อกด้วยรหัสผ่านของไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Backup file</source>
        <translation>ไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The backup&apos;s passphrase</source>
        <translation>รหัสผ่านของไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the backup file</source>
        <translation>เลือกไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the backup file.</source>
        <translation>เลือกไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>พิมพ์รหัสผ่านของไฟล์สำรอง</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="+88"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work name</source>
        <translation>ชื่อที่ใช้ทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name on your reports. A stage name is fine.</source>
        <translation>ชื่อบนรายงานของคุณ ใช้ชื่อในวงการได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name (optional)</source>
        <translation>ชื่อตามกฎหมาย (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed if a claim must carry your legal name. Leave it empty otherwise.</source>
        <translation>ต้องใช้เฉพาะเมื่อคำร้องต้องมีชื่อตามกฎหมายของคุณ ถ้าไม่ใช่ก็เว้นว่างไว้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a wage in another currency</source>
        <translation>เพิ่มค่าจ้างในสกุลเงินอื่น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Money and time</source>
        <translation>เงินและเวลา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual currency</source>
        <translation>สกุลเงินที่ใช้ประจำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new day starts at</source>
        <translation>วันใหม่เริ่มตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For night work: a shift that starts before this time counts for the day before. Usually 06:00.</source>
        <translation>สำหรับงานกลางคืน: กะที่เริ่มก่อนเวลานี้นับเป็นของวันก่อน ปกติคือ 06:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference hourly wage</source>
        <translation>ค่าจ้างรายชั่วโมงอ้างอิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minimum or collective-agreement rate. Reports compare what you kept with what an employee would have been owed.</source>
        <translation>อัตราค่าจ้างขั้นต่ำหรือตามข้อตกลงร่วม รายงานจะเทียบเงินที่คุณเหลือกับเงินที่ลูกจ้างควรได้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+172"/>
        <source>Never</source>
        <translation>ไม่เลย</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Call the window “Notes” instead of “Workbook”</source>
        <translation>เรียกหน้าต่างว่า “Notes” แทน “Workbook”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and privacy</source>
        <translation>ภาษาและความเป็นส่วนตัว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after this long without use</source>
        <translation>ล็อกเมื่อไม่ได้ใช้นานเท่านี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in real time, so a laptop that slept is locked when it wakes.</source>
        <translation>นับตามเวลาจริง แล็ปท็อปที่พักเครื่องอยู่จะถูกล็อกเมื่อเปิดขึ้นมา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window title</source>
        <translation>ชื่อหน้าต่าง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 locks. %2 hides everything at once: it locks and closes every window. Ctrl+1 to Ctrl+8 open the sections.</source>
        <translation>%1 ล็อก %2 ซ่อนทุกอย่างทันที: ล็อกและปิดทุกหน้าต่าง Ctrl+1 ถึง Ctrl+8 เปิดส่วนต่างๆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard</source>
        <translation>แป้นพิมพ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>เปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your records are encrypted with your passphrase. Nobody can recover it if it is lost.</source>
        <translation>บันทึกของคุณถูกเข้ารหัสด้วยรหัสผ่านของคุณ ถ้าลืมไม่มีใครกู้ได้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a backup now…</source>
        <translation>สำรองข้อมูลตอนนี้…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>การสำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup</source>
        <translation>สำรองครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep backups somewhere other than this computer, such as a USB stick.</source>
        <translation>เก็บไฟล์สำรองไว้ที่อื่นที่ไม่ใช่คอมพิวเตอร์เครื่องนี้ เช่น แฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after</source>
        <translation>เตือนฉันหลังจาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder shows when the last backup is older than this.</source>
        <translation>จะมีการเตือนเมื่อสำรองครั้งล่าสุดนานกว่านี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the records here with those in a backup. The vault you have now is kept beside it.</source>
        <translation>แทนที่บันทึกที่นี่ด้วยบันทึกในไฟล์สำรอง ตู้เซฟที่คุณมีตอนนี้จะถูกเก็บไว้ข้างๆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save settings</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>สถานะการบันทึก</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Choose a currency from the list for each wage.</source>
        <translation>เลือกสกุลเงินจากรายการสำหรับค่าจ้างแต่ละอัน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write each wage as an amount, like 150 or 152,50.</source>
        <translation>เขียนค่าจ้างแต่ละอันเป็นจำนวนเงิน เช่น 150 หรือ 152,50</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the currency and time zone from their lists.</source>
        <translation>เลือกสกุลเงินและเขตเวลาจากรายการ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✓ Saved.</source>
        <translation>✓ บันทึกแล้ว</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>✓ The passphrase is changed.</source>
        <translation>✓ เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
</context>
<context>
    <name>ShiftEditor</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/shift_editor.py" line="+99"/>
        <source>Edit shift</source>
        <translation>แก้ไขกะ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a shift</source>
        <translation>บันทึกกะ</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+492"/>
        <source>Workplace</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Date the shift started</source>
        <translation>วันที่เริ่มกะ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time</source>
        <translation>เวลาจบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends &amp;next day</source>
        <translation>จบวันถัดไป(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift ends the next day</source>
        <translation>กะจบในวันถัดไป</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours worked</source>
        <translation>ชั่วโมงที่ทำงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid breaks in minutes</source>
        <translation>พักไม่ได้ค่าจ้าง (นาที)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+463"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+459"/>
        <source>Scheduled start</source>
        <translation>เวลาเริ่มตามตาราง</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Scheduled start time</source>
        <translation>เวลาเริ่มตามตาราง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+456"/>
        <source>Scheduled end</source>
        <translation>เวลาจบตามตาราง</translation>
    </message>
    <message>
        <location line="-453"/>
        <source>Scheduled end time</source>
        <translation>เวลาจบตามตาราง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add line (Insert)</source>
        <translation>เพิ่มบรรทัด (Insert)(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a money line</source>
        <translation>เพิ่มรายการเงิน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tonight&apos;s money</source>
        <translation>เงินคืนนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything worth remembering about this shift</source>
        <translation>อะไรที่ควรจำเกี่ยวกับกะนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+433"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>A pay slip, a fine notice, the schedule: kept with this shift</source>
        <translation>สลิปเงินเดือน ใบแจ้งค่าปรับ ตารางงาน: เก็บไว้กับกะนี้</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Signs of control this shift</source>
        <translation>สัญญาณการควบคุมในกะนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter moves to the next field; on the last amount it saves. Ctrl+Enter saves from anywhere.</source>
        <translation>Enter ไปช่องถัดไป ที่จำนวนเงินช่องสุดท้ายจะบันทึก Ctrl+Enter บันทึกได้จากทุกที่</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save shift</source>
        <translation>บันทึกกะ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Date</source>
        <translation>วันที่(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart</source>
        <translation>เริ่ม(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>จบ(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Workplace</source>
        <translation>ที่ทำงาน(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>เมื่อไร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role</source>
        <translation>บทบาท(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Breaks</source>
        <translation>พัก(&amp;B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scheduled (optional)</source>
        <translation>ตามตาราง (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money this shift</source>
        <translation>เงินของกะนี้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>N&amp;otes</source>
        <translation>หมายเหตุ(&amp;O)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add a workplace first (Workplaces page), then log shifts there.</source>
        <translation>เพิ่มที่ทำงานก่อน (หน้า ที่ทำงาน) แล้วบันทึกกะที่นั่น</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Ticked for you: the end time is earlier than the start.</source>
        <translation>ติ๊กให้แล้ว: เวลาจบอยู่ก่อนเวลาเริ่ม</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The end is before the start. If the shift ended after midnight, tick “Ends next day”.</source>
        <translation>เวลาจบอยู่ก่อนเวลาเริ่ม ถ้ากะจบหลังเที่ยงคืน ให้ติ๊ก “จบวันถัดไป”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end is before the start.</source>
        <translation>เวลาจบอยู่ก่อนเวลาเริ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked %1</source>
        <translation>ทำงาน %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift could not be saved. What you typed is still here.

%1</source>
        <translation>บันทึกกะไม่ได้ สิ่งที่คุณพิมพ์ยังอยู่ตรงนี้

%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>จบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>พัก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
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
        <translation>กะ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a shift…</source>
        <translation>เพิ่มกะ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search in notes</source>
        <translation>ค้นหาในหมายเหตุ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+1: ends the next day</source>
        <translation>+1: จบวันถัดไป</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earned minus what the workplace took; below zero means the night ended in debt</source>
        <translation>รายได้ลบที่ที่ทำงานหักไป ต่ำกว่าศูนย์แปลว่าคืนนั้นจบด้วยการติดหนี้</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n กะ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shifts match these filters.</source>
        <translation>ไม่มีกะที่ตรงกับตัวกรองนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shifts yet. Press “Add a shift…” to log one.</source>
        <translation>ยังไม่มีกะ กด “เพิ่มกะ…” เพื่อบันทึก</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shift at %1 on %2</source>
        <translation>กะที่ %1 วันที่ %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the shift at %1 on %2, %3?</source>
        <translation>ลบกะที่ %1 วันที่ %2, %3 ไหม</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n money lines are deleted with it.</source>
        <translation>
            <numerusform>รายการเงิน %n รายการของกะนี้จะถูกลบไปด้วย</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/workbook/ui/passphrase.py" line="+74"/>
        <source>Passphrase strength</source>
        <translation>ความแข็งแรงของรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use at least %1 characters; a few unrelated words are easiest to remember.</source>
        <translation>ใช้อย่างน้อย %1 ตัวอักษร หลายคำที่ไม่เกี่ยวกันจำง่ายที่สุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>สั้นเกินไป: ใช้อย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: %1. %2</source>
        <translation>ความแข็งแรง: %1 %2</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/workbook/ui/tasks.py" line="+234"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/today.py" line="+36"/>
        <source>Today</source>
        <extracomment>Where &quot;now&quot; comes from; tests replace it.</extracomment>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workplace for today&apos;s shift</source>
        <translation>ที่ทำงานของกะวันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workplace</source>
        <translation>ที่ทำงาน(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start shift</source>
        <translation>เริ่มกะ(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End shift</source>
        <translation>จบกะ(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add money during the shift</source>
        <translation>เพิ่มเงินระหว่างกะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ E&amp;arning</source>
        <translation>+ รายได้(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>House &amp;fee</source>
        <translation>ค่าธรรมเนียมร้าน(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tip-out</source>
        <translation>ส่วนแบ่งทิป(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ine</source>
        <translation>ค่าปรับ(&amp;I)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tonight so far</source>
        <translation>คืนนี้จนถึงตอนนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earned</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the workplace</source>
        <translation>ที่ทำงานหักไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>เหลือ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Money added this shift</source>
        <translation>เงินที่เพิ่มในกะนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+132"/>
        <source>Your last shift</source>
        <translation>กะล่าสุดของคุณ</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>E&amp;dit this shift…</source>
        <translation>แก้ไขกะนี้(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Start when you arrive and add fees, fines and tip-outs as they happen; everything is saved at once. Or log a shift afterwards, in one go.</source>
        <translation>กด เริ่ม เมื่อมาถึง แล้วเพิ่มค่าธรรมเนียม ค่าปรับ และส่วนแบ่งทิปเมื่อเกิดขึ้น ทุกอย่างบันทึกทันที หรือจะบันทึกกะทีหลังทีเดียวก็ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this shift…</source>
        <translation>ลืมกะนี้…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log a past shift…</source>
        <translation>บันทึกกะที่ผ่านมา(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record an incident…</source>
        <translation>บันทึกเหตุการณ์(&amp;R)…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Today, %1</source>
        <translation>วันนี้ %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shift saved</source>
        <translation>บันทึกกะแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2–%3 at %4: %5 worked.</source>
        <translation>%1, %2–%3 ที่ %4: ทำงาน %5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a workplace on the Workplaces page first; then start shifts here.</source>
        <translation>เพิ่มที่ทำงานที่หน้า ที่ทำงาน ก่อน แล้วเริ่มกะที่นี่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on shift.</source>
        <translation>ไม่ได้อยู่ในกะ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On shift at %1 since %2 (%3 so far).</source>
        <translation>อยู่ในกะที่ %1 ตั้งแต่ %2 (ผ่านไป %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept: %1</source>
        <translation>เหลือ: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Forget this shift?</source>
        <translation>ลืมกะนี้ไหม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift in progress will not be recorded. Money you added stays in your records, without a shift.</source>
        <translation>กะที่กำลังทำอยู่จะไม่ถูกบันทึก เงินที่คุณเพิ่มไว้ยังอยู่ในบันทึกของคุณ โดยไม่มีกะ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earning</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House fee</source>
        <translation>ค่าธรรมเนียมร้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-out</source>
        <translation>ส่วนแบ่งทิป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>ค่าปรับ</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/workbook/ui/unlock.py" line="+119"/>
        <source>Notes</source>
        <extracomment>The worker closed the window (quit the app). Milliseconds per countdown step; tests make it short instead of sleeping.</extracomment>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I log my work</source>
        <translation>ฉันบันทึกงานของฉัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I receive reports</source>
        <translation>ฉันรับรายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For union reps: check the reports workers send you and see a workplace&apos;s practices.</source>
        <translation>สำหรับตัวแทนสหภาพ: ตรวจรายงานที่คนทำงานส่งให้คุณ และดูแนวปฏิบัติของที่ทำงาน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup…</source>
        <translation>กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember this vault file on this computer</source>
        <translation>จำไฟล์ตู้เซฟนี้ไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this is off, nothing on this computer records where the file is.</source>
        <translation>ถ้าปิดไว้ จะไม่มีอะไรในคอมพิวเตอร์เครื่องนี้จดว่าไฟล์อยู่ที่ไหน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another vault file…</source>
        <translation>เลือกไฟล์ตู้เซฟอื่น…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault…</source>
        <translation>สร้างตู้เซฟใหม่…</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+93"/>
        <source>Type your passphrase to open your records.</source>
        <translation>พิมพ์รหัสผ่านเพื่อเปิดบันทึกของคุณ</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+12"/>
        <source>Passphrase</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show passphrase</source>
        <translation>แสดงรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <location line="+61"/>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Your records are kept in one encrypted file on this computer. Nothing is sent anywhere. Choose a passphrase to lock the file.</source>
        <translation>บันทึกของคุณเก็บอยู่ในไฟล์เข้ารหัสไฟล์เดียวบนคอมพิวเตอร์เครื่องนี้ ไม่มีอะไรถูกส่งไปที่ไหน ตั้งรหัสผ่านเพื่อล็อกไฟล์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Nobody can recover a forgotten passphrase, and there is no reset. Without it, your records cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>⚠ ไม่มีใครกู้รหัสผ่านที่ลืมได้ และรีเซ็ตไม่ได้ ถ้าไม่มีรหัสผ่าน บันทึกของคุณจะเปิดไม่ได้ จดไว้และเก็บในที่ปลอดภัย</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>Create vault</source>
        <translation>สร้างตู้เซฟ</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Vault file: %1</source>
        <translation>ไฟล์ตู้เซฟ: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type your passphrase to open the reports you received.</source>
        <translation>พิมพ์รหัสผ่านเพื่อเปิดรายงานที่คุณได้รับ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type your passphrase first.</source>
        <translation>พิมพ์รหัสผ่านก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking…</source>
        <translation>กำลังปลดล็อก…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is a worker&apos;s vault. Choose “I log my work” to open it.</source>
        <translation>นี่คือตู้เซฟของคนทำงาน เลือก “ฉันบันทึกงานของฉัน” เพื่อเปิด</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Try again in %n s</source>
        <translation>
            <numerusform>ลองอีกครั้งใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring…</source>
        <translation>กำลังกู้คืน…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring a backup…</source>
        <translation>กำลังกู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>กู้คืนแล้ว ปลดล็อกด้วยรหัสผ่านของไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A file with this name already exists. Workbook will not overwrite it; choose another name.</source>
        <translation>มีไฟล์ชื่อนี้อยู่แล้ว Workbook จะไม่เขียนทับ เลือกชื่ออื่น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating…</source>
        <translation>กำลังสร้าง…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a vault file</source>
        <translation>เลือกไฟล์ตู้เซฟ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where should the new vault be?</source>
        <translation>จะเก็บตู้เซฟใหม่ไว้ที่ไหน</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/unsaved.py" line="+99"/>
        <source>Discard changes?</source>
        <translation>ทิ้งการแก้ไขไหม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have changes that are not saved.</source>
        <translation>คุณมีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard them, or keep editing?</source>
        <translation>จะทิ้ง หรือแก้ไขต่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>a shift</source>
        <extracomment>How to open each kind of editor on a record id (or ``None`` for a new record).</extracomment>
        <translation>กะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an incident</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a money line</source>
        <translation>รายการเงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook locked while you were editing %1. Your changes were kept, encrypted, in this vault. Open them again?</source>
        <translation>Workbook ล็อกไปขณะที่คุณกำลังแก้ไข%1 การแก้ไขของคุณถูกเก็บไว้แบบเข้ารหัสในตู้เซฟนี้ เปิดอีกครั้งไหม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you had added were not kept: add them again.</source>
        <translation>ไฟล์ที่คุณเพิ่มไว้ไม่ได้ถูกเก็บ: เพิ่มใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>การแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open them</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw them away</source>
        <translation>ทิ้งไป</translation>
    </message>
</context>
<context>
    <name>WageRow</name>
    <message>
        <location filename="../../src/workbook/ui/pages/settings.py" line="-332"/>
        <source>Hourly wage</source>
        <translation>ค่าจ้างรายชั่วโมง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per hour</source>
        <translation>ต่อชั่วโมง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this wage</source>
        <translation>เอาค่าจ้างนี้ออก</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../src/workbook/ui/dialogs/workplace_dialog.py" line="+29"/>
        <source>Edit workplace</source>
        <translation>แก้ไขที่ทำงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workplace</source>
        <translation>ที่ทำงานใหม่</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Archived: I no longer work here (its records stay)</source>
        <translation>เก็บเข้าคลัง: ฉันไม่ได้ทำงานที่นี่แล้ว (บันทึกยังอยู่)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name people use, like the club&apos;s name on the door.</source>
        <translation>ชื่อที่คนทั่วไปเรียก เช่น ชื่อคลับที่หน้าร้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>รหัสประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, like SE for Sweden.</source>
        <translation>ตัวอักษรสองตัว เช่น TH สำหรับประเทศไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal employer</source>
        <translation>นายจ้างตามกฎหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim must name the legal employer, which is often not the name on the door. You find it on pay slips, contracts, receipts or in the company register.</source>
        <translation>คำร้องต้องระบุนายจ้างตามกฎหมาย ซึ่งมักไม่ใช่ชื่อหน้าร้าน หาได้จากสลิปเงินเดือน สัญญา ใบเสร็จ หรือทะเบียนบริษัท</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal name</source>
        <translation>ชื่อตามกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the workplace a name.</source>
        <translation>ตั้งชื่อที่ทำงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a currency from the list, like SEK.</source>
        <translation>เลือกสกุลเงินจากรายการ เช่น SEK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a time zone from the list.</source>
        <translation>เลือกเขตเวลาจากรายการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use two letters, like SE.</source>
        <translation>ใช้ตัวอักษรสองตัว เช่น SE</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../src/workbook/ui/pages/workplaces.py" line="-28"/>
        <location line="+64"/>
        <source>Archive</source>
        <translation>เก็บเข้าคลัง</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Hide a workplace you no longer work at from choices; its records stay</source>
        <translation>ซ่อนที่ทำงานที่คุณไม่ได้ทำแล้วจากตัวเลือก บันทึกยังอยู่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workplaces</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a workplace…</source>
        <translation>เพิ่มที่ทำงาน…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search names, cities and employers</source>
        <translation>ค้นหาชื่อ เมือง และนายจ้าง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known yet</source>
        <translation>ยังไม่รู้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>เก็บเข้าคลังแล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>ใช้อยู่</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n workplaces</source>
        <translation>
            <numerusform>%n ที่ทำงาน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No workplaces match.</source>
        <translation>ไม่มีที่ทำงานที่ตรงกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Add the clubs, agencies or platforms you work for.</source>
        <translation>ยังไม่มีที่ทำงาน เพิ่มคลับ เอเจนซี หรือแพลตฟอร์มที่คุณทำงานด้วย</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring back</source>
        <translation>นำกลับมา</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot delete</source>
        <translation>ลบไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” still has shifts, money or incidents recorded. Archive it instead: its records stay, and it no longer shows up in choices.</source>
        <translation>“%1” ยังมีกะ เงิน หรือเหตุการณ์ที่บันทึกไว้ ให้เก็บเข้าคลังแทน: บันทึกยังอยู่ และจะไม่แสดงในตัวเลือกอีก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the workplace “%1”? Nothing is recorded at it.</source>
        <translation>ลบที่ทำงาน “%1” ไหม ยังไม่มีอะไรบันทึกไว้ที่นี่</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <location filename="../../src/workbook/ui/widgets/pickers.py" line="+87"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a city, like Stockholm</source>
        <translation>พิมพ์ชื่อเมือง เช่น กรุงเทพ</translation>
    </message>
</context>
</TS>
