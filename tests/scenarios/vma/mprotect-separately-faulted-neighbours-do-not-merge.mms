# Two adjacent VMAs with their own anon_vmas (faulted while they differed in VM_DONTDUMP, so no anon_vma reuse) do not merge when mprotect makes their flags equal.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(m, 4 * PAGE, MADV_DONTDUMP)
write(a, 4 * PAGE, 'a')
write(m, 4 * PAGE, 'm')
madvise(m, 4 * PAGE, MADV_DODUMP)
vma(m) == [m, m + 4 * PAGE)
mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
vma_prot(m) == "rw-p"
vma(a) == [a, m)
vma(m) == [m, m + 4 * PAGE)
