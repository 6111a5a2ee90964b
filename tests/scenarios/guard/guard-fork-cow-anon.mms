# guard-regions selftest fork_cow, private anonymous memory: in a forked child, install over pages still shared copy-on-write with the parent zaps the child's mappings: after remove the child reads zeroes, the parent its data
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
for i in 0..10: write(p + i * PAGE, PAGE, 'a' + i)
c = fork()
@c for i in 0..10: read(p + i * PAGE, PAGE) == 'a' + i
@c madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
@c for i in 0..10: read(p + i * PAGE) == SIGSEGV
@c madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
@c read(p, 10 * PAGE) == 0
@c exit()
for i in 0..10: read(p + i * PAGE, PAGE) == 'a' + i
