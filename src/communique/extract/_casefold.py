"""Lower-casing as a regex's IGNORECASE reads text, for cheap word tests before the patterns.

Python's ``re.IGNORECASE`` matches four non-ASCII letters as ASCII ones (dotless and dotted i,
long s, the Kelvin sign) that ``str.lower()`` leaves alone or, for the dotted capital I, turns
into two characters. A substring test that skips a pattern must read them the same way, or it
would skip text the pattern matches.
"""

from __future__ import annotations

ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The letters IGNORECASE reads as ASCII ones, mapped to them (one character for one)."""
