# A one-byte write fault allocates only the page it touches: the next and previous pages stay not present.
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p + PAGE + PAGE / 2, 1, 'x')
pagemap(p + PAGE) & PM_PRESENT == PM_PRESENT
pagemap(p) == 0
pagemap(p + 2 * PAGE) == 0
smaps(p, "Rss") == PAGE
smaps(p, "Anonymous") == PAGE
