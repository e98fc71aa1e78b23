"""bodymap: an interactive 3D body map of myofascial trigger points and where they refer pain.

Data flows one way: mesh + annotation files -> validated Atlas -> referral engine -> baked tables -> viewer.
"""
from bodymap.core.body import Body, load_body
from bodymap.errors import BodymapError

__all__ = ["Body", "BodymapError", "load_body"]
__version__ = "0.1.0"
