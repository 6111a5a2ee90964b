# A fault just below a MAP_GROWSDOWN mapping grows the VMA down to the faulting page
# (the VMA below is PROT_NONE, so no stack guard gap is needed from it).
r = mmap(NULL, 1024 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
s = mmap(r + 1000 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, -1, 0)
munmap(r + 300 * PAGE, 700 * PAGE)
vma(s) == [s, s + 4 * PAGE)
vmflag(s, "gd") == 1
write(s - 3 * PAGE, 1, 'g') == 0
vma(s) == [s - 3 * PAGE, s + 4 * PAGE)
read(s - PAGE) == 0
read(s - 3 * PAGE) == 'g'
read(r + 300 * PAGE) == 0
vma(s) == [r + 300 * PAGE, s + 4 * PAGE)
