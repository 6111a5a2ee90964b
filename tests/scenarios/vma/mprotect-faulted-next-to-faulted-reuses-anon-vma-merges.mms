# A VMA first faulted next to a faulted neighbour that differs only in protection reuses the neighbour's anon_vma (find_mergeable_anon_vma): once mprotect makes the protections equal they merge.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(a) == [a, m)
write(a, 4 * PAGE, 'a')
write(m, 4 * PAGE, 'm')
mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(a) == [a, m + 4 * PAGE)
read(a, 8 * PAGE) == MIXED
