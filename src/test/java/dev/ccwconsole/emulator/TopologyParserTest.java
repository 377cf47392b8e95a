package dev.ccwconsole.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopologyParserTest {

    static String demoText() throws IOException {
        try (InputStream in = TopologyParser.class.getResourceAsStream("demo-topology.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void demoTopologyHasWhatTheIssueAsksFor() throws IOException {
        Topology t = TopologyParser.parse(demoText());
        assertEquals(4, t.channelPaths().size());
        List<Topology.SubchannelSpec> withMdev = t.subchannels().stream().filter(s -> s.mdev().isPresent()).toList();
        assertTrue(withMdev.size() >= 8, "at least 8 subchannels with an mdev");
        assertEquals(4, withMdev.stream().filter(s -> s.device().startsWith("3390")).count());
        assertTrue(withMdev.stream().anyMatch(s -> s.device().equals("3390-3")));
        assertTrue(withMdev.stream().anyMatch(s -> s.device().equals("3390-9")));
        assertEquals(2, withMdev.stream().filter(s -> s.device().equals("3490")).count());
        assertEquals(2, withMdev.stream().filter(s -> s.device().equals("3270")).count());
        assertTrue(withMdev.stream().anyMatch(s -> s.chpids().size() == 2), "some devices on two paths");
    }

    @Test
    void parsesOptionsAndDefaults() {
        Topology t = TopologyParser.parse("""
                chpid 1a
                subchannel 0.0.0200 devno=4711 device=3390-3 chpids=1a volser=ABC123   # comment
                """);
        Topology.SubchannelSpec s = t.subchannels().get(0);
        assertEquals(0x200, s.schno());
        assertEquals(0x4711, s.devno());
        assertEquals("vfio_ccw", s.driver());
        assertEquals(Map.of("volser", "ABC123"), s.options());
        assertEquals(0x1a, t.channelPaths().get(0).type(), "default type");
    }

    @Test
    void errorsNameTheLineAndTheWord() {
        assertMessage("chpid 10\nsubchannel 0.0.0100 devno=1 device=3390-3 chpids=11", "line 2, '11': CHPID not declared");
        assertMessage("chpid 10\nchpid 10", "line 2, '10': CHPID declared twice");
        assertMessage("chpid 10\nsubchannel 0.0.01 devno=1 device=x chpids=10", "line 2, '0.0.01'");
        assertMessage("chpid 10\nsubchannel 0.0.0100 device=x chpids=10", "missing devno=");
        assertMessage("chpid 10\nsubchannel 0.0.0100 devno=1 device=x chpids=10 mdev=nope", "'nope': not a UUID");
        assertMessage("chpid 10\nsubchannel 0.0.0100 devno=1 device=x chpids=10 driver=io_subchannel mdev="
                + UUID.randomUUID(), "an mdev needs driver=vfio_ccw");
        assertMessage("chpid 10\nsubchannel 0.0.0100 devno=1 device=x chpids=10\nsubchannel 0.0.0101 devno=1 device=x chpids=10",
                "line 3, 'devno': device number 0001 used twice");
        assertMessage("bogus", "line 1, 'bogus'");
    }

    private static void assertMessage(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopologyParser.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
