"""Which addresses a fetch may connect to: a guard against server-side request forgery.

A server that fetches URLs for its clients must not become their way into its own network:
loopback, private, link-local (cloud metadata at 169.254.169.254), shared, reserved and other
special addresses are refused unless the operator allows them. The check is made where the
connection is made, on the addresses the host name resolved to, and the connection goes to the
address that was checked — so a name that resolves to a public address once and to a private
one the next time (DNS rebinding) cannot slip through, and every redirect hop, being a new
connection, is checked too.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressPolicy = Callable[[IPAddress], bool]
"""Decides whether a fetch may connect to an address (``True``: allowed)."""


def public_address(address: IPAddress) -> bool:
    """Whether ``address`` is globally reachable (not loopback, private, link-local, …)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return public_address(embedded)
        if address.teredo is not None:
            return False
    return address.is_global and not address.is_multicast


class AddressRefused(httpcore.ConnectError):
    """A host resolved to an address the policy refuses (raised before connecting)."""


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses ``policy`` allows."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        """Resolve ``host``, refuse it if any address is not allowed, connect to a checked one."""
        addresses = _resolve(host, port)
        refused = [a for a in addresses if not self.policy(a)]
        if refused:
            raise AddressRefused(f"{host} resolves to {refused[0]}, a non-public address this "
                                 "server does not fetch from")
        error: Exception = httpcore.ConnectError(f"{host} did not resolve to any address")
        for address in addresses:
            try:
                return super().connect_tcp(str(address), port, timeout, local_address,
                                           socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error


def _resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (an address literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"{host} could not be resolved: {exc}") from exc
    found: dict[str, IPAddress] = {}
    for _family, _type, _proto, _name, sockaddr in infos:
        text = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 zone
        found.setdefault(text, ipaddress.ip_address(text))
    return list(found.values())


def guarded_transport(policy: AddressPolicy) -> httpx.HTTPTransport:
    """An httpx transport whose every connection (redirects included) obeys ``policy``.

    Proxies from the environment are not used: a proxy would make the connection for us, to
    an address we never see.
    """
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx builds its connection pool without a way to pass a network backend; the pool it
    # built is replaced by the same pool with ours (a test checks that the guard holds).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0,
        network_backend=GuardedBackend(policy))
    return transport
