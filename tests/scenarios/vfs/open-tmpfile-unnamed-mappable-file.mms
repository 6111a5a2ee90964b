# open(".", O_TMPFILE | O_RDWR) makes an unnamed, empty regular file of its own: pwrite and a shared mapping see each other, a second O_TMPFILE is another file, and with no name to hold it the mapping keeps it alive after close.
require files
t = open(".", O_TMPFILE | O_RDWR, 0600)
u = open(".", O_TMPFILE | O_RDWR, 0600)
pread(t, 1, 0) == NONE
pwrite(t, 't', 2 * PAGE, 0) == 2 * PAGE
pread(u, 1, 0) == NONE
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, t, 0)
vma_prot(s) == "rw-s"
read(s, 2 * PAGE) == 't'
write(s + PAGE, PAGE, 'w') == 0
pread(t, PAGE, PAGE) == 'w'
close(t) == 0
read(s, PAGE) == 't'
read(s + PAGE, PAGE) == 'w'
ftruncate(u, PAGE) == 0
pread(u, PAGE, 0) == 0
