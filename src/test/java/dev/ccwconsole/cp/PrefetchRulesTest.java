package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.abi.channel.Idal;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IDA formats per profile, the IDAW count, the "moves no data" rule and pinning (spec §6.1 step 4). */
class PrefetchRulesTest {

    static final long BASE = 0x10_0000;
    static final int IDA = CcwFlag.IDA.mask();
    static final int SKIP = CcwFlag.SKIP.mask();

    final FakeGuestMemory memory = new FakeGuestMemory(BASE, 0x1_0000);

    static Orb orb(IdawFormat format) {
        return Orb.builder().flags(OrbFlag.FORMAT1.mask() | OrbFlag.PREFETCH.mask() | format.orbFlags())
                .channelProgramAddress((int) BASE).build();
    }

    TranslationResult translate(Orb orb, TranslationProfile profile) {
        return ChannelProgramTranslator.translate(orb, memory, profile);
    }

    @Test
    void idaFormatsBefore63AreRejectedWhileCounting() {
        memory.ccws(BASE, new Ccw(0x03, CcwFlag.CC.mask(), 0, 0), new Ccw(0x02, IDA, 8, BASE + 0x800));
        memory.write(BASE + 0x800, new Idal(IdawFormat.FORMAT2_4K, List.of(BASE + 0x1000)).encode());
        for (TranslationProfile old : List.of(TranslationProfile.LINUX_5_2, TranslationProfile.LINUX_5_8)) {
            for (IdawFormat legacy : List.of(IdawFormat.FORMAT1_2K, IdawFormat.FORMAT2_2K)) {
                CpError e = translate(orb(legacy), old).error();
                assertEquals(Errno.EOPNOTSUPP, e.errno(), old.name() + " " + legacy);
                assertEquals(BASE + 8, e.ccwIova());
            }
            assertTrue(translate(orb(IdawFormat.FORMAT2_4K), old).isTranslated());
        }
        assertTrue(translate(orb(IdawFormat.FORMAT2_2K), TranslationProfile.MAINLINE).isTranslated());
    }

    @Test
    void directAddressingIsFineWithAnyOrbIdawFormatBefore63() {
        memory.ccws(BASE, new Ccw(0x02, 0, 8, BASE + 0x1000));
        assertTrue(translate(orb(IdawFormat.FORMAT1_2K), TranslationProfile.LINUX_5_2).isTranslated());
    }

    @Test
    void format1IdalIsReadWithTheCountRule() {
        // first IDAW 0x107F00, count 0x300 in 2K blocks: ⌈(0x700 + 0x300) / 0x800⌉ = 2 IDAWs
        memory.ccws(BASE, new Ccw(0x02, IDA, 0x300, BASE + 0x800));
        memory.write(BASE + 0x800, new Idal(IdawFormat.FORMAT1_2K, List.of(0x10_7F00L, 0x10_9000L, 0x7FFF_0000L))
                .encode());
        TranslatedCcw ccw = translate(orb(IdawFormat.FORMAT1_2K), TranslationProfile.MAINLINE).program().segments()
                .get(0).ccws().get(0);
        assertEquals(List.of(0x10_7F00L, 0x10_9000L), ccw.idal().addresses());
        assertEquals(List.of(new IovaRange(0x10_7F00, 0x100), new IovaRange(0x10_9000, 0x200)), ccw.dataAreas());
    }

    @Test
    void fabricatedIdalSplitsAtBlockBoundariesButDataStaysContiguous() {
        memory.ccws(BASE, new Ccw(0x01, 0, 0x1800, BASE + 0x1F00));
        TranslatedCcw ccw = translate(orb(IdawFormat.FORMAT2_4K), TranslationProfile.MAINLINE).program().segments()
                .get(0).ccws().get(0);
        assertEquals(List.of(BASE + 0x1F00, BASE + 0x2000, BASE + 0x3000), ccw.idal().addresses());
        assertEquals(List.of(new IovaRange(BASE + 0x1F00, 0x1800)), ccw.dataAreas());
    }

    @Test
    void countZeroStillReadsOneIdaw() {
        memory.ccws(BASE, new Ccw(0x02, IDA, 0, 0x30_0000));
        CpError e = translate(orb(IdawFormat.FORMAT2_4K), TranslationProfile.MAINLINE).error();
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals(0x30_0000, e.faultIova());
    }

    @Test
    void ccwsThatMoveNoDataPinNothing() {
        long unmapped = 0x50_0000;
        memory.ccws(BASE, new Ccw(0x02, CcwFlag.CC.mask(), 0, unmapped), new Ccw(0x03, CcwFlag.CC.mask(), 8, unmapped),
                new Ccw(0x02, SKIP | CcwFlag.CC.mask(), 8, unmapped), new Ccw(0x0C, SKIP | CcwFlag.CC.mask(), 8, unmapped),
                new Ccw(0xE4, SKIP, 8, unmapped));
        TranslatedProgram p = translate(orb(IdawFormat.FORMAT2_4K), TranslationProfile.MAINLINE).program();
        assertFalse(p.needsPinning());
        p.segments().get(0).ccws().forEach(c -> assertFalse(c.movesData(), c.ccw().describe()));
        assertEquals(List.of(), p.segments().get(0).ccws().get(0).dataAreas());
        assertEquals(List.of(new IovaRange(unmapped, 8)), p.segments().get(0).ccws().get(2).dataAreas());
    }

    @Test
    void skipOnAWriteStillPins() {
        memory.ccws(BASE, new Ccw(0x01, SKIP, 8, 0x50_0000));
        CpError e = translate(orb(IdawFormat.FORMAT2_4K), TranslationProfile.MAINLINE).error();
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals(BASE, e.ccwIova());
        assertEquals(0x50_0000, e.faultIova());
    }

    @Test
    void pinningAReadOnlyPageIsEperm() {
        memory.readOnly(BASE + 0x2000).ccws(BASE, new Ccw(0x02, 0, 8, BASE + 0x2010));
        CpError e = translate(orb(IdawFormat.FORMAT2_4K), TranslationProfile.MAINLINE).error();
        assertEquals(Errno.EPERM, e.errno());
        assertEquals(BASE + 0x2000, e.faultIova());
    }

    @Test
    void backTranslationCoversTheSegmentAndOneCcwPastItsEnd() {
        memory.ccws(BASE, new Ccw(0x03, CcwFlag.CC.mask(), 0, 0), Ccw.tic(BASE + 0x1000));
        memory.ccws(BASE + 0x1000, new Ccw(0x03, 0, 0, 0));
        TranslatedProgram p = translate(orb(IdawFormat.FORMAT2_4K), TranslationProfile.MAINLINE).program();
        List<Long> host = List.of(0x7000_0000L, 0x7100_0000L);
        assertEquals(BASE, p.toGuestCcwAddress(0x7000_0000L, host));
        assertEquals(BASE + 8, p.toGuestCcwAddress(0x7000_0008L, host));
        assertEquals(BASE + 16, p.toGuestCcwAddress(0x7000_0010L, host), "one past the end");
        assertEquals(0x7000_0018L, p.toGuestCcwAddress(0x7000_0018L, host), "two past the end is untouched");
        assertEquals(BASE + 0x1008, p.toGuestCcwAddress(0x7100_0008L, host));
        assertEquals(0x1234L, p.toGuestCcwAddress(0x1234L, host));
    }
}
