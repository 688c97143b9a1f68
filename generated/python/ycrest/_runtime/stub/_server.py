"""Running a stub app: in a background thread on 127.0.0.1 (tests, fixtures) and from the
command line (`python -m <api>.stub --port 8080 --seed 1`)."""

from __future__ import annotations

import argparse
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from starlette.types import ASGIApp

from .stateful import Cloud
from .stateful._snapshot import SnapshotError

LOCALHOST = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class RunningServer:
    url: str  # e.g. http://127.0.0.1:54321
    port: int
    app: ASGIApp | None = None

    @property
    def cloud(self) -> Cloud:
        """The stateful fake's state (seed, read, reset, faults), for a stateful fake app."""
        stub_state = getattr(getattr(self.app, "state", None), "stub", None)
        cloud = getattr(stub_state, "cloud", None)
        if not isinstance(cloud, Cloud):
            raise TypeError("this server does not serve a stateful fake")
        return cloud

    @property
    def hosts(self) -> dict[str, str]:
        """Host overrides that send every service (and the operation service) here: pass
        as `hosts=` to a client."""
        return {"*": self.url}


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


@contextmanager
def serve_in_thread(
    app: ASGIApp, host: str = LOCALHOST, port: int = 0, log_level: str = "warning"
) -> Iterator[RunningServer]:
    """Serve `app` with uvicorn in a daemon thread for the duration of the `with` block.

    The socket is bound and listening before the block starts (port 0: an ephemeral port),
    so requests made right away queue until the server accepts them."""
    sock = _listening_socket(host, port)
    bound_port = int(sock.getsockname()[1])
    config = uvicorn.Config(app, log_level=log_level, lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="stub-server", daemon=True
    )
    thread.start()
    shown_host = f"[{host}]" if ":" in host else host
    try:
        yield RunningServer(f"http://{shown_host}:{bound_port}", bound_port, app)
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """What the command line asks of the fake app."""

    seed: int = 0
    operation_polls: int = 0
    state_file: str | None = None  # JSON snapshot: loaded at start, saved on every change
    stateless: bool = False  # example-backed answers only


def main(
    app_factory: Callable[[ServeOptions], ASGIApp], prog: str, argv: Sequence[str] | None = None
) -> None:
    """Command line of a generated stub: serve the fake on 127.0.0.1:PORT until Ctrl-C."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve a fake of this API that keeps what clients did (resources, "
        "operations) and answers the rest with schema-valid examples. Tests control it "
        "under /_fake/ (state, reset, resources/{type}, faults).",
    )
    parser.add_argument("--host", default=LOCALHOST, help="address to bind (default %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port (default %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="seed of ids and fake data")
    parser.add_argument(
        "--operation-polls", type=int, default=0, help="polls before an operation is done"
    )
    parser.add_argument(
        "--state", metavar="FILE", help="JSON snapshot: loaded at start, saved on every change"
    )
    parser.add_argument(
        "--stateless", action="store_true", help="example-backed answers only, nothing kept"
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level")
    args = parser.parse_args(argv)
    options = ServeOptions(args.seed, args.operation_polls, args.state, args.stateless)
    try:
        app = app_factory(options)
    except SnapshotError as exc:
        parser.exit(2, f"{exc}\n")
    except OSError as exc:
        parser.exit(2, f"{exc.filename or prog}: error: {exc.strerror or exc}\n")
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
