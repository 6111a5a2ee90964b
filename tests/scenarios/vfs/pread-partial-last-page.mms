# A file that ends inside a page reads only to its end: pread of a whole page from 0 or from the last byte gives that file's bytes, from the end nothing; after growing, the rest of that page reads 0 (never a mapping's stores past the old end).
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 100, 0) == 100
pread(fd, PAGE, 0) == 'd'
pread(fd, PAGE, 99) == 'd'
pread(fd, PAGE, 100) == NONE
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
read(s, 100) == 'd'
read(s + 100, PAGE - 100) == 0
write(s + 100, 10, 'x') == 0
pread(fd, PAGE, 100) == NONE
ftruncate(fd, 200) == 0
pread(fd, 200, 0) == MIXED
pread(fd, 100, 100) == 0
