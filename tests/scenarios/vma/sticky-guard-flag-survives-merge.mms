# A merge keeps the sticky flags (VM_MAYBE_GUARD: smaps "gu") of the VMAs it
# merges: a guarded VMA that an mprotect, madvise or munlock merges with its
# unguarded neighbour marks the whole merged VMA (6.18.37+)
r = mmap(NULL, 100 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
# mprotect: the unguarded part merges back into the guarded one
s = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(s + 5 * PAGE, 5 * PAGE, PROT_READ)
madvise(s, PAGE, MADV_GUARD_INSTALL) == 0
vmflag(s + 5 * PAGE, "gu") == 0
mprotect(s + 5 * PAGE, 5 * PAGE, PROT_READ | PROT_WRITE)
vma(s) == [s, s + 10 * PAGE)
vmflag(s + 6 * PAGE, "gu") == 1
# mprotect: the guarded part merges into the unguarded one
t = mmap(r + 30 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(t, 5 * PAGE, PROT_READ)
madvise(t + 5 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mprotect(t, 5 * PAGE, PROT_READ | PROT_WRITE)
vma(t) == [t, t + 10 * PAGE)
vmflag(t, "gu") == 1
# madvise(MADV_DOFORK)
p = mmap(r + 50 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p + 5 * PAGE, 5 * PAGE, MADV_DONTFORK)
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p + 5 * PAGE, 5 * PAGE, MADV_DOFORK)
vma(p) == [p, p + 10 * PAGE)
vmflag(p + 6 * PAGE, "gu") == 1
# munlock (of pages locked on fault: none is faulted, no anon_vma keeps them apart)
q = mmap(r + 70 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock2(q + 5 * PAGE, 5 * PAGE, MLOCK_ONFAULT)
madvise(q, PAGE, MADV_GUARD_INSTALL) == 0
munlock(q + 5 * PAGE, 5 * PAGE)
vma(q) == [q, q + 10 * PAGE)
vmflag(q + 6 * PAGE, "gu") == 1
read(q) == SIGSEGV
read(q + 6 * PAGE) == 0
