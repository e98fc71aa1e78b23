"""The project's own exceptions: each carries a message meant for a person, not a traceback."""
from __future__ import annotations


class BodymapError(Exception):
    """Base class: something a user can fix (a file, an argument); the message says what and how."""


class MeshFileError(BodymapError):
    """A mesh file is missing, truncated or does not hold what bodymap expects."""


class BuildError(BodymapError):
    """A build step's input is missing, not the pinned one, or not what we expect."""
