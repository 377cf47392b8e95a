package dev.ccwconsole.ui;

import dev.ccwconsole.service.Inventory;
import dev.ccwconsole.service.SubchannelView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The channel-program builder of one subchannel. The page is a shell the builder module fills (palette, CCW list, ORB
 * options); it posts to the API's ssch/execute/hsch/csch and shows the IRB and read data.
 */
@Path("/subchannels/{schid}/program")
public class ProgramPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance program(Chrome chrome, SubchannelRow sch, FsmDiagram fsm, String profile);
    }

    private final ConsoleRequest console;
    private final Inventory inventory;

    public ProgramPage(ConsoleRequest console, Inventory inventory) {
        this.console = console;
        this.inventory = inventory;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance program(@PathParam("schid") String schid) {
        SubchannelView v = inventory.subchannel(schid);
        SubchannelRow row = SubchannelRow.of(v);
        String profile = v.profile().orElse(inventory.backend().profile().orElse("6.x"));
        return Templates.program(console.chrome("Program builder " + row.schid(), "dashboard"), row,
                FsmDiagram.of(v.fsmState().orElse(""), profile), profile);
    }
}
