package dev.ccwconsole.ui;

import dev.ccwconsole.service.Inventory;
import dev.ccwconsole.service.SubchannelView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The global live feed (irq, crw, fsm, req, audit) with filters, pause/resume and JSON export. */
@Path("/events")
public class EventsPage {

    /** How many of the retained events the page shows when it opens. */
    static final long BACKLOG = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(Chrome chrome, List<String> schids, long since);
    }

    private final ConsoleRequest console;
    private final Inventory inventory;

    public EventsPage(ConsoleRequest console, Inventory inventory) {
        this.console = console;
        this.inventory = inventory;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance events() {
        Chrome chrome = console.chrome("Events", "events");
        return Templates.events(chrome, inventory.subchannels().stream().map(SubchannelView::schid).toList(),
                Math.max(0, chrome.latestEventId() - BACKLOG));
    }
}
