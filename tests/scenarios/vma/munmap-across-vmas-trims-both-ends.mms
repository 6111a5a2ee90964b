# One munmap over several VMAs removes those inside and trims the partly covered ones at both ends.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
c = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(a + 2 * PAGE, 8 * PAGE)
vma(a) == [a, a + 2 * PAGE)
vma(a + 2 * PAGE) == NONE
vma(b) == NONE
vma(b + 3 * PAGE) == NONE
vma(c) == NONE
vma(c + 2 * PAGE) == [c + 2 * PAGE, c + 4 * PAGE)
vma_prot(c + 2 * PAGE) == "r-xp"
