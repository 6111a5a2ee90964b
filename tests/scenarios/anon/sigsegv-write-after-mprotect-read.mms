# After mprotect(PROT_READ) on written anonymous pages, the data stays readable and a write raises SIGSEGV without changing it.
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'r')
mprotect(p, 2 * PAGE, PROT_READ) == 0
write(p + PAGE, PAGE, 'x') == SIGSEGV
read(p, 2 * PAGE) == 'r'
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
