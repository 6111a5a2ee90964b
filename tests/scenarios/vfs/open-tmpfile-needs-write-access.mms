# O_TMPFILE needs an access mode that may write: O_RDONLY fails with -EINVAL (O_TRUNC does not help), O_WRONLY, O_RDWR and O_ACCMODE succeed; it also needs O_DIRECTORY (which O_TMPFILE includes) and refuses O_CREAT (-EINVAL); its path must name a directory (-ENOTDIR for a file, -ENOENT for a free name).
require files
open(".", O_TMPFILE | O_RDONLY, 0600) == -EINVAL
open(".", O_TMPFILE | O_RDONLY | O_TRUNC, 0600) == -EINVAL
w = open(".", O_TMPFILE | O_WRONLY, 0600)
pwrite(w, 'w', PAGE, 0) == PAGE
pread(w, 1, 0) == -EBADF
rw = open(".", O_TMPFILE | O_RDWR, 0600)
a = open(".", O_TMPFILE | O_ACCMODE, 0600)
pwrite(a, 'a', 1, 0) == -EBADF
open(".", (O_TMPFILE & ~O_DIRECTORY) | O_RDWR, 0600) == -EINVAL
open(".", O_TMPFILE | O_RDWR | O_CREAT, 0600) == -EINVAL
fd = open("file", O_RDWR | O_CREAT, 0600)
open("file", O_TMPFILE | O_RDWR, 0600) == -ENOTDIR
open("free", O_TMPFILE | O_RDWR, 0600) == -ENOENT
t = open("./", O_TMPFILE | O_RDWR | O_EXCL, 0600)
