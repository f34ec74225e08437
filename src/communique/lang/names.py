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
* :func:`strip_honorifics`, :func:`name_words`, :func:`surname_keys` and
  :func:`given_names_compatible` read a person's name the way outlets vary it: courtesy, royal,
  religious and military honorifics in front (``Ayatollah``, ``Sheikh``, ``Datuk Seri``,
  ``Samdech``, ``Dr.``, ``Gen.``), patronymic links (``bin Saud``), the Arabic article
  (``al-Mansouri``, ``Al Mansouri``, ``Almansouri``).
* :func:`initials` and :func:`is_acronym` pair an acronym with the name it abbreviates.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from communique.lang._pack import language_pack
from communique.lang.inflect import base_forms

__all__ = [
    "block_key",
    "expansion_start",
    "fold",
    "given_names_compatible",
    "has_cyrillic",
    "honorific_length",
    "initials",
    "is_acronym",
    "is_latin",
    "keys_similar",
    "name_words",
    "same_person",
    "similar_names",
    "spelling_key",
    "strip_honorifics",
    "surname_keys",
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
    ("dzh", "j"),  # Джаред / Jared
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
    ("th", "t"),
    ("dh", "d"),
    ("oo", "u"),
    ("ee", "i"),
    ("w", "v"),
    ("ou", "u"),
    ("je", "e"),
    ("j", "i"),
    ("y", "i"),
    ("z", "s"),
    ("h", "g"),
)
_SIMILARITY = 0.8
_CACHE = 1 << 16
"""Distinct names a process keeps keys of: a story has a few thousand; a key is a pure function
of its name, and the merge stage asks for each name's keys once per mention."""
_SHORT = 3
_CLASSES = str.maketrans({
    "b": "p", "f": "p", "v": "p", "p": "p",
    "c": "s", "g": "s", "k": "s", "s": "s",
    "d": "t", "t": "t",
    "m": "n", "n": "n",
})
_VOWELS = re.compile(r"[aeiou]")
_SILENT_R = re.compile(r"(?<=[aeiou])r(?=[b-df-hj-np-tv-z])")


