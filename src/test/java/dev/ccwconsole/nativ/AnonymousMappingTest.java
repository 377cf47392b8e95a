package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnonymousMappingTest {

    @Test
    void roundTripsBytesInPageAlignedZeroedMemory() {
        int page = Libc.pageSize();
        try (AnonymousMapping m = AnonymousMapping.allocate(100)) {
            assertEquals(page, m.size(), "rounded up to one page");
            assertEquals(0, m.address() % page, "page aligned, as VFIO_IOMMU_MAP_DMA requires");
            assertArrayEquals(new byte[16], m.read(0, 16), "fresh anonymous memory is zeroed");
            byte[] ccw = {0x02, 0x00, 0x10, 0x00, 0x20, 0x00, 0x00, 0x18};
            m.write(page - 8, ccw);
            assertArrayEquals(ccw, m.read(page - 8, 8));
            byte[] part = new byte[4];
            m.read(page - 4, part, 0, 4);
            assertArrayEquals(new byte[] {0x20, 0, 0, 0x18}, part);
        }
    }

    @Test
    void rejectsAccessOutsideTheMappingAndAfterClose() {
        AnonymousMapping m = AnonymousMapping.allocate(1);
        assertThrows(IndexOutOfBoundsException.class, () -> m.read(m.size() - 2, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> m.write(-1, new byte[1]));
        m.close();
        m.close();
        assertThrows(IllegalStateException.class, () -> m.read(0, 1));
        assertThrows(IllegalStateException.class, m::address);
    }

    @Test
    void hugeRequestFailsWithEnomem() {
        NativeCallException e = assertThrows(NativeCallException.class,
                () -> AnonymousMapping.allocate(1L << 60));
        assertEquals("ENOMEM", e.errnoName());
        assertEquals("mmap", e.call());
    }
}
