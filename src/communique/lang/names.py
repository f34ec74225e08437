"""Names across scripts and spellings: transliteration and the keys that name matching uses.

This is the one place where communique decides whether two spellings can name the same person
or place. ``Зеленский`` (Russian), ``Зеленський`` (Ukrainian), ``Selenskyj`` (German),
``Zelensky``, ``Zelenskyy`` and ``Zelenski`` all get the same :func:`spelling_key`; the merge
stage blocks people by :func:`block_key` of their surname and decides within a block by
:func:`similar_names`.

* :func:`to_latin` gives a readable Latin spelling of a Cyrillic name by the convention of its
  language (Russian: the English press's BGN-style spelling; Ukrainian: the official national
  system of 2010), for display when no Latin spelling is known.
* :func:`spelling_key` folds what transliteration systems disagree on (``kh``/``h``/``g``,
  ``gh``/``g``, ``ts``/``tz``/``c``, ``z``/``s``, ``w``/``v``, ``q``/``k``, ``j``/``y``/``i``,
  ``ie``/``e``, doubled letters, the ``-y``/``-iy``/``-yj``/``-i`` endings) after
  transliterating other scripts.
* :func:`block_key` is coarser: the consonant classes of the key, so that variants that differ
  in one consonant (``Zwetkarow`` / ``Tsvetkarov``) still meet in one block.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from difflib import SequenceMatcher

__all__ = [
    "block_key",
    "has_cyrillic",
    "is_latin",
    "similar_names",
    "spelling_key",
    "to_latin",
]

# One table for matching (keys): close to ISO 9 so that no information is lost before folding.
_KEY_TABLE = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "je",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "ju", "я": "ja", "'": "", "’": "", "ʼ": "",
    "č": "ch", "š": "sh", "ž": "zh", "ł": "l", "ß": "ss", "æ": "ae", "ø": "o",
})

# Readable spellings. Russian: BGN/PCGN as the English press uses it (``-ий`` → ``-y``).
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
# Ukrainian: the national system (Cabinet resolution 55 of 2010); soft sign and apostrophe drop.
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
# Word-initial forms of the Ukrainian system (Yevhen, Yurii, Yakiv, Yizhak).
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UKRAINIAN_LETTERS = frozenset("ґєії")
_RUSSIAN_LETTERS = frozenset("ёыэъ")

# Folds applied to the transliterated, lower-case, letters-only name, in this order.
_FOLDS = (
    ("shch", "sh"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("gh", "g"),
    ("tz", "c"),
    ("ts", "c"),
    ("cz", "c"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("ph", "f"),
    ("w", "v"),
    ("ou", "u"),
    ("ie", "e"),
    ("je", "e"),
    ("j", "i"),
    ("y", "i"),
    ("z", "s"),
    ("h", "g"),
)
_SIMILARITY = 0.8
_CLASSES = str.maketrans({
    "b": "p", "f": "p", "v": "p", "p": "p",
    "c": "s", "g": "s", "k": "s", "s": "s",
    "d": "t", "t": "t",
    "m": "n", "n": "n",
})
_VOWELS = re.compile(r"[aeiou]")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is Latin (accents allowed)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _guess_language(text: str) -> str:
    """``uk`` or ``ru`` for a Cyrillic name, by the letters only one of them has."""
    lower = set(text.lower())
    if lower & _UKRAINIAN_LETTERS:
        return "uk"
    if lower & _RUSSIAN_LETTERS:
        return "ru"
    return "ru"


def _latin_word(word: str, language: str) -> str:
    """One Cyrillic word in the readable Latin spelling of ``language``."""
    lower = word.lower()
    if language == "ru":
        for ending, latin in (("ий", "y"), ("ый", "y")):
            if lower.endswith(ending):
                lower = lower[: -len(ending)] + "\0" + latin
        out = "".join(_RU.get(ch, ch) for ch in lower).replace("\0", "")
    else:
        letters = [_UK_INITIAL.get(lower[:1], _UK.get(lower[:1], lower[:1]))]
        for before, ch in itertools.pairwise(lower):
            # "зг" is written "zgh" so that it is not read as "ж" (zh).
            letters.append("gh" if (before, ch) == ("з", "г") else _UK.get(ch, ch))
        out = "".join(letters)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def to_latin(name: str, language: str | None = None) -> str:
    """A readable Latin spelling of a Cyrillic name (``Зеленський`` → ``Zelenskyi``).

    ``language`` is ``ru`` or ``uk``; without it, letters only one of them has decide (Russian
    otherwise). Latin text is returned unchanged.
    """
    if not has_cyrillic(name):
        return name
    language = language if language in ("ru", "uk") else _guess_language(name)
    parts = re.split(r"([\s\-]+)", name)
    return "".join(_latin_word(p, language) if has_cyrillic(p) else p for p in parts)


def spelling_key(word: str) -> str:
    """A key under which transliteration variants of a name coincide.

    ``Zelenskyy``, ``Zelensky``, ``Selenskyj``, ``Зеленский`` and ``Зеленський`` all give
    ``selenski``; ``Tsvetkarov``, ``Cvetkarow`` and ``Цветкаров`` give ``cvetkarov``.
    """
    text = word.lower().translate(_KEY_TABLE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if c.isalpha() and c.isascii())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.rstrip("i") if len(text) > 4 else text


def block_key(word: str) -> str:
    """A coarse key for blocking: consonant classes of :func:`spelling_key` (first kept).

    Used to decide which names are compared at all; :func:`similar_names` decides.
    """
    key = spelling_key(word)
    if not key:
        return key
    rest = _VOWELS.sub("", key[1:]).translate(_CLASSES)
    first = key[0].translate(_CLASSES) if key[0] not in "aeiou" else "a"
    return re.sub(r"(.)\1+", r"\1", first + rest)


def similar_names(a: str, b: str) -> bool:
    """Whether two spelling keys (from :func:`spelling_key`) are variants of one name."""
    return a == b or SequenceMatcher(None, a, b).ratio() >= _SIMILARITY
