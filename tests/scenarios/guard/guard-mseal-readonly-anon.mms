# guard install on a sealed VMA, private anonymous memory: it counts as discarding, so a sealed read-only anonymous VMA refuses it with -EPERM, a sealed writable one allows it; remove discards nothing and works on both
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
o = mmap(r + PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
w = mmap(r + 6 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(o, 4 * PAGE, 'o')
madvise(o + 3 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mprotect(o, 4 * PAGE, PROT_READ) == 0
mseal(o, 4 * PAGE, 0) == 0
mseal(w, 4 * PAGE, 0) == 0
madvise(o, PAGE, MADV_GUARD_INSTALL) == -EPERM
read(o, 3 * PAGE) == 'o'
madvise(o + 3 * PAGE, PAGE, MADV_GUARD_REMOVE) == 0
read(o + 3 * PAGE, PAGE) == 0
madvise(w, PAGE, MADV_GUARD_INSTALL) == 0
read(w) == SIGSEGV
madvise(w, PAGE, MADV_GUARD_REMOVE) == 0
read(w, PAGE) == 0
