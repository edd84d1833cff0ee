"""The JVM that runs the engine: found, started once per process, and called through ``relax.cli.Tasks``.

The jar is looked for, in this order:

1. ``RELAX_JAR``: the path of ``relax.jar`` (the standalone jar, copied anywhere);
2. ``RELAX_HOME``: a checkout of relax, whose ``scenarios/target/relax.jar`` is used;
3. the checkout this package sits in, when it is run from the source tree (``scenarios/python``);
4. the current directory, when it is a checkout;
5. the checkout of the ``relax`` launcher found on ``PATH`` (symlinks followed).

In a checkout whose jar is missing or older than its sources, the launcher (``relax --version``) builds it first,
which needs Maven. ``RELAX_JAVA_OPTS`` passes options to the JVM (e.g. ``-Xmx8g``), as for the launcher.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import threading
from pathlib import Path
from typing import List, Optional

_lock = threading.Lock()
_tasks = None
_jar: Optional[str] = None

_JAR = Path("scenarios") / "target" / "relax.jar"


def _checkouts():
    home = os.environ.get("RELAX_HOME")
    if home:
        yield Path(home), "RELAX_HOME"
    here = Path(__file__).resolve().parent.parent.parent.parent  # relax/ -> python/ -> scenarios/ -> checkout
    yield here, "the source tree of this package"
    yield Path.cwd(), "the current directory"
    launcher = shutil.which("relax")
    if launcher:
        yield Path(os.path.realpath(launcher)).parent, "the relax launcher on PATH"


def _is_checkout(d: Path) -> bool:
    return (d / "relax").is_file() and (d / "scenarios" / "pom.xml").is_file()


def jar_path() -> str:
    """The jar to run: from RELAX_JAR, else a checkout's (built by its launcher if needed)."""
    global _jar
    if _jar is not None:
        return _jar
    given = os.environ.get("RELAX_JAR")
    if given:
        if not os.path.isfile(given):
            raise FileNotFoundError(f"RELAX_JAR={given}: no such file (give the path of relax.jar)")
        _jar = os.path.abspath(given)
        return _jar
    tried = []
    for d, how in _checkouts():
        if not _is_checkout(d):
            tried.append(f"{d} ({how}: not a relax checkout)")
            continue
        # the launcher rebuilds the jar when it is missing or older than the sources, then prints the version
        done = subprocess.run([str(d / "relax"), "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        jar = d / _JAR
        if done.returncode != 0 or not jar.is_file():
            raise RuntimeError(f"building {jar} with {d / 'relax'} failed (Maven is needed): {done.stderr.strip()[-500:]}")
        _jar = str(jar)
        return _jar
    raise FileNotFoundError("relax.jar not found: set RELAX_JAR to the path of relax.jar, or RELAX_HOME to a checkout of relax "
                            "(tried: " + "; ".join(tried) + ")")


def _support_jars() -> List[str]:
    """JPype's own jar, where JPype does not find it by itself: Debian's python3-jpype puts it in /usr/share/java
    instead of beside its native module, and JPype then fails with ClassNotFoundException
    org.jpype.classloader.DynamicClassLoader unless it is on the class path."""
    import _jpype
    if os.path.isfile(os.path.join(os.path.dirname(_jpype.__file__), "org.jpype.jar")):
        return []
    debian = "/usr/share/java/org.jpype.jar"
    return [debian] if os.path.isfile(debian) else []


def _start():
    global _tasks
    with _lock:
        if _tasks is not None:
            return _tasks
        import jpype
        jar = jar_path()
        if not jpype.isJVMStarted():
            options = shlex.split(os.environ.get("RELAX_JAVA_OPTS", ""))
            jpype.startJVM(*options, classpath=[jar] + _support_jars(), convertStrings=True)
        _tasks = jpype.JClass("relax.cli.Tasks")
        return _tasks


def run_tasks(tasks: List[str], threads: int, seed: int) -> List[str]:
    """The records of ``relax batch`` for tasks given as JSON texts, in order."""
    import jpype
    t = _start()
    records = t.run(jpype.JArray(jpype.JString)(tasks), int(threads), int(seed))
    return [str(r) for r in records]
