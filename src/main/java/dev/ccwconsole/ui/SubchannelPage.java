package dev.ccwconsole.ui;

import dev.ccwconsole.fsm.Transition;
import dev.ccwconsole.service.ConflictException;
import dev.ccwconsole.service.FsmHistory;
import dev.ccwconsole.service.Inventory;
import dev.ccwconsole.service.KernelRefusalException;
import dev.ccwconsole.service.LiveReads;
import dev.ccwconsole.service.SchibRead;
import dev.ccwconsole.service.SubchannelView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** One subchannel: SCHIB/PMCW, region table with capability chains, FSM diagram and history, last IRB, live feed. */
@Path("/subchannels/{schid}")
public class SubchannelPage {

    /** One remembered FSM transition. */
    public record HistoryRow(long eventId, String at, String from, String event, String to, String action,
            int retCode) {
    }

    /** The live SCHIB, or why it could not be read. */
    public record SchibPanel(List<Field> pmcw, List<Field> scsw, String rawDump, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subchannel(Chrome chrome, SubchannelRow sch, SchibPanel schib,
                List<RegionCard> regions, FsmDiagram fsm, String profile, List<HistoryRow> history, IrbView lastIrb);
    }

    private final ConsoleRequest console;
    private final Inventory inventory;
    private final LiveReads reads;
    private final FsmHistory fsm;

    public SubchannelPage(ConsoleRequest console, Inventory inventory, LiveReads reads, FsmHistory fsm) {
        this.console = console;
        this.inventory = inventory;
        this.reads = reads;
        this.fsm = fsm;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance subchannel(@PathParam("schid") String schid) {
        SubchannelView v = inventory.subchannel(schid);
        Chrome chrome = console.chrome("Subchannel " + v.schid(), "dashboard");
        String profile = v.profile().orElse(inventory.backend().profile().orElse("6.x"));
        List<HistoryRow> history = fsm.history(v.schid()).stream().map(SubchannelPage::row).toList();
        return Templates.subchannel(chrome, SubchannelRow.of(v), v.open() ? schib(v.schid()) : null,
                v.open() ? reads.regions(v.schid()).stream().map(RegionCard::of).toList() : List.of(),
                FsmDiagram.of(v.fsmState().orElse(""), profile), profile, history,
                reads.lastIrq(v.schid()).map(IrbView::of).orElse(null));
    }

    private SchibPanel schib(String schid) {
        try {
            SchibRead read = reads.schib(schid);
            return read.schib().map(s -> new SchibPanel(PmcwFields.of(s), IrbView.scswOnly(s.scsw()),
                    HexLines.dump(read.raw()), "")).orElseGet(() -> new SchibPanel(List.of(), List.of(),
                    HexLines.dump(read.raw()), read.decodeError().orElse("undecodable")));
        } catch (ConflictException | KernelRefusalException e) {
            return new SchibPanel(List.of(), List.of(), "", e.getMessage());
        }
    }

    static HistoryRow row(FsmHistory.Entry e) {
        Transition t = e.transition();
        return new HistoryRow(e.eventId(), t.at().toString(), t.from().name(),
                t.event() == null ? "" : t.event().name(), t.to().name(),
                t.action() == null ? "" : t.action().name().toLowerCase(java.util.Locale.ROOT), t.retCode());
    }
}
