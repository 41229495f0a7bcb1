"""What every command does with what it is given: bounded reads, checked writes, printable messages.

- :func:`printable` — a file name or a message as one line a terminal shows as written: control characters
  (ANSI escapes, newlines, bidi overrides) become ``\\x1b``-style escapes; long text is shortened.
- :func:`input_file` / :func:`read_capped` — a file to read must be a regular file (a FIFO would block, a device
  such as ``/dev/zero`` never ends) no larger than a cap; it is read with the cap, never unbounded.
- :func:`output_file` / :func:`write_output` — a file to write is checked before any work is done (its folder
  exists, it is not a FIFO or a device) and written through a temporary file renamed into place, so a failed
  write leaves nothing half-written; an OS error becomes a one-line :class:`CliError`.
- :func:`one_line` — the first line of an error, printable.

``python -m analytics`` turns a :class:`CliError` (and the other input errors) into ``error: …`` on stderr and
exit code 2 (analytics/cli/main.py).
"""

from __future__ import annotations

import os
import stat
import tempfile
import unicodedata
from pathlib import Path

MB = 2**20
MAX_MESSAGE = 400


class CliError(ValueError):
    """Bad input or an unusable path: printed as one line, exit code 2."""


def printable(text: object, limit: int = MAX_MESSAGE) -> str:
    """``text`` on one line with every control or format character escaped (``\\x1b``, ``\\n``, ``\\u202e``)."""
    out = []
    for c in str(text):
        if c == "\\" or (c.isprintable() and unicodedata.category(c) not in ("Cf", "Zl", "Zp")):
            out.append(c)
        else:
            code = ord(c)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    s = "".join(out)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def one_line(exc: BaseException) -> str:
    """The first non-empty line of an error's message (its type when there is none), printable."""
    if isinstance(exc, OSError) and exc.strerror:
        where = exc.filename if exc.filename is not None else ""
        return printable(f"{where}: {exc.strerror}" if where != "" else exc.strerror)
    text = str(exc).strip()
    return printable(text.splitlines()[0] if text else type(exc).__name__)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def input_file(path: str | Path, max_bytes: int, what: str = "file") -> Path:
    """``path`` if it is a regular file of at most ``max_bytes``; else :class:`CliError` (never opens it)."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise CliError(f"{what} {printable(p)}: file not found") from None
    except OSError as exc:
        raise CliError(f"{what} {printable(p)}: cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(st.st_mode):
        raise CliError(f"{what} {printable(p)} is {_kind(st.st_mode)}, not a regular file")
    if st.st_size > max_bytes:
        raise CliError(f"{what} {printable(p)} is {st.st_size / MB:.1f} MB, larger than the limit of "
                       f"{max_bytes / MB:g} MB")
    return p


def read_capped(path: str | Path, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (checked first, then read with the cap)."""
    p = input_file(path, max_bytes, what)
    try:
        with open(p, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise CliError(f"{what} {printable(p)}: {exc.strerror or 'cannot be read'}") from None
    if len(data) > max_bytes:
        raise CliError(f"{what} {printable(p)} is larger than the limit of {max_bytes / MB:g} MB")
    return data


def output_file(path: str | Path, *, allow_dir: bool = False, what: str = "output") -> Path:
    """Check ``path`` can be written before any work is done: an existing regular file (or, with
    ``allow_dir``, a folder to write into), or a new name in an existing folder. No folder is created."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise CliError(f"{what} {printable(p)}: {exc.strerror}") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode) and allow_dir:
            if not os.access(p, os.W_OK | os.X_OK):
                raise CliError(f"{what} folder {printable(p)} is not writable")
            return p
        if not stat.S_ISREG(st.st_mode):
            raise CliError(f"{what} {printable(p)} is {_kind(st.st_mode)}; give a file name")
        if not os.access(p, os.W_OK):
            raise CliError(f"{what} {printable(p)} is not writable")
        return p
    parent = p.parent
    if not parent.is_dir():
        raise CliError(f"folder {printable(parent)} does not exist (create it first, or choose another path)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise CliError(f"folder {printable(parent)} is not writable")
    return p


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_output(path: str | Path, data: bytes, what: str = "output") -> Path:
    """Write ``data`` to ``path`` (checked by :func:`output_file`) through a temporary file in the same folder,
    renamed into place."""
    p = output_file(path, what=what)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, stat.S_IMODE(os.stat(p).st_mode) if p.exists() else 0o666 & ~_umask())
        os.replace(tmp, p)
        tmp = None
    except OSError as exc:
        raise CliError(f"cannot write {printable(p)}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return p
