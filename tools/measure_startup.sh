#!/usr/bin/env bash
# Startup of Sekutu against the bare-window floor (bench/floor), measured from inside: each app's
# `--measure-startup` prints the time from main() to its first frame and its peak memory (VmHWM).
# The apps run interleaved (floor, floor_charts, sekutu, floor, …) on one private Xvfb, each with
# a fresh HOME (a first launch); the script prints medians and Sekutu's ratios to floor_charts.
#
#   tools/measure_startup.sh [-n RUNS] [BUILD_DIR]     (default: 11 runs, ./build)
#
# Needs Xvfb (package xvfb) and a build with SEKUTU_BUILD_BENCHMARKS=ON (the default).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
runs=11
while getopts "n:" o; do
  case $o in
    n) runs=$OPTARG ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
build=$(cd "${1:-${SEKUTU_BUILD_DIR:-$here/build}}" && pwd)
declare -A app=([floor]=$build/bench/floor/floor [floor_charts]=$build/bench/floor/floor_charts [sekutu]=$build/app/sekutu)
order=(floor floor_charts sekutu)
for a in "${order[@]}"; do
  [ -x "${app[$a]}" ] || { echo "measure_startup: ${app[$a]} is missing (build with SEKUTU_BUILD_BENCHMARKS=ON)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/sekutu-startup.XXXXXX)
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A private X server on the first free display from :90.
d=90
while [ -e /tmp/.X$d-lock ] || [ -e /tmp/.X11-unix/X$d ]; do d=$((d + 1)); done
Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.05; done
[ -e /tmp/.X11-unix/X$d ] || { echo "measure_startup: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
mkdir -m 700 "$work/runtime"

run() { # app → "first_frame_ms peak_rss_mib"
  local home
  home=$(mktemp -d "$work/home.XXXXXX")
  env -i PATH="$PATH" LANG=C.UTF-8 HOME="$home" XDG_RUNTIME_DIR="$work/runtime" DISPLAY=:$d QT_QPA_PLATFORM=xcb \
      "${app[$1]}" --measure-startup 2>>"$work/$1.stderr" |
    sed -n 's/^startup: first_frame_ms=\([0-9.]*\) .*peak_rss_mib=\([0-9.]*\).*/\1 \2/p'
  rm -rf "$home"
}

for a in "${order[@]}"; do run "$a" >/dev/null; done # warm-up: page cache
for ((i = 1; i <= runs; i++)); do
  for a in "${order[@]}"; do
    r=$(run "$a")
    [ -n "$r" ] || { echo "measure_startup: $a printed no figures:" >&2; cat "$work/$a.stderr" >&2; exit 1; }
    echo "$r" >>"$work/$a.runs"
  done
done

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
read -r ref_ms < <(cut -d' ' -f1 "$work/floor_charts.runs" | median)
read -r ref_mib < <(cut -d' ' -f2 "$work/floor_charts.runs" | median)
echo "# $runs runs each, interleaved; medians; first frame = main() to the first frame drawn (Xvfb)"
printf "%-14s %16s %16s %12s %12s\n" app "first frame ms" "peak RSS MiB" "x frame" "x memory"
for a in "${order[@]}"; do
  ms=$(cut -d' ' -f1 "$work/$a.runs" | median)
  mib=$(cut -d' ' -f2 "$work/$a.runs" | median)
  awk -v a="$a" -v ms="$ms" -v mib="$mib" -v rms="$ref_ms" -v rmib="$ref_mib" \
    'BEGIN { printf "%-14s %16.1f %16.1f %12.2f %12.2f\n", a, ms, mib, ms / rms, mib / rmib }'
done
echo "# ratios against floor_charts (one Qt Charts view); targets for sekutu (map home): 1.3 (time), 1.4 (memory)"
