# ext4 gives a new file the lowest free inode number: a file created after an O_TMPFILE file's inode was freed (its descriptor closed, its mappings replaced) takes that number, and maps() shows it as the same device and inode, file#1 here (found by mmsim fuzz --seed 200, sequence 135462: the model numbered inodes without reuse); mmsim fuzz --replay compares these maps() lines
require files
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f0 = open(".", O_TMPFILE | O_RDWR, 0600) == 3
mmap(r + 43 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_FIXED, f0, 0) == r + 43 * PAGE
close(f0) == 0
maps() == 0
mmap(r + 43 * PAGE, PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 43 * PAGE
mmap(r + 44 * PAGE, 3 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 44 * PAGE
f5 = open("f1", O_RDWR | O_CREAT | O_TRUNC, 0600) == 3
mmap(r + 10 * PAGE, 8 * PAGE, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_FIXED | MAP_POPULATE, f0, 0) == r + 10 * PAGE
maps() == 0
