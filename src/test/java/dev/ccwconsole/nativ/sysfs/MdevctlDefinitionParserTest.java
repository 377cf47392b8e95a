package dev.ccwconsole.nativ.sysfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** mdevctl's definition format, spec §1.8. */
class MdevctlDefinitionParserTest {

    @Test
    void parsesTypeStartAndOrderedAttributes() {
        MdevDefinition d = MdevctlDefinitionParser.parse(
                "{\"mdev_type\": \"vfio_ccw-io\", \"start\": \"auto\", \"attrs\": [{\"b\": \"2\"}, {\"a\": \"1\"}]}");
        assertEquals(new MdevDefinition("vfio_ccw-io", MdevStartPolicy.AUTO,
                List.of(new MdevAttribute("b", "2"), new MdevAttribute("a", "1"))), d);
    }

    @Test
    void attrsMayBeAbsentAndUnknownFieldsAreIgnored() {
        MdevDefinition d = MdevctlDefinitionParser.parse(
                "{\"mdev_type\": \"vfio_ccw-io\", \"start\": \"manual\", \"future\": 1}");
        assertEquals(MdevStartPolicy.MANUAL, d.start());
        assertTrue(d.attrs().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"start\": \"auto\"}", "{\"mdev_type\": 5, \"start\": \"auto\"}",
        "{\"mdev_type\": \"vfio_ccw-io\"}", "{\"mdev_type\": \"vfio_ccw-io\", \"start\": \"Auto\"}",
        "{\"mdev_type\": \"vfio_ccw-io\", \"start\": \"auto\", \"attrs\": {\"a\": \"1\"}}",
        "{\"mdev_type\": \"vfio_ccw-io\", \"start\": \"auto\", \"attrs\": [{\"a\": \"1\", \"b\": \"2\"}]}",
        "{\"mdev_type\": \"vfio_ccw-io\", \"start\": \"auto\", \"attrs\": [{\"a\": [1]}]}",
        "{\"mdev_type\": \"vfio_ccw-io\", \"start\": "})
    void rejectsWhatMdevctlWouldNotWrite(String content) {
        SysfsFormatException e = assertThrows(SysfsFormatException.class,
                () -> MdevctlDefinitionParser.parse(content));
        assertEquals(content, e.content());
    }

    @Test
    void truncatedJsonNamesTheLocation() {
        SysfsFormatException e = assertThrows(SysfsFormatException.class,
                () -> MdevctlDefinitionParser.parse("{\n  \"mdev_type\": \"vfio_ccw-io\",\n  \"start"));
        assertTrue(e.getMessage().startsWith("expected an mdevctl JSON definition (invalid JSON at line 3, column "),
                e.getMessage());
    }
}
