package dev.ccwconsole.abi.vfio;

/**
 * The {@code argsz} retry rule of {@code VFIO_DEVICE_GET_REGION_INFO} as a pure function (spec §2.5): the
 * kernel answers an undersized buffer with success, the CAPS flag, {@code cap_offset = 0} and the
 * {@code argsz} it needs; the caller allocates that much and asks again.
 */
public final class ArgszProtocol {

    /**
     * Largest {@code argsz} we agree to allocate. vfio-ccw needs 48; a reply asking for more than 64 KiB is
     * corrupt or hostile, and following it would allocate whatever a broken reply says.
     */
    public static final long MAX_ARGSZ = 64 * 1024;

    private ArgszProtocol() {
    }

    /** The outcome of one region-info round trip. */
    public sealed interface Decision {
        String describe();
    }

    /** The reply is complete: every capability the kernel reported is in the buffer. */
    public record Complete() implements Decision {
        @Override
        public String describe() {
            return "complete";
        }
    }

    /** Ask again with a buffer of {@code argsz} bytes (and {@code argsz} set to that). */
    public record Retry(int argsz) implements Decision {
        @Override
        public String describe() {
            return "retry with " + argsz + " bytes";
        }
    }

    /** The reply cannot be right; retrying would not help. */
    public record Failed(String reason) implements Decision {
        @Override
        public String describe() {
            return "failed: " + reason;
        }
    }

    /**
     * Decides what to do after a reply to a request whose buffer held {@code requestedArgsz} bytes.
     * Retry when the reply's {@code argsz} grew (capabilities did not fit); fail when the reply is
     * inconsistent: {@code argsz} below the 32-byte header, implausibly large, or CAPS with
     * {@code cap_offset = 0} although {@code argsz} did not grow (retrying at the same size would loop).
     */
    public static Decision next(int requestedArgsz, VfioRegionInfo reply) {
        if (requestedArgsz < VfioRegionInfo.SIZE) {
            return new Failed("requested argsz " + requestedArgsz + " is below the " + VfioRegionInfo.SIZE
                    + "-byte header: the kernel answers EINVAL");
        }
        long replied = reply.argsz();
        if (replied < VfioRegionInfo.SIZE) {
            return new Failed("reply argsz " + replied + " is smaller than the " + VfioRegionInfo.SIZE
                    + "-byte header");
        }
        if (replied > requestedArgsz) {
            if (replied > MAX_ARGSZ) {
                return new Failed("reply asks for argsz " + replied + ", more than the " + MAX_ARGSZ
                        + " bytes we allocate");
            }
            return new Retry((int) replied);
        }
        if (reply.hasCapabilities() && reply.capOffset() == 0) {
            return new Failed("CAPS set with cap_offset 0 but argsz did not grow beyond " + requestedArgsz);
        }
        return new Complete();
    }
}
