# guard-regions selftest fork, private anonymous memory: fork copies guard markers into the child; the two sets are independent afterwards
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 5 * PAGE, MADV_GUARD_INSTALL) == 0
c = fork()
@c for i in 0..5: read(p + i * PAGE) == SIGSEGV
@c for i in 0..5: write(p + i * PAGE, 1, 'x') == SIGSEGV
@c for i in 5..10: read(p + i * PAGE) == 0
@c for i in 5..10: write(p + i * PAGE, 1, 'x') == 0
@c madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
@c for i in 0..5: read(p + i * PAGE) == 0
@c for i in 5..10: read(p + i * PAGE) == 'x'
@c for i in 0..10: write(p + i * PAGE, 1, 'x') == 0
@c exit()
for i in 0..5: read(p + i * PAGE) == SIGSEGV
for i in 0..5: write(p + i * PAGE, 1, 'x') == SIGSEGV
for i in 5..10: read(p + i * PAGE) == 0
for i in 5..10: write(p + i * PAGE, 1, 'x') == 0
