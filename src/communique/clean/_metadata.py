"""Article metadata: the outlet from a URL and a clean author name.

The publication date is chosen in :mod:`communique.clean._published`.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

__all__ = ["clean_author", "outlet_from_url"]


def _words(text: str) -> frozenset[str]:
    """Turn a space-separated word list into a set (keeps long lexicons readable)."""
    return frozenset(text.split())

# --- outlet ----------------------------------------------------------------------------------

# Second-level labels under which country-code domains are registered ("bbc.co.uk"). A short
# general list rather than the full public-suffix list: it covers the news domains we meet and
# errs towards a longer name (never a bare "co.uk") when a suffix is missing.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob",
                           "gv", "mil", "nic", "ltd", "plc", "nom", "info", "biz", "news", "web",
                           "sch", "press", "tv"})
_MULTI_SUFFIXES = frozenset({
    "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "gov.uk", "ac.uk", "com.au",
    "net.au", "org.au", "gov.au", "edu.au", "co.nz", "org.nz", "net.nz", "govt.nz", "co.jp",
    "ne.jp", "or.jp", "go.jp", "ac.jp", "co.kr", "or.kr", "co.in", "net.in", "org.in", "gov.in",
    "co.za", "org.za", "gov.za", "com.br", "org.br", "gov.br", "com.cn", "net.cn", "org.cn",
    "gov.cn", "com.hk", "com.sg", "com.my", "com.ph", "com.pk", "com.tr", "com.ua", "org.ua",
    "com.mx", "com.ar", "com.co", "com.eg", "com.ng", "com.sa", "co.il", "org.il", "co.ke",
    "co.th", "co.id", "or.id", "com.tw", "org.tw", "com.vn", "com.pl", "com.ru", "org.ru",
    "co.at", "or.at", "com.es", "com.pe", "com.ve", "com.bd", "com.np", "com.lb", "com.qa",
    "co.ug", "co.tz", "co.zw",
})
_STRIP_PREFIXES = ("www", "www1", "www2", "www3", "m", "amp", "mobile", "edition", "beta")


def _registered(labels: list[str]) -> list[str]:
    """Keep the registered part of a host name: the public suffix plus one label."""
    if len(labels) <= 2:
        return labels
    last_two = ".".join(labels[-2:])
    two_letter_cc = len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL
    if last_two in _MULTI_SUFFIXES or two_letter_cc:
        return labels[-3:]
    return labels[-2:]


def outlet_from_url(url: str) -> str | None:
    """Return the outlet's registered domain for a URL, e.g. ``example-news.co.uk``.

    ``www.``, ``m.``, ``amp.`` and other sub-domains are dropped; a missing scheme is tolerated.
    Returns ``None`` for anything without a dotted host name (file paths, ``localhost``, IPs).
    """
    if not isinstance(url, str) or not url.strip():
        return None
    text = url.strip()
    if "://" not in text:
        if text.startswith(("/", ".")) or ":" in text.split("/")[0]:
            return None
        text = "//" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("", "http", "https") or not host:
        return None
    host = host.strip(".").lower()
    if _is_ip(host) or "." not in host:
        return None
    labels = [label for label in host.split(".") if label]
    while len(labels) > 2 and labels[0] in _STRIP_PREFIXES:
        labels = labels[1:]
    return ".".join(_registered(labels))


def _is_ip(host: str) -> bool:
    """Tell whether a host is an IPv4/IPv6 literal, which names no outlet."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# --- author ----------------------------------------------------------------------------------

_LEAD = re.compile(
    r"^(?:[-–—•·|:*\s]+)?(?:(?:posted|post|written|words|story|text|reporting|report|"
    r"photos?|published|article)\s+)?(?:by|from)\s*:?\s+|^(?:authors?|writer|byline)\s*:\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[-–—•·|:*\s]+")
# Job titles and desks that follow a name after a comma, pipe or dash and are not part of it.
_ROLE_WORDS = _words(
    "staff writer reporter correspondent senior chief contributing contributor editor editors "
    "columnist political foreign diplomatic defence defense business economics investigations "
    "investigative national international news desk bureau associate assistant deputy managing "
    "freelance journalist special global affairs security"
)
_GENERIC = _words(
    "admin administrator staff editor editors editorial team newsroom unknown anonymous guest "
    "user author webmaster desk web news none null n/a na no-author noauthor"
)
_FILLER = frozenset({"the", "team", "our", "online", "digital", "and"})
"""Words that make a placeholder longer without making it a name ("The Editorial Team")."""
_SEPARATORS = re.compile(r"\s*(?:,|\||\s[-–—]\s|;|/|\s(?:[Ff]or|[Ii]n)\s+(?=[A-Z]))\s*")
_BAD_CHARS = re.compile(r"[@<>{}\[\]=#]|https?:|www\.|\d{3,}")


