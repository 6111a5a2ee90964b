# After mlock, smaps Locked of the VMA equals its resident size, and mlock of part of a VMA splits it so that only the locked part reports Locked.
r = mmap(NULL, 10 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 6 * PAGE, 'l')
smaps(p, "Locked") == 0
mlock(p + 2 * PAGE, 2 * PAGE) == 0
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
smaps(p + 2 * PAGE, "Locked") == 2 * PAGE
smaps(p, "Locked") == 0
smaps(p + 4 * PAGE, "Locked") == 0
