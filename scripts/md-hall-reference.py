#!/usr/bin/env python3
"""Independent reference for Hall's measure (not used by relax; needs numpy and scipy).

    python3 scripts/md-hall-reference.py BEHAVIOUR.json

Writes min M_Hall = max_{x != x'} sum_lambda |q(lambda|x) - q(lambda|x')| over every model q(lambda|x) that
reproduces p(a|x) = sum_lambda q(lambda|x) delta(a, lambda(x)) directly from the definition: one variable per
(input tuple, deterministic strategy), one t >= |q(lambda|x) - q(lambda|x')| per (pair, strategy), solved by
HiGHS. No rays, no column generation, no certificate: a check of `relax md --measure hall` by another
formulation. Measured 2026-12-01 on the shared 2-core machine: Tsirelson 0.2761423749153965, PR box 2/3,
three-party GHZ 2/3 (0.2 s), four-party GHZ 0.666666666666667 (87 s, 250 MB).
"""
import json, sys, itertools, time
import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

d = json.load(open(sys.argv[1]))
m, o = d["inputs"], d["outputs"]
n = len(m)
P = np.array(d["p"], dtype=float)
xs = list(itertools.product(*[range(k) for k in m]))
# local strategy of party i: tuple of outputs, one per input
party_strats = [list(itertools.product(range(o[i]), repeat=m[i])) for i in range(n)]
lams = list(itertools.product(*party_strats))
L, S = len(lams), len(xs)
pairs = [(s, t) for s in range(S) for t in range(s + 1, S)]
nQ, nT = L * S, len(pairs) * L
nv = nQ + nT + 1
Q = lambda l, s: l * S + s
T = lambda k, l: nQ + k * L + l
# equalities
outs = list(itertools.product(*[range(k) for k in o]))
rows, cols, vals, b = [], [], [], []
r = 0
for s, x in enumerate(xs):
    for a in outs:
        for l, lam in enumerate(lams):
            if all(lam[i][x[i]] == a[i] for i in range(n)):
                rows.append(r); cols.append(Q(l, s)); vals.append(1.0)
        b.append(P[x + a]); r += 1
Aeq = coo_matrix((vals, (rows, cols)), shape=(r, nv)).tocsr()
rows, cols, vals, ub = [], [], [], []
r = 0
for k, (s, t) in enumerate(pairs):
    for l in range(L):
        for sg in (1, -1):
            rows += [r, r, r]; cols += [Q(l, s), Q(l, t), T(k, l)]; vals += [sg, -sg, -1.0]; ub.append(0); r += 1
for k in range(len(pairs)):
    for l in range(L):
        rows.append(r); cols.append(T(k, l)); vals.append(1.0)
    rows.append(r); cols.append(nv - 1); vals.append(-1.0); ub.append(0); r += 1
Aub = coo_matrix((vals, (rows, cols)), shape=(r, nv)).tocsr()
c = np.zeros(nv); c[-1] = 1
t0 = time.time()
res = linprog(c, A_ub=Aub, b_ub=ub, A_eq=Aeq, b_eq=b, bounds=(0, None), method="highs")
print(sys.argv[1], "strategies", L, "tuples", S, "vars", nv, "status", res.status, "M_Hall", repr(res.fun), "%.1fs" % (time.time() - t0))
