# One file mapped twice: the shared mapping writes the page cache, the private one copies on write.
fd = open("notes", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 2 * PAGE, 0) == 2 * PAGE
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
# both map the page-cache page
read(s) == 'a'
read(p) == 'a'
frame(p) == frame(s)
pagemap(p) & PM_FILE == PM_FILE
mapcount(s) == 2
# a store through the shared mapping reaches the file and the private view
write(s, PAGE, 'b')
read(p) == 'b'
pread(fd, PAGE, 0) == 'b'
# a store through the private mapping copies the page: now anonymous, exclusive
write(p, 1, 'c')
frame(p) != frame(s)
pagemap(p) & (PM_FILE | PM_MMAP_EXCLUSIVE) == PM_MMAP_EXCLUSIVE
smaps(p, "Anonymous") == 4 * KiB
mapcount(s) == 1
# the copy is private: the file and the shared mapping never see it
read(s) == 'b'
pread(fd, 1, 0) == 'b'
# and later shared stores no longer reach the copied page, only the other one
write(s, 2 * PAGE, 'd')
read(p) == 'c'
read(p + 1, PAGE - 1) == 'b'
read(p + PAGE) == 'd'
