# guard install over several VMAs, private anonymous memory: the first VMA that refuses (here an mlocked one) ends the call with its error; the VMAs before it keep their new guards, the ones after it get none
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 9 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p + 3 * PAGE, 3 * PAGE) == 0
vma(p) == [p, p + 3 * PAGE)
vma(p + 3 * PAGE) == [p + 3 * PAGE, p + 6 * PAGE)
madvise(p, 9 * PAGE, MADV_GUARD_INSTALL) == -EINVAL
for i in 0..3: read(p + i * PAGE) == SIGSEGV
for i in 3..9: read(p + i * PAGE, PAGE) == 0
vmflag(p, "gu") == 1
vmflag(p + 6 * PAGE, "gu") == 0
# remove passes the locked VMA and reaches the last one
madvise(p, 9 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, 9 * PAGE) == 0
