"""The OpenAPI 3.1 description of ``/api/v1``, written out so it reads as documentation.

A test checks that every API route is described here and nothing else is.
"""

from __future__ import annotations

from typing import Any

from monitor import __version__
from monitor.models import ComplaintType, Status

_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
_FILTERS = [
    {"name": "status", "in": "query", "schema": {"enum": [s.value for s in Status]}},
    {"name": "brand", "in": "query", "schema": {"type": "string"}},
    {"name": "source", "in": "query", "schema": {"type": "string"}},
    {"name": "type", "in": "query", "schema": {"enum": [t.value for t in ComplaintType]}},
    {"name": "language", "in": "query", "schema": {"type": "string"}},
    {
        "name": "answer_now",
        "in": "query",
        "schema": {"type": "boolean"},
        "description": "Only angry complaints (each brand's alert threshold).",
    },
    {
        "name": "assigned",
        "in": "query",
        "schema": {"type": "string"},
        "description": "A user name, or `me`.",
    },
    {
        "name": "everything",
        "in": "query",
        "schema": {"type": "boolean"},
        "description": "Also new mentions that need no reply.",
    },
    {
        "name": "cursor",
        "in": "query",
        "schema": {"type": "string"},
        "description": "`next_cursor` of the previous page (keyset pagination).",
    },
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
]
_ERRORS = {
    "400": {
        "description": "Bad input; `error` names the field.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    },
    "401": {"description": "No valid bearer token or session."},
    "403": {"description": "The role does not allow it, or the CSRF token is missing."},
    "404": {"description": "No such mention or approval."},
}


def _body(props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema = {"type": "object", "properties": props, "required": required}
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _op(
    summary: str,
    role: str,
    *,
    params: list[Any] | None = None,
    body: dict[str, Any] | None = None,
    ok: str = "200",
) -> dict[str, Any]:
    op: dict[str, Any] = {
        "summary": summary,
        "description": f"Needs the role `{role}` or higher.",
        "parameters": params or [],
        "responses": {ok: {"description": "OK", "content": {"application/json": {}}}, **_ERRORS},
    }
    if body is not None:
        op["requestBody"] = body
    return op


def _paths() -> dict[str, Any]:
    text = {"type": "string"}
    return {
        "/api/v1/openapi.json": {"get": _op("This schema", "viewer")},
        "/api/v1/me": {"get": _op("Who the token belongs to, and the role", "viewer")},
        "/api/v1/mentions": {
            "get": _op(
                "The inbox: filtered, highest priority first, keyset pages, with counts per filter",
                "viewer",
                params=_FILTERS,
            )
        },
        "/api/v1/mentions/{id}": {
            "get": _op(
                "One mention: reading, why flagged, replies and self-check, history",
                "viewer",
                params=[_ID],
            )
        },
        "/api/v1/mentions/{id}/status": {
            "post": _op(
                "Mark replied, resolved, ignored (note required) or new",
                "responder",
                params=[_ID],
                body=_body(
                    {"status": {"enum": [s.value for s in Status]}, "note": text}, ["status"]
                ),
            )
        },
        "/api/v1/mentions/{id}/assignment": {
            "post": _op(
                "Assign to a user (null: nobody)",
                "responder",
                params=[_ID],
                body=_body({"user": {"type": ["string", "null"]}}, ["user"]),
            )
        },
        "/api/v1/mentions/{id}/notes": {
            "post": _op(
                "Add a note to the history",
                "responder",
                params=[_ID],
                body=_body({"note": text}, ["note"]),
                ok="201",
            )
        },
        "/api/v1/mentions/{id}/corrections": {
            "post": _op(
                "Correct the reading; exported by `repmon export --labels`",
                "responder",
                params=[_ID],
                body=_body(
                    {
                        "kind": {
                            "enum": ["not_complaint", "not_angry", "wrong_type", "wrong_brand"]
                        },
                        "value": {
                            "type": ["string", "null"],
                            "description": "The right complaint type or brand.",
                        },
                    },
                    ["kind"],
                ),
                ok="201",
            )
        },
        "/api/v1/mentions/{id}/approvals": {
            "post": _op(
                "Submit an edited reply for approval",
                "responder",
                params=[_ID],
                body=_body(
                    {"channel": {"enum": ["public", "offline"]}, "text": text}, ["channel", "text"]
                ),
                ok="201",
            )
        },
        "/api/v1/approvals": {
            "get": _op(
                "Submitted replies; `state=approved` lists those ready to post",
                "viewer",
                params=[
                    {
                        "name": "state",
                        "in": "query",
                        "schema": {"enum": ["pending", "approved", "returned"]},
                    }
                ],
            )
        },
        "/api/v1/approvals/{id}/decision": {
            "post": _op(
                "Approve, or return with a note; never by the reply's author",
                "approver",
                params=[_ID],
                body=_body(
                    {"decision": {"enum": ["approve", "return"]}, "note": text}, ["decision"]
                ),
            )
        },
        "/api/v1/brands": {"get": _op("The watched brands and their terms", "viewer")},
        "/api/v1/stats": {
            "get": _op(
                "Per brand and UTC day: volume, negative, angry, first reply, open, spikes",
                "viewer",
            )
        },
    }


def schema() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "repmon team inbox API", "version": __version__},
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "From `repmon tokens create --user NAME`.",
                }
            },
            "schemas": {"Error": {"type": "object", "properties": {"error": {"type": "string"}}}},
        },
        "paths": _paths(),
    }
