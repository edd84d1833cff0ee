#!/usr/bin/env bash
# Measures what README.md's "Batch runs" section quotes: the cost per behaviour of relax batch against one relax
# process per file, and relax batch on 1 and 2 threads. Random two-qubit behaviours from scripts/sample-tasks.py
# (needs /usr/bin/python3 with numpy), influence --model x2b, in the 3322 scenario (and CHSH with INPUTS=2).
#
#   scripts/measure-batch.sh [N_BATCH [N_FILES]]      # defaults 200 and 20
#
# Prints one line per run: wall and CPU (user + system) seconds of the whole process (GNU time), and per task.
# The machine's load average is printed before and after: on a shared machine wall times mean little, CPU times
# (which include the JVM's start, JIT compilation and garbage collection) are the better measure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200}"
files="${2:-20}"
inputs="${INPUTS:-3}"
work="$(mktemp -d /tmp/relax-measure.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$root/relax" --version >/dev/null
/usr/bin/python3 "$root/scripts/sample-tasks.py" --inputs "$inputs" --count "$n" --seed 1 >"$work/tasks.jsonl"
head -n 1 "$work/tasks.jsonl" >"$work/one.jsonl"
mkdir "$work/files"
/usr/bin/python3 -c "
import json, sys
for i, l in enumerate(open(sys.argv[1])):
    if i >= int(sys.argv[2]): break
    t = json.loads(l); json.dump(t['behaviour'], open(sys.argv[3] + '/%s.json' % t['id'], 'w'))
" "$work/tasks.jsonl" "$files" "$work/files"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs; scenario ${inputs}${inputs}22, influence --model x2b"
measure() {  # label tasks command...
    local label="$1" count="$2"
    shift 2
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>&1 || true
    read -r wall user sys <"$work/time"
    awk -v l="$label" -v n="$count" -v w="$wall" -v u="$user" -v s="$sys" \
        'BEGIN { printf "%-34s %5d tasks  wall %7.2f s (%6.1f ms/task)  cpu %7.2f s (%6.1f ms/task)\n", l, n, w, 1000*w/n, u+s, 1000*(u+s)/n }'
}
measure "batch, 1 task (JVM start)" 1 "$root/relax" batch --in "$work/one.jsonl" --threads 1 -q
measure "batch --threads 1" "$n" "$root/relax" batch --in "$work/tasks.jsonl" --threads 1 -q
measure "batch --threads 2" "$n" "$root/relax" batch --in "$work/tasks.jsonl" --threads 2 -q
measure "one process per file (launcher)" "$files" bash -c 'for f in "$1"/*.json; do "$2/relax" influence --model x2b --json "$f"; done' _ "$work/files" "$root"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
