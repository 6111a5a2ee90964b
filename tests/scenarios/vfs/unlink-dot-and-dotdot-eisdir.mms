# unlink of "." or ".." (with or without a trailing slash) fails with -EISDIR: neither is a name the directory can lose; the directory stays usable.
require files
unlink(".") == -EISDIR
unlink("./") == -EISDIR
unlink("./.") == -EISDIR
unlink("..") == -EISDIR
fd = open("data", O_RDWR | O_CREAT, 0600)
unlink("data") == 0
