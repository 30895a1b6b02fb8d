"""The mkg error family. Each face maps these once: the CLI to exit codes, the service to HTTP statuses."""

from __future__ import annotations


class MkgError(Exception):
    """Base of every error mkg raises on purpose."""


class UnusableInput(MkgError):
    """Input that cannot be read at all: a missing file, bad YAML/JSON, a card of the wrong shape."""


class UnknownQuery(MkgError):
    def __init__(self, name: str, known: list[str]):
        super().__init__(f"unknown query {name!r}; known queries: {', '.join(known)}")
        self.name = name


class BadParameter(MkgError):
    """A named-query parameter is missing, unknown or not of its declared type."""

    def __init__(self, name: str, message: str):
        super().__init__(f"parameter {name!r}: {message}")
        self.name = name


class QuerySyntaxError(MkgError):
    """A SPARQL query or update the parser rejected; the message is the parser's."""
