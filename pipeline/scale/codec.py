"""An :class:`~pipeline.models.Extraction` as JSON and back, exactly.

Workers write extractions to Parquet and one writer stores them: what the writer saves
must be the very records the worker found. The codec follows the dataclasses' own
fields and type hints, so a field the extractor gains travels without a change here.

    >>> decode(encode(extraction)) == extraction
    True
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import cache

from ..models import Extraction


def encode(extraction: Extraction) -> str:
    return json.dumps(_plain(extraction), ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Extraction:
    return _typed(Extraction, json.loads(text))


def _plain(value):
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _typed(hint, value):
    """``value`` (plain JSON) as the type ``hint`` names; numbers and strings as they are."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        arms = [arm for arm in typing.get_args(hint) if arm is not type(None)]
        return _typed(arms[0], value) if len(arms) == 1 else value
    if origin is tuple:
        return tuple(_typed(typing.get_args(hint)[0], item) for item in value)
    if origin is list:
        return [_typed(typing.get_args(hint)[0], item) for item in value]
    if isinstance(hint, type) and is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{f.name: _typed(hints[f.name], value[f.name])
                       for f in fields(hint) if f.init and f.name in value})
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    return value


@cache
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)
