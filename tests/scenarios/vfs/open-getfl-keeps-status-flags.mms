# The status flags of an open stay on the open file and F_GETFL shows them: O_APPEND, O_NONBLOCK, O_NOATIME, O_NOFOLLOW, O_DIRECT, O_DSYNC, O_SYNC (which includes O_DSYNC), and FASYNC (020000) given to open; __O_SYNC (04000000) alone gains O_DSYNC.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
a = open("data", O_WRONLY | O_APPEND | O_NONBLOCK | O_NOATIME | O_NOFOLLOW)
fcntl(a, F_GETFL, 0) == O_WRONLY | O_APPEND | O_NONBLOCK | O_NOATIME | O_NOFOLLOW | O_LARGEFILE
b = open("data", O_RDONLY | O_DIRECT | O_DSYNC)
fcntl(b, F_GETFL, 0) == O_DIRECT | O_DSYNC | O_LARGEFILE
c = open("data", O_RDWR | O_SYNC)
fcntl(c, F_GETFL, 0) == O_RDWR | O_SYNC | O_LARGEFILE
fcntl(c, F_GETFL, 0) == 0x109002
d = open("data", O_RDWR | 04000000)
fcntl(d, F_GETFL, 0) == O_RDWR | O_SYNC | O_LARGEFILE
e = open("data", O_RDWR | 020000)
fcntl(e, F_GETFL, 0) == O_RDWR | 020000 | O_LARGEFILE
