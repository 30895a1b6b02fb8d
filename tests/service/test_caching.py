"""HTTP caching: ETags from the store version and the request; 304 on a match; every write changes them."""

from tests.service.conftest import EX, update

QUERY = {"query": f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s a <{EX}Document> }} }}"}


def test_get_query_has_etag_and_304(client):
    first = client.get("/sparql", params=QUERY)
    etag = first.headers["etag"]
    again = client.get("/sparql", params=QUERY, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other_format = client.get("/sparql", params=QUERY, headers={"If-None-Match": etag, "Accept": "text/csv"})
    assert other_format.status_code == 200 and other_format.headers["etag"] != etag


def test_a_write_changes_the_etag_and_the_answer(client):
    etag = client.get("/sparql", params=QUERY).headers["etag"]
    assert update(client, f"INSERT DATA {{ GRAPH <{EX}g9> {{ <{EX}doc9> a <{EX}Document> }} }}").status_code == 204
    fresh = client.get("/sparql", params=QUERY, headers={"If-None-Match": etag})
    assert fresh.status_code == 200 and fresh.headers["etag"] != etag
    assert len(fresh.json()["results"]["bindings"]) == 4


def test_post_queries_are_not_cached(client):
    response = client.post("/sparql", content="ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert "etag" not in response.headers


def test_named_query_cache_follows_the_store_version(seed_client):
    first = seed_client.get("/api/queries/drivers")
    etag = first.headers["etag"]
    assert seed_client.get("/api/queries/drivers", headers={"If-None-Match": etag}).status_code == 304
    seed_client.app.state.services.store._changed()  # any write bumps the version
    assert seed_client.get("/api/queries/drivers", headers={"If-None-Match": etag}).status_code == 200