@lru_cache(maxsize=_CACHE)
def fold(text: str) -> str:
    """Case- and accent-free form of a name with its spaces collapsed (``ORBÁN`` = ``Orban``),
    for telling whether two spellings are the same name."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


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


@lru_cache(maxsize=_CACHE)
def spelling_key(word: str) -> str:
    """A key under which transliteration variants of a name coincide.

    ``Zelenskyy``, ``Zelensky``, ``Selenskyj``, ``Зеленский`` and ``Зеленський`` all give
    ``selensk``; ``Tsvetkarov``, ``Cvetkarow`` and ``Цветкаров`` give ``cvetkarov``.
    """
    text = word.lower().translate(_KEY_TABLE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if c.isalpha() and c.isascii())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    # ``ie``/``e`` once doubled letters are one (``Aliyev`` → ``aliiev`` → ``aliev`` → ``alev``,
    # as ``Алиев``), and doubles again (``Tsvietkarov``).
    text = re.sub(r"(.)\1+", r"\1", re.sub(r"(.)\1+", r"\1", text).replace("ie", "e"))
    return text.rstrip("i") if len(text) > 4 else text


def block_key(word: str) -> str:
    """A coarse key for blocking: consonant classes of :func:`spelling_key` (first kept).

    Used to decide which names are compared at all; :func:`similar_names` decides. An ``r``
    between a vowel and a consonant is left out: romanizations write a long vowel with a
    silent one (``Sarkphanom`` / ``Sakphanom``, ``Charnvit`` / ``Chanvit``).
    """
    key = spelling_key(word)
    if not key:
        return key
    key = _SILENT_R.sub("", key)
    rest = _VOWELS.sub("", key[1:]).translate(_CLASSES)
    first = key[0].translate(_CLASSES) if key[0] not in "aeiou" else "a"
    return re.sub(r"(.)\1+", r"\1", first + rest)


def similar_names(a: str, b: str) -> bool:
    """Whether two spelling keys (from :func:`spelling_key`) are variants of one name.

    Keys of three letters or fewer must be equal: one letter is a third of them (``Lin`` and
    ``Lorn`` are two names)."""
    if a == b:
        return True
    if min(len(a), len(b)) <= _SHORT:
        return False
    return SequenceMatcher(None, a, b).ratio() >= _SIMILARITY


# Words written before a person's name that are no part of it: courtesy, royal, religious,
# military and civil honorifics of the languages the press transliterates (lower case, without
# a final dot). Words that are also common given names or surnames (Sultan, Amir, Said, Don,
# Pak, He) are left out: a leading one cannot be told from a name.
HONORIFICS = frozenset({
    # courtesy
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "hon", "honourable", "honorable", "barrister", "excellency", "h.e", "hrh", "highness",
    "majesty", "m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "herr", "frau", "sr",
    "sra", "srta", "señor", "señora", "doña", "signor", "signora",
    "dott", "altesse", "alteza", "hoheit", "г-н", "г-жа", "господин", "госпожа",
    # religious
    "ayatollah", "hojatoleslam", "imam", "mullah", "mufti", "sheikh", "shaikh", "sheik",
    "cheikh", "scheich", "jeque", "sayyid", "sayyed", "sayed", "seyed", "seyyed", "syed",
    "sheikha", "rev", "reverend", "rabbi", "pope", "cardinal", "archbishop", "bishop",
    "patriarch", "haji", "hajji", "hajj", "haj", "hajah", "alhaji",
    # royal and traditional
    "king", "queen", "prince", "princess", "emir", "crown", "tun", "tunku", "tengku", "datuk",
    "dato", "datin", "samdech", "akka", "moha", "borvor", "thipadei", "techo", "oknha",
    "khun", "bapak", "ibu",
    # military and police
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig",
    "brigadier", "capt", "captain", "cmdr", "commander", "adm", "admiral", "sgt", "sergeant",
    "marshal", "pol", "gén", "général", "генерал",
})
# Honorifics of several words whose words alone may be names (``Tan`` is a surname, ``Sri`` a
# given name): stripped only as a whole.
HONORIFIC_SEQUENCES = (
    ("datuk", "seri"), ("dato", "seri"), ("dato", "sri"), ("tan", "sri"), ("toh", "puan"),
    ("grand", "ayatollah"), ("queen", "mother"), ("his", "excellency"), ("her", "excellency"),
    ("his", "highness"), ("her", "highness"), ("his", "majesty"), ("her", "majesty"),
    ("son", "altesse"), ("sa", "majesté"), ("field", "marshal"), ("lok", "chumteav"),
    ("sena", "padei"),
)
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould"})
"""Links to a father's name (``Khalid bin Saud Al Mansouri``): the link and the next word are
no part of the name outlets shorten."""
_ARTICLES = frozenset({"al", "el", "ul", "as", "ad", "ash", "at", "az", "an", "ar"})
"""The Arabic article, written as a word (``Al Mansouri``) or a hyphenated prefix (``al-``);
only ``al``/``el`` stand as separate words."""
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "dos",
                        "du", "la", "le", "ter", "zu"})
_MIN_CORE = 4
_FUNCTION_WORDS = frozenset({
    "of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "d", "la", "le",
    "les", "l", "et", "pour", "sur", "en", "del", "della", "di", "dei", "degli", "y", "e",
    "der", "die", "das", "und", "für", "fur", "von", "da", "do", "dos", "para", "por",
})
_ACRONYM_MAX = 10


def _bare_word(word: str) -> str:
    """A word lower-cased without a final dot or apostrophe, for honorific lookups."""
    return word.lower().rstrip("'’").rstrip(".")


_SEQUENCES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _sequence in HONORIFIC_SEQUENCES:
    _SEQUENCES_BY_FIRST.setdefault(_sequence[0], []).append(_sequence)
""":data:`HONORIFIC_SEQUENCES` by their first word, in their order (most words start none)."""


def honorific_length(words: Sequence[str]) -> int:
    """How many of the first ``words`` are honorifics (``Datuk Seri``, ``Dr.``, ``Gen.``); the
    whole list may be."""
    k = 0
    # Words are made bare only as far as the honorifics reach: most names have none.
    while k < len(words):
        word = _bare_word(words[k])
        step = next((len(seq) for seq in _SEQUENCES_BY_FIRST.get(word, ())
                     if _starts_with(words, k, seq)), 0)
        if not step and word in HONORIFICS:
            step = 1
        if not step:
            break
        k += step
    return k


def _starts_with(words: Sequence[str], k: int, sequence: tuple[str, ...]) -> bool:
    """Whether the bare ``words`` from ``k`` on start with all of ``sequence``."""
    return k + len(sequence) <= len(words) and all(
        _bare_word(words[k + j]) == part for j, part in enumerate(sequence))


@lru_cache(maxsize=_CACHE)
def strip_honorifics(name: str) -> str:
    """``name`` without the honorifics in front (``Ayatollah Ali Tavakoli`` → ``Ali Tavakoli``,
    ``Datuk Seri Ana Tavares`` → ``Ana Tavares``); ``""`` when nothing else is left
    (``Datuk Seri``), so a caller can drop a "name" made of titles alone."""
    words = name.split()
    return " ".join(words[honorific_length(words):])


def _article_core(word: str) -> str:
    """A surname without a hyphenated Arabic article (``al-Mansouri`` → ``Mansouri``)."""
    head, dash, rest = word.partition("-")
    if dash and head.lower() in _ARTICLES and len(rest) >= _MIN_CORE - 1:
        return rest
    return word


def name_words(name: str) -> list[str]:
    """The words of a person's name that outlets vary and shorten: honorifics, patronymic links
    (``bin Saud``) and a separate Arabic article (``Al Mansouri``) left out, a hyphenated one
    cut off (``al-Mansouri`` → ``Mansouri``). ``Khalid bin Saud Al Mansouri`` → ``Khalid
    Mansouri``."""
    return list(_name_words(name))


@lru_cache(maxsize=_CACHE)
def _name_words(name: str) -> tuple[str, ...]:
    words = strip_honorifics(name).split() or name.split()
    kept: list[str] = []
    skip = False
    for i, word in enumerate(words):
        lower = word.lower()
        if skip:
            skip = False
            continue
        # ``bin Saud`` before a family name is a link to the father; at the end
        # (``Mohammed bin Salman``) it is what the person is called by.
        if i > 0 and lower in _PATRONYMIC and i + 2 < len(words):
            skip = True
            continue
        if lower in ("al", "el") and i + 1 < len(words):
            continue
        kept.append(_article_core(word))
    # A name cut short after a link or particle (``Cheikh Tamim Bin``) ends before it.
    while len(kept) > 1 and kept[-1].lower() in _PATRONYMIC | _PARTICLES | _ARTICLES:
        kept.pop()
    return tuple(kept or words)


def _declined_stem(word: str) -> str | None:
    """A Cyrillic name without its case ending (``Алиевым`` → ``Алиев``, ``Владимиром`` →
    ``Владимир``), by the ending rules of the Russian or Ukrainian pack; ``None`` otherwise."""
    if not has_cyrillic(word):
        return None
    forms = base_forms(word, language_pack(_guess_language(word)))
    return forms[1] if len(forms) > 1 else None


@lru_cache(maxsize=_CACHE)
def surname_keys(word: str) -> tuple[str, ...]:
    """Spelling keys a surname may match under: its key, without an Arabic article written
    together with it (``Almansouri`` also as ``Mansouri``), a Cyrillic one without its case
    ending (``Алиевым`` also as ``Алиев``) and with ``э`` read as the English ``a`` it often
    spells (``Энтон`` also as ``Антон``)."""
    stem = _declined_stem(word)
    if stem is not None or "э" in word.lower():
        forms: tuple[str, ...] = (word, stem or word)
        # Russian writes the English open a as э (Эндрю / Andrew, Энтон / Anton)
        forms += tuple(f.replace("э", "а").replace("Э", "А") for f in forms if "э" in f.lower())
        return tuple(dict.fromkeys(spelling_key(f) for f in forms))
    key = spelling_key(_article_core(word))
    # Arabic words start with a consonant: ``Almansouri`` is ``al`` + ``Mansouri``, ``Alexander``
    # is no ``Exander``.
    rest = key[2:]
    if key[:2] in ("al", "el") and len(rest) > _MIN_CORE and rest[0] not in "aeiou":
        return (key, rest)
    return (key,)


def given_name(name: str) -> str | None:
    """The given name of a person's name of two words or more (lower-case particles are none:
    ``von der Leyen`` has no given name)."""
    words = name_words(name)
    if len(words) < 2 or words[0].lower() in _PARTICLES or words[0].lower() in _ARTICLES:
        return None
    return words[0]


def _consonants(key: str) -> str:
    """The consonants of a spelling key, in order."""
    return _VOWELS.sub("", key)


def given_names_compatible(a: str, b: str) -> bool:
    """Whether two given names can be one person's: one key a variant of the other
    (``Andriy`` / ``Andrii`` / ``Andrei``, ``Steve`` / ``Stephen``) or the same consonants
    (``Esmaeil`` / ``Ismail``); not ``Anna`` / ``Jonas``."""
    return any(_given_keys_compatible(ka, kb) for ka in surname_keys(a) for kb in surname_keys(b))


def _given_keys_compatible(ka: str, kb: str) -> bool:
    if not ka or not kb:
        return False
    if ka[:3] == kb[:3] or similar_names(ka, kb):
        return True
    ca, cb = _consonants(_hard_c(ka)), _consonants(_hard_c(kb))
    return len(ca) >= 3 and ca == cb


def _hard_c(key: str) -> str:
    """A key with ``ch`` and ``c`` read as ``k``, as in English given names that Cyrillic
    spells by sound (``Michael`` / ``Майкл``, ``Christopher`` / ``Кристофер``)."""
    return key.replace("cg", "k").replace("c", "k")


def is_acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym or code in any script: capitals, with digits,
    dots, hyphens or ``&`` (``IAEA``, ``U.N.``, ``UAE``, ``M4``, ``E3``, ``США``); not ``Ms``
    or ``Nato``."""
    core = [c for c in word if c.isalnum()]
    if not 2 <= len(core) <= _ACRONYM_MAX or not word[:1].isalpha() or not word[:1].isupper():
        return False
    return all(c.isupper() or c.isdigit() for c in core) and all(
        c.isalnum() or c in ".-&" for c in word)


