"""The project's own exceptions: each carries a message meant for a person, not a traceback."""
from __future__ import annotations


class BodymapError(Exception):
    """Base class: something a user can fix (a file, an argument); the message says what and how."""


class MeshFileError(BodymapError):
    """A mesh file is missing, truncated or does not hold what bodymap expects."""


class BuildError(BodymapError):
    """A build step's input is missing, not the pinned one, or not what we expect."""


class OutputError(BodymapError):
    """An output file or folder cannot be written there (no folder, a file in the way, no permission, read-only)."""


class ListenError(BodymapError):
    """`bodymap serve` cannot listen on the address and port it was given."""


def describe_os_error(exc: OSError) -> str:
    """One line for an OSError: which file and what went wrong, without the errno noise."""
    what = exc.strerror or str(exc)
    names = [str(n) for n in (exc.filename, exc.filename2) if n is not None]
    return f"{' -> '.join(names)}: {what}" if names else what
