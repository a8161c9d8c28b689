"""One base error for everything sitrep raises on purpose; each message says what to do next."""


class SitrepError(Exception):
    """Base class. `str(err)` is a one-line message fit for a terminal."""


class InputError(SitrepError):
    """An input could not be read as an article (empty, binary, undecodable, too large, malformed)."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ModelNotInstalled(SitrepError):
    """A spaCy pipeline that a language needs is missing."""


class UnsupportedLanguage(SitrepError):
    """The text is in a language sitrep has no resources for."""


class ConfigError(SitrepError):
    """A bad option value or data file (e.g. a malformed --gazetteer CSV)."""
