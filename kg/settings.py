"""Settings, in one typed class read by the CLI and the service (environment prefix ``MKG_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from kg import iri
from kg.paths import CARDS_DIR, DEFAULT_STORE


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MKG_", extra="ignore")

    store: Path = Field(default=DEFAULT_STORE, description="directory of the embedded Oxigraph store")
    endpoint: str | None = Field(default=None, description="SPARQL 1.1 query endpoint of a remote store (instead of the embedded one)")
    update_endpoint: str | None = Field(default=None, description="its SPARQL Update endpoint (default: the query endpoint)")
    gsp_endpoint: str | None = Field(default=None, description="its Graph Store Protocol endpoint, for atomic graph replacement")
    remote_timeout_s: float = Field(default=60.0, gt=0, description="time limit of every request to the remote store")
    update_token: str | None = Field(default=None, description="bearer token that enables SPARQL Update; unset = read-only")
    allow_remote_fetch: bool = Field(default=False, description="allow SERVICE, FROM <url> and LOAD to fetch URLs")
    # The limits every request meets; the service description and the README list them from here.
    query_timeout_s: float = Field(default=10.0, gt=0, description="time limit of one query, queueing included (504 above); "
                                   "a query still running then is stopped at once")
    max_rows: int = Field(default=10_000, gt=0, description="cap on the solutions (or triples) of one query's answer")
    max_request_bytes: int = Field(default=1_000_000, gt=0, description="largest request body accepted (413 above)")
    max_query_depth: int = Field(default=64, gt=0, description="deepest nesting of { ( [ in a query or update (400 above)")
    max_query_tokens: int = Field(default=5_000, gt=0, description="most tokens in a query or update, "
                                  "VALUES data not counted (400 above)")
    query_memory_mb: int = Field(default=512, gt=0, description="memory one query may use in its worker process "
                                 "(422 above)")
    query_workers: int = Field(default=2, gt=0, description="worker processes that evaluate SPARQL sent by clients")
    max_queued_queries: int = Field(default=32, gt=0, description="queries running or waiting at once (503 above)")
    max_queries_per_client: int = Field(default=4, gt=0, description="queries one client address may have "
                                        "running or waiting (503 above)")
    # Linked Data: /id/<rest> on this server resolves the IRI <id_base><rest>. The graph mints IRIs under
    # kg.iri.ID; a deployment behind a w3id.org redirect (w3id.org/mkg/id/* -> this server's /id/*) keeps it.
    id_base: str = Field(default=iri.ID, description="IRI namespace that /id/… on this server dereferences")
    texts_dir: Path = Field(default=CARDS_DIR, description="directory of report texts (<report id>.txt) that report "
                            "pages show with their facts highlighted")
    cache_entries: int = Field(default=512, ge=0, description="named-query responses kept per store version")

    @property
    def limits(self) -> dict[str, tuple[object, str]]:
        """Every request limit: name → (value, description), for the service description and docs."""
        names = ("query_timeout_s", "max_rows", "max_request_bytes", "max_query_depth", "max_query_tokens",
                 "query_memory_mb", "max_queued_queries", "max_queries_per_client")
        return {n: (getattr(self, n), type(self).model_fields[n].description) for n in names}