def _is_role(part: str) -> bool:
    """Tell whether a byline part is only a job title or desk ("Senior correspondent")."""
    words = [w.strip(".").lower() for w in part.split()]
    return bool(words) and all(w in _ROLE_WORDS or w in {"the", "of", "for", "and", "at"}
                               for w in words)


def _fix_case(name: str) -> str:
    """Title-case words written in capitals ("JANE DOE" -> "Jane Doe", "Jean DUPONT" -> "Jean
    Dupont"), but keep short capital words in a mixed name and lone acronyms ("AP", "JIJI")."""
    words = name.split()
    all_caps = not any(ch.islower() for ch in name)
    if all_caps and len(words) == 1 and len(name) <= 5:
        return name
    fixed = []
    for word in words:
        letters = sum(ch.isalpha() for ch in word)
        shout = word.isupper() and (all_caps or letters >= 4)
        fixed.append(word.title() if shout and "." not in word else word)
    return " ".join(fixed)


def _drop_leading_roles(name: str) -> str:
    """Drop job-title words before a name ("Senior correspondent Jane Doe" -> "Jane Doe")."""
    words = name.split()
    while len(words) > 2 and words[0].strip(".").lower() in _ROLE_WORDS:
        words = words[1:]
    return " ".join(words)


_CREDIT_ONLY = re.compile(
    r"^(?:edit(?:ing|ed)|additional reporting|graphics?|photos?|photography|illustrations?|"
    r"video|translat(?:ion|ed)|compiled|produced|design)\b",
    re.IGNORECASE,
)


def _only_generic(name: str) -> bool:
    """Tell whether every word of a name is a placeholder ("Editorial Team", "Web Desk")."""
    return all(w.strip(".").lower() in _GENERIC or w.lower() in _FILLER for w in name.split())


def _one_author(text: str) -> str | None:
    """Clean one author entry (no ``;`` inside): lead words, roles, affiliations, case."""
    for _ in range(2):  # "- Post By Emmie": a bullet, then the lead words
        text = _BULLET.sub("", _LEAD.sub("", text))
    name = next((p for p in _SEPARATORS.split(text) if p and not _is_role(p)), "")
    name = _drop_leading_roles(name.strip(" -–—:"))
    # A trailing period ends a sentence, except after an initial ("Dmytro K.").
    if name.endswith(".") and not re.search(r"(?:^|\s)[A-Z]\.$", name):
        name = name.rstrip(" .")
    name = name.lstrip(".")
    if not name or len(name) > 80 or len(name.split()) > 8:
        return None
    if name.lower().replace(" ", "-") in _GENERIC or _only_generic(name):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return _fix_case(name)


def _is_outlet(name: str, outlet: str | None) -> bool:
    """Tell whether an author entry is only the outlet's own name ("CNN" on cnn.com)."""
    if not outlet:
        return False
    squashed = "".join(ch for ch in name.lower() if ch.isalnum())
    label = outlet.lower().split(".")[0] if "." in outlet else outlet.lower()
    targets = {"".join(ch for ch in t if ch.isalnum()) for t in (outlet.lower(), label)}
    return squashed in targets or squashed in {"the" + t for t in targets}


def clean_author(value: str, outlet: str | None = None) -> str | None:
    """Return a person's (or agency's) name from a byline or author field, else ``None``.

    Drops lead words ("By", "Post By", "Written by", "Author:"), job titles ("Staff writer",
    "Senior correspondent"), and anything after a comma, pipe or dash once a name was read
    ("By JANE DOE, Reuters" -> "Jane Doe"). Names in capitals get title case; mixed case is kept.
    Several authors separated by ``;`` are joined with " and "; credits that are not authorship
    ("Editing by ...") are dropped, and so is an entry that is only the ``outlet`` (a site name
    or domain such as ``cnn.com``) when a person is also named. Generic placeholders ("admin",
    "Staff", "No Author"), URLs, e-mail addresses and long sentences give ``None``.
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if _BAD_CHARS.search(text):
        return None
    names: list[str] = []
    for part in text.split(";"):
        part = part.strip()
        if not part or _CREDIT_ONLY.match(part):
            continue
        name = _one_author(part)
        if name and name not in names:
            names.append(name)
    people = [name for name in names if not _is_outlet(name, outlet)]
    names = people or names
    return " and ".join(names) if names else None
