package dev.ccwconsole.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccwconsole.testing.SseClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged ccw-console in native mode on a real vfio_ccw kernel (s390x guest under QEMU), checked from this host
 * over its REST API (a forwarded loopback port, see src/site/markdown/s390x-guest.md). Run by {@code ./mvnw verify -Ps390x-guest}, which boots the guest first (src/test/s390x).
 *
 * <p>The guest's devices (guest.sh): virtio-rng 0.0.0002 and the 3270 0.0.000a on vfio_ccw with an mdev each,
 * virtio-blk 0.0.0003 on vfio_ccw without one (these checks create and remove it), virtio-net 0.0.0004 and the 9p
 * shares left to the guest's own drivers. The order matters: the last checks remove what the first ones used.
 */
@ExtendWith(PassFailLines.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S390xGuestIT {

    private static final String RNG = "0.0.0002";
    private static final String BLK = "0.0.0003";
    private static final String NET = "0.0.0004";
    private static final String T3270 = "0.0.000a";
    private static final UUID BLK_MDEV = UUID.fromString("ccc0c0de-0000-4000-8000-0000000b1003");
    private static final long INTERRUPT_WAIT_MS = 60_000;

    private static final Path GUEST_ENV = Path.of(System.getProperty("ccw.guest.env", "target/s390x-guest/guest.env"));
    /** The guest's console: the kernel, init and the console's own log (guest.sh writes it beside guest.env). */
    private static final Path GUEST_LOG = GUEST_ENV.resolveSibling("guest.log");

    private static GuestApi api;

    @BeforeAll
    static void connect() throws Exception {
        api = GuestApi.fromEnvFile(GUEST_ENV);
    }

    @Test
    @Order(1)
    @DisplayName("the console runs the native backend and demands credentials")
    void nativeBackend() throws Exception {
        GuestApi.Reply system = api.get("/api/v1/system");
        assertEquals(200, system.status(), system.text());
        assertEquals("native", system.get("backend").asText(), system.text());
        assertEquals(401, api.getAnonymously("/api/v1/subchannels").status(), "anonymous read in native mode");
    }

    @Test
    @Order(2)
    @DisplayName("inventory: vfio_ccw subchannels with their mdevs, device numbers and CU types")
    void inventory() throws Exception {
        JsonNode rng = subchannelByBusId(RNG);
        assertEquals("vfio_ccw", rng.path("driver").asText(), rng.toString());
        assertEquals("0002", rng.path("devno").asText());
        assertEquals(List.of(mdevOf(RNG).toString()), texts(rng.path("mdevs")));
        assertEquals("3832/04", rng.path("cuType").asText(), "virtio-rng's control unit: " + rng);
        assertFalse(rng.path("fsmAuthoritative").asBoolean(true), "the native FSM state is inferred");

        JsonNode terminal = subchannelByBusId(T3270);
        assertEquals("vfio_ccw", terminal.path("driver").asText(), terminal.toString());
        assertEquals(List.of(mdevOf(T3270).toString()), texts(terminal.path("mdevs")));
        assertTrue(terminal.path("cuType").asText().startsWith("3270/"), "3270 control unit: " + terminal);

        JsonNode blk = subchannelByBusId(BLK);
        assertEquals("vfio_ccw", blk.path("driver").asText(), blk.toString());
        assertEquals(0, blk.path("mdevs").size(), "virtio-blk has no mdev yet: " + blk);

        JsonNode net = subchannelByBusId(NET);
        assertEquals("io_subchannel", net.path("driver").asText(), net.toString());
        assertEquals("3832/01", net.path("cuType").asText(), "virtio-net, read from sysfs: " + net);
        for (JsonNode s : List.of(rng, terminal, blk, net)) {
            assertTrue(s.path("schid").asText().matches("0\\.0\\.[0-9a-f]{4}"), s.toString());
            assertEquals("80", s.path("pim").asText(), "one emulated channel path: " + s);
        }
    }

    @Test
    @Order(3)
    @DisplayName("region table: io region and the async, schib and crw regions with their capability chains")
    void regions() throws Exception {
        GuestApi.Reply reply = api.get("/api/v1/subchannels/" + schidOf(RNG) + "/regions");
        assertEquals(200, reply.status(), reply.text());
        JsonNode regions = reply.json();
        assertEquals(4, regions.size(), reply.text());
        JsonNode io = regions.get(0);
        assertEquals(124, io.path("size").asLong(), io.toString());
        assertEquals(0, io.path("capabilities").size(), io.toString());
        assertFalse(texts(io.path("flags")).contains("CAPS"), io.toString());
        List<String> subtypes = new ArrayList<>();
        for (int i = 1; i < 4; i++) {
            JsonNode region = regions.get(i);
            assertTrue(texts(region.path("flags")).contains("CAPS"), region.toString());
            JsonNode cap = region.path("capabilities").get(0);
            assertNotNull(cap, region.toString());
            assertEquals(2, cap.path("type").asInt(), "VFIO_REGION_TYPE_CCW: " + region);
            subtypes.add(cap.path("subtype").asInt() + ":" + region.path("size").asLong());
            // 32-byte vfio_region_info + 16-byte type capability, fetched with the argsz retry
            assertEquals(48 * 2, region.path("rawInfo").asText().length(), region.toString());
            assertEquals(2, region.path("queries").asInt(), "argsz retry: " + region);
        }
        assertEquals(List.of("1:8", "2:52", "3:8"), subtypes, "async 8 bytes, schib 52, crw 8");
    }

    @Test
    @Order(4)
    @DisplayName("SENSE ID through execute: ff 3832 04 for virtio-rng")
    void senseIdVirtio() throws Exception {
        JsonNode result = execute(RNG, senseId());
        assertTrue(dstat(result).containsAll(List.of("CE", "DE")), result.toString());
        assertTrue(readData(result).startsWith("ff383204"), "SENSE ID data: " + result);
    }

    @Test
    @Order(5)
    @DisplayName("SENSE ID through execute: the 3270's identity")
    void senseId3270() throws Exception {
        JsonNode result = execute(T3270, senseId());
        assertTrue(dstat(result).containsAll(List.of("CE", "DE")), result.toString());
        assertTrue(readData(result).startsWith("ff3270"), "SENSE ID data: " + result);
    }

    @Test
    @Order(6)
    @DisplayName("unknown command 0x99: unit check with command-reject sense")
    void commandReject() throws Exception {
        JsonNode result = execute(RNG, Map.of("program",
                List.of(Map.of("cmd", "99", "flags", List.of("SLI"), "count", 32, "read", true))));
        assertTrue(dstat(result).contains("UC"), result.toString());
        String sense = result.path("irb").path("sense").asText("");
        assertTrue(sense.startsWith("80"), "sense byte 0 = command reject: " + result);
    }

    @Test
    @Order(7)
    @DisplayName("CLEAR SUBCHANNEL through the async region completes with the clear function")
    void clear() throws Exception {
        JsonNode irq = asyncCommand(RNG, "csch");
        assertEquals(List.of("CLEAR"), texts(irq.path("irb").path("scsw").path("fctl")), irq.toString());
        assertTrue(texts(irq.path("irb").path("scsw").path("stctl")).contains("STATUS_PENDING"), irq.toString());
    }

    @Test
    @Order(8)
    @DisplayName("HALT SUBCHANNEL through the async region completes with the halt function")
    void halt() throws Exception {
        JsonNode irq = asyncCommand(RNG, "hsch");
        assertEquals(List.of("HALT"), texts(irq.path("irb").path("scsw").path("fctl")), irq.toString());
        assertTrue(texts(irq.path("irb").path("scsw").path("stctl")).contains("STATUS_PENDING"), irq.toString());
    }

    @Test
    @Order(9)
    @DisplayName("SCHIB region reads back a live STORE SUBCHANNEL")
    void schib() throws Exception {
        GuestApi.Reply reply = api.get("/api/v1/subchannels/" + schidOf(RNG) + "/schib");
        assertEquals(200, reply.status(), reply.text());
        assertEquals(52 * 2, reply.get("raw").asText().length(), reply.text());
        JsonNode pmcw = reply.get("pmcw");
        assertEquals("0002", pmcw.path("devno").asText(), reply.text());
        assertEquals("80", pmcw.path("pim").asText(), reply.text());
        assertTrue(texts(pmcw.path("flags")).containsAll(List.of("E", "V")), "enabled, device number valid: " + reply.text());
    }

    @Test
    @Order(10)
    @DisplayName("the inferred FSM follows the kernel's table: IDLE -IO_REQ-> CP_PENDING -INTERRUPT-> IDLE, marked inferred")
    void inferredFsm() throws Exception {
        execute(RNG, senseId());
        GuestApi.Reply fsm = api.get("/api/v1/subchannels/" + schidOf(RNG) + "/fsm");
        assertEquals(200, fsm.status(), fsm.text());
        assertFalse(fsm.get("authoritative").asBoolean(true), fsm.text());
        assertEquals("IDLE", fsm.get("state").asText(), fsm.text());
        List<String> path = new ArrayList<>();
        for (JsonNode t : fsm.get("history")) {
            path.add(t.path("from").asText() + " -" + t.path("event").asText() + "-> " + t.path("to").asText());
        }
        // the pwrite passes through CP_PROCESSING inside the kernel; one event, one recorded transition, as the
        // kernel's own vfio_ccw_fsm_event trace shows it
        int start = path.lastIndexOf("IDLE -IO_REQ-> CP_PENDING");
        assertTrue(start >= 0 && path.subList(start, path.size()).contains("CP_PENDING -INTERRUPT-> IDLE"),
                "history: " + path);
    }

    @Test
    @Order(11)
    @DisplayName("mdev create and remove through the API, also while the console holds it open")
    void mdevLifecycle() throws Exception {
        createBlkMdev();
        JsonNode identity = execute(BLK, senseId());
        assertTrue(readData(identity).startsWith("ff383202"), "virtio-blk SENSE ID: " + identity);
        assertTrue(subchannelByBusId(BLK).path("open").asBoolean(), "the console holds the mdev open");
        GuestApi.Reply removed = api.delete("/api/v1/mdevs/" + BLK_MDEV);
        assertEquals(204, removed.status(), "the console lets go before the kernel's remove: " + removed.text());
        assertFalse(mdevUuids().contains(BLK_MDEV.toString()), "still listed after DELETE");
        assertEquals(0, subchannelByBusId(BLK).path("mdevs").size());
    }

    @Test
    @Order(12)
    @DisplayName("an mdev removed behind the console's back fires REQ and the console releases it")
    void removalRequest() throws Exception {
        createBlkMdev();
        execute(BLK, senseId());
        assertTrue(subchannelByBusId(BLK).path("open").asBoolean(), "the console holds the mdev open");
        try (SseClient events = api.events("?types=req&schid=" + schidOf(BLK))) {
            assertEquals("removing " + BLK_MDEV, api.removeMdevAsOperator(BLK_MDEV.toString()));
            JsonNode req = awaitEvent(events, "req", e -> true);
            assertEquals(BLK_MDEV.toString(), req.path("mdev").asText(), req.toString());
        }
        long deadline = System.currentTimeMillis() + INTERRUPT_WAIT_MS;
        while (mdevUuids().contains(BLK_MDEV.toString()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertFalse(mdevUuids().contains(BLK_MDEV.toString()), "the kernel's remove did not complete");
        assertFalse(subchannelByBusId(BLK).path("open").asBoolean(true), "released");
    }

    @Test
    @Order(13)
    @DisplayName("the device cdev + iommufd path: restarted with ccw.native.vfio-access=cdev, SENSE ID through it")
    void cdevAndIommufd() throws Exception {
        assertEquals("restarting with cdev", api.restartConsole("cdev", Duration.ofMinutes(5)));
        String reason = api.get("/api/v1/system").get("reason").asText();
        assertTrue(reason.contains("device cdev"), "backend reason: " + reason);
        JsonNode result = execute(RNG, senseId());
        assertTrue(readData(result).startsWith("ff383204"), "SENSE ID data through iommufd DMA: " + result);
        String opened = "mdev " + mdevOf(RNG) + " of ";
        List<String> lines = Files.readAllLines(GUEST_LOG).stream()
                .filter(l -> l.contains(opened) && l.contains("opened:")).toList();
        assertFalse(lines.isEmpty(), "no open of " + mdevOf(RNG) + " logged in " + GUEST_LOG);
        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains("/dev/vfio/devices/vfio") && last.contains("iommufd /dev/iommu"),
                "the last open took the cdev path: " + last);
        assertTrue(lines.get(0).contains("container /dev/vfio/vfio"), "the first open took the group path: " + lines.get(0));
    }

    private static void createBlkMdev() throws Exception {
        GuestApi.Reply created = api.post("/api/v1/mdevs",
                Map.of("uuid", BLK_MDEV.toString(), "parent", schidOf(BLK), "mdev_type", "vfio_ccw-io"));
        assertEquals(201, created.status(), created.text());
        assertTrue(mdevUuids().contains(BLK_MDEV.toString()), "listed after POST");
        assertEquals(List.of(BLK_MDEV.toString()), texts(subchannelByBusId(BLK).path("mdevs")));
    }

    private static JsonNode asyncCommand(String busId, String command) throws Exception {
        String schid = schidOf(busId);
        try (SseClient events = api.events("?types=irq&schid=" + schid)) {
            GuestApi.Reply reply = api.post("/api/v1/subchannels/" + schid + "/" + command, Map.of());
            assertEquals(202, reply.status(), reply.text());
            assertEquals(0, reply.get("cc").asInt(-1), reply.text());
            assertTrue(reply.get("viaAsyncRegion").asBoolean(), reply.text());
            return awaitEvent(events, "irq", e -> true);
        }
    }

    private static JsonNode awaitEvent(SseClient events, String type, Predicate<JsonNode> accept) throws Exception {
        List<SseClient.Frame> frames = events.take(1, f -> {
            try {
                return type.equals(f.event()) && accept.test(GuestApi.parse(f.data()));
            } catch (Exception e) {
                return false;
            }
        }, INTERRUPT_WAIT_MS);
        assertEquals(1, frames.size(), "no " + type + " event within " + INTERRUPT_WAIT_MS + " ms");
        return GuestApi.parse(frames.get(0).data());
    }

    private static Map<String, Object> senseId() {
        return Map.of("program", List.of(Map.of("cmd", "e4", "flags", List.of("SLI"), "count", 256, "read", true)),
                "timeoutMs", 30_000);
    }

    private static JsonNode execute(String busId, Map<String, Object> program) throws Exception {
        GuestApi.Reply reply = api.post("/api/v1/subchannels/" + schidOf(busId) + "/execute", program);
        assertEquals(200, reply.status(), reply.text());
        assertEquals(0, reply.get("cc").asInt(-1), reply.text());
        return reply.json();
    }

    private static List<String> dstat(JsonNode execution) {
        return texts(execution.path("irb").path("scsw").path("dstat"));
    }

    private static String readData(JsonNode execution) {
        return execution.path("data").path(0).path("hex").asText("").toLowerCase();
    }

    private static JsonNode subchannelByBusId(String busId) throws Exception {
        GuestApi.Reply list = api.get("/api/v1/subchannels");
        assertEquals(200, list.status(), list.text());
        for (JsonNode s : list.json()) {
            if (busId.equals(s.path("busId").asText())) {
                return s;
            }
        }
        throw new AssertionError("no subchannel with busId " + busId + " in " + list.text());
    }

    private static String schidOf(String busId) throws Exception {
        return subchannelByBusId(busId).path("schid").asText();
    }

    private static UUID mdevOf(String busId) {
        return UUID.fromString("ccc0c0de-0000-4000-8000-00000000" + busId.substring(4));
    }

    private static List<String> mdevUuids() throws Exception {
        GuestApi.Reply list = api.get("/api/v1/mdevs");
        assertEquals(200, list.status(), list.text());
        List<String> uuids = new ArrayList<>();
        list.json().forEach(m -> uuids.add(m.path("uuid").asText()));
        return uuids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
