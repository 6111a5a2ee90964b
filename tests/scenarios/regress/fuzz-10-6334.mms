# ext4 zeroes the partial block of a truncation or a hole through the page cache after truncating the cache: the page gets buffers (KPF_PRIVATE) and is dirtied only where the block is mapped, not over a hole or an unwritten extent; a large folio is split first, its clean buffers released and its pages unmapped (found by mmsim fuzz --seed 10, sequence 6334: the model dirtied a hole page, and kept a large folio whole because it dirtied it first)
require files
require !soft_dirty
require root
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
# a hole, read in: a truncation to inside it leaves the page clean
a = open("a", O_RDWR | O_CREAT, 0600) == 3
ftruncate(a, 4 * PAGE) == 0
mmap(r, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, a, 0) == r
read(r, 4 * PAGE) == 0
kpageflags(r + PAGE) & (KPF_DIRTY | KPF_PRIVATE) == 0
ftruncate(a, PAGE + 100) == 0
kpageflags(r + PAGE) & (KPF_DIRTY | KPF_PRIVATE) == KPF_PRIVATE
smaps(r, "Shared_Dirty") + smaps(r, "Private_Dirty") == 0
# an unwritten extent (fallocate) the same
b = open("b", O_RDWR | O_CREAT, 0600) == 4
fallocate(b, 0, 0, 4 * PAGE) == 0
mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, b, 0) == r + 8 * PAGE
read(r + 8 * PAGE, 4 * PAGE) == 0
ftruncate(b, PAGE + 100) == 0
kpageflags(r + 9 * PAGE) & (KPF_DIRTY | KPF_PRIVATE) == KPF_PRIVATE
# a block written back: the zeroing dirties its page
d = open("d", O_RDWR | O_CREAT, 0600) == 5
pwrite(d, 'x', PAGE, 0) == PAGE
pwrite(d, 'x', PAGE, PAGE) == PAGE
fsync(d) == 0
mmap(r + 16 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, d, 0) == r + 16 * PAGE
read(r + 16 * PAGE, 2 * PAGE) == 'x'
kpageflags(r + 17 * PAGE) & (KPF_DIRTY | KPF_PRIVATE) == KPF_PRIVATE
ftruncate(d, PAGE + 100) == 0
kpageflags(r + 17 * PAGE) & (KPF_DIRTY | KPF_PRIVATE) == KPF_DIRTY | KPF_PRIVATE
read(r + 17 * PAGE + 100, 100) == 0
# a large folio written back, a hole punched inside it: split and unmapped first
g = open("g", O_RDWR | O_CREAT, 0600) == 6
pwrite(g, 'x', 4 * PAGE, 0) == 4 * PAGE
fsync(g) == 0
mmap(r + 32 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 0) == r + 32 * PAGE
read(r + 32 * PAGE, 4 * PAGE) == 'x'
kpageflags(r + 33 * PAGE) & (KPF_COMPOUND_TAIL | KPF_THP) == KPF_COMPOUND_TAIL | KPF_THP
fallocate(g, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, PAGE + 100, 10) == 0
pagemap(r + 32 * PAGE) == 0
pagemap(r + 33 * PAGE) == 0
read(r + 33 * PAGE + 100, 10) == 0
read(r + 33 * PAGE) == 'x'
kpageflags(r + 33 * PAGE) & (KPF_DIRTY | KPF_PRIVATE | KPF_COMPOUND_TAIL | KPF_THP) == KPF_DIRTY | KPF_PRIVATE
kpageflags(r + 32 * PAGE) & (KPF_DIRTY | KPF_PRIVATE | KPF_COMPOUND_HEAD | KPF_THP) == 0
