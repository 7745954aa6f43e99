"""Run every benchmark in turn and print their figures (``make bench``).

The vaults are generated on first use (the heavy one takes several minutes) and cached. Pass
``--quick`` to skip the heavy vault and time the rep's 200 reports once.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    runs = [
        ["bench_vault.py", "--runs", "7", *(["--only", "ten-year"] if quick else [])],
        ["bench_ui.py", "--runs", "5", *([] if quick else ["--heavy"])],
        ["bench_export.py", "--rounds", "3", *(["--no-heavy"] if quick else [])],
        ["bench_rep.py", *(["--quick"] if quick else ["--runs", "3"])],
    ]
    status = 0
    for script, *args in runs:
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / script), *args])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
