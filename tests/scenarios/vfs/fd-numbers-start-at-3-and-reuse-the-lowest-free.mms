# Descriptors of a scenario process start at 3 (0-2 are its standard streams) and every new one, from open, memfd_create or O_TMPFILE, takes the lowest free number, reusing closed ones.
require files
a = open("a", O_RDWR | O_CREAT, 0600) == 3
m = memfd_create("m", 0) == 4
b = open("b", O_RDWR | O_CREAT, 0600) == 5
close(m) == 0
c = open("a", O_RDONLY) == 4
close(a) == 0
n = memfd_create("n", 0) == 3
t = open(".", O_TMPFILE | O_RDWR, 0600) == 6
close(c) == 0
close(b) == 0
d = open(".", O_RDONLY) == 4
e = fcntl(d, F_DUPFD, 0) == 5
