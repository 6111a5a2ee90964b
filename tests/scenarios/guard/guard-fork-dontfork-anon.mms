# fork with MADV_DONTFORK, private anonymous memory: the child has no VMA there, guards and all; the parent keeps both
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 5 * PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 10 * PAGE, MADV_DONTFORK) == 0
c = fork()
@c vma(p) == NONE
@c pagemap(p) == 0
@c pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 0
@c exit()
for i in 0..5: read(p + i * PAGE) == SIGSEGV
read(p + 5 * PAGE, 5 * PAGE) == 0
