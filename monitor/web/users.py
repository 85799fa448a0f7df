"""People and API tokens of the team inbox: who may log in, with which role.

Passwords are hashed with argon2id (argon2-cffi's defaults follow the RFC 9106
recommendations). API tokens are random 32-byte strings shown once; only their SHA-256 is
stored, which is enough for a secret with that much entropy and keeps a lookup to one
indexed equality. Changing a password bumps ``session_version`` so sessions signed before
the change stop working.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from monitor.errors import RepmonError
from monitor.models import ApiToken, Role, User
from monitor.storage import Database

ROLES = tuple(Role)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD = 10
TOKEN_PREFIX = "rmt_"
_HASHER = PasswordHasher()
# verifying against this when the user does not exist takes as long as a real check
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


class UserError(RepmonError):
    """A user or token command cannot be done; the message names the user or token."""


@dataclass(frozen=True)
class Account:
    """Who is logged in: plain data handed to pages and the API."""

    id: int
    name: str
    role: Role
    session_version: int

    def can(self, role: Role) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def _account(user: User) -> Account:
    assert user.id is not None
    return Account(user.id, user.name, Role(user.role), user.session_version)


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise UserError(f"user name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-'")
    return name


def check_password(name: str, password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"user {name!r}: the password needs at least {MIN_PASSWORD} characters")
    return password


def add_user(db: Database, name: str, *, role: Role, password: str, now: datetime) -> Account:
    check_password(check_name(name), password)
    with db.session() as session, session.begin():
        if session.exec(select(User).where(User.name == name)).first() is not None:
            raise UserError(f"user {name!r} exists already")
        user = User(
            name=name, role=role.value, password_hash=_HASHER.hash(password), created_at=now
        )
        session.add(user)
        session.flush()
        return _account(user)


def _get(session: Session, name: str) -> User:
    user = session.exec(select(User).where(User.name == name)).first()
    if user is None:
        raise UserError(f"no user named {name!r}")
    return user


def set_password(db: Database, name: str, password: str) -> None:
    check_password(name, password)
    with db.session() as session, session.begin():
        user = _get(session, name)
        user.password_hash = _HASHER.hash(password)
        user.session_version += 1


def set_role(db: Database, name: str, role: Role) -> None:
    with db.session() as session, session.begin():
        user = _get(session, name)
        user.role, user.session_version = role.value, user.session_version + 1


def remove_user(db: Database, name: str) -> None:
    with db.session() as session, session.begin():
        user = _get(session, name)
        for token in session.exec(select(ApiToken).where(ApiToken.user_id == user.id)):
            session.delete(token)
        session.delete(user)


def list_users(db: Database) -> list[tuple[Account, datetime]]:
    with db.session() as session:
        users = session.exec(select(User).order_by(col(User.name))).all()
        return [(_account(u), u.created_at) for u in users]


def authenticate(db: Database, name: str, password: str) -> Account | None:
    """The account when the password is right; ``None`` otherwise, in about the same time."""
    with db.session() as session:
        user = session.exec(select(User).where(User.name == name)).first()
    try:
        _HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return _account(user) if user else None


_ACCOUNT = (col(User.id), col(User.name), col(User.role), col(User.session_version))
# Built once: every request runs one of these. A statement object SQLAlchemy compiled
# before runs as it is; a new, equal one is matched to the cached form column by column,
# which cost more than the lookup itself.
_BY_ID = sa_select(*_ACCOUNT).where(col(User.id) == bindparam("uid"))
_BY_TOKEN = (
    sa_select(*_ACCOUNT, col(ApiToken.revoked_at))
    .join(ApiToken, col(ApiToken.user_id) == col(User.id))
    .where(col(ApiToken.token_hash) == bindparam("digest"))
)


def _row_account(row: Any) -> Account:
    return Account(int(row[0]), str(row[1]), Role(row[2]), int(row[3]))


def reading(db: Database | Connection) -> AbstractContextManager[Connection]:
    """A connection: the request's own when given one (a page reads through one), else a
    new one from the pool."""
    return nullcontext(db) if isinstance(db, Connection) else db.engine.connect()


def account(db: Database | Connection, user_id: int) -> Account | None:
    """Looked up on every request: four columns over a plain connection, no ORM session."""
    with reading(db) as conn:
        row = conn.execute(_BY_ID, {"uid": user_id}).first()
    return _row_account(row) if row else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(db: Database, user: str, *, label: str | None, now: datetime) -> tuple[int, str]:
    """A new token for ``user``: its id and the secret, which is never shown again."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.session() as session, session.begin():
        owner = _get(session, user)
        assert owner.id is not None
        row = ApiToken(user_id=owner.id, token_hash=_digest(secret), label=label, created_at=now)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id, secret


def revoke_token(db: Database, token_id: int, *, now: datetime) -> None:
    with db.session() as session, session.begin():
        row = session.get(ApiToken, token_id)
        if row is None:
            raise UserError(f"no token with id {token_id}")
        if row.revoked_at is None:
            row.revoked_at = now


def list_tokens(db: Database) -> list[tuple[ApiToken, str]]:
    with db.session() as session:
        stmt = select(ApiToken, User.name).join(User).order_by(col(ApiToken.id))
        return [(t, n) for t, n in session.exec(stmt)]


def token_account(db: Database | Connection, secret: str) -> Account | None:
    """The account behind a bearer token that exists and was not revoked."""
    if not secret.startswith(TOKEN_PREFIX):
        return None
    with reading(db) as conn:
        row = conn.execute(_BY_TOKEN, {"digest": _digest(secret)}).first()
    if row is None or row[4] is not None:
        return None
    return _row_account(row)
