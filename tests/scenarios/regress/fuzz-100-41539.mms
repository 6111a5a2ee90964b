# A truncation or hole that cuts into a large file folio with dirty buffers leaves it whole (its buffers cannot be released for the split), but unmapped: every page of it faults back in (found by mmsim fuzz --seed 100, sequence 41539: the model left it mapped)
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
k = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL | KPF_DIRTY | KPF_PRIVATE
f0 = open("f0", O_RDWR | O_CREAT | O_TRUNC, 0600) == 3
pwrite(f0, 'a', 16 * PAGE, 16 * PAGE) == 16 * PAGE
mmap(r + 18 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_POPULATE, f0, 18 * PAGE) == r + 18 * PAGE
mmap(r + 16 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_POPULATE, f0, 16 * PAGE) == r + 16 * PAGE
kpageflags(r + 18 * PAGE) & k == KPF_THP | KPF_COMPOUND_TAIL | KPF_DIRTY | KPF_PRIVATE
ftruncate(f0, 19 * PAGE) == 0
pagemap(r + 18 * PAGE) == 0
pagemap(r + 16 * PAGE) == 0
read(r + 18 * PAGE) == 'a'
kpageflags(r + 18 * PAGE) & k == KPF_THP | KPF_COMPOUND_TAIL | KPF_DIRTY | KPF_PRIVATE
# a hole punched inside one: the same
g = open("g", O_RDWR | O_CREAT | O_TRUNC, 0600) == 4
pwrite(g, 'b', 16 * PAGE, 16 * PAGE) == 16 * PAGE
mmap(r + 32 * PAGE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_POPULATE, g, 16 * PAGE) == r + 32 * PAGE
fallocate(g, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 20 * PAGE + 100, 10) == 0
pagemap(r + 34 * PAGE) == 0
pagemap(r + 36 * PAGE) == 0
read(r + 34 * PAGE) == 'b'
read(r + 36 * PAGE, 100) == 'b'
read(r + 36 * PAGE + 100, 10) == 0
kpageflags(r + 34 * PAGE) & k == KPF_THP | KPF_COMPOUND_TAIL | KPF_DIRTY | KPF_PRIVATE
