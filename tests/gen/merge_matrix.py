#!/usr/bin/env python3
"""Generate the VMA merge matrix scenarios (tests/scenarios/merge/).

Every case of the kernel's merge planner for anonymous VMAs: the range is a
new mapping (mmap) or an existing VMA whose flags change (madvise), with a
previous and a next neighbour each absent, never faulted, faulted, or
faulted before a fork (seen from the child, where its anon_vma chain is not
singular), and the range itself (existing case) unfaulted, faulted or forked.

Expectations are the running kernel's: run with --record to fill them in
from `mmsim run --backend host`, then read the diff before committing.
"""
import itertools, os, re, subprocess, sys

STATES = ["absent", "unfaulted", "faulted", "forked"]
MID_STATES = ["unfaulted", "faulted", "forked"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "scenarios", "merge")
RW = "PROT_READ | PROT_WRITE"
ANON = "MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED"


def body(kind, prev, nxt, mid, expect):
    L = []
    what = ("a new mapping (mmap)" if kind == "mmap" else
            "an existing %s VMA whose flags change back (MADV_DODUMP)" % mid)
    L.append("# merge matrix: %s between a %s prev and a %s next" % (what, prev, nxt))
    L.append("# (\"forked\" = faulted in the parent before fork, seen from the child)")
    L.append("r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)")
    if kind == "madvise":
        L.append("m = mmap(r + 6 * PAGE, 2 * PAGE, %s, %s, -1, 0)" % (RW, ANON))
        L.append("madvise(m, 2 * PAGE, MADV_DONTDUMP)")
    if prev != "absent":
        L.append("a = mmap(r + 4 * PAGE, 2 * PAGE, %s, %s, -1, 0)" % (RW, ANON))
    if nxt != "absent":
        L.append("b = mmap(r + 8 * PAGE, 2 * PAGE, %s, %s, -1, 0)" % (RW, ANON))
    order = [("a", prev), ("b", nxt)] + ([("m", mid)] if kind == "madvise" else [])
    for name, st in order:
        if st == "forked":
            L.append("write(%s, 2 * PAGE, 'p')" % name)
    L.append("c = fork()")
    for name, st in order:
        if st == "faulted":
            L.append("@c write(%s, 2 * PAGE, 'c')" % name)
    if kind == "mmap":
        L.append("@c m = mmap(r + 6 * PAGE, 2 * PAGE, %s, %s, -1, 0)" % (RW, ANON))
    else:
        L.append("@c madvise(m, 2 * PAGE, MADV_DODUMP)")
    L.append("@c vma(m) == %s" % expect)
    # The range's contents are known: a new mapping and an unfaulted VMA
    # read zeroes, a faulted one what the child wrote, a forked one what
    # the parent wrote before the fork.
    data = {None: "0", "unfaulted": "0", "faulted": "'c'", "forked": "'p'"}[mid]
    L.append("@c read(m, 2 * PAGE) == %s" % data)
    return "\n".join(L) + "\n"


def cases():
    for prev, nxt in itertools.product(STATES, STATES):
        yield "mmap", prev, nxt, None
    for mid, prev, nxt in itertools.product(MID_STATES, STATES, STATES):
        yield "madvise", prev, nxt, mid


def name(kind, prev, nxt, mid):
    if kind == "mmap":
        return "mmap-prev-%s-next-%s.mms" % (prev, nxt)
    return "madvise-%s-prev-%s-next-%s.mms" % (mid, prev, nxt)


def record(mmsim, path):
    out = subprocess.run([mmsim, "run", "--backend", "host", path],
                         capture_output=True, text=True).stdout
    m = re.search(r"got: '(\[.*\))'", out)
    return m.group(1) if m else None


def main():
    os.makedirs(OUT, exist_ok=True)
    recording = "--record" in sys.argv
    mmsim = os.path.join(HERE, "..", "..", "mmsim")
    for kind, prev, nxt, mid in cases():
        path = os.path.join(OUT, name(kind, prev, nxt, mid))
        expect = "[m, m)"
        if not recording and os.path.exists(path):
            old = open(path).read()
            m = re.search(r"vma\(m\) == (\[.*\))", old)
            expect = m.group(1) if m else expect
        open(path, "w").write(body(kind, prev, nxt, mid, expect))
        if recording:
            got = record(mmsim, path)
            if got is None:
                sys.exit("no outcome recorded for " + path)
            got = got.replace("a+", "a + ").replace("m+", "m + ").replace("b+", "b + ")
            got = re.sub(r"0x([0-9a-f]+)", lambda x: "%d * PAGE" % (int(x.group(1), 16) // 4096), got)
            open(path, "w").write(body(kind, prev, nxt, mid, got))


if __name__ == "__main__":
    main()
