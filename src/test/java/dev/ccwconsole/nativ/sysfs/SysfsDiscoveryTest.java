package dev.ccwconsole.nativ.sysfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysfsDiscoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inventoryOfTheFixtureTreeMatchesTheHandWrittenGolden() throws Exception {
        HostInventory inventory = new SysfsDiscovery(Fixtures.host()).scan();
        JsonNode expected = JSON.readTree(Files.readString(Fixtures.GOLDEN));
        JsonNode actual = JSON.valueToTree(inventory);
        assertEquals(expected, actual, () -> "actual inventory:\n" + pretty(actual));
    }

    @Test
    void aMissingRequiredFileCostsOneFieldOfOneItem(@TempDir Path tmp) throws Exception {
        HostPaths host = Fixtures.copyTo(tmp);
        Files.delete(host.root().resolve("sys/devices/css0/0.0.0316/pimpampom"));
        HostInventory inventory = new SysfsDiscovery(host).scan();
        SubchannelInfo unbound = find(inventory.subchannels(), "0.0.0316");
        assertNull(unbound.pathMasks());
        assertEquals(List.of(new SysfsProblem("/sys/bus/css/devices/0.0.0316/pimpampom", null, "missing")),
                unbound.problems());
        assertEquals(List.of(26, 0, 0, 0, 0, 0, 0, 0), unbound.chpids(), "the rest of the item is still read");
        assertEquals(6, inventory.subchannels().size());
    }

    @Test
    void anMdevWithoutIommuGroupIsListedWithAProblem(@TempDir Path tmp) throws Exception {
        HostPaths host = Fixtures.copyTo(tmp);
        Files.delete(host.root().resolve("sys/devices/css0/0.0.0314/2d7a4b9c-0e1f-4a3b-8c5d-6e7f8a9b0c12/iommu_group"));
        MdevInfo mdev = new SysfsDiscovery(host).scan().mdevs().stream()
                .filter(m -> m.uuid().toString().startsWith("2d7a")).findFirst().orElseThrow();
        assertNull(mdev.iommuGroup());
        assertEquals(SubchannelId.parse("0.0.0314"), mdev.parent());
        assertEquals("/sys/bus/mdev/devices/2d7a4b9c-0e1f-4a3b-8c5d-6e7f8a9b0c12/iommu_group",
                mdev.problems().get(0).file());
    }

    @Test
    void directoryNamesThatAreNotBusIdsAreInventoryProblems(@TempDir Path tmp) throws Exception {
        HostPaths host = Fixtures.copyTo(tmp);
        Files.createDirectory(host.cssDevices().resolve("bogus"));
        HostInventory inventory = new SysfsDiscovery(host).scan();
        assertEquals(List.of(new SysfsProblem("/sys/bus/css/devices/bogus", null, "not a subchannel bus-id")),
                inventory.problems());
        assertEquals(6, inventory.subchannels().size());
    }

    @Test
    void anEmptyRootIsAnEmptyInventory(@TempDir Path tmp) {
        HostInventory inventory = new SysfsDiscovery(new HostPaths(tmp)).scan();
        assertEquals(new HostInventory(List.of(), List.of(), List.of(), List.of()), inventory);
    }

    @Test
    void singleLookupsSkipNonIoSubchannelsAndAbsentOnes() {
        SysfsDiscovery discovery = new SysfsDiscovery(Fixtures.host());
        SubchannelInfo dasd = discovery.subchannel(SubchannelId.parse("0.0.0010")).orElseThrow();
        assertEquals(new UnitType(0x3990, 0xe9), dasd.ccwDevice().cuType());
        assertTrue(discovery.subchannel(SubchannelId.parse("0.0.ff40")).isEmpty(), "CHSC subchannel, type 1");
        assertTrue(discovery.subchannel(SubchannelId.parse("0.0.9999")).isEmpty());
        ChannelPathInfo offline = discovery.channelPath(0, 0x2a).orElseThrow();
        assertEquals(ChpStatus.OFFLINE, offline.status());
        assertTrue(discovery.channelPath(0, 0x99).isEmpty());
    }

    @Test
    void theSystemRootIsSlash() {
        HostPaths system = HostPaths.system();
        assertEquals(Path.of("/sys/bus/css/devices/0.0.0313"), system.subchannel(SubchannelId.parse("0.0.0313")));
        assertEquals(Path.of("/sys/devices/css0/chp0.1a"), system.channelPath(0, 0x1a));
        assertEquals(Path.of("/dev/vfio/vfio"), system.vfioContainer());
        assertEquals(Path.of("/etc/mdevctl.d"), system.mdevctlDefinitions());
        assertEquals("/dev/vfio/7", system.display(system.vfioGroup(7)));
        assertNotNull(Fixtures.host().display(Fixtures.host().vfioGroup(7)));
        assertEquals("/dev/vfio/7", Fixtures.host().display(Fixtures.host().vfioGroup(7)));
    }

    private static SubchannelInfo find(List<SubchannelInfo> list, String schid) {
        return list.stream().filter(s -> s.schid().toString().equals(schid)).findFirst().orElseThrow();
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (Exception e) {
            return node.toString();
        }
    }
}
