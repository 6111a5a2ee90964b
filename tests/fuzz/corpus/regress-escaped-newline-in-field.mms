# A memfd mapped shared and private: the private mapping copies on write.
fd = memfd_create("example", 0)
ftruncate(fd, 2 * PAGE)
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
write(s, 2 * PAGE, 's')
read(p, 2 * PAGE) == 's'
write(p, PAGE, 'p')
pagemap(p) & (PM_PRESENT | PM_FILE) == PM_PRESENT
pagemap(p + PAGE) & (PM_PRESENT | PM_FILE) == PM_PRESENT | PM_FILE
pread(fd, PAGE, 0) == 's'
pread(fd, PAGE, 2 * PAGE) == NONE
smaps(p, "A\
\nonymous")
\ == 4 * K

iB
