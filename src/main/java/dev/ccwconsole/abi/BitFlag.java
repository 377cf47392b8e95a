package dev.ccwconsole.abi;

/**
 * A named single-bit (or single-value) field of a VFIO flags word or a channel-I/O control block. {@link #mask()} is the bit in the
 * word or byte the owning structure documents; {@link #label()} is the architecture's human name. The enum
 * constant's {@code name()} is the token the REST contract uses.
 */
public interface BitFlag {

    int mask();

    String label();
}
