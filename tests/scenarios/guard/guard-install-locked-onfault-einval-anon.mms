# guard install refuses every kind of VM_LOCKED VMA, private anonymous memory: mlock2(MLOCK_ONFAULT), which populates nothing, and MAP_LOCKED too; remove is allowed on both
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
mlock2(p, 4 * PAGE, MLOCK_ONFAULT) == 0
vmflag(p, "lf") == 1
madvise(p + PAGE, PAGE, MADV_GUARD_INSTALL) == -EINVAL
read(p + PAGE, PAGE) == 0
madvise(p, 4 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, PAGE) == 0
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_LOCKED, -1, 0)
vmflag(q, "lo") == 1
madvise(q, PAGE, MADV_GUARD_INSTALL) == -EINVAL
madvise(q, 4 * PAGE, MADV_GUARD_REMOVE) == 0
read(q, 4 * PAGE) == 0
