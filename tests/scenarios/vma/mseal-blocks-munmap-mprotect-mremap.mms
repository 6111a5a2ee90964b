# A sealed VMA refuses munmap, mprotect and mremap with -EPERM, and its layout stays as it was.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
mseal(p + 2 * PAGE, 4 * PAGE, 0)
munmap(p + 2 * PAGE, PAGE) == -EPERM
mprotect(p + 3 * PAGE, PAGE, PROT_READ) == -EPERM
mremap(p + 2 * PAGE, 4 * PAGE, 2 * PAGE, 0) == -EPERM
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 6 * PAGE)
vma_prot(p + 3 * PAGE) == "rw-p"
read(p, 8 * PAGE) == 'p'
