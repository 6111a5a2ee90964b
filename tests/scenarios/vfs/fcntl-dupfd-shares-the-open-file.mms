# A descriptor made by F_DUPFD names the same open file: F_SETFL through one shows through the other, the data is the same, and closing the original leaves the copy working; only FD_CLOEXEC is the copy's own.
require files
a = open("data", O_RDWR | O_CREAT | O_CLOEXEC, 0600)
b = fcntl(a, F_DUPFD, 0)
fcntl(b, F_GETFD, 0) == 0
fcntl(b, F_SETFL, O_APPEND) == 0
fcntl(a, F_GETFL, 0) == O_RDWR | O_APPEND | O_LARGEFILE
pwrite(a, 'a', PAGE, 0) == PAGE
pwrite(b, 'b', PAGE, 0) == PAGE
close(a) == 0
pread(b, PAGE, 0) == 'a'
pread(b, PAGE, PAGE) == 'b'
s = mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, b, 0)
read(s + PAGE, PAGE) == 'b'
