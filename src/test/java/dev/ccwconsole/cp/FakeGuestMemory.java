package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Ccw;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Guest memory with one mapped window, like one VFIO_IOMMU_MAP_DMA; pages can be made read-only. */
final class FakeGuestMemory implements GuestMemoryReader {

    private final long base;
    private final byte[] bytes;
    private final Set<Long> readOnlyPages = new HashSet<>();

    FakeGuestMemory(long base, int size) {
        this.base = base;
        this.bytes = new byte[size];
    }

    @Override
    public GuestRead read(long iova, int length) {
        if (iova < base || iova + length > base + bytes.length) {
            return GuestRead.fault(Errno.EINVAL);
        }
        byte[] out = new byte[length];
        System.arraycopy(bytes, (int) (iova - base), out, 0, length);
        return GuestRead.data(out);
    }

    @Override
    public Optional<Errno> checkPinnable(long pageIova) {
        return readOnlyPages.contains(pageIova) ? Optional.of(Errno.EPERM) : GuestMemoryReader.super.checkPinnable(pageIova);
    }

    FakeGuestMemory readOnly(long pageIova) {
        readOnlyPages.add(pageIova);
        return this;
    }

    FakeGuestMemory write(long iova, byte[] data) {
        System.arraycopy(data, 0, bytes, (int) (iova - base), data.length);
        return this;
    }

    /** Writes format-1 CCWs from {@code iova} on. */
    FakeGuestMemory ccws(long iova, Ccw... ccws) {
        for (int i = 0; i < ccws.length; i++) {
            write(iova + 8L * i, ccws[i].encodeFormat1());
        }
        return this;
    }

    byte[] slice(long iova, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, (int) (iova - base), out, 0, length);
        return out;
    }
}
