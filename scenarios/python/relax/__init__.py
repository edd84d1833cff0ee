"""Python API of relax: minimum relaxations of the causal assumptions of Bell's theorem (Chaves, Kueng, Brask &
Gross 2015), each with an optimal hidden-variable model and a dual certificate re-verified in exact arithmetic.

The engine runs in this process through JPype (one JVM, started on the first call; see ``relax._jvm`` for how the
jar is found). Every call is one or more tasks of ``relax batch``, and every answer is exactly the record that
command writes -- the ``--json`` line of the command, with the id first -- turned into a :class:`Result`:

    >>> import numpy as np, relax
    >>> p = np.full((2, 2, 2, 2), 0.25)          # p[x][y][a][b]: white noise
    >>> relax.influence(p, model="x2b").value
    0.0

Behaviours are numpy arrays (or nested lists) in the engine's nesting, p[x1]..[xN][a1]..[aN] (N parties: the first
N axes are the inputs, the last N the outputs), a dict in any behaviour-file form (``{"inputs": .., "outputs": ..,
"p" | "counts" | "correlators" | "collins-gisin": ..}``), or the path of a behaviour file.

Bad input raises :class:`InvalidInputError` and an answer that could not be established :class:`SolverError`, each
with the one-line message the command line prints; an infeasible behaviour is a result (``status ==
"infeasible"``, with its exactly verified Farkas certificate), not an error.
"""

from __future__ import annotations

import ast
import json
import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

import numpy as np

from . import _jvm

__all__ = ["influence", "md", "bilocal", "microstate", "batch", "run", "Result", "RelaxError", "InvalidInputError",
           "SolverError", "jar_path"]

Behaviour = Union[np.ndarray, Sequence, Mapping[str, Any], str, os.PathLike]


class RelaxError(Exception):
    """An answer that could not be given; ``record`` is the engine's record (a dict)."""

    def __init__(self, message: str, record: Optional[dict] = None):
        super().__init__(message)
        self.record = record or {}


class InvalidInputError(RelaxError, ValueError):
    """The input is bad (exit code 2 of the command line): the message names the entry and the rule."""


class SolverError(RelaxError, RuntimeError):
    """The answer could not be established (exit code 3 or 4 of the command line)."""


@dataclass
class Result:
    """One record of the engine, with its numbers as numpy arrays.

    ``value`` is the minimum (None unless status is "optimal"); ``verified`` whether the exact certificate and the
    model confirm it; ``z`` the certificate's coefficients nested like p (the inequality <z, p> <= measure, or a
    Farkas certificate <z, p> <= 0 when infeasible); ``bound`` the exact dual bound as a float; ``weights`` and
    ``strategies`` the optimal hidden-variable model (weight q_i of deterministic strategy i, each strategy a dict
    from a party's response table name, e.g. ``"b(x,y)"``, to its table as an integer array); ``record`` the whole
    record, every key the command prints with --json.
    """

    id: Any
    status: str
    value: Optional[float]
    verified: bool
    message: str
    z: Optional[np.ndarray]
    bound: Optional[float]
    weights: np.ndarray
    strategies: list
    record: dict = field(repr=False)

    @property
    def ok(self) -> bool:
        """True when the record answers the question (optimal, or infeasible with its proof)."""
        return self.status in ("optimal", "infeasible")

    def raise_for_status(self) -> "Result":
        """Raises InvalidInputError or SolverError for an invalid or failed record; returns self otherwise."""
        if self.status == "invalid":
            raise InvalidInputError(self.message, self.record)
        if not self.ok:
            raise SolverError(self.message, self.record)
        return self


def jar_path() -> str:
    """The relax.jar this process uses (or would use)."""
    return _jvm.jar_path()


def influence(p: Behaviour, model: str = "x2b", **options) -> Result:
    """min C_X->B (model "x2b"), C_A->B ("a2b"), p(m=0) ("comm") or locality ("lhv") of a whole behaviour, as
    ``relax influence --model MODEL`` (options: backend, method, tolerance, ...)."""
    return run("influence", p, model=model, **options)


def md(p: Behaviour, **options) -> Result:
    """Minimum measurement dependence M (eq. 5) or, with measure="hall", Hall's M_Hall, as ``relax md``
    (options: measure, input_distribution, min_mi, gap, backend, ...)."""
    return run("md", p, **options)


