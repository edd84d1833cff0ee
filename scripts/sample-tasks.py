#!/usr/bin/env python3
"""Writes a task file for relax batch: random two-qubit quantum behaviours, one task per line.

Each behaviour is p(ab|xy) = <psi| P_a^x (x) P_b^y |psi> for a random pure two-qubit state psi (normalised complex
Gaussian vector) and, per party and input, a random projective measurement along a uniformly random Bloch direction
n: P_a = (I + (-1)^a n.sigma)/2. Seeded: the same arguments give the same file. Needs numpy only.

    scripts/sample-tasks.py --inputs 3 --count 1000 --seed 1 > tasks-3322.jsonl
"""
import argparse
import json
import sys

import numpy as np

PAULI = [np.array([[0, 1], [1, 0]], dtype=complex), np.array([[0, -1j], [1j, 0]]), np.array([[1, 0], [0, -1]], dtype=complex)]


def projectors(rng, m):
    """[x][a] -> 2x2 projector, for m random directions."""
    out = []
    for _ in range(m):
        n = rng.normal(size=3)
        n /= np.linalg.norm(n)
        obs = sum(c * s for c, s in zip(n, PAULI))
        out.append([(np.eye(2) + obs) / 2, (np.eye(2) - obs) / 2])
    return out


def behaviour(rng, m):
    psi = rng.normal(size=4) + 1j * rng.normal(size=4)
    psi /= np.linalg.norm(psi)
    A, B = projectors(rng, m), projectors(rng, m)
    p = np.zeros((m, m, 2, 2))
    for x in range(m):
        for y in range(m):
            for a in range(2):
                for b in range(2):
                    p[x, y, a, b] = max(0.0, float(np.real(psi.conj() @ np.kron(A[x][a], B[y][b]) @ psi)))
            p[x, y] /= p[x, y].sum()
    return p


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=3, help="inputs per party (3: the 3322 scenario; 2: CHSH)")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--command", default="influence")
    ap.add_argument("--model", default="x2b", help="--model of influence (left out for other commands)")
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    for i in range(args.count):
        p = behaviour(rng, args.inputs)
        task = {"id": f"q{args.inputs}-{i}", "command": args.command}
        if args.command == "influence":
            task["model"] = args.model
        task["behaviour"] = {"inputs": [args.inputs, args.inputs], "outputs": [2, 2], "p": p.tolist()}
        sys.stdout.write(json.dumps(task) + "\n")


if __name__ == "__main__":
    main()
