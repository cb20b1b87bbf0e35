"""The support-request builder: form model, validation, text and mailto.

The page keeps the reader's answers as a plain JSON form (see
:mod:`pychecks.support.model`); :func:`render_request` turns it into the
request text, and :func:`from_bounce` pre-fills a form from a bounce mail.
All Japanese text is produced here so CPython tests cover what the page shows.
"""

from __future__ import annotations

from .bounce import from_bounce
from .model import empty_form, normalize, options, validate
from .render import render_request

__all__ = ["empty_form", "from_bounce", "normalize", "options", "render_request", "validate"]
