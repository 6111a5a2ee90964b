# After fork, 4 private anonymous pages shared by 2 processes count 16 KiB in Rss but 8 KiB in Pss in each; a copy-on-write moves one page back to each side's Pss in full.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 4 * PAGE, MADV_NOHUGEPAGE)
write(p, 4 * PAGE, 'a')
smaps(p, "Rss") == 16 * KiB
smaps(p, "Pss") == 16 * KiB
c = fork()
smaps(p, "Rss") == 16 * KiB
smaps(p, "Pss") == 8 * KiB
@c smaps(p, "Rss") == 16 * KiB
@c smaps(p, "Pss") == 8 * KiB
# the child copies one page: each side now has 1 own page (4 KiB) + 3 shared (6 KiB)
@c write(p, 1, 'c')
smaps(p, "Pss") == 10 * KiB
@c smaps(p, "Pss") == 10 * KiB
smaps(p, "Rss") == 16 * KiB
@c exit()
smaps(p, "Pss") == 16 * KiB
