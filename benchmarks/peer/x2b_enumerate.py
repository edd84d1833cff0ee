#!/usr/bin/env python3
"""Minimum C_X->B (Chaves, Kueng, Brask & Gross 2015, eq. 29) of a two-outcome behaviour by full
enumeration with SciPy: every deterministic X->B strategy is a column of one LP solved by
scipy.optimize.linprog (HiGHS), the plain script a researcher would write first.

LP: minimise t subject to T q = p (the last outcome of every block but the first dropped, as relax
does), C q - t <= 0 for every y and pair x < x' (rows b = 0), q >= 0. A strategy is (alpha, beta):
Alice answers alpha_x, Bob beta[x][y]; there are 2^(m + m*m) of them (2^20 at m = 4), built as one
sparse matrix with numpy.

usage: x2b_enumerate.py FILE.json    prints one JSON line: value, columns, seconds
"""
import json, sys, time
import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog


def main():
    t_start = time.perf_counter()
    path = sys.argv[1]
    data = json.load(open(path))
    m = data['inputs'][0]
    assert data['inputs'] == [m, m] and data['outputs'] == [2, 2], 'x2b peer: m x m inputs, two outcomes'
    p = np.array(data['p'], dtype=float)
    row_of = -np.ones((m, m, 2, 2), dtype=np.int64)
    rhs = []
    for x in range(m):
        for y in range(m):
            for o in range(4 if x == 0 and y == 0 else 3):
                row_of[x, y, o // 2, o % 2] = len(rhs)
                rhs.append(p[x, y, o // 2, o % 2])
    k = len(rhs)
    pairs = [(x, x2) for x in range(m) for x2 in range(x + 1, m)]
    n = 1 << (m + m * m)                                       # strategies: bits 0..m-1 alpha, then beta[x][y] at m + y*m + x
    lam = np.arange(n, dtype=np.int64)
    bit = lambda i: ((lam >> i) & 1).astype(np.int8)
    eq_rows, eq_cols = [], []
    for x in range(m):
        a = bit(x)
        for y in range(m):
            r = row_of[x, y, a, bit(m + y * m + x)]
            keep = r >= 0
            eq_rows.append(r[keep]); eq_cols.append(lam[keep])
    ub_rows, ub_cols = [], []
    for y in range(m):
        for q, (x, x2) in enumerate(pairs):
            differ = bit(m + y * m + x) != bit(m + y * m + x2)
            ub_rows.append(np.full(int(differ.sum()), y * len(pairs) + q)); ub_cols.append(lam[differ])
    r = np.concatenate(eq_rows); c = np.concatenate(eq_cols)
    A_eq = sp.csc_matrix((np.ones(len(r)), (r, c)), shape=(k, n + 1))
    r = np.concatenate(ub_rows); c = np.concatenate(ub_cols)
    nub = m * len(pairs)
    A_ub = sp.csc_matrix((np.concatenate([np.ones(len(r)), -np.ones(nub)]),
                          (np.concatenate([r, np.arange(nub)]), np.concatenate([c, np.full(nub, n)]))), shape=(nub, n + 1))
    cost = np.zeros(n + 1); cost[n] = 1.0                      # the last column is t
    res = linprog(cost, A_ub=A_ub, b_ub=np.zeros(nub), A_eq=A_eq, b_eq=np.array(rhs), bounds=(0, None), method='highs')
    out = {'file': path, 'status': 'optimal' if res.status == 0 else res.message, 'columns': n, 'seconds': time.perf_counter() - t_start}
    if res.status == 0:
        out['value'] = res.fun
    print(json.dumps(out))


if __name__ == '__main__':
    main()
