# VM_MAYBE_GUARD ("gu") is sticky: a VMA that mprotect(), mlock() or madvise() merges with a neighbour that has it has it too, where the flags asked for lack it (found by mmsim fuzz --seed 10, sequences 7862 and 13951: the model set the flags asked for and lost the neighbour's)
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mprotect(r + 35 * PAGE, 4 * PAGE, PROT_READ) == 0
madvise(r + 38 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
vmflag(r + 35 * PAGE, "gu") == 1
vmflag(r + 34 * PAGE, "gu") == 0
# mprotect: [r + 34, r + 35) merges into the guarded VMA after it
mprotect(r + 34 * PAGE, 4 * PAGE, PROT_READ) == 0
vma(r + 34 * PAGE) == [r + 34 * PAGE, r + 39 * PAGE)
vmflag(r + 34 * PAGE, "gu") == 1
vmflag(r + 33 * PAGE, "gu") == 0
# mlock: the guarded VMA is locked; locking the unguarded one after it merges the two
mmap(r + 100 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 100 * PAGE
madvise(r + 100 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mlock2(r + 100 * PAGE, 4 * PAGE, MLOCK_ONFAULT) == 0
mmap(r + 104 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 104 * PAGE
vmflag(r + 104 * PAGE, "gu") == 0
mlock2(r + 104 * PAGE, 2 * PAGE, MLOCK_ONFAULT) == 0
vma(r + 104 * PAGE) == [r + 100 * PAGE, r + 106 * PAGE)
vmflag(r + 100 * PAGE, "gu") == 1
vmflag(r + 100 * PAGE, "lf") == 1
# madvise: the same through a flag that madvise sets
mmap(r + 200 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 200 * PAGE
madvise(r + 200 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
madvise(r + 200 * PAGE, 4 * PAGE, MADV_DONTFORK) == 0
mmap(r + 204 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 204 * PAGE
vmflag(r + 204 * PAGE, "gu") == 0
madvise(r + 204 * PAGE, 2 * PAGE, MADV_DONTFORK) == 0
vma(r + 204 * PAGE) == [r + 200 * PAGE, r + 206 * PAGE)
vmflag(r + 200 * PAGE, "gu") == 1
vmflag(r + 200 * PAGE, "dc") == 1
