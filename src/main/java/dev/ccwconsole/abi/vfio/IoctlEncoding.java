package dev.ccwconsole.abi.vfio;

/**
 * The generic Linux ioctl request encoding of {@code asm-generic/ioctl.h}, used by x86-64 and s390x alike
 * (spec §2.1): nr in bits 0–7, type in bits 8–15, argument size in bits 16–29, direction in bits 30–31.
 */
public final class IoctlEncoding {

    public static final int DIR_NONE = 0;
    public static final int DIR_WRITE = 1;
    public static final int DIR_READ = 2;

    private static final int NR_SHIFT = 0;
    private static final int TYPE_SHIFT = 8;
    private static final int SIZE_SHIFT = 16;
    private static final int DIR_SHIFT = 30;
    private static final int MAX_SIZE = (1 << 14) - 1;

    private IoctlEncoding() {
    }

    /** {@code _IOC(dir, type, nr, size)}; the result is an unsigned 32-bit value held in an int. */
    public static int ioc(int dir, int type, int nr, int size) {
        if (dir < 0 || dir > 3) {
            throw new IllegalArgumentException("ioctl direction must be 0..3, got " + dir);
        }
        if (type < 0 || type > 0xFF || nr < 0 || nr > 0xFF) {
            throw new IllegalArgumentException("ioctl type and nr are 8-bit, got type " + type + " nr " + nr);
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("ioctl size is 14-bit, got " + size);
        }
        return (dir << DIR_SHIFT) | (size << SIZE_SHIFT) | (type << TYPE_SHIFT) | (nr << NR_SHIFT);
    }

    /** {@code _IO(type, nr)}: no direction, no size – how VFIO defines every request (spec §2.1). */
    public static int io(int type, int nr) {
        return ioc(DIR_NONE, type, nr, 0);
    }

    public static int ior(int type, int nr, int size) {
        return ioc(DIR_READ, type, nr, size);
    }

    public static int iow(int type, int nr, int size) {
        return ioc(DIR_WRITE, type, nr, size);
    }

    public static int iowr(int type, int nr, int size) {
        return ioc(DIR_READ | DIR_WRITE, type, nr, size);
    }

    public static int nr(int request) {
        return (request >>> NR_SHIFT) & 0xFF;
    }

    public static int type(int request) {
        return (request >>> TYPE_SHIFT) & 0xFF;
    }

    public static int size(int request) {
        return (request >>> SIZE_SHIFT) & MAX_SIZE;
    }

    public static int dir(int request) {
        return request >>> DIR_SHIFT;
    }

    /** The request as the unsigned {@code unsigned long} value a C caller passes. */
    public static long asUnsigned(int request) {
        return request & 0xFFFF_FFFFL;
    }
}
