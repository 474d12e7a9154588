"""Run a module as a program and kill -9 it at its K-th SQL statement.

``python -m tests.store.killer K MODULE ARGS…`` runs ``python -m MODULE ARGS…`` with every
SQLite connection traced: at the K-th statement (migrations, reads, writes, BEGIN and
COMMIT alike) the process sends itself SIGKILL, so nothing is cleaned up. With K = 0
nothing is killed and the number of statements is written to stderr as the last line
(``statements N``), which lets a test draw K from the whole run.

A kill after a random delay mostly lands while Python starts or the model loads, never
in the few milliseconds that create the schema; a kill at a random statement lands
where the store can be hurt.
"""

from __future__ import annotations

import atexit
import os
import runpy
import signal
import sqlite3
import sys


def install(kill_at: int) -> None:
    count = 0
    connect = sqlite3.connect

    def trace(_statement: str) -> None:
        nonlocal count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def traced_connect(*args, **kwargs) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn

    sqlite3.connect = traced_connect  # type: ignore[assignment]
    if kill_at == 0:
        atexit.register(lambda: sys.stderr.write(f"\nstatements {count}\n"))


def statements(stderr: bytes) -> int:
    """The statement count a run with K = 0 wrote last."""
    return int(stderr.decode().strip().splitlines()[-1].split()[1])


if __name__ == "__main__":
    install(int(sys.argv[1]))
    module = sys.argv[2]
    sys.argv = [module, *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
