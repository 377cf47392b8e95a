package dev.ccwconsole.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.channel.Pmcw;
import dev.ccwconsole.abi.vfio.PlacedCapability;
import dev.ccwconsole.abi.vfio.TypeCapability;
import dev.ccwconsole.service.RegionInfo;
import dev.ccwconsole.service.SchibRead;
import dev.ccwconsole.service.SubchannelView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON shapes of the subchannel resources (api.md "Resources"). */
final class SubchannelJson {

    private SubchannelJson() {
    }

    @Schema(name = "Subchannel")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(@Schema(example = "0.0.0100") String schid, @Schema(example = "0.0.5000") String busId,
            @Schema(example = "5000") String devno, @Schema(example = "3990/e9") String cuType,
            @Schema(example = "3390/0c") String devType,
            @Schema(description = "sysfs, sense-id or unknown") String identitySource,
            @Schema(example = "c0") String pim, @Schema(example = "c0") String pam, @Schema(example = "ff") String pom,
            @Schema(example = "[\"10\",\"11\",\"00\",\"00\",\"00\",\"00\",\"00\",\"00\"]") List<String> chpids,
            @Schema(example = "vfio_ccw") String driver, List<UUID> mdevs, @Schema(example = "IDLE") String fsmState,
            boolean fsmAuthoritative, @Schema(example = "6.x") String profile,
            @Schema(description = "the service holds the mdev open") boolean open, List<String> problems) {
    }

    @Schema(name = "SubchannelDetail")
    record Detail(Item subchannel, Map<String, Object> schib, IrbJson lastIrb, List<Region> regions) {
    }

    @Schema(name = "Region")
    record Region(int index, @Schema(example = "async_cmd") String name, @Schema(example = "0x400") String offset,
            long size, @Schema(example = "[\"READ\",\"WRITE\",\"CAPS\"]") List<String> flags,
            List<Map<String, Object>> capabilities,
            @Schema(description = "hex of the whole vfio_region_info buffer incl. the capability chain") String rawInfo,
            @Schema(description = "GET_REGION_INFO calls it took (argsz retry, spec §2.5)") int queries) {
    }

    static Item item(SubchannelView v) {
        List<String> chpids = v.chpids().stream().map(Hex::u8).toList();
        return new Item(v.schid(), v.busId().orElse(null), v.devno().orElse(null), v.identity().cuType(),
                v.identity().devType(), v.identity().source(), Hex.u8(v.pim()), Hex.u8(v.pam()), Hex.u8(v.pom()),
                chpids, v.driver().orElse(null), v.mdevs(), v.fsmState().orElse(null), v.fsmAuthoritative(),
                v.profile().orElse(null), v.open(), v.problems());
    }

    static Region region(RegionInfo r) {
        List<String> flags = r.reply().header().flagSet().stream().map(Enum::name).toList();
        List<Map<String, Object>> caps = new ArrayList<>();
        for (PlacedCapability p : r.reply().chain()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("offset", p.offset());
            c.put("id", p.capability().id());
            c.put("version", p.capability().version());
            c.put("next", p.next());
            if (p.capability() instanceof TypeCapability t) {
                c.put("type", t.type());
                c.put("subtype", t.subtype());
                c.put("subtypeName", t.subtypeName());
            }
            caps.add(c);
        }
        return new Region(r.index(), r.name(), "0x" + Long.toHexString(r.offset()), r.size(), flags, caps,
                Hex.of(r.raw()), r.queries());
    }

    static Map<String, Object> schib(SchibRead read) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", Hex.of(read.raw()));
        read.decodeError().ifPresent(e -> m.put("decodeError", e));
        read.schib().ifPresent(s -> {
            m.put("pmcw", pmcw(s.pmcw()));
            m.put("scsw", IrbJson.scsw(s.scsw()));
            m.put("mba", String.format("0x%016x", s.measurementBlockAddress()));
            m.put("modelDependent", Hex.u32(s.modelDependent()));
        });
        return m;
    }

    private static Map<String, Object> pmcw(Pmcw p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intparm", Hex.u32(p.intparm()));
        m.put("flags", IrbJson.names(p.flagSet()));
        m.put("isc", p.isc());
        m.put("devno", Hex.u16(p.devno()));
        m.put("lpm", Hex.u8(p.lpm()));
        m.put("pnom", Hex.u8(p.pnom()));
        m.put("lpum", Hex.u8(p.lpum()));
        m.put("pim", Hex.u8(p.pim()));
        m.put("pom", Hex.u8(p.pom()));
        m.put("pam", Hex.u8(p.pam()));
        m.put("chpids", p.chpids().stream().map(Hex::u8).toList());
        m.put("controlFlags", IrbJson.names(p.controlFlagSet()));
        return m;
    }

}
