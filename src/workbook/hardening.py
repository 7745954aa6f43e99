"""Process hardening applied before any record is decrypted.

A core dump or a debugger attaching could copy decrypted records and the vault key out of
memory, so both are switched off (as KeePassXC does). Files the app creates are private to the
user (umask 077).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not available on this platform (Windows); nothing to switch off there
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # a libc without prctl; the rlimit above still stops core files
