"""`make bench`: requests/s and latency of the demo served as in production, against a baseline.

The demo is built in a temporary directory (fresh SQLite database, collected static files), so the
developer's db.sqlite3 is never touched, then served by gunicorn with the production settings
(DEBUG off). bench/minimal_app.py, a one-view Django site, is served the same way in the same run:
raw numbers depend on the machine and on its load of the moment, the ratio of a page's requests/s
to the minimal view's is the figure to compare from one run to the next.

The load comes from a few threads of http.client against 127.0.0.1 only, with a fixed number of
requests, so that a run is short and bounded. Not part of `make test`.

Environment: BENCH_REQUESTS (per URL, default 300), BENCH_CONCURRENCY (default 4).
"""

import http.client
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# The pages measured, in the order printed. Later issues append theirs here.
URLS = [
    "/fr/",
    "/ar/",
    "/api/v2/pages/",
]
MINIMAL_URL = "/"

HOST = "127.0.0.1"
WORKERS = 2
WARMUP_REQUESTS = 20
STARTUP_TIMEOUT = 60  # seconds for gunicorn to answer its first request
REQUEST_TIMEOUT = 30
STOP_TIMEOUT = 10

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
# gunicorn from the same virtualenv as the interpreter running this script (.venv/bin).
GUNICORN = Path(sys.executable).parent / "gunicorn"


class BenchError(Exception):
    pass


def positive_int(name, default):
    value = os.environ.get(name) or str(default)
    if not value.isdigit() or int(value) < 1:
        raise BenchError(f"{name} must be a positive integer, not {value!r}")
    return int(value)