def initials(name: str) -> str:
    """Upper-case initials of a name's words, function words of the common languages left out
    (``United Arab Emirates`` → ``UAE``, ``Organisation des Nations unies`` →
    ``ONU``); a hyphenated word gives one initial per part (``Korea-Japan`` → ``KJ``)."""
    letters = []
    for word in re.split(r"[\s\-/]+", name):
        bare = re.sub(r"^[dlDL]['’]", "", word)
        if bare and bare.lower() not in _FUNCTION_WORDS and bare[0].isalpha():
            letters.append(bare[0].upper())
    return "".join(letters)


def expansion_start(acronym: str, before: str) -> int | None:
    """Where the words right before a bracketed acronym start spelling it out, if they do: its
    letters found from right to left, the first at the start of a word, over two words or more
    (the test of Schwartz and Hearst, 2003: ``North Atlantic Treaty Organization (NATO)``,
    ``Organisation des Nations unies (ONU)``)."""
    letters = "".join(c for c in acronym if c.isalnum()).lower()
    window = min(len(letters) + 5, 2 * len(letters))
    cut = len(before)
    for _ in range(window):
        cut = before.rfind(" ", 0, cut - 1) if cut > 0 else -1
        if cut < 0:
            break
    text = before[cut + 1:].lower()
    i = len(text) - 1
    for j in range(len(letters) - 1, -1, -1):
        while i >= 0 and (text[i] != letters[j] or (j == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
    start = cut + 1 + i + 1
    return start if " " in before[start:].strip() else None


def same_person(a: str, b: str) -> bool:
    """Whether two names can name one person, as a reader links them: honorifics, patronymic
    links and the Arabic article aside, the surname of one is a spelling variant of a word after
    the other's given name (its surname, a second surname or a middle name: ``Andrés Manuel
    López`` / ``Andrés Manuel López Obrador``), and when both have a given name, that of one
    agrees with a name word before the other's surname (``Otty Patiño`` / ``José Otty
    Patiño``)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    later_a = [surname_keys(w) for w in wa[1:]] or [surname_keys(wa[0])]
    later_b = [surname_keys(w) for w in wb[1:]] or [surname_keys(wb[0])]
    sa, sb = surname_keys(wa[-1]), surname_keys(wb[-1])
    if not (any(keys_similar(sa, k) for k in later_b)
            or any(keys_similar(sb, k) for k in later_a)):
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    return any(given_names_compatible(x, y) for x in wa[:-1][:2] for y in wb[:-1][:2]
               if x[:1].isupper() and y[:1].isupper())


def keys_similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether any key of one name (:func:`surname_keys`) is a variant of any key of another."""
    return any(similar_names(x, y) for x in a for y in b)
