# guard install on a PROT_NONE VMA, private anonymous memory: allowed (PROT_NONE is no special mapping), and the guard outlives an mprotect that makes the VMA accessible
require !soft_dirty
r = mmap(NULL, 6 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(r + PAGE, PAGE, MADV_GUARD_INSTALL) == 0
pagemap(r + PAGE) == PM_SWAP | PM_GUARD_REGION
mprotect(r, 6 * PAGE, PROT_READ | PROT_WRITE) == 0
read(r + PAGE) == SIGSEGV
write(r + PAGE, 1, 'x') == SIGSEGV
read(r, PAGE) == 0
write(r + 2 * PAGE, PAGE, 'x') == 0
