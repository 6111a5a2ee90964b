# ext4's auto_da_alloc: a file truncated to nothing (O_TRUNC, ftruncate to 0) and written again is written back when a file of it is released -- the last descriptor closed and the last mapping gone -- once; the pages are clean from then on (found by mmsim fuzz --seed 100, sequence 143717: the kernel showed them under writeback after close(), the model dirty)
require files
require root
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f0 = open("f0", O_WRONLY | O_CREAT, 0600) == 3
f1 = open("f0", O_RDWR | O_CREAT | O_TRUNC, 0600) == 4
pwrite(f1, 'x', 3 * PAGE, 0) == 3 * PAGE
mmap(r, 3 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, f1, 0) == r
read(r, 3 * PAGE) == 'x'
kpageflags(r) & KPF_DIRTY == KPF_DIRTY
close(f0) == 0
kpageflags(r) & KPF_DIRTY == 0
pwrite(f1, 'y', PAGE, 0) == PAGE
kpageflags(r) & KPF_DIRTY == KPF_DIRTY
g = open("f0", O_RDONLY) == 3
close(g) == 0
kpageflags(r) & KPF_DIRTY == KPF_DIRTY
h = open("h", O_RDWR | O_CREAT, 0600) == 3
ftruncate(h, 0) == 0
pwrite(h, 'z', PAGE, 0) == PAGE
mmap(r + 8 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, h, 0) == r + 8 * PAGE
read(r + 8 * PAGE) == 'z'
close(h) == 0
kpageflags(r + 8 * PAGE) & KPF_DIRTY == KPF_DIRTY
munmap(r + 8 * PAGE, PAGE) == 0
h2 = open("h", O_RDONLY) == 3
mmap(r + 8 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, h2, 0) == r + 8 * PAGE
read(r + 8 * PAGE) == 'z'
kpageflags(r + 8 * PAGE) & KPF_DIRTY == 0
