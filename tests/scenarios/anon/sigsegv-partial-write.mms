# A write running from a writable page into a PROT_READ page raises SIGSEGV at the read-only page; the bytes before it stay written.
r = mmap(NULL, 6 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p + PAGE, PAGE, PROT_READ) == 0
write(p, 2 * PAGE, 'q') == SIGSEGV
read(p, PAGE) == 'q'
read(p + PAGE, PAGE) == 0
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
