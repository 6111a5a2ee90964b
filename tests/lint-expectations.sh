#!/usr/bin/env bash
# An inexact expectation must say why.  `EXPR != X` accepts every outcome
# but one, so it is only right where the kernel's outcome cannot be written
# exactly: frame tokens (compared only for equality), addresses the kernel
# chooses.  Each other `!=` needs a comment, on the line before it or, for
# a loop of them, anywhere in the file naming `!=`.  Prints FILE:LINE of
# each that has none; exits 1 if there is any.
set -u
cd "$(dirname "$0")/.."
status=0
for f in "${@:-tests/scenarios/*/*.mms}"; do
	for g in $f; do
		[ -e "$g" ] || { echo "$g: no such file"; status=1; continue; }
		awk -v file="$g" '
			function strip(s) {
				sub(/^@[A-Za-z_][A-Za-z0-9_]* +/, "", s)
				sub(/^for [^:]*: */, "", s)
				sub(/^@[A-Za-z_][A-Za-z0-9_]* +/, "", s)
				return s
			}
			/^#/ { if (index($0, "!=")) explained = 1; prevcomment = 1; next }
			/^require/ { prevcomment = 0; next }
			{
				line = strip($0)
				if (match(line, /^[A-Za-z_][A-Za-z0-9_]* *= *frame\(/)) {
					name = line; sub(/ *=.*/, "", name); frames[name] = 1
				}
				pos = index(line, " != ")
				if (pos) {
					lhs = substr(line, 1, pos - 1)
					rhs = substr(line, pos + 4)
					if (lhs ~ /^frame\(/ || (lhs in frames) || (rhs in frames) || rhs ~ /^frame\(/)
						ok = 1
					else
						ok = prevcomment
					if (!ok) { bad[NR] = $0 }
				}
				prevcomment = 0
			}
			END {
				if (explained) exit 0
				n = 0
				for (l in bad) { print file ":" l ": " bad[l]; n++ }
				exit n ? 1 : 0
			}' "$g" || status=1
	done
done
exit $status
