# mprotect over a range with a hole changes the VMAs before the hole, then fails with -ENOMEM; a range starting in a hole changes nothing
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 12 * PAGE, 4 * PAGE)
c = mmap(r + 16 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 20 * PAGE, 4 * PAGE)
# a and b are before the hole, c after it
mprotect(a + 2 * PAGE, 14 * PAGE, PROT_READ) == -ENOMEM
vma(a) == [a, a + 2 * PAGE)
vma_prot(a) == "rw-p"
vma_prot(a + 2 * PAGE) == "r--p"
vma(a + 2 * PAGE) == [a + 2 * PAGE, r + 12 * PAGE)
vma_prot(c) == "rw-p"
# starting in the hole: nothing changes
mprotect(r + 12 * PAGE, 8 * PAGE, PROT_NONE) == -ENOMEM
vma_prot(c) == "rw-p"
# ending in the hole, after the last VMA
mprotect(c, 8 * PAGE, PROT_READ) == -ENOMEM
vma_prot(c) == "r--p"
