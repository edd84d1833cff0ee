"""Tests of the Python API (run by .ci/run after mvn -B verify; by hand: /usr/bin/python3 -m unittest discover -s
scenarios/python/tests -v). Every number is checked against an independent source: an analytic law (Chaves et al.
2015, eq. 7 and Fig. 5) or the command line run on the same behaviour as a file in a separate JVM."""

import json
import math
import os
import re
import subprocess
import tempfile
import unittest
from pathlib import Path

import numpy as np

import relax

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def noisy_pr(v):
    """v PR box + (1 - v) white noise, p[x][y][a][b] = v [a xor b = xy]/2 + (1 - v)/4."""
    p = np.empty((2, 2, 2, 2))
    for x, y, a, b in np.ndindex(2, 2, 2, 2):
        p[x, y, a, b] = v * (0.5 if (a ^ b) == (x & y) else 0.0) + (1 - v) / 4
    return p


def tsirelson(v):
    """v Tsirelson box + (1 - v) white noise: p = (1 + v (-1)^(a+b+xy)/sqrt 2)/4."""
    p = np.empty((2, 2, 2, 2))
    for x, y, a, b in np.ndindex(2, 2, 2, 2):
        p[x, y, a, b] = (1 + v * (-1) ** (a + b + x * y) / math.sqrt(2)) / 4
    return p


def cli(*args):
    """The --json record the command line prints (a separate JVM on the same jar)."""
    done = subprocess.run(["java", "-jar", relax.jar_path(), *args, "--json"], capture_output=True, text=True)
    lines = [l for l in done.stdout.splitlines() if l.strip()]
    assert len(lines) == 1, (done.stdout, done.stderr)
    return json.loads(lines[0])


def as_file(directory, name, p):
    path = os.path.join(directory, name)
    a = np.asarray(p)
    n = a.ndim // 2
    with open(path, "w") as f:
        json.dump({"inputs": list(a.shape[:n]), "outputs": list(a.shape[n:]), "p": a.tolist()}, f)
    return path


TIME = ("seconds", "timing", "file", "id")


def timeless(record):
    return {k: v for k, v in record.items() if k not in TIME}


class ChshLaw(unittest.TestCase):
    def test_min_influence_is_max_of_zero_and_chsh(self):
        # eq. (7): min C_X->B = max(0, CHSH). Noisy PR box: eq. (8) gives 3(v/2 + (1-v)/4) - (1-v)/4 - 1 = (2v - 1)/2.
        # Noisy Tsirelson box: E_xy = +-v/sqrt2, S = 2 sqrt2 v, and eq. (8) = (S - 2)/4 on no-signalling behaviours.
        for v in (0.0, 0.3, 0.5, 0.8, 1.0):
            r = relax.influence(noisy_pr(v), model="x2b")
            self.assertTrue(r.verified)
            self.assertAlmostEqual(max(0.0, (2 * v - 1) / 2), r.value, delta=1e-9)
            t = relax.influence(tsirelson(v), model="x2b")
            self.assertAlmostEqual(max(0.0, (2 * math.sqrt(2) * v - 2) / 4), t.value, delta=1e-9)

    def test_certificate_is_a_valid_bound(self):
        # <z, p> is the certified lower bound; the model's weights form a distribution
        p = tsirelson(1.0)
        r = relax.influence(p, model="x2b")
        self.assertEqual(p.shape, r.z.shape)
        self.assertAlmostEqual(float(np.sum(r.z * p)), r.bound, delta=1e-9)
        self.assertAlmostEqual(1.0, float(r.weights.sum()), delta=1e-9)
        self.assertEqual(len(r.weights), len(r.strategies))
        # every strategy of the x2b model gives Alice a(x) (2 entries) and Bob b(x,y) (2 x 2 entries), each 0 or 1
        for s in r.strategies:
            self.assertEqual((2,), s["a(x)"].shape)
            self.assertEqual((2, 2), s["b(x,y)"].shape)
            self.assertTrue(set(np.unique(np.concatenate([s["a(x)"], s["b(x,y)"].ravel()]))) <= {0, 1})


