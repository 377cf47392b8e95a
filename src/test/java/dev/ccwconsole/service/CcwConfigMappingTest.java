package dev.ccwconsole.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code ccw} mapping owns every {@code ccw.*} key: a key it does not declare stops the application at start
 * (SRCFG00050), as {@code -Dccw.native.vfio-access=cdev} once did in the s390x guest. So every key the README
 * documents is set here, as a system property would be, with unknown-key validation on as at start-up.
 */
class CcwConfigMappingTest {

    private static final Pattern README_ROW = Pattern.compile("^\\| `(ccw\\.[a-z0-9.-]+)` \\| `([^`]*)` \\|", Pattern.MULTILINE);

    @Test
    void everyKeyTheReadmeDocumentsIsAcceptedWithItsDocumentedDefault() throws IOException {
        Map<String, String> documented = documentedKeys();
        assertTrue(documented.containsKey("ccw.native.vfio-access"), documented::toString);

        CcwConfig config = build(documented);

        assertEquals("auto", config.backend());
        assertEquals("/", config.nativ().root());
        assertEquals("group", config.nativ().vfioAccess());
        assertEquals("demo", config.emulator().topology());
    }

    @Test
    void theNativeKeysReachTheNativeBackendSettings() {
        CcwConfig config = build(Map.of("ccw.native.root", "/srv/host", "ccw.native.vfio-access", "cdev"));

        assertEquals("/srv/host", config.nativ().root());
        assertEquals("cdev", config.nativ().vfioAccess());
    }

    @Test
    void aKeyTheMappingDoesNotDeclareIsStillRefused() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> build(Map.of("ccw.native.vfio-acess", "cdev")));
        assertTrue(String.valueOf(e.getMessage()).contains("ccw.native.vfio-acess"), e::getMessage);
    }

    private static CcwConfig build(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(CcwConfig.class)
                // Quarkus's own converter, so "15s" reads as it does in the application
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "system-properties-under-test", 400))
                .withValidateUnknown(true)
                .build();
        return config.getConfigMapping(CcwConfig.class);
    }

    private static Map<String, String> documentedKeys() throws IOException {
        Matcher row = README_ROW.matcher(Files.readString(Path.of("README.md")));
        Map<String, String> keys = new LinkedHashMap<>();
        while (row.find()) {
            keys.put(row.group(1), row.group(2));
        }
        assertFalse(keys.isEmpty(), "README.md has no configuration table rows");
        return keys;
    }
}
