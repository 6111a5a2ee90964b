# A pread() that misses the cache asks readahead for every page up to the one holding its last byte: 14 pages from inside page 16 are 15 pages, read as one small random read; a later write finds pages 31 on uncached and makes large folios there (found by mmsim fuzz --seed 10, sequence 39372: the model asked for 14 pages, then read ahead again from page 30)
require files
require read_ahead_kb >= 64
require root
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
k = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL | KPF_DIRTY
f0 = open("f0", O_RDWR | O_CREAT, 0600) == 3
pwrite(f0, 'b', 55 * PAGE, 59 * PAGE) == 55 * PAGE
pread(f0, 14 * PAGE, 16 * PAGE + 1799) == 0
# 64 KiB from inside page 29: pages 29 and 30 are cached, order 0; 31 is
# order 0 by its alignment, 32 to 39 order 3, 40 to 43 order 2
pwrite(f0, 'c', 16 * PAGE, 29 * PAGE + 2340) == 16 * PAGE
mmap(r, 128 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, f0, 0) == r
read(r + 29 * PAGE, 16 * PAGE) == MIXED
kpageflags(r + 30 * PAGE) & k == KPF_DIRTY
kpageflags(r + 31 * PAGE) & k == KPF_DIRTY
kpageflags(r + 32 * PAGE) & k == KPF_THP | KPF_COMPOUND_HEAD | KPF_DIRTY
kpageflags(r + 39 * PAGE) & k == KPF_THP | KPF_COMPOUND_TAIL | KPF_DIRTY
kpageflags(r + 40 * PAGE) & k == KPF_THP | KPF_COMPOUND_HEAD | KPF_DIRTY
kpageflags(r + 44 * PAGE) & k == KPF_DIRTY
