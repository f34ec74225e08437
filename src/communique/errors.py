"""The one error hierarchy of communique.

Every error carries a stable code (``E1xx`` ingest, ``E2xx`` clean, ``E3xx`` extract, ``E4xx``
merge, ``E5xx`` store, ``E6xx`` outputs, ``E9xx`` configuration) and, where there is one, a fix
the user can apply — in the manner of spaCy's errors. Library code raises these; only the CLI
turns them into exit codes.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} Fix: {self.fix}" if self.fix else text


class InputError(CommuniqueError):
    """An input could not be read: missing, unreadable, empty, binary or too large."""

    code = "E100"
    exit_code = 3

    def __init__(self, source: str, reason: str, *, code: str | None = None,
                 fix: str | None = None) -> None:
        self.source = source
        self.reason = reason
        if code:
            self.code = code
        super().__init__(f"{source}: {reason}", fix=fix)


class FetchError(InputError):
    """A URL or feed could not be fetched or parsed."""

    code = "E110"


class StrictModeError(CommuniqueError):
    """``--strict`` was given and at least one input was skipped."""

    code = "E190"
    exit_code = 4


class CleanError(CommuniqueError):
    """Cleaning failed on a document in a way that is a bug or a corrupt input."""

    code = "E200"


class ExtractError(CommuniqueError):
    """The extraction pipeline could not be built or run."""

    code = "E300"


class ModelNotFoundError(ExtractError):
    """The configured spaCy pipeline is not installed."""

    code = "E301"


class MergeError(CommuniqueError):
    """Building the story from annotations failed."""

    code = "E400"


class StoreError(CommuniqueError):
    """The store could not be opened, migrated or written."""

    code = "E500"


class OutputError(CommuniqueError):
    """An output could not be written."""

    code = "E600"
    exit_code = 5


class ConfigError(CommuniqueError):
    """A configuration value or command-line option is invalid."""

    code = "E900"
    exit_code = 2


class MissingExtraError(ConfigError):
    """An optional dependency is needed for this feature and is not installed."""

    code = "E901"

    def __init__(self, feature: str, package: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs the optional package '{package}', which is not installed.",
            fix=f"pip install 'communique[{extra}]'",
        )
