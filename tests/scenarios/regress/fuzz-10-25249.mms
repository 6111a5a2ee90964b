# MADV_COLD and MADV_PAGEOUT split a large file folio they cover only part of, which releases its buffers first: a dirty folio's cannot be, and it stays whole and mapped; a clean one is split, its pages unmapped (found by mmsim fuzz --seed 10, sequences 25249 and 35210: the model split dirty folios too)
require files
require !soft_dirty
require root
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
k = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL | KPF_DIRTY | KPF_PRIVATE
f = open("f", O_RDWR | O_CREAT, 0600) == 3
pwrite(f, 'a', 8 * PAGE, 32 * PAGE) == 8 * PAGE
mmap(r + 24 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_POPULATE, f, 38 * PAGE) == r + 24 * PAGE
kpageflags(r + 25 * PAGE) & k == KPF_THP | KPF_COMPOUND_TAIL | KPF_DIRTY | KPF_PRIVATE
madvise(r + 25 * PAGE, PAGE, MADV_COLD) == 0
pagemap(r + 25 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(r + 25 * PAGE) & k == KPF_THP | KPF_COMPOUND_TAIL | KPF_DIRTY | KPF_PRIVATE
madvise(r + 25 * PAGE, PAGE, MADV_PAGEOUT) == 0
pagemap(r + 25 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
g = open("g", O_RDWR | O_CREAT, 0600) == 4
pwrite(g, 'b', 8 * PAGE, 32 * PAGE) == 8 * PAGE
fsync(g) == 0
mmap(r + 40 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_POPULATE, g, 38 * PAGE) == r + 40 * PAGE
kpageflags(r + 41 * PAGE) & k == KPF_THP | KPF_COMPOUND_TAIL | KPF_PRIVATE
madvise(r + 41 * PAGE, PAGE, MADV_COLD) == 0
pagemap(r + 40 * PAGE) == 0
pagemap(r + 41 * PAGE) == 0
read(r + 41 * PAGE) == 'b'
kpageflags(r + 41 * PAGE) & k == 0
kpageflags(r + 40 * PAGE) & k == 0
