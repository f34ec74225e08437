"""A speaker as the speaker rules find it (:class:`Speaker`), and :data:`NO_SPEAKER`."""

from __future__ import annotations

from dataclasses import dataclass

from communique.model.quotes import SpeakerKind


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as found: offsets into the text (``None`` when unknown) and its kind."""

    start: int | None
    end: int | None
    kind: SpeakerKind
    key: str | None = None
    """The person key when the speaker is a known person (used to avoid self-relays)."""

    def text(self, text: str) -> str | None:
        """The speaker's words in the article."""
        return None if self.start is None or self.end is None else text[self.start : self.end]


NO_SPEAKER = Speaker(None, None, SpeakerKind.NONE)
