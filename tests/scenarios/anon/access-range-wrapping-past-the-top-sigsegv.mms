# An access whose range wraps past the top of the address space faults at its first byte, above TASK_SIZE: SIGSEGV, for reads and writes alike.
read(-4096, PAGE) == SIGSEGV
read(-1, 2) == SIGSEGV
write(-4096, PAGE, 'x') == SIGSEGV
write(-1, 2, 'x') == SIGSEGV
