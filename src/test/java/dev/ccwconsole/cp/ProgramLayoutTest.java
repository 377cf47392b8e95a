package dev.ccwconsole.cp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.abi.channel.Idal;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramLayoutTest {

    static final long BASE = 0x10_0000;
    static final MemoryWindow WINDOW = new MemoryWindow(BASE, 0x1_0000);
    static final int SLI = CcwFlag.SLI.mask();
    static final int CC = CcwFlag.CC.mask();
    static final int IDA = CcwFlag.IDA.mask();

    @Test
    void senseIdLayoutMatchesTheWorkedExample() {
        LaidOutProgram p = ProgramLayout.layout(List.of(ProgramCcw.read(0xE4, SLI, 256)),
                Orb.builder().intparm(0xCAFEF00D).build(), WINDOW);
        assertEquals(1, p.writes().size());
        assertEquals(BASE, p.writes().get(0).iova());
        assertArrayEquals(Hex.parse("E4 20 01 00 00 10 10 00"), p.writes().get(0).bytes());
        assertArrayEquals(Hex.parse("CA FE F0 0D 00 C0 FF 00 00 10 00 00"), p.orb().encode());
        assertEquals(List.of(new ReadBack(0, 0x10_1000, 256)), p.reads());
        assertEquals(List.of(BASE), p.ccwIovas());
    }

    @Test
    void outputDataTicAndReadsArePlacedAndTranslateBack() {
        List<ProgramCcw> program = List.of(
                ProgramCcw.output(0x01, CC, Hex.parse("c1c2c3c4")),
                ProgramCcw.read(0x02, CC, 10),
                ProgramCcw.noData(0x03, CC),
                ProgramCcw.tic(0));
        LaidOutProgram p = ProgramLayout.layout(program, Orb.builder().build(), WINDOW);
        FakeGuestMemory memory = memoryWith(p);
        assertArrayEquals(Hex.parse("c1c2c3c4"), memory.slice(0x10_1000, 4));
        assertEquals(List.of(new ReadBack(1, 0x10_1008, 10)), p.reads());
        assertEquals(Ccw.tic(BASE), Ccw.decodeFormat1(memory.slice(BASE + 24, 8)));
        TranslatedProgram t = ChannelProgramTranslator.translate(p.orb(), memory, TranslationProfile.MAINLINE).program();
        List<TranslatedCcw> ccws = t.segments().get(0).ccws();
        assertEquals(List.of(new IovaRange(0x10_1000, 4)), ccws.get(0).dataAreas());
        assertEquals(List.of(new IovaRange(0x10_1008, 10)), ccws.get(1).dataAreas());
        assertEquals(new TicTarget(0, 0), ccws.get(3).ticTarget());
        assertEquals(2, p.ccwIndexAt(BASE + 16));
        assertEquals(-1, p.ccwIndexAt(BASE + 4));
    }

    @Test
    void idaBuildsFormat2IdalsAndSelectsThemInTheOrb() {
        byte[] data = new byte[5000];
        data[4999] = 0x5A;
        LaidOutProgram p = ProgramLayout.layout(List.of(ProgramCcw.output(0x01, IDA, data)), Orb.builder().build(),
                WINDOW);
        assertTrue(p.orb().has(OrbFlag.FORMAT2_IDAW));
        assertEquals(IdawFormat.FORMAT2_4K, p.orb().idawFormat());
        FakeGuestMemory memory = memoryWith(p);
        Ccw ccw = Ccw.decodeFormat1(memory.slice(BASE, 8));
        assertEquals(IDA, ccw.flags());
        Idal idal = Idal.decode(IdawFormat.FORMAT2_4K, memory.slice(ccw.dataAddress(), 16));
        assertEquals(List.of(0x10_1000L, 0x10_2000L), idal.addresses());
        TranslatedCcw t = ChannelProgramTranslator.translate(p.orb(), memory, TranslationProfile.LINUX_5_8).program()
                .segments().get(0).ccws().get(0);
        assertEquals(List.of(new IovaRange(0x10_1000, 5000)), t.dataAreas());
    }

    @Test
    void anExplicitIdawFormatIsHonoured() {
        Orb twoK = Orb.builder().flag(OrbFlag.FORMAT2_IDAW, true).flag(OrbFlag.IDAW_2K, true).build();
        LaidOutProgram p = ProgramLayout.layout(List.of(ProgramCcw.read(0x02, IDA, 3000)), twoK, WINDOW);
        assertEquals(IdawFormat.FORMAT2_2K, p.orb().idawFormat());
        LaidOutProgram f1 = ProgramLayout.layout(List.of(ProgramCcw.read(0x02, IDA, 3000)), Orb.builder().build(),
                WINDOW, IdawFormat.FORMAT1_2K);
        assertEquals(IdawFormat.FORMAT1_2K, f1.orb().idawFormat());
        assertEquals(8, f1.writes().get(1).bytes().length, "two 4-byte IDAWs");
    }

    @Test
    void format0Layout() {
        Orb orb = Orb.builder().flag(OrbFlag.FORMAT1, false).build();
        LaidOutProgram p = ProgramLayout.layout(List.of(ProgramCcw.read(0x02, 0, 8)), orb, WINDOW);
        assertArrayEquals(Hex.parse("02 10 10 00 00 00 00 08"), p.writes().get(0).bytes());
        InvalidProgramException e = assertThrows(InvalidProgramException.class,
                () -> ProgramLayout.layout(List.of(ProgramCcw.read(0x02, 0, 8)), orb, new MemoryWindow(0xFF_F000, 0x2000)));
        assertEquals("window", e.field());
    }

    @Test
    void invalidProgramsNameTheCcwAndField() {
        Orb orb = Orb.builder().build();
        assertInvalid(0, "data", List.of(new ProgramCcw(0x01, 0, 5, new ProgramCcw.Output(new byte[4]))), orb, WINDOW);
        assertInvalid(1, "tic", List.of(ProgramCcw.noData(0x03, CC), ProgramCcw.tic(2)), orb, WINDOW);
        assertInvalid(0, "tic", List.of(ProgramCcw.tic(-1)), orb, WINDOW);
        assertInvalid(0, "count", List.of(new ProgramCcw(0x02, 0, 65536, new ProgramCcw.Read())), orb, WINDOW);
        assertInvalid(0, "count", List.of(new ProgramCcw(0x03, 0, 4, new ProgramCcw.None())), orb, WINDOW);
        assertInvalid(0, "cmd", List.of(new ProgramCcw(0x08, 0, 4, new ProgramCcw.Read())), orb, WINDOW);
        assertInvalid(0, "cmd", List.of(new ProgramCcw(0x02, 0, 0, new ProgramCcw.Tic(0))), orb, WINDOW);
        assertInvalid(0, "cmd", List.of(new ProgramCcw(0x100, 0, 0, new ProgramCcw.None())), orb, WINDOW);
        assertInvalid(0, "flags", List.of(new ProgramCcw(0x03, 0x100, 0, new ProgramCcw.None())), orb, WINDOW);
        assertInvalid(0, "payload", List.of(new ProgramCcw(0x03, 0, 0, null)), orb, WINDOW);
        assertInvalid(InvalidProgramException.PROGRAM, "program", List.of(), orb, WINDOW);
        assertInvalid(InvalidProgramException.PROGRAM, "window", List.of(ProgramCcw.noData(0x03, 0)), orb,
                new MemoryWindow(0x7FFF_F000L, 0x2000));
    }

    @Test
    void windowMustHoldTheDataAndTwoKibAfterEachSegmentStart() {
        Orb orb = Orb.builder().build();
        InvalidProgramException e = assertInvalid(InvalidProgramException.PROGRAM, "window",
                List.of(ProgramCcw.read(0x02, 0, 0x2000)), orb, new MemoryWindow(BASE, 0x2000));
        assertTrue(e.reason().contains("0x3000"), e.reason());
        assertInvalid(InvalidProgramException.PROGRAM, "window", List.of(ProgramCcw.noData(0x03, 0)), orb,
                new MemoryWindow(BASE, 2047));
        ProgramLayout.layout(List.of(ProgramCcw.noData(0x03, 0)), orb, new MemoryWindow(BASE, 0x1000));
    }

    private static FakeGuestMemory memoryWith(LaidOutProgram program) {
        FakeGuestMemory memory = new FakeGuestMemory(BASE, 0x1_0000);
        program.writes().forEach(w -> memory.write(w.iova(), w.bytes()));
        return memory;
    }

    private static InvalidProgramException assertInvalid(int index, String field, List<ProgramCcw> program, Orb orb,
            MemoryWindow window) {
        InvalidProgramException e = assertThrows(InvalidProgramException.class,
                () -> ProgramLayout.layout(program, orb, window));
        assertEquals(index, e.ccwIndex(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }
}
