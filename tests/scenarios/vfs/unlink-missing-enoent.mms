# unlink of a name that is not in the directory fails with -ENOENT, as does the empty path; a name unlinked once is gone the second time.
require files
unlink("free") == -ENOENT
unlink("") == -ENOENT
fd = open("data", O_RDWR | O_CREAT, 0600)
unlink("data") == 0
unlink("data") == -ENOENT
open("data", O_RDONLY) == -ENOENT
open("", O_RDONLY) == -ENOENT
open("", O_RDWR | O_CREAT, 0600) == -ENOENT
