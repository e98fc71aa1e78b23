"""The session pool: a ready session is handed out once, a refill is scheduled, failures do not stop it."""
from __future__ import annotations

import logging

import pytest

from bodymap.app.session_pool import SessionPool


class Counter:
    def __init__(self, fail_at: int | None = None):
        self.n = 0
        self.fail_at = fail_at

    def __call__(self):
        self.n += 1
        if self.n == self.fail_at:
            raise RuntimeError("cannot build")
        return f"session {self.n}"


def test_a_ready_session_is_handed_out_once_and_the_refill_is_scheduled(caplog):
    caplog.set_level(logging.INFO, logger="bodymap.session_pool")
    build, scheduled = Counter(), []
    pool = SessionPool(build, refill_delay_s=1.5)
    pool.fill()
    assert len(pool) == 1 and build.n == 1
    first = pool.take(lambda fn, delay: scheduled.append((fn, delay)))
    assert first == "session 1" and len(pool) == 0
    assert [d for _, d in scheduled] == [1.5]
    # a second visitor before the refill ran: built on demand, no second refill scheduled
    second = pool.take(lambda fn, delay: scheduled.append((fn, delay)))
    assert second == "session 2" and len(scheduled) == 1
    assert "new session, built now" in caplog.text and "new session, built ahead" in caplog.text
    scheduled[0][0]()  # the server loop runs the refill
    assert len(pool) == 1 and pool.take() == "session 3"
    assert (pool.taken_ready, pool.built_on_demand) == (2, 1)


def test_without_a_server_loop_the_pool_is_not_refilled():
    pool = SessionPool(Counter())
    assert pool.take() == "session 1"
    assert len(pool) == 0


def test_a_failing_refill_is_logged_and_take_still_builds(caplog):
    pool = SessionPool(Counter(fail_at=1))
    with caplog.at_level(logging.ERROR):
        pool.fill()
    assert len(pool) == 0 and "could not build a session ahead of time" in caplog.text
    assert pool.take() == "session 2"


def test_a_failing_build_on_demand_raises_to_the_caller():
    pool = SessionPool(Counter(fail_at=1))
    with pytest.raises(RuntimeError):
        pool.take()


def test_renew_replaces_the_ready_session():
    """After a burst of sessions ended, the server rebuilds its ready session (session.py _tidy_when_quiet):
    the old one is dropped, a new one is ready, and the next visitor gets the new one."""
    build = Counter()
    pool = SessionPool(build)
    pool.fill()
    pool.renew()
    assert len(pool) == 1 and build.n == 2
    assert pool.take() == "session 2"
