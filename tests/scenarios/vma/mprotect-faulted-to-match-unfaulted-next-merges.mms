# A faulted VMA whose protection is changed to match an unfaulted next merges with it (next takes the faulted VMA's anon_vma).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
m = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(m, 4 * PAGE, 'm')
mprotect(m, 4 * PAGE, PROT_READ)
b = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(m) == [m, b)
mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(m) == [m, b + 4 * PAGE)
read(m, 4 * PAGE) == 'm'
