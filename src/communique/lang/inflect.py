"""Inflected names back to their dictionary forms, by each language's ending rules.

Slavic languages decline names (``Женева`` → ``в Женеве``, ``Київ`` → ``у Києві``) and German
adds a genitive ``-s`` (``Genfs``). Rather than list every form of every name, a pack gives the
language's endings (``name_endings``), the endings a dictionary form can have
(``nominative_endings``) and vowel alternations between them (Ukrainian ``і``/``о``, ``ї``/``є``).
:func:`base_forms` turns a word into the dictionary forms it may come from; a gazetteer lookup
tries them in order. :func:`stem` is the form shared by every inflection of a name, used to
group a document's mentions of one person or place.
"""

from __future__ import annotations

from communique.lang._pack import LanguagePack

_VOWELS = frozenset("aeiouyаеёиоуыэюяєії")
MIN_STEM = 3
"""A stem shorter than this is not a name any more (``Ом`` is not the stem of ``Ома``)."""


def _strips(word: str, pack: LanguagePack) -> list[str]:
    """``word`` without each of its endings (longest first), keeping stems of MIN_STEM."""
    lower = word.lower()
    return [
        word[: -len(ending)]
        for ending in pack.name_endings
        if lower.endswith(ending) and len(word) - len(ending) >= MIN_STEM
    ]


def _alternated(stem: str, pack: LanguagePack) -> list[str]:
    """The stem with its last vowel turned back into its dictionary-form vowel (``Києв`` →
    ``Київ``); ``vowel_alternations`` pairs are (dictionary vowel, inflected vowel)."""
    out = []
    for base, inflected in pack.vowel_alternations:
        k = stem.rfind(inflected)
        if k > 0 and len(stem) - k <= 2:
            out.append(stem[:k] + base + stem[k + len(inflected):])
    return out


def base_forms(word: str, pack: LanguagePack | None) -> list[str]:
    """``word`` first, then the dictionary forms it may be an inflection of (no duplicates),
    those that keep more of the word first."""
    if pack is None or not pack.name_endings or len(word) <= MIN_STEM:
        return [word]
    forms = [word]
    nominative = ("", *pack.nominative_endings)
    # The shortest ending first: the candidate that keeps most of the word is the likeliest
    # (``Женеві`` is ``Женева``, not ``Женя``).
    bares = list(reversed(_strips(word, pack)))
    for bare in bares:
        for stem_form in (bare, *_alternated(bare, pack)):
            forms.extend(stem_form + ending for ending in nominative)
    # Last, a vowel the inflection dropped between the final consonants (``Египта`` →
    # ``Египет``): tried after every other form, a gazetteer decides.
    forms.extend(bare[:-1] + vowel + bare[-1] for bare in bares if _closed(bare)
                 for vowel in pack.fleeting_vowels)
    return list(dict.fromkeys(forms))


def _closed(stem: str) -> bool:
    """Whether a stem ends in two consonants (a dropped vowel may have stood between)."""
    return len(stem) > MIN_STEM and all(c.isalpha() and c.lower() not in _VOWELS
                                        for c in stem[-2:])


def _fold(word: str) -> str:
    """Lower case, ``ё`` written as ``е`` (Russian print mostly omits the dots)."""
    return word.lower().replace("ё", "е")


def stems(word: str, pack: LanguagePack | None) -> tuple[str, ...]:
    """The lower-case word and every stem it has (one ending removed), longest ending first.

    Two forms of one name share a stem (``Андрей`` and ``Андрея`` share ``андре``; ``Седларов``
    and ``Седларову`` share ``седларов``), which is what grouping mentions needs.
    """
    lower = _fold(word)
    if pack is None:
        return (lower,)
    return tuple(dict.fromkeys((lower, *_strips(lower, pack))))


def stem(word: str, pack: LanguagePack | None) -> str:
    """The lower-case stem of a dictionary form: its longest inflectional ending removed."""
    found = stems(word, pack)
    return found[1] if len(found) > 1 else found[0]


def same_name(a: str, b: str, pack: LanguagePack | None) -> bool:
    """Whether two (possibly multi-word) names are inflections of one name, word by word."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    return all(set(stems(x, pack)) & set(stems(y, pack)) for x, y in zip(wa, wb, strict=True))
