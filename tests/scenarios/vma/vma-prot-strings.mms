# vma_prot gives the permission column of /proc/self/maps: "rw-p", "r--p", "---p", "rwxp", "-w-p", "--xp" for private mappings.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
c = mmap(r + 10 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
d = mmap(r + 14 * PAGE, 2 * PAGE, PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
e = mmap(r + 18 * PAGE, 2 * PAGE, PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma_prot(a) == "rw-p"
vma_prot(b) == "r--p"
vma_prot(r) == "---p"
vma_prot(c) == "rwxp"
vma_prot(d) == "-w-p"
vma_prot(e) == "--xp"
vma_prot(r + 22 * PAGE) == "---p"
vma_prot(r + 40 * PAGE) == NONE
