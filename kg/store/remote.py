"""Remote SPARQL endpoints over HTTP: requests with retries, credentials from the environment."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rdflib.term import Node

from kg import rdf
from kg.errors import EndpointError, QueryError
from kg.namespace import PREFIXES
from kg.store.results import Result, _parse_json_term
from kg.store.sparql import _SKIP, _binding

if TYPE_CHECKING:
    import httpx


__all__: list[str] = []


def _redact(url: str) -> str:
    # Never show credentials embedded in a URL (https://user:secret@host/...).
    return re.sub(r"(?<=://)[^/@]*@", "", url)


def _auth() -> tuple[dict[str, str], httpx.Auth | None]:
    import httpx

    token = os.environ.get("KG_ENDPOINT_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}, None
    user = os.environ.get("KG_ENDPOINT_USER")
    if user:
        return {}, httpx.BasicAuth(user, os.environ.get("KG_ENDPOINT_PASSWORD", ""))
    return {}, None


def _request(
    method: str,
    url: str,
    *,
    timeout: float,
    retries: int,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    content: bytes | None = None,
    data: Mapping[str, str] | None = None,
) -> httpx.Response:
    """One HTTP request, retried on connection failures and 5xx answers, within ``timeout``.

    ``timeout`` is a deadline for the whole request, retries included: httpx's
    own timeouts bound each connect, write and read, so a server that sends a
    byte a second would never trip them. Each attempt runs guarded
    (:func:`kg._threads.run_guarded`), so the deadline and Ctrl-C hold whatever
    the socket does.
    """
    import httpx

    from kg._threads import DeadlineExceeded, run_guarded

    auth_headers, auth = _auth()
    shown = _redact(url)
    deadline = time.monotonic() + timeout
    last = f"no answer within {timeout:g} s"
    attempts = 0
    client = httpx.Client(timeout=timeout, auth=auth, follow_redirects=True, trust_env=False)
    try:
        for attempt in range(max(1, retries)):
            if attempt:
                pause = min(2.0, 0.2 * 2 ** (attempt - 1))
                if time.monotonic() + pause >= deadline:
                    break
                time.sleep(pause)

            def send() -> httpx.Response:
                left = max(0.001, deadline - time.monotonic())
                return client.request(
                    method,
                    url,
                    params=params,
                    headers={**auth_headers, **(headers or {})},
                    content=content,
                    data=data,
                    timeout=left,
                )

            attempts += 1
            try:
                response = run_guarded(send, deadline=deadline)
            except (httpx.TimeoutException, DeadlineExceeded):
                last = f"no complete answer within {timeout:g} s (--timeout)"
                break
            except httpx.TransportError as error:
                last = f"cannot connect ({type(error).__name__}: {error})"
                continue
            if response.status_code >= 500:
                last = f"server error HTTP {response.status_code}: {_snippet(response)}"
                continue
            if response.status_code in (401, 403):
                raise EndpointError(
                    f"{shown} refused the request (HTTP {response.status_code}); set"
                    " KG_ENDPOINT_TOKEN, or KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD"
                )
            return response
    finally:
        # Closing the sockets also ends an attempt still reading after the deadline.
        client.close()
    tries = "tried once" if attempts == 1 else f"tried {attempts} times"
    raise EndpointError(f"{shown}: {last} ({tries})")


def _snippet(response: httpx.Response) -> str:
    return " ".join(response.text.split())[:200] or response.reason_phrase


def _remote_query(
    url: str, sparql: str, bindings: Mapping[str, Node | str] | None, *, timeout: float
) -> Result:
    text = _with_prefixes(sparql)
    if bindings:
        # The protocol has no parameters: bind through a trailing VALUES block
        # whose terms come from Oxigraph's serializer, never from raw text.
        names = " ".join(f"?{_variable(name)}" for name in bindings)
        values = " ".join(str(rdf.to_oxigraph(_binding(value))) for value in bindings.values())
        text = f"{text}\nVALUES ({names}) {{ ({values}) }}"
    response = _request(
        "POST",
        url,
        timeout=timeout,
        retries=3,
        data={"query": text},
        headers={
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
        },
    )
    if response.status_code >= 400:
        raise QueryError(
            f"{_redact(url)} rejected the query (HTTP {response.status_code}): {_snippet(response)}"
        )
    kind = response.headers.get("content-type", "").split(";")[0].strip()
    if kind == "application/sparql-results+json":
        try:
            body = response.json()
        except ValueError:
            raise EndpointError(f"{_redact(url)} sent invalid JSON results") from None
        if "boolean" in body:
            return Result((), (), boolean=bool(body["boolean"]))
        variables = tuple(body["head"].get("vars", []))
        with rdf.quiet_rdflib():
            rows = tuple(
                tuple(
                    _parse_json_term(binding[name]) if name in binding else None
                    for name in variables
                )
                for binding in body["results"]["bindings"]
            )
        return Result(variables, rows)
    if kind in {"application/n-triples", "text/turtle", "text/plain"}:
        import pyoxigraph as ox

        fmt = ox.RdfFormat.TURTLE if kind == "text/turtle" else ox.RdfFormat.N_TRIPLES
        with rdf.quiet_rdflib():
            triples = tuple(
                (
                    rdf.from_oxigraph(q.subject),
                    rdf.from_oxigraph(q.predicate),
                    rdf.from_oxigraph(q.object),
                )
                for q in ox.parse(response.content, format=fmt)
            )
        return Result(("subject", "predicate", "object"), triples)
    raise EndpointError(f"{_redact(url)} answered with an unexpected content type {kind!r}")


def _variable(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"not a SPARQL variable name: {name!r}")
    return name


def _with_prefixes(sparql: str) -> str:
    # Remote endpoints do not know kg's prefixes: declare the ones the query
    # uses but does not declare, on one line, so positions move by one line only.
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([\w-]*):", sparql, re.IGNORECASE)}
    stripped = _SKIP.sub(" ", sparql)
    needed = [
        f"PREFIX {prefix}: <{namespace}>"
        for prefix, namespace in PREFIXES.items()
        if prefix not in declared and re.search(rf"(?<![\w?$]){prefix}:", stripped)
    ]
    return (" ".join(needed) + "\n" + sparql) if needed else sparql
