package dev.ccwconsole.ui;

import dev.ccwconsole.service.ChannelPaths;
import dev.ccwconsole.service.EmulatorService;
import dev.ccwconsole.service.Inventory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Emulator-only controls: device latency, fault injection, channel paths (vary, configure), 3270 attention. */
@Path("/emulator")
public class EmulatorPage {

    /** One emulated subchannel with its service time and, for displays, the screen text. */
    public record DeviceRow(SubchannelRow sch, long latencyMicros, boolean display, List<String> screen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance emulator(Chrome chrome, List<DeviceRow> devices, List<DashboardPage.PathRow> paths);
    }

    private final ConsoleRequest console;
    private final Inventory inventory;
    private final EmulatorService emulator;
    private final ChannelPaths paths;

    public EmulatorPage(ConsoleRequest console, Inventory inventory, EmulatorService emulator, ChannelPaths paths) {
        this.console = console;
        this.inventory = inventory;
        this.emulator = emulator;
        this.paths = paths;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance emulator() {
        Chrome chrome = console.chrome("Emulator controls", "emulator");
        if (!chrome.emulator()) {
            throw new NotFoundException("the emulator controls exist only with the emulator backend");
        }
        List<DeviceRow> devices = inventory.subchannels().stream().map(SubchannelRow::of).map(this::device).toList();
        return Templates.emulator(chrome, devices, paths.all().stream().map(DashboardPage::row).toList());
    }

    private DeviceRow device(SubchannelRow row) {
        boolean display = row.deviceFamily().matches("327\\d");
        return new DeviceRow(row, emulator.latency(row.schid())[0], display,
                display && row.open() ? emulator.screen(row.schid()) : List.of());
    }
}
