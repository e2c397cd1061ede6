"""Fetching pages over HTTP(S), politely and safely (httpx).

A :class:`Fetcher` asks for one page at a time and:

- names kg in its user agent and obeys each site's robots.txt;
- refuses private, loopback, link-local and other non-public addresses (a URL
  list must not reach into the machine's own network) unless the host is
  allowed by name (tests allow ``127.0.0.1``), checking every redirect again;
- gives up after a timeout, after too many redirects, and on a body larger
  than the size limit (read in pieces, so a huge page never fills memory);
- keeps what it fetched in a cache folder by URL, so a second build reads the
  same pages without asking the sites again.

Every failure is a :class:`FetchError` (an :class:`~kg.errors.InputError`)
whose message names the URL and what went wrong.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import socket
import time
import urllib.robotparser
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from urllib.parse import urljoin, urlsplit

from kg.errors import InputError
from kg.read import FetchOptions

__all__ = ["FetchError", "Fetcher", "Page"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 65536


class FetchError(InputError):
    """A page could not be fetched; the message names the URL and the reason.

    Attributes:
        status: The HTTP status the server answered with, when it answered.
    """

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Page:
    """What a server sent for a URL.

    Attributes:
        url: The address the content came from, after redirects.
        requested: The address asked for.
        content: The body, at most the size limit.
        content_type: The media type without parameters (``text/html``).
        charset: The charset the server named, if any.
        retrieved_at: When it was fetched (UTC).
    """

    url: str
    requested: str
    content: bytes
    content_type: str
    charset: str | None
    retrieved_at: dt.datetime


class Fetcher:
    """Fetches pages with one connection pool and one robots.txt per site.

    Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, options: FetchOptions | None = None) -> None:
        import httpx

        self.options = options or FetchOptions()
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,  # each hop's address is checked first
            headers={"User-Agent": self.options.user_agent},
            trust_env=False,  # a proxy from the environment would hide the real address
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def fetch(self, address: str) -> Page:
        """The page at ``address``, from the cache when it holds it.

        Raises:
            FetchError: The address is not http(s), not public (and not allowed),
                forbidden by robots.txt, slow, too large, redirected too often,
                or the server answered with an error.
        """
        cached = self._cached(address)
        if cached is not None:
            return cached
        url = address
        for _ in range(self.options.max_redirects + 1):
            self._check_address(url)
            if self.options.robots and not self._robots_allow(url):
                raise FetchError(f"{url}: the site's robots.txt does not allow kg to fetch it")
            response_or_next = self._get(url)
            if isinstance(response_or_next, str):
                url = response_or_next
                continue
            page = Page(
                url=url,
                requested=address,
                content=response_or_next[0],
                content_type=response_or_next[1],
                charset=response_or_next[2],
                retrieved_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            )
            self._store(page)
            return page
        raise FetchError(f"{address}: more than {self.options.max_redirects} redirects")

    # ----------------------------------------------------------------------- one request

    def _get(self, url: str) -> str | tuple[bytes, str, str | None]:
        """The body, media type and charset, or the next address of a redirect."""
        import httpx

        limit = self.options.max_bytes
        # The timeout bounds each step (connect, each read) and the whole
        # request: a server that trickles a byte a second never lets one read
        # time out. A server falling silent just before the deadline is
        # waited for one more timeout at most.
        deadline = time.monotonic() + self.options.timeout
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{url}: a redirect without a Location")
                    return urljoin(url, str(location))
                if response.status_code >= 400:
                    raise FetchError(
                        f"{url}: the server answered {response.status_code} "
                        f"{response.reason_phrase}".rstrip(),
                        status=response.status_code,
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(_too_large(url, limit))
                body = bytearray()
                for chunk in response.iter_bytes(_CHUNK):
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(_too_large(url, limit))
                    if time.monotonic() > deadline:
                        raise FetchError(
                            f"{url}: no complete answer within {self.options.timeout:g} s"
                            " (timed out)"
                        )
                media, charset = _content_type(response.headers.get("content-type", ""))
                return bytes(body), media, charset
        except httpx.TimeoutException:
            raise FetchError(
                f"{url}: no answer within {self.options.timeout:g} s (timed out)"
            ) from None
        except httpx.HTTPError as error:
            raise FetchError(
                f"{url}: cannot be fetched ({error or type(error).__name__})"
            ) from None

    # ----------------------------------------------------------------------- safety

    def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(f"{url}: only http and https addresses are fetched")
        host = parts.hostname
        if not host:
            raise FetchError(f"{url}: no host name in the address")
        allowed = self.options.allow_hosts
        if host in allowed:
            return
        try:
            found = socket.getaddrinfo(host, parts.port or 80, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as error:
            raise FetchError(f"{url}: the host {host!r} cannot be found ({error})") from None
        for *_, sockaddr in found:
            address = str(sockaddr[0])
            if address in allowed:
                continue
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if not ip.is_global or ip.is_multicast:
                raise FetchError(
                    f"{url}: {host} is a private or local address ({address}); "
                    "allow it explicitly to fetch from it"
                )

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site)
        rules = self._robots[site]
        return rules is None or rules.can_fetch("kg", url)

    def _read_robots(self, site: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's rules; ``None`` when it has none (any page may be fetched)."""
        rules = urllib.robotparser.RobotFileParser(site + "/robots.txt")
        try:
            answer = self._get(site + "/robots.txt")
        except FetchError as error:
            if error.status in (401, 403):
                # The rules are hidden: assume that everything is forbidden.
                rules.parse(["User-agent: *", "Disallow: /"])
                return rules
            if error.status is not None and 400 <= error.status < 500:
                return None  # no robots.txt: nothing is forbidden
            raise FetchError(
                f"{site}/robots.txt cannot be read, so kg fetches nothing from the site "
                f"({str(error).split(': ', 1)[-1]})"
            ) from None
        if isinstance(answer, str):
            return None  # a robots.txt that redirects elsewhere: treated as none
        rules.parse(answer[0].decode("utf-8", "replace").splitlines())
        return rules

    # ----------------------------------------------------------------------- cache

    def _cache_paths(self, address: str) -> tuple[Path, Path] | None:
        folder = self.options.cache
        if folder is None:
            return None
        key = hashlib.sha256(address.encode("utf-8")).hexdigest()[:40]
        return folder / f"{key}.json", folder / f"{key}.body"

    def _cached(self, address: str) -> Page | None:
        paths = self._cache_paths(address)
        if paths is None or not paths[0].exists():
            return None
        try:
            about = json.loads(paths[0].read_text(encoding="utf-8"))
            if about.get("requested") != address:
                return None
            return Page(
                url=about["url"],
                requested=address,
                content=paths[1].read_bytes(),
                content_type=about["content_type"],
                charset=about.get("charset"),
                retrieved_at=dt.datetime.fromisoformat(about["retrieved_at"]),
            )
        except (OSError, ValueError, KeyError):
            return None  # a damaged entry is fetched again

    def _store(self, page: Page) -> None:
        paths = self._cache_paths(page.requested)
        if paths is None:
            return
        about = {
            "requested": page.requested,
            "url": page.url,
            "content_type": page.content_type,
            "charset": page.charset,
            "retrieved_at": page.retrieved_at.isoformat(),
        }
        try:
            paths[0].parent.mkdir(parents=True, exist_ok=True)
            # The body first: an entry is complete once its description exists.
            paths[1].write_bytes(page.content)
            paths[0].write_text(json.dumps(about), encoding="utf-8")
        except OSError:
            pass  # a cache that cannot be written only costs a fetch next time


def _too_large(url: str, limit: int) -> str:
    return f"{url}: larger than the size limit of {limit:,} bytes"


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, rest = header.partition(";")
    charset = None
    for parameter in rest.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset
