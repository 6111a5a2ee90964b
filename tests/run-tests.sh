#!/usr/bin/env bash
# The one test runner: unit tests, the fuzz corpora and a smoke run of
# mmsim fuzz, malformed scenarios, and every scenario on each backend that
# is built.  Ends with the line `N passed, N failed, N skipped`.
set -u
cd "$(dirname "$0")/.."

MMSIM=${MMSIM:-build/asan/mmsim}
pass=0 fail=0 skip=0
failed=()
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

verdict() {	# verdict NAME STATUS (0 pass, 77 skip, else fail)
	case $2 in
	0)  pass=$((pass + 1)); echo "PASS $1" ;;
	77) skip=$((skip + 1)); echo "SKIP $1" ;;
	*)  fail=$((fail + 1)); failed+=("$1"); echo "FAIL $1 (exit $2)" ;;
	esac
}

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# Every list the runner is given must name something: a glob that matches
# nothing (a folder renamed, a build step lost) is a failure, not a
# quietly smaller run.
expect_files() {	# expect_files WHAT EXPANDED-GLOB...
	[ -e "$2" ] && return 0
	echo "    $1: nothing matches $2"
	verdict "runner/$1" 1
	return 1
}
expect_files unit-tests build/unit/test_*
expect_files parser-corpus tests/fuzz/corpus/*
expect_files ops-corpus tests/fuzz/ops-corpus/*
expect_files malformed tests/malformed/*.mms
expect_files scenarios tests/scenarios/*/*.mms
expect_files regress tests/scenarios/regress/*.mms
expect_files profiles tests/profiles/*.profile

# the host's profile, probed once for the hundreds of mmsim runs below
# (each would probe it again: a fork, a read pin and 2 MiB of file I/O)
if "$MMSIM" profile >"$log/host.profile" 2>"$log/err"; then
	export MMSIM_HOST_PROFILE="$log/host.profile"
	sed -n 's/^\(kernel\|zero_page\|unshare_copy_dirty\) = /host profile: \1 = /p' "$log/host.profile"
else
	cat "$log/err"
fi

# 1. white-box unit tests
for t in build/unit/test_*; do
	[ -x "$t" ] || continue
	"$t" >"$log/out" 2>&1
	s=$?
	[ $s -ne 0 ] && [ $s -ne 77 ] && sed 's/^/    /' "$log/out" | tail -20
	verdict "unit/$(basename "$t")" $s
done

# 2. the parser's fuzz corpus, replayed under the sanitizers
if [ -x build/fuzz/fuzz_parse_replay ]; then
	build/fuzz/fuzz_parse_replay tests/fuzz/corpus/* tests/scenarios/*/*.mms \
		examples/*.mms tests/malformed/*.mms >"$log/out" 2>&1
	s=$?
	[ $s -ne 0 ] && tail -20 "$log/out"
	verdict "fuzz/parse-corpus-replay" $s
fi

# 2b. the model's fuzz corpus: byte strings the generator turns into
# operation sequences, run on the model with validate_mm() after each
if [ -x build/fuzz/fuzz_ops_replay ]; then
	build/fuzz/fuzz_ops_replay tests/fuzz/ops-corpus/* >"$log/out" 2>&1
	s=$?
	[ $s -ne 0 ] && tail -20 "$log/out"
	verdict "fuzz/ops-corpus-replay" $s
fi

# 2c. mmsim fuzz --model-only: a smoke run of the generator and the model,
# 20000 operations validated each, under the sanitizers, on the built-in
# profile and on each of tests/profiles/
for pf in builtin tests/profiles/*.profile; do
	[ "$pf" = builtin ] || [ -e "$pf" ] || continue
	"$MMSIM" fuzz --model-only --profile "$pf" --ops 20000 --seed 1 --quiet \
		--out "$log/fuzz" >"$log/out" 2>&1
	s=$?
	[ $s -ne 0 ] && tail -20 "$log/out" | sed 's/^/    /'
	name=${pf##*/}
	verdict "fuzz/model-only-smoke[${name%.profile}]" $s
done

# 2d. the cases mmsim fuzz found, replayed as it runs them: model and host
# in lockstep, validate_mm() after each statement, and the maps() lines
# around the carve-out compared (run and diff only print them)
"$MMSIM" fuzz --replay tests/scenarios/regress/*.mms >"$log/out" 2>&1
s=$?
[ $s -ne 0 ] && grep -v '^ok' "$log/out" | tail -20 | sed 's/^/    /'
verdict "fuzz/regress-replay" $s

# 3. mmsim bench --quick: a smoke run of every workload on the release
# build, model and host; it must finish and print valid JSON (no timing
# is checked: the figures of a quick run mean nothing)
if [ -x build/release/mmsim ]; then
	build/release/mmsim bench --quick --json >"$log/out" 2>"$log/err"
	s=$?
	if [ $s -eq 0 ] && command -v python3 >/dev/null; then
		python3 -m json.tool "$log/out" >/dev/null 2>>"$log/err" || s=1
	elif [ $s -eq 0 ]; then
		grep -q '^{"workloads":\[' "$log/out" && tail -1 "$log/out" | grep -q '}$' || s=1
	fi
	[ $s -ne 0 ] && tail -20 "$log/err" | sed 's/^/    /'
	verdict "bench/quick-json" $s
fi

# 3b. mmsim diff over every scenario and example: the model on the host's
# profile against the host, statement by statement (the release build:
# the ASan one runs every scenario on the model below)
if [ -x build/release/mmsim ]; then
	build/release/mmsim diff tests/scenarios/*/*.mms examples/*.mms \
		>"$log/out" 2>&1
	s=$?
	[ $s -eq 77 ] && s=0	# every file skipped: nothing differed
	if [ $s -ne 0 ]; then
		grep -B2 -A12 '^not ok' "$log/out" | head -40 | sed 's/^/    /'
		grep 'error' "$log/out" | head -5 | sed 's/^/    /'
	fi
	verdict "diff/all-scenarios" $s
fi

# 3c. expectations are exact unless a comment says why not
tests/lint-expectations.sh >"$log/out" 2>&1
s=$?
[ $s -ne 0 ] && head -20 "$log/out" | sed 's/^/    /'
verdict "lint/inexact-expectations" $s

# 4. malformed files: exit 2 and exactly the one expected error line
for f in tests/malformed/*.mms; do
	want="$(cat "${f%.mms}.err")"
	"$MMSIM" run --backend host "$f" >"$log/out" 2>"$log/err"
	s=$?
	got="$(cat "$log/err")"
	if [ $s -eq 2 ] && [ "$got" = "$want" ]; then
		verdict "malformed/$(basename "$f")" 0
	else
		echo "    exit $s; stderr: $got"
		echo "    expected: $want"
		verdict "malformed/$(basename "$f")" 1
	fi
done

# 5. scenarios: on the host, whatever kernel it is, and on the model under
# each profile of tests/profiles/ besides the built-in one (the model must
# be right on every kind of machine, not only the one CI happens to run on)
variants=(host)
if "$MMSIM" run --backend model /dev/null >/dev/null 2>&1; then
	variants+=(model)
	for pf in tests/profiles/*.profile; do
		variants+=("model:$pf")
	done
fi
# one job per (variant, file), as many at once as there are CPUs; each job
# leaves its exit status and output behind, read back in file order
run_one() {	# run_one VARIANT FILE RESULTDIR
	local out="$3/$(printf '%s' "$1/$2" | tr '/:' '__')"
	case $1 in
	host)    "$MMSIM" run --backend host "$2" ;;
	model)   "$MMSIM" run --backend model "$2" ;;
	model:*) "$MMSIM" run --backend model --profile "${1#model:}" "$2" ;;
	esac >"$out.out" 2>&1
	echo $? >"$out.status"
}
variant_name() {	# model:tests/profiles/no-zero-page.profile -> model[no-zero-page]
	case $1 in
	model:*) local b=${1##*/}; echo "model[${b%.profile}]" ;;
	*) echo "$1" ;;
	esac
}
export -f run_one
export MMSIM
files=()
for f in tests/scenarios/*/*.mms; do
	files+=("$f")
done
mkdir -p "$log/scen"
for f in "${files[@]}"; do
	for v in "${variants[@]}"; do
		printf '%s\0%s\0' "$v" "$f"
	done
done | xargs -0 -n 2 -P "$(nproc)" bash -c 'run_one "$0" "$1" "'"$log/scen"'"'
for f in "${files[@]}"; do
	for v in "${variants[@]}"; do
		r="$log/scen/$(printf '%s' "$v/$f" | tr '/:' '__')"
		s=$(cat "$r.status" 2>/dev/null || echo 2)
		if [ "$s" -ne 0 ] && [ "$s" -ne 77 ]; then
			grep -A4 '^not ok\|error' "$r.out" | head -30 | sed 's/^/    /'
		fi
		verdict "$(variant_name "$v")/${f#tests/scenarios/}" "$s"
	done
done

if [ ${#failed[@]} -gt 0 ]; then
	echo "failed:"
	printf '  %s\n' "${failed[@]}"
fi
echo "$pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
