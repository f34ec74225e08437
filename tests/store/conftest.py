"""Store fixtures: a real, throw-away PostgreSQL server and stores on both backends.

The PostgreSQL server is started once per session from the distribution's binaries
(``/usr/lib/postgresql/<version>/bin``) in a private data directory, listening on 127.0.0.1 at an
ephemeral port; every test gets a database of its own. As root, the server runs as the
``postgres`` user (PostgreSQL refuses to run as root). Without the binaries the PostgreSQL
variants are skipped with the reason; the SQLite variants always run.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique.store import Store, open_store

BACKENDS = ("sqlite", "postgresql")
_database_names = itertools.count()


def _postgres_bin() -> Path | None:
    """The newest PostgreSQL ``bin`` folder holding ``initdb`` and ``pg_ctl``, if any."""
    found = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")
             if (p.parent / "pg_ctl").exists()]
    if found:
        return max(found, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Start a PostgreSQL server for the session; yield its base URL (no database part)."""
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb); "
                    "install them with: apt-get install -y postgresql")
    pytest.importorskip("psycopg", reason="pip install 'communique[postgres]' for psycopg")
    prefix: list[str] = []
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server as")
        prefix = ["runuser", "-u", "postgres", "--"]
    base = Path(tempfile.mkdtemp(prefix="communique-pg-"))
    if owner is not None:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    data = base / "data"

    def run(*args: str) -> None:
        result = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120,
                                check=False)
        if result.returncode:
            log = base / "server.log"
            extra = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip()} {extra}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        port = 0
        for _ in range(3):  # another process may grab the port between probe and start
            port = _free_port()
            try:
                run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "server.log"),
                    "-w", "-t", "60", "-o", f"-p {port} -h 127.0.0.1 -k {base}", "start")
                break
            except RuntimeError:
                if _ == 2:
                    raise
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        if (data / "postmaster.pid").exists():
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's server; dropped after the test."""
    import psycopg

    name = f"store_test_{next(_database_names)}"
    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{postgres_server}/{name}"
    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The address of an empty store on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, empty store on each backend."""
    with open_store(store_url) as opened:
        yield opened
