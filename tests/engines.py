"""Real SPARQL engines for the store contract tests: `oxigraph serve` (PyPI `oxigraph`) and Virtuoso.

Each starts on a free loopback port with a throwaway database, and is stopped afterwards. A missing
engine is a skip with the reason, never a silent pass.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.live import free_port

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def wait_until_up(process: subprocess.Popen, url: str, name: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{name} did not answer within {seconds} s")


@contextmanager
def oxigraph_server(location: Path):
    """Yield the base URL of `oxigraph serve` over ``location``, union default graph as mkg expects."""
    if not OXIGRAPH.exists():
        pytest.skip("the `oxigraph` server is not installed (pip install '.[test]')")
    port = free_port()
    process = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, f"{base}/query?query=ASK%7B%7D", "oxigraph serve")
        yield base
    finally:
        process.terminate()
        process.wait(10)


VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")


@contextmanager
def virtuoso_server(directory: Path):
    """Yield the base URL of a Virtuoso Open Source server on a throwaway database, updates granted."""
    if not (VIRTUOSO and ISQL):
        pytest.skip("Virtuoso Open Source is not installed (Debian package virtuoso-opensource)")
    http_port, sql_port = free_port(), free_port()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "virtuoso.ini").write_text(f"""[Database]
DatabaseFile = {directory}/virtuoso.db
ErrorLogFile = {directory}/virtuoso.log
TransactionFile = {directory}/virtuoso.trx
xa_persistent_file = {directory}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {directory}/virtuoso-temp.db
TransactionFile = {directory}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = ., {directory}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {directory}
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
""")
    process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(directory / "virtuoso.ini")],
                               cwd=directory, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_until_up(process, f"{base}/sparql?query=ASK%7B%7D", "virtuoso", seconds=60)
        subprocess.run([ISQL, str(sql_port), "dba", "dba", "exec=grant SPARQL_UPDATE to \"SPARQL\";"],
                       check=True, capture_output=True, timeout=30)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
