"""Opening a local input safely: without blocking, and checking what was actually opened.

Checking a path and then opening it leaves a gap in which the file can be swapped: a FIFO put in
its place makes a plain ``open`` wait forever for a writer, and a device never ends. So the
file is opened first — non-blocking, which returns at once even for a FIFO — and the *open*
file is then checked (``fstat``) to be a regular file before anything is read from it.
"""

from __future__ import annotations

import os
import stat
from typing import IO

from communique.ingest._codes import MISSING, READ_FAILED, UNREADABLE, UNSUPPORTED, fail

_os_open = os.open  # looked up per call, so a test can simulate the system refusing
_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
          | getattr(os, "O_BINARY", 0))


def open_regular(source: str) -> IO[bytes]:
    """Open ``source`` for binary reading if it is a regular file; raise ``InputError`` else."""
    try:
        fd = _os_open(source, _FLAGS)
    except FileNotFoundError as error:
        raise fail(source, "no such file (or a broken link)", MISSING) from error
    except PermissionError as error:
        raise fail(source, "permission denied", UNREADABLE) from error
    except OSError as error:
        raise fail(source, error.strerror or str(error), READ_FAILED) from error
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            # Reading a FIFO or a device could block forever or never end.
            raise fail(source, "not a regular file", UNSUPPORTED)
        if _FLAGS & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