def run_quietly(args, env):
    """Run a setup command; its output is shown only when it fails."""
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchError(
            f"{' '.join(map(str, args))} failed ({result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )


def listening_socket():
    """A socket bound to a free loopback port, handed to gunicorn as fd://, so no port can be
    taken by someone else between choosing it and binding it."""
    return socket.create_server((HOST, 0))


class Server:
    """One gunicorn master serving `app` on an already bound socket; its output goes to a log."""

    def __init__(self, name, app, chdir, sock, env, log_dir):
        self.name = name
        self.port = sock.getsockname()[1]
        self.log_path = Path(log_dir) / f"{name}.log"
        fd = sock.fileno()
        args = [
            GUNICORN,
            "--workers",
            str(WORKERS),
            "--bind",
            f"fd://{fd}",
            "--chdir",
            str(chdir),
            # Two masters in one run would otherwise share ~/.gunicorn/gunicorn.ctl.
            "--no-control-socket",
            "--graceful-timeout",
            "5",
            app,
        ]
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                args, env=env, stdout=log, stderr=subprocess.STDOUT, pass_fds=(fd,)
            )

    def wait_ready(self, path):
        # The socket already listens, so a connection succeeds at once and the request waits in
        # the backlog until a worker has loaded the application.
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn ({self.name}) exited with {self.process.returncode}")
            conn = http.client.HTTPConnection(HOST, self.port, timeout=5)
            try:
                conn.request("GET", path)
                conn.getresponse().read()
                return
            except (OSError, http.client.HTTPException):
                time.sleep(0.2)
            finally:
                conn.close()
        raise BenchError(f"gunicorn ({self.name}) did not answer within {STARTUP_TIMEOUT} s")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_tail(self, lines=40):
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def load(port, path, count, concurrency):
    """Send `count` GET requests from `concurrency` threads, one keep-alive connection each
    (gunicorn's sync workers close it after each response; http.client then reconnects).
    Return (wall-clock seconds, latencies in seconds); raise unless every answer is a 200."""
    latencies = []
    failures = []

    def client(n):
        conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        try:
            for _ in range(n):
                start = time.perf_counter()
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
                latencies.append(time.perf_counter() - start)
                if response.status != 200:
                    excerpt = body[:200].decode(errors="replace")
                    failures.append(f"{response.status} {response.reason}: {excerpt}")
                    return
        except (OSError, http.client.HTTPException) as exc:
            failures.append(repr(exc))
        finally:
            conn.close()

    shares = [count // concurrency + (i < count % concurrency) for i in range(concurrency)]
    threads = [threading.Thread(target=client, args=(n,)) for n in shares if n]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise BenchError(f"GET {path} on port {port}: {failures[0]}")
    return elapsed, latencies


def measure(server, path, count, concurrency):
    """Warm up, then load `path`; return (wall-clock seconds, latencies)."""
    load(server.port, path, WARMUP_REQUESTS, concurrency)
    return load(server.port, path, count, concurrency)


def summary(runs):
    """requests/s, p50 and p95 (ms) over one or more (seconds, latencies) measurements."""
    latencies = [latency for _, run in runs for latency in run]
    if len(latencies) > 1:
        cuts = statistics.quantiles(latencies, n=100, method="inclusive")
        p50, p95 = cuts[49], cuts[94]
    else:
        p50 = p95 = latencies[0]
    elapsed = sum(seconds for seconds, _ in runs)
    return {"rps": len(latencies) / elapsed, "p50": p50 * 1000, "p95": p95 * 1000}


def print_table(rows, baselines, count, concurrency):
    print()
    print(
        f"gunicorn, {WORKERS} sync workers, production settings (DEBUG off), SQLite; "
        f"{count} requests per URL after {WARMUP_REQUESTS} of warm-up, concurrency {concurrency}; "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    width = max(len(label) for label, _ in rows)
    header = f"{'URL':<{width}}  {'req/s':>8}  {'p50 ms':>8}  {'p95 ms':>8}  {'ratio':>6}"
    print(header)
    print("-" * len(header))
    for label, result in rows:
        print(
            f"{label:<{width}}  {result['rps']:>8.1f}  {result['p50']:>8.1f}  "
            f"{result['p95']:>8.1f}  {result['ratio']:>6.3f}"
        )
    each = [summary([run])["rps"] for run in baselines]
    print(
        "ratio: the URL's requests/s divided by the minimal view's, measured just before and just "
        f"after it.\nThe minimal view, measured {len(each)} times: "
        f"{min(each):.0f} to {max(each):.0f} requests/s (a wide range means a noisy machine)."
    )


def bench(tmp, count, concurrency):
    servers = []
    try:
        with listening_socket() as demo_sock, listening_socket() as minimal_sock:
            demo_port = demo_sock.getsockname()[1]
            dev, production = environments(tmp, demo_port)
            build_demo(tmp, dev, production)
            demo_app = ("demo", "jawda.wsgi:application", ROOT, demo_sock)
            minimal_app = ("minimal", "minimal_app:application", BENCH_DIR, minimal_sock)
            for name, app, chdir, sock in (demo_app, minimal_app):
                servers.append(Server(name, app, chdir, sock, production, tmp))
        # Only gunicorn holds the sockets now: if it dies, clients fail instead of waiting.
        demo, minimal = servers
        demo.wait_ready(URLS[0])
        minimal.wait_ready(MINIMAL_URL)
        print(
            f"Serving the demo on port {demo.port}, the minimal view on port {minimal.port}",
            flush=True,
        )

        # The minimal view is measured between pages, so that each page is compared with the
        # load of the machine at its own time, not with that at the start of the run.
        baselines = [measure(minimal, MINIMAL_URL, count, concurrency)]
        rows = []
        for path in URLS:
            result = summary([measure(demo, path, count, concurrency)])
            baselines.append(measure(minimal, MINIMAL_URL, count, concurrency))
            around = summary(baselines[-2:])["rps"]
            rows.append((path, {**result, "ratio": result["rps"] / around}))
        rows.insert(0, ("minimal view " + MINIMAL_URL, {**summary(baselines), "ratio": 1.0}))
    except BenchError:
        for server in servers:
            print(f"--- last lines of the {server.name} gunicorn log ---", file=sys.stderr)
            print(server.log_tail(), file=sys.stderr)
        raise
    finally:
        for server in servers:
            server.stop()
    print_table(rows, baselines, count, concurrency)


def environments(tmp, demo_port):
    """The environment of the setup commands (dev settings) and of both servers (production)."""
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    # A developer's Redis is left alone: the demo uses the local memory cache, as by default.
    env.pop("REDIS_URL", None)
    env.update(
        DATABASE_URL=f"sqlite:///{tmp}/bench.sqlite3",
        STATIC_ROOT=f"{tmp}/static",
        MEDIA_ROOT=f"{tmp}/media",
        BASE_URL=f"http://{HOST}:{demo_port}",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        # No TLS in front of gunicorn here; everything else stays as in production.
        SECURE_SSL_REDIRECT="false",
    )
    # seed_demo refuses to run without DEBUG (its accounts have known passwords).
    dev = {**env, "DJANGO_SETTINGS_MODULE": "jawda.settings.dev", "DEBUG": "true"}
    production = {**env, "DJANGO_SETTINGS_MODULE": "jawda.settings.production", "DEBUG": "false"}
    return dev, production


def build_demo(tmp, dev, production):
    print(f"Building the demo in {tmp} (about a minute)", flush=True)
    manage = [sys.executable, "manage.py"]
    run_quietly([*manage, "migrate", "--no-input"], dev)
    run_quietly([*manage, "seed_demo"], dev)
    # The production storage serves hashed names from the manifest that collectstatic writes.
    run_quietly([*manage, "collectstatic", "--no-input"], production)


def main():
    try:
        count = positive_int("BENCH_REQUESTS", 300)
        concurrency = positive_int("BENCH_CONCURRENCY", 4)
        if not GUNICORN.exists():
            raise BenchError(f"{GUNICORN} not found: run `make install` first")
        with tempfile.TemporaryDirectory(prefix="jawda-bench-") as tmp:
            bench(tmp, count, concurrency)
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
