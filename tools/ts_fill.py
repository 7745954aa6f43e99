"""Fill a Qt .ts translation file from a JSON mapping of English source -> translation.

    python tools/ts_fill.py resources/translations/workbook_sv.ts --list      # unfinished, as JSON
    python tools/ts_fill.py resources/translations/workbook_sv.ts words.json  # fill them in

The mapping is ``{"source": "translation"}``; for a plural message (``numerus="yes"``) the value
is a list of forms. Optionally ``{"Context\u0004source": ...}`` targets one context only. Only
messages marked unfinished are filled, so a reviewed translation is never overwritten. Run
``make translations`` first so new strings from the code are in the file. Edits to a .ts by
several people at once should hold ``flock /tmp/ts.lock``.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def unfinished(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((name, message))
    return found


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    tree = ET.parse(path)
    root = tree.getroot()
    todo = unfinished(root)
    if len(argv) > 1 and argv[1] == "--list":
        out = {}
        for context, message in todo:
            source = message.findtext("source") or ""
            out[source] = [] if message.get("numerus") == "yes" else ""
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    filled = 0
    for context, message in todo:
        source = message.findtext("source") or ""
        value = mapping.get(f"{context}\u0004{source}", mapping.get(source))
        if not value:
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    print(f"{path}: filled {filled}, still unfinished {len(todo) - filled}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
