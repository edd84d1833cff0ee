#!/usr/bin/env python3
"""Minimum C_X->B (Chaves, Kueng, Brask & Gross 2015, eq. 29) of a two-outcome behaviour by column
generation with HiGHS: the peer a researcher would write, to time `relax influence --model x2b` against.

Same LP as relax: rows p(ab|xy) = observed (the last outcome of every block but the first dropped),
rows count_i(lambda) q - t <= 0 for every y and pair x < x' (b = 0), minimise t. Phase 1 minimises the
l1 residual with slacks; phase 2 fixes the slacks to 0 and minimises t. The master is one live HiGHS
model (primal simplex, presolve off): new columns are appended and HiGHS restarts from its last basis.
Pricing is exact and the same as relax's: fix Alice's strategy alpha, then each y independently picks
Bob's slice beta[.][y] over all x (score minus its influence penalty); here as numpy matrix products.

usage: x2b_colgen.py FILE.json [--per-round K]
prints one JSON line: value, solves, columns, seconds (wall, whole script), solve_cpu (CPU seconds after
the imports: reading the file, building and solving, i.e. the in-process time)
"""
import json, sys, time
import numpy as np
import highspy

TOL = 1e-9


def main():
    t_start = time.perf_counter()
    path = sys.argv[1]
    cpu_start = time.process_time()
    per_round = int(sys.argv[sys.argv.index('--per-round') + 1]) if '--per-round' in sys.argv else 30
    data = json.load(open(path))
    m = data['inputs'][0]
    assert data['inputs'] == [m, m] and data['outputs'] == [2, 2], 'x2b peer: m x m inputs, two outcomes'
    p = np.array(data['p'], dtype=float)                       # p[x][y][a][b]
    # equality rows: every entry of block (0,0), the first three of every other block
    row_of = -np.ones((m, m, 2, 2), dtype=np.int64)
    rhs = []
    for x in range(m):
        for y in range(m):
            for o in range(4 if x == 0 and y == 0 else 3):
                row_of[x, y, o // 2, o % 2] = len(rhs)
                rhs.append(p[x, y, o // 2, o % 2])
    k = len(rhs)
    pairs = [(x, x2) for x in range(m) for x2 in range(x + 1, m)]
    npairs = len(pairs)
    nrows = k + m * npairs                                     # measure row of (y, pair) is k + y*npairs + pair
    h = highspy.Highs()
    h.setOptionValue('output_flag', False)
    h.setOptionValue('presolve', 'off')
    h.setOptionValue('solver', 'simplex')
    h.setOptionValue('simplex_strategy', 4)                    # primal simplex
    inf = highspy.kHighsInf
    lower = np.concatenate([rhs, np.full(m * npairs, -inf)])
    upper = np.concatenate([rhs, np.zeros(m * npairs)])
    h.addRows(nrows, lower, upper, 0, np.zeros(nrows, dtype=np.int32), np.zeros(0, dtype=np.int32), np.zeros(0))
    # column 0: t (cost 0 in phase 1); then slacks s+ s- per equality row (cost 1)
    h.addCol(0.0, 0.0, inf, m * npairs, np.arange(k, nrows, dtype=np.int32), -np.ones(m * npairs))
    for r in range(k):
        h.addCol(1.0, 0.0, inf, 1, np.array([r], dtype=np.int32), np.array([1.0]))
        h.addCol(1.0, 0.0, inf, 1, np.array([r], dtype=np.int32), np.array([-1.0]))
    first = 1 + 2 * k
    # tables: A[alpha, x] = alpha_x, S[s, x] = beta_x of slice s; C[s, pair] = 1 if the slice differs on the pair
    n = 1 << m
    bits = (np.arange(n)[:, None] >> np.arange(m)[None, :]) & 1
    A = S = bits
    C = np.array([[S[s, x] != S[s, x2] for (x, x2) in pairs] for s in range(n)], dtype=float).reshape(n, npairs)
    present = set()
    strategies = []
    solves = 0

    def add(alpha, slices):
        key = (alpha,) + tuple(slices)
        if key in present:
            return False
        present.add(key)
        rows, vals = [], []
        for x in range(m):
            a = A[alpha, x]
            for y in range(m):
                r = row_of[x, y, a, S[slices[y], x]]
                if r >= 0:
                    rows.append(r); vals.append(1.0)
        for y in range(m):
            for q in range(npairs):
                if C[slices[y], q]:
                    rows.append(k + y * npairs + q); vals.append(1.0)
        h.addCol(0.0, 0.0, inf, len(rows), np.array(rows, dtype=np.int32), np.array(vals))
        strategies.append(key)
        return True

    def price(dual):
        z = np.zeros((m, m, 2, 2))
        mask = row_of >= 0
        z[mask] = dual[row_of[mask]]
        w = np.maximum(0.0, -dual[k:]).reshape(m, npairs)
        total = np.zeros(n)
        best = np.zeros((m, n), dtype=np.int64)
        for y in range(m):
            zy = z[:, y]                                       # zy[x, a, b]
            base = zy[np.arange(m)[None, :], A, 0].sum(axis=1)          # sum_x z[x, y, alpha_x, 0]
            D = zy[np.arange(m)[None, :], A, 1] - zy[np.arange(m)[None, :], A, 0]
            score = base[:, None] + D @ S.T.astype(float) - (C @ w[y])[None, :]
            best[y] = score.argmax(axis=1)
            total += score[np.arange(n), best[y]]
        order = np.argsort(-total)[:per_round]
        added = 0
        for alpha in order:
            if total[alpha] > TOL and add(int(alpha), [int(best[y, alpha]) for y in range(m)]):
                added += 1
        return total.max(), added

    def solve():
        nonlocal solves
        h.run()
        solves += 1
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            raise SystemExit('HiGHS: ' + h.modelStatusToString(h.getModelStatus()))
        return np.array(h.getSolution().row_dual)

    for phase in (1, 2):
        if phase == 2:
            if h.getInfo().objective_function_value > TOL:
                print(json.dumps({'file': path, 'status': 'infeasible', 'solves': solves}))
                return
            for j in range(1, first):
                h.changeColBounds(j, 0.0, 0.0)
            h.changeColCost(0, 1.0)
        while True:
            dual = solve()
            score, added = price(dual)
            if added == 0:
                break
    info = h.getInfo()
    print(json.dumps({'file': path, 'status': 'optimal', 'value': info.objective_function_value, 'solves': solves,
                      'columns': len(strategies), 'seconds': time.perf_counter() - t_start,
                      'solve_cpu': time.process_time() - cpu_start}))


if __name__ == '__main__':
    main()
