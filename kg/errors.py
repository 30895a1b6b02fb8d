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


class QueryTimeout(MkgError):
    """A query passed its time limit and was stopped."""

    def __init__(self, seconds: float):
        super().__init__(f"query exceeded the {seconds:g} s time limit and was stopped; narrow it or add a LIMIT")


class QueryAborted(MkgError):
    """The process evaluating a query died: the query needed more than its memory limit, or crashed the engine."""

    def __init__(self, memory_mb: int, starting: bool = False):
        super().__init__("no query worker could open the store" if starting else
                         f"query stopped: it needed more than the {memory_mb} MB memory limit of a query, "
                         "or the query engine could not evaluate it")
        self.starting = starting


class Overloaded(MkgError):
    """Too many queries running or waiting (overall, or from one client): retry after ``retry_after_s``."""

    def __init__(self, message: str, retry_after_s: int):
        super().__init__(message)
        self.retry_after_s = retry_after_s
