package dev.ccwconsole.ui;

import java.util.ArrayList;
import java.util.List;

/** Server-side hex dump, the same layout as frontend/src/hexdump.js: offset, 16 bytes in groups of 4. */
final class HexLines {

    private HexLines() {
    }

    static String dump(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        for (int off = 0; off < bytes.length; off += 16) {
            StringBuilder sb = new StringBuilder(String.format("%04x ", off));
            for (int i = off; i < Math.min(off + 16, bytes.length); i++) {
                if ((i - off) % 4 == 0) {
                    sb.append(' ');
                }
                sb.append(String.format("%02x", bytes[i] & 0xFF));
            }
            lines.add(sb.toString());
        }
        return String.join("\n", lines);
    }
}
