"""The one entry point the browser worker (and the Node tests) call.

The worker sends ``{id, fn, args}``; it calls :func:`call_json` with ``fn``
and the JSON text of ``args`` and posts back the JSON text it returns.
Functions are looked up in :data:`FUNCTIONS` and imported on first use, so a
page pays only for the modules it needs.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

# fn name -> "module:function".  Each checker adds its own lines.
FUNCTIONS: dict[str, str] = {
    "version": "pychecks:__version__",
    "platform": "sys:platform",
    "ports.recommend": "pychecks.ports:recommend",
    "ports.options": "pychecks.ports:options",
    "settings.generate": "pychecks.settings:generate",
    "settings.options": "pychecks.settings:options",
    "support.from_bounce": "pychecks.support.bounce:from_bounce",
    "support.render": "pychecks.support.render:render_request",
    "support.options": "pychecks.support.model:options",
    "support.merge": "pychecks.support.model:merge_prefill",
    "bounce.analyze": "pychecks.bounce.api:analyze_for_page",
    "analyzer.run": "pychecks.analyzer_view:run",
    "analyzer.limits": "pychecks.analyzer_view:limits",
    "analyzer.warm_up": "pychecks.analyzer_view:warm_up",
    "analyzer.too_large": "pychecks.analyzer_view:too_large",
    "analyzer.support": "pychecks.analyzer_view:support",
    "headers.analyze": "pychecks.headers:analyze",
    "headers.run": "pychecks.headers.view:run",
    "headers.limits": "pychecks.headers.view:limits",
    "headers.warm_up": "pychecks.headers.view:warm_up",
    "headers.too_large": "pychecks.headers.view:too_large",
}


# Run once before the build-time memory snapshot is taken (tools/make_snapshot.mjs),
# so caches and compiled patterns are already in the snapshot the browser restores.
WARM_UP: tuple[str, ...] = ("analyzer.warm_up", "headers.warm_up")


def warm_up_all() -> None:
    for fn in WARM_UP:
        call(fn)


class ApiError(Exception):
    """An error meant for the reader: ``message`` is shown as it is."""


def resolve(fn: str) -> Any:
    target = FUNCTIONS.get(fn)
    if target is None:
        raise ApiError(f"unknown function: {fn}")
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def call(fn: str, args: Any = None) -> Any:
    """Call ``fn`` with ``args`` (a dict becomes keyword arguments, a list positional)."""
    target = resolve(fn)
    if not callable(target):
        return target
    if isinstance(args, dict):
        return target(**args)
    if isinstance(args, list):
        return target(*args)
    return target() if args is None else target(args)


def call_json(fn: str, args_json: str = "null") -> str:
    """JSON in, JSON out: ``{"result": ...}`` or ``{"error": {"type", "message"}}``.

    Errors are returned, never raised, so one bad input cannot break the worker.
    """
    try:
        result = call(fn, json.loads(args_json))
        return json.dumps({"result": result}, ensure_ascii=False)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        error = {"type": type(exc).__name__, "message": str(exc) or type(exc).__name__}
        if isinstance(getattr(exc, "field", None), str):
            error["field"] = exc.field
        return json.dumps({"error": error}, ensure_ascii=False)
