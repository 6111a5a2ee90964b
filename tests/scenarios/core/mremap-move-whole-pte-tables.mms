# moving 4 MiB of populated memory between PMD-aligned places moves whole PTE tables
r = mmap(NULL, 16 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 2 * MiB - 1) & ~(2 * MiB - 1)
p = mmap(a, 4 * MiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 4 * MiB, MADV_NOHUGEPAGE)
write(p, 4 * MiB, 'm')
q = mremap(p, 4 * MiB, 4 * MiB, MREMAP_MAYMOVE | MREMAP_FIXED, a + 8 * MiB)
read(q, 4 * MiB) == 'm'
pagemap(q + 3 * MiB) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
vma(p) == NONE
vma(q) == [q, q + 4 * MiB)
