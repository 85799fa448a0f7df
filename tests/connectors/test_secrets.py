"""Every connector that needs a secret names the missing environment variable."""

from __future__ import annotations

import pytest

from monitor.errors import AuthError
from tests.connectors.replay import KINDS, Cassette

WITH_SECRETS = [k for k in KINDS if Cassette.load(k).data["env"]]


def test_some_connectors_need_secrets() -> None:
    assert {"x", "reddit"} <= set(WITH_SECRETS)


@pytest.mark.parametrize("kind", WITH_SECRETS)
def test_fetch__missing_secret_raises_AuthError_naming_the_variable(kind: str) -> None:
    cassette = Cassette.load(kind)
    variable = sorted(cassette.data["env"])[0]
    with cassette.failing(), pytest.raises(AuthError, match=variable):
        list(cassette.connector(env={}).fetch(cassette.query, None))
