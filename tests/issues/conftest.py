"""The service fixtures (synthetic app, seed app) for the issue regressions."""

from tests.service.conftest import client, make_client, seed_client  # noqa: F401  (pytest fixtures)
