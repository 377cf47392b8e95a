package dev.ccwconsole.ui;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.service.ChannelPathView;
import dev.ccwconsole.service.ChannelPaths;
import dev.ccwconsole.service.Inventory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Every subchannel as lscss shows it, the channel paths and the backend; live FSM badges and interrupt rates. */
@Path("/")
public class DashboardPage {

    /** A channel path with its state in words. */
    public record PathRow(String chpid, String type, String state, boolean online, String configure,
            String subchannels) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Chrome chrome, List<SubchannelRow> subchannels, List<PathRow> paths,
                String backendReason, int openDevices);
    }

    private final ConsoleRequest console;
    private final Inventory inventory;
    private final ChannelPaths paths;

    public DashboardPage(ConsoleRequest console, Inventory inventory, ChannelPaths paths) {
        this.console = console;
        this.inventory = inventory;
        this.paths = paths;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        Chrome chrome = console.chrome("Dashboard", "dashboard");
        List<SubchannelRow> rows = inventory.subchannels().stream().map(SubchannelRow::of).toList();
        return Templates.dashboard(chrome, rows, paths.all().stream().map(DashboardPage::row).toList(),
                inventory.backend().reason(), inventory.backend().openDevices());
    }

    static PathRow row(ChannelPathView p) {
        String state = p.configure() != 1 ? "configured off" : p.online() ? "online" : "varied offline";
        return new PathRow(Hex.u8(p.chpid()), Hex.u8(p.type()), state, p.online() && p.configure() == 1,
                Integer.toString(p.configure()), String.join(" ", p.subchannels()));
    }
}
