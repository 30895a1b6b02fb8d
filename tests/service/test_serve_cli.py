"""`mkg serve` as a user runs it: a real process on a free port, read-only unless given a token."""

import subprocess
import sys
import time

import httpx
import pytest

from tests.live import free_port

INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"


def _serve(store_path, *extra):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_path),
                                "--port", str(port), *extra], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz").status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    pytest.fail("mkg serve did not start within 20 s")


def _update(base, token=None):
    headers = {"Content-Type": "application/sparql-update"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(f"{base}/sparql", content=INSERT, headers=headers)


def test_serve_is_read_only_by_default_and_writable_with_update_token(tmp_path):
    process, base = _serve(tmp_path / "store")
    try:
        assert _update(base).status_code == 403
    finally:
        process.terminate()
        process.wait(10)
    process, base = _serve(tmp_path / "store", "--update-token", "s3cret")
    try:
        assert _update(base, "wrong").status_code in (401, 403)
        assert _update(base, "s3cret").status_code == 204
        ask = httpx.get(f"{base}/sparql", params={"query": "ASK { GRAPH <http://example.org/g> { ?s ?p 1 } }"})
        assert ask.json()["boolean"] is True
    finally:
        process.terminate()
        process.wait(10)
