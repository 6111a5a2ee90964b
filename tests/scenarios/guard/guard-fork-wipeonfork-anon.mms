# guard-regions selftest fork_wipeonfork, private anonymous memory: MADV_WIPEONFORK: the child gets the VMA without the guard markers, the parent keeps them
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 10 * PAGE, MADV_WIPEONFORK) == 0
madvise(p, 5 * PAGE, MADV_GUARD_INSTALL) == 0
c = fork()
@c for i in 0..10: read(p + i * PAGE) == 0
@c for i in 0..10: write(p + i * PAGE, 1, 'x') == 0
@c pagemap(p) & PM_GUARD_REGION == 0
@c exit()
for i in 0..5: read(p + i * PAGE) == SIGSEGV
for i in 0..5: write(p + i * PAGE, 1, 'x') == SIGSEGV
for i in 5..10: read(p + i * PAGE) == 0
for i in 5..10: write(p + i * PAGE, 1, 'x') == 0
