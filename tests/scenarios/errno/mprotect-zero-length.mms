# mprotect with a length of 0 returns 0 and changes nothing, even over a hole and even with unknown prot bits
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p, 0, PROT_READ) == 0
vma_prot(p) == "rw-p"
mprotect(p, 0, 0x10) == 0
munmap(r + 12 * PAGE, 4 * PAGE)
mprotect(r + 12 * PAGE, 0, PROT_READ) == 0
vma(r + 12 * PAGE) == NONE
# the address, and GROWSDOWN together with GROWSUP, are checked before the length
mprotect(p + 1, 0, PROT_READ) == -EINVAL
mprotect(p, 0, PROT_READ | PROT_GROWSDOWN | PROT_GROWSUP) == -EINVAL
