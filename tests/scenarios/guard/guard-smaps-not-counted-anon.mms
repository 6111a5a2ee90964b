# guard markers are neither resident nor swap in smaps, private anonymous memory: install over populated pages lowers Rss, Swap stays 0
r = mmap(NULL, 10 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'r')
smaps(p, "Rss") == 8 * PAGE
madvise(p, 3 * PAGE, MADV_GUARD_INSTALL) == 0
smaps(p, "Rss") == 5 * PAGE
smaps(p, "Anonymous") == 5 * PAGE
smaps(p, "Swap") == 0
smaps(p, "Size") == 8 * PAGE
madvise(p, 8 * PAGE, MADV_GUARD_INSTALL) == 0
smaps(p, "Rss") == 0
smaps(p, "Swap") == 0
