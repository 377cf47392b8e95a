package dev.ccwconsole.emulator;

import dev.ccwconsole.device.GuestMemory;

/** The user's side of the DMA window: its own memory, reachable whatever the IOMMU permissions say. */
final class EmulatedGuestMemory implements GuestMemory {

    private final EmulatedIommu iommu;
    private final long iova;
    private final long size;

    EmulatedGuestMemory(EmulatedIommu iommu, long iova, long size) {
        this.iommu = iommu;
        this.iova = iova;
        this.size = size;
    }

    @Override
    public long iova() {
        return iova;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void write(long address, byte[] data) {
        EmulatedIommu.Mapping m = mapping(address, data.length);
        System.arraycopy(data, 0, m.memory(), (int) (address - m.iova()), data.length);
    }

    @Override
    public byte[] read(long address, int length) {
        EmulatedIommu.Mapping m = mapping(address, length);
        byte[] out = new byte[length];
        System.arraycopy(m.memory(), (int) (address - m.iova()), out, 0, length);
        return out;
    }

    private EmulatedIommu.Mapping mapping(long address, int length) {
        if (!contains(address, length)) {
            throw new IllegalArgumentException(String.format("IOVA range 0x%x+%d outside the DMA window 0x%x+0x%x",
                    address, length, iova, size));
        }
        EmulatedIommu.Mapping m = iommu.userMapping(address, length);
        if (m == null) {
            throw new IllegalArgumentException(String.format("IOVA range 0x%x+%d is no longer mapped", address, length));
        }
        return m;
    }
}
