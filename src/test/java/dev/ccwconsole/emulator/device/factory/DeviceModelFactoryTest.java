package dev.ccwconsole.emulator.device.factory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.emulator.dasd.Dasd3390;
import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceModel;
import dev.ccwconsole.emulator.tape.Tape3490;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topology lines become the right device models with the right options. */
class DeviceModelFactoryTest {

    private final DeviceModelFactory factory = new DeviceModelFactory();

    @Test
    void aDasdLineGivesModelControllerVolserAndImage(@TempDir Path dir) {
        Path image = dir.resolve("lnx001.ckd");
        try (DeviceModel model = factory.create("3390-9 volser=LNX001 image=" + image + " ua=2a")) {
            Dasd3390 dasd = (Dasd3390) model;
            assertEquals("3990/e9", dasd.identity().cuTypeString());
            assertEquals("3390/0c", dasd.identity().devTypeString());
            assertEquals("LNX001", dasd.volser());
            assertEquals(0x2A, dasd.config().unitAddress());
            assertTrue(Files.exists(image));
        }
        try (DeviceModel model = factory.create("3390-9 cu=3990-3")) {
            assertEquals("3990/ec", model.identity().cuTypeString());
        }
    }

    @Test
    void tapeAndDisplayLines() {
        try (DeviceModel tape = factory.create("3490 capacity=1000 protected")) {
            assertEquals("3490/50", tape.identity().cuTypeString());
            byte[] sense = ChannelProgram.start(tape).read(0x04, 32).input();
            assertEquals(0x0A, sense[1], "file protected and at load point");
            assertTrue(tape instanceof Tape3490);
        }
        try (DeviceModel display = factory.create("3270")) {
            assertEquals("3274/1d", display.identity().cuTypeString());
            assertEquals("3278/02", display.identity().devTypeString());
        }
    }

    @Test
    void specsRoundTripAndTyposAreRejected() {
        assertEquals("3490 image=/t protected", DeviceSpec.parse("  3490   image=/t protected ").toString());
        assertThrows(IllegalArgumentException.class, () -> factory.create("3390-4"));
        assertThrows(IllegalArgumentException.class, () -> factory.create("3390-9 volsr=X"));
        assertThrows(IllegalArgumentException.class, () -> factory.create("3390-9 volser=toolong1"));
        assertThrows(IllegalArgumentException.class, () -> factory.create("3270 image=/x"));
        assertThrows(IllegalArgumentException.class, () -> factory.create("2540"));
        assertThrows(IllegalArgumentException.class, () -> DeviceSpec.parse("3490 image=a image=b"));
    }
}
