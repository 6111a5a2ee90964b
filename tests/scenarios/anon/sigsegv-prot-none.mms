# Any access to a PROT_NONE anonymous mapping raises SIGSEGV: reads and writes, on untouched pages, and maps nothing.
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
read(p + PAGE + 7) == SIGSEGV
write(p + 2 * PAGE - 1, 1, 'x') == SIGSEGV
pagemap(p) == 0
pagemap(p + PAGE) == 0
