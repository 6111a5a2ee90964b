process_madvise(PIDFD_SELF, MADV_COLD, 0, 0)
