package dev.ccwconsole.ui;

import dev.ccwconsole.service.Inventory;
import dev.ccwconsole.service.MdevView;
import dev.ccwconsole.service.Mdevs;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** mdev lifecycle: the vfio_ccw-io type per parent with its available instances, the mdevs, create and remove. */
@Path("/mdevs")
public class MdevPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mdevs(Chrome chrome, List<MdevView.TypeView> types, List<MdevView> mdevs,
                List<SubchannelRow> unbound);
    }

    private final ConsoleRequest console;
    private final Mdevs mdevs;
    private final Inventory inventory;

    public MdevPage(ConsoleRequest console, Mdevs mdevs, Inventory inventory) {
        this.console = console;
        this.mdevs = mdevs;
        this.inventory = inventory;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mdevs() {
        Chrome chrome = console.chrome("mdevs", "mdevs");
        List<SubchannelRow> unbound = inventory.subchannels().stream().map(SubchannelRow::of)
                .filter(r -> !"vfio_ccw".equals(r.driver())).toList();
        return Templates.mdevs(chrome, mdevs.types(), mdevs.all(), unbound);
    }
}
