"""Settings, in one typed class read by the CLI and the service (environment prefix ``MKG_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from kg.paths import DEFAULT_STORE


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MKG_", extra="ignore")

    store: Path = Field(default=DEFAULT_STORE, description="directory of the embedded Oxigraph store")
    endpoint: str | None = Field(default=None, description="SPARQL 1.1 query endpoint of a remote store (instead of the embedded one)")
    update_endpoint: str | None = Field(default=None, description="its SPARQL Update endpoint (default: the query endpoint)")
    gsp_endpoint: str | None = Field(default=None, description="its Graph Store Protocol endpoint, for atomic graph replacement")
    remote_timeout_s: float = Field(default=60.0, gt=0, description="time limit of every request to the remote store")
    update_token: str | None = Field(default=None, description="bearer token that enables SPARQL Update; unset = read-only")
    allow_remote_fetch: bool = Field(default=False, description="allow SERVICE, FROM <url> and LOAD to fetch URLs")
    query_timeout_s: float = Field(default=10.0, gt=0)
    max_rows: int = Field(default=10_000, gt=0, description="cap on the solutions of one query")
    max_request_bytes: int = Field(default=1_000_000, gt=0, description="largest request body accepted (413 above)")
    cache_entries: int = Field(default=512, ge=0, description="named-query responses kept per store version")