def bilocal(p: Behaviour, **options) -> Result:
    """Minimum non-bilocality M_BL of an entanglement-swapping behaviour p[x][0][z][a][b][c], as ``relax bilocal``
    (options: resolution, max_lps, backend, ...)."""
    return run("bilocal", p, **options)


def microstate(p: Behaviour, **options) -> Result:
    """Least microstate dependence (Ciepielewski & Okon), as ``relax microstate`` (options: on, given_y, ...)."""
    return run("microstate", p, **options)


def run(command: str, p: Optional[Behaviour] = None, **options) -> Result:
    """Runs one command on one behaviour (or, with p None, in its functional mode: ``run("influence",
    model="x2b", functional="chsh", value=0.1)``) and returns its result; raises for invalid or failed records."""
    task = _task("behaviour", command, p, options)
    return _result(_jvm.run_tasks([json.dumps(task, allow_nan=True)], 1, 0)[0]).raise_for_status()


def batch(tasks: Iterable[Mapping[str, Any]], threads: int = 1, seed: int = 0) -> list:
    """Runs many tasks in one call on ``threads`` threads of the JVM and returns their results in order (a task that
    is invalid or fails gives a Result with that status, and the others go on; nothing is raised).

    Each task is a dict like a line of a ``relax batch`` task file: ``{"command": "influence", "behaviour": p,
    "model": "x2b", ...}``, with an optional ``"id"`` (default: its position, 0, 1, ...) and p as for
    :func:`influence`. Options are written with underscores or dashes (``min_mi=True`` is ``--min-mi``).
    """
    texts = []
    for i, t in enumerate(tasks):
        t = dict(t)
        command = t.pop("command", None)
        if command is None:
            raise ValueError(f"task {i} has no \"command\" (influence, md, bilocal, microstate or audit)")
        tid = t.pop("id", i)
        p = t.pop("behaviour", None)
        texts.append(json.dumps(_task(tid, command, p, t), allow_nan=True))
    if not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads must be a whole number >= 1, got {threads!r}")
    return [_result(r) for r in _jvm.run_tasks(texts, threads, seed)]


def _task(tid: Any, command: str, p: Optional[Behaviour], options: Mapping[str, Any]) -> dict:
    task = {"id": tid, "command": command}
    if p is not None:
        task["behaviour"] = _behaviour(p)
    for k, v in options.items():
        key = k.replace("_", "-")
        if key in task:
            raise ValueError(f"option {k!r} is not an option of a command")
        if isinstance(v, (np.integer, np.floating)):
            v = v.item()
        if isinstance(v, (list, tuple)):
            v = ",".join(str(x) for x in v)
        task[key] = v
    return task


def _behaviour(p: Behaviour):
    if isinstance(p, (str, os.PathLike)):
        return os.fspath(p)
    if isinstance(p, Mapping):
        return {k: (np.asarray(v).tolist() if isinstance(v, np.ndarray) else v) for k, v in p.items()}
    a = np.asarray(p, dtype=float)
    if a.ndim == 0 or a.ndim % 2:
        raise ValueError(f"a behaviour array has an even number of axes, p[x1]..[xN][a1]..[aN]; this one has shape {a.shape}")
    n = a.ndim // 2
    return {"inputs": list(a.shape[:n]), "outputs": list(a.shape[n:]), "p": a.tolist()}


_TABLE = re.compile(r"(\w+\([^)]*\))=(\S+)")


def _strategy(text: str) -> dict:
    """'a(x)=(1,1) b(x,y)=((1,1),(1,0))' -> {'a(x)': array([1, 1]), 'b(x,y)': array([[1, 1], [1, 0]])}."""
    tables = {}
    for name, value in _TABLE.findall(text):
        try:
            tables[name] = np.array(ast.literal_eval(value), dtype=int)
        except (ValueError, SyntaxError):
            tables[name] = value
    return tables


def _result(text: str) -> Result:
    r = json.loads(text)
    cert = r.get("certificate") or {}
    z = cert.get("z")
    model = r.get("hidden_variable_model") or []
    value = r.get("value")
    return Result(
        id=r.get("id"),
        status=r.get("status", ""),
        value=None if value is None else float(value),
        verified=bool(r.get("verified", False)),
        message=r.get("message", ""),
        z=None if z is None else np.array(z, dtype=float),
        bound=cert.get("bound"),
        weights=np.array([m.get("weight", math.nan) for m in model], dtype=float),
        strategies=[_strategy(m.get("strategy", "")) for m in model],
        record=r,
    )
