# guard-regions selftest fork, a file in the scratch directory mapped MAP_SHARED: fork copies guard markers into the child, shared and file mappings too; the two sets are independent afterwards
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
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
for i in 5..10: read(p + i * PAGE) == 'x'
for i in 5..10: write(p + i * PAGE, 1, 'x') == 0
