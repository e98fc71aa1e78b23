"""The colours of bodymap, in one place: the 3D viewer, the side panel's badges, server-drawn pictures, review
sheets and handouts all take them from here (the browser receives them with its data pack).

Colour-blind safe: the accents are the Okabe-Ito palette. Essential zones are solid vermillion, spillover
zones a stippled orange, the pain spot and drawing bluish green (slate grey where no zone explains it), trigger point markers blue, a searched area sky blue,
and muscles violet with dark violet outlines and fibres (dashed when the muscle lies deep); neighbouring
superficial muscles take turns among four violets of different lightness (MUSCLE_TINTS), so the whole layer
reads muscle by muscle for every kind of colour vision (lightness, not hue, tells them apart).
"""
from __future__ import annotations

import numpy as np

PALETTE: dict[str, str] = {
    "background": "#f6f7f9",   # behind the body
    "skin": "#e6c2a6",
    "marker": "#0072B2",       # blue: trigger point markers, the referral path
    "marker_dark": "#0b2e6b",  # dark blue: markers on printed sheets, the header bar
    "selected_glow": "#3aa0e8",
    "halo": "#4fb3ff",
    "essential": "#D55E00",    # vermillion: essential referral zone (solid)
    "spillover": "#E69F00",    # orange: spillover zone (stippled, lighter)
    "pain": "#009E73",         # bluish green: the pain spot
    "painted": "#009E73",      # the pain drawing
    "unexplained": "#3A4A5E",  # slate grey: painted skin no trigger point zone explains
    "highlight": "#56B4E9",    # sky blue: a searched area, a quiz question's pain area
    "path": "#0072B2",
    "pulse": "#FFC20A",
    "pulse_core": "#FFF6C8",
    "line": "#CC79A7",         # a fascial line without a colour of its own
    "muscle": "#7B5EA7",       # violet: the muscle layer's tint (away from the zones' red-orange and orange)
    "muscle_dark": "#3B1F6B",  # dark violet: a muscle's outline and fibres
    # the muscle layer's alternating tints (issue 16 polish): neighbours differ in lightness; all stay bluer than
    # the skin over it (blue above green), which the zones' red-orange and orange never are
    "muscle_pale": "#C6B6F2",  # pale lavender
    "muscle_light": "#A38CD6", # light violet
    "muscle_dusk": "#4F2F85",  # deep violet (a muscle's colour, not the deep layer's: that one is hatched)
    "root": "#F0E442",         # yellow: the nerve-root layer's dermatomes ...
    "root_alt": "#C9C9C9",     # ... alternating with light grey between neighbouring roots
    "root_edge": "#5C5200",    # dark olive: a dermatome's edge
    "bone": "#4A4A4A",         # dark grey: the bony landmarks to feel for
}

#: The tints neighbouring superficial muscles take turns with (MuscleSite.tint indexes it; deep muscles keep the
#: first, hatched).
MUSCLE_TINTS: tuple[str, ...] = ("muscle", "muscle_pale", "muscle_dusk", "muscle_light")

#: How texts name the colours a user sees ("the blue area is where it hurts").
COLOUR_WORDS: dict[str, str] = {"highlight": "blue", "pain": "green", "essential": "red-orange",
                                "spillover": "orange", "marker": "blue"}


def rgb(name: str) -> np.ndarray:
    """(3,) float in 0..1 of a palette colour."""
    value = PALETTE[name].lstrip("#")
    return np.array([int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)])
