#!/usr/bin/env bash
# Tests the Slurm scripts against a real single-node Slurm started here on localhost (Debian's slurm-wlm and munge,
# `apt-get install -y slurm-wlm munge`), then stops it again:
#   1. a private munged (its own key and socket) and slurmctld + slurmd with a slurm.conf for one node with this
#      machine's CPUs, everything under one temporary directory, on ports 16817/16818;
#   2. submit.sh: a 4-task job array over scripts/slurm/sample.jsonl plus the merge step, and wait for both;
#   3. the merged results must equal one single-process `relax batch` over the same file, record for record (the
#      time fields aside), and the merge must report nothing missing or duplicated.
#
#   sudo scripts/slurm/test-local-slurm.sh        # .ci/run calls it after mvn -B verify
#
# A machine that cannot run Slurm at all (not root, packages missing, or a daemon that does not start) SKIPS the
# test with the reason and exits 0, unless RELAX_SLURM_REQUIRED=1; everything after the daemons are up (the scripts,
# the jobs, the merge, the comparison) must pass. Keeps the temporary directory on failure (its path is printed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sample="$here/sample.jsonl"

skip() {
    echo "slurm test SKIPPED: $*"
    if [ "${RELAX_SLURM_REQUIRED:-0}" = 1 ]; then
        echo "slurm test FAILED: RELAX_SLURM_REQUIRED=1 but Slurm cannot run here" >&2
        exit 1
    fi
    exit 0
}

[ "$(id -u)" -eq 0 ] || skip "needs root (to run munged as user munge and slurmd as root)"
for c in munged munge slurmctld slurmd sbatch squeue sinfo; do
    command -v "$c" >/dev/null 2>&1 || skip "$c not found (apt-get install -y slurm-wlm munge)"
done
id munge >/dev/null 2>&1 || skip "no user munge (the munge package creates it)"

work="$(mktemp -d /tmp/relax-slurm.XXXXXX)"
chmod 755 "$work"
pids=()
cleanup() {
    local status=$?
    for f in "$work/slurmd.pid" "$work/slurmctld.pid" "$work/key/munged.pid"; do
        if [ -f "$f" ]; then
            kill "$(cat "$f")" 2>/dev/null || true
        fi
    done
    sleep 1
    if [ "$status" -eq 0 ]; then
        rm -rf "$work"
    else
        echo "slurm test: left $work for inspection (logs in $work/log)" >&2
    fi
}
trap cleanup EXIT

# --- munge: a key of our own, the socket in a directory everyone may enter --------------------------------------
mkdir -p "$work/munge" "$work/key" "$work/etc" "$work/state" "$work/spool" "$work/log" "$work/out"
dd if=/dev/urandom of="$work/key/munge.key" bs=1 count=1024 status=none
chown -R munge:munge "$work/munge" "$work/key"
chmod 755 "$work/munge"
chmod 700 "$work/key"
chmod 400 "$work/key/munge.key"
su -s /bin/sh munge -c "munged --socket=$work/munge/munge.socket --key-file=$work/key/munge.key --log-file=$work/key/munged.log \
    --pid-file=$work/key/munged.pid --seed-file=$work/key/munged.seed" ||
    skip "munged did not start: $(tail -n 1 "$work/key/munged.log" 2>/dev/null)"
munge -n --socket="$work/munge/munge.socket" | unmunge --socket="$work/munge/munge.socket" >/dev/null ||
    skip "munge cannot encode and decode a credential"

# --- slurm: one node with this machine's CPUs -------------------------------------------------------------------
cat >"$work/etc/slurm.conf" <<EOF
ClusterName=relaxtest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
NodeName=relaxnode NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=relax Nodes=relaxnode Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$work/etc/slurm.conf"
slurmctld -f "$SLURM_CONF" || skip "slurmctld did not start: $(tail -n 3 "$work/log/slurmctld.log" 2>/dev/null | tr '\n' ' ')"
slurmd -f "$SLURM_CONF" -N relaxnode || skip "slurmd did not start: $(tail -n 3 "$work/log/slurmd.log" 2>/dev/null | tr '\n' ' ')"
for _ in $(seq 60); do
    state="$(sinfo -h -n relaxnode -o %T 2>/dev/null || true)"
    [ "$state" = idle ] && break
    sleep 1
done
[ "$state" = idle ] || skip "the node did not come up (state '$state'): $(tail -n 3 "$work/log/slurmd.log" | tr '\n' ' ')"
echo "slurm test: single-node Slurm up ($(nproc) CPUs) in $work"

# --- the jar, built once before submitting (as submit.sh asks) ---------------------------------------------------
"$root/relax" --version >/dev/null
export RELAX="$root/relax"

# --- 4 shards and the merge, as a user submits them --------------------------------------------------------------
read -r array merge < <("$here/submit.sh" "$sample" "$work/out" 4)
echo "slurm test: submitted array $array and merge $merge"
for _ in $(seq 600); do
    [ -z "$(squeue -h -j "$array,$merge" 2>/dev/null)" ] && break
    sleep 1
done
[ -z "$(squeue -h -j "$array,$merge" 2>/dev/null)" ] || { echo "slurm test FAILED: jobs still queued after 10 minutes" >&2; squeue >&2; exit 1; }
cat "$work/out"/relax-merge-*.log
for i in 0 1 2 3; do
    [ -s "$work/out/part-$i.jsonl" ] || { echo "slurm test FAILED: shard $i wrote nothing" >&2; cat "$work/out"/relax-batch-*_"$i".log >&2; exit 1; }
done
grep -q "0 missing, 0 duplicated" "$work/out"/relax-merge-*.log || { echo "slurm test FAILED: the merge found gaps" >&2; exit 1; }

# --- the same file in one process --------------------------------------------------------------------------------
"$root/relax" batch --in "$sample" --out "$work/single.jsonl" --threads 1 --quiet || true
timeless() { sed -E 's/,"seconds":[-0-9.eE]+//; s/,"timing":\{[^}]*\}//' "$1"; }
if ! diff <(timeless "$work/single.jsonl") <(timeless "$work/out/results.jsonl") >"$work/diff.txt"; then
    echo "slurm test FAILED: the merged shards differ from the single-process run:" >&2
    head -c 2000 "$work/diff.txt" >&2
    exit 1
fi
echo "slurm test passed: 4 array tasks + merge == one process, $(wc -l <"$work/single.jsonl") records"
