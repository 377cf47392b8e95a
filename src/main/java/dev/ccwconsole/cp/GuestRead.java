package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;

/** Outcome of one guest-memory access: the bytes, or the errno the kernel would see. */
public sealed interface GuestRead {

    static GuestRead data(byte[] bytes) {
        return new Data(bytes);
    }

    static GuestRead fault(Errno errno) {
        return new Fault(errno);
    }

    /** The bytes read (exactly the length asked for). */
    record Data(byte[] bytes) implements GuestRead {
    }

    /** The access failed: EINVAL for an unmapped IOVA, EPERM without permission, EFAULT for bad user memory. */
    record Fault(Errno errno) implements GuestRead {
    }
}
