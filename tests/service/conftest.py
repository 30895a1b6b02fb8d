"""An app over a small synthetic dataset: three documents in three named graphs, updates enabled."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef

from kg.settings import Settings
from kg.store import OxigraphStore
from service.app import create_app

TOKEN = "secret-test-token"
EX = "http://example.org/"
GRAPHS = {f"{EX}g{i}": f"<{EX}doc{i}> a <{EX}Document> ; <{EX}title> \"Document {i}\" ." for i in (1, 2, 3)}


def synthetic_store() -> OxigraphStore:
    store = OxigraphStore()
    for name, turtle in GRAPHS.items():
        store.replace_graph(URIRef(name), Graph().parse(data=turtle, format="turtle"))
    return store


@pytest.fixture
def make_client():
    def make(**settings) -> TestClient:
        return TestClient(create_app(Settings(**settings), store=synthetic_store()))
    return make


@pytest.fixture
def client(make_client) -> TestClient:
    return make_client(update_token=TOKEN)


def ask(client, query: str, **params) -> bool:
    response = client.get("/sparql", params={"query": query, **params})
    assert response.status_code == 200, response.text
    return response.json()["boolean"]


def update(client, text: str, params: dict | None = None, token: str = TOKEN):
    return client.post("/sparql", params=params or {}, content=text.encode(),
                       headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {token}"})


@pytest.fixture
def seed_client(store) -> TestClient:
    """The service over the store built from the shipped cards (read-only)."""
    return TestClient(create_app(Settings(), store=store))
