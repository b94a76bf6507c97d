"""A Redis and a PostgreSQL of the fault scripts' own, on free ports, that a scenario may
stop and start (the machine's shared servers are never touched)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.production_set import free_port, wait_for  # noqa: E402


class OwnRedis:
    def __init__(self, tmp: Path):
        self.port = free_port()
        self.dir = tmp / "redis"
        self.dir.mkdir()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--save",
                "",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.up, timeout=10, what="our Redis")

    def up(self) -> bool:
        return (
            subprocess.run(
                ["redis-cli", "-p", str(self.port), "ping"],
                capture_output=True,
                text=True,
            ).stdout.strip()
            == "PONG"
        )

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


class OwnPostgres:
    """A throwaway cluster on a free port, run as the postgres system user."""

    def __init__(self, tmp: Path):
        self.port = free_port()
        self.dir = tmp / "pgdata"
        self.log = tmp / "postgres.log"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}"

    def _as_postgres(self, *command: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *command],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> None:
        self.dir.mkdir()
        shutil.chown(self.dir.parent, "postgres")
        shutil.chown(self.dir, "postgres")
        self.log.touch()
        shutil.chown(self.log, "postgres")
        self._as_postgres(
            "initdb", "-D", str(self.dir), "-A", "trust", "-U", "postgres"
        )
        self.pg_ctl("start")

    def pg_ctl(self, action: str) -> None:
        self._as_postgres(
            "pg_ctl",
            "-D",
            str(self.dir),
            "-l",
            str(self.log),
            "-w",
            "-m",
            "fast",
            "-o",
            f"-p {self.port} -k /tmp -c listen_addresses=127.0.0.1",
            action,
        )

    def stop(self) -> None:
        try:
            self.pg_ctl("stop")
        except subprocess.CalledProcessError:
            pass
