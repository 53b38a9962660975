"""Class time zones: due dates are stored as naive UTC and entered and shown in
the class's IANA time zone (e.g. "Europe/Paris"). Pure: no Flask."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name, sorted, without the legacy aliases ("US/...")."""
    names = {n for n in available_timezones() if "/" in n or n == "UTC"}
    legacy = ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")
    return tuple(sorted(n for n in names if not n.startswith(legacy)) or ["UTC"])


def zone(name: str | None) -> ZoneInfo:
    """The zone called `name`, or UTC when it is empty or unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def is_zone(name: str) -> bool:
    """Whether `name` is an IANA zone this server knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_to_utc(local: datetime, zone_name: str) -> datetime:
    """A wall-clock time in the zone (naive) -> naive UTC, as stored."""
    aware = local.replace(tzinfo=zone(zone_name))
    return aware.astimezone(UTC).replace(tzinfo=None)


def utc_to_local(stored: datetime, zone_name: str) -> datetime:
    """A stored naive UTC time -> the aware time in the zone."""
    return stored.replace(tzinfo=UTC).astimezone(zone(zone_name))


def format_local(stored: datetime | None, zone_name: str, short: bool = False) -> str:
    """"Fri 5 December 2026, 17:00 CET" (or "5 Dec 17:00 CET" when short)."""
    if stored is None:
        return ""
    local = utc_to_local(stored, zone_name)
    if short:
        return f"{local.day} {local:%b %H:%M} {local.tzname()}"
    return f"{local:%a} {local.day} {local:%B %Y, %H:%M} {local.tzname()}"
