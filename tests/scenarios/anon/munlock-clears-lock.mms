# munlock clears VM_LOCKED (VmFlags "lo", smaps Locked 0) and keeps the pages mapped with their data.
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock(p, 2 * PAGE) == 0
write(p, 2 * PAGE, 'u')
smaps(p, "Locked") == 2 * PAGE
munlock(p, 2 * PAGE) == 0
vmflag(p, "lo") == 0
smaps(p, "Locked") == 0
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p, 2 * PAGE) == 'u'
madvise(p, 2 * PAGE, MADV_DONTNEED) == 0
read(p, 2 * PAGE) == 0
