#!/usr/bin/env bash
# Submits a relax batch as a Slurm job array of SHARDS shards plus a merge step that runs when they have all ended:
#
#   scripts/slurm/submit.sh TASKS.jsonl OUT_DIR SHARDS [extra sbatch options for the array, e.g. --time=4:00:00]
#
# Prints the two job ids (array, merge). The shards write OUT_DIR/part-I.jsonl and the merge OUT_DIR/results.jsonl;
# logs go to OUT_DIR. Build the jar once before submitting (`relax --version` in the checkout) so the nodes do not
# all try to; RELAX, RELAX_JAR, DEFAULTS and RELAX_SEED are passed on to the jobs (see relax-array.sbatch).
set -euo pipefail
if [ $# -lt 3 ]; then
    sed -n '2,8p' "$0" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tasks="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
shards="$3"
shift 3
[ -f "$tasks" ] || { echo "submit.sh: $tasks: no such file" >&2; exit 2; }
case "$shards" in '' | *[!0-9]* | 0) echo "submit.sh: SHARDS must be a whole number >= 1, got $shards" >&2; exit 2 ;; esac
export TASKS="$tasks" OUT_DIR="$out" SHARDS="$shards"
array=$(sbatch --parsable --export=ALL --array=0-$((shards - 1)) --output="$out/relax-batch-%A_%a.log" "$@" "$here/relax-array.sbatch")
array="${array%%;*}"
merge=$(sbatch --parsable --export=ALL --dependency=afterany:"$array" --output="$out/relax-merge-%j.log" "$here/merge.sbatch")
merge="${merge%%;*}"
echo "$array $merge"
