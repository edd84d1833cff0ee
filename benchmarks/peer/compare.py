#!/usr/bin/env python3
"""Side by side, whole processes: `relax influence --model x2b` (default options) against the Python/HiGHS
column generation of x2b_colgen.py and, for small m, the SciPy full enumeration of x2b_enumerate.py, on
the same behaviour files (the chained box of relax.scenarios.quantum.ChainedBell, v = 0.9, written here).

Runs alternate (relax, peer, relax, peer, ...) so that a drift in the machine's speed hits both; each run's
CPU (user + system of the finished process, from wait4) and wall time are recorded; the table shows the
median and min-max of each, and the ratio peer / relax of the medians. Values must agree to 1e-8.

usage: compare.py [--relax ./relax] [--m 4,5,6] [--runs 5] [--full-max 4] [--dir /tmp/relax-peer]
Needs python3 with numpy, scipy and highspy (pip install highspy scipy numpy); optional tooling, not part
of the build.
"""
import argparse, json, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))


def chained_box(m, v):
    """p = v P_chain + (1 - v) U, as relax.scenarios.quantum.ChainedBell.box: a xor b = c(x,y) on the chain."""
    p = [[[[0.0] * 2 for _ in range(2)] for _ in range(m)] for _ in range(m)]
    for x in range(m):
        for y in range(m):
            chain = y == x or y == (x + 1) % m
            c = 1 if (x == m - 1 and y == 0) else 0
            for a in range(2):
                for b in range(2):
                    box = (0.5 if (a ^ b) == c else 0.0) if chain else 0.25
                    p[x][y][a][b] = v * box + (1 - v) * 0.25
    return {'name': 'chained box m=%d v=%g' % (m, v), 'inputs': [m, m], 'outputs': [2, 2], 'p': p}


def run(cmd):
    """CPU seconds (user + sys of the process and its children), wall seconds, and its standard output."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit('failed (exit %d): %s' % (os.waitstatus_to_exitcode(status), ' '.join(cmd)))
    return usage.ru_utime + usage.ru_stime, wall, out


def value(out):
    for line in out.splitlines():
        line = line.strip()
        if line.startswith('{'):
            d = json.loads(line)
            if 'value' in d:
                return d['value']
    sys.exit('no value in: ' + out[:300])


def spread(xs):
    return '%.2f (%.2f-%.2f)' % (statistics.median(xs), min(xs), max(xs))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--relax', default=os.path.join(HERE, '..', '..', 'relax'))
    ap.add_argument('--m', default='4,5,6')
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--full-max', type=int, default=4, help='largest m for the full-enumeration script (m = 4: minutes, GBs)')
    ap.add_argument('--dir', default='/tmp/relax-peer')
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    rows = []
    for m in [int(s) for s in a.m.split(',')]:
        f = os.path.join(a.dir, 'chained-box-m%d.json' % m)
        with open(f, 'w') as out:
            json.dump(chained_box(m, 0.9), out)
        ours_cmd = [a.relax, 'influence', '--model', 'x2b', '--json', f]
        peer_cmd = [sys.executable, os.path.join(HERE, 'x2b_colgen.py'), f]
        run(ours_cmd)                                          # warm-up: builds the jar and its caches if needed
        ours, peer = [], []
        for _ in range(a.runs):
            ours.append(run(ours_cmd))
            peer.append(run(peer_cmd))
        v_ours, v_peer = value(ours[-1][2]), value(peer[-1][2])
        if abs(v_ours - v_peer) > 1e-8:
            sys.exit('values differ at m = %d: relax %r, peer %r' % (m, v_ours, v_peer))
        row = {'m': m, 'value': v_ours,
               'relax_cpu': [r[0] for r in ours], 'relax_wall': [r[1] for r in ours],
               'peer_cpu': [r[0] for r in peer], 'peer_wall': [r[1] for r in peer]}
        if m <= a.full_max:
            cpu, wall, out = run([sys.executable, os.path.join(HERE, 'x2b_enumerate.py'), f])
            if abs(value(out) - v_ours) > 1e-8:
                sys.exit('full enumeration differs at m = %d: %r' % (m, value(out)))
            row['full_cpu'], row['full_wall'] = cpu, wall
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    print('| m | C_X->B | relax CPU s | peer CPU s | peer/relax CPU | relax wall s | peer wall s | full enumeration CPU s | full/relax CPU |')
    print('|---|---|---|---|---|---|---|---|---|')
    for r in rows:
        ratio = statistics.median(r['peer_cpu']) / statistics.median(r['relax_cpu'])
        full = ('%.1f' % r['full_cpu'], '%.0f' % (r['full_cpu'] / statistics.median(r['relax_cpu']))) if 'full_cpu' in r else ('-', '-')
        print('| %d | %.10f | %s | %s | %.2f | %s | %s | %s | %s |' % (r['m'], r['value'], spread(r['relax_cpu']), spread(r['peer_cpu']), ratio,
                                                                   spread(r['relax_wall']), spread(r['peer_wall']), full[0], full[1]))


if __name__ == '__main__':
    main()
