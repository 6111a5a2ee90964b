# An unfaulted VMA whose protection is changed to match a faulted prev merges with it (takes over prev's anon_vma).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(m) == [a, m + 4 * PAGE)
read(a, 4 * PAGE) == 'a'
