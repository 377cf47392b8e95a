package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelProgramTranslatorTest {

    static final int CC = CcwFlag.CC.mask();
    static final long BASE = 0x10_0000;

    final FakeGuestMemory memory = new FakeGuestMemory(BASE, 0x1_0000);

    static Orb orbAt(long cpa) {
        return Orb.builder().channelProgramAddress((int) cpa).build();
    }

    TranslationResult translate(Orb orb) {
        return ChannelProgramTranslator.translate(orb, memory, TranslationProfile.MAINLINE);
    }

    @Test
    void senseIdProgramOfTheWorkedExample() {
        memory.ccws(BASE, new Ccw(0xE4, CcwFlag.SLI.mask(), 256, 0x10_1000));
        TranslatedProgram p = translate(orbAt(BASE)).program();
        assertEquals(1, p.segments().size());
        TranslatedCcw ccw = p.segments().get(0).ccws().get(0);
        assertEquals(BASE, ccw.guestIova());
        assertEquals(List.of(new IovaRange(0x10_1000, 256)), ccw.dataAreas());
        assertEquals(List.of(0x10_1000L), ccw.idal().addresses());
        assertTrue(ccw.movesData());
        assertTrue(p.needsPinning());
    }

    @Test
    void exactly256CcwsFitOneSegment() {
        for (int i = 0; i < 255; i++) {
            memory.ccws(BASE + 8L * i, new Ccw(0x03, CC, 0, 0));
        }
        memory.ccws(BASE + 8L * 255, new Ccw(0x03, 0, 0, 0));
        TranslatedProgram p = translate(orbAt(BASE)).program();
        assertEquals(256, p.segments().get(0).length());
        assertFalse(p.needsPinning(), "NOPs pin nothing");
    }

    @Test
    void a257CcwSegmentIsEinval() {
        for (int i = 0; i < 256; i++) {
            memory.ccws(BASE + 8L * i, new Ccw(0x03, CC, 0, 0));
        }
        memory.ccws(BASE + 8L * 256, new Ccw(0x03, 0, 0, 0));
        CpError e = translate(orbAt(BASE)).error();
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals(BASE + 8 * 255, e.ccwIova());
    }

    @Test
    void ticBackInsideTheSegmentKeepsCounting() {
        // Seek, Search ID Equal, TIC back to the search, Read Data: one segment of four CCWs
        memory.ccws(BASE, new Ccw(0x07, CC, 6, 0x10_2000), new Ccw(0x31, CC, 5, 0x10_2008), Ccw.tic(BASE + 8),
                new Ccw(0x06, 0, 4096, 0x10_3000));
        TranslatedProgram p = translate(orbAt(BASE)).program();
        assertEquals(1, p.segments().size());
        assertEquals(4, p.segments().get(0).length());
        assertEquals(new TicTarget(0, 8), p.segments().get(0).ccws().get(2).ticTarget());
    }

    @Test
    void ticToTheTicItselfCountsAsInside() {
        memory.ccws(BASE, new Ccw(0x03, CC, 0, 0), Ccw.tic(BASE + 8), new Ccw(0x03, 0, 0, 0));
        assertEquals(3, translate(orbAt(BASE)).program().segments().get(0).length());
    }

    @Test
    void ticOutsideStartsANewSegmentAndBackwardTicsReuseKnownOnes() {
        memory.ccws(BASE, new Ccw(0x02, CC, 16, 0x10_8000), Ccw.tic(BASE + 0x1000));
        memory.ccws(BASE + 0x1000, new Ccw(0x03, CC, 0, 0), Ccw.tic(BASE + 8));
        TranslatedProgram p = translate(orbAt(BASE)).program();
        assertEquals(2, p.segments().size());
        assertEquals(BASE + 0x1000, p.segments().get(1).guestHead());
        assertEquals(new TicTarget(1, 0), p.segments().get(0).ccws().get(1).ticTarget());
        assertEquals(new TicTarget(0, 8), p.segments().get(1).ccws().get(1).ticTarget());
        assertEquals(4, p.ccwCount());
    }

    @Test
    void segmentsAreBuiltDepthFirstLikeTheKernelsRecursion() {
        // A: TIC(CC) to B, TIC to C; B: TIC to D. Kernel order: A, B, D, C.
        long a = BASE;
        long b = BASE + 0x1000;
        long c = BASE + 0x2000;
        long d = BASE + 0x3000;
        memory.ccws(a, Ccw.tic(b).withFlags(CC), Ccw.tic(c));
        memory.ccws(b, Ccw.tic(d));
        memory.ccws(c, new Ccw(0x03, 0, 0, 0));
        memory.ccws(d, new Ccw(0x03, 0, 0, 0));
        List<Long> heads = translate(orbAt(a)).program().segments().stream().map(Segment::guestHead).toList();
        assertEquals(List.of(a, b, d, c), heads);
    }

    @Test
    void format0ProgramIsConvertedWithTicNormalised() {
        memory.write(BASE, bytes("02 10 20 00 40 00 00 10"));
        memory.write(BASE + 8, bytes("18 10 30 00 FF 00 12 34"));
        memory.write(BASE + 0x3000, bytes("01 10 40 00 00 00 00 08"));
        TranslatedProgram p = translate(orbAt(BASE).withFlag(OrbFlag.FORMAT1, false)).program();
        assertEquals(2, p.segments().size());
        assertEquals(new Ccw(0x02, CC, 16, 0x10_2000), p.segments().get(0).ccws().get(0).ccw());
        assertEquals(Ccw.tic(0x10_3000), p.segments().get(0).ccws().get(1).ccw());
        assertEquals(0x10_3000, p.segments().get(1).guestHead());
        assertEquals(new Ccw(0x01, 0, 8, 0x10_4000), p.segments().get(1).ccws().get(0).ccw());
    }

    @Test
    void format1TicWithHighNibbleIsNotATic() {
        memory.ccws(BASE, new Ccw(0x18, 0, 0, 0x20_0000));
        TranslatedProgram p = translate(orbAt(BASE)).program();
        assertEquals(1, p.segments().size());
        assertNull(p.segments().get(0).ccws().get(0).ticTarget());
    }

    @Test
    void unmappedSegmentStartIsEinval() {
        CpError e = translate(orbAt(0x20_0000)).error();
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals(CpError.ORB, e.ccwIova());
        assertEquals(0x20_0000, e.faultIova());
    }

    @Test
    void partiallyMappedTwoKibAfterTheStartIsEinvalEvenForAShortProgram() {
        long start = BASE + 0x1_0000 - 1024;
        memory.ccws(start, new Ccw(0x03, 0, 0, 0));
        assertEquals(Errno.EINVAL, translate(orbAt(start)).error().errno());
    }

    @Test
    void ticToUnmappedMemoryNamesTheTic() {
        memory.ccws(BASE, new Ccw(0x03, CC, 0, 0), Ccw.tic(0x40_0000));
        CpError e = translate(orbAt(BASE)).error();
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals(BASE + 8, e.ccwIova());
        assertEquals(0x40_0000, e.faultIova());
    }

    @Test
    void transportModeAndPrefetchPerProfile() {
        memory.ccws(BASE, new Ccw(0x03, 0, 0, 0));
        Orb tm = orbAt(BASE).withFlag(OrbFlag.TRANSPORT_MODE, true);
        Orb noPrefetch = orbAt(BASE).withFlag(OrbFlag.PREFETCH, false);
        for (TranslationProfile profile : List.of(TranslationProfile.LINUX_5_2, TranslationProfile.LINUX_5_8,
                TranslationProfile.MAINLINE)) {
            CpError e = ChannelProgramTranslator.translate(tm, memory, profile).error();
            assertEquals(Errno.EOPNOTSUPP, e.errno());
            assertEquals(CpError.ORB, e.ccwIova());
        }
        assertEquals(Errno.EOPNOTSUPP,
                ChannelProgramTranslator.translate(noPrefetch, memory, TranslationProfile.LINUX_5_2).error().errno());
        assertTrue(ChannelProgramTranslator.translate(noPrefetch, memory, TranslationProfile.LINUX_5_8).isTranslated());
        assertTrue(ChannelProgramTranslator.translate(noPrefetch, memory, TranslationProfile.MAINLINE).isTranslated());
    }

    @Test
    void kernelVersionsMapToProfiles() {
        assertEquals(TranslationProfile.LINUX_5_2, TranslationProfile.forKernel(5, 7));
        assertEquals(TranslationProfile.LINUX_5_8, TranslationProfile.forKernel(5, 8));
        assertEquals(TranslationProfile.LINUX_5_8, TranslationProfile.forKernel(6, 2));
        assertEquals(TranslationProfile.MAINLINE, TranslationProfile.forKernel(6, 3));
        assertEquals(TranslationProfile.MAINLINE, TranslationProfile.forKernel(7, 0));
    }

    private static byte[] bytes(String hex) {
        return dev.ccwconsole.abi.Hex.parse(hex);
    }
}
