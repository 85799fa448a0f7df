"""The jobs of ``repmon run``, derived from the config at every start (APScheduler 3.x).

Nothing is pickled into a job store: jobs live in memory and everything that must survive a
restart (cursors, rate limits, leases, the outbox) is in our database. Every job has an
explicit ``misfire_grace_time`` (3.x's default of 1 s silently drops a run that starts late,
e.g. a digest after the machine slept), ``coalesce=True`` (ten missed polls are one poll)
and ``max_instances=1`` (a slow poll is never overlapped by the next one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from connectors.base import Connector
from monitor.config import Brand, Settings
from monitor.timeutil import parse_duration
from monitor.work import Work, interval

DIGEST_GRACE = timedelta(hours=6)  # a digest up to 6 h late is still worth sending
HEARTBEAT = timedelta(seconds=30)


@dataclass(frozen=True)
class JobSpec:
    """One scheduled job: what runs, when, and how late it may still run."""

    id: str
    trigger: Any  # an APScheduler trigger
    func: Callable[[], object]
    grace: timedelta
    run_at_start: bool = False


def digest_trigger(brand: Brand) -> CronTrigger:
    """The brand's digest time in its own timezone, weekdays only when it asks."""
    t = brand.digest.time
    days = "mon-fri" if brand.digest.weekdays_only else "*"
    return CronTrigger(day_of_week=days, hour=t.hour, minute=t.minute, timezone=brand.tz)


def poll_specs(
    settings: Settings, registry: Mapping[str, type[Connector[Any]]],
    poll: Callable[[str], object],
) -> list[JobSpec]:  # fmt: skip
    """One job per enabled source at its interval; a late poll may run up to one interval
    late (then the next one is due anyway)."""
    specs = []
    for source in (s for s in settings.sources if s.enabled):
        every = interval(source, registry)
        trigger = IntervalTrigger(seconds=every.total_seconds(), timezone=UTC)
        job = _bind(poll, source.key)
        specs.append(JobSpec(f"poll:{source.key}", trigger, job, every, run_at_start=True))
    return specs


def daily_specs(settings: Settings, digest: Callable[[str], object]) -> list[JobSpec]:
    return [
        JobSpec(f"digest:{b.name}", digest_trigger(b), _bind(digest, b.name), DIGEST_GRACE)
        for b in settings.brands
    ]


def periodic_spec(job_id: str, every: str | timedelta, func: Callable[[], object]) -> JobSpec:
    seconds = (parse_duration(every) if isinstance(every, str) else every).total_seconds()
    trigger = IntervalTrigger(seconds=seconds, timezone=UTC)
    return JobSpec(job_id, trigger, func, timedelta(seconds=seconds), run_at_start=True)


def _bind(func: Callable[[str], object], arg: str) -> Callable[[], object]:
    return lambda: func(arg)


def build_scheduler(
    specs: list[JobSpec], *, now: datetime, threads: int = 8
) -> BackgroundScheduler:
    """A scheduler with an in-memory store holding ``specs``; not started."""
    scheduler = BackgroundScheduler(
        jobstores={"default": MemoryJobStore()},
        executors={"default": ThreadPoolExecutor(threads)},
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=UTC,
    )
    for spec in specs:
        scheduler.add_job(
            spec.func, spec.trigger, id=spec.id, name=spec.id, coalesce=True, max_instances=1,
            misfire_grace_time=int(spec.grace.total_seconds()),
            **({"next_run_time": now} if spec.run_at_start else {}),
        )  # fmt: skip
    return scheduler


def reminder_specs(settings: Settings, remind: Callable[[str], object]) -> list[JobSpec]:
    t = settings.run.reminder_time
    return [
        JobSpec(f"follow-ups:{b.name}", CronTrigger(hour=t.hour, minute=t.minute, timezone=b.tz),
                _bind(remind, b.name), DIGEST_GRACE)
        for b in settings.brands
    ]  # fmt: skip


def job_specs(work: Work) -> list[JobSpec]:
    """Every job of one worker, from its config; each one guarded (failures recorded)."""
    settings = work.settings

    def guard(what: str, job: Callable[[str], object]) -> Callable[[str], object]:
        return lambda arg: work.guarded(f"{what} {arg}", job, arg)

    specs = poll_specs(settings, work.registry, guard("poll", work.poll))
    specs += daily_specs(settings, guard("digest", work.digest))
    specs += reminder_specs(settings, guard("follow-ups", work.follow_ups))
    retry = lambda: work.guarded("outbox retry", work.retry_outbox)  # noqa: E731
    specs.append(periodic_spec("outbox-retry", settings.run.outbox_retry, retry))
    specs.append(periodic_spec("heartbeat", HEARTBEAT, work.heartbeat))
    return specs
