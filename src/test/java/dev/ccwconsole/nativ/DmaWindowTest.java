package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DMA window: page-aligned memory, the exact MAP_DMA/UNMAP_DMA bytes, the 2 GiB rule (spec §2.7). */
class DmaWindowTest {

    @Test
    void theMapRequestIsTheExactVfioIommuType1DmaMapStruct() {
        try (DmaWindow window = DmaWindow.allocate(0x10_0000, 0x2_0000)) {
            assertEquals(0, window.vaddr() % 4096, "mmap memory is page aligned");
            ByteBuffer expected = ByteBuffer.allocate(32).order(ByteOrder.nativeOrder());
            expected.putInt(0, 32);                // argsz
            expected.putInt(4, 0x1 | 0x2);         // VFIO_DMA_MAP_FLAG_READ | WRITE
            expected.putLong(8, window.vaddr());   // vaddr
            expected.putLong(16, 0x10_0000);       // iova
            expected.putLong(24, 0x2_0000);        // size
            assertArrayEquals(expected.array(), window.mapRequest());
        }
    }

    @Test
    void theUnmapRequestIsTheExactVfioIommuType1DmaUnmapStruct() {
        ByteBuffer expected = ByteBuffer.allocate(24).order(ByteOrder.nativeOrder());
        expected.putInt(0, 24).putInt(4, 0).putLong(8, 0x10_0000).putLong(16, 0x1000);
        assertArrayEquals(expected.array(), DmaWindow.unmapRequest(0x10_0000, 0x1000));
    }

    @Test
    void theWindowMustEndBelowTwoGibAndBePageAligned() {
        try (DmaWindow lastPage = DmaWindow.allocate(0x7FFF_F000L, 0x1000)) {
            assertEquals(0x8000_0000L, lastPage.iova() + lastPage.size());
        }
        IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class,
                () -> DmaWindow.allocate(0x7FFF_F000L, 0x2000));
        assertTrue(tooHigh.getMessage().contains("below 2 GiB"), tooHigh.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DmaWindow.allocate(0x10_0800, 0x1000));
        assertThrows(IllegalArgumentException.class, () -> DmaWindow.allocate(0x10_0000, 0x1800));
        assertThrows(IllegalArgumentException.class, () -> DmaWindow.allocate(0x10_0000, 0));
    }

    @Test
    void guestMemoryIsAddressedByIovaAndRefusesTheOutside() {
        DmaWindow window = DmaWindow.allocate(0x10_0000, 0x1000);
        window.write(0x10_0ff8, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertArrayEquals(new byte[] {5, 6, 7, 8}, window.read(0x10_0ffc, 4));
        assertThrows(IllegalArgumentException.class, () -> window.read(0x10_0ffc, 8));
        assertThrows(IllegalArgumentException.class, () -> window.write(0xF_FFFF, new byte[1]));
        window.close();
        assertThrows(IllegalStateException.class, () -> window.read(0x10_0000, 1), "no access after munmap");
    }

    @Test
    void mappingOnSomethingThatIsNotAContainerReturnsMinusErrno() {
        int container = Libc.memfdCreate("not-a-container", LinuxConstants.MFD_CLOEXEC);
        int group = Libc.memfdCreate("not-a-group", LinuxConstants.MFD_CLOEXEC);
        GroupAttachment attachment = new GroupAttachment(container, "/dev/vfio/vfio", group, "/dev/vfio/3");
        try (DmaWindow window = DmaWindow.allocate(0x10_0000, 0x1000)) {
            assertEquals(-25, attachment.mapDma(window));
            assertEquals(-25, attachment.unmapDma(0x10_0000, 0x1000));
        }
        assertEquals(List.of("VFIO_GROUP_UNSET_CONTAINER on /dev/vfio/3: ENOTTY"), attachment.closeAfterDevice());
    }
}
