package dev.ccwconsole.nativ.sysfs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Parses an mdevctl definition file: {@code {"mdev_type": "vfio_ccw-io", "start": "auto"|"manual",
 * "attrs": [{"name": "value"}, ...]}} (spec §1.8). {@code attrs} may be absent (treated as empty); fields
 * mdevctl may add later are ignored. Anything else that does not fit throws {@link SysfsFormatException}.
 */
public final class MdevctlDefinitionParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MdevctlDefinitionParser() {
    }

    public static MdevDefinition parse(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            // the location, not Jackson's wording, so the problem text is stable across Jackson versions
            String where = e.getLocation() == null ? "invalid JSON"
                    : "invalid JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new SysfsFormatException("an mdevctl JSON definition (" + where + ")", content);
        }
        if (root == null || !root.isObject()) {
            throw new SysfsFormatException("an mdevctl JSON object", content);
        }
        JsonNode type = root.get("mdev_type");
        if (type == null || !type.isTextual() || type.asText().isEmpty()) {
            throw new SysfsFormatException("a string field mdev_type", content);
        }
        return new MdevDefinition(type.asText(), startPolicy(root.get("start"), content),
                attributes(root.get("attrs"), content));
    }

    private static MdevStartPolicy startPolicy(JsonNode start, String content) {
        if (start != null && start.isTextual()) {
            switch (start.asText()) {
                case "auto":
                    return MdevStartPolicy.AUTO;
                case "manual":
                    return MdevStartPolicy.MANUAL;
                default:
                    break;
            }
        }
        throw new SysfsFormatException("start to be \"auto\" or \"manual\"", content);
    }

    private static List<MdevAttribute> attributes(JsonNode attrs, String content) {
        List<MdevAttribute> out = new ArrayList<>();
        if (attrs == null || attrs.isNull()) {
            return out;
        }
        if (!attrs.isArray()) {
            throw new SysfsFormatException("attrs to be an array", content);
        }
        for (JsonNode entry : attrs) {
            if (!entry.isObject() || entry.size() != 1) {
                throw new SysfsFormatException("each attrs entry to be a one-field object {\"name\": \"value\"}",
                        content);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = entry.properties().iterator();
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw new SysfsFormatException("attribute " + field.getKey() + " to have a scalar value", content);
            }
            out.add(new MdevAttribute(field.getKey(), field.getValue().asText()));
        }
        return out;
    }
}