class SameNumbersAsTheCommandLine(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def test_influence_md_and_microstate(self):
        p = tsirelson(0.9)
        f = as_file(self.dir, "t.json", p)
        for api, args in ((relax.influence(p, model="a2b"), ("influence", "--model", "a2b", f)),
                          (relax.md(p, measure="hall"), ("md", "--measure", "hall", f)),
                          (relax.microstate(p, given_y=True), ("microstate", "--given-y", f))):
            expected = cli(*args)
            self.assertEqual(timeless(expected), timeless(api.record))
            self.assertEqual(expected["value"], api.value)
            self.assertTrue(np.array_equal(np.array(expected["certificate"]["z"]), api.z))
            self.assertTrue(np.array_equal(np.array([m["weight"] for m in expected["hidden_variable_model"]]), api.weights))

    def test_bilocal(self):
        # Fig. 5: min M_BL = max(0, 2 v^2 - 1); v = 0.6 gives 0 (bilocal)
        done = subprocess.run(["java", "-jar", relax.jar_path(), "example", "bilocal", "--visibility", "0.6"], capture_output=True, text=True, check=True)
        path = os.path.join(self.dir, "bilocal.json")
        with open(path, "w") as fh:
            fh.write(done.stdout)
        as_read = json.loads(done.stdout)
        r = relax.bilocal(as_read)
        self.assertEqual(timeless(cli("bilocal", path)), timeless(r.record))
        self.assertEqual(0.0, r.value)
        self.assertTrue(r.record["bilocal"])

    def test_a_path_is_read_like_the_command_line_reads_it(self):
        path = str(EXAMPLES / "pr-box.json")
        self.assertEqual(timeless(cli("influence", "--model", "comm", path)), timeless(relax.influence(path, model="comm").record))


class Errors(unittest.TestCase):
    def test_invalid_input_raises_the_command_line_message(self):
        p = noisy_pr(1.0)
        p[0, 0, 0, 0] += 0.5  # p[0][0] sums to 1.5
        with tempfile.TemporaryDirectory() as d:
            f = as_file(d, "bad.json", p)
            expected = cli("influence", "--model", "x2b", f)
        with self.assertRaises(relax.InvalidInputError) as e:
            relax.influence(p, model="x2b")
        # the same one line, naming the input as the API names it instead of the file
        self.assertEqual(expected["message"].replace(f, "behaviour"), str(e.exception))
        self.assertTrue(str(e.exception).startswith("behaviour: p[0][0] sums to 1.5"))
        self.assertIsInstance(e.exception, ValueError)

    def test_bad_options_and_shapes(self):
        with self.assertRaises(relax.InvalidInputError) as e:
            relax.influence(noisy_pr(1.0), model="x3b")
        self.assertIn("x3b", str(e.exception))
        with self.assertRaises(relax.InvalidInputError):
            relax.influence(noisy_pr(1.0), model="x2b", no_such_option=1)
        with self.assertRaises(ValueError):
            relax.influence(np.zeros((2, 2, 2)), model="x2b")

    def test_infeasible_is_a_result_with_its_proof(self):
        # a = y: Alice's marginal depends on y, which no lhv model allows (exit 1 on the command line)
        p = np.zeros((2, 2, 2, 2))
        for x, y in np.ndindex(2, 2):
            p[x, y, y, y] = 1.0
        r = relax.influence(p, model="lhv")
        self.assertEqual("infeasible", r.status)
        self.assertIsNone(r.value)
        self.assertTrue(r.verified)


class Batch(unittest.TestCase):
    def test_threads_do_not_change_answers_and_bad_tasks_do_not_stop_the_rest(self):
        tasks = [{"command": "influence", "model": "x2b", "behaviour": noisy_pr(v)} for v in np.linspace(0, 1, 9)]
        tasks.insert(3, {"command": "md", "behaviour": np.ones((2, 2, 2, 2))})  # blocks sum to 4
        tasks.append({"id": "f", "command": "influence", "model": "x2b", "functional": "chsh", "value": 0.25})
        one = relax.batch(tasks, threads=1)
        two = relax.batch(tasks, threads=2)
        self.assertEqual([timeless(r.record) for r in one], [timeless(r.record) for r in two])
        self.assertEqual(list(range(10)) + ["f"], [r.id for r in one])
        self.assertEqual("invalid", one[3].status)
        solved = [r for r in one if r.id not in (3, "f")]
        for r, v in zip(solved, np.linspace(0, 1, 9)):
            self.assertAlmostEqual(max(0.0, (2 * v - 1) / 2), r.value, delta=1e-9)
        # functional mode, "red curve": with only CHSH = 1/4 known, min C_X->B = 1/4 (eq. 7 holds for every
        # no-signalling behaviour with that CHSH value)
        self.assertAlmostEqual(0.25, one[-1].value, delta=1e-9)



class Example(unittest.TestCase):
    def test_the_notebook_holds_the_code_of_its_python_twin(self):
        # CI runs examples/chsh_law.py; the notebook must be the same code, cell for cell (# %% marks the cells)
        here = Path(__file__).resolve().parents[1] / "examples"
        notebook = json.loads((here / "chsh_law.ipynb").read_text())
        code = ["".join(c["source"]).strip("\n") for c in notebook["cells"] if c["cell_type"] == "code"]
        cells = re.split(r"^# %%", (here / "chsh_law.py").read_text(), flags=re.M)[1:]
        twin = [c.partition("\n")[2].strip("\n") for c in cells if not c.startswith(" [markdown]")]
        self.assertEqual(twin, code)


if __name__ == "__main__":
    unittest.main()
