"""Crawler benchmark: pages/s on a local multi-host site, the per-host delay, peak memory.

    python bench/crawl/run.py [--hosts 8] [--pages 250]

The site runs in a child process (an asyncio HTTP/1.1 server, one port per host,
each with a sitemap and N pages) so it does not share the crawler's GIL. The crawl
is the real one (discovery, robots, fetcher, state, WARC archive, store) with the
clean/extract step replaced by a stand-in that stores the page as is: this measures
the crawler, not the extractor (whose speed is benchmarked in bench/ by its owners).

It also measures the ceiling: a bare ``httpx.AsyncClient`` loop fetching the same
pages (one task per host, nothing else done), with httpx's default transport and
with the crawler's (:mod:`pipeline.crawl.transport`). The machine's load average is
printed with the figures: on a shared machine they move with it.
Prints figures; asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipeline.crawl.config import parse_config  # noqa: E402
from pipeline.crawl.run import RunOptions, run_crawl  # noqa: E402
from pipeline.crawl.transport import CrawlTransport  # noqa: E402
from tests.crawl_support.news import FakeProcessor  # noqa: E402

PAGE = ("<html><head><title>Berita {n}</title></head><body><article><h1>Berita {n}</h1>"
        + "<p>Pemerintah Kota Contoh meraih penghargaan Zona Hijau dari Ombudsman RI.</p>" * 20
        + "</article></body></html>")


def serve(hosts: int, pages: int, ports, log_path: str | None, ready) -> None:
    """Child process: ``hosts`` servers; request times go to ``log_path`` (for the delay check)."""
    log = open(log_path, "w", buffering=1) if log_path else None

    async def handle(reader, writer, port):
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                path = line.split()[1].decode()
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                if log:
                    log.write(f"{port} {time.monotonic():.6f} {path}\n")
                if path == "/sitemap.xml":
                    locs = "".join(f"<url><loc>http://127.0.0.1:{port}/berita/{i}</loc></url>"
                                   for i in range(pages))
                    body = (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            f"{locs}</urlset>").encode()
                    status, ctype = "200 OK", "application/xml"
                elif path.startswith("/berita/"):
                    body, status, ctype = PAGE.format(n=path).encode(), "200 OK", "text/html; charset=utf-8"
                else:
                    body, status, ctype = b"not found", "404 Not Found", "text/plain"
                writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
                             f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
                await writer.drain()
        except (ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    async def main():
        servers = []
        for _ in range(hosts):
            server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
            port = server.sockets[0].getsockname()[1]
            server.close()
            await server.wait_closed()
            server = await asyncio.start_server(
                lambda r, w, port=port: handle(r, w, port), "127.0.0.1", port)
            servers.append(server)
            ports.append(port)
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def start_site(hosts: int, pages: int, log_path: str | None = None):
    manager = multiprocessing.Manager()
    ports, ready = manager.list(), manager.Event()
    process = multiprocessing.Process(target=serve, args=(hosts, pages, ports, log_path, ready),
                                      daemon=True)
    process.start()
    ready.wait(30)
    return process, list(ports), manager


def config_for(ports, delay: float):
    return parse_config({
        "politeness": {"delay": delay, "obey_robots": True},
        "retries": {"attempts": 2, "backoff": 0.05},
        "sites": [{"name": f"host{i}", "url": f"http://127.0.0.1:{port}/",
                   "start": [{"sitemap": f"http://127.0.0.1:{port}/sitemap.xml"}],
                   "article_patterns": [r"/berita/\d+$"]} for i, port in enumerate(ports)]})


def crawl(config, folder: Path, name: str):
    processor = FakeProcessor()
    start, cpu = time.perf_counter(), time.process_time()
    report = run_crawl(config, folder / f"{name}.db", RunOptions(), processor=processor)
    crawl.cpu = time.process_time() - cpu
    return report, time.perf_counter() - start


def throughput(hosts: int, pages: int, folder: Path) -> None:
    process, ports, _ = start_site(hosts, pages)
    try:
        report, seconds = crawl(config_for(ports, 0.0), folder, f"fast-{time.monotonic_ns()}")
        total = report.processed
        print(f"politeness off: {hosts} hosts x {pages} pages = {total} pages in {seconds:.2f} s "
              f"-> {total / seconds:.0f} pages/s wall, {total / crawl.cpu:.0f} pages per CPU-second "
              f"of the crawler (failed {report.failed_total}); "
              f"stages {dict((k, round(v, 2)) for k, v in report.seconds.items())}")
    finally:
        process.terminate()


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


async def _bare_loop(ports, pages: int, transport) -> None:
    async with httpx.AsyncClient(transport=transport, trust_env=False) as client:
        async def host(port):
            for i in range(pages):
                async with client.stream("GET", f"http://127.0.0.1:{port}/berita/{i}") as response:
                    async for _ in response.aiter_raw():
                        pass
        await asyncio.gather(*(host(port) for port in ports))


def ceiling(hosts: int, pages: int) -> None:
    """Bare httpx on the same site: what the crawler could reach if it did nothing else."""
    process, ports, _ = start_site(hosts, pages)
    try:
        transports = {
            "httpx default transport": lambda: httpx.AsyncHTTPTransport(
                limits=httpx.Limits(max_connections=hosts + 4)),
            "crawler's transport": lambda: CrawlTransport(
                httpx.Limits(max_connections=2, max_keepalive_connections=1))}
        for name, make in transports.items():
            start, cpu = time.perf_counter(), time.process_time()
            asyncio.run(_bare_loop(ports, pages, make()))
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            total = hosts * pages
            print(f"ceiling, bare httpx loop, {name}: {total / seconds:.0f} requests/s wall, "
                  f"{total / cpu:.0f} requests per CPU-second")
    finally:
        process.terminate()


def delay_check(hosts: int, pages: int, delay: float, folder: Path) -> None:
    log = folder / "requests.log"
    process, ports, _ = start_site(hosts, pages, str(log))
    try:
        report, seconds = crawl(config_for(ports, delay), folder, "polite")
    finally:
        process.terminate()
        process.join()
    by_port: dict[str, list[float]] = {}
    for line in log.read_text().splitlines():
        port, at, _ = line.split(" ", 2)
        by_port.setdefault(port, []).append(float(at))
    gaps = [b - a for times in by_port.values() for a, b in zip(times, times[1:])]
    expected = hosts * (pages + 2)  # robots.txt + sitemap + pages
    print(f"per-host delay {delay} s: {report.processed} pages from {hosts} hosts in {seconds:.2f} s "
          f"-> {report.processed / seconds:.1f} pages/s (ideal {hosts / delay:.1f}); "
          f"{len(gaps) + len(by_port)} requests (expected {expected}); smallest gap between two "
          f"requests to one host {min(gaps):.4f} s, median {sorted(gaps)[len(gaps) // 2]:.4f} s "
          f"-> {'respected' if min(gaps) >= delay else 'VIOLATED'}")


def memory(hosts: int, sizes: list[int], folder: Path) -> None:
    for pages in sizes:
        process, ports, _ = start_site(hosts, pages)
        try:
            tracemalloc.start()
            report, seconds = crawl(config_for(ports, 0.0), folder, f"mem{pages}")
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        finally:
            process.terminate()
        print(f"memory: {hosts * pages:6d} pages -> peak {peak / 1e6:6.1f} MB traced "
              f"({report.processed} processed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--pages", type=int, default=250, help="pages per host")
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=1, help="throughput runs (each is printed)")
    parser.add_argument("--quick", action="store_true", help="throughput and ceiling only")
    args = parser.parse_args()
    print(load())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for _ in range(args.repeat):
            throughput(args.hosts, args.pages, folder)
        ceiling(args.hosts, args.pages)
        print(load())
        if not args.quick:
            delay_check(4, 10, args.delay, folder)
            memory(4, [100, 400, 1600], folder)
            print(load())


if __name__ == "__main__":
    main()
