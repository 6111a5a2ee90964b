# mprotect at an address that is not page aligned fails with -EINVAL; an unaligned length is rounded up to whole pages
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p + 1, PAGE, PROT_READ) == -EINVAL
mprotect(p + PAGE - 1, PAGE, PROT_READ) == -EINVAL
mprotect(p + 1, 0, PROT_READ) == -EINVAL
vma(p) == [p, p + 8 * PAGE)
vma_prot(p) == "rw-p"
# a length of 1 byte changes the whole page
mprotect(p + 2 * PAGE, 1, PROT_READ) == 0
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 3 * PAGE)
vma_prot(p + 2 * PAGE) == "r--p"
mprotect(p + 4 * PAGE, PAGE + 1, PROT_NONE) == 0
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 6 * PAGE)
write(p + 5 * PAGE, 1, 'x') == SIGSEGV
