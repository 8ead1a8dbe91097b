"""Analyst review: a local web app to check each record against its evidence, and
decisions (accept / reject / correct) that outlive re-runs of the pipeline."""

from .additions import add_record
from .app import create_app
from .decisions import (REJECT_REASONS, Decision, DecisionError, accept, correct, decide,
                        effective_fields, history, reject)

__all__ = ["create_app", "add_record", "decide", "accept", "reject", "correct", "effective_fields",
           "history", "Decision", "DecisionError", "REJECT_REASONS"]
